/**
 * Classes of false quotations (quotes of kind `quotation` inside no gold direct attribution), by
 * shape, to tell what the quote kinds miss from what PolNeAR's gold leaves out. Used by
 * eval/webcopy.ts; it sorts errors and never makes a prediction right. Since a quotation over
 * paragraphs is cut into one quote per paragraph, "marks paired across paragraphs" should stay empty.
 */

export type FalseQuotationClass =
  | 'marks paired across paragraphs'
  | 'in the headline'
  | 'whole quotation, 10+ words'
  | 'title case, 1-9 words'
  | 'phrase, 4-9 words'
  | '1-3 words, speech verb in sentence'
  | '1-3 words, no speech verb';

export const FALSE_QUOTATION_CLASSES: readonly FalseQuotationClass[] = [
  'marks paired across paragraphs',
  'in the headline',
  'whole quotation, 10+ words',
  'title case, 1-9 words',
  'phrase, 4-9 words',
  '1-3 words, speech verb in sentence',
  '1-3 words, no speech verb',
];

/** The common verbs of speech in news copy, for sorting only (the analysis has its own cue lexicon). */
const SPEECH_VERB = /\b(?:said|says|say|told|tells|tell|call(?:s|ed|ing)?|wrote|writes|tweet(?:s|ed)?|add(?:s|ed)|ask(?:s|ed)|describ(?:es|ed|ing)|according to|declar(?:es|ed)|insist(?:s|ed)|warn(?:s|ed))\b/iu;
const SMALL_WORDS = new Set(['a', 'an', 'the', 'and', 'or', 'of', 'to', 'in', 'on', 'at', 'for', 'by', 'with', 'from']);

export function falseQuotationClass(text: string, quote: { start: number; end: number; text: string }): FalseQuotationClass {
  if (quote.text.includes('\n')) return 'marks paired across paragraphs';
  const firstBreak = text.indexOf('\n');
  if (firstBreak < 0 || quote.start < firstBreak) return 'in the headline';
  const words = quote.text.split(/\s+/u).filter((word) => /[\p{L}\p{N}]/u.test(word));
  if (words.length >= 10) return 'whole quotation, 10+ words';
  if (words.every((word, i) => /^[\p{Lu}\p{N}]/u.test(word) || (i > 0 && SMALL_WORDS.has(word.toLowerCase())))) return 'title case, 1-9 words';
  if (words.length >= 4) return 'phrase, 4-9 words';
  const sentenceStart = Math.max(text.lastIndexOf('. ', quote.start), text.lastIndexOf('\n', quote.start)) + 1;
  const ends = [text.indexOf('. ', quote.end), text.indexOf('\n', quote.end)].filter((at) => at >= 0);
  const sentenceEnd = ends.length > 0 ? Math.min(...ends) : text.length;
  const sentence = text.slice(sentenceStart, quote.start) + text.slice(quote.end, sentenceEnd);
  return SPEECH_VERB.test(sentence) ? '1-3 words, speech verb in sentence' : '1-3 words, no speech verb';
}
