/**
 * `npm run bench`: every benchmark in one run, a table each, and the figures in
 * bench/results.json (ignored by git). Timings are reported, never asserted.
 */
import { writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { runAnalysisBench } from './analysis';
import { ROOT } from './corpusTexts';
import { runSiblingsBench } from './siblings';

async function main(): Promise<void> {
  const sizes = process.argv.includes('--quick') ? [5_000] : undefined;
  const analysis = await runAnalysisBench();
  console.log('');
  const siblings = await runSiblingsBench({ sizes });
  const results = {
    measuredAt: new Date().toISOString(),
    machine: { cores: cpus().length, cpu: cpus()[0]?.model ?? 'unknown', node: process.version },
    analysis,
    index: siblings,
  };
  const file = join(ROOT, 'bench', 'results.json');
  writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
  console.log(`\nwrote ${file}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
