// The tasks the analysis worker runs, and how each is done: shared by the Node worker thread
// (analysisWorker.ts) and the browser build's in-place stand-in (src/web/workerThreads.ts).
import { analyzeArticle, compareVersions, fingerprint, styleBlindComparison, summarizeSources } from '../analysis';
import type { AnalysisOptions, ArticleAnalysis, DocumentFingerprint, FileSourceSummary, StyleBlindComparison, VersionDiff } from '../analysis';

/** The work itself, without the request id. */
export type WorkerTask =
  | { kind: 'analyze'; text: string; options: AnalysisOptions }
  | { kind: 'compare'; a: string; b: string; options: AnalysisOptions }
  | { kind: 'fingerprint'; text: string }
  | { kind: 'sources'; text: string; options: AnalysisOptions }
  | { kind: 'styleBlind'; a: string; b: string };

/** What each kind of task gives back. */
export interface WorkerResults {
  analyze: ArticleAnalysis;
  compare: VersionDiff;
  fingerprint: DocumentFingerprint;
  sources: FileSourceSummary;
  styleBlind: StyleBlindComparison;
}

export function perform(task: WorkerTask): WorkerResults[WorkerTask['kind']] {
  switch (task.kind) {
    case 'analyze':
      return analyzeArticle(task.text, task.options);
    case 'compare':
      return compareVersions(task.a, task.b, task.options);
    case 'fingerprint':
      return fingerprint(task.text);
    case 'sources':
      // Only the summary crosses back to the host, not the whole analysis.
      return summarizeSources(task.text, analyzeArticle(task.text, task.options));
    case 'styleBlind':
      return styleBlindComparison(task.a, task.b);
  }
}
