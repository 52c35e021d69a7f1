import { parentPort } from 'node:worker_threads';
import { fingerprintParts } from '../analysis';
import type { FingerprintBatch, FingerprintBatchReply, FingerprintOutcome } from './fingerprintPool';

/**
 * One thread of the fingerprint pool (fingerprintPool.ts) of the CLI and the Versions index: a
 * batch of texts in, their fingerprints out as parts in one message (the samples' buffers moved
 * to the receiving thread, not copied or encoded).
 */
parentPort?.on('message', ({ job, texts }: FingerprintBatch) => {
  const results: FingerprintOutcome[] = [];
  const moved: ArrayBuffer[] = [];
  for (const text of texts) {
    try {
      const parts = fingerprintParts(text);
      results.push({ parts });
      // Fresh buffers of their own (fingerprintParts slices them), so moving them takes nothing else along.
      moved.push(parts.view.sample.buffer as ArrayBuffer, parts.view.where.buffer as ArrayBuffer);
    } catch (error) {
      // One text that cannot be fingerprinted fails on its own, not its batch or the thread.
      results.push({ error: error instanceof Error ? error.message : String(error) });
    }
  }
  parentPort?.postMessage({ job, results } satisfies FingerprintBatchReply, moved);
});
