import type { Paragraph, Quote, Span } from '../types';
import { firstIndex } from '../text/search';

/** How many quotations holding a quote's rarest word are tried for it. */
const MAX_TRIES = 64;

/** A quote's words, lower case, apostrophes folded, so the same words match however marked. */
function quoteWords(text: string): string[] {
  return text.toLowerCase().replace(/[’‘]/g, "'").match(/[\p{L}\p{N}']+/gu) ?? [];
}

/** Words joined with a space before and after each, so that one run of words is found in another by plain search. */
const spaced = (words: readonly string[]): string => ` ${words.join(' ')} `;

/** A quote that is its whole paragraph, as a pull quote set between paragraphs is. */
function standsAlone(text: string, quote: Quote): boolean {
  return /(?:^|\n)[ \t]*$/u.test(text.slice(Math.max(0, quote.outer.start - 200), quote.outer.start)) && /^[ \t.,]*(?:\n|$)/u.test(text.slice(quote.outer.end, quote.outer.end + 200));
}

/** Words a quote may echo: a longer quote's, or the same words in full, three or more, said by a person found ("…'will empty shelves within days'" again in the story). */
function repeats(other: Quote, otherWords: readonly string[], words: readonly string[]): boolean {
  return otherWords.length > words.length || (otherWords.length === words.length && words.length >= 3 && other.speakerId !== null);
}

/**
 * A quotation attribution gave no speaker that repeats words another quotation has with its
 * speaker takes that speaker: headlines and subheads echo the story's quotes ("… vows to stay
 * out 'as long as it takes'" over "'… We are out as long as it takes,' DiBenedetto said"), and
 * a story cites again a fragment of what it quoted in full. The earliest such quotation speaks.
 * One word echoes only in the headline: in the story it is as often a word the other side took up
 * ("not 'qualified'") as the speaker's own. A pull quote (a quote that is its own paragraph, given
 * a speaker only by the quote before it) takes the speaker of the quote it repeats, if that one
 * was given by a cue. A headline's subject that names no person of the story ("Union chief vows …",
 * a country or a body standing for its minister: "Germany vows 'no gaps'") keeps its words and takes
 * the person of the quotation it echoes; so does a description with "a", "an" or "one" anywhere, as a
 * story's lead describes its speaker before it names them.
 */
export function echoedSpeakers(text: string, quotes: Quote[], headline: Span | null, paragraphs: readonly Paragraph[]): void {
  const spoken = quotes.filter((quote) => quote.kind === 'quotation' && (quote.speakerId !== null || quote.speakerMention !== null));
  if (spoken.length === 0) return;
  const spokenWords = spoken.map((quote) => quoteWords(quote.text));
  const spokenRuns = spokenWords.map(spaced);
  // The quotations that hold each word, in order: a quote is looked for only among those holding its rarest word.
  const holding = new Map<string, number[]>();
  spokenWords.forEach((words, k) => {
    for (const word of new Set(words)) {
      const list = holding.get(word);
      if (list) list.push(k);
      else holding.set(word, [k]);
    }
  });
  // The standfirst: the paragraph right under the headline, which sums up the story as the headline does.
  const deck = headline === null ? null : paragraphs[firstIndex(paragraphs, (paragraph) => paragraph.start >= headline.end)] ?? null;
  for (const [i, quote] of quotes.entries()) {
    // A pull quote repeats a quote of the story; the quote before it does not lend it its speaker.
    const pulled = quote.kind === 'quotation' && quote.cue === null && quote.speakerMention !== null && standsAlone(text, quote);
    const inHeadline = headline !== null && headline.start <= quote.start && quote.end <= headline.end;
    // "Union chief vows …", "Germany vows …": a headline's subject that is no person of the story keeps its words and takes the person.
    // "A senior Senate Republican on Tuesday declared the bill "dead on arrival"", the person named later
    // saying it in full: a lead that describes its speaker before naming them.
    // Three words or more: two ("chained CPI") are as often a term the story's people take up.
    // So does a standfirst's ("Chief says plant is "months, not years" away"), the chief named in the story.
    const inDeck = deck !== null && deck.start <= quote.start && quote.end <= deck.end;
    const unnamed = quote.kind === 'quotation' && quote.speakerId === null && quote.speakerMention !== null && (quote.source?.kind === 'anonymous' || inDeck) && quoteWords(quote.text).length >= 3;
    const described = unnamed || (inHeadline && quote.kind === 'quotation' && quote.speakerId === null && quote.speakerMention !== null);
    if (quote.kind !== 'quotation' || (!pulled && !described && (quote.speakerId !== null || quote.speakerMention !== null))) continue;
    const words = quoteWords(quote.text);
    if (words.length === 0 || (words.length === 1 && !inHeadline)) continue;
    const lists = words.map((word) => holding.get(word) ?? []);
    const rarest = lists.reduce((a, b) => (b.length < a.length ? b : a));
    // A bounded number of tries keeps a long document of many quotes linear; an article has far fewer.
    const run = spaced(words);
    const k = pulled
      ? rarest.slice(0, MAX_TRIES).find((j) => spoken[j] !== quote && spoken[j].cue !== null && spokenRuns[j].includes(run)) ?? -1
      : rarest.slice(0, MAX_TRIES).find((j) => spoken[j] !== quote && repeats(spoken[j], spokenWords[j], words) && spokenRuns[j].includes(run)) ?? -1;
    if (k < 0) continue;
    const { speakerId, speakerMention, source } = spoken[k];
    if (described && speakerId === null) continue;
    quotes[i] = described ? { ...quote, speakerId, source } : { ...quote, speakerId, speakerMention, source, cue: null };
  }
}
