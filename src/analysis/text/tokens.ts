import { takesAbbreviationStop } from './abbreviations';
import { wordCharWidth } from './wordChars';

/**
 * Word tokens with offsets. A token is a run of letters, marks and digits, with inner
 * apostrophes ("O'Brien") kept; hyphens split tokens so that "Brig-Gen" and "Brigadier-General"
 * match titles written with spaces, while `hyphenBefore` lets names like "Jean-Claude" join up again.
 */
export interface Token {
  start: number;
  end: number;
  text: string;
  /** Lower case, possessive and trailing full stop removed: the form lexicons are keyed by. */
  norm: string;
  /** Starts with an upper-case letter. */
  capitalized: boolean;
  /** Ends in 's or ’s (or s' / s’), stripped from `end`/`text`/`norm`. */
  possessive: boolean;
  /** A full stop follows directly ("Mr.", "F."). */
  dotted: boolean;
  /** Joined to the previous token by a hyphen with no space. */
  hyphenBefore: boolean;
}

const APOSTROPHE = 0x27;
const RIGHT_SINGLE_QUOTE = 0x2019;
const FULL_STOP = 0x2e;
const HYPHEN = 0x2d;
const LOWER_S = 0x73;

/**
 * A token is what `[\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}\p{N}]+)*` would match, found by a loop
 * over character codes (wordChars.ts): a regular expression with Unicode classes cost a fifth of
 * fingerprinting a text.
 */
export function tokenize(text: string, start = 0, end = text.length): Token[] {
  const tokens: Token[] = [];
  const scan = new TokenScanner().reset(text, start, end);
  while (scan.next()) tokens.push(makeToken(text, scan.start, scan.end, scan.possessive, tokens.length > 0 ? tokens[tokens.length - 1].end : NO_TOKEN));
  return tokens;
}

/** `previousEnd` for the first token: no end is one before a start. */
export const NO_TOKEN = -2;

/** The token from `start` to `end` (its possessive ending left out) after a token ending at `previousEnd`, as `tokenize` gives it. */
export function makeToken(text: string, start: number, end: number, possessive: boolean, previousEnd: number): Token {
  const word = text.slice(start, end);
  return {
    start,
    end,
    text: word,
    norm: hasUpperOrNonAscii(text, start, end) ? word.toLowerCase() : word,
    capitalized: startsUpperCase(word),
    possessive,
    dotted: !possessive && text.charCodeAt(end) === FULL_STOP,
    hyphenBefore: previousEnd === start - 1 && text.charCodeAt(start - 1) === HYPHEN,
  };
}

/**
 * The tokens of `text` from `start` to `end` one at a time, as offsets, without an object or a
 * string each: what `tokenize` builds its tokens from, and what the fingerprint reads (most of
 * its words need no more than their offsets).
 */
export class TokenScanner {
  /** The current token's offsets, its possessive ending left out, and whether it had one. */
  start = 0;
  end = 0;
  possessive = false;
  private text = '';
  private at = 0;
  private limit = 0;

  reset(text: string, start = 0, end = text.length): this {
    this.text = text;
    this.limit = end;
    this.at = start;
    // As a Unicode regular expression does, a start inside a surrogate pair reads the whole pair.
    if (start > 0 && isTrailSurrogate(text.charCodeAt(start)) && isLeadSurrogate(text.charCodeAt(start - 1))) this.at--;
    return this;
  }

  /** Moves to the next token; false when there is none. */
  next(): boolean {
    const text = this.text;
    let at = this.at;
    while (at < this.limit) {
      const width = wordCharWidth(text, at);
      if (width === 0) {
        at++;
        continue;
      }
      const tokenStart = at;
      at = wordRunEnd(text, at + width);
      // Inner apostrophes: "O'Brien", "rock’n’roll".
      while (at < text.length) {
        const code = text.charCodeAt(at);
        if (code !== APOSTROPHE && code !== RIGHT_SINGLE_QUOTE) break;
        const next = wordCharWidth(text, at + 1);
        if (next === 0) break;
        at = wordRunEnd(text, at + 1 + next);
      }
      let tokenEnd = Math.min(at, this.limit);
      let possessive = false;
      if (tokenEnd - tokenStart > 2 && text.charCodeAt(tokenEnd - 1) === LOWER_S) {
        const mark = text.charCodeAt(tokenEnd - 2);
        if (mark === APOSTROPHE || mark === RIGHT_SINGLE_QUOTE) {
          possessive = true;
          tokenEnd -= 2;
        }
      }
      this.at = at;
      this.start = tokenStart;
      this.end = tokenEnd;
      this.possessive = possessive;
      return true;
    }
    this.at = at;
    return false;
  }
}

const UPPER_START = /^\p{Lu}/u;

function startsUpperCase(word: string): boolean {
  const first = word.charCodeAt(0);
  return first < 0x80 ? first >= 0x41 && first <= 0x5a : UPPER_START.test(word);
}

/** Whether lower-casing may change the word: most words are lower-case ASCII, and `toLowerCase` costs a call into the engine's runtime. */
function hasUpperOrNonAscii(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code > 0x7f || (code >= 0x41 && code <= 0x5a)) return true;
  }
  return false;
}

const isLeadSurrogate = (code: number): boolean => code >= 0xd800 && code <= 0xdbff;
const isTrailSurrogate = (code: number): boolean => code >= 0xdc00 && code <= 0xdfff;

function wordRunEnd(text: string, from: number): number {
  let at = from;
  for (let width = wordCharWidth(text, at); width > 0; width = wordCharWidth(text, at)) at += width;
  return at;
}

/** The text between two tokens, not counting the left one's possessive ending. */
export function gapBetween(text: string, left: Token, right: Token): string {
  return text.slice(left.possessive ? left.end + 2 : left.end, right.start);
}

/** Only spacing on one line separates the tokens (or a hyphen, or an abbreviation's full stop). */
/** Only spaces between two words, or the stop of an initial: "U.S. ambassador", "to the U.S. Anatoly". */
export function wordGap(text: string, left: Token, right: Token): boolean {
  const gap = gapBetween(text, left, right);
  return /^[ \t]+$/.test(gap) || (left.dotted && left.text.length === 1 && /^\.[ \t]*$/.test(gap));
}

export function tightlyJoined(text: string, left: Token, right: Token): boolean {
  const gap = gapBetween(text, left, right);
  if (gap === '-') return true;
  // Run-together initials ("K.C. Maurer"), but not a country's ("U.S.").
  if (gap === '.') return /^\p{Lu}$/u.test(left.text) && /^\p{Lu}$/u.test(right.text) && !takesAbbreviationStop(`${left.text}.${right.text}`);
  return /^\.?[ \t\u00a0]{1,2}$/.test(gap) && (gap[0] !== '.' || takesAbbreviationStop(left.text));
}
