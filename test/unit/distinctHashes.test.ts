import assert from 'node:assert/strict';
import fc from 'fast-check';
import { distinctAscending } from '../../src/analysis/siblings/distinctHashes';
import { propertyOptions } from './properties';

/** What the radix sort replaced: hash × 2¹⁶ + place sorted as doubles, then the first of each hash. */
function bySorting(hashes: readonly number[], places: readonly number[]): { hashes: number[]; places: number[] } {
  const keyed = Float64Array.from(hashes, (hash, i) => hash * 65536 + places[i]).sort();
  const out = { hashes: [] as number[], places: [] as number[] };
  for (const key of keyed) {
    const hash = Math.floor(key / 65536);
    if (out.hashes[out.hashes.length - 1] === hash) continue;
    out.hashes.push(hash);
    out.places.push(key - hash * 65536);
  }
  return out;
}

describe('distinct shingle hashes', () => {
  it('are those of sorting hash and place together, with the smallest place of each hash', () => {
    // Few distinct high bytes and places, so that equal hashes and equal bytes are common.
    const hash = fc.oneof(fc.integer({ min: 0, max: 0xffffffff }), fc.constantFrom(0, 1, 0xff, 0x100, 0xffff00ff, 0xffffffff, 0x80000000));
    const pairs = fc.array(fc.tuple(hash, fc.integer({ min: 0, max: 0xffff })), { maxLength: 600 });
    fc.assert(
      fc.property(pairs, (given) => {
        const got = distinctAscending(Uint32Array.from(given, ([h]) => h), Uint16Array.from(given, ([, p]) => p));
        const want = bySorting(given.map(([h]) => h), given.map(([, p]) => p));
        assert.deepEqual([...got.hashes], want.hashes);
        assert.deepEqual([...got.places], want.places);
      }),
      propertyOptions(500),
    );
  });
});
