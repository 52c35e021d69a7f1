// Runs in a worker thread: the work that can take long on large texts (analysing an article,
// comparing two versions, fingerprinting a file), so the extension host's event loop stays free.
import { parentPort } from 'node:worker_threads';
import { analyzeArticle, type AnalysisOptions, type ArticleAnalysis } from '../analysis';
import { compareVersions, fingerprint, type DocumentFingerprint, type VersionDiff } from '../analysis';

/** The work itself, without the request id. */
export type WorkerTask =
  | { kind: 'analyze'; text: string; options: AnalysisOptions }
  | { kind: 'compare'; a: string; b: string; options: AnalysisOptions }
  | { kind: 'fingerprint'; text: string };

/** What each kind of task gives back. */
export interface WorkerResults {
  analyze: ArticleAnalysis;
  compare: VersionDiff;
  fingerprint: DocumentFingerprint;
}

export type AnalysisRequest = WorkerTask & { id: number };

export type AnalysisReply = { id: number; result: WorkerResults[WorkerTask['kind']] } | { id: number; error: string };

function perform(task: WorkerTask): WorkerResults[WorkerTask['kind']] {
  switch (task.kind) {
    case 'analyze':
      return analyzeArticle(task.text, task.options);
    case 'compare':
      return compareVersions(task.a, task.b, task.options);
    case 'fingerprint':
      return fingerprint(task.text);
  }
}

parentPort?.on('message', (request: AnalysisRequest) => {
  let reply: AnalysisReply;
  try {
    reply = { id: request.id, result: perform(request) };
  } catch (error) {
    reply = { id: request.id, error: error instanceof Error ? error.message : String(error) };
  }
  parentPort?.postMessage(reply);
});
