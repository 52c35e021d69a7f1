import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { decodeIndex, encodeIndex, fingerprint, MemorySampleStore, SIBLING_RULE, SiblingIndex, type FileStamp } from '../../src/analysis';
import { FileSampleStore, sampleStoreIn } from '../../src/node/fileSampleStore';
import { random } from '../../eval/random';
import { newsSentence } from './helpers';

/**
 * The sibling index's sample stores: the file-backed one (src/node/fileSampleStore.ts) on its
 * own, and an index over it against one over the in-memory store, on a seeded folder of wire
 * copy made here: stories of a headline, a byline, a dateline and paragraphs drawn word by word
 * from a news vocabulary, with cuts and rewrites of earlier stories (versions), plain copies
 * (identical texts) and a site's footer line on some pages.
 */
const NAMES = ['Maria Lopez', 'James Okafor', 'Helen Brandt', 'Tom Reyes', 'Aisha Khan', 'Peter Novak'];
const PLACES = ['LEEDS', 'BRISTOL', 'MANCHESTER', 'CARDIFF', 'GLASGOW', 'NORWICH'];
const FOOTER = 'Copyright 2024 The Evening Courier. All rights reserved. Sign up for our newsletter.';

function story(rng: () => number): string {
  const name = NAMES[Math.floor(rng() * NAMES.length)];
  const paragraphs = Array.from({ length: 5 + Math.floor(rng() * 8) }, () => Array.from({ length: 1 + Math.floor(rng() * 3) }, () => newsSentence(rng)).join(' '));
  paragraphs[0] = `${PLACES[Math.floor(rng() * PLACES.length)]} (Courier) - ${paragraphs[0]}`;
  paragraphs.splice(2, 0, `"${newsSentence(rng)}" said ${name}.`);
  return [newsSentence(rng).slice(0, 60), `By ${name}`, ...paragraphs].join('\n\n');
}

/** A cut of a story with one paragraph rewritten, and sometimes a footer. */
function versionOf(text: string, rng: () => number): string {
  const paragraphs = text.split('\n\n');
  const kept = paragraphs.slice(0, Math.max(4, Math.round(paragraphs.length * (0.5 + 0.5 * rng()))));
  kept[kept.length - 1] = newsSentence(rng);
  if (rng() < 0.3) kept.push(FOOTER);
  return kept.join('\n\n');
}

function folder(seed: number, count: number): Array<[string, string]> {
  const rng = random(seed);
  const texts: Array<[string, string]> = [];
  for (let i = 0; i < count; i++) {
    const roll = rng();
    const earlier = texts.length > 0 ? texts[Math.floor(rng() * texts.length)][1] : undefined;
    const text = earlier && roll < 0.25 ? versionOf(earlier, rng) : earlier && roll < 0.3 ? earlier : story(rng);
    texts.push([`file:///desk/${i}.txt`, text]);
  }
  return texts;
}

function sampleOf(rng: () => number, length: number): { sample: Uint32Array; where: Uint16Array; note: Uint8Array } {
  const sample = Uint32Array.from({ length }, () => Math.floor(rng() * 2 ** 32)).sort();
  const note = new TextEncoder().encode(JSON.stringify([newsSentence(rng).slice(0, Math.floor(rng() * 90)), null, 'LEEDS']));
  return { sample, where: Uint16Array.from({ length }, () => Math.floor(rng() * 65536)), note };
}

const temporary = (): string => mkdtempSync(join(tmpdir(), 'sourcelens-samples-'));

describe('index sample stores', () => {
  it('reads back from the file every sample put, before and after it is written, and leaves no file when closed', () => {
    const dir = temporary();
    const store = new FileSampleStore(dir);
    const rng = random(7);
    // About 1.2 MB of samples: several buffers written to the file, the last ones still pending.
    const kept = Array.from({ length: 800 }, (_, k) => sampleOf(rng, k % 7 === 0 ? 1024 : 1 + Math.floor(rng() * 300)));
    const at = kept.map(({ sample, where, note }) => store.put(sample, where, note));
    kept.forEach(({ sample, where, note }, k) => {
      const read = store.read(at[k], sample.length);
      assert.deepEqual(read.sample, sample, `sample ${k}`);
      assert.deepEqual(read.where, where, `places ${k}`);
      assert.deepEqual(new Uint8Array(store.readNote(at[k], sample.length, note.length)), note, `note ${k}`);
    });
    assert.ok(store.byteLength < 1 << 20, 'the samples are not held in memory');
    store.close();
    assert.throws(() => store.read(at[0], kept[0].sample.length), /closed/);
    assert.deepEqual(readdirSync(dir), []);
  });

  it('gives an empty store of the same kind, and memory when there is no folder', () => {
    const dir = temporary();
    const store = sampleStoreIn(dir);
    assert.ok(store instanceof FileSampleStore);
    const emptied = store.emptied();
    assert.ok(emptied instanceof FileSampleStore);
    const { sample, where, note } = sampleOf(random(3), 40);
    assert.deepEqual(emptied.read(emptied.put(sample, where, note), 40).sample, sample);
    store.close();
    emptied.close();
    assert.ok(sampleStoreIn(undefined) instanceof MemorySampleStore);
  });

  it('answers every look-up alike over a file and in memory, through copies, removals, compaction and a save', () => {
    const texts = folder(20261126, 160);
    const firstFile = new FileSampleStore(temporary());
    const inMemory = new SiblingIndex(SIBLING_RULE, new MemorySampleStore());
    const onFile = new SiblingIndex(SIBLING_RULE, firstFile);
    const stamps = new Map<string, FileStamp>();
    texts.forEach(([id, text], i) => {
      const fp = fingerprint(text);
      inMemory.add(id, fp);
      onFile.add(id, fp);
      stamps.set(id, { mtime: i, size: text.length });
    });
    const same = (a: SiblingIndex, b: SiblingIndex): void => {
      assert.deepEqual(b.ids(), a.ids());
      for (const id of a.ids()) {
        assert.deepEqual(b.get(id), a.get(id), id);
        assert.deepEqual(b.candidates(id), a.candidates(id), id);
        assert.deepEqual(b.related(id), a.related(id), id);
      }
      assert.deepEqual(b.relations(), a.relations());
    };
    same(inMemory, onFile);
    assert.ok(inMemory.pairs().length > 10, 'the folder has versions');
    // Most of the folder removed: the index compacts into a new store.
    for (const [id] of texts.filter((_, k) => k % 5 !== 0)) {
      inMemory.remove(id);
      onFile.remove(id);
      stamps.delete(id);
    }
    for (const [id, text] of folder(99, 30)) {
      const fp = fingerprint(text);
      inMemory.add(`${id}#new`, fp);
      onFile.add(`${id}#new`, fp);
      stamps.set(`${id}#new`, { mtime: 0, size: text.length });
    }
    same(inMemory, onFile);
    assert.throws(() => firstFile.read(0, 1), /closed/, 'compacted into a new file');
    const bytes = encodeIndex(inMemory, stamps);
    assert.deepEqual(encodeIndex(onFile, stamps), bytes);
    const reloaded = decodeIndex(bytes, new FileSampleStore(temporary()));
    assert.equal(reloaded.kind, 'loaded');
    if (reloaded.kind === 'loaded') {
      same(inMemory, reloaded.index);
      reloaded.index.close();
    }
    inMemory.close();
    onFile.close();
  });
});
