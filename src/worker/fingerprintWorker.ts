import { parentPort } from 'node:worker_threads';
import { fingerprint } from '../analysis';

/** One thread of the fingerprint pool (fingerprintPool.ts) of the CLI and the Versions index: a text in, its fingerprint out. */
parentPort?.on('message', ({ job, text }: { job: number; text: string }) => {
  try {
    parentPort?.postMessage({ job, fingerprint: fingerprint(text) });
  } catch (error) {
    // One text that cannot be fingerprinted fails its own job, not the thread.
    parentPort?.postMessage({ job, error: error instanceof Error ? error.message : String(error) });
  }
});
