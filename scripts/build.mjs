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
  // esbuild rewrites every regular expression with \p{…} into `new RegExp(…)` for any Node target,
  // which builds the expression again on each call (about 50 ns; the analysis calls such tests
  // millions of times). Node 20 has these escapes, so the literals stay literals.
  supported: { 'regexp-unicode-property-escapes': true },
  sourcemap: !production,
  minify: production,
  logLevel: 'info',
};

import * as path from 'node:path';

/**
 * The extension and its analysis worker share one copy of the analysis (compromise and the
 * office-holder list are most of it): each takes `src/analysis/index.ts` from dist/analysis.js at
 * run time instead of embedding it. The CLI keeps its own copy (it ships on npm, not in the .vsix).
 */
const analysisIndex = path.resolve('src/analysis/index.ts');
const sharedAnalysis = {
  name: 'shared-analysis',
  setup(build) {
    build.onResolve({ filter: /analysis$/ }, async (args) => {
      if (args.pluginData === 'shared-analysis') return undefined;
      const resolved = await build.resolve(args.path, { kind: args.kind, resolveDir: args.resolveDir, pluginData: 'shared-analysis' });
      return resolved.path === analysisIndex ? { path: './analysis.js', external: true } : undefined;
    });
  },
};

const builds = [
  // The analysis shared by the extension and its worker thread.
  { ...common, entryPoints: ['src/analysis/index.ts'], outfile: 'dist/analysis.js' },
  // The extension: `vscode` is provided by the host at run time.
  { ...common, entryPoints: ['src/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'], plugins: [sharedAnalysis] },
  // Converters of web pages and Word files (a DOM, Readability, mammoth), loaded by the extension on first use only.
  { ...common, entryPoints: ['src/formats/index.ts'], outfile: 'dist/formats.js' },
  // The worker thread that analyses large documents off the extension host's event loop.
  { ...common, entryPoints: ['src/worker/analysisWorker.ts'], outfile: 'dist/analysisWorker.js', plugins: [sharedAnalysis] },
  // Its entry: turns on V8's compile cache, then loads the worker above.
  { ...common, entryPoints: ['src/worker/analysisWorkerLoader.ts'], outfile: 'dist/analysisWorkerLoader.js', external: ['./analysisWorker.js'] },
  // The fingerprint threads, one per core, for folders of many articles (the CLI and the Versions index).
  { ...common, entryPoints: ['src/worker/fingerprintWorker.ts'], outfile: 'dist/fingerprintWorker.js' },
  // The command-line tool, runnable as `sourcelens` once installed.
  { ...common, entryPoints: ['src/cli.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } },
  // The Source Report webview's page script (Chart.js inside) and its style sheet: loaded from the extension, never a CDN.
  { ...common, platform: 'browser', format: 'iife', target: 'es2022', entryPoints: ['src/editor/report/webview/main.ts'], outfile: 'dist/report.js' },
  { ...common, platform: 'browser', entryPoints: ['src/editor/report/webview/report.css'], outfile: 'dist/report.css' },
];
/**
 * The browser build's stand-ins (src/web/) for the Node modules the extension uses: worker
 * threads (the analysis and fingerprints run in place), `path`, the web-page and Word converters,
 * and the versions index's sample file (kept in memory instead); and
 * the browser build of csv-stringify.
 */
const webStandIns = {
  name: 'web-stand-ins',
  setup(build) {
    build.onResolve({ filter: /^node:worker_threads$/ }, () => ({ path: path.resolve('src/web/workerThreads.ts') }));
    build.onResolve({ filter: /^node:path$/ }, () => ({ path: path.resolve('src/web/path.ts') }));
    // csv-stringify's own browser build: its Node one uses Buffer, which a web worker lacks.
    build.onResolve({ filter: /^csv-stringify(\/sync)?$/ }, (args) => build.resolve(args.path.replace('csv-stringify', 'csv-stringify/browser/esm'), { kind: args.kind, resolveDir: args.resolveDir }));
    build.onResolve({ filter: /\/fingerprintPool$/ }, (args) => (args.importer.includes(`${path.sep}web${path.sep}`) ? undefined : { path: path.resolve('src/web/fingerprintPool.ts') }));
    build.onResolve({ filter: /\/fileSampleStore$/ }, (args) => (args.importer.includes(`${path.sep}web${path.sep}`) ? undefined : { path: path.resolve('src/web/fileSampleStore.ts') }));
    build.onResolve({ filter: /\/convertedFormats$/ }, (args) => (args.importer.includes(`${path.sep}web${path.sep}`) ? undefined : { path: path.resolve('src/web/convertedFormats.ts') }));
  },
};
// The extension in a web extension host (vscode.dev): one file, analysis included, no Node built-ins.
builds.push({
  ...common,
  platform: 'browser',
  target: 'es2022',
  entryPoints: ['src/web/extension.ts'],
  outfile: 'dist/web/extension.js',
  external: ['vscode'],
  plugins: [webStandIns],
});

if (!production) {
  // The integration suite runs inside VS Code's extension host, which needs a real .js file.
  builds.push({
    ...common,
    entryPoints: ['test/integration/suite/index.ts'],
    outfile: 'out/integration/suite/index.js',
    external: ['vscode', 'mocha'],
  });
  // The browser suite runs in the web-worker extension host: no Node, no mocha (test/web/suite.ts).
  builds.push({ ...common, platform: 'browser', target: 'es2022', entryPoints: ['test/web/suite.ts'], outfile: 'out/web/suite.js', external: ['vscode'] });
}

if (watch) {
  const contexts = await Promise.all(builds.map((options) => esbuild.context(options)));
  await Promise.all(contexts.map((context) => context.watch()));
  console.log('[watch] watching for changes');
} else {
  await Promise.all(builds.map((options) => esbuild.build(options)));
}
