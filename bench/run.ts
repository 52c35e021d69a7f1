/**
 * `npm run bench`: every benchmark in one run, a table each, and the figures in
 * bench/results.json (ignored by git). Timings are reported, never asserted.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { runAnalysisBench } from './analysis';
import { ROOT } from './corpusTexts';
import { runSiblingsBench } from './siblings';
import { runSourcesBench } from './sources10k';

/**
 * Activation and first-hover times in the real VS Code: the integration runner reports them
 * while it runs the first suite. Skipped (null) where that VS Code cannot run.
 */
function editorTimings(): Record<string, number | string | null> | null {
  const file = join(ROOT, '.vscode-test', 'logs', 'timings.json');
  rmSync(file, { force: true });
  console.log('\neditor timings: running the first integration suite in VS Code ...');
  const run = spawnSync(process.execPath, [join(ROOT, 'test', 'integration', 'run-server.mjs'), '--grep', 'Source Lens in VS Code'], { cwd: ROOT, stdio: 'inherit' });
  if (run.status !== 0 || !existsSync(file)) return null;
  return JSON.parse(readFileSync(file, 'utf8')) as Record<string, number | string | null>;
}

async function main(): Promise<void> {
  const sizes = process.argv.includes('--quick') ? [5_000] : undefined;
  const analysis = await runAnalysisBench();
  console.log('');
  const siblings = await runSiblingsBench({ sizes });
  console.log('\narticles   fingerprint/s   record bytes   heap MB   look-up ms (mean / p95)   planted versions found');
  for (const row of siblings.siblings) {
    console.log(`${String(row.documents).padStart(8)}   ${String(row.fingerprintDocsPerSecond).padStart(13)}   ${String(row.recordBytesMean).padStart(12)}   ${String(row.heapMegabytes).padStart(7)}   ${`${row.queryMsMean} / ${row.queryMsP95}`.padStart(23)}   ${row.plantedFound}`);
  }
  if (siblings.siblings.length > 0) console.log(`(the pool ran the ${siblings.siblings[0].poolWorker === 'bundled' ? 'bundled worker, dist/fingerprintWorker.js' : 'worker from source under tsx'})`);
  const sources = await runSourcesBench({ articles: process.argv.includes('--quick') ? 5_000 : 10_000 });
  console.log(`\nsources at ${sources.articles} articles: overview ${sources.overviewSeconds} s on two workers; one changed article ${sources.updateMsP50} / ${sources.updateMsP95} ms (p50 / p95; full merge ${sources.fullMergeMs} ms)`);
  const editor = process.argv.includes('--no-editor') ? null : editorTimings();
  const results = {
    measuredAt: new Date().toISOString(),
    machine: { cores: cpus().length, cpu: cpus()[0]?.model ?? 'unknown', node: process.version },
    analysis,
    index: siblings,
    sources,
    editor,
  };
  const file = join(ROOT, 'bench', 'results.json');
  writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
  console.log(`\nwrote ${file}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
