/**
 * Which characters make words (letters, marks and digits: \p{L}, \p{M}, \p{N}), read by character
 * code. ASCII is a fixed table; other characters of the Basic Multilingual Plane are asked of a
 * Unicode regular expression once each and remembered, so a loop over a text costs a table read
 * per character instead of a regular-expression step.
 */
const WORD_CHARACTER = /^[\p{L}\p{M}\p{N}]$/u;

/** 1 for a word character, 0 for any other, per ASCII code. */
const ASCII_WORD = new Uint8Array(128);
for (let code = 0; code < 128; code++) ASCII_WORD[code] = WORD_CHARACTER.test(String.fromCharCode(code)) ? 1 : 0;

/** Per BMP code unit: 0 not yet asked, 1 a word character, 2 not one. */
const BMP_CLASS = new Uint8Array(0x10000);

/**
 * The width in code units of the word character at `at` (2 for one outside the BMP, written as a
 * surrogate pair), or 0 if there is none (another character, a lone surrogate, or the end).
 */
export function wordCharWidth(text: string, at: number): number {
  const code = text.charCodeAt(at);
  if (code < 0x80) return ASCII_WORD[code];
  // NaN: past the end.
  if (!(code >= 0x80)) return 0;
  if (code >= 0xd800 && code <= 0xdbff) {
    const low = text.charCodeAt(at + 1);
    return low >= 0xdc00 && low <= 0xdfff && WORD_CHARACTER.test(text.slice(at, at + 2)) ? 2 : 0;
  }
  let known = BMP_CLASS[code];
  if (known === 0) {
    known = WORD_CHARACTER.test(String.fromCharCode(code)) ? 1 : 2;
    BMP_CLASS[code] = known;
  }
  return known === 1 ? 1 : 0;
}
