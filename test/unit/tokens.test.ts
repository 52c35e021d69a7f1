import assert from 'node:assert/strict';
import fc from 'fast-check';
import { tokenize, type Token } from '../../src/analysis/text/tokens';
import { propertyOptions } from './properties';

/**
 * The tokeniser is a loop over character codes; this is the regular expression it replaced, kept
 * as the reference its tokens must equal exactly (fingerprints and every analysis are built on them).
 */
function tokenizeByRegExp(text: string, start = 0, end = text.length): Token[] {
  const word = /[\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}\p{N}]+)*/gu;
  const tokens: Token[] = [];
  word.lastIndex = start;
  let match: RegExpExecArray | null;
  while ((match = word.exec(text)) !== null && match.index < end) {
    let found = match[0];
    const tokenStart = match.index;
    let tokenEnd = tokenStart + found.length;
    if (tokenEnd > end) {
      found = found.slice(0, end - tokenStart);
      tokenEnd = end;
    }
    let possessive = false;
    if (/['’]s$/u.test(found) && found.length > 2) {
      possessive = true;
      found = found.slice(0, -2);
      tokenEnd -= 2;
    }
    const previous = tokens[tokens.length - 1];
    tokens.push({
      start: tokenStart,
      end: tokenEnd,
      text: found,
      norm: found.toLowerCase(),
      capitalized: /^\p{Lu}/u.test(found),
      possessive,
      dotted: text[tokenEnd] === '.' && !possessive,
      hyphenBefore: previous !== undefined && previous.end === tokenStart - 1 && text[tokenStart - 1] === '-',
    });
  }
  return tokens;
}

/** Pieces of news copy and of pages (accents, curly marks, possessives, hyphens, initials, non-Latin scripts, emoji), joined at random. */
const PIECES = [
  'Erdoğan', 'José', 'Ćosić', 'İstanbul', 'ǅemal', 'ß', 'Σ', 'ﬁnance', 'naïve', 'e\u0301', '１２', 'Ⅻ', '𝐀𝐁c', '😀', '\u{1D7D8}',
  "O'Brien", 'O’Neill’s', "Jones'", "workers'", 'rock’n’roll', "''", "'", '’', '‘', 's', "'s", '’s',
  'U.S.', 'Brig-Gen', 'co-operate', '-', '.', ',', ' ', '  ', '\n', '\r\n', '\u00a0', '—', '“', '”', '"',
  'Mr.', 'the', 'Said', '3', '2016', 'x', '\ud800', '\udc00', 'Москва', 'الرياض', '東京', 'ĳ',
];

describe('tokenize', () => {
  it('finds what the regular expression it replaced finds, at any start and end', () => {
    const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((pieces) => pieces.join(''));
    fc.assert(
      fc.property(text, fc.nat(), fc.nat(), (t, a, b) => {
        const start = t.length === 0 ? 0 : a % (t.length + 1);
        const end = start + (t.length === 0 ? 0 : b % (t.length - start + 1));
        assert.deepEqual(tokenize(t, start, end), tokenizeByRegExp(t, start, end));
        assert.deepEqual(tokenize(t), tokenizeByRegExp(t));
      }),
      propertyOptions(3000),
    );
  });

  it('finds the same tokens in arbitrary Unicode text', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (t) => assert.deepEqual(tokenize(t), tokenizeByRegExp(t))), propertyOptions(2000));
  });

  it('keeps inner apostrophes, strips possessives and marks full stops and hyphens', () => {
    const tokens = tokenize("Brig-Gen. O’Neill’s rock'n'roll co-op's U.S.");
    assert.deepEqual(
      tokens.map((t) => [t.text, t.possessive, t.dotted, t.hyphenBefore, t.capitalized]),
      [
        ['Brig', false, false, false, true],
        ['Gen', false, true, true, true],
        ['O’Neill', true, false, false, true],
        ["rock'n'roll", false, false, false, false],
        ['co', false, false, false, false],
        ['op', true, false, true, false],
        ['U', false, true, false, true],
        ['S', false, true, false, true],
      ],
    );
  });
});
