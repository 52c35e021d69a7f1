import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { decodeIndex, encodeIndex, fingerprint, loadIndex, saveIndex, SiblingIndex, STORE_FORMAT, type FileStamp, type StoreFile } from '../../src/analysis';
import { nodeStoreFile } from '../../src/cli/storeFile';
import { readSeed } from './helpers';

// The seeds (one wire story as run by two outlets), a cut of one of them, and two texts of our own.
const US = readSeed('000_2b7d7f5e5426fd49.txt');
const UK = readSeed('001_2685f8e38a54437a.txt');
const CUT = US.split('\n\n').slice(0, 4).join('\n\n');
const COUNCIL = `date 2024-03-05

LEEDS - The city council voted on Monday to close two libraries and a swimming pool to meet a budget gap of £14 million, after a four-hour meeting interrupted by protesters.

"Nobody came into politics to do this," said council leader James Lewthwaite. Opposition members called the cuts "a choice, not a necessity".`;
const HEADLINE = 'Rail strike called off after late-night talks';

function build(): { index: SiblingIndex; stamps: Map<string, FileStamp> } {
  const index = new SiblingIndex();
  const stamps = new Map<string, FileStamp>();
  const texts: Array<[string, string]> = [['file:///desk/us.txt', US], ['file:///desk/uk.md', UK], ['file:///desk/cut.story', CUT], ['file:///desk/council.txt', COUNCIL], ['file:///desk/ünïcode name.txt', HEADLINE]];
  texts.forEach(([id, text], i) => {
    index.add(id, fingerprint(text));
    stamps.set(id, { mtime: 1_700_000_000_000 + i, size: text.length });
  });
  return { index, stamps };
}

function loaded(bytes: Uint8Array): { index: SiblingIndex; stamps: Map<string, FileStamp> } {
  const result = decodeIndex(bytes);
  assert.equal(result.kind, 'loaded');
  return result as Extract<typeof result, { kind: 'loaded' }>;
}

describe('index store', () => {
  it('gives back every file with its stamp, its fingerprint and the same look-ups', () => {
    const { index, stamps } = build();
    const restored = loaded(encodeIndex(index, stamps));
    assert.deepEqual(restored.index.ids(), index.ids());
    assert.deepEqual(restored.stamps, stamps);
    for (const id of index.ids()) {
      assert.deepEqual(restored.index.get(id), index.get(id));
      assert.deepEqual(restored.index.related(id), index.related(id));
    }
    assert.deepEqual(restored.index.siblingsOf('file:///desk/us.txt').map((m) => m.id), ['file:///desk/uk.md', 'file:///desk/cut.story']);
    assert.deepEqual(restored.index.pairs(), index.pairs());
  });

  it('keeps working as an index after loading: files added, replaced and removed', () => {
    const { index, stamps } = build();
    const restored = loaded(encodeIndex(index, stamps)).index;
    restored.remove('file:///desk/uk.md');
    restored.add('file:///desk/cut.story', fingerprint(COUNCIL));
    assert.deepEqual(restored.siblingsOf('file:///desk/us.txt'), []);
    assert.deepEqual(restored.siblingsOf('file:///desk/council.txt').map((m) => m.id), ['file:///desk/cut.story']);
  });

  it('saves the postings of a larger index with copies, and answers as the saved one before and after more files', () => {
    // Overlapping runs of the seeds' paragraphs (each a version of its neighbours), three copies of one seed, the council story.
    const paragraphs = [...US.split('\n\n'), ...UK.split('\n\n')];
    const runs = (from: number, count: number): Array<[string, string]> =>
      Array.from({ length: count }, (_, k) => [`file:///desk/run-${from + k}.txt`, paragraphs.slice((from + k) % paragraphs.length, ((from + k) % paragraphs.length) + 6).join('\n\n')]);
    const texts: Array<[string, string]> = [...runs(0, 60), ['file:///desk/copy-1.txt', US], ['file:///desk/copy-2.txt', US], ['file:///desk/copy-3.txt', US], ['file:///desk/council.txt', COUNCIL]];
    const index = new SiblingIndex();
    const stamps = new Map<string, FileStamp>();
    texts.forEach(([id, text], i) => {
      index.add(id, fingerprint(text));
      stamps.set(id, { mtime: i, size: text.length });
    });
    index.remove('file:///desk/copy-1.txt');
    stamps.delete('file:///desk/copy-1.txt');
    const restored = loaded(encodeIndex(index, stamps)).index;
    const same = (): void => {
      for (const id of index.ids()) {
        assert.deepEqual(restored.candidates(id), index.candidates(id), id);
        assert.deepEqual(restored.siblingsOf(id), index.siblingsOf(id), id);
      }
    };
    same();
    assert.deepEqual(restored.siblingsOf('file:///desk/copy-2.txt').map((m) => m.id).slice(0, 1), ['file:///desk/copy-3.txt']);
    for (const [id, text] of runs(100, 45)) {
      index.add(id, fingerprint(text));
      restored.add(id, fingerprint(text));
    }
    same();
    assert.deepEqual(restored.pairs(), index.pairs());
  });

  it('writes the list of files as the JSON of each file, whatever the script or escapes of its id and labels', () => {
    const index = new SiblingIndex();
    const stamps = new Map<string, FileStamp>();
    const texts: Array<[string, string]> = [
      ['file:///desk/%E6%9D%B1%E4%BA%AC/r\u00e9sum\u00e9 "quoted".txt', `東京 — ${HEADLINE} 🚆 with a "quoted" word and a back\\slash`],
      ['file:///desk/emoji-🚆.md', `date 2024-03-05\n\nZÜRICH - ${COUNCIL.split('\n\n')[1]}`],
      ['file:///desk/plain.txt', US],
    ];
    texts.forEach(([id, text], i) => {
      index.add(id, fingerprint(text));
      stamps.set(id, { mtime: 1_700_000_000_000 + i, size: text.length });
    });
    const bytes = encodeIndex(index, stamps);
    const words = new Uint32Array(bytes.buffer, bytes.byteOffset, 8);
    const list = new TextDecoder().decode(bytes.subarray(32, 32 + words[4])).trimEnd();
    const expected = texts.map(([id]) => {
      const fp = index.get(id)!;
      const stamp = stamps.get(id)!;
      return [id, stamp.mtime, stamp.size, fp.words, fp.paragraphs, fp.shingles, fp.items, fp.headline, fp.date, fp.dateline, index.record(id)!.view.sample.length];
    });
    assert.equal(list, JSON.stringify(expected));
    assert.ok(expected.some((entry) => String(entry[7]).includes('🚆')), 'a headline with a character outside the basic plane');
  });

  it('leaves out files without a stamp, and saves an empty index', () => {
    const { index, stamps } = build();
    stamps.delete('file:///desk/uk.md');
    assert.deepEqual(loaded(encodeIndex(index, stamps)).index.ids(), index.ids().filter((id) => id !== 'file:///desk/uk.md'));
    assert.equal(loaded(encodeIndex(new SiblingIndex(), new Map())).index.size, 0);
  });

  it('reads bytes that do not start on a 4-byte boundary (a slice of a larger buffer)', () => {
    const { index, stamps } = build();
    const bytes = encodeIndex(index, stamps);
    const shifted = new Uint8Array(bytes.length + 1);
    shifted.set(bytes, 1);
    assert.deepEqual(loaded(shifted.subarray(1)).index.ids(), index.ids());
  });

  it('tells an outdated save from a damaged one', () => {
    const { index, stamps } = build();
    const bytes = encodeIndex(index, stamps);
    const header = (copy: Uint8Array) => new Uint32Array(copy.buffer, copy.byteOffset, 8);
    const otherFormat = bytes.slice();
    header(otherFormat)[1] = STORE_FORMAT + 1;
    assert.equal(decodeIndex(otherFormat).kind, 'outdated');
    // The format before postings held their keys' checks: rebuilt, not read.
    const previousFormat = bytes.slice();
    header(previousFormat)[1] = STORE_FORMAT - 1;
    assert.equal(decodeIndex(previousFormat).kind, 'outdated');
    const otherFingerprints = bytes.slice();
    header(otherFingerprints)[2] += 1;
    assert.equal(decodeIndex(otherFingerprints).kind, 'outdated');
    assert.equal(decodeIndex(bytes.subarray(0, bytes.length - 2)).kind, 'damaged');
    assert.equal(decodeIndex(new TextEncoder().encode('{"format":2,"fingerprintVersion":2,"files":0}')).kind, 'damaged');
    const garbled = bytes.slice();
    garbled[32] = 0x7b; // the list no longer opens with "["
    assert.equal(decodeIndex(garbled).kind, 'damaged');
    assert.equal(decodeIndex(new Uint8Array(3)).kind, 'damaged');
  });

  it('lets the caller pause between slices of files while saving and loading', async () => {
    const { index, stamps } = build();
    let saved: Uint8Array | undefined;
    const memory: StoreFile = { read: async () => saved, write: async (bytes) => void (saved = bytes) };
    let pauses = 0;
    const pause = async (): Promise<void> => void pauses++;
    await saveIndex(memory, index, stamps, pause);
    const whileSaving = pauses;
    assert.ok(whileSaving > 0);
    assert.deepEqual(saved, encodeIndex(index, stamps));
    const result = await loadIndex(memory, pause);
    assert.ok(pauses > whileSaving);
    assert.deepEqual(result.kind === 'loaded' && result.index.ids(), index.ids());
  });

  it('saves through a file-access interface: on disk with node:fs, nothing before the first save', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'sourcelens-store-')), 'storage', 'sibling-index.bin');
    const file: StoreFile = nodeStoreFile(path);
    assert.deepEqual(await loadIndex(file), { kind: 'none' });
    const { index, stamps } = build();
    await saveIndex(file, index, stamps);
    const result = await loadIndex(file);
    assert.equal(result.kind, 'loaded');
    assert.deepEqual(result.kind === 'loaded' && result.index.ids(), index.ids());
    writeFileSync(path, readFileSync(path).subarray(0, 100));
    assert.equal((await loadIndex(file)).kind, 'damaged');
  });
});
