/**
 * Groups of texts with identical fingerprints (the same story filed again and again: mirrors,
 * copies, re-saves). Only the first of a group is filed in the posting table, so a thousand
 * copies cost one posting per key, not a thousand, and never push a key over the posting cap
 * (which would hide a true version filed under it). Groups are found by a hash of the sample,
 * then checked hash by hash (`same`, the owner's comparison of two slots' samples).
 *
 * In typed arrays indexed by slot, a few words a text: a chained hash table of the groups'
 * first slots, and each group as a list of slots in the order they joined.
 */
import { resized } from './typedArrays';

export class IdenticalTexts {
  /** Identity hash bucket → first slot of a group in it (chained through `nextFirst`), or -1. */
  private buckets = new Int32Array(16).fill(-1);
  private groups = 0;
  private hashOf = new Uint32Array(0);
  private nextFirst = new Int32Array(0);
  /** Slot → the first slot of its group, or -1 when it is in none. */
  private firstOf = new Int32Array(0);
  /** Slot → the next slot of its group, or -1. */
  private nextCopy = new Int32Array(0);
  /** First slot of a group → its last slot. */
  private lastOf = new Int32Array(0);

  constructor(private readonly same: (a: number, b: number) => boolean) {}

  /**
   * Records a text. Returns true when it is the first of its group, and must be filed in the
   * postings; false when an identical text already stands for it.
   */
  join(slot: number, sample: Uint32Array, shingles: number): boolean {
    this.reserve(slot + 1);
    const hash = identityHash(sample, shingles);
    this.hashOf[slot] = hash;
    this.nextCopy[slot] = -1;
    for (let first = this.buckets[hash & (this.buckets.length - 1)]; first !== -1; first = this.nextFirst[first]) {
      if (this.hashOf[first] !== hash || !this.same(first, slot)) continue;
      this.nextCopy[this.lastOf[first]] = slot;
      this.lastOf[first] = slot;
      this.firstOf[slot] = first;
      return false;
    }
    this.firstOf[slot] = slot;
    this.lastOf[slot] = slot;
    this.link(slot);
    if (++this.groups > this.buckets.length * 2) this.rehash();
    return true;
  }

  /**
   * Forgets a text. `filed` tells whether it was the one filed in the postings (its postings are
   * now dead); `successor` is the copy that must be filed in its place, if any is left.
   */
  leave(slot: number): { filed: boolean; successor: number | null } {
    const first = slot < this.firstOf.length ? this.firstOf[slot] : -1;
    if (first === -1) return { filed: false, successor: null };
    this.firstOf[slot] = -1;
    if (first !== slot) {
      let before = first;
      while (this.nextCopy[before] !== slot) before = this.nextCopy[before];
      this.nextCopy[before] = this.nextCopy[slot];
      if (this.lastOf[first] === slot) this.lastOf[first] = before;
      return { filed: false, successor: null };
    }
    const successor = this.nextCopy[slot];
    this.unlink(slot);
    if (successor === -1) {
      this.groups--;
      return { filed: true, successor: null };
    }
    // The next copy now heads the group.
    for (let member = successor; member !== -1; member = this.nextCopy[member]) this.firstOf[member] = successor;
    this.lastOf[successor] = this.lastOf[slot];
    this.link(successor);
    return { filed: true, successor };
  }

  /** Calls `visit` for the slots a filed slot stands for: itself and its identical copies, in the order they joined. */
  forEachStandIn(slot: number, visit: (slot: number) => void): void {
    if (slot >= this.firstOf.length || this.firstOf[slot] !== slot) {
      visit(slot);
      return;
    }
    for (let member = slot; member !== -1; member = this.nextCopy[member]) visit(member);
  }

  /** The slot filed in the postings for this one (itself when it has no copies). */
  filedFor(slot: number): number {
    const first = slot < this.firstOf.length ? this.firstOf[slot] : -1;
    return first === -1 ? slot : first;
  }

  /** Bytes held by the arrays (for the benchmark). */
  get byteLength(): number {
    return this.buckets.byteLength + this.hashOf.byteLength + this.nextFirst.byteLength + this.firstOf.byteLength + this.nextCopy.byteLength + this.lastOf.byteLength;
  }

  private link(first: number): void {
    const bucket = this.hashOf[first] & (this.buckets.length - 1);
    this.nextFirst[first] = this.buckets[bucket];
    this.buckets[bucket] = first;
  }

  private unlink(first: number): void {
    const bucket = this.hashOf[first] & (this.buckets.length - 1);
    if (this.buckets[bucket] === first) {
      this.buckets[bucket] = this.nextFirst[first];
      return;
    }
    let before = this.buckets[bucket];
    while (this.nextFirst[before] !== first) before = this.nextFirst[before];
    this.nextFirst[before] = this.nextFirst[first];
  }

  private rehash(): void {
    const firsts: number[] = [];
    for (const head of this.buckets) for (let first = head; first !== -1; first = this.nextFirst[first]) firsts.push(first);
    // Oldest first, so chains keep the order a fresh table would have.
    firsts.sort((a, b) => b - a);
    this.buckets = new Int32Array(this.buckets.length * 4).fill(-1);
    for (const first of firsts) this.link(first);
  }

  private reserve(slots: number): void {
    if (slots <= this.firstOf.length) return;
    const size = Math.max(64, Math.ceil(slots * 1.5));
    this.hashOf = resized(this.hashOf, size);
    this.nextFirst = resized(this.nextFirst, size, -1);
    this.firstOf = resized(this.firstOf, size, -1);
    this.nextCopy = resized(this.nextCopy, size, -1);
    this.lastOf = resized(this.lastOf, size, -1);
  }
}

/** FNV-1a over the sample's hashes and the shingle count. */
function identityHash(sample: Uint32Array, shingles: number): number {
  let hash = 0x811c9dc5 ^ shingles;
  for (let i = 0; i < sample.length; i++) hash = Math.imul(hash ^ sample[i], 0x01000193);
  return hash >>> 0;
}
