#!/usr/bin/env node
// `npm start`: try Source Lens in a real VS Code, with this folder loaded as the extension
// under development and the samples workspace open: seeds/ and samples/ (samples/README.md).
//
// By default it runs the VS Code server build (see scripts/vscode-server.mjs) on 127.0.0.1
// with a random connection token and prints a URL to open in a browser; it keeps running
// until Ctrl-C. With --desktop it opens desktop VS Code instead (`code` must be on PATH).
//
// Usage: node scripts/start.mjs [--port <n>] [--desktop]
// (`npm start -- --port 8080` passes options through npm.)
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { cacheDir, createConnectionToken, ensureVsCodeServer, repoRoot, startServer, workbenchUrl } from './vscode-server.mjs';

const { values: options } = parseArgs({
  options: {
    port: { type: 'string' },
    desktop: { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  },
});

const workspaceFolder = path.join(repoRoot, 'seeds');
const workspaceFile = path.join(repoRoot, 'samples', 'sourcelens-samples.code-workspace');

if (options.help) {
  console.log(`Usage: npm start [-- --port <n>] [-- --desktop]

Starts VS Code with Source Lens loaded from ${repoRoot}
and ${workspaceFile} open (${workspaceFolder} and the samples).

  --port <n>   port for the browser-based VS Code (default: any free port)
  --desktop    open desktop VS Code instead (needs \`code\` on PATH)`);
  process.exit(0);
}

if (!fs.existsSync(path.join(repoRoot, 'dist', 'extension.js'))) {
  console.error('dist/extension.js is missing: build first (`npm run build`, or use `npm start`, which builds).');
  process.exit(1);
}

if (options.desktop) {
  const found = spawnSync(process.platform === 'win32' ? 'where' : 'which', ['code'], { encoding: 'utf8' });
  if (found.status !== 0) {
    console.error('`code` is not on PATH. In VS Code run "Shell Command: Install \'code\' command in PATH",');
    console.error('or run `npm start` without --desktop to use VS Code in the browser.');
    process.exit(1);
  }
  // The `code` CLI hands over to the running VS Code and returns at once.
  const child = spawn('code', ['--new-window', `--extensionDevelopmentPath=${repoRoot}`, workspaceFile], {
    stdio: 'inherit',
    shell: process.platform === 'win32',
  });
  child.on('exit', (code) => process.exit(code ?? 1));
} else {
  await startInBrowser();
}

async function startInBrowser() {
  const port = options.port === undefined ? undefined : Number(options.port);
  if (port !== undefined && !(Number.isInteger(port) && port > 0 && port < 65536)) {
    console.error(`--port must be a port number, got ${options.port}`);
    process.exit(1);
  }

  const server = await ensureVsCodeServer();
  // Kept between runs so settings and layout stay as the person left them.
  const stateDir = path.join(cacheDir, 'start');
  // The server listens on loopback only, and the token keeps other local users and web pages out.
  // One token file per run, so a second `npm start` cannot change the first one's token.
  const { token, file: tokenFile } = createConnectionToken(path.join(stateDir, `connection-token-${process.pid}`));
  process.on('exit', () => fs.rmSync(tokenFile, { force: true }));

  console.log(`Starting VS Code ${server.vscodeVersion} (server build) ...`);
  let srv;
  try {
    srv = await startServer(server, {
      port,
      connectionTokenFile: tokenFile,
      userDataDir: path.join(stateDir, 'user-data'),
      serverDataDir: path.join(stateDir, 'server-data'),
      extensionsDir: path.join(stateDir, 'extensions'),
    });
  } catch (error) {
    console.error(error.message);
    if (/already in use/.test(error.message)) console.error('Choose another --port, or leave it out to use any free port.');
    process.exit(1);
  }

  const url = workbenchUrl(srv, { workspace: workspaceFile, token, extensionDevelopmentPath: repoRoot });
  console.log(`
Source Lens is running in VS Code ${server.vscodeVersion}. Open this URL in your browser:

  ${url}

Open an article from seeds/ or samples/ (or any .txt, .md, .story file) and hover a person's name;
the Source Lens view is in the activity bar. After changing the code, run \`npm run build\`
and reload the browser tab. Press Ctrl-C to stop.
`);

  let stopping = false;
  const stop = async (signal) => {
    if (stopping) return;
    stopping = true;
    console.log(`\nStopping VS Code (${signal}) ...`);
    await srv.stop();
    process.exit(0);
  };
  process.on('SIGINT', () => stop('Ctrl-C'));
  process.on('SIGTERM', () => stop('SIGTERM'));
  const { code, signal } = await srv.exited;
  if (!stopping) {
    console.error(`The VS Code server stopped unexpectedly (${signal ?? `exit code ${code}`}).`);
    console.error(srv.recentOutput());
    process.exit(1);
  }
}
