// The browser build's stand-in for `node:worker_threads` (scripts/build.mjs maps the import here).
// A web extension host has no worker threads to give the analysis, so the work the Node build
// sends to dist/analysisWorker.js runs here, in the extension host itself, a task per macrotask.
// The web extension host is itself a web worker: a long analysis never blocks the editor's UI.
import type { AnalysisReply, AnalysisRequest, MoreRequest } from '../worker/analysisWorker';
import { perform } from '../worker/tasks';


type Listener = (value: never) => void;

/** Takes the worker's requests and answers them in this thread, whole (no pieces: nothing is copied between threads). */
export class Worker {
  private readonly listeners: Record<'message' | 'error' | 'exit', Listener[]> = { message: [], error: [], exit: [] };
  private terminated = false;

  constructor(_file?: string, _options?: unknown) {}

  on(event: 'message' | 'error' | 'exit', listener: Listener): this {
    this.listeners[event].push(listener);
    return this;
  }

  postMessage(request: AnalysisRequest | MoreRequest): void {
    // A 'more' request never comes: results are sent whole.
    if (request.kind === 'more') return;
    setTimeout(() => {
      if (this.terminated) return;
      let reply: AnalysisReply;
      try {
        reply = { id: request.id, result: perform(request) };
      } catch (error) {
        reply = { id: request.id, error: error instanceof Error ? error.message : String(error) };
      }
      // Stopped while it ran (a newer request for the same document): the answer is dropped, as a terminated thread's would be.
      if (!this.terminated) for (const listener of this.listeners.message) (listener as (reply: AnalysisReply) => void)(reply);
    }, 0);
  }

  terminate(): Promise<number> {
    if (!this.terminated) {
      this.terminated = true;
      setTimeout(() => this.listeners.exit.forEach((listener) => (listener as (code: number) => void)(1)), 0);
    }
    return Promise.resolve(1);
  }

  unref(): void {}
}

/** Nothing here runs as a worker thread. */
export const parentPort = null;
