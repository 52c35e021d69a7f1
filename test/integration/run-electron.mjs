#!/usr/bin/env node
// Runs the integration suite in desktop VS Code through @vscode/test-electron — the usual
// launcher for a machine with desktop VS Code or internet access. Where neither exists (CI
// here), `npm run test:integration` runs the same suite in the VS Code server build.
//
// Which VS Code: $VSCODE_EXECUTABLE_PATH if set, else a desktop `code` found on PATH, else
// test-electron downloads one (the version in $VSCODE_TEST_VERSION, default stable).
// On Linux without a display, run under xvfb-run.
//
// The last line printed is "N passed, N failed"; the exit code is non-zero on any failure.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runTests } from '@vscode/test-electron';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const extensionTestsPath = path.join(repoRoot, 'out', 'integration', 'suite', 'index.js');
const workspaceFolder = path.join(repoRoot, 'seeds');

const note = (message) => console.log(`[integration:electron] ${message}`);

/**
 * `code` on PATH is a launcher script that hands over to Electron and returns at once;
 * test-electron must start the Electron binary itself to see the run's exit code.
 */
function desktopExecutableFromPath() {
  const which = spawnSync(process.platform === 'win32' ? 'where' : 'which', ['code'], { encoding: 'utf8' });
  if (which.status !== 0) return undefined;
  const cli = fs.realpathSync(which.stdout.split(/\r?\n/)[0].trim());
  const binDir = path.dirname(cli);
  if (path.basename(binDir) !== 'bin') return undefined;
  let candidates = [];
  if (process.platform === 'darwin') {
    // <App>.app/Contents/Resources/app/bin/code -> <App>.app/Contents/MacOS/<executable>
    const macosDir = path.resolve(binDir, '..', '..', '..', 'MacOS');
    candidates = fs.existsSync(macosDir) ? fs.readdirSync(macosDir).map((name) => path.join(macosDir, name)) : [];
  } else {
    // <root>/bin/code -> <root>/<applicationName> (Linux) or <root>/<nameShort>.exe (Windows)
    const root = path.dirname(binDir);
    try {
      const product = JSON.parse(fs.readFileSync(path.join(root, 'resources', 'app', 'product.json'), 'utf8'));
      candidates = process.platform === 'win32' ? [path.join(root, `${product.nameShort}.exe`)] : [path.join(root, product.applicationName)];
    } catch {
      // not a desktop install (for instance a remote-server `code` shim)
    }
  }
  return candidates.find((candidate) => fs.existsSync(candidate) && fs.statSync(candidate).isFile());
}

function readResults(file) {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
}

async function main() {
  if (!fs.existsSync(extensionTestsPath) || !fs.existsSync(path.join(repoRoot, 'dist', 'extension.js'))) {
    throw new Error('The extension or the suite is not built: run `node scripts/build.mjs` first.');
  }
  let vscodeExecutablePath = process.env.VSCODE_EXECUTABLE_PATH || desktopExecutableFromPath();
  if (process.env.VSCODE_EXECUTABLE_PATH && !fs.existsSync(vscodeExecutablePath)) {
    throw new Error(`VSCODE_EXECUTABLE_PATH=${vscodeExecutablePath} does not exist.`);
  }
  note(vscodeExecutablePath ? `using ${vscodeExecutablePath}` : `downloading VS Code ${process.env.VSCODE_TEST_VERSION || 'stable'} ...`);
  if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
    note('no display found; if VS Code fails to start, run this under xvfb-run.');
  }

  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'sourcelens-electron-'));
  const resultsFile = path.join(root, 'results.json');
  try {
    await runTests({
      vscodeExecutablePath,
      version: vscodeExecutablePath ? undefined : process.env.VSCODE_TEST_VERSION || undefined,
      extensionDevelopmentPath: repoRoot,
      extensionTestsPath,
      extensionTestsEnv: {
        SOURCELENS_TEST_RESULTS: resultsFile,
        SOURCELENS_EXPECT_EXTENSION_PATH: repoRoot,
        SOURCELENS_TEST_GREP: process.env.SOURCELENS_TEST_GREP,
      },
      // A fresh profile each run, and no other extensions, so nothing but ours is tested.
      launchArgs: [
        workspaceFolder,
        '--disable-extensions',
        `--user-data-dir=${path.join(root, 'user-data')}`,
        `--extensions-dir=${path.join(root, 'extensions')}`,
      ],
    });
    return { results: readResults(resultsFile) };
  } catch (error) {
    const results = readResults(resultsFile);
    if (results) return { results, reason: results.failed ? undefined : `VS Code exited with ${error.message}` };
    if (!vscodeExecutablePath && !fs.existsSync(resultsFile)) {
      throw new Error(
        `could not run desktop VS Code (${error.message}).\n` +
          '  Downloading it needs access to the VS Code update service. Without it, point\n' +
          '  VSCODE_EXECUTABLE_PATH at an installed VS Code, or run the same suite in the VS Code\n' +
          '  server build instead: npm run test:integration',
        { cause: error },
      );
    }
    throw error;
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
}

let outcome;
try {
  outcome = await main();
} catch (error) {
  outcome = { reason: error.message };
}
const passed = outcome.results?.passed ?? 0;
let failed = outcome.results?.failed ?? 0;
let problem = outcome.reason;
if (!problem && !outcome.results) problem = 'the suite reported no results';
if (problem) {
  note(`FAILED: ${problem}`);
  if (failed === 0) failed = 1;
}
process.stdout.write(`${passed} passed, ${failed} failed\n`, () => process.exit(failed > 0 ? 1 : 0));
