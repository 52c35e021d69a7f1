import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { AnalysisOptions, ArticleAnalysis } from '../analysis';
import type { AnalysisReply, AnalysisRequest } from '../worker/analysisWorker';

/**
 * Sends large articles to a worker thread for analysis. The worker starts on first use and is
 * replaced if it dies; a request that was in flight when it died is rejected, not lost silently.
 */
export class AnalysisWorkerClient {
  private worker: Worker | undefined;
  private nextId = 1;
  private readonly pending = new Map<number, { resolve: (analysis: ArticleAnalysis) => void; reject: (error: Error) => void }>();

  constructor(private readonly extensionPath: string) {}

  analyze(text: string, options: AnalysisOptions): Promise<ArticleAnalysis> {
    const worker = this.ensureWorker();
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      worker.postMessage({ id, text, options } satisfies AnalysisRequest);
    });
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(path.join(this.extensionPath, 'dist', 'analysisWorker.js'));
    worker.unref();
    worker.on('message', (reply: AnalysisReply) => {
      const waiting = this.pending.get(reply.id);
      this.pending.delete(reply.id);
      if ('error' in reply) waiting?.reject(new Error(reply.error));
      else waiting?.resolve(reply.analysis);
    });
    // A crash fires 'error' then 'exit': only the first reaches the requests, and never a newer worker's.
    const fail = (error: Error): void => {
      if (this.worker !== worker) return;
      this.worker = undefined;
      for (const waiting of this.pending.values()) waiting.reject(error);
      this.pending.clear();
    };
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`the analysis worker stopped (exit code ${code})`)));
    this.worker = worker;
    return worker;
  }

  /** On shutdown the requests still out are dropped, not reported as failures. */
  dispose(): void {
    const worker = this.worker;
    this.worker = undefined;
    this.pending.clear();
    void worker?.terminate();
  }
}
