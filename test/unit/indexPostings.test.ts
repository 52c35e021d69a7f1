import assert from 'node:assert/strict';
import fc from 'fast-check';
import { MAX_SAMPLE_POSITIONS, PostingTable } from '../../src/analysis/siblings/postings';
import { propertyOptions } from './properties';

/**
 * The posting table against a plain model (a list of [key, slot] in filing order): every key's
 * slots come back newest first, whether they sit in the recent part or were packed. Texts are
 * lists of distinct keys drawn from a small range, so that keys are shared and buckets collide.
 */
function tableOf(texts: number[][]): { table: PostingTable; model: Array<[number, number]> } {
  const filed: number[] = [];
  const table = new PostingTable({
    keyOf: (posting) => texts[Math.floor(posting / MAX_SAMPLE_POSITIONS)][posting % MAX_SAMPLE_POSITIONS],
    filedSlots: () => filed,
    keysOf: (slot) => Uint32Array.from(texts[slot]),
  });
  const model: Array<[number, number]> = [];
  texts.forEach((keys, slot) => {
    filed.push(slot);
    keys.forEach((key, position) => {
      table.add(key, slot, position);
      model.push([key, slot]);
    });
  });
  return { table, model };
}

function slotsFor(table: PostingTable, key: number, limit?: number): number[] {
  const slots: number[] = [];
  table.forEach(key, (slot) => slots.push(slot), limit);
  return slots;
}

const texts = fc.array(fc.uniqueArray(fc.integer({ min: 0, max: 3000 }), { minLength: 1, maxLength: 60 }), { minLength: 1, maxLength: 300 });

describe('index postings', () => {
  it('gives every key its slots newest first, before and after packing, and stops at the limit', () => {
    fc.assert(
      fc.property(texts, fc.integer({ min: 0, max: 3000 }), (drawn, probe) => {
        const { table, model } = tableOf(drawn);
        const expected = model.filter(([key]) => key === probe).map(([, slot]) => slot).reverse();
        assert.deepEqual(slotsFor(table, probe), expected);
        assert.deepEqual(slotsFor(table, probe, 2), expected.slice(0, 2));
        table.pack();
        assert.deepEqual(slotsFor(table, probe), expected);
        assert.equal(table.size, model.length);
      }),
      propertyOptions(60),
    );
  });

  it('packs itself as it grows and keeps answering the same', () => {
    const drawn = Array.from({ length: 400 }, (_, slot) => Array.from({ length: 50 }, (_, k) => (slot * 37 + k * 101) % 5000));
    const { table, model } = tableOf(drawn.map((keys) => [...new Set(keys)]));
    for (const probe of [0, 37, 101, 4999, 2500]) {
      assert.deepEqual(slotsFor(table, probe), model.filter(([key]) => key === probe).map(([, slot]) => slot).reverse());
    }
    // 20,000 postings: most of them packed at about 5 bytes each, not 12.
    assert.ok(table.byteLength < model.length * 9, `${table.byteLength} bytes for ${model.length} postings`);
  });
});
