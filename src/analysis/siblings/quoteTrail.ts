import { findQuoteSpans } from '../quotes/spans';
import { findParagraphs } from '../text/paragraphs';
import type { Span } from '../types';
import { normalizeWords } from './normalize';
import { diffWords, quoteSimilarity, type WordChange } from './wordDiff';

/**
 * The quote trail: where else a quotation appears. Given a quote's words and another article,
 * the quotations of that article that carry the same words (spelling, quote marks and honorifics
 * aside) or a variant of them — a word changed, a clause cut or added, as quotes drift from
 * outlet to outlet — each with the words that differ marked.
 */
export interface QuoteSighting extends Span {
  /** `same`: word for word, style aside; `variant`: the same quotation worded differently, cut or extended. */
  kind: 'same' | 'variant';
  /** How alike the words are, 0 to 1 (1 for the same words). */
  similarity: number;
  /** The runs of words that differ: `a` in the quote as given, `b` in this article (offsets into each). */
  changes: WordChange[];
}

/** Below this many words a quote ("a disgrace") is a phrase many stories share: it is looked for only word for word. */
const MIN_VARIANT_WORDS = 4;

/** The quotations of `text` that carry `quote` or a variant of it, in reading order. */
export function findQuoteIn(quote: string, text: string): QuoteSighting[] {
  const wanted = normalizeWords(quote);
  if (wanted.length === 0) return [];
  const wantedKeys = wanted.map((w) => w.key);
  const sightings: QuoteSighting[] = [];
  for (const span of findQuoteSpans(text, findParagraphs(text))) {
    const words = normalizeWords(text, span.start, span.end);
    if (words.length === 0) continue;
    const keys = words.map((w) => w.key);
    const same = keys.length === wantedKeys.length && keys.every((key, i) => key === wantedKeys[i]);
    const similarity = same ? 1 : Math.min(wantedKeys.length, keys.length) < MIN_VARIANT_WORDS ? 0 : quoteSimilarity(wantedKeys, keys);
    if (similarity <= 0) continue;
    sightings.push({
      start: span.start,
      end: span.end,
      text: text.slice(span.start, span.end),
      kind: same ? 'same' : 'variant',
      similarity,
      changes: same ? [] : diffWords(quote, wanted, text, words),
    });
  }
  return sightings;
}

/** The quotation (its words, without the marks) around `offset` in `text`, or null: what the quote trail looks for from the cursor. */
export function quotationAt(text: string, offset: number): Span | null {
  for (const span of findQuoteSpans(text, findParagraphs(text))) {
    if (span.outerStart <= offset && offset <= span.outerEnd) return { start: span.start, end: span.end, text: text.slice(span.start, span.end) };
  }
  return null;
}
