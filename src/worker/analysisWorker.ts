// Runs in a worker thread: analyses large articles so the extension host's event loop stays free.
import { parentPort } from 'node:worker_threads';
import { analyzeArticle, type AnalysisOptions, type ArticleAnalysis } from '../analysis';

export interface AnalysisRequest {
  id: number;
  text: string;
  options: AnalysisOptions;
}

export type AnalysisReply = { id: number; analysis: ArticleAnalysis } | { id: number; error: string };

parentPort?.on('message', (request: AnalysisRequest) => {
  let reply: AnalysisReply;
  try {
    reply = { id: request.id, analysis: analyzeArticle(request.text, request.options) };
  } catch (error) {
    reply = { id: request.id, error: error instanceof Error ? error.message : String(error) };
  }
  parentPort?.postMessage(reply);
});
