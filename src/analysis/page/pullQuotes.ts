/**
 * Pull quotes: a line of the story printed again, large, between its paragraphs ("“It was like
 * driving into the mouth of hell.”"). Saved as text, it reads as a quotation of its own, which would
 * be counted twice and often given to whoever the paragraphs around it name.
 */
import { wordsOf } from './shapes';

/** A paragraph that is one quotation and nothing else, or with its speaker after a dash; in single marks too, as British pages set them. */
const QUOTE_ALONE = /^(?:["“]([^"“”]+)["”]|‘([^‘\n]+)’)\s*(?:[—–―-]{1,2}\s*[^"“”‘’]{1,60})?$/u;
/** Words compared at a time: a pull quote is a sentence, and five words in a row seldom come twice by chance. */
const RUN = 5;

/**
 * Indexes of the paragraphs that repeat words printed earlier on the page, every run of `RUN` of
 * them, as a quotation alone on its line. The first printing is the story's. `skip` tells which
 * paragraphs are already the page's own.
 */
export function pullQuotes(texts: readonly string[], skip: (i: number) => boolean): number[] {
  const candidates: Array<{ index: number; words: string[] }> = [];
  for (let i = 0; i < texts.length; i++) {
    const quote = skip(i) ? null : QUOTE_ALONE.exec(texts[i]);
    if (!quote) continue;
    const words = comparable(quote[1] ?? quote[2]);
    if (words.length >= RUN) candidates.push({ index: i, words });
  }
  if (candidates.length === 0) return [];
  // Where each run of words is first printed, in one pass over the page: linear however many candidates.
  const firstSeen = new Map<string, number>();
  for (let i = 0; i < texts.length; i++) {
    const words = comparable(texts[i]);
    for (let k = 0; k + RUN <= words.length; k++) {
      const run = words.slice(k, k + RUN).join(' ');
      if (!firstSeen.has(run)) firstSeen.set(run, i);
    }
  }
  const repeated: number[] = [];
  for (const { index, words } of candidates) {
    let printedBefore = true;
    for (let k = 0; k + RUN <= words.length && printedBefore; k++) printedBefore = (firstSeen.get(words.slice(k, k + RUN).join(' ')) ?? index) < index;
    if (printedBefore) repeated.push(index);
  }
  return repeated;
}

/** Words in lower case without the stops and marks that end them ("hell." and "hell," are one word). */
function comparable(text: string): string[] {
  return wordsOf(text).map((word) => word.toLowerCase().replace(/[.'’&@/-]+$/u, ''));
}
