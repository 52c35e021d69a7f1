/**
 * Look-up times on the sibling bench's synthetic folder (bench/siblings.ts: same generator and
 * seed), for comparing two versions of the index on one machine: the folder is indexed once with
 * its samples in a file, saved under the system's temporary folder and reloaded on later runs
 * (`--fresh` indexes it again). After 300 look-ups to warm up, it times `siblingsOf` and `related`
 * of random texts by id (as the Versions view asks for the open article), by the wall clock and by
 * the process's CPU time (a busy machine stretches the first, not the second), and the whole loop's CPU time.
 * Run: npx tsx --expose-gc bench/lookupTimes.ts [--size 20000] [--queries 2000] [--fresh]
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { random } from '../eval/random';
import { fingerprintParts, SIBLING_RULE, SiblingIndex } from '../src/analysis/siblings';
import { decodeIndex, encodeIndex, type FileStamp } from '../src/analysis/siblings/indexStore';
import { FileSampleStore } from '../src/node/fileSampleStore';
import { article, loadSourceTexts, versionOf, WordSampler } from './siblings';

const args = process.argv.slice(2);
const option = (name: string, fallback: number): number => (args.includes(name) ? Number(args[args.indexOf(name) + 1]) : fallback);
const size = option('--size', 20_000);
const queries = option('--queries', 2000);
const cached = join(tmpdir(), `sourcelens-lookup-${size}.bin`);

/** The bench's folder of `size` texts, indexed as bench/siblings.ts indexes it. */
function buildIndex(): SiblingIndex {
  const { texts } = loadSourceTexts();
  const words = new WordSampler(texts);
  const sentences = texts.flatMap((t) => t.split(/(?<=[.!?])\s+/).filter((s) => s.split(' ').length >= 8));
  const rng = random(size);
  const index = new SiblingIndex(SIBLING_RULE, new FileSampleStore(tmpdir()));
  const originals: string[] = [];
  for (let i = 0; i < size; i++) {
    const text = i > 100 && rng() < 0.05 && originals.length > 0 ? versionOf(originals[Math.floor(rng() * originals.length)], rng) : article(words, sentences, rng);
    if (i % 20 === 0) originals.push(text);
    index.addRecord({ id: `doc${i}`, ...fingerprintParts(text) });
  }
  return index;
}

export function benchIndex(): SiblingIndex {
  if (existsSync(cached) && !args.includes('--fresh')) {
    const loaded = decodeIndex(readFileSync(cached), new FileSampleStore(tmpdir()));
    if (loaded.kind === 'loaded') return loaded.index;
  }
  const index = buildIndex();
  const stamps = new Map<string, FileStamp>(index.ids().map((id) => [id, { mtime: 0, size: 0 }]));
  writeFileSync(cached, encodeIndex(index, stamps));
  return index;
}

function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

function summary(times: number[]): string {
  const sorted = [...times].sort((a, b) => a - b);
  const at = (share: number): string => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * share))].toFixed(3);
  return `mean ${(times.reduce((a, b) => a + b, 0) / times.length).toFixed(3)}  p50 ${at(0.5)}  p95 ${at(0.95)}  max ${sorted[sorted.length - 1].toFixed(3)} ms`;
}

if (require.main === module) {
  const index = benchIndex();
  (globalThis as { gc?: () => void }).gc?.();
  const rng = random(7);
  const pick = (): string => `doc${Math.floor(rng() * size)}`;
  for (let k = 0; k < 300; k++) index.related(pick());
  const wall = { siblingsOf: [] as number[], related: [] as number[] };
  const cpu = { siblingsOf: [] as number[], related: [] as number[] };
  const loopCpu = { siblingsOf: 0, related: 0 };
  const found = { siblingsOf: 0, related: 0 };
  for (let k = 0; k < queries; k++) {
    const id = pick();
    for (const kind of ['siblingsOf', 'related'] as const) {
      const c0 = cpuMs();
      const t0 = performance.now();
      found[kind] += kind === 'siblingsOf' ? index.siblingsOf(id).length : index.related(id).length;
      const t1 = performance.now();
      const c1 = cpuMs();
      wall[kind].push(t1 - t0);
      cpu[kind].push(c1 - c0);
      loopCpu[kind] += c1 - c0;
    }
  }
  console.log(`${size} texts, ${queries} look-ups of each kind after 300 to warm up`);
  for (const kind of ['siblingsOf', 'related'] as const) {
    console.log(`${kind.padEnd(10)} wall: ${summary(wall[kind])}`);
    console.log(`${''.padEnd(10)} CPU:  ${summary(cpu[kind])}  (loop ${(loopCpu[kind] / 1000).toFixed(2)} s, ${found[kind]} found)`);
  }
  index.close();
}
