import { encodeHashes } from './hash';
import {
  FINGERPRINT_VERSION,
  SAMPLE_LIMIT,
  SIBLING_RULE,
  isSibling,
  sampleOf,
  scoreSamples,
  upperBound,
  type DocumentFingerprint,
  type SiblingRule,
  type SiblingScore,
} from './fingerprint';
import { IdenticalTexts } from './identicalTexts';
import { PostingTable } from './postings';

/**
 * A key filed under more documents than this is a stock phrase ("contributed to this report"):
 * walking all of it would make every look-up slow, so it is used only when a text has more such
 * keys than rare ones, and then only its newest 1,000 documents. Identical copies of a text are
 * filed once (identicalTexts.ts), so a story run in a thousand copies does not make its own keys common.
 */
export const MAX_POSTINGS = 1000;

export interface SiblingMatch extends SiblingScore {
  id: string;
}

export interface SiblingPair extends SiblingScore {
  a: string;
  b: string;
}

/** What `toJSON` gives and `fromJSON` takes; safe to keep in workspace storage. */
export interface SerializedSiblingIndex {
  version: number;
  documents: Array<{ id: string; fingerprint: DocumentFingerprint }>;
}

interface Entry {
  id: string;
  sample: Uint32Array;
  /** How many of the first sampled hashes are index keys (those below `SAMPLE_LIMIT`). */
  keys: number;
  fingerprint: Omit<DocumentFingerprint, 'sample'>;
}

/**
 * Fingerprints of many texts, with a look-up of the texts that are versions of a given one.
 * Candidates come from an inverted index over the sampled hashes below `SAMPLE_LIMIT`, one
 * shingle in eight (sub-linear: only texts sharing a key are touched); each is then scored from
 * the two stored samples. Memory: the samples (about 1 KB a story) and ~12 bytes a key.
 */
export class SiblingIndex {
  private readonly slotOf = new Map<string, number>();
  private entries: Array<Entry | undefined> = [];
  private postings = new PostingTable();
  private identical = new IdenticalTexts();
  private deadPostings = 0;

  constructor(private readonly rule: SiblingRule = SIBLING_RULE) {}

  get size(): number {
    return this.slotOf.size;
  }

  has(id: string): boolean {
    return this.slotOf.has(id);
  }

  ids(): string[] {
    return [...this.slotOf.keys()];
  }

  get(id: string): DocumentFingerprint | undefined {
    const slot = this.slotOf.get(id);
    const entry = slot === undefined ? undefined : this.entries[slot];
    return entry && { ...entry.fingerprint, sample: encodeHashes(entry.sample) };
  }

  /** Adds a text, replacing any earlier fingerprint under the same id. */
  add(id: string, fp: DocumentFingerprint): void {
    if (fp.version !== FINGERPRINT_VERSION) throw new Error(`fingerprint of ${id} has version ${fp.version}, expected ${FINGERPRINT_VERSION}`);
    this.remove(id);
    this.insert(id, fp, sampleOf(fp));
  }

  remove(id: string): boolean {
    const slot = this.slotOf.get(id);
    if (slot === undefined) return false;
    const { filed, successor } = this.identical.leave(slot);
    if (filed) this.deadPostings += this.entries[slot]?.keys ?? 0;
    if (successor !== null) this.file(successor);
    this.entries[slot] = undefined;
    this.slotOf.delete(id);
    if (this.deadPostings > 1024 && this.deadPostings * 2 > this.postings.size) this.compact();
    return true;
  }

  /** Ids of the texts that share an index key with `target`, most shared keys first. */
  candidates(target: string | DocumentFingerprint): string[] {
    const { sample, self } = this.resolve(target);
    const counts = this.candidateSlots(sample, self, -1);
    return [...counts].sort((x, y) => y[1] - x[1] || x[0] - y[0]).map(([slot]) => (this.entries[slot] as Entry).id);
  }

  /**
   * The versions of `target` (an id in the index, or a fingerprint), best first. `rule` overrides
   * the decision, e.g. `{ minContainment: 0, minShared: 0, fewShared: 0, fewSharedContainment: 0, minMatches: 1 }` to score every candidate.
   */
  siblingsOf(target: string | DocumentFingerprint, rule: SiblingRule = this.rule): SiblingMatch[] {
    const { sample, shingles, self } = this.resolve(target);
    const matches: SiblingMatch[] = [];
    for (const slot of this.candidateSlots(sample, self, -1).keys()) {
      const entry = this.entries[slot] as Entry;
      const score = scoreSamples(sample, shingles, entry.sample, entry.fingerprint.shingles);
      if (isSibling(score, rule)) matches.push({ id: entry.id, ...score });
    }
    return matches.sort((x, y) => y.containment - x.containment || y.similarity - x.similarity);
  }

  /** Every pair of texts in the index judged to be versions of one story, in the order added. */
  pairs(rule: SiblingRule = this.rule): SiblingPair[] {
    const pairs: SiblingPair[] = [];
    this.entries.forEach((entry, slot) => {
      if (!entry) return;
      const found: Array<[number, SiblingScore]> = [];
      // Identical copies score alike: one score per group of copies, not one per copy.
      const scoreOfCopies = new Map<number, SiblingScore>();
      for (const other of this.candidateSlots(entry.sample, slot, slot).keys()) {
        const candidate = this.entries[other] as Entry;
        const copies = this.identical.filedFor(other);
        const score = scoreOfCopies.get(copies) ?? scoreSamples(entry.sample, entry.fingerprint.shingles, candidate.sample, candidate.fingerprint.shingles);
        scoreOfCopies.set(copies, score);
        if (isSibling(score, rule)) found.push([other, score]);
      }
      found.sort((x, y) => x[0] - y[0]);
      for (const [other, score] of found) pairs.push({ a: entry.id, b: (this.entries[other] as Entry).id, ...score });
    });
    return pairs;
  }

  toJSON(): SerializedSiblingIndex {
    const documents: SerializedSiblingIndex['documents'] = [];
    for (const entry of this.entries) {
      if (entry) documents.push({ id: entry.id, fingerprint: { ...entry.fingerprint, sample: encodeHashes(entry.sample) } });
    }
    return { version: FINGERPRINT_VERSION, documents };
  }

  /**
   * Rebuilds an index from `toJSON` output. Records of another fingerprint version are left out
   * (their texts must be fingerprinted again): compare `ids()` with the files to find them.
   */
  static fromJSON(data: SerializedSiblingIndex, rule: SiblingRule = SIBLING_RULE): SiblingIndex {
    const index = new SiblingIndex(rule);
    if (data.version !== FINGERPRINT_VERSION) return index;
    const current = data.documents.filter(({ fingerprint }) => fingerprint.version === FINGERPRINT_VERSION);
    const samples = current.map(({ fingerprint }) => sampleOf(fingerprint));
    // One table of the right size rather than one grown step by step.
    index.postings = new PostingTable(samples.reduce((sum, sample) => sum + upperBound(sample, SAMPLE_LIMIT), 0));
    current.forEach(({ id, fingerprint }, i) => {
      index.remove(id);
      index.insert(id, fingerprint, samples[i]);
    });
    return index;
  }

  /** Bytes of the samples and the posting table: the index's main memory (for the benchmark). */
  get byteLength(): number {
    let bytes = this.postings.byteLength;
    for (const entry of this.entries) bytes += entry ? entry.sample.byteLength : 0;
    return bytes;
  }

  private insert(id: string, fp: DocumentFingerprint, sample: Uint32Array): void {
    const keys = upperBound(sample, SAMPLE_LIMIT);
    const slot = this.entries.length;
    const { sample: _encoded, ...fingerprint } = fp;
    this.entries.push({ id, sample, keys, fingerprint });
    this.slotOf.set(id, slot);
    if (this.identical.join(slot, sample, fp.shingles)) this.file(slot);
  }

  /** Files a text's keys in the postings (for itself and its identical copies). */
  private file(slot: number): void {
    const entry = this.entries[slot] as Entry;
    for (let i = 0; i < entry.keys; i++) this.postings.add(entry.sample[i], slot);
  }

  private resolve(target: string | DocumentFingerprint): { sample: Uint32Array; shingles: number; self: number } {
    if (typeof target !== 'string') return { sample: sampleOf(target), shingles: target.shingles, self: -1 };
    const slot = this.slotOf.get(target);
    if (slot === undefined) throw new Error(`not in the index: ${target}`);
    const entry = this.entries[slot] as Entry;
    return { sample: entry.sample, shingles: entry.fingerprint.shingles, self: slot };
  }

  /** Live slots above `after` sharing an index key with `sample`, with how many keys they share. */
  private candidateSlots(sample: Uint32Array, self: number, after: number): Map<number, number> {
    const counts = new Map<number, number>();
    const keys = upperBound(sample, SAMPLE_LIMIT);
    const found: number[] = [];
    const common: number[] = [];
    const count = (): void => {
      for (const filed of found) {
        for (const slot of this.identical.standsFor(filed)) {
          if (slot !== self && slot > after && this.entries[slot]) counts.set(slot, (counts.get(slot) ?? 0) + 1);
        }
      }
    };
    for (let i = 0; i < keys; i++) {
      found.length = 0;
      if (this.postings.forEach(sample[i], (slot) => found.push(slot), MAX_POSTINGS + 1) > MAX_POSTINGS) common.push(sample[i]);
      else count();
    }
    // A text made mostly of common keys is still looked up through them, a capped walk each.
    if (common.length > keys - common.length) {
      for (const key of common) {
        found.length = 0;
        this.postings.forEach(key, (slot) => found.push(slot), MAX_POSTINGS);
        count();
      }
    }
    return counts;
  }

  private compact(): void {
    const live = this.entries.filter((entry): entry is Entry => entry !== undefined);
    this.entries = [];
    this.slotOf.clear();
    this.postings = new PostingTable(live.reduce((sum, entry) => sum + entry.keys, 0));
    this.identical = new IdenticalTexts();
    this.deadPostings = 0;
    for (const entry of live) {
      const slot = this.entries.length;
      this.entries.push(entry);
      this.slotOf.set(entry.id, slot);
      if (this.identical.join(slot, entry.sample, entry.fingerprint.shingles)) this.file(slot);
    }
  }
}

/**
 * Groups of versions: the connected components of the sibling pairs. With `order`, members
 * follow it (e.g. the files as given) and groups follow their first member; otherwise both
 * follow first appearance in `pairs`.
 */
export function groupSiblings(pairs: ReadonlyArray<{ a: string; b: string }>, order?: readonly string[]): string[][] {
  const parent = new Map<string, string>();
  const find = (id: string): string => {
    let root = id;
    while (parent.get(root) !== root) root = parent.get(root) as string;
    for (let node = id; node !== root; ) {
      const up = parent.get(node) as string;
      parent.set(node, root);
      node = up;
    }
    return root;
  };
  for (const { a, b } of pairs) {
    if (!parent.has(a)) parent.set(a, a);
    if (!parent.has(b)) parent.set(b, b);
    const rootA = find(a);
    const rootB = find(b);
    if (rootA !== rootB) parent.set(rootB, rootA);
  }
  const rank = new Map<string, number>();
  (order ?? [...parent.keys()]).forEach((id, i) => rank.set(id, rank.get(id) ?? i));
  const byRank = (x: string, y: string): number => (rank.get(x) ?? Infinity) - (rank.get(y) ?? Infinity) || x.localeCompare(y);
  const groups = new Map<string, string[]>();
  for (const id of [...parent.keys()].sort(byRank)) {
    const root = find(id);
    const group = groups.get(root);
    if (group) group.push(id);
    else groups.set(root, [id]);
  }
  return [...groups.values()];
}
