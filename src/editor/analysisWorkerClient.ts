import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { AnalysisOptions, ArticleAnalysis } from '../analysis';
import type { DocumentFingerprint, FileSourceSummary, StyleBlindComparison, VersionDiff } from '../analysis';
import type { AnalysisReply, AnalysisRequest, MoreRequest, WorkerResults, WorkerTask } from '../worker/analysisWorker';
import { addPiece, SharedStrings } from '../worker/resultPieces';
import type { AnalysisWorkerData } from '../worker/analysisWorkerLoader';

/** What the client needs of a worker thread (a fake one in the unit tests). */
export interface AnalysisWorker {
  postMessage(request: AnalysisRequest | MoreRequest): void;
  on(event: 'message', listener: (reply: AnalysisReply) => void): unknown;
  on(event: 'error', listener: (error: Error) => void): unknown;
  on(event: 'exit', listener: (code: number) => void): unknown;
  terminate(): unknown;
}

/** Where the extension's worker threads keep V8's compile cache (set at activation; none until then). */
let compileCacheDir: string | undefined;

/** Sets where the worker threads started from now on keep their compiled code (see analysisWorkerLoader.ts). */
export function setWorkerCompileCache(directory: string | undefined): void {
  compileCacheDir = directory;
}

/** A newer version of the same document was asked for: this one will never be analysed. */
export class SupersededError extends Error {
  constructor() {
    super('a newer version of the document was sent for analysis');
  }
}

/** The analysis ran longer than the time allowed and was stopped. */
export class TooSlowError extends Error {
  constructor(readonly limitMs: number) {
    super(`the analysis took longer than ${(limitMs / 1000).toLocaleString('en', { maximumFractionDigits: 1 })} seconds and was stopped`);
  }
}

/**
 * Analysed once when the worker is started ahead of need: loading the language model and the
 * reference lists and compiling the analysis take 0.2–0.7 s on the project machine, which the
 * first article would otherwise wait for. Our own sentence, with a dateline, an office and a quote.
 */
const WARM_UP_TEXT = 'HARBOUR CITY — Transport Minister Ruth Calder said on Monday: "The ferries will run."\n';

/** Long enough for a 2,000,000-character document (about 0.7 s) on a slow, busy machine. */
const DEFAULT_TIME_LIMIT_MS = 20_000;

interface Job {
  key: string;
  task: WorkerTask;
  timeLimitMs: number;
  resolve: (result: WorkerResults[WorkerTask['kind']]) => void;
  reject: (error: Error) => void;
}

/**
 * Analyses large articles (or compares versions, or fingerprints files) in a worker thread, one
 * task at a time, so the extension host's event loop never waits. Requests are keyed by document: a newer request replaces a waiting one, and stops
 * a running one (the worker is stopped and a fresh one started), so only the latest version of
 * a document is ever analysed and a queue cannot grow beyond one request per open document. A
 * run over the time limit is stopped and rejected with `TooSlowError`. The worker starts on
 * first use and is replaced if it dies; the request it was running is rejected, never lost.
 */
export class AnalysisWorkerClient {
  private worker: AnalysisWorker | undefined;
  private readonly waiting = new Map<string, Job>();
  /** The task in the worker; `partial` holds a large analysis while its pieces arrive, `strings` one copy of its short strings. */
  private running: { job: Job; id: number; timer: ReturnType<typeof setTimeout>; partial?: ArticleAnalysis; strings?: SharedStrings } | undefined;
  private nextId = 1;
  private disposed = false;

  constructor(
    private readonly createWorker: () => AnalysisWorker,
    private readonly timeLimitMs = DEFAULT_TIME_LIMIT_MS,
    /** Where the worker's log lines go (the extension's log channel). */
    private readonly onLog: (level: 'info' | 'warn' | 'error', message: string) => void = () => undefined,
  ) {}

  /** A client whose worker runs the extension's bundled analysisWorker.js. */
  static forExtension(extensionPath: string, onLog?: (level: 'info' | 'warn' | 'error', message: string) => void): AnalysisWorkerClient {
    return new AnalysisWorkerClient(
      () => {
        const workerData: AnalysisWorkerData = { compileCacheDir };
        const worker = new Worker(path.join(extensionPath, 'dist', 'analysisWorkerLoader.js'), { workerData });
        worker.unref();
        return worker;
      },
      DEFAULT_TIME_LIMIT_MS,
      onLog,
    );
  }

  /**
   * Analyses `text` as the latest version of the document `key`; with `ahead`, before the
   * requests already waiting (a short article is not kept behind long ones).
   */
  analyze(key: string, text: string, options: AnalysisOptions, timeLimitMs?: number, ahead = false): Promise<ArticleAnalysis> {
    return this.run(key, { kind: 'analyze', text, options }, timeLimitMs, ahead) as Promise<ArticleAnalysis>;
  }

  /** The time a run is allowed unless a request says otherwise. */
  get defaultTimeLimitMs(): number {
    return this.timeLimitMs;
  }

  /** Compares two versions of a story (`key` names the pair, e.g. the two files). */
  compare(key: string, a: string, b: string, options: AnalysisOptions): Promise<VersionDiff> {
    return this.run(key, { kind: 'compare', a, b, options }) as Promise<VersionDiff>;
  }

  /** The style-blind comparison of two versions (`key` names the pair). */
  styleBlind(key: string, a: string, b: string): Promise<StyleBlindComparison> {
    return this.run(key, { kind: 'styleBlind', a, b }) as Promise<StyleBlindComparison>;
  }

  /** Fingerprints a file's text for the sibling index. */
  fingerprint(key: string, text: string): Promise<DocumentFingerprint> {
    return this.run(key, { kind: 'fingerprint', text }) as Promise<DocumentFingerprint>;
  }

  /** Analyses an article and gives back only what the workspace's Sources view keeps of it. */
  sources(key: string, text: string, options: AnalysisOptions): Promise<FileSourceSummary> {
    return this.run(key, { kind: 'sources', text, options }) as Promise<FileSourceSummary>;
  }

  private run(key: string, task: WorkerTask, timeLimitMs = this.timeLimitMs, ahead = false): Promise<WorkerResults[WorkerTask['kind']]> {
    return new Promise((resolve, reject) => {
      if (this.disposed) return reject(new Error('the analysis worker has been shut down'));
      this.waiting.get(key)?.reject(new SupersededError());
      this.waiting.delete(key);
      const job = { key, task, timeLimitMs, resolve, reject };
      if (ahead) {
        // Requests run in the map's order: this one first, then the others as they were.
        const others = [...this.waiting.values()];
        this.waiting.clear();
        for (const other of [job, ...others]) this.waiting.set(other.key, other);
      } else {
        this.waiting.set(key, job);
      }
      if (this.running?.job.key === key) this.stopRunning(new SupersededError());
      this.startNext();
    });
  }

  /** The document will not be asked about again (closed): drop its request, stop its run. */
  cancel(key: string): void {
    this.waiting.get(key)?.reject(new SupersededError());
    this.waiting.delete(key);
    if (this.running?.job.key === key) this.stopRunning(new SupersededError());
    this.startNext();
  }

  /**
   * Starts the worker, if it is not running, and has it analyse a short text if it has been asked
   * nothing yet, so the first real request finds it ready. Its answer (id 0, never a request's) is dropped.
   */
  warmUp(): void {
    if (this.worker || this.disposed) return;
    this.ensureWorker().postMessage({ kind: 'analyze', id: 0, text: WARM_UP_TEXT, options: {} });
  }

  /** Requests not yet finished, the running one included (for tests and status). */
  get queued(): number {
    return this.waiting.size + (this.running ? 1 : 0);
  }

  private startNext(): void {
    if (this.running || this.disposed) return;
    const next = this.waiting.values().next();
    if (next.done) return;
    const job = next.value;
    this.waiting.delete(job.key);
    const id = this.nextId++;
    const timer = setTimeout(() => this.stopRunning(new TooSlowError(job.timeLimitMs)), job.timeLimitMs);
    (timer as { unref?: () => void }).unref?.();
    this.running = { job, id, timer };
    this.ensureWorker().postMessage({ ...job.task, id });
  }

  private finish(id: number, outcome: (job: Job) => void): void {
    if (!this.running || this.running.id !== id) return;
    const { job, timer } = this.running;
    clearTimeout(timer);
    this.running = undefined;
    outcome(job);
    this.startNext();
  }

  /** Stops the worker in the middle of its run: the only way to cancel a synchronous analysis. */
  private stopRunning(error: Error): void {
    if (!this.running) return;
    const { job, timer } = this.running;
    clearTimeout(timer);
    this.running = undefined;
    this.dropWorker();
    job.reject(error);
    // Started by the caller (analyze, cancel) or here for the time limit.
    queueMicrotask(() => this.startNext());
  }

  private ensureWorker(): AnalysisWorker {
    if (this.worker) return this.worker;
    const worker = this.createWorker();
    worker.on('message', (reply: AnalysisReply) => {
      if ('log' in reply) {
        this.onLog(reply.log, reply.message);
        return;
      }
      if (this.worker !== worker) return;
      const running = this.running;
      if ('head' in reply || 'piece' in reply) {
        // A large result, a piece at a time: take this one, then ask for the next, so the event loop turns in between.
        if (!running || running.id !== reply.id) return;
        if ('head' in reply) {
          running.partial = reply.head;
          running.strings = new SharedStrings();
          running.strings.share(reply.head);
        } else if (running.partial) addPiece(running.partial, reply.piece, running.strings);
        // Asked for in the next turn, not now: Node delivers every message that reaches a port
        // while it is delivering, so a worker quick to answer had its pieces all received in one
        // long turn (CPU profiles of the integration suite: 12–28 ms of pieces back to back).
        setImmediate(() => this.worker === worker && this.running?.id === reply.id && worker.postMessage({ kind: 'more', id: reply.id }));
        return;
      }
      if ('done' in reply) {
        const whole = running?.partial;
        this.finish(reply.id, (job) => (whole ? job.resolve(whole) : job.reject(new Error('the analysis worker sent pieces without a head'))));
        return;
      }
      this.finish(reply.id, (job) => ('error' in reply ? job.reject(new Error(reply.error)) : job.resolve(reply.result)));
    });
    // A crash fires 'error' then 'exit': only the first reaches the request, and never a newer worker's.
    const fail = (error: Error): void => {
      if (this.worker !== worker) return;
      this.onLog('error', `the worker failed: ${error.stack ?? error.message}`);
      this.worker = undefined;
      if (this.running) this.finish(this.running.id, (job) => job.reject(error));
    };
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`the analysis worker stopped (exit code ${code})`)));
    this.worker = worker;
    return worker;
  }

  private dropWorker(): void {
    const worker = this.worker;
    this.worker = undefined;
    void worker?.terminate();
  }

  /** On shutdown the requests still out are dropped, not reported as failures. */
  dispose(): void {
    this.disposed = true;
    this.waiting.clear();
    if (this.running) clearTimeout(this.running.timer);
    this.running = undefined;
    this.dropWorker();
  }
}
