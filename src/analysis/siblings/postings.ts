/**
 * A multimap from index key (a hash below 2²⁹) to document slot, in typed arrays, for 100,000
 * documents and more.
 *
 * A posting is one 32-bit word: the slot and the position of the key in that slot's sample
 * (`slot × 1024 + position`). Most postings sit in a packed table, grouped by bucket (a bucket
 * per four postings, at least 2¹³ buckets), each with a 16-bit check: the key's bits the bucket
 * does not give, so that a look-up need not read any sample (the samples may sit in a file,
 * sampleStore.ts): about 7 bytes a posting. The newest ones sit in a small chained table with
 * their keys (12 bytes each) until there are a quarter as many of them as packed ones, when
 * both are packed again. Postings come back newest first, as filed.
 * Entries are never removed one by one; the owner rebuilds the table without dead slots.
 */
const POSITION_BITS = 10;
export const MAX_SAMPLE_POSITIONS = 1 << POSITION_BITS;
/** Slots must fit the 22 bits left beside the position. */
export const MAX_SLOTS = 2 ** 22;
/** Keys are below 2^KEY_BITS (the index files the hashes up to SAMPLE_LIMIT). */
export const KEY_BITS = 29;
/** A packed posting's check is its key's top 16 bits; the bucket gives the other 13. */
const CHECK_SHIFT = KEY_BITS - 16;
export const MIN_PACKED_BUCKETS = 1 << CHECK_SHIFT;
const LOW_BITS = MIN_PACKED_BUCKETS - 1;

/** A key's check, as a packed table keeps it beside the posting (the bucket gives the key's other bits). */
export function checkOf(key: number): number {
  return key >>> CHECK_SHIFT;
}

/** Postings looked at between two pauses of `packing`. */
const PACK_SLICE = 1 << 18;

/** A packed table as the store saves it. */
export interface PackedPostings {
  /** Where each bucket's postings start in `postings`, and one more for the end. */
  starts: Uint32Array;
  postings: Uint32Array;
  /** Each posting's key shifted right by 13 bits. */
  checks: Uint16Array;
}

const MIN_RECENT = 4096;

export class PostingTable {
  private starts: Uint32Array = new Uint32Array(2);
  private packed: Uint32Array = new Uint32Array(0);
  private checks: Uint16Array = new Uint16Array(0);
  private heads: Int32Array = new Int32Array(16).fill(-1);
  private next: Int32Array = new Int32Array(0);
  private keys: Uint32Array = new Uint32Array(0);
  private recent: Uint32Array = new Uint32Array(0);
  private recentCount = 0;

  get size(): number {
    return this.packed.length + this.recentCount;
  }

  add(key: number, slot: number, position: number): void {
    if (slot >= MAX_SLOTS) throw new Error(`the sibling index holds at most ${MAX_SLOTS} texts`);
    if (key < 0 || key >= 2 ** KEY_BITS) throw new Error(`an index key out of range: ${key}`);
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
    const check = key >>> CHECK_SHIFT;
    for (let at = this.starts[bucket], end = this.starts[bucket + 1]; at < end && seen < limit; at++) {
      if (this.checks[at] === check) {
        visit(this.packed[at] >>> POSITION_BITS);
        seen++;
      }
    }
    return seen;
  }

  /** Takes a packed table (from `packing`, or saved from one: at least `MIN_PACKED_BUCKETS` buckets). */
  adopt({ starts, postings, checks }: PackedPostings): void {
    if (postings.length > 0 && starts.length - 1 < MIN_PACKED_BUCKETS) throw new Error('a packed posting table with too few buckets');
    this.starts = starts;
    this.packed = postings;
    this.checks = checks;
    this.recentCount = 0;
    this.recent = new Uint32Array(0);
    this.keys = new Uint32Array(0);
    this.next = new Int32Array(0);
    this.heads = new Int32Array(16).fill(-1);
  }

  /** Bytes held by the arrays (for the benchmark). */
  get byteLength(): number {
    return this.starts.byteLength + this.packed.byteLength + this.checks.byteLength + this.heads.byteLength + this.next.byteLength + this.keys.byteLength + this.recent.byteLength;
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
    const { packed, checks, keys, recent, recentCount } = this;
    const oldStarts = this.starts;
    const oldBuckets = oldStarts.length - 1;
    const kept = (posting: number): boolean => !renumber || renumber[posting >>> POSITION_BITS] >= 0;
    const renamed = (posting: number): number => (renumber ? renumber[posting >>> POSITION_BITS] * MAX_SAMPLE_POSITIONS + (posting & (MAX_SAMPLE_POSITIONS - 1)) : posting);
    // Each posting in the order it goes: the recent ones newest first, then the packed ones bucket by bucket.
    function* each(visit: (key: number, posting: number) => void): Generator<void, void, void> {
      for (let entry = recentCount - 1; entry >= 0; entry--) {
        if (kept(recent[entry])) visit(keys[entry], recent[entry]);
        if ((entry & (PACK_SLICE - 1)) === 0) yield;
      }
      for (let b = 0; b < oldBuckets; b++) {
        const low = b & LOW_BITS;
        for (let at = oldStarts[b], end = oldStarts[b + 1]; at < end; at++) if (kept(packed[at])) visit((checks[at] << CHECK_SHIFT) | low, packed[at]);
        if ((b & (PACK_SLICE - 1)) === PACK_SLICE - 1) yield;
      }
    }
    let total = 0;
    yield* each(() => total++);
    const buckets = bucketCount(Math.max(total / 4, MIN_PACKED_BUCKETS));
    const mask = buckets - 1;
    const starts = new Uint32Array(buckets + 1);
    yield* each((key) => starts[(key & mask) + 1]++);
    for (let b = 0; b < buckets; b++) starts[b + 1] += starts[b];
    const next = starts.slice(0, buckets);
    const postings = new Uint32Array(total);
    const newChecks = new Uint16Array(total);
    yield* each((key, posting) => {
      const at = next[key & mask]++;
      postings[at] = renamed(posting);
      newChecks[at] = key >>> CHECK_SHIFT;
    });
    return { starts, postings, checks: newChecks };
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
