/**
 * Throughput and memory of sibling indexing: fingerprint and add N synthetic articles, then
 * query. Articles are drawn word by word from the corpus's word frequencies (so their 5-word
 * shingles are mostly new, as in real copy), with a real corpus sentence now and then (the
 * quotations and stock phrases that different stories share), and one text in twenty is a cut
 * and edited version of an earlier one, so that look-ups have siblings to find.
 * The index keeps its samples in a file (src/node/fileSampleStore.ts), as the extension and the
 * CLI do; `--samples memory` keeps them in memory instead, as the browser build does.
 * The pool runs the bundled worker users run (dist/fingerprintWorker.js, built first when stale;
 * poolWorker.ts), or with `--worker source` the worker from source under tsx.
 * Run: npx tsx --expose-gc bench/siblings.ts [--sizes 20000,100000] [--samples file|memory] [--worker bundled|source] [--json]
 * Without the corpus (../shared/corpus or $SOURCELENS_CORPUS) the words come from the seeds.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { readJsonl } from '../eval/lib';
import { random } from '../eval/random';
import { CORPUS, ROOT } from './corpusTexts';
import { fingerprint, fingerprintParts, SIBLING_RULE, SiblingIndex } from '../src/analysis/siblings';
import { MemorySampleStore, type SampleStore } from '../src/analysis/siblings/sampleStore';
import { FileSampleStore } from '../src/node/fileSampleStore';
import { decodeIndex, encodeIndex, type FileStamp } from '../src/analysis/siblings/indexStore';
import { FingerprintPool } from '../src/worker/fingerprintPool';
import { poolWorker, type PoolWorker, type PoolWorkerKind } from './poolWorker';

const DEFAULT_SIZES = [20_000, 100_000];
/** A size is skipped when the previous one, scaled up, would take longer than this. */
const TIME_BUDGET_MS = 15 * 60 * 1000;
const QUERIES = 1000;
/** Look-ups before the timed ones, of texts drawn apart. */
const WARM_UP = 200;
const POOL_SAMPLE = 20_000;
/** Texts drawn at a time for the pool's rate. */
const POOL_CHUNK = 2_000;
const RECORD_SAMPLE = 50;

export interface SiblingsBenchRow {
  documents: number;
  words: number;
  fingerprintDocsPerSecond: number;
  addDocsPerSecond: number;
  /** Characters of one fingerprint record as JSON, mean and largest (of one text in `RECORD_SAMPLE`). */
  recordBytesMean: number;
  recordBytesMax: number;
  /** Growth of the JavaScript heap and array buffers from an empty index to the full one (after GC when --expose-gc is given; after one text is fingerprinted, so that the lexicons loaded then are not counted). */
  heapMegabytes: number;
  heapBytesPerDocument: number;
  /**
   * The part of `heapMegabytes` that goes when the index is dropped (after the look-ups, the save
   * and the updates): the index's own memory. The rest is what fingerprinting 100,000 texts on
   * this thread left behind (normalize.ts's cache of word keys and the like), which in the
   * extension and the CLI stays in the pool's worker threads.
   */
  indexHeapMegabytes: number;
  /** Typed arrays of the index: samples and posting table. */
  indexMegabytes: number;
  /**
   * `siblingsOf` a random text of the index by id, after `WARM_UP` look-ups of other texts (as in
   * an editor in use: compiled code, the sample file's pages in the system's cache): the mean, the
   * 95th percentile and the slowest of `QUERIES`, by the wall clock.
   */
  queryMsMean: number;
  queryMsP95: number;
  queryMsMax: number;
  /** The same look-ups by the process's CPU time: what other work on a shared machine does not stretch. */
  queryCpuMsMean: number;
  queryCpuMsP95: number;
  /** `related` of the same texts, as the Versions view asks for the open article (versions of versions, digests, quotes in common). */
  relatedMsMean: number;
  relatedMsP95: number;
  candidatesPerQuery: number;
  allPairsSeconds: number;
  /** Fingerprinting and adding every text, one after the other on one core. */
  oneCoreBuildSeconds: number;
  /** Texts fingerprinted per second by the CLI's pool (a worker thread per core), over the first `POOL_SAMPLE` texts. */
  poolDocsPerSecond: number;
  /** Texts per CPU-second of the whole process (the pool's threads, the main thread, the engine's helpers) while the pool fingerprints. */
  poolDocsPerCpuSecond: number;
  /** CPU time of the one-core build (fingerprint, add and drawing the texts), this thread and the engine's helper threads: steadier than `oneCoreBuildSeconds` under load. */
  oneCoreCpuSeconds: number;
  /** The worker the pool ran: the bundle (dist/fingerprintWorker.js) or the source under tsx. */
  poolWorker: PoolWorkerKind;
  /** Building the index with the pool: every text at the pool's rate, plus adding them (measured), in seconds. */
  buildSeconds: number;
  /** The saved index (indexStore.ts): its size, writing it to bytes, and loading it back into a working index. */
  storeMegabytes: number;
  saveSeconds: number;
  reloadSeconds: number;
  /** One changed article: fingerprinted again and put in the index in place of its old record (median of 100). */
  updateMs: number;
  /** Planted versions found among the queried texts' siblings. */
  plantedFound: string;
  gcExposed: boolean;
}

/** Where the benchmark's indexes keep their samples. */
export type SampleKeeping = 'file' | 'memory';

export async function runSiblingsBench(
  options: { sizes?: number[]; log?: (line: string) => void; samples?: SampleKeeping; worker?: PoolWorkerKind } = {},
): Promise<{ siblings: SiblingsBenchRow[]; source: string; cores: number }> {
  const newStore = (): SampleStore => (options.samples === 'memory' ? new MemorySampleStore() : new FileSampleStore(tmpdir()));
  const log = options.log ?? ((line: string) => console.log(line));
  const worker = poolWorker(options.worker, log);
  const { texts, source } = loadSourceTexts();
  const words = new WordSampler(texts);
  const sentences = texts.flatMap((t) => t.split(/(?<=[.!?])\s+/).filter((s) => s.split(' ').length >= 8));
  const rows: SiblingsBenchRow[] = [];
  let lastMs = 0;
  let lastSize = 0;
  for (const size of options.sizes ?? DEFAULT_SIZES) {
    if (lastSize > 0 && (lastMs * size) / lastSize > TIME_BUDGET_MS) {
      log(`siblings bench: ${size} documents skipped (about ${Math.round((lastMs * size) / lastSize / 1000)} s projected)`);
      continue;
    }
    const started = Date.now();
    rows.push(await benchOne(size, words, sentences, log, newStore, worker));
    lastMs = Date.now() - started;
    lastSize = size;
  }
  return { siblings: rows, source, cores: cpus().length };
}

async function benchOne(
  size: number,
  words: WordSampler,
  sentences: readonly string[],
  log: (line: string) => void,
  newStore: () => SampleStore,
  worker: PoolWorker,
): Promise<SiblingsBenchRow> {
  const rng = random(size);
  const gc = (globalThis as { gc?: () => void }).gc;
  // What the first fingerprint loads once (the lexicons, compromise's model) is not the index's memory.
  fingerprint(article(words, sentences, random(0)));
  const heapBefore = await settledMemory(gc);
  // `let`, so that the index can be dropped at the end to see what memory was its own.
  let index = new SiblingIndex(SIBLING_RULE, newStore());
  let fingerprintMs = 0;
  // CPU time of the loop below (this thread and the engine's helper threads): steadier than the clock on a shared machine.
  const loopCpu = process.cpuUsage();
  let addMs = 0;
  let wordTotal = 0;
  let recordBytes = 0;
  let recordMax = 0;
  // Texts kept only for the planted versions' originals: one in 20, to make versions of.
  const originals: string[] = [];
  const planted: Array<[string, string]> = [];
  for (let i = 0; i < size; i++) {
    let text: string;
    if (i > 100 && rng() < 0.05 && originals.length > 0) {
      const k = Math.floor(rng() * originals.length);
      text = versionOf(originals[k], rng);
      planted.push([`doc${i}`, `doc${(k * 20) | 0}`]);
    } else {
      text = article(words, sentences, rng);
    }
    if (i % 20 === 0) originals.push(text);
    // As the pool's results are added (indexFiles.ts, workspaceIndex.ts): parts, no base64.
    const t0 = performance.now();
    const parts = fingerprintParts(text);
    const t1 = performance.now();
    index.addRecord({ id: `doc${i}`, ...parts });
    const t2 = performance.now();
    fingerprintMs += t1 - t0;
    addMs += t2 - t1;
    wordTotal += parts.fingerprint.words;
    if (i % RECORD_SAMPLE === 0) {
      const bytes = JSON.stringify({ id: `doc${i}`, fingerprint: index.get(`doc${i}`) }).length;
      recordBytes += bytes;
      recordMax = Math.max(recordMax, bytes);
    }
    if ((i + 1) % 20000 === 0) log(`  ${i + 1} documents…`);
  }
  const oneCoreCpuSeconds = cpuSecondsSince(loopCpu);
  originals.length = 0;
  const heapAfter = await settledMemory(gc);

  // Look-ups: siblings of random texts, the planted versions among them, once warmed up.
  const warmRng = random(size + 1);
  for (let k = 0; k < Math.min(WARM_UP, size); k++) index.related(`doc${Math.floor(warmRng() * size)}`);
  const latencies: number[] = [];
  const cpuTimes: number[] = [];
  const relatedLatencies: number[] = [];
  let candidates = 0;
  const queried = new Set<number>();
  while (queried.size < Math.min(QUERIES, size)) queried.add(Math.floor(rng() * size));
  for (const i of queried) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    index.siblingsOf(`doc${i}`);
    latencies.push(performance.now() - t0);
    const cpu = process.cpuUsage(c0);
    cpuTimes.push((cpu.user + cpu.system) / 1000);
    const r0 = performance.now();
    index.related(`doc${i}`);
    relatedLatencies.push(performance.now() - r0);
    candidates += index.candidates(`doc${i}`).length;
  }
  let found = 0;
  const checked = planted.slice(0, QUERIES);
  for (const [version, original] of checked) if (index.siblingsOf(version).some((m) => m.id === original)) found++;
  latencies.sort((a, b) => a - b);
  relatedLatencies.sort((a, b) => a - b);
  cpuTimes.sort((a, b) => a - b);

  const p0 = performance.now();
  const pairCount = index.pairs().length;
  const allPairsSeconds = (performance.now() - p0) / 1000;
  const stamps = new Map<string, FileStamp>(index.ids().map((id, k) => [id, { mtime: 1_700_000_000_000 + k, size: 5000 }]));
  const { saveSeconds, storeBytes, reloadSeconds } = saveAndReload(index, stamps, newStore());
  stamps.clear();
  const updates: number[] = [];
  for (let k = 0; k < 100; k++) {
    const text = article(words, sentences, rng);
    const u0 = performance.now();
    index.add(`doc${Math.floor(rng() * size)}`, fingerprint(text));
    updates.push(performance.now() - u0);
  }
  updates.sort((a, b) => a - b);
  const indexBytes = index.byteLength;
  index.close();
  // eslint-disable-next-line no-useless-assignment -- drops the last reference to the index, so that the collector frees it
  index = new SiblingIndex();
  const heapLeft = await settledMemory(gc);

  // The pool's rate, on texts drawn as above (not kept: the first POOL_SAMPLE again, from the same seed).
  // They are drawn a chunk at a time outside the timing, as the one-core figure leaves drawing out:
  // drawing a text costs a fifth of fingerprinting it, on the main thread, where with a thread per
  // core it took that share of a core from the pool (reading a file from disk costs next to nothing).
  const poolRng = random(size);
  const poolTexts = Math.min(size, POOL_SAMPLE);
  const pool = new FingerprintPool(undefined, worker.script);
  await pool.fingerprint('Warm-up text for the pool.');
  let poolMs = 0;
  let poolCpuSeconds = 0;
  for (let from = 0; from < poolTexts; from += POOL_CHUNK) {
    const chunk = Array.from({ length: Math.min(POOL_CHUNK, poolTexts - from) }, (_, k): [number, string] => [from + k, article(words, sentences, poolRng)]);
    async function* drawn(): AsyncIterable<[number, string]> {
      yield* chunk;
    }
    const f0 = performance.now();
    const c0 = process.cpuUsage();
    await pool.inOrder(drawn(), () => undefined);
    poolMs += performance.now() - f0;
    poolCpuSeconds += cpuSecondsSince(c0);
  }
  const poolDocsPerSecond = poolTexts / (poolMs / 1000);
  await pool.close();

  const row: SiblingsBenchRow = {
    documents: size,
    words: wordTotal,
    fingerprintDocsPerSecond: Math.round(size / (fingerprintMs / 1000)),
    addDocsPerSecond: Math.round(size / (addMs / 1000)),
    recordBytesMean: Math.round(recordBytes / Math.ceil(size / RECORD_SAMPLE)),
    recordBytesMax: recordMax,
    heapMegabytes: round((heapAfter - heapBefore) / 1e6),
    heapBytesPerDocument: Math.round((heapAfter - heapBefore) / size),
    indexHeapMegabytes: round((heapAfter - heapLeft) / 1e6),
    indexMegabytes: round(indexBytes / 1e6),
    queryMsMean: round(latencies.reduce((a, b) => a + b, 0) / latencies.length, 3),
    queryMsP95: round(latencies[Math.floor(latencies.length * 0.95)], 3),
    queryMsMax: round(latencies[latencies.length - 1], 3),
    queryCpuMsMean: round(cpuTimes.reduce((a, b) => a + b, 0) / cpuTimes.length, 3),
    queryCpuMsP95: round(cpuTimes[Math.floor(cpuTimes.length * 0.95)], 3),
    relatedMsMean: round(relatedLatencies.reduce((a, b) => a + b, 0) / relatedLatencies.length, 3),
    relatedMsP95: round(relatedLatencies[Math.floor(relatedLatencies.length * 0.95)], 3),
    candidatesPerQuery: round(candidates / queried.size, 2),
    allPairsSeconds: round(allPairsSeconds),
    oneCoreBuildSeconds: round((fingerprintMs + addMs) / 1000),
    poolDocsPerSecond: Math.round(poolDocsPerSecond),
    poolWorker: worker.kind,
    poolDocsPerCpuSecond: Math.round(poolTexts / poolCpuSeconds),
    oneCoreCpuSeconds: round(oneCoreCpuSeconds),
    buildSeconds: round(size / poolDocsPerSecond + addMs / 1000),
    storeMegabytes: round(storeBytes / 1e6),
    saveSeconds: round(saveSeconds),
    reloadSeconds: round(reloadSeconds),
    updateMs: round(updates[updates.length >> 1], 3),
    plantedFound: `${found}/${checked.length}`,
    gcExposed: gc !== undefined,
  };
  log(`  ${size}: ${pairCount} sibling pairs in the whole set`);
  return row;
}

// ---------------------------------------------------------------------------------------------
// Synthetic copy

export function loadSourceTexts(): { texts: string[]; source: string } {
  const files = ['gum-news.jsonl', 'polnear-dev.jsonl'].map((file) => join(CORPUS, file));
  if (files.every((file) => existsSync(file))) {
    const texts = files.flatMap((file) => readJsonl<{ text: string }>(file).map((doc) => doc.text));
    return { texts, source: 'corpus (GUM news, PolNeAR dev)' };
  }
  const seeds = join(ROOT, 'seeds');
  return { texts: readdirSync(seeds).map((file) => readFileSync(join(seeds, file), 'utf8')), source: 'seeds (corpus not found)' };
}

/** Words drawn with their corpus frequencies. */
export class WordSampler {
  private readonly words: string[] = [];
  private readonly cumulative: number[] = [];

  constructor(texts: readonly string[]) {
    const counts = new Map<string, number>();
    for (const text of texts) for (const word of text.match(/[\p{L}\p{N}'’]+/gu) ?? []) counts.set(word, (counts.get(word) ?? 0) + 1);
    let total = 0;
    for (const [word, count] of counts) {
      total += count;
      this.words.push(word);
      this.cumulative.push(total);
    }
  }

  next(rng: () => number): string {
    const target = rng() * this.cumulative[this.cumulative.length - 1];
    let low = 0;
    let high = this.cumulative.length - 1;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (this.cumulative[mid] <= target) low = mid + 1;
      else high = mid;
    }
    return this.words[low];
  }
}

/** 6–25 paragraphs of 1–4 sentences; one sentence in 30 is a real one from the corpus. */
export function article(words: WordSampler, sentences: readonly string[], rng: () => number): string {
  const paragraphs: string[] = [];
  for (let p = 6 + Math.floor(rng() * 20); p > 0; p--) {
    const parts: string[] = [];
    for (let s = 1 + Math.floor(rng() * 4); s > 0; s--) {
      if (rng() < 1 / 30 && sentences.length > 0) {
        parts.push(sentences[Math.floor(rng() * sentences.length)]);
        continue;
      }
      const length = 10 + Math.floor(rng() * 20);
      const sentence = Array.from({ length }, () => words.next(rng)).join(' ');
      parts.push(`${sentence[0].toUpperCase()}${sentence.slice(1)}.`);
    }
    paragraphs.push(parts.join(' '));
  }
  return paragraphs.join('\n\n');
}

/** A cut (first 40–100% of the paragraphs) with one paragraph dropped and British spelling. */
export function versionOf(text: string, rng: () => number): string {
  const paragraphs = text.split('\n\n');
  const kept = paragraphs.slice(0, Math.max(2, Math.round(paragraphs.length * (0.4 + 0.6 * rng()))));
  if (kept.length > 3) kept.splice(1 + Math.floor(rng() * (kept.length - 1)), 1);
  return kept.join('\n\n').replace(/ization/g, 'isation').replace(/\bdefense\b/g, 'defence');
}


/** Saves the index to bytes and loads it back, timed; the bytes and the reloaded index are let go on return. */
function saveAndReload(index: SiblingIndex, stamps: ReadonlyMap<string, FileStamp>, samples: SampleStore): { saveSeconds: number; storeBytes: number; reloadSeconds: number } {
  const s0 = performance.now();
  const stored = encodeIndex(index, stamps);
  const saveSeconds = (performance.now() - s0) / 1000;
  const r0 = performance.now();
  const reloaded = decodeIndex(stored, samples);
  const reloadSeconds = (performance.now() - r0) / 1000;
  if (reloaded.kind !== 'loaded' || reloaded.index.size !== index.size) throw new Error(`the saved index did not load back (${reloaded.kind})`);
  reloaded.index.close();
  return { saveSeconds, storeBytes: stored.byteLength, reloadSeconds };
}

/**
 * `memoryInUse` after a collection, once the array buffers it found dead are freed: V8 frees
 * them on a later turn, and counts them until then (a 200 MB buffer let go still counts right
 * after `gc()`).
 */
async function settledMemory(gc: (() => void) | undefined): Promise<number> {
  gc?.();
  await new Promise((resolve) => setTimeout(resolve, 50));
  gc?.();
  return memoryInUse();
}

/** The heap and the array buffers (typed arrays live outside the heap). */
function memoryInUse(): number {
  const usage = process.memoryUsage();
  return usage.heapUsed + usage.arrayBuffers;
}

function cpuSecondsSince(start: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1e6;
}

function round(x: number, digits = 2): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

function printTable(rows: readonly SiblingsBenchRow[]): void {
  const fields: Array<[keyof SiblingsBenchRow, string]> = [
    ['documents', 'documents'],
    ['words', 'words (normalised)'],
    ['fingerprintDocsPerSecond', 'fingerprint, docs/s'],
    ['addDocsPerSecond', 'add to index, docs/s'],
    ['recordBytesMean', 'JSON record, bytes (mean)'],
    ['recordBytesMax', 'JSON record, bytes (max)'],
    ['heapMegabytes', 'memory growth (heap + buffers), MB'],
    ['heapBytesPerDocument', 'memory per document, bytes'],
    ['indexHeapMegabytes', 'of which the index, MB'],
    ['indexMegabytes', 'typed arrays of the index, MB'],
    ['queryMsMean', 'siblingsOf, ms (mean)'],
    ['queryMsP95', 'siblingsOf, ms (p95)'],
    ['queryMsMax', 'siblingsOf, ms (max)'],
    ['queryCpuMsMean', 'siblingsOf, CPU ms (mean)'],
    ['queryCpuMsP95', 'siblingsOf, CPU ms (p95)'],
    ['relatedMsMean', 'related (Versions view), ms (mean)'],
    ['relatedMsP95', 'related (Versions view), ms (p95)'],
    ['candidatesPerQuery', 'candidates per query'],
    ['allPairsSeconds', 'all pairs, s'],
    ['oneCoreBuildSeconds', 'build (fingerprint + add, one core), s'],
    ['poolDocsPerSecond', 'fingerprint with a thread per core, docs/s'],
    ['poolDocsPerCpuSecond', 'fingerprint with the pool, docs per CPU-second'],
    ['oneCoreCpuSeconds', 'one-core loop, CPU seconds (drawing texts included)'],
    ['poolWorker', 'worker the pool ran'],
    ['buildSeconds', 'build with a thread per core, s'],
    ['storeMegabytes', 'saved index, MB'],
    ['saveSeconds', 'save to bytes, s'],
    ['reloadSeconds', 'reload from bytes, s'],
    ['updateMs', 'one changed article, ms (median)'],
    ['plantedFound', 'planted versions found'],
  ];
  const width = Math.max(...fields.map(([, label]) => label.length));
  console.log(`${''.padEnd(width)}  ${rows.map((r) => String(r.documents).padStart(12)).join('  ')}`);
  for (const [field, label] of fields.slice(1)) console.log(`${label.padEnd(width)}  ${rows.map((r) => String(r[field]).padStart(12)).join('  ')}`);
}

if (require.main === module) {
  const args = process.argv.slice(2);
  const sizesArg = args.indexOf('--sizes');
  const sizes = sizesArg >= 0 ? args[sizesArg + 1].split(',').map(Number) : undefined;
  const json = args.includes('--json');
  const samplesArg = args.indexOf('--samples');
  const samples = samplesArg >= 0 ? (args[samplesArg + 1] as SampleKeeping) : undefined;
  const workerArg = args.indexOf('--worker');
  const worker = workerArg >= 0 ? (args[workerArg + 1] as PoolWorkerKind) : undefined;
  runSiblingsBench({ sizes, samples, worker, log: json ? () => undefined : undefined }).then((result) => {
    if (json) {
      console.log(JSON.stringify(result, null, 2));
      return;
    }
    console.log(`\nSibling index on ${result.cores} cores, words from the ${result.source}${result.siblings[0]?.gcExposed ? '' : ' (heap without --expose-gc: rough)'}`);
    printTable(result.siblings);
  });
}
