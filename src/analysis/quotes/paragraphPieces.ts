import type { ArticleContext } from '../context';
import { firstIndex } from '../text/search';
import type { Paragraph, Quote } from '../types';
import { isPartialQuote } from './partial';
import { markLength, type QuoteSpan } from './spans';

/**
 * A quotation that runs over paragraphs, as news writes it (each paragraph left open, the next
 * reopened with a mark), cut into one piece per paragraph: the piece a reader sees in each
 * paragraph, and how copy is annotated and cited (one paragraph of a long quote at a time). The
 * pieces share the whole quote's kind and speaker. A quote within one paragraph is its own piece.
 */
export function paragraphPieces(text: string, span: QuoteSpan, paragraphs: readonly Paragraph[]): QuoteSpan[] {
  if (!/[\r\n]/u.test(text.slice(span.start, span.end))) return [span];
  const pieces: QuoteSpan[] = [];
  // Paragraphs are sorted: start at the first that ends after the quote starts (long articles stay linear).
  for (let index = firstIndex(paragraphs, (paragraph) => paragraph.end > span.start); index < paragraphs.length; index++) {
    const paragraph = paragraphs[index];
    if (paragraph.start >= span.end) break;
    const opening = paragraph.start <= span.outerStart;
    const outerStart = opening ? span.outerStart : paragraph.start;
    const start = opening ? span.start : paragraph.start + markLength(text, paragraph.start);
    const closing = paragraph.end >= span.end;
    const end = closing ? span.end : trimmedEnd(text, start, paragraph.end);
    if (end <= start) continue;
    pieces.push({ start, end, outerStart, outerEnd: closing ? span.outerEnd : end, unbalanced: closing && span.unbalanced });
  }
  return pieces.length > 1 ? pieces : [span];
}

function trimmedEnd(text: string, start: number, end: number): number {
  while (end > start && /\s/u.test(text[end - 1])) end--;
  return end;
}

/** The article's quotes with each quote over paragraphs cut into its pieces (`spans[i]` found `quotes[i]`). */
export function quotesByParagraph(article: ArticleContext, spans: readonly QuoteSpan[], quotes: readonly Quote[]): Quote[] {
  return quotes.flatMap((quote, i) => {
    const pieces = paragraphPieces(article.text, spans[i], article.paragraphs);
    if (pieces.length === 1 && pieces[0] === spans[i]) return [quote];
    return pieces.map((piece) => ({
      ...quote,
      start: piece.start,
      end: piece.end,
      text: article.text.slice(piece.start, piece.end),
      partial: isPartialQuote(article, piece),
      unbalanced: piece.unbalanced,
      outer: { start: piece.outerStart, end: piece.outerEnd },
    }));
  });
}
