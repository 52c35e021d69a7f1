// The browser build's stand-in for src/worker/fingerprintPool.ts (scripts/build.mjs maps the
// import here): a web extension host cannot start worker threads from an extension's files,
// so `available()` says no and the Versions index fingerprints its texts in place, one at a time.
export class FingerprintPool {
  static available(): boolean {
    return false;
  }

  constructor() {
    throw new Error('no fingerprint threads in the browser');
  }
}
