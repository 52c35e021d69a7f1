import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runAnalyze, type OutputFormat } from '../../src/cli/analyzeCommand';
import { expandPaths, foldersWithoutArticles, readArticle } from '../../src/cli/files';
import { readSeed, ROOT } from './helpers';

async function run(paths: string[], json: boolean | OutputFormat): Promise<{ code: number; output: string }> {
  let output = '';
  const code = await runAnalyze(paths, { format: json === true ? 'json' : json === false ? 'text' : json }, (text) => (output += text));
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
    assert.match(output, /Anatoly Antonov — Ambassador to the United States, Russia · official/);
  });
});

describe('sourcelens analyze on awkward files and folders', () => {
  const seedText = readSeed('001_2685f8e38a54437a.txt');
  const errorOf = async (path: string, maxBytes?: number): Promise<string | undefined> => {
    const read = await readArticle(path, maxBytes);
    return 'error' in read ? read.error : undefined;
  };

  it('refuses a named pipe, a device and a socket by their type, without reading them', async function () {
    const folder = mkdtempSync(join(tmpdir(), 'sourcelens-'));
    const pipe = join(folder, 'pipe.txt');
    try {
      execFileSync('mkfifo', [pipe]);
    } catch {
      this.skip();
    }
    assert.equal(await errorOf(pipe), 'not a regular file (a named pipe)');
    assert.equal(await errorOf('/dev/zero'), 'not a regular file (a device)');
    const socket = join(folder, 'socket.txt');
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(socket, resolve));
    try {
      assert.equal(await errorOf(socket), 'not a regular file (a socket)');
    } finally {
      server.close();
    }
  });

  it('refuses a file over the size cap', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'sourcelens-'));
    const path = join(folder, 'long.txt');
    writeFileSync(path, 'a'.repeat(2_000));
    assert.equal(await errorOf(path, 1_999), 'larger than 1,999 bytes (see --max-file-size)');
    assert.equal(await errorOf(path, 2_000), undefined);
  });

  it('reads UTF-16 files with a byte-order mark, little- and big-endian, and refuses a NUL far into a file', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'sourcelens-'));
    const little = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(seedText, 'utf16le')]);
    const big = Buffer.from(little);
    big.swap16();
    writeFileSync(join(folder, 'le.txt'), little);
    writeFileSync(join(folder, 'be.txt'), big);
    writeFileSync(join(folder, 'late-nul.txt'), `${seedText.repeat(40)}\u0000`);
    const { documents } = JSON.parse((await run([folder], true)).output);
    assert.deepEqual(
      documents.map((d: { path: string; error?: string; quotes?: unknown[] }) => [d.path.slice(folder.length + 1), d.error ?? d.quotes?.length]),
      [['be.txt', 9], ['late-nul.txt', 'not a text file (it contains NUL bytes)'], ['le.txt', 9]],
    );
  });

  it('finds and reads a file whose name is not UTF-8', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'sourcelens-'));
    writeFileSync(Buffer.concat([Buffer.from(`${folder}/caf`), Buffer.from([0xe9]), Buffer.from('.txt')]), seedText);
    const { code, output } = await run([folder], 'jsonl');
    assert.equal(code, 0);
    const [document] = output.trim().split('\n').map((line) => JSON.parse(line));
    assert.equal(document.path, join(folder, 'caf\\xE9.txt'));
    assert.equal(document.quotes.length, 9);
  });

  it('walks a deep tree of folders in order', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'sourcelens-'));
    let deep = folder;
    for (let level = 0; level < 300; level++) deep = join(deep, 'd');
    mkdirSync(deep, { recursive: true });
    writeFileSync(join(deep, 'deep.txt'), 'x');
    writeFileSync(join(folder, 'b.md'), 'x');
    writeFileSync(join(folder, 'a.txt'), 'x');
    writeFileSync(join(folder, 'image.png'), 'x');
    assert.deepEqual(await expandPaths([folder]), [join(folder, 'a.txt'), join(folder, 'b.md'), join(deep, 'deep.txt')]);
  });

  it('reports a folder it cannot list and reads the others', async function () {
    if (process.getuid?.() === 0) this.skip(); // root lists every folder
    const folder = mkdtempSync(join(tmpdir(), 'sourcelens-'));
    for (const name of ['a.txt', 'b.txt']) writeFileSync(join(folder, name), 'x');
    const locked = join(folder, 'locked');
    mkdirSync(locked, { mode: 0o000 });
    const { code, output } = await run([folder], 'jsonl');
    assert.equal(code, 1);
    const documents = output.trim().split('\n').map((line) => JSON.parse(line));
    assert.deepEqual(documents.map((d) => d.error ?? 'ok'), ['ok', 'ok', 'a folder that cannot be listed (permission denied)']);
  });

  it('streams --jsonl and --json a document at a time, and both parse', async () => {
    const pieces: string[] = [];
    await runAnalyze([join(ROOT, 'seeds')], { format: 'jsonl' }, (text) => pieces.push(text));
    assert.equal(pieces.length, 2);
    assert.deepEqual(pieces.map((line) => JSON.parse(line).quotes.length), [7, 9]);
    const json: string[] = [];
    await runAnalyze([join(ROOT, 'seeds'), join(ROOT, 'seeds', 'missing.txt')], { format: 'json' }, (text) => json.push(text));
    assert.equal(json.length, 4);
    assert.deepEqual(JSON.parse(json.join('')).documents.map((d: { error?: string }) => d.error ?? 'ok'), ['ok', 'ok', 'no such file']);
    assert.deepEqual(JSON.parse((await run([], true)).output), { documents: [] });
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

describe('sourcelens analyze: errors and empty folders', () => {
  it('writes read errors of the readable summary to stderr, not into the summary', async () => {
    let output = '';
    let errors = '';
    const missing = join(ROOT, 'seeds', 'no-such-story.txt');
    const code = await runAnalyze([missing, join(ROOT, 'seeds', '001_2685f8e38a54437a.txt')], { format: 'text' }, (text) => (output += text), (text) => (errors += text));
    assert.equal(code, 1);
    assert.equal(errors, `sourcelens analyze: ${missing}: no such file\n`);
    assert.equal(output.includes('no-such-story'), false);
    assert.match(output, /Antony Blinken/);
  });

  it('finds the folders that hold no article, stopping early in those that do', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'sourcelens-empty-'));
    mkdirSync(join(folder, 'photos'));
    writeFileSync(join(folder, 'photos', 'front-page.png'), 'not an article');
    assert.deepEqual(await foldersWithoutArticles([folder, join(ROOT, 'seeds'), '-', join(ROOT, 'seeds', '001_2685f8e38a54437a.txt')]), [folder]);
  });
});

describe('sourcelens command line', () => {
  // Run through tsx, as the other process test does: the same code as the bundle, without a build.
  const cli = (args: string[], input?: string) => spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'src', 'cli.ts'), ...args], { cwd: ROOT, input, encoding: 'utf8' });

  it('prints the version for -V and --version, and says where -v went', () => {
    const version = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
    assert.equal(cli(['-V']).stdout, `${version}\n`);
    assert.equal(cli(['--version']).stdout, `${version}\n`);
    const old = cli(['-v']);
    assert.equal(old.status, 2);
    assert.match(old.stderr, /--version/);
  }).timeout(30_000);

  it('prints a command\'s own help for `analyze --help`', () => {
    const help = cli(['analyze', '--help']);
    assert.equal(help.status, 0);
    assert.match(help.stdout, /^Usage: sourcelens analyze/);
    assert.match(help.stdout, /--jsonl/);
    assert.doesNotMatch(help.stdout, /--table/);
  }).timeout(20_000);

  it('reads one article from standard input for -', () => {
    // Written for this test in the shape of agency copy: dateline, attributed quote.
    const story = 'LISBON (Reuters) - Portugal will widen its coastal defences before winter, Prime Minister Ana Ferreira said on Tuesday.\n\n"We cannot wait for the next storm," Ferreira told reporters in Lisbon.\n';
    const run = cli(['analyze', '--json', '-'], story);
    assert.equal(run.status, 0, run.stderr);
    const [document] = (JSON.parse(run.stdout) as { documents: Array<{ path: string; people: Array<{ name: string }>; quotes: Array<{ speakerId: string | null }> }> }).documents;
    assert.equal(document.path, '-');
    assert.ok(document.people.some((person) => person.name === 'Ana Ferreira'));
    assert.ok(document.quotes.length === 1 && document.quotes[0].speakerId !== null);
  }).timeout(20_000);

  it('warns and exits 1 when the folders given hold no article', () => {
    const folder = mkdtempSync(join(tmpdir(), 'sourcelens-nothing-'));
    writeFileSync(join(folder, 'notes.pdf'), 'binary');
    const run = cli(['analyze', folder]);
    assert.equal(run.status, 1);
    assert.equal(run.stdout, '');
    assert.match(run.stderr, /warning: no articles found in/);
  }).timeout(20_000);
});
