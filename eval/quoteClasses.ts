/**
 * Classes of PolNeAR direct attributions for the speaker scoring and its break-down: the head of
 * a gold source (the word the scoring asks a prediction to point at or to be named by), the kind
 * of source, and the frame the attribution takes around the quote. Heuristics over the gold
 * words only; they sort errors, they never decide a prediction is right except through the head.
 */
import nlp from 'compromise';
import { words, type Word } from './lib';

export interface GoldAttribution {
  content: Array<[number, number]>;
  source: [number, number] | null;
  sourceText: string;
  cue: [number, number] | null;
}

export type GoldSourceKind = 'pronoun' | 'name' | 'organisation/document' | 'anonymous' | 'plural' | 'description';

const PRONOUNS = new Set(['he', 'she', 'they', 'i', 'we', 'it', 'you', 'him', 'her', 'them', 'who', 'which', 'that', 'we’ve', "we've", 'i’m']);
/** Where the head phrase of a source ends: appositions and relative clauses ("X, a doctor,"; "X, who …"). */
const APPOSITION = /,|\(|\s(?:who|which|that|whose)\s/u;
/** A prepositional post-modifier ("a spokesman for X", "Morgan of the Sierra Club"). */
const PREPOSITION = /\s(?:of|for|at|from|in|with|on|to)\s/gu;
/** Words that name a document, a body of text or data, or an institution by its common noun (our list, from the error dumps). */
const NON_PERSON_HEADS = new Set([
  'report', 'statement', 'campaign', 'email', 'e-mail', 'memo', 'letter', 'survey', 'poll', 'study', 'ad', 'advertisement',
  'website', 'site', 'post', 'tweet', 'release', 'newspaper', 'paper', 'magazine', 'network', 'book', 'video', 'document',
  'documents', 'filing', 'lawsuit', 'suit', 'complaint', 'ruling', 'order', 'bill', 'law', 'platform', 'committee', 'group',
  'organization', 'organisation', 'company', 'department', 'agency', 'office', 'administration', 'government', 'court',
  'headline', 'article', 'story', 'editorial', 'message', 'page', 'transcript', 'notes', 'data', 'analysis', 'speech', 'caption',
]);

/** "the F.B.I. director, James B. Comey,": a description, then the name set off by commas. */
const NAME_IN_APPOSITION = /^((?:[Tt]he|[Aa]n?|[Aa]nother|[Oo]ne|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir)\s[^,]+|[^,]*['’]s?\s[^,]+),\s+((?:\p{Lu}[\p{L}.'’-]*\s?){1,4}),?\s*$/u;

/** The head phrase's words: the source without its post-modifiers; a name in apposition is the head. */
function headWords(sourceText: string, offset: number): Word[] {
  const apposition = NAME_IN_APPOSITION.exec(sourceText);
  if (apposition) {
    const at = sourceText.indexOf(apposition[2], apposition[1].length);
    return words(sourceText, at, at + apposition[2].trimEnd().length).filter((w) => !w.punct).map((w) => ({ ...w, start: w.start + offset, end: w.end + offset }));
  }
  const cut = APPOSITION.exec(sourceText);
  let end = cut && cut.index > 0 ? cut.index : sourceText.length;
  for (const match of sourceText.slice(0, end).matchAll(PREPOSITION)) {
    // One capitalised word before "of" is a title ("Secretary of State John Kerry"), not a head.
    const before = words(sourceText, 0, match.index).filter((w) => !w.punct);
    if (before.length === 1 && before[0].cap) continue;
    end = match.index;
    break;
  }
  return words(sourceText, 0, end).filter((w) => !w.punct).map((w) => ({ ...w, start: w.start + offset, end: w.end + offset }));
}

/**
 * The words of a gold source a prediction may point at or be named by, with offsets into the
 * article: its head ("Clinton" of "Clinton, 35, the daughter of …"), and for a description with
 * the name set off by commas after it ("A top aide, Jake Sullivan,") the description's head too
 * ("aide"): that source is both described and named.
 */
export function goldHeads(text: string, a: GoldAttribution): Word[] {
  if (!a.source) return [];
  const sourceText = text.slice(a.source[0], a.source[1]);
  const ws = headWords(sourceText, a.source[0]);
  const head = ws[ws.length - 1];
  if (!head) return [];
  const apposition = NAME_IN_APPOSITION.exec(sourceText);
  if (!apposition) return [head];
  const described = headWords(apposition[1], a.source[0]);
  const descriptionHead = described[described.length - 1];
  return descriptionHead ? [head, descriptionHead] : [head];
}

export function goldSourceKind(text: string, a: GoldAttribution): GoldSourceKind {
  const ws = a.source ? headWords(text.slice(a.source[0], a.source[1]), a.source[0]) : [];
  const head = ws[ws.length - 1];
  if (!head) return 'description';
  if (ws.length === 1 && PRONOUNS.has(head.norm)) return head.norm === 'they' || head.norm === 'we' ? 'plural' : 'pronoun';
  const first = ws[0].norm;
  if (NON_PERSON_HEADS.has(head.norm)) return 'organisation/document';
  if (head.cap && !head.possessive) {
    const phrase = nlp(ws.map((w) => w.text).join(' '));
    return phrase.has('#Organization') && !phrase.has('#Person') ? 'organisation/document' : 'name';
  }
  if (ws.some((w) => w.norm === 'and') || (/s$/.test(head.norm) && !/ss$/.test(head.norm) && head.norm.length > 3)) return 'plural';
  if (first === 'a' || first === 'an' || first === 'one' || first === 'some' || first === 'another') return 'anonymous';
  return 'description';
}

export type Frame = 'X said, "…"' | '"…," X said' | 'inverted "…," said X' | 'colon X: "…"' | 'partial in a clause' | 'run after an attribution' | 'source inside the quote';

const SENTENCE_BREAK = /[.!?]["”’]?\s|\n/u;

/** How the gold attribution stands around the quote. `partial` is whether the quote is woven into a sentence. */
export function frameOf(text: string, a: GoldAttribution, quote: { start: number; end: number }, partial: boolean): Frame {
  const source = a.source!;
  if (source[0] >= quote.end) {
    const between = text.slice(quote.end, source[0]);
    if (SENTENCE_BREAK.test(between.replace(/^[\s"”’.,!?]+/u, ''))) return 'run after an attribution';
    return a.cue && a.cue[0] < source[0] ? 'inverted "…," said X' : '"…," X said';
  }
  if (source[1] <= quote.start) {
    const between = text.slice(source[1], quote.start);
    if (SENTENCE_BREAK.test(between)) return 'run after an attribution';
    if (/:\s*["“‘']?\s*$/u.test(between)) return 'colon X: "…"';
    return partial ? 'partial in a clause' : 'X said, "…"';
  }
  return 'source inside the quote';
}
