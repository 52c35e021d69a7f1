import { encodeHashes } from './hash';
import {
  FINGERPRINT_VERSION,
  SAMPLE_LIMIT,
  SIBLING_RULE,
  compareViews,
  encodeWhere,
  upperBound,
  viewOf,
  type DocumentFingerprint,
  type SiblingRule,
  type SiblingScore,
} from './fingerprint';
import { IdenticalTexts } from './identicalTexts';
import { keptInFolder, linksThroughLineage } from './lineage';
import { PostingTable } from './postings';
import type { Relation, SampleView } from './relation';

/**
 * A key filed under more documents than this is a stock phrase ("contributed to this report"):
 * walking all of it would make every look-up slow, so it is used only when a text has more such
 * keys than rare ones, and then only its newest 1,000 documents. Identical copies of a text are
 * filed once (identicalTexts.ts), so a story run in a thousand copies does not make its own keys common.
 */
export const MAX_POSTINGS = 1000;

export interface SiblingMatch extends SiblingScore {
  id: string;
  /** For a version found through versions in between (A~B~C): the first text on the way. */
  via?: string;
}

/** `a` stands in `relation` to `b` ("a contains b"). */
export interface SiblingPair extends SiblingScore {
  a: string;
  b: string;
  via?: string;
}

/** A relation found, with `relation` set. */
export type SiblingRelation = SiblingPair & { relation: Relation };

/** How far `related` follows versions of versions, and how many it visits at most. */
const LINEAGE_DEPTH = 3;
const LINEAGE_LIMIT = 200;

/** What `toJSON` gives and `fromJSON` takes; safe to keep in workspace storage. */
export interface SerializedSiblingIndex {
  version: number;
  documents: Array<{ id: string; fingerprint: DocumentFingerprint }>;
}

/** One text of the index as a binary save keeps it: the record without its base64 sample, and the sample as numbers. */
export interface IndexRecord {
  id: string;
  fingerprint: Omit<DocumentFingerprint, 'sample' | 'where'>;
  view: SampleView;
}

interface Entry {
  id: string;
  view: SampleView;
  /** How many of the first sampled hashes are index keys (those below `SAMPLE_LIMIT`). */
  keys: number;
  fingerprint: Omit<DocumentFingerprint, 'sample' | 'where'>;
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
    return entry && serialize(entry);
  }

  /** Adds a text, replacing any earlier fingerprint under the same id. */
  add(id: string, fp: DocumentFingerprint): void {
    if (fp.version !== FINGERPRINT_VERSION) throw new Error(`fingerprint of ${id} has version ${fp.version}, expected ${FINGERPRINT_VERSION}`);
    this.remove(id);
    this.insert(id, fp, viewOf(fp));
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
    const { view, self } = this.resolve(target);
    const counts = this.candidateSlots(view.sample, self, -1);
    return [...counts].sort((x, y) => y[1] - x[1] || x[0] - y[0]).map(([slot]) => (this.entries[slot] as Entry).id);
  }

  /** The versions of `target` (an id in the index, or a fingerprint), best first. */
  siblingsOf(target: string | DocumentFingerprint): SiblingMatch[] {
    return this.directly(target, (relation) => relation === 'version');
  }

  /**
   * Every text related to `target`: its versions, then versions of those (`via` names the first
   * text on the way; a digest or a text sharing quotes is never a step), the digests it is part of
   * or the texts it contains, and the stories it shares quotes with. Versions first, then best first.
   */
  related(target: string | DocumentFingerprint): SiblingMatch[] {
    const scored = this.directly(target, () => true);
    const self = typeof target === 'string' ? target : undefined;
    const found = self ? this.keptInLineage(self, scored) : scored.filter((m) => m.relation !== null);
    const seen = new Set(found.map((m) => m.id));
    if (self) seen.add(self);
    let frontier = found.filter((m) => m.relation === 'version').map((m) => ({ id: m.id, via: m.id }));
    for (let depth = 1; depth < LINEAGE_DEPTH && frontier.length > 0 && seen.size < LINEAGE_LIMIT; depth++) {
      const next: typeof frontier = [];
      for (const step of frontier) {
        for (const match of this.keptInLineage(step.id, this.directly(step.id, () => true))) {
          if (match.relation !== 'version' || seen.has(match.id) || seen.size >= LINEAGE_LIMIT) continue;
          seen.add(match.id);
          const score = target === match.id ? match : this.compareWith(target, match.id);
          found.push({ ...score, relation: 'version', id: match.id, via: step.via });
          next.push({ id: match.id, via: step.via });
        }
      }
      frontier = next;
    }
    return found.sort((x, y) => RANK[x.relation ?? 'shares quotes'] - RANK[y.relation ?? 'shares quotes'] || Number(x.via !== undefined) - Number(y.via !== undefined) || y.containment - x.containment || y.similarity - x.similarity);
  }

  /**
   * The related texts of `scored` (all texts scored against `id`), with those that keep a paragraph
   * of `id` in its folder made versions when every text holding it is `id`, the other text, or a
   * version of either, judged directly (lineage.ts; `relations` checks whole groups).
   */
  private keptInLineage(id: string, scored: readonly SiblingMatch[]): SiblingMatch[] {
    const itemsOf = (other: string): number => this.itemsOf(other);
    const weak = new Set(scored.filter((m) => keptInFolder(id, m.id, m, m.relation, itemsOf(id), itemsOf(m.id))).map((m) => m.id));
    if (weak.size > 0) {
      const ours = new Set([id, ...scored.filter((m) => m.relation === 'version').map((m) => m.id)]);
      for (const other of weak) {
        const held = this.holdersOfShared(id, other);
        const theirs = new Set([other, ...this.directly(other, (relation) => relation === 'version').map((m) => m.id)]);
        if (held === null || held.length === 0 || !held.every((holder) => ours.has(holder) || theirs.has(holder))) weak.delete(other);
      }
    }
    return scored.flatMap((m): SiblingMatch[] => (weak.has(m.id) ? [{ ...m, relation: 'version' }] : m.relation === null ? [] : [m]));
  }

  /** Every pair of versions in the index, in the order added (no versions of versions). */
  pairs(): SiblingPair[] {
    return this.directPairs((relation) => relation === 'version');
  }

  /**
   * Every related pair: versions, versions through versions in between (`via`; all pairs of one
   * group of versions, see `groupVersions`), `contains` / `part of`, and `shares quotes`.
   */
  relations(): SiblingRelation[] {
    // The related pairs, and those that may be versions through lineage (not every candidate: there may be millions).
    const scored = this.directPairs(undefined, (a, b, score) => keptInFolder(a.id, b.id, score, score.relation, a.view.items, b.view.items));
    const groupOf = new Map<string, number>();
    groupVersions(scored.filter((p) => p.relation !== null)).forEach((group, g) => group.forEach((id) => groupOf.set(id, g)));
    // Write-throughs keeping one paragraph of an earlier version in the same folder (lineage.ts).
    const lineage = new Set(linksThroughLineage(scored, groupOf, (id) => this.itemsOf(id), (a, b) => this.holdersOfShared(a, b)));
    const direct = scored.flatMap((p, k): SiblingRelation[] => (lineage.has(k) ? [{ ...p, relation: 'version' }] : p.relation === null ? [] : [p as SiblingRelation]));
    groupOf.clear();
    const groups = groupVersions(direct);
    groups.forEach((group, g) => group.forEach((id) => groupOf.set(id, g)));
    // Within a group of versions every pair is a version: a direct pair judged otherwise (two
    // write-throughs far apart that share only a quotation) is one through the versions in between.
    const inOneGroup = (p: SiblingPair): boolean => groupOf.has(p.a) && groupOf.get(p.a) === groupOf.get(p.b);
    const out = direct.filter((p) => p.relation === 'version' || !inOneGroup(p));
    const linked = new Set(direct.filter((p) => p.relation === 'version').map((p) => pairKey(p.a, p.b)));
    const neighbours = new Map<string, string[]>();
    for (const { a, b, relation } of direct) {
      if (relation !== 'version') continue;
      neighbours.set(a, [...(neighbours.get(a) ?? []), b]);
      neighbours.set(b, [...(neighbours.get(b) ?? []), a]);
    }
    for (const group of groups) {
      const order = new Map(group.map((id, k) => [id, k]));
      for (const from of group) {
        // Breadth first from `from`: the first step on the shortest way to each member.
        const via = new Map<string, string>();
        let frontier = (neighbours.get(from) ?? []).map((id) => (via.set(id, id), id));
        while (frontier.length > 0) {
          const next: string[] = [];
          for (const id of frontier) {
            for (const other of neighbours.get(id) ?? []) {
              if (other === from || via.has(other)) continue;
              via.set(other, via.get(id) as string);
              next.push(other);
            }
          }
          frontier = next;
        }
        for (const [to, step] of via) {
          if ((order.get(to) as number) <= (order.get(from) as number) || linked.has(pairKey(from, to))) continue;
          out.push({ ...this.compareWith(from, to), relation: 'version', a: from, b: to, via: step });
        }
      }
    }
    return out;
  }

  private itemsOf(id: string): number {
    return (this.entries[this.slotOf.get(id) as number] as Entry).view.items;
  }

  /** The texts holding an index key that both `a` and `b` hold (a common key's first 1,000), or null when they share none. */
  private holdersOfShared(a: string, b: string): string[] | null {
    const sampleA = (this.entries[this.slotOf.get(a) as number] as Entry).view.sample;
    const sampleB = (this.entries[this.slotOf.get(b) as number] as Entry).view.sample;
    const holders = new Set<string>();
    let shared = 0;
    for (let i = 0, j = 0; i < sampleA.length && j < sampleB.length && sampleA[i] <= SAMPLE_LIMIT && sampleB[j] <= SAMPLE_LIMIT; ) {
      if (sampleA[i] === sampleB[j]) {
        shared++;
        this.postings.forEach(sampleA[i], (filed) => {
          for (const slot of this.identical.standsFor(filed)) holders.add((this.entries[slot] as Entry).id);
        }, MAX_POSTINGS);
        i++;
        j++;
      } else if (sampleA[i] < sampleB[j]) i++;
      else j++;
    }
    return shared === 0 ? null : [...holders];
  }

  /** Scores two texts of the index, or a fingerprint with a text of the index. */
  private compareWith(target: string | DocumentFingerprint, id: string): SiblingScore {
    const { view } = this.resolve(target);
    return compareViews(view, (this.entries[this.slotOf.get(id) as number] as Entry).view, this.rule);
  }

  /** The texts directly related to `target`, each with its relation seen from `target`. */
  private directly(target: string | DocumentFingerprint, keep: (relation: Relation | null) => boolean = (relation) => relation !== null): SiblingMatch[] {
    const { view, self } = this.resolve(target);
    const matches: SiblingMatch[] = [];
    for (const slot of this.candidateSlots(view.sample, self, -1).keys()) {
      const entry = this.entries[slot] as Entry;
      const score = compareViews(view, entry.view, this.rule);
      if (keep(score.relation)) matches.push({ id: entry.id, ...score });
    }
    return matches.sort((x, y) => RANK[x.relation as Relation] - RANK[y.relation as Relation] || y.containment - x.containment || y.similarity - x.similarity);
  }

  /** Every pair sharing an index key, scored, related or not (for evaluation), in the order added. */
  candidatePairs(): SiblingPair[] {
    return this.directPairs(() => true);
  }

  /** Every pair whose relation `keep` accepts (by default, every related pair), in the order added. */
  private directPairs(keep: (relation: Relation | null) => boolean = (relation) => relation !== null, alsoKeep?: (a: Entry, b: Entry, score: SiblingScore) => boolean): SiblingPair[] {
    const pairs: SiblingPair[] = [];
    this.entries.forEach((entry, slot) => {
      if (!entry) return;
      const found: Array<[number, SiblingScore]> = [];
      // Identical copies score alike: one score per group of copies, not one per copy.
      const scoreOfCopies = new Map<number, SiblingScore>();
      for (const other of this.candidateSlots(entry.view.sample, slot, slot).keys()) {
        const copies = this.identical.filedFor(other);
        const score = scoreOfCopies.get(copies) ?? compareViews(entry.view, (this.entries[other] as Entry).view, this.rule);
        scoreOfCopies.set(copies, score);
        if (keep(score.relation) || alsoKeep?.(entry, this.entries[other] as Entry, score)) found.push([other, score]);
      }
      found.sort((x, y) => x[0] - y[0]);
      for (const [other, score] of found) pairs.push({ a: entry.id, b: (this.entries[other] as Entry).id, ...score });
    });
    return pairs;
  }

  toJSON(): SerializedSiblingIndex {
    const documents: SerializedSiblingIndex['documents'] = [];
    for (const entry of this.entries) {
      if (entry) documents.push({ id: entry.id, fingerprint: serialize(entry) });
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
    const views = current.map(({ fingerprint }) => viewOf(fingerprint));
    // One table of the right size rather than one grown step by step.
    index.postings = new PostingTable(views.reduce((sum, view) => sum + upperBound(view.sample, SAMPLE_LIMIT), 0));
    current.forEach(({ id, fingerprint }, i) => {
      index.remove(id);
      index.insert(id, fingerprint, views[i]);
    });
    return index;
  }

  /** Every text as an `IndexRecord`, in the order added (for indexStore.ts). */
  *records(): IterableIterator<IndexRecord> {
    for (const entry of this.entries) if (entry) yield { id: entry.id, fingerprint: entry.fingerprint, view: entry.view };
  }

  /** An empty index whose posting table already holds room for `records` (to be added with `addRecord`). */
  static sizedFor(records: readonly IndexRecord[], rule: SiblingRule = SIBLING_RULE): SiblingIndex {
    const index = new SiblingIndex(rule);
    index.postings = new PostingTable(records.reduce((sum, { view }) => sum + upperBound(view.sample, SAMPLE_LIMIT), 0));
    return index;
  }

  /** Adds a text from `records()` of this fingerprint version, its sample used as it is. */
  addRecord({ id, fingerprint, view }: IndexRecord): void {
    this.remove(id);
    this.insert(id, fingerprint, view);
  }

  /** Bytes of the samples and the posting table: the index's main memory (for the benchmark). */
  get byteLength(): number {
    let bytes = this.postings.byteLength;
    for (const entry of this.entries) bytes += entry ? entry.view.sample.byteLength + entry.view.where.byteLength : 0;
    return bytes;
  }

  private insert(id: string, fp: Entry['fingerprint'] & Partial<DocumentFingerprint>, view: SampleView): void {
    const keys = upperBound(view.sample, SAMPLE_LIMIT);
    const slot = this.entries.length;
    const { sample: _sample, where: _where, ...fingerprint } = fp;
    this.entries.push({ id, view, keys, fingerprint });
    this.slotOf.set(id, slot);
    if (this.identical.join(slot, view.sample, fp.shingles)) this.file(slot);
  }

  /** Files a text's keys in the postings (for itself and its identical copies). */
  private file(slot: number): void {
    const entry = this.entries[slot] as Entry;
    for (let i = 0; i < entry.keys; i++) this.postings.add(entry.view.sample[i], slot);
  }

  private resolve(target: string | DocumentFingerprint): { view: SampleView; self: number } {
    if (typeof target !== 'string') return { view: viewOf(target), self: -1 };
    const slot = this.slotOf.get(target);
    if (slot === undefined) throw new Error(`not in the index: ${target}`);
    return { view: (this.entries[slot] as Entry).view, self: slot };
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
      if (this.identical.join(slot, entry.view.sample, entry.fingerprint.shingles)) this.file(slot);
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

/** Groups of versions only: a digest or a text sharing quotes never joins two stories. */
export function groupVersions(pairs: ReadonlyArray<{ a: string; b: string; relation?: Relation | null }>, order?: readonly string[]): string[][] {
  return groupSiblings(pairs.filter((pair) => pair.relation === undefined || pair.relation === 'version'), order);
}

const RANK: Record<Relation, number> = { version: 0, contains: 1, 'part of': 1, 'shares quotes': 2 };

function pairKey(a: string, b: string): string {
  return a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
}

function serialize(entry: Entry): DocumentFingerprint {
  return { ...entry.fingerprint, sample: encodeHashes(entry.view.sample), where: encodeWhere(entry.view.where) };
}
