/**
 * A multimap from 32-bit hash to document slot, in typed arrays: a chained hash table whose
 * entries are 12 bytes. A `Map<number, number[]>` costs about ten times that per entry, which at
 * 100,000 documents × ~40 keys is the difference between ~50 MB and half a gigabyte.
 * Entries are never removed one by one; the owner rebuilds the table without dead slots.
 */
export class PostingTable {
  private heads: Int32Array;
  private next: Int32Array;
  private keys: Uint32Array;
  private slots: Int32Array;
  private count = 0;

  constructor(capacity = 1024) {
    const size = Math.max(16, capacity);
    this.heads = new Int32Array(bucketCount(size)).fill(-1);
    this.next = new Int32Array(size);
    this.keys = new Uint32Array(size);
    this.slots = new Int32Array(size);
  }

  get size(): number {
    return this.count;
  }

  add(key: number, slot: number): void {
    if (this.count === this.keys.length) this.grow();
    const entry = this.count++;
    const bucket = key & (this.heads.length - 1);
    this.keys[entry] = key;
    this.slots[entry] = slot;
    this.next[entry] = this.heads[bucket];
    this.heads[bucket] = entry;
  }

  /** Calls `visit` for each slot filed under `key`, newest first; stops early after `limit` slots. */
  forEach(key: number, visit: (slot: number) => void, limit = Infinity): number {
    let seen = 0;
    for (let entry = this.heads[key & (this.heads.length - 1)]; entry !== -1 && seen < limit; entry = this.next[entry]) {
      if (this.keys[entry] === key) {
        visit(this.slots[entry]);
        seen++;
      }
    }
    return seen;
  }

  /** Bytes held by the arrays (for the benchmark). */
  get byteLength(): number {
    return this.heads.byteLength + this.next.byteLength + this.keys.byteLength + this.slots.byteLength;
  }

  private grow(): void {
    // By half, not double: at 100,000 documents the slack of doubling is ~100 MB.
    const size = Math.ceil(this.keys.length * 1.5);
    const grown = (array: Int32Array | Uint32Array): Int32Array | Uint32Array => {
      const bigger = array instanceof Int32Array ? new Int32Array(size) : new Uint32Array(size);
      bigger.set(array);
      return bigger;
    };
    this.keys = grown(this.keys) as Uint32Array;
    this.slots = grown(this.slots) as Int32Array;
    // Re-chain into more buckets so that chains stay about two entries long.
    if (bucketCount(size) === this.heads.length) {
      const next = new Int32Array(size);
      next.set(this.next);
      this.next = next;
      return;
    }
    this.heads = new Int32Array(bucketCount(size)).fill(-1);
    this.next = new Int32Array(size);
    for (let entry = 0; entry < this.count; entry++) {
      const bucket = this.keys[entry] & (this.heads.length - 1);
      this.next[entry] = this.heads[bucket];
      this.heads[bucket] = entry;
    }
  }
}

/** A power of two at least half the capacity. */
function bucketCount(capacity: number): number {
  let n = 16;
  while (n * 2 < capacity) n *= 2;
  return n;
}
