import { parentPort } from 'node:worker_threads';
import { fingerprint } from '../analysis';

/** One thread of the CLI's fingerprint pool (fingerprintPool.ts): a text in, its fingerprint out. */
parentPort?.on('message', ({ job, text }: { job: number; text: string }) => {
  parentPort?.postMessage({ job, fingerprint: fingerprint(text) });
});
