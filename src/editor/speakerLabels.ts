import { shortName, SOURCE_KIND_WORDS, type Person, type Quote } from '../analysis';

/** A label drawn after a quotation, saying whose words they are. */
export interface SpeakerLabel {
  /** What is shown, e.g. "Blinken" or "a senior official (unnamed)". */
  text: string;
  /** One line of plain words for the tooltip: who, and through which words of the article. */
  tooltip: string;
  /** The words of the article that carry the attribution, for the label's link. */
  attribution: { start: number; end: number };
}

/**
 * Where the words around a quote are read from: the article's text, or a document read a range at
 * a time (copying the whole of a 1 MB document takes milliseconds on every redraw).
 */
export interface ArticleText {
  slice(start: number, end: number): string;
}

/**
 * Attribution words this close to the quotation marks, in the same sentence, are read with the
 * quote: "…," Ryder said. A label would only repeat them.
 */
const NEXT_TO_QUOTE = 40;

/**
 * The label for a quotation, or null when there is nothing to add: no source found, not a
 * quotation (scare quotes, titles, terms), or the text already names the source next to it.
 * A pronoun next to the quote ("he said") still gets the name it stands for.
 */
export function speakerLabel(text: ArticleText, quote: Quote, speaker: Person | undefined): SpeakerLabel | null {
  const source = quote.source;
  if (quote.kind !== 'quotation' || !source) return null;
  const words = text.slice(source.start, source.end);
  const attribution = { start: source.start, end: source.end };
  if (speaker) {
    const name = shortNameOf(speaker);
    if (isNextToQuote(text, quote, source) && namesPerson(words, speaker)) return null;
    const means = namesPerson(words, speaker) ? `Named “${words}”` : `“${words}” is ${speaker.name}`;
    return { text: name, tooltip: `Quote from ${speaker.name}${speaker.title ? `, ${speaker.title}` : ''}. ${means} in the article.`, attribution };
  }
  if (isNextToQuote(text, quote, source)) return null;
  const kind = SOURCE_KIND_WORDS[source.kind];
  if (source.kind === 'anonymous') {
    return { text: `${source.name} (unnamed)`, tooltip: `Quote from an unnamed source: the article calls them “${words}”.`, attribution };
  }
  return { text: source.name, tooltip: `Quote from ${kind}: “${words}” in the article.`, attribution };
}

/** The attribution words sit just before or after the marks, with no sentence end or paragraph break between. */
function isNextToQuote(text: ArticleText, quote: Quote, source: { start: number; end: number }): boolean {
  const before = source.end <= quote.outer.start;
  const gap = before ? text.slice(source.end, quote.outer.start) : text.slice(quote.outer.end, Math.max(quote.outer.end, source.start));
  if (gap.length > NEXT_TO_QUOTE || gap.includes('\n')) return false;
  // Before the quote, a full stop means the name belongs to an earlier sentence ("Blinken spoke. “…”").
  return !(before && /[.!?]\s/u.test(gap));
}

/** Whether the words are the person's name or part of it, not a pronoun or a description. */
function namesPerson(words: string, person: Person): boolean {
  const nameWords = nameWordsOf(person);
  return words.toLowerCase().split(/[\s.,]+/u).some((word) => nameWords.has(word));
}

/** The words of a person's name and their short name, lower-cased, once per person (every drawn label asks). */
const nameWordSets = new WeakMap<Person, Set<string>>();

function nameWordsOf(person: Person): Set<string> {
  let words = nameWordSets.get(person);
  if (!words) {
    words = new Set(person.name.toLowerCase().split(/\s+/));
    words.add(shortNameOf(person).toLowerCase());
    nameWordSets.set(person, words);
  }
  return words;
}

/** Short names by person: a person of a long article has thousands of mentions to look through, and every drawn label asks. */
const shortNames = new WeakMap<Person, string>();

function shortNameOf(person: Person): string {
  let name = shortNames.get(person);
  if (name === undefined) {
    name = shortName(person);
    shortNames.set(person, name);
  }
  return name;
}
