import assert from 'node:assert/strict';
import fc from 'fast-check';
import { PostingTable } from '../../src/analysis/siblings/postings';
import { propertyOptions } from './properties';

/**
 * The posting table against a plain model (a list of [key, slot] in filing order): every key's
 * slots come back newest first, whether they sit in the recent part or were packed. Texts are
 * lists of distinct keys drawn from a small range, so that keys are shared and buckets collide.
 */
function tableOf(texts: number[][]): { table: PostingTable; model: Array<[number, number]> } {
  const table = new PostingTable();
  const model: Array<[number, number]> = [];
  texts.forEach((keys, slot) => {
    keys.forEach((key) => {
      table.add(key, slot);
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

/** Keys from a small range (shared keys, colliding buckets), some near the top of the key range (the check's bits). */
const key = fc.oneof(fc.integer({ min: 0, max: 3000 }), fc.integer({ min: 0x1fffff00, max: 0x1fffffff }), fc.integer({ min: 0, max: 3000 }).map((k) => k * 65537));
const texts = fc.array(fc.uniqueArray(key, { minLength: 1, maxLength: 60 }), { minLength: 1, maxLength: 300 });

describe('index postings', () => {
  it('gives every key its slots newest first, before and after packing, and stops at the limit', () => {
    fc.assert(
      fc.property(texts, key, (drawn, probe) => {
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
    const drawn = Array.from({ length: 2000 }, (_, slot) => Array.from({ length: 50 }, (_, k) => (slot * 37 + k * 101) % 25000));
    const { table, model } = tableOf(drawn.map((keys) => [...new Set(keys)]));
    for (const probe of [0, 37, 101, 4999, 2500]) {
      assert.deepEqual(slotsFor(table, probe), model.filter(([key]) => key === probe).map(([, slot]) => slot).reverse());
    }
    // 100,000 postings: most of them packed at about 4 bytes each, not 12.
    assert.ok(table.byteLength < model.length * 7, `${table.byteLength} bytes for ${model.length} postings`);
  });

  it('packs with slots renumbered, leaving out those numbered below 0, the newest first as before', () => {
    fc.assert(
      fc.property(texts, key, (drawn, probe) => {
        const { table, model } = tableOf(drawn);
        // Every third text is dropped; the others are numbered on.
        const renumber = drawn.map((_, slot) => (slot % 3 === 1 ? -1 : slot - Math.floor((slot + 1) / 3)));
        const steps = table.packing(renumber);
        let step = steps.next();
        while (!step.done) step = steps.next();
        const packed = new PostingTable();
        packed.adopt(step.value);
        const expected = model.filter(([k, slot]) => k === probe && renumber[slot] >= 0).map(([, slot]) => renumber[slot]).reverse();
        assert.deepEqual(slotsFor(packed, probe), expected);
      }),
      propertyOptions(40),
    );
  });
});
