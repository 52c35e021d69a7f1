import type { Person, Quote, QuoteKind, QuoteSourceKind } from '../types';

/** Plain words for each kind of source, for labels and hovers. */
export const SOURCE_KIND_WORDS: Readonly<Record<QuoteSourceKind, string>> = {
  person: 'a person',
  organisation: 'an organisation',
  document: 'a document',
  publication: 'a news outlet',
  group: 'a group of people',
  anonymous: 'an unnamed source',
};

/** Marks around words that nobody is quoted as saying: scare quotes, terms and titles. */
export type MarkedWordsKind = Exclude<QuoteKind, 'quotation'>;

/** Each kind of marked words in a few words, for lists and labels. */
export const MARKED_WORDS_LABELS: Readonly<Record<MarkedWordsKind, string>> = {
  scare: 'scare quote',
  term: 'term',
  title: 'title',
};

/** Why marked words of each kind get no source, in plain words, for hovers. */
export const MARKED_WORDS_EXPLAINED: Readonly<Record<MarkedWordsKind, string>> = {
  scare: 'The reporter\'s marks around a word, setting it apart; the article gives it to nobody.',
  term: 'Words named as words: a term, a label, a name or a phrase talked about.',
  title: 'The title of a work: a show, a film, a book, a song, a campaign, a page.',
};

/** Who a quote's source is, in a few words: a person's name, or the words the article uses. */
export function sourceName(quote: Quote, person: Person | undefined): string | null {
  if (!quote.source) return null;
  return person?.name ?? quote.source.name;
}

/**
 * How and why a quote got its source, in plain words: the cue, who, and where the article names
 * them ("said — Blinken, named just before"; "continues the quote before — Blinken"; "“he” —
 * Blinken, named earlier"). `text` is the analysed article.
 */
export function explainSource(text: string, quote: Quote, person: Person | undefined): string {
  const source = quote.source;
  if (!source) return 'No source found: no name, pronoun or description is tied to this quote.';
  const words = text.slice(source.start, source.end);
  const who = person ? person.name : source.name;
  const kind = source.kind === 'person' ? '' : ` (${SOURCE_KIND_WORDS[source.kind]})`;
  const refers = person && !sameName(words, person) ? `“${words}”, that is ${who}` : who;
  const before = source.end <= quote.outer.start;
  const between = before ? text.slice(source.end, quote.outer.start) : text.slice(quote.outer.end, source.start);
  if (!quote.cue && before && /[.!?]["”’']?\s|\n/u.test(between)) return `Continues the quote before — ${refers}${kind}.`;
  const where = before ? (between.length < 80 ? 'named just before' : 'named earlier in the sentence') : 'named just after';
  const how = quote.cue ? `${quote.cue.text} — ` : '';
  return `${how}${refers}${kind}, ${where}.`;
}

/** Whether the words naming the source are (part of) the person's own name rather than a pronoun or description. */
function sameName(words: string, person: Person): boolean {
  const nameWords = new Set(person.name.toLowerCase().split(/\s+/));
  return words.toLowerCase().split(/[\s.]+/).some((word) => nameWords.has(word));
}
