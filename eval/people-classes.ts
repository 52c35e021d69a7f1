/**
 * Why a predicted person mention is false, or why a gold name mention was missed, by class:
 * place, team, organisation, work, credit, boundary, … The classes come from compromise tagging
 * the whole document (slow, but only the evaluation does it) and from the words around the
 * mention, so they are a guide for reading the errors, not gold.
 */
import nlp from 'compromise';

export type FalseClass = 'boundary' | 'credit' | 'description' | 'team' | 'organisation' | 'place' | 'work' | 'other';
export type MissClass = 'boundary' | 'credit' | 'capitals' | 'one word' | 'after a description' | 'other';

interface TaggedTerm {
  start: number;
  end: number;
  tags: Set<string>;
}

/** compromise's tags for every word of a document, with offsets. */
export function tagDocument(text: string): TaggedTerm[] {
  const terms: TaggedTerm[] = [];
  const json = nlp(text).json({ offset: true, terms: { offset: true } }) as Array<{
    terms: Array<{ tags: string[]; offset: { start: number; length: number } }>;
  }>;
  for (const sentence of json) {
    for (const term of sentence.terms) terms.push({ start: term.offset.start, end: term.offset.start + term.offset.length, tags: new Set(term.tags) });
  }
  return terms;
}

function tagsIn(terms: readonly TaggedTerm[], start: number, end: number): Set<string> {
  const tags = new Set<string>();
  for (const term of terms) if (term.start < end && start < term.end) for (const tag of term.tags) tags.add(tag);
  return tags;
}

/** "Image: Nick Moreau", "Photo: …", "(Jane Roe/Agency)", "By Jane Roe", "Reporting by …", "… contributed". */
export function inCreditContext(text: string, start: number, end: number): boolean {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const before = text.slice(Math.max(lineStart, start - 80), start);
  const after = text.slice(end, end + 40);
  return (
    /\b(?:Image|Photo|Photograph|Video|Audio|Credit|Graphic|Illustration)s?\s*:[^.:]*$/iu.test(before) ||
    /\((?:[^()]*\/)?[^()]*$/u.test(before) && /^[^()]*\/[^()]*\)/u.test(after) ||
    /(?:^|;\s*|\n)\s*(?:By|Reporting by|Editing by|Writing by|Additional reporting by)\s+[^.;]*$/u.test(before) ||
    /^[^.]{0,30}\bcontributed\b/u.test(after)
  );
}

/** Inside quotation marks, or right after a word for a work: "the film Arrival". */
function inWorkContext(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 40), start);
  if (/[“"]$/u.test(before) && /^[”"]/u.test(text.slice(end, end + 1))) return true;
  return /\b(?:film|movie|novel|book|album|song|show|series|play|musical|opera|game|browser|app|magazine|newspaper)\s+$/iu.test(before);
}

export function classifyFalse(text: string, terms: readonly TaggedTerm[], span: { start: number; end: number }, overlapsName: boolean, overlapsOtherMention: boolean): FalseClass {
  if (overlapsName) return 'boundary';
  if (inCreditContext(text, span.start, span.end)) return 'credit';
  if (overlapsOtherMention) return 'description';
  if (inWorkContext(text, span.start, span.end)) return 'work';
  const tags = tagsIn(terms, span.start, span.end);
  if (tags.has('SportsTeam')) return 'team';
  if (tags.has('Organization') || tags.has('Company') || tags.has('School')) return 'organisation';
  if (tags.has('Place')) return 'place';
  return 'other';
}

export function classifyMiss(text: string, span: { start: number; end: number; text: string }, overlapsPrediction: boolean): MissClass {
  if (overlapsPrediction) return 'boundary';
  if (inCreditContext(text, span.start, span.end)) return 'credit';
  const letters = span.text.replace(/[^\p{L}]/gu, '');
  if (letters.length > 3 && letters === letters.toUpperCase()) return 'capitals';
  if (/^\p{Lu}[\p{L}'’-]*$/u.test(span.text.trim())) return 'one word';
  if (/^\p{Ll}/u.test(span.text)) return 'after a description';
  return 'other';
}
