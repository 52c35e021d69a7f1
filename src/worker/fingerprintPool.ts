import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { FingerprintParts } from '../analysis';

/**
 * Fingerprints many texts on every core, for the CLI and the editor's Versions index: one worker
 * thread per core, each text sent to the least busy one. Texts are handed back in the order given, so an index built from them is the
 * same as one built a text at a time.
 */
export class FingerprintPool {
  /** Whether the worker's code is there: bundled next to dist/cli.js and dist/extension.js, or as source (tests, benchmarks). */
  static available(): boolean {
    return workerFile() !== undefined;
  }

  private readonly workers: Worker[];
  private readonly busy: number[];
  private readonly waiting = new Map<number, { resolve: (fp: FingerprintParts) => void; reject: (error: Error) => void; worker: number }>();
  private nextJob = 0;

  constructor(size = availableParallelism()) {
    const file = workerFile();
    if (!file) throw new Error('the fingerprint worker is missing');
    const fromSource = file.endsWith('.ts');
    this.workers = Array.from({ length: Math.max(1, size) }, (_, k) => {
      // From source, tsx (a development dependency) compiles the worker as it loads.
      const worker = fromSource ? new Worker(`require('tsx/cjs'); require(${JSON.stringify(file)});`, { eval: true }) : new Worker(file);
      worker.on('message', ({ job, parts, error }: { job: number; parts?: FingerprintParts; error?: string }) =>
        this.settle(job, (waiter) => (parts ? waiter.resolve(parts) : waiter.reject(new Error(error ?? 'no fingerprint')))),
      );
      worker.on('error', (error) => this.failAll(k, error));
      return worker;
    });
    this.busy = this.workers.map(() => 0);
  }

  get size(): number {
    return this.workers.length;
  }

  /** A text's fingerprint as parts, for `SiblingIndex.addRecord`. */
  fingerprint(text: string): Promise<FingerprintParts> {
    const worker = this.busy.indexOf(Math.min(...this.busy));
    const job = this.nextJob++;
    this.busy[worker]++;
    return new Promise((resolve, reject) => {
      this.waiting.set(job, { resolve, reject, worker });
      this.workers[worker].postMessage({ job, text });
    });
  }

  /**
   * Fingerprints each `[key, text]` as it comes and passes the results to `take` in the order
   * given, with at most `window` texts in flight, so a folder of any size is never held whole.
   * A text that could not be fingerprinted comes as an Error in its place.
   */
  async inOrder<K>(texts: AsyncIterable<[K, string]>, take: (key: K, fp: FingerprintParts | Error) => void, window = this.size * 8): Promise<void> {
    const inFlight: Array<[K, Promise<FingerprintParts | Error>]> = [];
    const settled = (text: string): Promise<FingerprintParts | Error> => this.fingerprint(text).catch((error: unknown) => (error instanceof Error ? error : new Error(String(error))));
    for await (const [key, text] of texts) {
      inFlight.push([key, settled(text)]);
      if (inFlight.length >= window) {
        const [done, fp] = inFlight.shift() as [K, Promise<FingerprintParts | Error>];
        take(done, await fp);
      }
    }
    for (const [key, fp] of inFlight) take(key, await fp);
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((worker) => worker.terminate()));
  }

  private settle(job: number, finish: (waiter: { resolve: (fp: FingerprintParts) => void; reject: (error: Error) => void }) => void): void {
    const waiter = this.waiting.get(job);
    if (!waiter) return;
    this.waiting.delete(job);
    this.busy[waiter.worker]--;
    finish(waiter);
  }

  private failAll(worker: number, error: Error): void {
    // A worker that failed takes no more texts.
    this.busy[worker] = Infinity;
    for (const [job, waiter] of this.waiting) if (waiter.worker === worker) this.settle(job, (w) => w.reject(error));
  }
}

/** The worker's code: bundled in dist/ beside the CLI and the extension, or, run from source, next to this file. */
function workerFile(): string | undefined {
  return [join(__dirname, 'fingerprintWorker.js'), join(__dirname, 'fingerprintWorker.ts')].find((file) => existsSync(file));
}
