import { parentPort } from 'node:worker_threads';
import { fingerprintParts } from '../analysis';

/**
 * One thread of the fingerprint pool (fingerprintPool.ts) of the CLI and the Versions index: a
 * text in, its fingerprint out as parts (the sample's buffers moved to the receiving thread, not
 * copied or encoded).
 */
parentPort?.on('message', ({ job, text }: { job: number; text: string }) => {
  try {
    const parts = fingerprintParts(text);
    // Fresh buffers of their own (fingerprintParts slices them), so moving them takes nothing else along.
    parentPort?.postMessage({ job, parts }, [parts.view.sample.buffer as ArrayBuffer, parts.view.where.buffer as ArrayBuffer]);
  } catch (error) {
    // One text that cannot be fingerprinted fails its own job, not the thread.
    parentPort?.postMessage({ job, error: error instanceof Error ? error.message : String(error) });
  }
});
