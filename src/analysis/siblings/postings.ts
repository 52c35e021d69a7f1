/**
 * A multimap from 32-bit hash to document slot, in typed arrays, for 100,000 documents and more.
 *
 * A posting is one 32-bit word: the slot and the position of the key in that slot's sample
 * (`slot × 1024 + position`). The key itself is not stored: it is read back from the sample
 * (`keyOf`), which the index keeps anyway. Most postings sit in a packed table, grouped by
 * bucket (a bucket per four postings: about 5 bytes a posting); the newest ones sit in a small
 * chained table (12 bytes each) until there are a quarter as many of them as packed ones, when
 * both are packed again. Packing reads each filed text's keys in the order they were filed, so
 * postings come back newest first, as filed.
 * Entries are never removed one by one; the owner rebuilds the table without dead slots.
 */
const POSITION_BITS = 10;
export const MAX_SAMPLE_POSITIONS = 1 << POSITION_BITS;
/** Slots must fit the 22 bits left beside the position. */
export const MAX_SLOTS = 2 ** 22;

/** What the table needs of its owner: the key at a posting, and the keys of each text in filing order. */
export interface PostingSource {
  keyOf(posting: number): number;
  /** Every slot ever filed and not forgotten, in filing order. */
  filedSlots(): ArrayLike<number>;
  /** A filed slot's keys (positions 0, 1, …). */
  keysOf(slot: number): Uint32Array;
}

/** Texts packed between two pauses of `packing`. */
const PACK_SLICE = 4000;

/** A packed table as the store saves it. */
export interface PackedPostings {
  /** Where each bucket's postings start in `postings`, and one more for the end. */
  starts: Uint32Array;
  postings: Uint32Array;
}

const MIN_RECENT = 4096;

export class PostingTable {
  private starts: Uint32Array = new Uint32Array(2);
  private packed: Uint32Array = new Uint32Array(0);
  private heads: Int32Array = new Int32Array(16).fill(-1);
  private next: Int32Array = new Int32Array(0);
  private keys: Uint32Array = new Uint32Array(0);
  private recent: Uint32Array = new Uint32Array(0);
  private recentCount = 0;

  constructor(private readonly source: PostingSource) {}

  get size(): number {
    return this.packed.length + this.recentCount;
  }

  add(key: number, slot: number, position: number): void {
    if (slot >= MAX_SLOTS) throw new Error(`the sibling index holds at most ${MAX_SLOTS} texts`);
    if (this.recentCount >= MIN_RECENT && this.recentCount * 4 > this.packed.length) {
      this.pack();
    }
    if (this.recentCount === this.recent.length) this.growRecent();
    const entry = this.recentCount++;
    const bucket = key & (this.heads.length - 1);
    this.keys[entry] = key;
    this.recent[entry] = slot * MAX_SAMPLE_POSITIONS + position;
    this.next[entry] = this.heads[bucket];
    this.heads[bucket] = entry;
  }

  /** Calls `visit` for each slot filed under `key`, newest first; stops early after `limit` slots. */
  forEach(key: number, visit: (slot: number) => void, limit = Infinity): number {
    let seen = 0;
    for (let entry = this.heads[key & (this.heads.length - 1)]; entry !== -1 && seen < limit; entry = this.next[entry]) {
      if (this.keys[entry] === key) {
        visit(this.recent[entry] >>> POSITION_BITS);
        seen++;
      }
    }
    const bucket = key & (this.starts.length - 2);
    for (let at = this.starts[bucket], end = this.starts[bucket + 1]; at < end && seen < limit; at++) {
      const posting = this.packed[at];
      if (this.source.keyOf(posting) === key) {
        visit(posting >>> POSITION_BITS);
        seen++;
      }
    }
    return seen;
  }

  /** Packs every posting (for saving), and gives the packed table. */
  packedTable(): PackedPostings {
    if (this.recentCount > 0) this.pack();
    return { starts: this.starts, postings: this.packed };
  }

  /** Takes a packed table as saved (its postings must be those `source` files, in that order). */
  adopt({ starts, postings }: PackedPostings): void {
    this.starts = starts;
    this.packed = postings;
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

  /** All postings into one packed table, from the source's texts in filing order (a counting sort by bucket). */
  pack(): void {
    const steps = this.packing();
    while (!steps.next().done);
  }

  /** `pack` in steps: a `yield` every few thousand texts, so that a caller on a busy thread can pause. */
  *packing(): Generator<void, void, void> {
    const filed = this.source.filedSlots();
    let total = 0;
    for (let i = 0; i < filed.length; i++) total += this.source.keysOf(filed[i]).length;
    const buckets = bucketCount(total / 4);
    const mask = buckets - 1;
    const counts = new Uint32Array(buckets + 1);
    for (let i = 0; i < filed.length; i++) {
      const keys = this.source.keysOf(filed[i]);
      for (let k = 0; k < keys.length; k++) counts[keys[k] & mask]++;
      if (i % PACK_SLICE === PACK_SLICE - 1) yield;
    }
    // Ends of buckets; postings are placed from each end backwards so the newest come first.
    const starts = new Uint32Array(buckets + 1);
    let sum = 0;
    for (let b = 0; b < buckets; b++) {
      sum += counts[b];
      counts[b] = sum;
      starts[b + 1] = sum;
    }
    const packed = new Uint32Array(total);
    for (let i = 0; i < filed.length; i++) {
      const keys = this.source.keysOf(filed[i]);
      const base = filed[i] * MAX_SAMPLE_POSITIONS;
      for (let k = 0; k < keys.length; k++) packed[--counts[keys[k] & mask]] = base + k;
      if (i % PACK_SLICE === PACK_SLICE - 1) yield;
    }
    this.adopt({ starts, postings: packed });
  }

  private growRecent(): void {
    const size = Math.max(1024, Math.ceil(this.recent.length * 1.5));
    const recent = new Uint32Array(size);
    recent.set(this.recent);
    const keys = new Uint32Array(size);
    keys.set(this.keys);
    this.recent = recent;
    this.keys = keys;
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
