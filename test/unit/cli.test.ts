import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runAnalyze } from '../../src/cli/analyzeCommand';
import { ROOT } from './helpers';

async function run(paths: string[], json: boolean): Promise<{ code: number; output: string }> {
  let output = '';
  const code = await runAnalyze(paths, json, (text) => (output += text));
  return { code, output };
}

describe('sourcelens analyze', () => {
  const seed = join(ROOT, 'seeds', '001_2685f8e38a54437a.txt');

  it('prints the JSON contract: documents with people, mentions and quotes', async () => {
    const { code, output } = await run([seed], true);
    assert.equal(code, 0);
    const { documents } = JSON.parse(output);
    assert.equal(documents.length, 1);
    const [doc] = documents;
    assert.equal(doc.path, seed);
    const blinken = doc.people.find((p: { name: string }) => p.name === 'Antony Blinken');
    assert.deepEqual(Object.keys(blinken).filter((k) => ['id', 'name', 'title', 'affiliation', 'official', 'mentions'].includes(k)).sort(), ['affiliation', 'id', 'mentions', 'name', 'official', 'title']);
    assert.deepEqual(Object.keys(blinken.mentions[0]).sort(), ['end', 'start', 'text']);
    const quote = doc.quotes.find((q: { text: string }) => q.text.startsWith('The attempts'));
    assert.equal(quote.speakerId, doc.people.find((p: { name: string }) => p.name === 'Anatoly Antonov').id);
    assert.equal(quote.speakerMention.text, 'Mr Antonov');
    assert.equal(quote.cue.text, 'told');
    assert.equal(quote.partial, false);
  });

  it('reports unreadable and binary files as errors, analyses the rest, and exits non-zero', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'sourcelens-'));
    const binary = join(folder, 'image.txt');
    writeFileSync(binary, Buffer.from([0x89, 0x50, 0x00, 0x01]));
    const missing = join(folder, 'missing.txt');
    const { code, output } = await run([binary, missing, seed], true);
    assert.equal(code, 1);
    const { documents } = JSON.parse(output);
    assert.deepEqual(documents.map((d: { error?: string }) => d.error ?? 'ok'), ['not a text file (it contains NUL bytes)', 'no such file', 'ok']);
  });

  it('expands a folder to its articles and prints a readable summary', async () => {
    const { code, output } = await run([join(ROOT, 'seeds')], false);
    assert.equal(code, 0);
    assert.match(output, /000_2b7d7f5e5426fd49\.txt \(dated 2022-10-22, filed from WASHINGTON\)/);
    assert.match(output, /Anatoly Antonov — Ambassador to the United States, Russia \(official\)/);
  });
});

describe('sourcelens as a process', () => {
  it('stops quietly when the reader of its output goes away (`| head`)', async () => {
    const { spawn } = await import('node:child_process');
    const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'src', 'cli.ts'), 'analyze', join(ROOT, 'seeds'), join(ROOT, 'seeds'), join(ROOT, 'seeds')], { cwd: ROOT });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    assert.equal(stderr.includes('EPIPE'), false, stderr);
    assert.equal(code, 0);
  }).timeout(20_000);
});
