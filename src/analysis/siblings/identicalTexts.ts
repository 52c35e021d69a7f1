/**
 * Groups of texts with identical fingerprints (the same story filed again and again: mirrors,
 * copies, re-saves). Only the first of a group is filed in the posting table, so a thousand
 * copies cost one posting per key, not a thousand, and never push a key over the posting cap
 * (which would hide a true version filed under it). Groups are found by a hash of the sample,
 * then checked hash by hash.
 */
export class IdenticalTexts {
  /** Identity hash → groups with that hash (more than one only when two hashes collide). */
  private readonly byHash = new Map<number, number[][]>();
  /** Slot → its group; the group's first slot is the one filed in the postings. */
  private readonly groupOf = new Map<number, number[]>();
  private readonly samples = new Map<number, { sample: Uint32Array; shingles: number }>();

  /**
   * Records a text. Returns true when it is the first of its group, and must be filed in the
   * postings; false when an identical text already stands for it.
   */
  join(slot: number, sample: Uint32Array, shingles: number): boolean {
    const hash = identityHash(sample, shingles);
    const groups = this.byHash.get(hash) ?? [];
    let group = groups.find((members) => this.sameAs(members[0], sample, shingles));
    if (!group) {
      group = [];
      groups.push(group);
      this.byHash.set(hash, groups);
    }
    group.push(slot);
    this.groupOf.set(slot, group);
    this.samples.set(slot, { sample, shingles });
    return group.length === 1;
  }

  /**
   * Forgets a text. `filed` tells whether it was the one filed in the postings (its postings are
   * now dead); `successor` is the copy that must be filed in its place, if any is left.
   */
  leave(slot: number): { filed: boolean; successor: number | null } {
    const group = this.groupOf.get(slot);
    const own = this.samples.get(slot);
    if (!group || !own) return { filed: false, successor: null };
    const filed = group[0] === slot;
    group.splice(group.indexOf(slot), 1);
    this.groupOf.delete(slot);
    this.samples.delete(slot);
    if (group.length === 0) {
      const hash = identityHash(own.sample, own.shingles);
      const groups = (this.byHash.get(hash) ?? []).filter((members) => members !== group);
      if (groups.length > 0) this.byHash.set(hash, groups);
      else this.byHash.delete(hash);
    }
    return { filed, successor: filed && group.length > 0 ? group[0] : null };
  }

  /** The slots a filed slot stands for: itself and its identical copies. */
  standsFor(slot: number): readonly number[] {
    return this.groupOf.get(slot) ?? [slot];
  }

  /** The slot filed in the postings for this one (itself when it has no copies). */
  filedFor(slot: number): number {
    return this.groupOf.get(slot)?.[0] ?? slot;
  }

  private sameAs(slot: number, sample: Uint32Array, shingles: number): boolean {
    const other = this.samples.get(slot);
    if (!other || other.shingles !== shingles || other.sample.length !== sample.length) return false;
    for (let i = 0; i < sample.length; i++) if (other.sample[i] !== sample[i]) return false;
    return true;
  }
}

/** FNV-1a over the sample's hashes and the shingle count. */
function identityHash(sample: Uint32Array, shingles: number): number {
  let hash = 0x811c9dc5 ^ shingles;
  for (let i = 0; i < sample.length; i++) hash = Math.imul(hash ^ sample[i], 0x01000193);
  return hash >>> 0;
}
