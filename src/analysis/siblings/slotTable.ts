import type { SampleView } from './relation';
import type { SampleStore } from './sampleStore';

/** A text's headline, date and dateline (null when it has none). */
export type Labels = [headline: string | null, date: string | null, dateline: string | null];

/**
 * What the sibling index keeps of each text, by slot, in typed arrays: where its sample and its
 * labels are kept (a `SampleStore`: in memory, or in a file outside the heap) and how long they
 * are, and its counts. At 100,000 texts a typed array per text and an object per record cost
 * more than the hashes themselves, and the labels (a headline is about 100 characters) as much as
 * the posting table.
 */
const encoder = new TextEncoder();
const decoder = new TextDecoder();

export class SlotTable {
  /** Where the store keeps each slot's sample. */
  private at = new Float64Array(0);
  private lengths = new Uint16Array(0);
  /** Bytes of each slot's labels, as JSON. */
  private noteLengths = new Uint32Array(0);
  readonly columns = { words: new Int32Array(0), paragraphs: new Int32Array(0), shingles: new Int32Array(0), items: new Int32Array(0) };
  private slots = 0;
  /** Sampled hashes of texts removed since the table was made. */
  deadHashes = 0;

  constructor(readonly samples: SampleStore) {}

  get length(): number {
    return this.slots;
  }

  /** Appends a text as the next slot. */
  push(view: SampleView, words: number, paragraphs: number, labels: Labels): number {
    const slot = this.slots++;
    this.reserve(this.slots);
    const note = encoder.encode(JSON.stringify(labels));
    this.at[slot] = this.samples.put(view.sample, view.where, note);
    this.lengths[slot] = view.sample.length;
    this.noteLengths[slot] = note.length;
    this.columns.words[slot] = words;
    this.columns.paragraphs[slot] = paragraphs;
    this.columns.shingles[slot] = view.shingles;
    this.columns.items[slot] = view.items;
    return slot;
  }

  /** The slot's sample as the comparison reads it. */
  view(slot: number): SampleView {
    const { sample, where } = this.samples.read(this.at[slot], this.lengths[slot]);
    return { sample, where, shingles: this.columns.shingles[slot], items: this.columns.items[slot], paragraphs: this.columns.paragraphs[slot] };
  }

  /** `view`, read into space the store reuses: valid until the next `peek`. */
  peek(slot: number): SampleView {
    const { sample, where } = this.samples.peek(this.at[slot], this.lengths[slot]);
    return { sample, where, shingles: this.columns.shingles[slot], items: this.columns.items[slot], paragraphs: this.columns.paragraphs[slot] };
  }

  labels(slot: number): Labels {
    return JSON.parse(decoder.decode(this.samples.readNote(this.at[slot], this.lengths[slot], this.noteLengths[slot]))) as Labels;
  }

  /** The slot's sample and its labels as the JSON bytes they are kept in, in one read: valid until the next `whole`. */
  whole(slot: number): { view: SampleView; labels: Uint8Array } {
    const { sample, where, note } = this.samples.readWhole(this.at[slot], this.lengths[slot], this.noteLengths[slot]);
    return { view: { sample, where, shingles: this.columns.shingles[slot], items: this.columns.items[slot], paragraphs: this.columns.paragraphs[slot] }, labels: note };
  }

  /** Bytes of the slot's labels as JSON (`whole`). */
  labelBytes(slot: number): number {
    return this.noteLengths[slot];
  }

  sample(slot: number): Uint32Array {
    return this.samples.read(this.at[slot], this.lengths[slot]).sample;
  }

  sampleLength(slot: number): number {
    return this.lengths[slot];
  }

  /** Whether two slots hold the same sample and shingle count. */
  same(a: number, b: number): boolean {
    const length = this.lengths[a];
    if (length !== this.lengths[b] || this.columns.shingles[a] !== this.columns.shingles[b]) return false;
    const sampleA = this.sample(a);
    const sampleB = this.sample(b);
    for (let i = 0; i < length; i++) if (sampleA[i] !== sampleB[i]) return false;
    return true;
  }

  /** Bytes held by the arrays and the store's memory (for the benchmark). */
  get byteLength(): number {
    let bytes = this.at.byteLength + this.lengths.byteLength + this.noteLengths.byteLength + this.samples.byteLength;
    for (const column of Object.values(this.columns)) bytes += column.byteLength;
    return bytes;
  }

  private reserve(slots: number): void {
    if (slots <= this.at.length) return;
    const size = Math.max(64, Math.ceil(slots * 1.5));
    const grown = <T extends Int32Array | Uint16Array | Uint32Array | Float64Array>(array: T): T => {
      const bigger = new (array.constructor as new (size: number) => T)(size);
      bigger.set(array);
      return bigger;
    };
    this.at = grown(this.at);
    this.lengths = grown(this.lengths);
    this.noteLengths = grown(this.noteLengths);
    this.columns.words = grown(this.columns.words);
    this.columns.paragraphs = grown(this.columns.paragraphs);
    this.columns.shingles = grown(this.columns.shingles);
    this.columns.items = grown(this.columns.items);
  }
}
