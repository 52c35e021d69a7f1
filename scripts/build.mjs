// Bundles the extension, the command-line tool and the integration suite with esbuild.
// Flags: --watch (rebuild on change, development), --production (minified, no source maps).
import * as esbuild from 'esbuild';

const watch = process.argv.includes('--watch');
const production = process.argv.includes('--production');

const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  sourcemap: !production,
  minify: production,
  logLevel: 'info',
};

const builds = [
  // The extension: `vscode` is provided by the host at run time.
  { ...common, entryPoints: ['src/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] },
  // The worker thread that analyses large documents off the extension host's event loop.
  { ...common, entryPoints: ['src/worker/analysisWorker.ts'], outfile: 'dist/analysisWorker.js' },
  // The fingerprint threads, one per core, for folders of many articles (the CLI and the Versions index).
  { ...common, entryPoints: ['src/worker/fingerprintWorker.ts'], outfile: 'dist/fingerprintWorker.js' },
  // The command-line tool, runnable as `sourcelens` once installed.
  { ...common, entryPoints: ['src/cli.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } },
];
if (!production) {
  // The integration suite runs inside VS Code's extension host, which needs a real .js file.
  builds.push({
    ...common,
    entryPoints: ['test/integration/suite/index.ts'],
    outfile: 'out/integration/suite/index.js',
    external: ['vscode', 'mocha'],
  });
}

if (watch) {
  const contexts = await Promise.all(builds.map((options) => esbuild.context(options)));
  await Promise.all(contexts.map((context) => context.watch()));
  console.log('[watch] watching for changes');
} else {
  await Promise.all(builds.map((options) => esbuild.build(options)));
}
