import assert from 'node:assert/strict';
import fc from 'fast-check';
import { ParagraphWords } from '../../src/analysis/siblings/paragraphWords';
import { WordFacts } from '../../src/analysis/siblings/wordFacts';
import { tokenize } from '../../src/analysis/text/tokens';
import { propertyOptions } from './properties';

/** Pieces of news copy that move token edges: possessives, inner apostrophes, hyphens, initials, accents, capitals, surrogate pairs. */
const PIECES = [
  'Mr', 'Mrs.', 'Brig-Gen', 'co-operate', 'U.S.', 'U.N.', "O'Brien's", 'Jones’', 'rock’n’roll', 'e-mail', 'per cent', '5bn', 'Friday (Oct 21)',
  'José', 'ÉCOLE', 'İstanbul', '𝐀bc', '😀', 'said', 'the', 'THE', 'a.', 'I.', ' ', '  ', '\n', ',', '.', '-', "'", '’', '"', '“', '(', ')',
];
const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((pieces) => pieces.join(''));

describe('paragraph words', () => {
  const facts = new WordFacts(new Set(['per']), /^(\d+)(bn)$/);
  const words = new ParagraphWords();

  it('are the tokens tokenize gives, made one at a time', () => {
    const cut = text.chain((t) => fc.tuple(fc.constant(t), fc.nat({ max: t.length }), fc.nat({ max: t.length })));
    fc.assert(
      fc.property(cut, ([t, a, b]) => {
        const [start, end] = a <= b ? [a, b] : [b, a];
        const tokens = tokenize(t, start, end);
        words.read(t, start, end, facts);
        assert.equal(words.count, tokens.length);
        // Out of order on purpose: a token made late must not differ from one made in order.
        for (let k = tokens.length - 1; k >= 0; k -= 2) assert.deepEqual(words.token(k), tokens[k]);
        assert.deepEqual(words.tokens(0, tokens.length + 3), tokens);
        tokens.forEach((token, k) => {
          assert.equal(words.slots[k], facts.slotOf(token.norm));
        });
        assert.equal(words.token(tokens.length), undefined);
      }),
      propertyOptions(2000),
    );
  });
});
