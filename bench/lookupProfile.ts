/**
 * Where a look-up's time goes, query by query: the sibling bench's synthetic folder, indexed and
 * cached as bench/lookupTimes.ts does, then `siblingsOf` timed on warmed, random texts.
 * For each query it splits the time into gathering candidates, reading their samples, scoring
 * them and the rest, and notes a collection that ran during it. Prints the slowest 5% against the rest.
 * Run: npx tsx --expose-gc bench/lookupProfile.ts [--size 20000] [--queries 2000] [--fresh]
 */
import { PerformanceObserver } from 'node:perf_hooks';
import { random } from '../eval/random';
import { SIBLING_RULE } from '../src/analysis/siblings';
import { compareViews } from '../src/analysis/siblings/fingerprint';
import type { SampleView } from '../src/analysis/siblings/relation';
import type { FirstCount } from '../src/analysis/siblings/firstCount';
import { benchIndex } from './lookupTimes';

const args = process.argv.slice(2);
const option = (name: string, fallback: number): number => (args.includes(name) ? Number(args[args.indexOf(name) + 1]) : fallback);
const size = option('--size', 20_000);
const queries = option('--queries', 2000);
interface Query {
  order: number;
  total: number;
  gather: number;
  read: number;
  first: number;
  score: number;
  candidates: number;
  scored: number;
  sampleHashes: number;
  gc: boolean;
}

const t0 = performance.now();
const index = benchIndex();
console.log(`${index.size} texts ready in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
(globalThis as { gc?: () => void }).gc?.();

// Private parts of the index, read the way `directly` does.
const inside = index as unknown as {
  slotOf: Map<string, number>;
  mayBe: { version(first: FirstCount, a: SampleView, b: SampleView): boolean };
  firstCount: FirstCount;
  table: { view(slot: number): SampleView; peek(slot: number): SampleView };
  candidateSlots(sample: Uint32Array, self: number, after: number): { slots: Int32Array };
};
const gcs: Array<{ start: number; end: number }> = [];
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) gcs.push({ start: entry.startTime, end: entry.startTime + entry.duration });
}).observe({ entryTypes: ['gc'] });

const rng = random(7);
const pick = (): string => `doc${Math.floor(rng() * size)}`;
// Warm-up: compiled code and the sample file's pages, as in an editor that has been in use.
for (let k = 0; k < 300; k++) index.siblingsOf(pick());

const timed: Query[] = [];
const again: Array<[number, number]> = [];
for (let order = 0; order < queries; order++) {
  const id = pick();
  const q0 = performance.now();
  index.siblingsOf(id);
  const total = performance.now() - q0;
  const a0 = performance.now();
  index.siblingsOf(id);
  again.push([total, performance.now() - a0]);
  // The same look-up again, in its parts: gathering, reading each candidate, the first count, the full score of those left.
  const slot = inside.slotOf.get(id) as number;
  const p0 = performance.now();
  const view = inside.table.view(slot);
  const { slots } = inside.candidateSlots(view.sample, slot, -1);
  inside.firstCount.lookUp(view);
  const p1 = performance.now();
  let read = 0;
  let first = 0;
  let score = 0;
  let sampleHashes = 0;
  let scored = 0;
  for (const other of slots) {
    const r0 = performance.now();
    const candidate = inside.table.peek(other);
    const r1 = performance.now();
    const reach = inside.mayBe.version(inside.firstCount.count(candidate), view, candidate);
    const r2 = performance.now();
    if (reach) {
      compareViews(view, candidate, SIBLING_RULE);
      scored++;
    }
    score += performance.now() - r2;
    first += r2 - r1;
    read += r1 - r0;
    sampleHashes += candidate.sample.length;
  }
  timed.push({ order, total, gather: p1 - p0, read, first, score, candidates: slots.length, scored, sampleHashes, gc: gcs.some((g) => g.end >= q0 && g.start <= q0 + total) });
}

again.sort((x, y) => x[0] - y[0]);
const slowAgain = again.slice(Math.floor(again.length * 0.95));
console.log(`slowest 5%: first call ${(slowAgain.reduce((s, x) => s + x[0], 0) / slowAgain.length).toFixed(3)} ms, the same look-up again ${(slowAgain.reduce((s, x) => s + x[1], 0) / slowAgain.length).toFixed(3)} ms`);
const byTotal = [...timed].sort((a, b) => a.total - b.total);
const at = (share: number): number => byTotal[Math.floor(byTotal.length * share)].total;
console.log(`siblingsOf on ${size}: mean ${(timed.reduce((s, q) => s + q.total, 0) / timed.length).toFixed(3)} ms, p50 ${at(0.5).toFixed(3)}, p95 ${at(0.95).toFixed(3)}, max ${byTotal[byTotal.length - 1].total.toFixed(3)}`);
const slowest = byTotal.slice(Math.floor(byTotal.length * 0.95));
const rest = byTotal.slice(0, Math.floor(byTotal.length * 0.95));
const describe = (label: string, group: readonly Query[]): void => {
  const mean = (f: (q: Query) => number): string => (group.reduce((s, q) => s + f(q), 0) / group.length).toFixed(3);
  console.log(
    `${label.padEnd(12)} n=${String(group.length).padStart(5)}  total ${mean((q) => q.total)} ms  gather ${mean((q) => q.gather)}  read ${mean((q) => q.read)}  first ${mean((q) => q.first)}  score ${mean((q) => q.score)}  ` +
      `candidates ${mean((q) => q.candidates)} scored ${mean((q) => q.scored)}  hashes/candidate ${mean((q) => q.sampleHashes / Math.max(1, q.candidates))}  with GC ${group.filter((q) => q.gc).length}  first 5% ${group.filter((q) => q.order < queries / 20).length}`,
  );
};
describe('slowest 5%', slowest);
describe('the rest', rest);
const buckets = [0, 20, 40, 80, 160, 320, Infinity];
for (let b = 0; b + 1 < buckets.length; b++) {
  const group = timed.filter((q) => q.candidates >= buckets[b] && q.candidates < buckets[b + 1]);
  if (group.length > 0) describe(`cand ${buckets[b]}+`, group);
}
index.close();
