#!/usr/bin/env node
// Runs the integration suite (out/integration/suite/index.js) in a real VS Code: the VS Code
// server build from npm's code-server package, opened in headless Chromium. This works where
// desktop VS Code cannot be downloaded (CI here), and is what `npm run test:integration` runs.
//
// Usage: node test/integration/run-server.mjs [options]
//   --vsix <file>        install this packaged extension into the fresh extensions folder and
//                        test it instead of the source folder (env SOURCELENS_VSIX)
//   --timeout <seconds>  limit for the whole run once the server is installed (default 600:
//                        the suite takes about 250 s alone, and a loaded machine took it past 300;
//                        env SOURCELENS_TEST_TIMEOUT)
//   --grep <pattern>     run only matching tests (env SOURCELENS_TEST_GREP)
//   --verbose            also print VS Code's own log (env SOURCELENS_TEST_VERBOSE=1)
//   --screenshots        the suite's screenshot tests run and save the README's pictures of the
//                        real UI into media/ (env SOURCELENS_SCREENSHOTS=1)
//   --web                run the extension in the browser's web-worker extension host (its
//                        `browser` build, as in vscode.dev) with the browser suite out/web/suite.js
//   --restricted         workspace trust on, and a copy of seeds/ (with a workspace setting of
//                        the look-up address) opened untrusted, in Restricted Mode; runs the
//                        suite's Restricted Mode tests (env SOURCELENS_TEST_RESTRICTED=1 in the host)
//   --keep               keep the temporary user-data/extensions folders
//   --extension-development-path <dir>, --extension-tests-path <file>
//                        load another extension / suite (for working on this runner)
// Environment: SOURCELENS_CHROMIUM selects the browser binary (default: Debian's chromium).
// SOURCELENS_PROFILE_DIR (passed on to the extension host): the first hover and each round of the
// 1 MB stall test save a CPU profile and their garbage collections there (test/integration/suite/cpuProfile.ts);
// `node scripts/long-tasks.mjs <dir>` lists their long tasks.
//
// Exit code 0 only when the suite ran and every test passed. The last line printed is
// "N passed, N failed"; a failure of the run itself (timeout, crash) counts as one failure.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseArgs, format } from 'node:util';
import {
  aptInstall,
  CODE_SERVER_VERSION,
  cacheDir,
  ensureVsCodeServer,
  installVsix,
  makeTempDirs,
  repoRoot,
  startServer,
  workbenchUrl,
} from '../../scripts/vscode-server.mjs';

const { values: options } = parseArgs({
  options: {
    vsix: { type: 'string', default: process.env.SOURCELENS_VSIX || undefined },
    timeout: { type: 'string', default: process.env.SOURCELENS_TEST_TIMEOUT || '600' },
    grep: { type: 'string', default: process.env.SOURCELENS_TEST_GREP || undefined },
    verbose: { type: 'boolean', default: process.env.SOURCELENS_TEST_VERBOSE === '1' },
    screenshots: { type: 'boolean', default: process.env.SOURCELENS_SCREENSHOTS === '1' },
    keep: { type: 'boolean', default: false },
    web: { type: 'boolean', default: false },
    restricted: { type: 'boolean', default: false },
    'extension-development-path': { type: 'string', default: repoRoot },
    'extension-tests-path': { type: 'string' },
  },
});

const seedsFolder = path.join(repoRoot, 'seeds');
// Only the Restricted Mode tests run in an untrusted folder; elsewhere they skip themselves.
if (options.restricted) options.grep ??= 'Restricted Mode';
const extensionTestsPath = path.resolve(options['extension-tests-path'] ?? (options.web ? path.join(repoRoot, 'out', 'web', 'suite.js') : path.join(repoRoot, 'out', 'integration', 'suite', 'index.js')));
const extensionDevelopmentPath = path.resolve(options['extension-development-path']);
const timeoutSeconds = Number(options.timeout);
// Marks the suite's own output among everything else the workbench logs (see suite/index.ts).
const LOG_PREFIX = '[sourcelens-suite] ';
const logDir = path.join(cacheDir, 'logs');
const logFile = path.join(logDir, options.web ? 'integration-web.log' : options.vsix ? 'integration-vsix.log' : 'integration.log');
const screenshotFile = logFile.replace(/\.log$/, '-failure.png');

/**
 * Whether a workbench error concerns our extension or suite (the rest is VS Code's own noise).
 * Paths of the VS Code install and of this run's temp folders say nothing about us.
 */
function mentionsUs(text) {
  const ours = text.split(cacheDir).join('').replace(/sourcelens-it-\w+/g, '');
  return /sourcelens/i.test(ours) || ours.includes(extensionTestsPath) || (!options.vsix && ours.includes(extensionDevelopmentPath));
}

const note = (message) => console.log(`[integration] ${message}`);

/** Finds a Chromium/Chrome binary, installing Debian's when we may. */
function findChromium() {
  const fromEnv = process.env.SOURCELENS_CHROMIUM;
  if (fromEnv) {
    if (!fs.existsSync(fromEnv)) throw new Error(`SOURCELENS_CHROMIUM=${fromEnv} does not exist.`);
    return fromEnv;
  }
  const candidates = [
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
    '/Applications/Chromium.app/Contents/MacOS/Chromium',
  ];
  const found = candidates.find((candidate) => fs.existsSync(candidate));
  if (found) return found;
  if (aptInstall(['chromium']) && fs.existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  throw new Error(
    'No Chromium or Chrome found. Install one (Debian/Ubuntu: sudo apt-get install -y chromium) ' +
      'or point SOURCELENS_CHROMIUM at a Chromium-based browser binary.',
  );
}

/**
 * The workbench runs extensionTestsPath only in an extension-development window, and the
 * .vsix run must not load our source folder as that development extension. So it gets an
 * empty extension that contributes nothing; the installed Source Lens loads as a user's would.
 */
function placeholderExtension(root) {
  const dir = path.join(root, 'placeholder-extension');
  fs.mkdirSync(dir, { recursive: true });
  const manifest = { name: 'integration-placeholder', publisher: 'sourcelens-test', version: '0.0.0', engines: { vscode: '*' } };
  fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify(manifest));
  return dir;
}

/**
 * The extension as vscode.dev sees it, for --web: its manifest without `main`, so VS Code can run
 * it only in the browser's web-worker extension host (this server build ignores the payload's
 * extensionDevelopmentKind), and its files linked in. The browser suite is linked in too:
 * VS Code runs tests in the extension host of the extension whose folder holds them.
 */
function webOnlyExtension(root) {
  const dir = path.join(root, 'web-extension');
  fs.mkdirSync(dir, { recursive: true });
  const { main: _node, ...manifest } = JSON.parse(fs.readFileSync(path.join(extensionDevelopmentPath, 'package.json'), 'utf8'));
  fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify(manifest));
  for (const entry of ['dist', 'syntaxes', 'media', 'samples', 'README.md', 'LICENSE']) {
    if (fs.existsSync(path.join(extensionDevelopmentPath, entry))) fs.symlinkSync(path.join(extensionDevelopmentPath, entry), path.join(dir, entry));
  }
  fs.mkdirSync(path.join(dir, 'test'));
  fs.copyFileSync(extensionTestsPath, path.join(dir, 'test', 'suite.js'));
  return { dir, tests: path.join(dir, 'test', 'suite.js') };
}

/**
 * For --restricted: the seeds in a folder of their own, with the workspace setting a folder sent
 * by someone else could carry: a look-up address that would send the names read to its owner.
 */
function untrustedWorkspace(root) {
  const dir = path.join(root, 'untrusted-workspace');
  fs.mkdirSync(path.join(dir, '.vscode'), { recursive: true });
  for (const file of fs.readdirSync(seedsFolder)) fs.copyFileSync(path.join(seedsFolder, file), path.join(dir, file));
  fs.writeFileSync(path.join(dir, '.vscode', 'settings.json'), JSON.stringify({ 'sourcelens.lookUp.url': 'https://names.example.invalid/collect?who=${query}' }, null, 2));
  return dir;
}

async function main() {
  fs.rmSync(logFile, { force: true });
  fs.rmSync(screenshotFile, { force: true });
  const needed = [extensionTestsPath];
  if (!options.vsix) {
    const { main = 'index.js' } = JSON.parse(fs.readFileSync(path.join(extensionDevelopmentPath, 'package.json'), 'utf8'));
    const mainFile = path.resolve(extensionDevelopmentPath, main);
    needed.push(fs.existsSync(`${mainFile}.js`) ? `${mainFile}.js` : mainFile);
  }
  for (const file of needed) {
    if (!fs.existsSync(file)) throw new Error(`${path.relative(repoRoot, file)} is missing: build first (\`node scripts/build.mjs\`).`);
  }
  if (options.vsix && !fs.existsSync(options.vsix)) throw new Error(`--vsix ${options.vsix} does not exist (build it with \`npm run package\`).`);
  if (!(timeoutSeconds > 0)) throw new Error(`--timeout must be a number of seconds, got ${options.timeout}`);

  const server = await ensureVsCodeServer();
  note(`VS Code ${server.vscodeVersion} (server build from code-server ${CODE_SERVER_VERSION}, Node ${server.nodeVersion})`);
  const chromiumPath = findChromium();
  // Resolved lazily so a missing dev dependency gets a clear message rather than a stack.
  const { chromium } = await import('playwright-core').catch(() => {
    throw new Error('playwright-core is not installed: run `npm install` (it is a devDependency).');
  });

  fs.mkdirSync(logDir, { recursive: true });
  const log = fs.createWriteStream(logFile);
  const writeLog = (text) => !log.writableEnded && log.write(text);
  const dirs = makeTempDirs('sourcelens-it-');
  const resultsFile = path.join(dirs.root, 'results.json');
  const screenshotDoneDir = path.join(dirs.root, 'screenshots-taken');
  fs.mkdirSync(screenshotDoneDir, { recursive: true });
  // Undone in reverse order at the end. Anything started after the run was already over (a
  // slow start racing a timeout) is undone at once.
  const cleanups = [];
  let cleaningUp = false;
  const runCleanup = (fn) => fn().catch((error) => note(`cleanup: ${error.message}`));
  const addCleanup = (fn) => (cleaningUp ? runCleanup(fn) : cleanups.push(fn));
  const cleanup = async () => {
    cleaningUp = true;
    while (cleanups.length) await runCleanup(cleanups.pop());
  };
  addCleanup(async () => {
    if (options.keep) note(`kept ${dirs.root}`);
    else fs.rmSync(dirs.root, { recursive: true, force: true });
  });
  addCleanup(() => new Promise((resolve) => log.end(resolve)));

  // Everything that can end the run settles this once; the first word wins.
  let settle;
  const settled = new Promise((resolve) => (settle = resolve));
  let finished = false;
  const finish = (outcome) => {
    if (!finished) {
      finished = true;
      settle(outcome);
    }
  };
  const fail = (reason) => finish({ reason });

  const timer = setTimeout(() => fail(`timed out after ${timeoutSeconds} s`), timeoutSeconds * 1000);
  addCleanup(async () => clearTimeout(timer));
  const onSignal = (signal) => fail(`interrupted (${signal})`);
  process.once('SIGINT', onSignal).once('SIGTERM', onSignal);

  const run = async () => {
    const testingVsix = Boolean(options.vsix);
    if (testingVsix) {
      note(`installing ${options.vsix} into a fresh extensions folder`);
      const output = installVsix(server, options.vsix, dirs);
      writeLog(`[install] ${output}\n`);
      note(output.split('\n').filter(Boolean).pop() ?? 'installed');
    }

    let exitGrace;
    const srv = await startServer(server, {
      withoutToken: true,
      workspaceTrust: options.restricted,
      ...dirs,
      // The extension host inherits these (see suite/index.ts).
      env: {
        SOURCELENS_TEST_RESULTS: resultsFile,
        SOURCELENS_TEST_LOG_PREFIX: LOG_PREFIX,
        SOURCELENS_EXPECT_EXTENSION_PATH: testingVsix ? 'installed' : extensionDevelopmentPath,
        ...(options.grep ? { SOURCELENS_TEST_GREP: options.grep } : {}),
        ...(options.restricted ? { SOURCELENS_TEST_RESTRICTED: '1' } : {}),
        // The suite asks for a picture by a log line and waits for the runner's word in this folder.
        ...(options.screenshots ? { SOURCELENS_SCREENSHOT_DONE_DIR: screenshotDoneDir } : {}),
      },
      onLine: (line) => {
        writeLog(`[server] ${line}\n`);
        if (options.verbose) console.log(`[server] ${line}`);
        // The workbench reports a finished run even after the extension host died mid-suite,
        // so the server's word on how the extension host ended is what tells us of a crash.
        const exit = /Extension Host Process exited with code: (\S+), signal: ([^.\s]+)/.exec(line);
        if (exit) {
          const [, code, signal] = exit;
          if (code !== '0' || signal !== 'null') {
            fail(`the extension host crashed (exit code ${code}, signal ${signal})`);
          } else {
            // A normal exit comes with the workbench's exit call; allow it a moment to arrive.
            exitGrace = setTimeout(() => fail('the extension host exited before the suite finished'), 15_000);
          }
        }
      },
    });
    addCleanup(async () => {
      clearTimeout(exitGrace);
      await srv.stop();
    });
    srv.exited.then(({ code, signal }) => fail(`the VS Code server exited (${signal ?? `exit code ${code}`})`));
    note(`server listening on ${srv.baseUrl}`);

    const browser = await chromium.launch({
      executablePath: chromiumPath,
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
    let closingBrowser = false;
    addCleanup(async () => {
      closingBrowser = true;
      // Server first: nothing is left for the workbench to wait on while the page closes.
      await srv.stop();
      await Promise.race([browser.close(), new Promise((resolve) => setTimeout(resolve, 10_000))]);
    });
    browser.on('disconnected', () => closingBrowser || fail('the browser closed unexpectedly'));

    // README pictures are taken a little wider, as a reader's window would be.
    // Clipboard permissions: the Article view's "Copy Quote with Its Source" is tested through the real clipboard.
    page = await browser.newPage({ viewport: options.screenshots ? { width: 1440, height: 900 } : { width: 1280, height: 800 }, permissions: ['clipboard-read', 'clipboard-write'] });
    page.on('crash', () => fail('the browser page crashed'));
    page.on('pageerror', (error) => writeLog(`[pageerror] ${error.stack ?? error.message}\n`));
    await page.exposeFunction('codeAutomationLog', (type, args) => {
      const text = format(...(Array.isArray(args) ? args : [args]));
      if (text.startsWith(LOG_PREFIX)) {
        const shot = /^SCREENSHOT ([\w-]+)$/.exec(text.slice(LOG_PREFIX.length).trim());
        if (shot && options.screenshots) {
          void takeScreenshot(shot[1]);
          return;
        }
        // The browser suite (--web) has no file system: its results come as one marked line.
        const resultsLine = /^RESULTS (\{.*\})$/.exec(text.slice(LOG_PREFIX.length).trim());
        if (resultsLine && options.web) {
          fs.writeFileSync(resultsFile, resultsLine[1]);
          return;
        }
        console.log(text.slice(LOG_PREFIX.length));
        return;
      }
      writeLog(`[workbench:${type}] ${text}\n`);
      if (options.verbose) console.log(`[workbench:${type}] ${text}`);
      // Errors about our extension (e.g. a failed activation) belong in the test output.
      else if (type === 'error' && mentionsUs(text)) console.log(`[vscode error] ${text}`);
    });
    /** A picture of the workbench as it is, for the README; the suite waits for the marker file. */
    const takeScreenshot = async (name) => {
      const file = path.join(repoRoot, 'media', `${name}.png`);
      try {
        await page.screenshot({ path: file, timeout: 10_000 });
        note(`screenshot ${path.relative(repoRoot, file)}`);
      } catch (error) {
        note(`screenshot ${name} failed: ${error.message}`);
      }
      fs.writeFileSync(path.join(screenshotDoneDir, `${name}.done`), '');
    };
    await page.exposeFunction('codeAutomationExit', (code) => finish({ exitCode: Number(code) }));

    const web = options.web ? webOnlyExtension(dirs.root) : undefined;
    const url = workbenchUrl(srv, {
      folder: options.restricted ? untrustedWorkspace(dirs.root) : seedsFolder,
      extensionDevelopmentPath: web?.dir ?? (testingVsix ? placeholderExtension(dirs.root) : extensionDevelopmentPath),
      extensionTestsPath: web?.tests ?? extensionTestsPath,
      extensionDevelopmentKind: options.web ? 'web' : undefined,
    });
    writeLog(`[integration] opening ${url}\n`);
    note(`opening the workbench in ${path.basename(chromiumPath)} and running the suite`);
    await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 60_000 });
  };

  let page;
  run().catch((error) => fail(error.message));
  const outcome = await settled;

  if (outcome.reason && page && !page.isClosed()) {
    await page.screenshot({ path: screenshotFile, timeout: 5000 }).then(
      () => note(`screenshot of the workbench: ${path.relative(repoRoot, screenshotFile)}`),
      () => {},
    );
  }
  let results;
  try {
    results = JSON.parse(fs.readFileSync(resultsFile, 'utf8'));
  } catch {
    results = undefined;
  }
  // Read before the temporary folders go: the extension host's log says what the API refused.
  const hostWarnings = extensionHostWarnings(dirs.userDataDir);
  await cleanup();
  process.off('SIGINT', onSignal).off('SIGTERM', onSignal);
  return { ...outcome, results, hostWarnings };
}

/**
 * Warnings in the extension host's log that point at us: a provider registered for every scheme
 * ("document selector without scheme"), decorations sent to an editor already closed ("Illegal
 * argument: TextEditor"). VS Code only logs them, so the runner reports them.
 */
const HOST_WARNINGS = [/uses a document selector without scheme/, /Illegal argument: TextEditor/];

function extensionHostWarnings(userDataDir) {
  const found = [];
  const logs = path.join(userDataDir, 'logs');
  if (!fs.existsSync(logs)) return found;
  for (const session of fs.readdirSync(logs)) {
    const sessionDir = path.join(logs, session);
    if (!fs.statSync(sessionDir).isDirectory()) continue;
    for (const host of fs.readdirSync(sessionDir).filter((name) => name.startsWith('exthost'))) {
      for (const file of ['remoteexthost.log', 'exthost.log']) {
        const log = path.join(sessionDir, host, file);
        if (!fs.existsSync(log)) continue;
        for (const line of fs.readFileSync(log, 'utf8').split('\n')) {
          if (HOST_WARNINGS.some((pattern) => pattern.test(line))) found.push(line.trim());
        }
      }
    }
  }
  return found;
}

const started = Date.now();
let outcome;
try {
  outcome = await main();
} catch (error) {
  outcome = { reason: error.message };
}

const { results } = outcome;
let passed = results?.passed ?? 0;
let failed = results?.failed ?? 0;
let problem = outcome.reason;
if (!problem && !results) problem = 'the suite reported no results (it did not run, or failed to load)';
if (!problem && outcome.exitCode !== 0 && failed === 0) problem = `VS Code ended the run with exit code ${outcome.exitCode}`;
if (!problem && passed + failed === 0) problem = 'no test ran';
if (outcome.hostWarnings?.length) {
  // Reported, not failed on: an editor closed while its decorations are on the way is a race of
  // any extension; the suite asserts on the cases that are ours (versions.test.ts).
  for (const line of outcome.hostWarnings.slice(0, 5)) console.log(`[extension host] ${line}`);
  console.log(`[integration] ${outcome.hostWarnings.length} warning(s) in the extension host's log about selectors or closed editors`);
}
if (problem) {
  console.log(`[integration] FAILED: ${problem}`);
  if (fs.existsSync(logFile)) console.log(`[integration] full VS Code log: ${path.relative(process.cwd(), logFile)}`);
  if (failed === 0) failed = 1; // the run itself failed; count it so the closing line says so
}
if (results?.timings && Object.keys(results.timings).length > 0) {
  // Reported, never asserted: `npm run bench` reads them from this file.
  console.log(`[integration] timings (ms): ${JSON.stringify(results.timings)}`);
  fs.mkdirSync(path.dirname(logFile), { recursive: true });
  fs.writeFileSync(path.join(path.dirname(logFile), 'timings.json'), JSON.stringify({ vscodeVersion: results.vscodeVersion ?? null, ...results.timings }));
}
console.log(`[integration] finished in ${Math.round((Date.now() - started) / 1000)} s`);
// The closing line CI reads. Exit only once it is written (stdout may be an async pipe).
process.stdout.write(`${passed} passed, ${failed} failed\n`, () => process.exit(failed > 0 || problem ? 1 : 0));
