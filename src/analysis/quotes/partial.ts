import type { ArticleContext } from '../context';
import { sentenceAt } from '../text/sentences';
import type { QuoteSpan } from './spans';

/**
 * A quote is full when it gives the speaker's own sentence: it opens with a capital and stands
 * at the start of a sentence, after a colon, or after "said,". Anything else, a fragment woven
 * into the reporter's sentence, is partial.
 */
export function isPartialQuote(article: ArticleContext, span: QuoteSpan): boolean {
  const { text, sentences, lexicon } = article;
  const firstLetter = /[\p{L}\p{N}]/u.exec(text.slice(span.start, Math.min(span.end, span.start + 8)));
  if (!firstLetter || !/[\p{Lu}\p{N}]/u.test(firstLetter[0])) return true;
  const index = sentenceAt(sentences, span.outerStart);
  const sentenceStart = index >= 0 ? sentences[index].start : span.outerStart;
  // Only the end of the lead matters; bounded so that run-on text stays linear.
  const lead = text.slice(Math.max(sentenceStart, span.outerStart - 200), span.outerStart).trimEnd();
  if (lead === '' || /[:.!?—–-]$/.test(lead)) return false;
  if (lead.endsWith(',')) {
    const lastWord = /([\p{L}]+),$/u.exec(lead)?.[1]?.toLowerCase();
    return !(lastWord !== undefined && lexicon.isCueVerb(lastWord));
  }
  return true;
}
