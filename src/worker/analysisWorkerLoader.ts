// Entry of the analysis worker thread: turns on V8's compile cache, where this Node has one
// (22.1 and later), before the worker and the analysis are loaded, so that a fresh thread reads
// their compiled code from disk instead of compiling about 1.4 MB of JavaScript again.
import * as nodeModule from 'node:module';
import { workerData } from 'node:worker_threads';

/** What the host passes the thread: where to keep the cache (the extension's global storage), if anywhere. */
export interface AnalysisWorkerData {
  compileCacheDir?: string;
}

const { enableCompileCache } = nodeModule as { enableCompileCache?: (directory: string) => unknown };
const directory = (workerData as AnalysisWorkerData | undefined)?.compileCacheDir;
try {
  // Never throws by design (it reports a directory it cannot write in its result); guarded all the same, as the cache is only a speed-up.
  if (directory) enableCompileCache?.(directory);
} catch {
  // Compiled as usual.
}

// The worker itself, a file of its own in dist/ (scripts/build.mjs keeps it out of this bundle).
// eslint-disable-next-line @typescript-eslint/no-require-imports
require('./analysisWorker.js');
