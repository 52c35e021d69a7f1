import type { PeopleContext } from '../context';
import { sentenceAt } from '../text/sentences';
import { firstIndex } from '../text/search';
import type { Token } from '../text/tokens';
import type { Mention, Person, QuoteSource, Span } from '../types';
import type { QuoteSpan } from './spans';

export interface Attribution {
  speakerId: string | null;
  speakerMention: Span | null;
  cue: Span | null;
  source: QuoteSource | null;
  /** The "according to" source of a sentence whose subject is the speaker; see `Quote.relayedBy`. */
  relayedBy: QuoteSource | null;
}

/**
 * How an attribution names its speaker; pronouns and descriptions are resolved afterwards, a
 * relative pronoun ("X, who said") stands for the name before it, a body is not a person.
 */
type Via = 'name' | 'pronoun' | 'description' | 'relative' | 'body';
/** `antecedentId`: the person a pronoun speaker stands for when its own sentence names them ("X said …, which he called "…""). */
export type Found = Omit<Attribution, 'source' | 'relayedBy'> & { via: Via | null; antecedentId?: string | null; relay?: Found };
export type Speaker = Omit<Found, 'cue'>;

/** Pronouns that may name a speaker; "they" and "we" name a group, never one person. */
export const PRONOUN_GENDER: Readonly<Record<string, Person['gender']>> = { he: 'male', she: 'female', they: null, we: null, i: null, it: null, his: 'male', her: 'female', their: null };
export const DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'few', 'many', 'these', 'those', 'this', 'that', 'some', 'several', 'two', 'three']);

/** The article as attribution reads it, with what it finds once per article. */
export interface Context extends PeopleContext {
  personById: ReadonlyMap<string, Person>;
  insideQuote(offset: number): boolean;
  mainSubjects: Map<QuoteSpan, Found | null>;
  /** Per sentence, the sources its "according to" phrases name: found once, however many quotes it holds. */
  sentenceSources: Map<number, Found[]>;
  /** Per sentence, its last quote and the frame closing the sentence after it ("…, Comey said."), if any. */
  closingFrames: Map<number, { last: number; frame: Found | null }>;
  /** The article's people by surname, filled when a relative is first described ("her father"). */
  bySurname?: Map<string, Person[]>;
}

export const AUXILIARIES = new Set(['is', 'was', 'are', 'were', 'has', 'had', 'have', 'will', 'would', 'did', 'does', 'do', 'can', 'could', 'may', 'might', 'should', 'must', 'been']);

/** How far back a pronoun or a description looks for its person, in mentions. */
const LOOK_BACK = 200;

/** The first and last sentence of paragraph `paragraph`, looked for back from sentence `k`; null if it has none there. */
export function paragraphSentences(context: Context, k: number, paragraph: number): { first: number; last: number } | null {
  const { sentences } = context;
  let last = k;
  while (last > 0 && sentences[last].paragraph > paragraph) last--;
  if (sentences[last].paragraph !== paragraph) return null;
  let first = last;
  while (first > 0 && sentences[first - 1].paragraph === paragraph) first--;
  return { first, last };
}

/** The paragraph of the sentence at `at`, or -1. */
export function paragraphAt(context: Context, at: number): number {
  return context.sentences[sentenceAt(context.sentences, at)]?.paragraph ?? -1;
}

/** A mention as an owner: "Trump's grasp", "Kawabata’s statement" (the possessive inside the mention or straight after it). */
export function isOwner(context: Context, mention: Span): boolean {
  return /['’]s?$/u.test(mention.text) || /^['’]/u.test(context.text.slice(mention.end, mention.end + 1));
}

/** Someone of the story, not a writer or a photographer credited on the page; one only pictured in a caption may be. */
export function inStory(person: Person | undefined): boolean {
  return !person?.credit || person.credit === 'pictured';
}

/** The person of the nearest of the last LOOK_BACK mentions before `offset` that passes `test`. */
export function lastPersonBefore(context: Context, offset: number, test: (person: Person) => boolean): string | null {
  const end = firstMentionFrom(context, offset);
  for (let i = end - 1; i >= Math.max(0, end - LOOK_BACK); i--) {
    const person = context.personById.get(context.mentions[i].personId);
    if (person && test(person) && !namesAThing(context, context.mentions[i])) return person.id;
  }
  return null;
}

/** "the Holloway mix-up", "a Trump rally": a name between a determiner and the noun it modifies names a thing, not the person acting. */
export function namesAThing(context: Context, mention: Mention): boolean {
  const before = /\b(?:the|a|an)\s+$/iu.test(context.text.slice(Math.max(0, mention.start - 5), mention.start));
  const next = context.tokens[firstIndex(context.tokens, (token) => token.start >= mention.end)];
  // Not "the Clinton of lore": a preposition after the name makes it the phrase's head.
  return before && !/['’]/u.test(mention.text) && next !== undefined && /^ \p{Ll}/u.test(context.text.slice(mention.end, next.start + 1)) && context.lexicon.wordClass(next.norm) !== 'function';
}

/**
 * A comma and up to three words that describe the name after them ("Senegalese poet"): nouns and
 * adjectives, not a clause's words ("who backs X", "including X", "especially X").
 */
export function opensApposition(context: Context, lead: string): boolean {
  const words = /,\s*((?:[\p{L}'’-]+\s+){0,3})$/u.exec(lead)?.[1].trim().split(/\s+/u).filter(Boolean);
  return words !== undefined && words.every((word) => !/ly$/u.test(word) && !['function', 'verb'].includes(context.lexicon.wordClass(word.toLowerCase())));
}

/** Prepositions whose object cannot be the subject of the verb after it; not "to" ("according to"), "as" or "after" (which open clauses). */
export const OBJECT_PREPOSITIONS = new Set(['in', 'during', 'on', 'over', 'of', 'at', 'with', 'by', 'from', 'for', 'about', 'through', 'into', 'against', 'under', 'among', 'without', 'within', 'throughout']);
/** Before a name, these too make it an object, not who goes on speaking ("went after Bush", "wrote to Ann Lee", "more than Trump"). */
export const NAME_OBJECT_PREPOSITIONS = new Set([...OBJECT_PREPOSITIONS, 'after', 'to', 'than', 'like', 'toward', 'towards']);

export function tokenSpan(token: Token): Span {
  return { start: token.start, end: token.end, text: token.text };
}

/** Tokens lying wholly in [from, to). */
export function tokensIn(tokens: readonly Token[], from: number, to: number): Token[] {
  const result: Token[] = [];
  for (let k = firstIndex(tokens, (token) => token.start >= from); k < tokens.length && tokens[k].end <= to; k++) result.push(tokens[k]);
  return result;
}

/** Index of the first mention starting at or after `offset`. */
export function firstMentionFrom(context: Context, offset: number): number {
  return firstIndex(context.mentions, (mention) => mention.start >= offset);
}

/** The last mention lying wholly in [from, to). */
export function lastMentionIn(context: Context, from: number, to: number): Mention | null {
  for (let i = firstMentionFrom(context, to) - 1; i >= 0; i--) {
    const mention = context.mentions[i];
    if (mention.start < from) return null;
    if (mention.end <= to) return mention;
  }
  return null;
}

/** Whether only spaces stand between the start of the sentence `sentenceIndex` and a quote starting at `outerStart`. */
export function startsParagraph(context: Context, outerStart: number, sentenceIndex: number): boolean {
  if (sentenceIndex < 0) return false;
  return context.text.slice(context.sentences[sentenceIndex].start, outerStart).trim() === '';
}

export function span(mention: Mention): Span {
  return { start: mention.start, end: mention.end, text: mention.text };
}
