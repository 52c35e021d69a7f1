import { FINGERPRINT_VERSION, SIBLING_RULE } from './fingerprint';
import { KEY_BITS } from './postings';
import type { SampleStore } from './sampleStore';
import { SiblingIndex, type IndexRecord, type SavedIndex, type SavingIndex } from './siblingIndex';

/**
 * The one saved form of a sibling index, for the editor's workspace storage and the CLI: each
 * file's id, when it was indexed (modification time and size, so a reopened workspace re-reads
 * only changed files) and its fingerprint. Binary, so that 100,000 articles load without parsing
 * or decoding a quarter of a gigabyte of base64 JSON:
 *
 *   eight 32-bit words: MAGIC, STORE_FORMAT, FINGERPRINT_VERSION, files, bytes of the list,
 *     hashes, buckets of the posting table (0 when it is not saved), postings
 *   the list: JSON, one array per file (see `Listed`), padded with spaces to a multiple of 4 bytes
 *   every file's sampled hashes, 32 bits each, in the list's order
 *   every file's places of those hashes, 16 bits each, in the same order, padded to 4 bytes
 *   the posting table (postings.ts), when saved: the files in the order their keys were filed
 *     (one 32-bit word each), where each bucket starts (buckets + 1 words), the postings
 *
 * The posting table is saved when every file of the index has a stamp, so that loading need not
 * file 100,000 texts' keys again. A loaded index keeps its samples in the `SampleStore` given to
 * `loadIndex`. Format 5: a posting holds its key's check instead of its place in the sample.
 * Numbers are in the machine's byte order (little-endian on every platform VS Code runs on); a
 * file from a machine of the other order reads as damaged and is rebuilt.
 */
export const STORE_FORMAT = 5;
const MAGIC = 0x49564c53; // "SLVI" read as a little-endian word
const HEADER_WORDS = 8;

/** When a file was indexed: a file whose stamp has not changed need not be read again. */
export interface FileStamp {
  mtime: number;
  size: number;
}

/** What the store needs of where it saves: one file, read and written whole. */
export interface StoreFile {
  /** The saved bytes, or undefined when nothing was saved yet. */
  read(): Promise<Uint8Array | undefined>;
  write(bytes: Uint8Array): Promise<void>;
}

export type LoadedIndex =
  | { kind: 'loaded'; index: SiblingIndex; stamps: Map<string, FileStamp> }
  /** Nothing saved yet. */
  | { kind: 'none' }
  /** Saved by another version of the fingerprints or of this format: index the files again. */
  | { kind: 'outdated' }
  | { kind: 'damaged'; reason: string };

/** One file in the list: id, mtime, size, words, paragraphs, shingles, items, headline, date, dateline, sampled hashes. */
type Listed = [string, number, number, number, number, number, number, string | null, string | null, string | null, number];

/**
 * Called between slices of `FILES_PER_SLICE` files while saving or loading, so that a caller on a
 * busy thread (the extension host) can let other work run; by default, nothing.
 */
export type Pause = () => Promise<void>;
const FILES_PER_SLICE = 2000;
const noPause: Pause = () => Promise.resolve();

/** The index's files that have a stamp, as bytes. */
export function encodeIndex(index: SiblingIndex, stamps: ReadonlyMap<string, FileStamp>): Uint8Array {
  return runNow(encodeSteps(index, stamps));
}

/** An index and its stamps from `encodeIndex` bytes, its samples in `samples` (in memory unless given). */
export function decodeIndex(saved: Uint8Array, samples?: SampleStore): LoadedIndex {
  return runNow(decodeSteps(saved, samples));
}

/** Saves the index, pausing between slices of files. */
export async function saveIndex(file: StoreFile, index: SiblingIndex, stamps: ReadonlyMap<string, FileStamp>, pause: Pause = noPause): Promise<void> {
  await file.write(await runWithPauses(encodeSteps(index, stamps), pause));
}

/**
 * Loads a saved index, pausing between slices of files, its samples in `samples` (in memory
 * unless given). The store is closed when nothing is loaded.
 */
export async function loadIndex(file: StoreFile, pause: Pause = noPause, samples?: SampleStore): Promise<LoadedIndex> {
  let loaded: LoadedIndex = { kind: 'none' };
  try {
    const bytes = await file.read();
    if (bytes !== undefined) loaded = await runWithPauses(decodeSteps(bytes, samples), pause);
    return loaded;
  } finally {
    if (loaded.kind !== 'loaded') samples?.close();
  }
}

/** The work of saving or loading, as steps: each `yield` ends a slice. */
type Steps<T> = Generator<void, T, void>;

function runNow<T>(steps: Steps<T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

async function runWithPauses<T>(steps: Steps<T>, pause: Pause): Promise<T> {
  try {
    for (;;) {
      const step = steps.next();
      if (step.done) return step.value;
      await pause();
    }
  } finally {
    // Ends the steps' own `finally` when a pause failed.
    steps.return(undefined as T);
  }
}

function* encodeSteps(index: SiblingIndex, stamps: ReadonlyMap<string, FileStamp>): Steps<Uint8Array> {
  const saved = yield* index.savedForm((id) => stamps.has(id));
  try {
    return yield* encodeSaved(saved, stamps);
  } finally {
    saved.done();
  }
}

function* encodeSaved(saved: SavingIndex, stamps: ReadonlyMap<string, FileStamp>): Steps<Uint8Array> {
  const { records } = saved;
  // The list is `JSON.stringify` of every file's `Listed` array, with its labels spliced in as the
  // bytes the sample store keeps them in (the JSON of [headline, date, dateline]): its length is
  // known before any sample is read, and each text is then read once, labels and sample together.
  const encoder = new TextEncoder();
  // Each entry but its labels: what goes before them, and after them (`,hashes]`, plain ASCII).
  const heads: string[] = [];
  let listLength = 2 + Math.max(0, records.length - 1);
  let hashes = 0;
  for (const record of records) {
    const stamp = stamps.get(record.id) as FileStamp;
    const { words, paragraphs, shingles, items } = record.counts;
    const head = `${JSON.stringify([record.id, stamp.mtime, stamp.size, words, paragraphs, shingles, items]).slice(0, -1)},`;
    heads.push(head);
    listLength += utf8Length(head) + record.labelBytes - 2 + 2 + String(record.hashes).length;
    hashes += record.hashes;
    if (heads.length % FILES_PER_SLICE === 0) yield;
  }
  const listBytes = Math.ceil(listLength / 4) * 4;
  const buckets = saved.postings ? saved.postings.starts.length - 1 : 0;
  const postings = saved.postings ? saved.postings.postings.length : 0;
  const layout = layoutOf(listBytes, hashes, records.length, buckets, postings);
  const buffer = new ArrayBuffer(layout.end);
  new Uint32Array(buffer, 0, HEADER_WORDS).set([MAGIC, STORE_FORMAT, FINGERPRINT_VERSION, records.length, listBytes, hashes, buckets, postings]);
  const bytes = new Uint8Array(buffer);
  const samples = new Uint32Array(buffer, layout.hashesAt, hashes);
  const places = new Uint16Array(buffer, layout.placesAt, hashes);
  let written = HEADER_WORDS * 4;
  const write = (part: Uint8Array): void => {
    bytes.set(part, written);
    written += part.length;
  };
  const writeText = (text: string): void => {
    written += encoder.encodeInto(text, bytes.subarray(written)).written;
  };
  writeText('[');
  let at = 0;
  for (let i = 0; i < records.length; i++) {
    const { view, labels } = saved.readAt(i);
    if (i > 0) writeText(',');
    writeText(heads[i]);
    write(labels.subarray(1, labels.length - 1));
    writeText(`,${records[i].hashes}]`);
    samples.set(view.sample, at);
    places.set(view.where, at);
    at += view.sample.length;
    if ((i + 1) % FILES_PER_SLICE === 0) yield;
  }
  writeText(']');
  if (written !== HEADER_WORDS * 4 + listLength) throw new Error('the list of files came out longer or shorter than measured');
  bytes.fill(0x20, written, layout.hashesAt);
  if (saved.filed && saved.postings) {
    new Int32Array(buffer, layout.filedAt, records.length).set(saved.filed);
    new Uint32Array(buffer, layout.startsAt, buckets + 1).set(saved.postings.starts);
    new Uint32Array(buffer, layout.postingsAt, postings).set(saved.postings.postings);
  }
  return bytes;
}

/** Bytes of `text` in UTF-8. */
function utf8Length(text: string): number {
  let bytes = text.length;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) continue;
    // Two bytes below U+0800, three above; a surrogate pair's four bytes are 2 + 2 over its two units; a lone surrogate becomes U+FFFD, three.
    if (code < 0x800) bytes += 1;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      bytes += 2;
      i++;
    } else bytes += 2;
  }
  return bytes;
}

/** Where each part of a saved index starts, in bytes, and where it ends. */
function layoutOf(listBytes: number, hashes: number, files: number, buckets: number, postings: number): { hashesAt: number; placesAt: number; filedAt: number; startsAt: number; postingsAt: number; end: number } {
  const hashesAt = HEADER_WORDS * 4 + listBytes;
  const placesAt = hashesAt + hashes * 4;
  const filedAt = placesAt + Math.ceil((hashes * 2) / 4) * 4;
  if (buckets === 0) return { hashesAt, placesAt, filedAt, startsAt: filedAt, postingsAt: filedAt, end: placesAt + hashes * 2 };
  const startsAt = filedAt + files * 4;
  const postingsAt = startsAt + (buckets + 1) * 4;
  return { hashesAt, placesAt, filedAt, startsAt, postingsAt, end: postingsAt + postings * 4 };
}

function* decodeSteps(saved: Uint8Array, store?: SampleStore): Steps<LoadedIndex> {
  // Typed arrays over the bytes need them to start on a 4-byte boundary of their buffer.
  const bytes = saved.byteOffset % 4 === 0 ? saved : saved.slice();
  if (bytes.length < HEADER_WORDS * 4) return { kind: 'damaged', reason: 'too short' };
  const [magic, format, fingerprintVersion, files, listBytes, hashes, buckets, postings] = new Uint32Array(bytes.buffer, bytes.byteOffset, HEADER_WORDS);
  if (magic !== MAGIC) return { kind: 'damaged', reason: 'not a saved index' };
  if (format !== STORE_FORMAT || fingerprintVersion !== FINGERPRINT_VERSION) return { kind: 'outdated' };
  const layout = layoutOf(listBytes, hashes, files, buckets, postings);
  if (listBytes % 4 !== 0 || bytes.length !== layout.end || (buckets & (buckets - 1)) !== 0 || buckets >= 2 ** KEY_BITS) return { kind: 'damaged', reason: 'wrong length' };
  let listed: Listed[];
  try {
    listed = JSON.parse(new TextDecoder().decode(bytes.subarray(HEADER_WORDS * 4, layout.hashesAt))) as Listed[];
  } catch {
    return { kind: 'damaged', reason: 'unreadable list of files' };
  }
  if (!Array.isArray(listed) || listed.length !== files) return { kind: 'damaged', reason: 'wrong number of files' };
  const samples = new Uint32Array(bytes.buffer, bytes.byteOffset + layout.hashesAt, hashes);
  const places = new Uint16Array(bytes.buffer, bytes.byteOffset + layout.placesAt, hashes);
  const records: IndexRecord[] = [];
  const stamps = new Map<string, FileStamp>();
  let at = 0;
  for (const file of listed) {
    if (!wellFormed(file) || at + file[10] > hashes) return { kind: 'damaged', reason: 'a damaged entry' };
    const [id, mtime, size, words, paragraphs, shingles, items, headline, date, dateline, count] = file;
    const view = { sample: samples.subarray(at, at + count), where: places.subarray(at, at + count), shingles, items, paragraphs };
    records.push({ id, fingerprint: { version: FINGERPRINT_VERSION, words, paragraphs, shingles, items, headline, date, dateline }, view });
    stamps.set(id, { mtime, size });
    at += count;
  }
  if (at !== hashes) return { kind: 'damaged', reason: 'hashes left over' };
  if (stamps.size !== files) return { kind: 'damaged', reason: 'a file listed twice' };
  yield;
  const form: SavedIndex = { records, filed: null, postings: null };
  if (buckets > 0) {
    // Copied out, so that the bytes read can be let go.
    form.filed = new Int32Array(bytes.buffer, bytes.byteOffset + layout.filedAt, files).slice();
    form.postings = {
      starts: new Uint32Array(bytes.buffer, bytes.byteOffset + layout.startsAt, buckets + 1).slice(),
      postings: new Uint32Array(bytes.buffer, bytes.byteOffset + layout.postingsAt, postings).slice(),
    };
    if (!postingsFit(form)) return { kind: 'damaged', reason: 'a damaged posting table' };
  }
  return { kind: 'loaded', index: yield* SiblingIndex.restoring(form, SIBLING_RULE, store), stamps };
}

/** Whether a saved posting table points only at saved files, bucket by bucket in order. */
function postingsFit({ records, filed, postings }: SavedIndex): boolean {
  if (!filed || !postings) return true;
  const { starts, postings: entries } = postings;
  if (starts[0] !== 0 || starts[starts.length - 1] !== entries.length) return false;
  for (let b = 1; b < starts.length; b++) if (starts[b] < starts[b - 1]) return false;
  for (let i = 0; i < filed.length; i++) if (filed[i] < 0 || filed[i] >= records.length) return false;
  const checkBits = KEY_BITS - Math.log2(starts.length - 1);
  for (let i = 0; i < entries.length; i++) if (entries[i] >>> checkBits >= records.length) return false;
  return true;
}

function wellFormed(file: unknown): file is Listed {
  if (!Array.isArray(file) || file.length !== 11 || typeof file[0] !== 'string') return false;
  for (let i = 1; i <= 6; i++) if (typeof file[i] !== 'number') return false;
  for (let i = 7; i <= 9; i++) if (file[i] !== null && typeof file[i] !== 'string') return false;
  return Number.isInteger(file[10]) && file[10] >= 0;
}

