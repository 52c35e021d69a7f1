/**
 * Which fingerprint worker the benchmark's pool runs: the bundle users run (dist/fingerprintWorker.js,
 * as the CLI and the extension load it), built first when it is missing or older than the sources;
 * or, when it cannot be built or `source` is asked for, the worker from source under tsx, which
 * is about 15% slower.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './corpusTexts';

export type PoolWorkerKind = 'bundled' | 'source';

export interface PoolWorker {
  kind: PoolWorkerKind;
  /** The script for `new FingerprintPool(size, script)`; undefined for the pool's own choice from source. */
  script: string | undefined;
}

const BUNDLE = join(ROOT, 'dist', 'fingerprintWorker.js');
/** What the bundle is built from: the analysis, the worker and the lexicons under src/. */
const SOURCES = join(ROOT, 'src');

export function poolWorker(wanted: PoolWorkerKind = 'bundled', log: (line: string) => void = console.log): PoolWorker {
  if (wanted === 'source') return { kind: 'source', script: undefined };
  if (!isFresh()) {
    log('siblings bench: building dist/ (the fingerprint worker bundle is missing or older than src/) ...');
    const build = spawnSync(process.execPath, [join(ROOT, 'scripts', 'build.mjs')], { cwd: ROOT, stdio: 'ignore' });
    if (build.status !== 0 || !isFresh()) {
      log('siblings bench: the build failed; the pool runs the worker from source under tsx');
      return { kind: 'source', script: undefined };
    }
  }
  return { kind: 'bundled', script: BUNDLE };
}

function isFresh(): boolean {
  return existsSync(BUNDLE) && statSync(BUNDLE).mtimeMs >= newestChange(SOURCES);
}

function newestChange(folder: string): number {
  let newest = 0;
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestChange(path) : statSync(path).mtimeMs);
  }
  return newest;
}
