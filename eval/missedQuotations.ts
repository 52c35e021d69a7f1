/**
 * Why a gold direct attribution holds no predicted quotation, for `eval/webcopy.ts --missed` (train-tune
 * only): its marks were not found at all, they were found but the quote was given another kind
 * (scare, term, title), or a predicted quotation overlaps it with other bounds than the gold's. It
 * sorts misses for reading; it never makes a prediction right.
 */
import type { QuoteKind } from '../src/analysis';
import { context, QUOTE_SLACK } from './lib';

export type MissCause = 'not found' | `found as ${Exclude<QuoteKind, 'quotation'>}` | 'other bounds';

export const MISS_CAUSES: readonly MissCause[] = ['not found', 'found as scare', 'found as term', 'found as title', 'other bounds'];

interface Span {
  start: number;
  end: number;
}

interface PredictedQuote extends Span {
  kind: QuoteKind;
}

export interface MissedQuotation {
  cause: MissCause;
  /** The gold content with some context, and the predicted quotes that touch it. */
  listing: string;
}

/** Why the gold quotation `spans` (its joined fragments) holds no predicted quotation. */
export function missedQuotation(text: string, spans: readonly Span[], quotes: readonly PredictedQuote[]): MissedQuotation {
  const inside = (quote: Span): boolean => spans.some((span) => quote.start >= span.start - QUOTE_SLACK && quote.end <= span.end + QUOTE_SLACK);
  const touching = quotes.filter((quote) => spans.some((span) => quote.start < span.end && span.start < quote.end));
  const held = quotes.find((quote) => inside(quote));
  let cause: MissCause = 'not found';
  if (held && held.kind !== 'quotation') cause = `found as ${held.kind}`;
  else if (touching.some((quote) => quote.kind === 'quotation')) cause = 'other bounds';
  const first = spans[0];
  const last = spans[spans.length - 1];
  const predicted = touching.map((quote) => `    predicted ${quote.kind}: ${context(text, quote.start, quote.end, 20)}`);
  return { cause, listing: [`  gold: ${context(text, first.start, last.end, 80)}`, ...predicted].join('\n') };
}
