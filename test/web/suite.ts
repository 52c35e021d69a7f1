// The browser suite: Source Lens in VS Code's web-worker extension host, as in vscode.dev.
// Run by `node test/integration/run-server.mjs --web`, which loads the extension with
// extensionDevelopmentKind "web" and this file (bundled to out/web/suite.js) as its tests.
// A web extension host has no Node (no fs, no mocha from node_modules): a few plain checks,
// their outcome printed as one marked line the runner reads from the browser's console.
import * as vscode from 'vscode';

const LOG_PREFIX = '[sourcelens-suite] ';

/**
 * A short story written for this suite in the shape of agency copy: a dateline, a named
 * official quoted, and a quote without a source.
 */
const STORY = `Bridge tolls to rise in spring

CORK, Jan 8 (Southern Wire) - Tolls on the harbour bridge will rise by a fifth from April, the county council said on Wednesday.

"Nobody likes paying more, but the deck has to be replaced," County Engineer Declan Moriarty told a council meeting.

Commuter groups said they had not been consulted.

"We read about it in the paper."
`;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function waitFor<T>(what: string, probe: () => T | undefined | Promise<T | undefined>, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(100);
  }
}

/** Closes the active unsaved document without saving, and waits until the extension host knows. */
async function closeUnsaved(document: vscode.TextDocument): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  await waitFor(`${document.uri.toString()} closed`, () => document.isClosed);
}

interface Api {
  drawnQuotes(uri: vscode.Uri): unknown[];
  articleStatus(): string;
  siblingsOf(document: vscode.TextDocument): Promise<Array<{ uri: vscode.Uri }>>;
}

const checks: Array<[string, () => Promise<void>]> = [
  [
    'runs in a web-worker extension host, without Node',
    async () => {
      const scope = globalThis as { process?: { versions?: { node?: string } }; importScripts?: unknown };
      if (scope.process?.versions?.node) throw new Error(`Node ${scope.process.versions.node} is here: this is not the web extension host`);
      if (typeof scope.importScripts !== 'function') throw new Error('no importScripts: not a web worker');
      const extension = vscode.extensions.getExtension('sourcelens.sourcelens');
      if (!extension) throw new Error('the extension is not installed');
      await extension.activate();
      if (!extension.isActive) throw new Error('the extension did not activate');
    },
  ],
  [
    'marks quotes, counts the article and shows a person\'s card in an unsaved story',
    async () => {
      const api = vscode.extensions.getExtension<Api>('sourcelens.sourcelens')!.exports;
      const document = await vscode.workspace.openTextDocument({ language: 'plaintext', content: STORY });
      await vscode.window.showTextDocument(document);
      await waitFor('quotes drawn', () => api.drawnQuotes(document.uri).length === 2);
      await waitFor('the status item', () => /^1 person · 2 quotes · 1 without source$/.test(api.articleStatus()));
      const at = document.positionAt(STORY.indexOf('Declan Moriarty') + 3);
      const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, at);
      const text = hovers.flatMap((hover) => hover.contents).map((content) => (typeof content === 'string' ? content : content.value)).join('\n');
      if (!/Declan Moriarty/.test(text) || !/County Engineer/.test(text)) throw new Error(`hover: ${text.slice(0, 200)}`);
      await waitFor('a problem for the quote without a source', () => vscode.languages.getDiagnostics(document.uri).some((diagnostic) => diagnostic.code === 'quote-without-speaker') || undefined);
      await closeUnsaved(document);
    },
  ],
  [
    'analyses a long article in place (no worker threads in the browser) and marks its quotes',
    async () => {
      const api = vscode.extensions.getExtension<Api>('sourcelens.sourcelens')!.exports;
      // Over the 10,000 characters that are copied out in slices.
      const paragraph = (n: number) => `"Paragraph ${n} of the hearing record," the clerk said, reading the council's notes on the deck, the tolls and the spring works into the minutes.\n`;
      const long = STORY + '\n' + Array.from({ length: 80 }, (_, i) => paragraph(i + 1)).join('\n');
      if (long.length <= 10_000) throw new Error(`the long article has only ${long.length} characters`);
      // A named unsaved document, typed in: VS Code 1.139 handed back the story closed just before
      // (its name, Untitled-1, and its text) for a second unnamed document opened with content.
      const document = await vscode.workspace.openTextDocument(vscode.Uri.from({ scheme: 'untitled', path: 'hearing-record.txt' }));
      const editor = await vscode.window.showTextDocument(document);
      if (!(await editor.edit((edit) => edit.insert(new vscode.Position(0, 0), long)))) throw new Error('the long article could not be typed in');
      // Generous: on a loaded machine the whole suite shares two cores with everything else.
      try {
        await waitFor('quotes drawn in the long article', () => api.drawnQuotes(document.uri).length >= 80, 45_000);
      } catch (error) {
        const editors = vscode.window.visibleTextEditors.map((editor) => `${editor.document.uri.toString()} v${editor.document.version}`).join(', ');
        throw new Error(`${(error as Error).message}: ${api.drawnQuotes(document.uri).length} drawn in ${document.uri.toString()} v${document.version} (${document.getText().length} characters)${document.isClosed ? ' (closed)' : ''}; visible: ${editors || 'none'}; status "${api.articleStatus()}"`, { cause: error });
      }
      await closeUnsaved(document);
    },
  ],
  [
    'indexes the workspace through workspace.fs and finds the seeds\' other version',
    async () => {
      const api = vscode.extensions.getExtension<Api>('sourcelens.sourcelens')!.exports;
      const folder = vscode.workspace.workspaceFolders?.[0];
      if (!folder) throw new Error('no workspace folder');
      const document = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(folder.uri, '000_2b7d7f5e5426fd49.txt'));
      const siblings = await api.siblingsOf(document);
      if (!siblings.some((sibling) => sibling.uri.path.endsWith('001_2685f8e38a54437a.txt'))) throw new Error(`versions found: ${siblings.map((sibling) => sibling.uri.path).join(', ') || 'none'}`);
    },
  ],
];

export async function run(): Promise<void> {
  const say = (line: string) => console.log(LOG_PREFIX + line);
  say(`VS Code ${vscode.version} (${vscode.env.appName}, ${vscode.env.uiKind === vscode.UIKind.Web ? 'in the browser' : 'desktop'}), web-worker extension host`);
  const failures: string[] = [];
  let passed = 0;
  for (const [title, check] of checks) {
    try {
      await check();
      passed++;
      say(`  ✔ ${title}`);
    } catch (error) {
      failures.push(title);
      say(`  ✘ ${title}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  say(`RESULTS ${JSON.stringify({ passed, failed: failures.length, pending: 0, total: checks.length, failures })}`);
  if (failures.length > 0) throw new Error(`${failures.length} web test(s) failed.`);
}
