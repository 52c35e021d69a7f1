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
  type FingerprintParts,
  type SiblingRule,
  type SiblingScore,
} from './fingerprint';
import { IdenticalTexts } from './identicalTexts';
import { keptInFolder, LINEAGE_RULE, linksThroughLineage } from './lineage';
import { PostingTable, type PackedPostings } from './postings';
import type { Relation, SampleView } from './relation';
import { MemorySampleStore, type SampleStore } from './sampleStore';
import { FirstCount } from './firstCount';
import { mayBeRelated, mayBeVersion } from './scoreFloor';
import { SlotTable } from './slotTable';

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
/** Texts `allVersionsOf` scores one by one at most; past them, it scores the other text's candidates. */
const FEW_TO_SCORE = 16;
/** Texts loaded between two pauses of `restoring`. */
const RESTORE_SLICE = 2000;

/** One text of the index as a binary save keeps it: the record without its base64 sample, and the sample as numbers. */
export interface IndexRecord extends FingerprintParts {
  id: string;
}

/** What a store keeps of an index (`savedForm`, `restoring`). */
export interface SavedIndex {
  records: IndexRecord[];
  /** Slots in the order their keys were filed, or null when the postings were not saved. */
  filed: Int32Array | null;
  postings: PackedPostings | null;
}

/** One text of `savedForm`: its id and counts, and the lengths of its sample and of its labels (read with `readAt`). */
export interface SavedRecord {
  id: string;
  counts: Pick<DocumentFingerprint, 'words' | 'paragraphs' | 'shingles' | 'items'>;
  hashes: number;
  /** Bytes of its labels as JSON, `[headline, date, dateline]`. */
  labelBytes: number;
}

/**
 * `SavedIndex` as `savedForm` gives it: each text's sample and labels (the JSON bytes of
 * `[headline, date, dateline]`) read only when written, in one read (`readAt`, by the record's
 * place; valid until the next `readAt`: copy them out).
 */
export interface SavingIndex {
  records: SavedRecord[];
  readAt(record: number): { view: SampleView; labels: Uint8Array };
  filed: Int32Array | null;
  postings: PackedPostings | null;
}

/**
 * Fingerprints of many texts, with a look-up of the texts that are versions of a given one.
 * Candidates come from an inverted index over the sampled hashes below `SAMPLE_LIMIT`, one
 * shingle in eight (sub-linear: only texts sharing a key are touched); each is then read once and
 * scored from the two stored samples, after a first count of the hashes they share (firstCount.ts)
 * has dropped those that cannot be kept (scoreFloor.ts: most share a stock phrase or a quoted
 * sentence and no more; the answers are the same). Memory, in typed arrays (slotTable.ts, postings.ts): about 4 bytes a
 * key and 40 a text, besides the ids; the samples (6 bytes a sampled shingle, about 1.5 KB a
 * story) and labels sit in a `SampleStore`: in memory by default, or in a file outside the heap,
 * read back only for the candidates scored and the fingerprints asked for.
 */
export class SiblingIndex {
  private readonly slotOf = new Map<string, number>();
  /** Slot → id; undefined once the text is removed. */
  private idOf: Array<string | undefined> = [];
  private table: SlotTable;
  /** Slots filed in the postings, in the order filed (removed ones too, until compaction). */
  private filed = new Int32Array(64);
  private filedCount = 0;
  private postings = new PostingTable();
  private identical = this.newIdentical();
  private deadPostings = 0;
  /** Saves under way (`savedForm`): they read the table, so it is not compacted meanwhile. */
  private saving = 0;
  /** Keys shared with the text looked up, by slot, while candidates are gathered (all 0 between look-ups). */
  private sharedKeys = new Uint16Array(0);
  /** The slots counted in `sharedKeys`, in the order first met. */
  private met = new Int32Array(64);
  /** One key's postings during a look-up. */
  private readonly found = new Int32Array(MAX_POSTINGS + 1);
  /** Whether a candidate may be a version, or anything `related` lists, from a first count (scoreFloor.ts). */
  private readonly mayBe: { version: MayBe; related: MayBe };
  private readonly firstCount = new FirstCount();

  /**
   * `samples` is where the texts' samples are kept (in memory unless given); `close` lets go of it.
   * `scoreEveryCandidate` scores each candidate of a look-up in full, with none dropped on its first
   * count (scoreFloor.ts), and takes no short cut through lineage (`allVersionsOf`): the same
   * answers, slower; for tests and measurements.
   */
  constructor(
    private readonly rule: SiblingRule = SIBLING_RULE,
    samples: SampleStore = new MemorySampleStore(),
    private readonly options: { scoreEveryCandidate?: boolean } = {},
  ) {
    this.table = new SlotTable(samples);
    this.mayBe = { version: (first, a, b) => mayBeVersion(first, a, b, rule), related: (first, a, b) => mayBeRelated(first, a, b, rule, LINEAGE_RULE) };
  }

  /** Lets go of the sample store (a file store removes its file); the index is not used again. */
  close(): void {
    this.table.samples.close();
  }

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
    return slot === undefined ? undefined : this.fingerprintAt(slot);
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
    if (filed) this.deadPostings += this.keysOf(slot);
    if (successor !== null) this.file(successor, this.table.sample(successor));
    this.idOf[slot] = undefined;
    this.table.deadHashes += this.table.sampleLength(slot);
    this.slotOf.delete(id);
    if (this.saving === 0 && this.deadPostings > 1024 && this.deadPostings * 2 > this.postings.size) this.compact();
    return true;
  }

  /** Ids of the texts that share an index key with `target`, most shared keys first. */
  candidates(target: string | DocumentFingerprint): string[] {
    const { view, self } = this.resolve(target);
    const { slots, shared } = this.candidateSlots(view.sample, self, -1);
    const order = Array.from(slots.keys()).sort((x, y) => shared[y] - shared[x] || slots[x] - slots[y]);
    return order.map((k) => this.idOf[slots[k]] as string);
  }

  /** The versions of `target` (an id in the index, or a fingerprint), best first. */
  siblingsOf(target: string | DocumentFingerprint): SiblingMatch[] {
    return this.directly(target, (relation) => relation === 'version', this.mayBe.version);
  }
  /**
   * Every text related to `target`: its versions, then versions of those (`via` names the first
   * text on the way; a digest or a text sharing quotes is never a step), the digests it is part of
   * or the texts it contains, and the stories it shares quotes with. Versions first, then best first.
   */
  related(target: string | DocumentFingerprint): SiblingMatch[] {
    const scored = this.directly(target, () => true, this.mayBe.related);
    const self = typeof target === 'string' ? target : undefined;
    const found = self ? this.keptInLineage(self, scored) : scored.filter((m) => m.relation !== null);
    const seen = new Set(found.map((m) => m.id));
    if (self) seen.add(self);
    let frontier = found.filter((m) => m.relation === 'version').map((m) => ({ id: m.id, via: m.id }));
    for (let depth = 1; depth < LINEAGE_DEPTH && frontier.length > 0 && seen.size < LINEAGE_LIMIT; depth++) {
      const next: typeof frontier = [];
      for (const step of frontier) {
        for (const match of this.keptInLineage(step.id, this.directly(step.id, () => true, this.mayBe.related))) {
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
        if (held === null || held.length === 0 || !this.allVersionsOf(other, held.filter((holder) => holder !== other && !ours.has(holder)))) weak.delete(other);
      }
    }
    return scored.flatMap((m): SiblingMatch[] => (weak.has(m.id) ? [{ ...m, relation: 'version' }] : m.relation === null ? [] : [m]));
  }

  /**
   * Whether every text of `ids` is a version of `other`, as `directly` finds them. The first few
   * are scored one by one (a candidate of `other` judged a version), so that one that is not ends
   * the test early; when those all are and more are left, `other`'s candidates are scored.
   */
  private allVersionsOf(other: string, ids: readonly string[]): boolean {
    if (ids.length === 0) return true;
    if (this.options.scoreEveryCandidate !== true) {
      const { view, self } = this.resolve(other);
      const candidates = new Set(this.candidateSlots(view.sample, self, -1).slots);
      const isVersion = (id: string): boolean => {
        const slot = this.slotOf.get(id) as number;
        return candidates.has(slot) && compareViews(view, this.table.peek(slot), this.rule).relation === 'version';
      };
      if (!ids.slice(0, FEW_TO_SCORE).every(isVersion)) return false;
      if (ids.length <= FEW_TO_SCORE) return true;
    }
    const versions = new Set(this.directly(other, (relation) => relation === 'version', this.mayBe.version).map((m) => m.id));
    return ids.every((id) => versions.has(id));
  }

  /** Every pair of versions in the index, in the order added (no versions of versions). */
  pairs(): SiblingPair[] {
    return this.directPairs((relation) => relation === 'version', undefined, this.mayBe.version);
  }

  /**
   * Every related pair: versions, versions through versions in between (`via`; all pairs of one
   * group of versions, see `groupVersions`), `contains` / `part of`, and `shares quotes`.
   */
  relations(): SiblingRelation[] {
    // The related pairs, and those that may be versions through lineage (not every candidate: there may be millions).
    const scored = this.directPairs(undefined, (a, b, score) => keptInFolder(a.id, b.id, score, score.relation, a.items, b.items), this.mayBe.related);
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
    return this.table.columns.items[this.slotOf.get(id) as number];
  }

  /** The texts holding an index key that both `a` and `b` hold (a common key's first 1,000), or null when they share none. */
  private holdersOfShared(a: string, b: string): string[] | null {
    const sampleA = this.table.sample(this.slotOf.get(a) as number);
    const sampleB = this.table.sample(this.slotOf.get(b) as number);
    const holders = new Set<string>();
    let shared = 0;
    for (let i = 0, j = 0; i < sampleA.length && j < sampleB.length && sampleA[i] <= SAMPLE_LIMIT && sampleB[j] <= SAMPLE_LIMIT; ) {
      if (sampleA[i] === sampleB[j]) {
        shared++;
        this.postings.forEach(sampleA[i], (filed) => {
          this.identical.forEachStandIn(filed, (slot) => holders.add(this.idOf[slot] as string));
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
    return compareViews(view, this.table.view(this.slotOf.get(id) as number), this.rule);
  }

  /**
   * The texts directly related to `target`, each with its relation seen from `target`. A candidate
   * `mayBe` refuses on a first count is not scored in full: `keep` must refuse every such pair.
   */
  private directly(target: string | DocumentFingerprint, keep: (relation: Relation | null) => boolean, mayBe: MayBe): SiblingMatch[] {
    const { view, self } = this.resolve(target);
    const matches: SiblingMatch[] = [];
    const everyCandidate = this.options.scoreEveryCandidate === true;
    this.firstCount.lookUp(view);
    for (const slot of this.candidateSlots(view.sample, self, -1).slots) {
      // Read into reused space: the comparison keeps nothing of it.
      const other = this.table.peek(slot);
      if (!everyCandidate && !mayBe(this.firstCount.count(other), view, other)) continue;
      const score = compareViews(view, other, this.rule);
      if (keep(score.relation)) matches.push({ id: this.idOf[slot] as string, ...score });
    }
    return matches.sort((x, y) => RANK[x.relation as Relation] - RANK[y.relation as Relation] || y.containment - x.containment || y.similarity - x.similarity);
  }

  /** Every pair sharing an index key, scored, related or not (for evaluation), in the order added. */
  candidatePairs(): SiblingPair[] {
    return this.directPairs(() => true, undefined, null);
  }

  /**
   * Every pair whose relation `keep` (or `alsoKeep`) accepts, in the order added. A pair `mayBe`
   * refuses on a first count is not scored in full (null: every pair is): both must refuse it.
   */
  private directPairs(keep: (relation: Relation | null) => boolean = (relation) => relation !== null, alsoKeep: ((a: { id: string; items: number }, b: { id: string; items: number }, score: SiblingScore) => boolean) | undefined, mayBe: MayBe | null): SiblingPair[] {
    const pairs: SiblingPair[] = [];
    const firstCounts = mayBe !== null && this.options.scoreEveryCandidate !== true;
    for (let slot = 0; slot < this.table.length; slot++) {
      const id = this.idOf[slot];
      if (id === undefined) continue;
      const view = this.table.view(slot);
      if (firstCounts) this.firstCount.lookUp(view);
      const found: Array<[number, SiblingScore]> = [];
      // Identical copies score alike: one score per group of copies (null when dropped on its first count), not one per copy.
      const scoreOfCopies = new Map<number, SiblingScore | null>();
      for (const other of this.candidateSlots(view.sample, slot, slot).slots) {
        const copies = this.identical.filedFor(other);
        let score = scoreOfCopies.get(copies);
        if (score === undefined) {
          // Read into reused space: the comparison keeps nothing of it.
          const otherView = this.table.peek(other);
          score = firstCounts && !(mayBe as MayBe)(this.firstCount.count(otherView), view, otherView) ? null : compareViews(view, otherView, this.rule);
          scoreOfCopies.set(copies, score);
        }
        if (score === null) continue;
        if (keep(score.relation) || alsoKeep?.({ id, items: view.items }, { id: this.idOf[other] as string, items: this.table.columns.items[other] }, score)) found.push([other, score]);
      }
      found.sort((x, y) => x[0] - y[0]);
      for (const [other, score] of found) pairs.push({ a: id, b: this.idOf[other] as string, ...score });
    }
    return pairs;
  }

  /** One text as an `IndexRecord`, or undefined when it is not in the index. */
  record(id: string): IndexRecord | undefined {
    const slot = this.slotOf.get(id);
    return slot === undefined ? undefined : { id, fingerprint: this.metadataAt(slot), view: this.table.view(slot) };
  }

  /**
   * The texts `kept` accepts, as a store saves them (indexStore.ts): their records in the order
   * added, each sample and its labels read when asked for (`readAt`) and, when every text is kept, the posting
   * table packed for them and the order their keys were filed in (slots counted among the kept
   * texts), so that loading need not refile. In steps (a `yield` every few thousand texts); the
   * index may change between them, but is not compacted until `done` is called.
   */
  *savedForm(kept: (id: string) => boolean): Generator<void, SavingIndex & { done(): void }, void> {
    const table = this.table;
    this.saving++;
    let open = true;
    const done = (): void => {
      if (open) this.saving--;
      open = false;
    };
    try {
      const records: SavedRecord[] = [];
      const slots: number[] = [];
      const renumbered = new Int32Array(table.length).fill(-1);
      for (let slot = 0; slot < table.length; slot++) {
        const id = this.idOf[slot];
        if (id === undefined || !kept(id)) continue;
        renumbered[slot] = records.length;
        slots.push(slot);
        const { words, paragraphs, shingles, items } = table.columns;
        records.push({ id, counts: { words: words[slot], paragraphs: paragraphs[slot], shingles: shingles[slot], items: items[slot] }, hashes: table.sampleLength(slot), labelBytes: table.labelBytes(slot) });
      }
      const readAt = (record: number): { view: SampleView; labels: Uint8Array } => table.whole(slots[record]);
      if (records.length !== this.size) return { records, readAt, filed: null, postings: null, done };
      const filed: number[] = [];
      for (let i = 0; i < this.filedCount; i++) if (this.idOf[this.filed[i]] !== undefined) filed.push(renumbered[this.filed[i]]);
      yield;
      const postings = yield* this.postings.packing(renumbered);
      return { records, readAt, filed: Int32Array.from(filed), postings, done };
    } catch (error) {
      done();
      throw error;
    }
  }

  /** An index of saved records (`savedForm`), with their packed postings when saved, else filed anew; in steps. */
  static *restoring({ records, filed, postings }: SavedIndex, rule: SiblingRule = SIBLING_RULE, samples?: SampleStore): Generator<void, SiblingIndex, void> {
    const index = new SiblingIndex(rule, samples);
    if (!filed || !postings) {
      for (let i = 0; i < records.length; i++) {
        index.addRecord(records[i]);
        if (i % RESTORE_SLICE === RESTORE_SLICE - 1) yield;
      }
      return index;
    }
    for (let i = 0; i < records.length; i++) {
      const { id, fingerprint, view } = records[i];
      if (index.slotOf.has(id)) throw new Error(`${id} saved twice`);
      const slot = index.table.push(view, fingerprint.words, fingerprint.paragraphs, [fingerprint.headline, fingerprint.date, fingerprint.dateline]);
      index.idOf[slot] = id;
      index.slotOf.set(id, slot);
      index.identical.join(slot, view.sample, fingerprint.shingles);
      if (i % RESTORE_SLICE === RESTORE_SLICE - 1) yield;
    }
    index.filed = filed.length > 0 ? filed.slice() : new Int32Array(64);
    index.filedCount = filed.length;
    index.postings.adopt(postings);
    return index;
  }

  /** Adds a text from `records()` of this fingerprint version, its sample used as it is. */
  addRecord({ id, fingerprint, view }: IndexRecord): void {
    this.remove(id);
    this.insert(id, fingerprint, view);
  }

  /** Bytes of the samples kept in memory, the posting table and the groups of copies: the index's main memory (for the benchmark). */
  get byteLength(): number {
    return this.table.byteLength + this.postings.byteLength + this.identical.byteLength + this.filed.byteLength + this.sharedKeys.byteLength + this.met.byteLength + this.found.byteLength + this.firstCount.byteLength;
  }

  private insert(id: string, fp: Omit<DocumentFingerprint, 'sample' | 'where'>, view: SampleView): void {
    // Kept as bytes in the store: a label cut from an article (`text.slice`) would otherwise keep the whole article.
    const slot = this.table.push(view, fp.words, fp.paragraphs, [fp.headline, fp.date, fp.dateline]);
    this.idOf[slot] = id;
    this.slotOf.set(id, slot);
    if (this.identical.join(slot, view.sample, fp.shingles)) this.file(slot, view.sample);
  }

  /** Files a text's keys (the start of its `sample`) in the postings, for itself and its identical copies. */
  private file(slot: number, sample: Uint32Array): void {
    if (this.filedCount === this.filed.length) {
      const grown = new Int32Array(Math.ceil(this.filed.length * 1.5));
      grown.set(this.filed);
      this.filed = grown;
    }
    this.filed[this.filedCount++] = slot;
    const keys = upperBound(sample, SAMPLE_LIMIT);
    for (let i = 0; i < keys; i++) this.postings.add(sample[i], slot);
  }

  /** How many of the slot's first sampled hashes are index keys (those below `SAMPLE_LIMIT`). */
  private keysOf(slot: number): number {
    return upperBound(this.table.sample(slot), SAMPLE_LIMIT);
  }

  private metadataAt(slot: number): Omit<DocumentFingerprint, 'sample' | 'where'> {
    const { words, paragraphs, shingles, items } = this.table.columns;
    const [headline, date, dateline] = this.table.labels(slot);
    return { version: FINGERPRINT_VERSION, words: words[slot], paragraphs: paragraphs[slot], shingles: shingles[slot], items: items[slot], headline, date, dateline };
  }

  private fingerprintAt(slot: number): DocumentFingerprint {
    const { version, words, paragraphs, shingles, items, headline, date, dateline } = this.metadataAt(slot);
    const view = this.table.view(slot);
    return { version, words, paragraphs, shingles, sample: encodeHashes(view.sample), where: encodeWhere(view.where), items, headline, date, dateline };
  }

  private newIdentical(): IdenticalTexts {
    return new IdenticalTexts((a, b) => this.table.same(a, b));
  }

  private resolve(target: string | DocumentFingerprint): { view: SampleView; self: number } {
    if (typeof target !== 'string') return { view: viewOf(target), self: -1 };
    const slot = this.slotOf.get(target);
    if (slot === undefined) throw new Error(`not in the index: ${target}`);
    return { view: this.table.view(slot), self: slot };
  }

  /**
   * Live slots above `after` sharing an index key with `sample`, in the order first met (newest
   * posting first, key by key), with how many keys each shares. Counted in typed arrays the index
   * keeps, so that a look-up allocates only its answer.
   */
  private candidateSlots(sample: Uint32Array, self: number, after: number): { slots: Int32Array; shared: Uint16Array } {
    if (this.sharedKeys.length < this.table.length) this.sharedKeys = new Uint16Array(Math.ceil(this.table.length * 1.25));
    const counts = this.sharedKeys;
    const idOf = this.idOf;
    let met = 0;
    const countOne = (slot: number): void => {
      if (slot === self || slot <= after || idOf[slot] === undefined) return;
      if (counts[slot]++ !== 0) return;
      if (met === this.met.length) {
        const grown = new Int32Array(this.met.length * 2);
        grown.set(this.met);
        this.met = grown;
      }
      this.met[met++] = slot;
    };
    // One key's postings (up to one more than a common key's cap), counted unless it is a common key.
    const found = this.found;
    const countFound = (filed: number): void => {
      for (let k = 0; k < filed; k++) this.identical.forEachStandIn(found[k], countOne);
    };
    const keys = upperBound(sample, SAMPLE_LIMIT);
    const common: number[] = [];
    for (let i = 0; i < keys; i++) {
      const filed = this.postings.collect(sample[i], found);
      if (filed > MAX_POSTINGS) common.push(sample[i]);
      else countFound(filed);
    }
    // A text made mostly of common keys is still looked up through them, a capped walk each.
    if (common.length > keys - common.length) for (const key of common) countFound(Math.min(MAX_POSTINGS, this.postings.collect(key, found)));
    const slots = this.met.slice(0, met);
    const shared = new Uint16Array(met);
    for (let k = 0; k < met; k++) {
      shared[k] = counts[slots[k]];
      counts[slots[k]] = 0;
    }
    return { slots, shared };
  }

  /** Rebuilds the tables with the live texts only, in the order added, their samples in a new store. */
  private compact(): void {
    const old = { table: this.table, idOf: this.idOf };
    this.table = new SlotTable(old.table.samples.emptied());
    this.idOf = [];
    this.slotOf.clear();
    this.filed = new Int32Array(64);
    this.filedCount = 0;
    this.postings = new PostingTable();
    this.identical = this.newIdentical();
    this.deadPostings = 0;
    for (let slot = 0; slot < old.table.length; slot++) {
      const id = old.idOf[slot];
      if (id === undefined) continue;
      const { words, paragraphs } = old.table.columns;
      const view = old.table.view(slot);
      const copy = this.table.push(view, words[slot], paragraphs[slot], old.table.labels(slot));
      this.idOf[copy] = id;
      this.slotOf.set(id, copy);
      if (this.identical.join(copy, view.sample, view.shingles)) this.file(copy, view.sample);
    }
    old.table.samples.close();
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

/** Whether a pair may still be kept, judged from a first count of its samples. */
type MayBe = (first: FirstCount, a: SampleView, b: SampleView) => boolean;

const RANK: Record<Relation, number> = { version: 0, contains: 1, 'part of': 1, 'shares quotes': 2 };

function pairKey(a: string, b: string): string {
  return a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
}
