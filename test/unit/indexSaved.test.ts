import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runSiblings } from '../../src/cli/siblingsCommand';
import { readSeed } from './helpers';

/** A folder of our own: the two seeds (one wire story as two outlets ran it), a cut of one, and a council story written for this test. */
function folder(): { dir: string; files: string[] } {
  const dir = mkdtempSync(join(tmpdir(), 'sourcelens-saved-'));
  const us = readSeed('000_2b7d7f5e5426fd49.txt');
  const texts: Array<[string, string]> = [
    ['us.txt', us],
    ['uk.txt', readSeed('001_2685f8e38a54437a.txt')],
    ['cut.txt', us.split('\n\n').slice(0, 5).join('\n\n')],
    ['council.txt', 'LEEDS - The city council voted on Monday to close two libraries and a swimming pool, after a four-hour meeting interrupted by protesters and a walk-out by the opposition benches.'],
  ];
  // Whole seconds, so that setting a time back gives exactly the stamp saved.
  const written = new Date('2024-03-05T10:00:00Z');
  for (const [name, text] of texts) {
    writeFileSync(join(dir, name), text);
    utimesSync(join(dir, name), written, written);
  }
  return { dir, files: texts.map(([name]) => join(dir, name)) };
}

async function siblingsJson(dir: string, index?: string): Promise<{ output: unknown; errors: string }> {
  let out = '';
  let errors = '';
  await runSiblings([dir], true, (text) => (out += text), (text) => (errors += text), undefined, index);
  return { output: JSON.parse(out), errors };
}

describe('siblings --index FILE', () => {
  it('gives what a run without it gives, and reads again only the files whose stamp changed', async () => {
    const { dir, files } = folder();
    const store = join(mkdtempSync(join(tmpdir(), 'sourcelens-store-')), 'index.bin');
    const fresh = await siblingsJson(dir);
    assert.deepEqual(await siblingsJson(dir, store), fresh);
    assert.deepEqual(await siblingsJson(dir, store), fresh);

    // The cut rewritten as the council story, same size and time: the saved fingerprint is used.
    const cut = files[2];
    const before = statSync(cut);
    const council = readFileSync(files[3], 'utf8');
    writeFileSync(cut, council.padEnd(before.size, ' ').slice(0, before.size));
    utimesSync(cut, before.atime, before.mtime);
    assert.deepEqual(await siblingsJson(dir, store), fresh);
    // Touched, it is read again, and now pairs with the council story instead.
    utimesSync(cut, before.atime, new Date(before.mtimeMs + 5000));
    const now = await siblingsJson(dir, store);
    assert.deepEqual(now, await siblingsJson(dir));
    assert.notDeepEqual(now, fresh);
  });

  it('builds a damaged index file again, with a note', async () => {
    const { dir } = folder();
    const store = join(mkdtempSync(join(tmpdir(), 'sourcelens-store-')), 'index.bin');
    writeFileSync(store, 'not an index at all');
    const run = await siblingsJson(dir, store);
    assert.match(run.errors, /not a saved index/);
    assert.deepEqual(run.output, (await siblingsJson(dir)).output);
    assert.equal((await siblingsJson(dir, store)).errors, '');
  });
});
