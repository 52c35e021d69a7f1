import assert from 'node:assert/strict';
import fc from 'fast-check';
import { commonSubsequence } from '../../src/analysis/siblings/lcs';
import { propertyOptions } from './properties';

/** Length of a longest common subsequence, by the textbook table: the reference for small lists. */
function referenceLength(x: readonly string[], y: readonly string[]): number {
  let previous = new Array<number>(y.length + 1).fill(0);
  for (const item of x) {
    const row = [0];
    for (let j = 0; j < y.length; j++) row.push(item === y[j] ? previous[j] + 1 : Math.max(previous[j + 1], row[j]));
    previous = row;
  }
  return previous[y.length];
}

describe('commonSubsequence', () => {
  it('pairs equal items, in order on both sides, as many as the longest common subsequence has', () => {
    // Few distinct words, so lists share many items and have many equally long subsequences.
    const words = fc.array(fc.constantFrom('the', 'minister', 'said', 'on', 'Tuesday'), { maxLength: 40 });
    fc.assert(
      fc.property(words, words, (x, y) => {
        const pairs = commonSubsequence(x, y);
        assert.ok(pairs);
        assert.equal(pairs.length, referenceLength(x, y));
        pairs.forEach(([i, j], k) => {
          assert.equal(x[i], y[j]);
          if (k > 0) assert.ok(i > pairs[k - 1][0] && j > pairs[k - 1][1]);
        });
      }),
      propertyOptions(300),
    );
  });

  it('compares long, alike lists without a size limit', () => {
    const long = Array.from({ length: 60_000 }, (_, i) => `w${i % 997}`);
    const edited = long.filter((_, i) => i % 500 !== 0);
    assert.equal(commonSubsequence(long, edited)?.length, edited.length);
  });

  it('gives up on lists so different that they would take more comparisons than allowed', () => {
    const a = Array.from({ length: 3_000 }, (_, i) => `a${i}`);
    const b = Array.from({ length: 3_000 }, (_, i) => `b${i}`);
    assert.equal(commonSubsequence(a, b, 100_000), null);
    assert.deepEqual(commonSubsequence(a, b, Number.MAX_SAFE_INTEGER), []);
  });
});
