// Runs in a worker thread: the work that can take long on large texts (analysing an article,
// comparing two versions, fingerprinting a file), so the extension host's event loop stays free.
import * as nodeModule from 'node:module';
import { parentPort } from 'node:worker_threads';
import type { ArticleAnalysis } from '../analysis';
import { splitResult, type ResultPiece } from './resultPieces';
import { perform, type WorkerResults, type WorkerTask } from './tasks';

export type { WorkerResults, WorkerTask } from './tasks';

export type AnalysisRequest = WorkerTask & { id: number };

/** The host took the last piece of a large result and is ready for the next. */
export type MoreRequest = { kind: 'more'; id: number };

/**
 * A whole result, or an error; a large analysis comes as its skeleton (`head`), then `piece`s
 * one at a time as the host asks for them, then `done` (see resultPieces.ts).
 */
export type AnalysisReply =
  | { id: number; result: WorkerResults[WorkerTask['kind']] }
  | { id: number; error: string }
  | { id: number; head: ArticleAnalysis }
  | { id: number; piece: ResultPiece }
  | { id: number; done: true }
  /** Not an answer: a line for the extension's log (the worker has no console anyone reads). */
  | { log: 'info' | 'warn' | 'error'; message: string };


/** What is left to send of a large result, sent a piece per request of the host. */
let sending: { id: number; pieces: ResultPiece[]; next: number } | undefined;

function sendNextPiece(id: number): void {
  if (!sending || sending.id !== id) return;
  if (sending.next < sending.pieces.length) {
    parentPort?.postMessage({ id, piece: sending.pieces[sending.next++] } satisfies AnalysisReply);
  } else {
    sending = undefined;
    parentPort?.postMessage({ id, done: true } satisfies AnalysisReply);
  }
}

/** What the worker (or a library in it) writes to the console goes to the host's log instead. */
function sendToLog(level: 'info' | 'warn' | 'error') {
  return (...parts: unknown[]): void => {
    const message = parts.map((part) => (part instanceof Error ? (part.stack ?? part.message) : typeof part === 'string' ? part : JSON.stringify(part))).join(' ');
    parentPort?.postMessage({ log: level, message } satisfies AnalysisReply);
  };
}
if (parentPort) {
  console.log = console.info = sendToLog('info');
  console.warn = sendToLog('warn');
  console.error = sendToLog('error');
}

parentPort?.on('message', (request: AnalysisRequest | MoreRequest) => {
  if (request.kind === 'more') {
    sendNextPiece(request.id);
    return;
  }
  let reply: AnalysisReply;
  try {
    const result = perform(request);
    if (request.kind === 'analyze') {
      const { head, pieces } = splitResult(result as ArticleAnalysis);
      if (pieces.length > 0) {
        sending = { id: request.id, pieces, next: 0 };
        parentPort?.postMessage({ id: request.id, head } satisfies AnalysisReply);
        saveCompiledCode();
        return;
      }
    }
    reply = { id: request.id, result };
  } catch (error) {
    reply = { id: request.id, error: error instanceof Error ? error.message : String(error) };
    console.error(`${request.kind} failed:`, error);
  }
  parentPort?.postMessage(reply);
  saveCompiledCode();
});

let saved = false;

/**
 * Once the first task is answered, writes the compile cache (if the loader turned it on): the code
 * compiled by then, the functions the first analysis needed included, is what the next thread
 * would compile again. Otherwise Node writes it at exit, which a terminated thread never reaches.
 * When the cache on disk is current already, nothing is written (measured: under 0.1 ms).
 */
function saveCompiledCode(): void {
  if (saved) return;
  saved = true;
  const { flushCompileCache } = nodeModule as { flushCompileCache?: () => void };
  if (flushCompileCache) setImmediate(flushCompileCache);
}
