/**
 * A multimap from index key (a hash below 2²⁹) to document slot, in typed arrays, for 100,000
 * documents and more.
 *
 * Most postings sit in a packed table, grouped by bucket (about sixteen postings a bucket, 64
 * bytes to scan), each one 32-bit word: the slot, and below it the key's bits that the bucket
 * does not give (its check), so that a look-up reads no sample (the samples may sit in a file,
 * sampleStore.ts): about 4 bytes a posting. A table has enough buckets for its slots and checks
 * to fit in the word. The newest postings sit in a small chained table with their keys (12
 * bytes each) until there are a quarter as many of them as packed ones, when both are packed
 * again. Postings come back newest first, as filed.
 * Entries are never removed one by one; the owner rebuilds the table without dead slots.
 */
import { resized } from './typedArrays';

export const MAX_SLOTS = 2 ** 22;
/** Keys are below 2^KEY_BITS (the index files the hashes up to SAMPLE_LIMIT). */
export const KEY_BITS = 29;
const MIN_BUCKET_BITS = 4;
const POSTINGS_PER_BUCKET = 16;

/** Postings looked at between two pauses of `packing`. */
const PACK_SLICE = 1 << 18;

/** A packed table as the store saves it. */
export interface PackedPostings {
  /** Where each of the 2^b buckets' postings start in `postings`, and one more for the end. */
  starts: Uint32Array;
  /** Each posting's slot × 2^(29 − b) + its key's top 29 − b bits. */
  postings: Uint32Array;
}

const MIN_RECENT = 4096;

export class PostingTable {
  private starts: Uint32Array = new Uint32Array(1 + (1 << MIN_BUCKET_BITS));
  private packed: Uint32Array = new Uint32Array(0);
  /** Bits of a packed posting that hold its check, and their mask. */
  private checkBits = KEY_BITS - MIN_BUCKET_BITS;
  private heads: Int32Array = new Int32Array(16).fill(-1);
  private next: Int32Array = new Int32Array(0);
  private keys: Uint32Array = new Uint32Array(0);
  private recent: Uint32Array = new Uint32Array(0);
  private recentCount = 0;

  get size(): number {
    return this.packed.length + this.recentCount;
  }

  add(key: number, slot: number): void {
    if (slot >= MAX_SLOTS) throw new Error(`the sibling index holds at most ${MAX_SLOTS} texts`);
    if (key < 0 || key >= 2 ** KEY_BITS) throw new Error(`an index key out of range: ${key}`);
    if (this.recentCount >= MIN_RECENT && this.recentCount * 4 > this.packed.length) {
      this.pack();
    }
    if (this.recentCount === this.recent.length) this.growRecent();
    const entry = this.recentCount++;
    const bucket = key & (this.heads.length - 1);
    this.keys[entry] = key;
    this.recent[entry] = slot;
    this.next[entry] = this.heads[bucket];
    this.heads[bucket] = entry;
  }

  /** Calls `visit` for each slot filed under `key`, newest first; stops early after `limit` slots. */
  forEach(key: number, visit: (slot: number) => void, limit = Infinity): number {
    let seen = 0;
    for (let entry = this.heads[key & (this.heads.length - 1)]; entry !== -1 && seen < limit; entry = this.next[entry]) {
      if (this.keys[entry] === key) {
        visit(this.recent[entry]);
        seen++;
      }
    }
    const bucket = key & (this.starts.length - 2);
    const checkBits = this.checkBits;
    const check = key >>> (KEY_BITS - checkBits);
    const mask = 2 ** checkBits - 1;
    for (let at = this.starts[bucket], end = this.starts[bucket + 1]; at < end && seen < limit; at++) {
      const posting = this.packed[at];
      if ((posting & mask) === check) {
        visit(posting >>> checkBits);
        seen++;
      }
    }
    return seen;
  }

  /**
   * The slots filed under `key`, newest first, written into `into` (at most its length): how many
   * there are, up to `into.length`. `forEach` without a callback, for a look-up's hot loop.
   */
  collect(key: number, into: Int32Array): number {
    const limit = into.length;
    let seen = 0;
    for (let entry = this.heads[key & (this.heads.length - 1)]; entry !== -1 && seen < limit; entry = this.next[entry]) {
      if (this.keys[entry] === key) into[seen++] = this.recent[entry];
    }
    const bucket = key & (this.starts.length - 2);
    const checkBits = this.checkBits;
    const check = key >>> (KEY_BITS - checkBits);
    const mask = 2 ** checkBits - 1;
    const packed = this.packed;
    for (let at = this.starts[bucket], end = this.starts[bucket + 1]; at < end && seen < limit; at++) {
      const posting = packed[at];
      if ((posting & mask) === check) into[seen++] = posting >>> checkBits;
    }
    return seen;
  }

  /** Takes a packed table (from `packing`, or saved from one). */
  adopt({ starts, postings }: PackedPostings): void {
    this.starts = starts;
    this.packed = postings;
    this.checkBits = KEY_BITS - Math.log2(starts.length - 1);
    this.recentCount = 0;
    this.recent = new Uint32Array(0);
    this.keys = new Uint32Array(0);
    this.next = new Int32Array(0);
    this.heads = new Int32Array(16).fill(-1);
  }

  /** Bytes held by the arrays (for the benchmark). */
  get byteLength(): number {
    return this.starts.byteLength + this.packed.byteLength + this.heads.byteLength + this.next.byteLength + this.keys.byteLength + this.recent.byteLength;
  }

  /** All postings into one packed table. */
  pack(): void {
    const steps = this.packing();
    let step = steps.next();
    while (!step.done) step = steps.next();
    this.adopt(step.value);
  }

  /**
   * Every posting as one packed table (a counting sort by bucket), the newest first within each
   * key as in the table; with `renumber`, each slot `s` becomes `renumber[s]`, and postings of
   * slots renumbered below 0 are left out. In steps: a `yield` every few hundred thousand
   * postings, so that a caller on a busy thread can pause. The table itself is unchanged.
   */
  *packing(renumber?: ArrayLike<number>): Generator<void, PackedPostings, void> {
    const { packed, keys, recent, recentCount } = this;
    const oldStarts = this.starts;
    const oldBuckets = oldStarts.length - 1;
    const oldCheckBits = this.checkBits;
    const oldCheckMask = 2 ** oldCheckBits - 1;
    // Three passes over every live posting, in the order they go (the recent ones newest first, then
    // the packed ones bucket by bucket): count them and their slots, count each new bucket's, place
    // them. Plain loops, one per pass and part: a callback per posting cost most of a save.
    let total = 0;
    let slots = 0;
    for (let entry = recentCount - 1; entry >= 0; entry--) {
      const slot = renumber ? renumber[recent[entry]] : recent[entry];
      if ((entry & (PACK_SLICE - 1)) === 0) yield;
      if (!(slot >= 0)) continue;
      total++;
      if (slot >= slots) slots = slot + 1;
    }
    for (let at = 0; at < packed.length; at++) {
      const slot = renumber ? renumber[packed[at] >>> oldCheckBits] : packed[at] >>> oldCheckBits;
      if ((at & (PACK_SLICE - 1)) === PACK_SLICE - 1) yield;
      if (!(slot >= 0)) continue;
      total++;
      if (slot >= slots) slots = slot + 1;
    }
    // Enough buckets that a slot and the key's other bits fit in 32 bits.
    const bucketBits = Math.max(MIN_BUCKET_BITS, Math.ceil(Math.log2(Math.max(1, total / POSTINGS_PER_BUCKET))), Math.ceil(Math.log2(Math.max(1, slots))) - (32 - KEY_BITS));
    const buckets = 2 ** bucketBits;
    const checkBits = KEY_BITS - bucketBits;
    const slotUnit = 2 ** checkBits;
    const mask = buckets - 1;
    const starts = new Uint32Array(buckets + 1);
    for (let entry = recentCount - 1; entry >= 0; entry--) {
      const slot = renumber ? renumber[recent[entry]] : recent[entry];
      if (slot >= 0) starts[(keys[entry] & mask) + 1]++;
      if ((entry & (PACK_SLICE - 1)) === 0) yield;
    }
    for (let b = 0; b < oldBuckets; b++) {
      for (let at = oldStarts[b], end = oldStarts[b + 1]; at < end; at++) {
        const slot = renumber ? renumber[packed[at] >>> oldCheckBits] : packed[at] >>> oldCheckBits;
        if (slot >= 0) starts[(((packed[at] & oldCheckMask) * oldBuckets + b) & mask) + 1]++;
      }
      if ((b & (PACK_SLICE - 1)) === PACK_SLICE - 1) yield;
    }
    for (let b = 0; b < buckets; b++) starts[b + 1] += starts[b];
    const next = starts.slice(0, buckets);
    const postings = new Uint32Array(total);
    for (let entry = recentCount - 1; entry >= 0; entry--) {
      const slot = renumber ? renumber[recent[entry]] : recent[entry];
      if (slot >= 0) postings[next[keys[entry] & mask]++] = slot * slotUnit + (keys[entry] >>> bucketBits);
      if ((entry & (PACK_SLICE - 1)) === 0) yield;
    }
    for (let b = 0; b < oldBuckets; b++) {
      for (let at = oldStarts[b], end = oldStarts[b + 1]; at < end; at++) {
        const slot = renumber ? renumber[packed[at] >>> oldCheckBits] : packed[at] >>> oldCheckBits;
        if (slot < 0) continue;
        const key = (packed[at] & oldCheckMask) * oldBuckets + b;
        postings[next[key & mask]++] = slot * slotUnit + (key >>> bucketBits);
      }
      if ((b & (PACK_SLICE - 1)) === PACK_SLICE - 1) yield;
    }
    return { starts, postings };
  }

  private growRecent(): void {
    const size = Math.max(1024, Math.ceil(this.recent.length * 1.5));
    this.recent = resized(this.recent, size);
    this.keys = resized(this.keys, size);
    // Re-chain into more buckets so that chains stay about two entries long.
    this.heads = new Int32Array(bucketCount(size / 2)).fill(-1);
    this.next = new Int32Array(size);
    for (let entry = 0; entry < this.recentCount; entry++) {
      const bucket = this.keys[entry] & (this.heads.length - 1);
      this.next[entry] = this.heads[bucket];
      this.heads[bucket] = entry;
    }
  }
}

/** A power of two, at least 16 and at least `wanted`. */
function bucketCount(wanted: number): number {
  let n = 16;
  while (n < wanted) n *= 2;
  return n;
}
