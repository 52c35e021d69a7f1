import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fingerprint, SiblingIndex } from '../../src/analysis';
import { indexFiles } from '../../src/cli/indexFiles';
import { readSeed } from './helpers';

/**
 * A folder of 240 articles made from the seeds' paragraphs: runs of 3 to 8 paragraphs from
 * different starting points, as cuts and updates of one wire story would be, each under its own
 * dateline and date.
 */
function folderOfVersions(): string[] {
  const paragraphs = [readSeed('000_2b7d7f5e5426fd49.txt'), readSeed('001_2685f8e38a54437a.txt')].flatMap((text) => text.split(/\n\s*\n/).filter((p) => p.trim() !== ''));
  const folder = mkdtempSync(join(tmpdir(), 'sourcelens-index-'));
  const places = ['WASHINGTON', 'LONDON', 'KYIV', 'BRUSSELS'];
  return Array.from({ length: 240 }, (_, i) => {
    const start = (i * 7) % paragraphs.length;
    const body = paragraphs.slice(start, start + 3 + (i % 6)).join('\n\n');
    const path = join(folder, `story-${String(i).padStart(3, '0')}.txt`);
    writeFileSync(path, `date 2024-0${1 + (i % 9)}-1${i % 10}\n\n${places[i % 4]} (Reuters) - ${body}\n`);
    return path;
  });
}

describe('indexing files for the CLI', function () {
  this.timeout(120_000);

  it('fingerprints many files on every core into the index one thread would build', async () => {
    const files = folderOfVersions();
    const missing = join(files[0], '..', 'gone.txt');
    const given = [...files.slice(0, 5), files[2], missing, ...files.slice(5)];
    const pooled = new SiblingIndex();
    const failed: string[] = [];
    await indexFiles(given, pooled, (path) => failed.push(path));
    assert.deepEqual(failed, [missing]);
    const oneThread = new SiblingIndex();
    for (const path of files) oneThread.add(path, fingerprint(readFileSync(path, 'utf8')));
    assert.deepEqual(pooled.ids(), files);
    assert.deepEqual(pooled.ids().map((id) => pooled.get(id)), oneThread.ids().map((id) => oneThread.get(id)));
  });
});
