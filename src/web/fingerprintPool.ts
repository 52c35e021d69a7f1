// The browser build's stand-in for src/worker/fingerprintPool.ts (scripts/build.mjs maps the
// import here): a web extension host cannot start worker threads from an extension's files,
// so the Versions index fingerprints its texts in place, one at a time.
import type { FingerprintParts } from '../analysis';

export class FingerprintPool {
  static available(): boolean {
    return false;
  }

  constructor() {
    throw new Error('no fingerprint threads in the browser');
  }

  get size(): number {
    return 0;
  }

  fingerprint(_text: string): Promise<FingerprintParts> {
    return Promise.reject(new Error('no fingerprint threads in the browser'));
  }

  async inOrder<K>(_texts: AsyncIterable<[K, string]>, _take: (key: K, fp: FingerprintParts | Error) => void): Promise<void> {
    throw new Error('no fingerprint threads in the browser');
  }

  async close(): Promise<void> {}
}
