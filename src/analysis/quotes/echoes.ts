import type { Quote, Span } from '../types';

/** A quote's words, lower case, apostrophes folded, so the same words match however marked. */
function quoteWords(text: string): string[] {
  return text.toLowerCase().replace(/[’‘]/g, "'").match(/[\p{L}\p{N}']+/gu) ?? [];
}

/** Whether `part` stands in `whole` word for word, in one run. */
function withinRun(part: readonly string[], whole: readonly string[]): boolean {
  for (let start = 0; start + part.length <= whole.length; start++) {
    if (part.every((word, k) => whole[start + k] === word)) return true;
  }
  return false;
}

/**
 * A quotation attribution gave no speaker that repeats words another quotation has with its
 * speaker takes that speaker: headlines and subheads echo the story's quotes ("… vows to stay
 * out 'as long as it takes'" over "'… We are out as long as it takes,' DiBenedetto said"), and
 * a story cites again a fragment of what it quoted in full. The earliest such quotation speaks.
 * One word echoes only in the headline: in the story it is as often a word the other side took up
 * ("not 'qualified'") as the speaker's own.
 */
export function echoedSpeakers(quotes: Quote[], headline: Span | null): void {
  const spoken = quotes.filter((quote) => quote.kind === 'quotation' && (quote.speakerId !== null || quote.speakerMention !== null));
  if (spoken.length === 0) return;
  const spokenWords = spoken.map((quote) => quoteWords(quote.text));
  for (const [i, quote] of quotes.entries()) {
    if (quote.kind !== 'quotation' || quote.speakerId !== null || quote.speakerMention !== null) continue;
    const words = quoteWords(quote.text);
    const inHeadline = headline !== null && headline.start <= quote.start && quote.end <= headline.end;
    if (words.length === 0 || (words.length === 1 && !inHeadline)) continue;
    const k = spokenWords.findIndex((whole) => whole.length > words.length && withinRun(words, whole));
    if (k < 0) continue;
    const { speakerId, speakerMention, source } = spoken[k];
    quotes[i] = { ...quote, speakerId, speakerMention, source, cue: null };
  }
}
