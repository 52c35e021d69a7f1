import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { FingerprintParts } from '../analysis';

/** A batch of texts for one thread, and what comes back: each text's parts, or why it failed. */
export interface FingerprintBatch {
  job: number;
  texts: string[];
}
export type FingerprintOutcome = { parts: FingerprintParts } | { error: string };
export interface FingerprintBatchReply {
  job: number;
  results: FingerprintOutcome[];
}

/**
 * Texts per message each way. A message wakes the thread it goes to; one per text woke the main
 * thread about a thousand times a second per core, and on a machine with as many threads as
 * cores each wake-up takes a core from a fingerprinting thread.
 */
const BATCH_TEXTS = 16;
/** A batch goes before it is full once its texts come to this many characters (a folder of very long articles). */
const BATCH_CHARACTERS = 1 << 18;
/** Batches in flight per thread: enough that a thread finishing one has the next already waiting. */
const BATCHES_AHEAD = 4;
const WARM_UP_TEXT = 'WASHINGTON (Reuters) - A short text, fingerprinted by each thread as it starts.';

interface Waiter {
  resolve: (results: Array<FingerprintParts | Error>) => void;
  worker: number;
  count: number;
}

/**
 * Fingerprints many texts on every core, for the CLI and the editor's Versions index: one worker
 * thread per core, each batch of texts sent to the least busy one. Texts are handed back in the
 * order given, so an index built from them is the same as one built a text at a time.
 */
export class FingerprintPool {
  /** Whether the worker's code is there: bundled next to dist/cli.js and dist/extension.js, or as source (tests, benchmarks). */
  static available(): boolean {
    return workerFile() !== undefined;
  }

  private readonly workers: Worker[];
  /** Texts sent to each thread and not yet back. */
  private readonly busy: number[];
  private readonly waiting = new Map<number, Waiter>();
  private nextJob = 0;
  /** Settles once every thread has fingerprinted a first text. */
  private readonly warmedUp: Promise<unknown>;

  /** `script`: the worker's code to run instead of the one found beside this file (the benchmark picks the bundle). */
  constructor(size = availableParallelism(), script?: string) {
    const file = script ?? workerFile();
    if (!file) throw new Error('the fingerprint worker is missing');
    const fromSource = file.endsWith('.ts');
    this.workers = Array.from({ length: Math.max(1, size) }, (_, k) => {
      // From source, tsx (a development dependency) compiles the worker as it loads.
      const worker = fromSource ? new Worker(`require('tsx/cjs'); require(${JSON.stringify(file)});`, { eval: true }) : new Worker(file);
      worker.on('message', ({ job, results }: FingerprintBatchReply) =>
        this.settle(job, () => results.map((outcome) => ('parts' in outcome ? outcome.parts : new Error(outcome.error)))),
      );
      worker.on('error', (error) => this.failAll(k, error));
      return worker;
    });
    this.busy = this.workers.map(() => 0);
    // Each thread loads its code and the lexicons on its first text: a short one now, on every thread at once.
    this.warmedUp = Promise.all(this.workers.map((_, k) => this.sendTo(k, [WARM_UP_TEXT])));
  }

  get size(): number {
    return this.workers.length;
  }

  /** A text's fingerprint as parts, for `SiblingIndex.addRecord`, once every thread is ready (so a first call also waits for their start). */
  async fingerprint(text: string): Promise<FingerprintParts> {
    await this.warmedUp;
    const [parts] = await this.fingerprintAll([text]);
    if (parts instanceof Error) throw parts;
    return parts;
  }

  /** Several texts' fingerprints in one message to the least busy thread; a text that could not be fingerprinted comes as an Error in its place. */
  fingerprintAll(texts: string[]): Promise<Array<FingerprintParts | Error>> {
    return this.sendTo(this.busy.indexOf(Math.min(...this.busy)), texts);
  }

  private sendTo(worker: number, texts: string[]): Promise<Array<FingerprintParts | Error>> {
    const job = this.nextJob++;
    this.busy[worker] += texts.length;
    return new Promise((resolve) => {
      this.waiting.set(job, { resolve, worker, count: texts.length });
      this.workers[worker].postMessage({ job, texts } satisfies FingerprintBatch);
    });
  }

  /**
   * Fingerprints each `[key, text]` as it comes and passes the results to `take` in the order
   * given, in batches, with at most `window` texts in flight, so a folder of any size is never
   * held whole. A text that could not be fingerprinted comes as an Error in its place.
   */
  async inOrder<K>(texts: AsyncIterable<[K, string]>, take: (key: K, fp: FingerprintParts | Error) => void, window = this.size * BATCH_TEXTS * BATCHES_AHEAD): Promise<void> {
    const inFlight: Array<[K[], Promise<Array<FingerprintParts | Error>>]> = [];
    let keys: K[] = [];
    let batch: string[] = [];
    let characters = 0;
    let pending = 0;
    const send = (): void => {
      inFlight.push([keys, this.fingerprintAll(batch)]);
      pending += batch.length;
      keys = [];
      batch = [];
      characters = 0;
    };
    const takeFirst = async (): Promise<void> => {
      const [done, results] = inFlight.shift() as [K[], Promise<Array<FingerprintParts | Error>>];
      const settled = await results;
      pending -= done.length;
      done.forEach((key, k) => take(key, settled[k]));
    };
    for await (const [key, text] of texts) {
      keys.push(key);
      batch.push(text);
      characters += text.length;
      // A batch goes when full, or at once while a thread has nothing to do (texts coming slowly).
      if (batch.length >= BATCH_TEXTS || characters >= BATCH_CHARACTERS || this.busy.includes(0)) send();
      while (pending >= window) await takeFirst();
    }
    if (batch.length > 0) send();
    while (inFlight.length > 0) await takeFirst();
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((worker) => worker.terminate()));
  }

  private settle(job: number, results: (count: number) => Array<FingerprintParts | Error>): void {
    const waiter = this.waiting.get(job);
    if (!waiter) return;
    this.waiting.delete(job);
    this.busy[waiter.worker] -= waiter.count;
    waiter.resolve(results(waiter.count));
  }

  private failAll(worker: number, error: Error): void {
    // A worker that failed takes no more texts; each of its texts fails with its error.
    this.busy[worker] = Infinity;
    for (const [job, waiter] of this.waiting) if (waiter.worker === worker) this.settle(job, (count) => Array.from({ length: count }, () => error));
  }
}

/** The worker's code: bundled in dist/ beside the CLI and the extension, or, run from source, next to this file. */
function workerFile(): string | undefined {
  return [join(__dirname, 'fingerprintWorker.js'), join(__dirname, 'fingerprintWorker.ts')].find((file) => existsSync(file));
}
