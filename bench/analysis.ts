/**
 * Speed of the full analysis (people, resolution, quotes, attribution) against plain
 * compromise doing only `people()` and `quotations()` on the same texts, in one run; per-article
 * latency; the cost of answering a hover from a cached analysis; the longest event-loop stall
 * while a large document is analysed the way the extension does it; peak memory.
 * Run: npm run bench (all benchmarks) or npx tsx bench/analysis.ts
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { Worker } from 'node:worker_threads';
import nlp from 'compromise';
import { analyzeArticle } from '../src/analysis';
import { mentionAt, quoteAt } from '../src/analysis/query';
import { articleTexts, ROOT, wordCount } from './corpusTexts';

const RUNS = 5;

export interface AnalysisBench {
  source: string;
  articles: number;
  words: number;
  wordsPerSecond: number;
  baselineWordsPerSecond: number;
  /** Ours over the baseline's words per second: the median of the per-run ratios. */
  ratio: number;
  ratiosPerRun: number[];
  p50Ms: number;
  p95Ms: number;
  /** Articles cut to 1,000 words. */
  p95Ms1000Words: number;
  hoverLookupMicroseconds: number;
  /** The longest the main thread's event loop stalled while a 1 MB document went to the worker and back, five times. */
  workerMaxStallMs: number | null;
  /** For comparison: analysing the same 1 MB document on the main thread. */
  inPlaceMs1MB: number;
  peakRssMegabytes: number;
}

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};
const percentile = (values: number[], p: number): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
};
const round = (value: number, digits = 2): number => Number(value.toFixed(digits));

function baseline(text: string): void {
  const doc = nlp(text);
  doc.people().json({ offset: true });
  doc.quotations().json({ offset: true });
}

function timeAll(texts: readonly string[], run: (text: string) => unknown): number {
  const started = performance.now();
  for (const text of texts) run(text);
  return performance.now() - started;
}

/** Cuts the texts, joined, into articles of `size` words. */
function articlesOf(texts: readonly string[], size: number): string[] {
  const words = texts.join('\n\n').split(/(?<=\s)/);
  const result: string[] = [];
  for (let i = 0; i + size <= words.length; i += size) result.push(words.slice(i, i + size).join(''));
  return result;
}

async function workerStall(text: string): Promise<number | null> {
  const workerFile = join(ROOT, 'dist', 'analysisWorker.js');
  if (!existsSync(workerFile)) return null;
  const worker = new Worker(workerFile);
  const histogram = monitorEventLoopDelay({ resolution: 1 });
  const roundTrip = (id: number) =>
    new Promise<void>((resolve) => {
      worker.once('message', () => resolve());
      worker.postMessage({ id, kind: 'analyze', text, options: {} });
    });
  await roundTrip(0); // warm-up
  histogram.enable();
  for (let i = 1; i <= 5; i++) await roundTrip(i);
  histogram.disable();
  await worker.terminate();
  return histogram.max / 1e6;
}

export async function runAnalysisBench(log: (line: string) => void = console.log): Promise<AnalysisBench> {
  const { texts, source } = articleTexts();
  const joined = texts.join('\n\n');
  // Longer texts made by joining articles, as the issue asks.
  const long = [joined.slice(0, 50_000), joined.slice(0, 200_000)];
  const all = [...texts, ...long];
  const words = all.reduce((sum, text) => sum + wordCount(text), 0);
  let peakRss = process.memoryUsage().rss;
  const sample = () => (peakRss = Math.max(peakRss, process.memoryUsage().rss));

  log(`analysis bench: ${source}, plus 2 joined texts; ${words.toLocaleString()} words; ${RUNS} runs`);
  timeAll(all.slice(0, 20), analyzeArticle);
  timeAll(all.slice(0, 20), baseline);
  const ratios: number[] = [];
  const ours: number[] = [];
  const theirs: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const oursMs = timeAll(all, analyzeArticle);
    sample();
    const baselineMs = timeAll(all, baseline);
    sample();
    ours.push((words / oursMs) * 1000);
    theirs.push((words / baselineMs) * 1000);
    ratios.push(baselineMs / oursMs);
    log(`  run ${run + 1}: ours ${Math.round(ours[run]).toLocaleString()} words/s, compromise ${Math.round(theirs[run]).toLocaleString()} words/s, ratio ${ratios[run].toFixed(1)}×`);
  }

  const latency = texts.map((text) => median([0, 1, 2].map(() => timeAll([text], analyzeArticle))));
  const thousand = articlesOf(texts, 1000);
  const latency1000 = thousand.map((text) => median([0, 1, 2].map(() => timeAll([text], analyzeArticle))));

  // A hover: find the mention or quote under the pointer in a cached analysis.
  const seed = texts[1] ?? texts[0];
  const cached = analyzeArticle(seed);
  const lookups = 20_000;
  const started = performance.now();
  for (let i = 0; i < lookups; i++) {
    const offset = (i * 7919) % seed.length;
    if (!mentionAt(cached, offset)) quoteAt(cached, offset);
  }
  const hoverMicros = ((performance.now() - started) * 1000) / lookups;

  const megabyte = joined.repeat(Math.ceil(1_000_000 / joined.length)).slice(0, 1_000_000);
  const inPlace = timeAll([megabyte], analyzeArticle);
  sample();
  const stall = await workerStall(megabyte);
  sample();

  const result: AnalysisBench = {
    source,
    articles: all.length,
    words,
    wordsPerSecond: Math.round(median(ours)),
    baselineWordsPerSecond: Math.round(median(theirs)),
    ratio: round(median(ratios)),
    ratiosPerRun: ratios.map((r) => round(r)),
    p50Ms: round(percentile(latency, 50)),
    p95Ms: round(percentile(latency, 95)),
    p95Ms1000Words: round(percentile(latency1000, 95)),
    hoverLookupMicroseconds: round(hoverMicros, 3),
    workerMaxStallMs: stall === null ? null : round(stall),
    inPlaceMs1MB: round(inPlace),
    peakRssMegabytes: Math.round(peakRss / 1e6),
  };
  log('');
  log('                               ours        compromise    ratio');
  log(`words per second (median)  ${String(result.wordsPerSecond).padStart(9)}  ${String(result.baselineWordsPerSecond).padStart(12)}  ${result.ratio.toFixed(1).padStart(6)}×`);
  log(`per-article latency        p50 ${result.p50Ms} ms, p95 ${result.p95Ms} ms (${texts.length} articles); 1,000-word articles p95 ${result.p95Ms1000Words} ms`);
  log(`hover from cache           ${result.hoverLookupMicroseconds} µs per look-up`);
  log(`1 MB document              ${result.inPlaceMs1MB} ms on the main thread; in the worker the main loop stalled at most ${result.workerMaxStallMs ?? 'n/a (run the build first)'} ms`);
  log(`peak memory                ${result.peakRssMegabytes} MB resident`);
  return result;
}

if (require.main === module) {
  runAnalysisBench().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
