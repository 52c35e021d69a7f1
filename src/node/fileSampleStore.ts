import { closeSync, mkdirSync, openSync, readSync, unlinkSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { MemorySampleStore, type KeptSample, type SampleStore } from '../analysis';

/**
 * The sibling index's samples in a file of their own, outside the heap (the analysis's
 * `SampleStore`, src/analysis/siblings/sampleStore.ts): at 100,000 articles they are about
 * 150 MB that a look-up reads only for the candidates it scores. Each sample is appended as its
 * hashes (32 bits each) then its places (16 bits each), padded to 4 bytes, then its note (the
 * text's labels), padded to 4 bytes, and read back with one positioned read; the newest samples wait in a small buffer and are written
 * together. Numbers are in the machine's byte order: the file is read only by the process that
 * wrote it. The file is removed at once where the system lets an open file be removed (so that a
 * crash leaves nothing behind), else when the store is closed.
 */
const BUFFER_BYTES = 1 << 18;
let storesMade = 0;

export class FileSampleStore implements SampleStore {
  private readonly path: string;
  private fd: number | undefined;
  private removed = false;
  private pending = new Uint8Array(BUFFER_BYTES);
  private pendingBytes = 0;
  /** Where `peek` reads (its own buffer, so 4-byte aligned). */
  private scratch = new Uint8Array(8192);
  /** Bytes of the file from `aheadFrom` read ahead for `readWhole` (`aheadBytes` of them). */
  private ahead = new Uint8Array(0);
  private aheadFrom = 0;
  private aheadBytes = 0;
  /** Bytes in the file; the pending ones follow them. */
  private written = 0;

  constructor(private readonly folder: string) {
    mkdirSync(folder, { recursive: true });
    this.path = join(folder, `sibling-samples-${process.pid}-${Date.now().toString(36)}-${storesMade++}.tmp`);
    this.fd = openSync(this.path, 'wx+');
    try {
      unlinkSync(this.path);
      this.removed = true;
    } catch {
      // Windows may keep an open file: it is removed on `close`.
    }
  }

  put(sample: Uint32Array, where: Uint16Array, note: Uint8Array): number {
    const length = sample.length;
    const bytes = recordBytes(length) + Math.ceil(note.length / 4) * 4;
    const at = (this.written + this.pendingBytes) / 4;
    if (this.pendingBytes + bytes > this.pending.length) {
      this.flush();
      if (bytes > this.pending.length) this.pending = new Uint8Array(bytes);
    }
    this.pending.set(new Uint8Array(sample.buffer, sample.byteOffset, length * 4), this.pendingBytes);
    this.pending.set(new Uint8Array(where.buffer, where.byteOffset, length * 2), this.pendingBytes + length * 4);
    this.pending.set(note, this.pendingBytes + recordBytes(length));
    this.pendingBytes += bytes;
    return at;
  }

  read(at: number, length: number): KeptSample {
    const into = this.bytesAt(at * 4, recordBytes(length));
    return { sample: new Uint32Array(into.buffer, into.byteOffset, length), where: new Uint16Array(into.buffer, into.byteOffset + length * 4, length) };
  }

  peek(at: number, length: number): KeptSample {
    const bytes = recordBytes(length);
    if (this.scratch.byteLength < bytes) this.scratch = new Uint8Array(Math.max(bytes, this.scratch.byteLength * 2));
    const into = this.bytesAt(at * 4, bytes, this.scratch);
    return { sample: new Uint32Array(into.buffer, into.byteOffset, length), where: new Uint16Array(into.buffer, into.byteOffset + length * 4, length) };
  }

  readNote(at: number, length: number, bytes: number): Uint8Array {
    return this.bytesAt(at * 4 + recordBytes(length), bytes);
  }

  /** Read ahead: a save reads every sample in the order written, so one read serves many. Valid until the next call. */
  readWhole(at: number, length: number, bytes: number): KeptSample & { note: Uint8Array } {
    const into = this.bytesAhead(at * 4, recordBytes(length) + bytes);
    return {
      sample: new Uint32Array(into.buffer, into.byteOffset, length),
      where: new Uint16Array(into.buffer, into.byteOffset + length * 4, length),
      note: into.subarray(recordBytes(length)),
    };
  }

  emptied(): SampleStore {
    return new FileSampleStore(this.folder);
  }

  close(): void {
    if (this.fd === undefined) return;
    closeSync(this.fd);
    this.fd = undefined;
    this.pending = new Uint8Array(0);
    this.pendingBytes = 0;
    this.ahead = new Uint8Array(0);
    this.aheadBytes = 0;
    if (!this.removed) {
      try {
        unlinkSync(this.path);
      } catch {
        // Already gone.
      }
    }
  }

  get byteLength(): number {
    return this.pending.byteLength + this.scratch.byteLength + this.ahead.byteLength;
  }

  /** `bytes` bytes from `offset`, from the file or the pending buffer, into `space` when given (at its start). */
  private bytesAt(offset: number, bytes: number, space?: Uint8Array): Uint8Array {
    const fd = this.open();
    // From Node's pool of small buffers (8-byte aligned), cheaper than an ArrayBuffer of its own.
    const into = space ? space.subarray(0, bytes) : Buffer.allocUnsafe(bytes);
    if (offset >= this.written) {
      into.set(this.pending.subarray(offset - this.written, offset - this.written + bytes));
      return into;
    }
    for (let done = 0; done < bytes; ) {
      const read = readSync(fd, into, done, bytes - done, offset + done);
      if (read === 0) throw new Error(`${this.path}: a sample past the end of the file`);
      done += read;
    }
    return into;
  }

  /** `bytes` bytes from `offset`, from a buffer filled by one read of up to `BUFFER_BYTES` from there when they are not in it. */
  private bytesAhead(offset: number, bytes: number): Uint8Array {
    if (offset + bytes > this.written) return this.bytesAt(offset, bytes);
    if (offset < this.aheadFrom || offset + bytes > this.aheadFrom + this.aheadBytes) {
      if (this.ahead.length < Math.max(BUFFER_BYTES, bytes)) this.ahead = new Uint8Array(Math.max(BUFFER_BYTES, bytes));
      const wanted = Math.min(this.ahead.length, this.written - offset);
      const fd = this.open();
      for (let done = 0; done < wanted; ) {
        const read = readSync(fd, this.ahead, done, wanted - done, offset + done);
        if (read === 0) throw new Error(`${this.path}: a sample past the end of the file`);
        done += read;
      }
      this.aheadFrom = offset;
      this.aheadBytes = wanted;
    }
    return this.ahead.subarray(offset - this.aheadFrom, offset - this.aheadFrom + bytes);
  }

  private flush(): void {
    const fd = this.open();
    for (let done = 0; done < this.pendingBytes; ) done += writeSync(fd, this.pending, done, this.pendingBytes - done, this.written + done);
    this.written += this.pendingBytes;
    this.pendingBytes = 0;
  }

  private open(): number {
    if (this.fd === undefined) throw new Error('the sample file is closed');
    return this.fd;
  }
}

/** Bytes of one sample of `length` hashes in the file: the hashes, then the places, padded to 4. */
function recordBytes(length: number): number {
  return length * 4 + Math.ceil(length / 2) * 4;
}

/**
 * Where a sibling index of this process keeps its samples: a file in `folder` (the extension's
 * storage, a temporary folder for the CLI), or memory when there is no folder or the file cannot
 * be made there.
 */
export function sampleStoreIn(folder: string | undefined): SampleStore {
  if (folder === undefined) return new MemorySampleStore();
  try {
    return new FileSampleStore(folder);
  } catch {
    return new MemorySampleStore();
  }
}
