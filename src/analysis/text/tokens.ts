import { takesAbbreviationStop } from './abbreviations';

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

const WORD = /[\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}\p{N}]+)*/gu;
const POSSESSIVE = /['’]s$/u;

export function tokenize(text: string, start = 0, end = text.length): Token[] {
  const tokens: Token[] = [];
  WORD.lastIndex = start;
  let match: RegExpExecArray | null;
  while ((match = WORD.exec(text)) !== null && match.index < end) {
    let word = match[0];
    const tokenStart = match.index;
    let tokenEnd = tokenStart + word.length;
    if (tokenEnd > end) {
      word = word.slice(0, end - tokenStart);
      tokenEnd = end;
    }
    let possessive = false;
    if (POSSESSIVE.test(word) && word.length > 2) {
      possessive = true;
      word = word.slice(0, -2);
      tokenEnd -= 2;
    }
    const previous = tokens[tokens.length - 1];
    tokens.push({
      start: tokenStart,
      end: tokenEnd,
      text: word,
      norm: word.toLowerCase(),
      capitalized: /^\p{Lu}/u.test(word),
      possessive,
      dotted: text[tokenEnd] === '.' && !possessive,
      hyphenBefore: previous !== undefined && previous.end === tokenStart - 1 && text[tokenStart - 1] === '-',
    });
  }
  return tokens;
}

/** The text between two tokens, not counting the left one's possessive ending. */
export function gapBetween(text: string, left: Token, right: Token): string {
  return text.slice(left.possessive ? left.end + 2 : left.end, right.start);
}

/** Only spacing on one line separates the tokens (or a hyphen, or an abbreviation's full stop). */
export function tightlyJoined(text: string, left: Token, right: Token): boolean {
  const gap = gapBetween(text, left, right);
  if (gap === '-') return true;
  // Run-together initials ("K.C. Maurer"), but not a country's ("U.S.").
  if (gap === '.') return /^\p{Lu}$/u.test(left.text) && /^\p{Lu}$/u.test(right.text) && !takesAbbreviationStop(`${left.text}.${right.text}`);
  return /^\.?[ \t\u00a0]{1,2}$/.test(gap) && (gap[0] !== '.' || takesAbbreviationStop(left.text));
}
