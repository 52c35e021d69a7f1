/**
 * Whether a stretch of text holds quotation marks: double marks anywhere, or a single mark opening a
 * word, so that apostrophes ("doesn’t", "Raman’s") are none.
 */
export function hasQuotationMark(text: string): boolean {
  return /["“”‘]|(?:^|\s)['’]/u.test(text);
}
