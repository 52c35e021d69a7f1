import assert from 'node:assert/strict';
import fc from 'fast-check';
import { wordsOf } from '../../src/analysis/page/shapes';
import { propertyOptions } from './properties';

/** The regular expression the page reader's word loop replaced, kept as the reference its words must equal. */
const wordsByRegExp = (paragraph: string): string[] => paragraph.match(/[\p{L}\p{N}][\p{L}\p{N}'’.&@/-]*/gu) ?? [];

/** Pieces of page lines (addresses, handles, initials, prices, accents, combining marks, non-Latin scripts, emoji), joined at random. */
const PIECES = [
  'www.example.org', 'news@example.com', 'AT&T', 'U.S.', '24/7', 'co-op', "O'Brien", 'O’Neill', '...', '-', '/', '@', '&', "'", '’', '.',
  'e\u0301', '\u0301', 'José', 'İ', 'Ⅻ', '１２', '𝐀b', '😀', 'Москва', '東京', '\ud800', '\udc00', ' ', '  ', '|', '•', '(AP Photo/Jane Roe)', 'Read more:', '3 min read',
];

describe('page words', () => {
  it('are what the regular expression they replaced finds', () => {
    const paragraph = fc.array(fc.constantFrom(...PIECES), { maxLength: 30 }).map((pieces) => pieces.join(''));
    fc.assert(fc.property(paragraph, (p) => assert.deepEqual(wordsOf(p), wordsByRegExp(p))), propertyOptions(3000));
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (p) => assert.deepEqual(wordsOf(p), wordsByRegExp(p))), propertyOptions(2000));
  });

  it('keep the marks inside addresses and names', () => {
    assert.deepEqual(wordsOf('Mail news@example.com — AT&T’s 24/7 co-op, O’Neill.'), ['Mail', 'news@example.com', 'AT&T’s', '24/7', 'co-op', 'O’Neill.']);
  });
});
