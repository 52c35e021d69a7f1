/**
 * Which characters make words (letters, marks and digits: \p{L}, \p{M}, \p{N}; or letters and
 * digits alone), read by character code. ASCII is a fixed table; other characters of the Basic Multilingual Plane are asked of a
 * Unicode regular expression once each and remembered, so a loop over a text costs a table read
 * per character instead of a regular-expression step.
 */
const WORD_CHARACTER = /^[\p{L}\p{M}\p{N}]$/u;
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;

/** A class of characters, asked of its regular expression once per BMP character. */
class CharacterClass {
  /** 1 for a member, 0 for any other, per ASCII code. */
  private readonly ascii = new Uint8Array(128);
  /** Per BMP code unit: 0 not yet asked, 1 a member, 2 not one. */
  private readonly bmp = new Uint8Array(0x10000);

  constructor(private readonly member: RegExp) {
    for (let code = 0; code < 128; code++) this.ascii[code] = member.test(String.fromCharCode(code)) ? 1 : 0;
  }

  /**
   * The width in code units of the member at `at` (2 for one outside the BMP, written as a
   * surrogate pair), or 0 if there is none (another character, a lone surrogate, or the end).
   */
  widthAt(text: string, at: number): number {
    const code = text.charCodeAt(at);
    if (code < 0x80) return this.ascii[code];
    // NaN: past the end.
    if (!(code >= 0x80)) return 0;
    if (code >= 0xd800 && code <= 0xdbff) {
      const low = text.charCodeAt(at + 1);
      return low >= 0xdc00 && low <= 0xdfff && this.member.test(text.slice(at, at + 2)) ? 2 : 0;
    }
    let known = this.bmp[code];
    if (known === 0) {
      known = this.member.test(String.fromCharCode(code)) ? 1 : 2;
      this.bmp[code] = known;
    }
    return known === 1 ? 1 : 0;
  }
}

const WORD_CHARACTERS = new CharacterClass(WORD_CHARACTER);
const LETTERS_AND_DIGITS = new CharacterClass(LETTER_OR_DIGIT);

/** The width of the word character (letter, mark or digit) at `at`, or 0 (see CharacterClass.widthAt). */
export function wordCharWidth(text: string, at: number): number {
  return WORD_CHARACTERS.widthAt(text, at);
}

/** The width of the letter or digit (not a mark) at `at`, or 0. */
export function letterOrDigitWidth(text: string, at: number): number {
  return LETTERS_AND_DIGITS.widthAt(text, at);
}
