import type { SampleView } from './relation';

/**
 * The numbers the sibling index keeps of each text, by slot, in typed arrays: its sample and the
 * places of the sampled shingles in pages (a quarter of what is held so far, up to a million
 * hashes: a text never spans two pages, so the slack is at most one page), and its counts. At 100,000 texts a typed array per
 * text and an object per record cost more than the hashes themselves.
 */
const PAGE_BITS = 20;
const PAGE_SIZE = 1 << PAGE_BITS;
const OFFSET_MASK = PAGE_SIZE - 1;
const FIRST_PAGE = 4096;

export class SlotTable {
  private hashPages: Uint32Array[] = [];
  private placePages: Uint16Array[] = [];
  /** Hashes used in the last page. */
  private pageUsed = 0;
  /** Page × 2²⁰ + offset of each slot's sample. */
  private at = new Int32Array(0);
  private lengths = new Uint16Array(0);
  readonly columns = { words: new Int32Array(0), paragraphs: new Int32Array(0), shingles: new Int32Array(0), items: new Int32Array(0) };
  private slots = 0;
  /** Sampled hashes of texts removed since the table was made. */
  deadHashes = 0;
  usedHashes = 0;

  get length(): number {
    return this.slots;
  }

  /** Appends a text as the next slot. */
  push(view: SampleView, words: number, paragraphs: number): number {
    const slot = this.slots++;
    this.reserve(this.slots);
    const length = view.sample.length;
    if (length > PAGE_SIZE) throw new Error('a sample larger than a page');
    const last = this.hashPages[this.hashPages.length - 1];
    if (!last || this.pageUsed + length > last.length) {
      const size = Math.max(length, Math.min(PAGE_SIZE, Math.max(FIRST_PAGE, this.usedHashes >> 2)));
      this.hashPages.push(new Uint32Array(size));
      this.placePages.push(new Uint16Array(size));
      this.pageUsed = 0;
    }
    const page = this.hashPages.length - 1;
    this.hashPages[page].set(view.sample, this.pageUsed);
    this.placePages[page].set(view.where, this.pageUsed);
    this.at[slot] = (page << PAGE_BITS) | this.pageUsed;
    this.pageUsed += length;
    this.usedHashes += length;
    this.lengths[slot] = length;
    this.columns.words[slot] = words;
    this.columns.paragraphs[slot] = paragraphs;
    this.columns.shingles[slot] = view.shingles;
    this.columns.items[slot] = view.items;
    return slot;
  }

  /** The slot's sample as the comparison reads it (views into the pages, not copies). */
  view(slot: number): SampleView {
    const at = this.at[slot];
    const page = at >>> PAGE_BITS;
    const from = at & OFFSET_MASK;
    const to = from + this.lengths[slot];
    return { sample: this.hashPages[page].subarray(from, to), where: this.placePages[page].subarray(from, to), shingles: this.columns.shingles[slot], items: this.columns.items[slot], paragraphs: this.columns.paragraphs[slot] };
  }

  sample(slot: number): Uint32Array {
    const at = this.at[slot];
    const from = at & OFFSET_MASK;
    return this.hashPages[at >>> PAGE_BITS].subarray(from, from + this.lengths[slot]);
  }

  /** The `position`-th sampled hash of the slot. */
  hashAt(slot: number, position: number): number {
    const at = this.at[slot];
    return this.hashPages[at >>> PAGE_BITS][(at & OFFSET_MASK) + position];
  }

  sampleLength(slot: number): number {
    return this.lengths[slot];
  }

  /** Whether two slots hold the same sample and shingle count. */
  same(a: number, b: number): boolean {
    const length = this.lengths[a];
    if (length !== this.lengths[b] || this.columns.shingles[a] !== this.columns.shingles[b]) return false;
    for (let i = 0; i < length; i++) if (this.hashAt(a, i) !== this.hashAt(b, i)) return false;
    return true;
  }

  /** Bytes held by the arrays (for the benchmark). */
  get byteLength(): number {
    let bytes = this.at.byteLength + this.lengths.byteLength;
    for (const column of Object.values(this.columns)) bytes += column.byteLength;
    for (const page of this.hashPages) bytes += page.byteLength;
    for (const page of this.placePages) bytes += page.byteLength;
    return bytes;
  }

  private reserve(slots: number): void {
    if (slots <= this.at.length) return;
    const size = Math.max(64, Math.ceil(slots * 1.5));
    const grown = <T extends Int32Array | Uint16Array>(array: T): T => {
      const bigger = (array instanceof Int32Array ? new Int32Array(size) : new Uint16Array(size)) as T;
      bigger.set(array);
      return bigger;
    };
    this.at = grown(this.at);
    this.lengths = grown(this.lengths);
    this.columns.words = grown(this.columns.words);
    this.columns.paragraphs = grown(this.columns.paragraphs);
    this.columns.shingles = grown(this.columns.shingles);
    this.columns.items = grown(this.columns.items);
  }
}
