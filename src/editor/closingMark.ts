// Pure text helpers for the "insert the closing quotation mark" quick fix (no `vscode`: unit-tested).

/** The closing mark of each opening mark the quote finder accepts (src/analysis/quotes/spans.ts). */
const CLOSING: Record<string, string> = {
  '“': '”',
  '"': '"',
  '„': '“',
  '«': '»',
  '»': '«',
  '‘': '’',
  "'": "'",
  '`': "'",
};

/** The mark that closes the quotation opened at `openAt` ('' and `` open doubled marks); straight double by default. */
export function closingMarkFor(text: string, openAt: number): string {
  const open = text[openAt];
  if ((open === "'" || open === '`') && text[openAt + 1] === open) return "''";
  return CLOSING[open] ?? '"';
}

/**
 * Where the closing mark goes for a quotation left open up to `end` (its paragraph's end): after
 * the last word or punctuation, before any trailing spaces or line breaks.
 */
export function closingMarkOffset(text: string, openAt: number, end: number): number {
  let at = Math.min(end, text.length);
  while (at > openAt + 1 && /\s/u.test(text[at - 1])) at--;
  return at;
}
