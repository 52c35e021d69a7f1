/**
 * Where the sibling index keeps each text's sample (its sampled hashes and their places) and a
 * note (its headline, date and dateline, as bytes), apart from what it needs in memory to find
 * candidates (postings, counts). A look-up reads the full sample only of the few candidates it
 * scores, and the note only when a whole fingerprint is asked for, so these, the bulk of an index
 * (about 1.6 KB a story), can sit outside the heap: in a file on the Node side
 * (src/node/fileSampleStore.ts), in these in-memory pages in a browser, in tests and for small
 * folders. Reads are synchronous, so that the index's API stays as it is.
 */
export interface SampleStore {
  /** Keeps a sample and its note; gives the number to read them back with (with their lengths). */
  put(sample: Uint32Array, where: Uint16Array, note: Uint8Array): number;
  /** A sample kept by `put` (`length` hashes): arrays the caller must not change, valid as long as the store is open. */
  read(at: number, length: number): KeptSample;
  /**
   * `read` into space the store reuses: valid only until the next `peek`. For a look-up's
   * candidates, read and compared one at a time, so that a look-up allocates nothing per candidate.
   */
  peek(at: number, length: number): KeptSample;
  /** The note kept with a sample of `length` hashes (`bytes` long). */
  readNote(at: number, length: number, bytes: number): Uint8Array;
  /** A sample and its note in one read (saving reads every text once, in the order kept): valid until the next `readWhole`. */
  readWhole(at: number, length: number, bytes: number): KeptSample & { note: Uint8Array };
  /** A new, empty store of the same kind (the index compacts into it and then closes this one). */
  emptied(): SampleStore;
  /** Lets go of what the store holds; it is not read again. */
  close(): void;
  /** Bytes of memory the store holds (for the benchmark; a file's own bytes do not count). */
  readonly byteLength: number;
}

export interface KeptSample {
  sample: Uint32Array;
  where: Uint16Array;
}

/**
 * Samples in memory, in pages (a quarter of what is held so far, up to a million hashes: a
 * sample never spans two pages, so the slack is at most one page), each note in the words after
 * its sample. Reads are views into the pages, not copies.
 */
const PAGE_BITS = 20;
const PAGE_SIZE = 1 << PAGE_BITS;
const OFFSET_MASK = PAGE_SIZE - 1;
const FIRST_PAGE = 4096;

export class MemorySampleStore implements SampleStore {
  private hashPages: Uint32Array[] = [];
  private placePages: Uint16Array[] = [];
  /** Hashes used in the last page, and in all pages. */
  private pageUsed = 0;
  private used = 0;

  put(sample: Uint32Array, where: Uint16Array, note: Uint8Array): number {
    const length = sample.length + Math.ceil(note.length / 4);
    if (length > PAGE_SIZE) throw new Error('a sample larger than a page');
    const last = this.hashPages[this.hashPages.length - 1];
    if (!last || this.pageUsed + length > last.length) {
      const size = Math.max(length, Math.min(PAGE_SIZE, Math.max(FIRST_PAGE, this.used >> 2)));
      this.hashPages.push(new Uint32Array(size));
      this.placePages.push(new Uint16Array(size));
      this.pageUsed = 0;
    }
    const page = this.hashPages.length - 1;
    this.hashPages[page].set(sample, this.pageUsed);
    this.placePages[page].set(where, this.pageUsed);
    const hashes = this.hashPages[page];
    new Uint8Array(hashes.buffer, hashes.byteOffset + (this.pageUsed + sample.length) * 4, note.length).set(note);
    const at = page * PAGE_SIZE + this.pageUsed;
    this.pageUsed += length;
    this.used += length;
    return at;
  }

  read(at: number, length: number): KeptSample {
    const page = Math.floor(at / PAGE_SIZE);
    const from = at & OFFSET_MASK;
    return { sample: this.hashPages[page].subarray(from, from + length), where: this.placePages[page].subarray(from, from + length) };
  }

  peek(at: number, length: number): KeptSample {
    return this.read(at, length);
  }

  readNote(at: number, length: number, bytes: number): Uint8Array {
    const hashes = this.hashPages[Math.floor(at / PAGE_SIZE)];
    return new Uint8Array(hashes.buffer, hashes.byteOffset + ((at & OFFSET_MASK) + length) * 4, bytes);
  }

  readWhole(at: number, length: number, bytes: number): KeptSample & { note: Uint8Array } {
    return { ...this.read(at, length), note: this.readNote(at, length, bytes) };
  }

  emptied(): SampleStore {
    return new MemorySampleStore();
  }

  close(): void {
    this.hashPages = [];
    this.placePages = [];
  }

  get byteLength(): number {
    let bytes = 0;
    for (const page of this.hashPages) bytes += page.byteLength;
    for (const page of this.placePages) bytes += page.byteLength;
    return bytes;
  }
}
