// Opt-in CPU profiles of the extension host, to see what its long tasks are: set
// SOURCELENS_PROFILE_DIR (the runner passes it on) and the measured phases of the suite are each
// written there as <name>.cpuprofile; `node scripts/long-tasks.mjs <dir>` lists their long tasks.
// Without the variable nothing is started and `profiled` only runs the work.
import * as fs from 'node:fs';
import { Session } from 'node:inspector';
import * as path from 'node:path';
import { PerformanceObserver, constants, type PerformanceEntry } from 'node:perf_hooks';

const profileDir = process.env.SOURCELENS_PROFILE_DIR;
let session: Session | undefined;

function post(method: string, params?: object): Promise<unknown> {
  return new Promise((resolve, reject) => {
    session!.post(method, params, (error, result) => (error ? reject(error) : resolve(result)));
  });
}

/** Runs `work` under V8's sampling profiler when profiles are asked for, and saves the profile as `name`. */
export async function profiled<T>(name: string, work: () => Promise<T>): Promise<T> {
  if (!profileDir) return work();
  if (!session) {
    session = new Session();
    session.connect();
    await post('Profiler.enable');
    // 0.2 ms between samples: a 15 ms task gets about 75 of them.
    await post('Profiler.setSamplingInterval', { interval: 200 });
  }
  // Garbage collections beside the profile: which kind, and how long each held the thread.
  const collections: PerformanceEntry[] = [];
  const observer = new PerformanceObserver((list) => collections.push(...list.getEntries()));
  observer.observe({ entryTypes: ['gc'] });
  const heapBefore = process.memoryUsage().heapUsed;
  const startedAt = performance.now();
  await post('Profiler.start');
  try {
    return await work();
  } finally {
    const { profile } = (await post('Profiler.stop')) as { profile: unknown };
    observer.disconnect();
    fs.mkdirSync(profileDir, { recursive: true });
    fs.writeFileSync(path.join(profileDir, `${name}.cpuprofile`), JSON.stringify(profile));
    const gc = collections.map((entry) => ({
      atMs: Math.round(entry.startTime - startedAt),
      ms: Number(entry.duration.toFixed(1)),
      kind: gcKinds[(entry as { detail?: { kind?: number } }).detail?.kind ?? 0] ?? 'other',
    }));
    fs.writeFileSync(path.join(profileDir, `${name}.gc.json`), JSON.stringify({ heapBeforeMB: heapBefore / 1e6, heapAfterMB: process.memoryUsage().heapUsed / 1e6, gc }));
  }
}

const gcKinds: Record<number, string> = {
  [constants.NODE_PERFORMANCE_GC_MAJOR]: 'major',
  [constants.NODE_PERFORMANCE_GC_MINOR]: 'minor',
  [constants.NODE_PERFORMANCE_GC_INCREMENTAL]: 'incremental',
  [constants.NODE_PERFORMANCE_GC_WEAKCB]: 'weak callbacks',
};
