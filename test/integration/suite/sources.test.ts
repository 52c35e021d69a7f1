// Sources across the workspace: the Sources view over the seeds, revealing a quote, Ctrl+T.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { SourceLensApi } from '../../../src/extension';
import { BRITISH_SEED, getExtension, SAMPLE_FILE, sleep, waitFor } from './helpers';

suite('Sources across the workspace', () => {
  let api: SourceLensApi;

  suiteSetup(async () => {
    api = (await getExtension().activate()) as SourceLensApi;
  });

  suiteTeardown(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  test('the Sources view lists the seeds’ sources with their quote and article counts', async () => {
    const view = await api.sourcesView();
    const rows = view.map(({ item, children }) => `${String(item.label)} — ${String(item.description)} — ${children.length}`);
    // The same two stories: Blinken quoted in both, Antonov only in the British one.
    const blinken = view.find(({ item }) => item.label === 'Antony Blinken');
    assert.ok(blinken, rows.join('\n'));
    assert.equal(view[0], blinken, 'the most quoted comes first');
    assert.equal(blinken.item.description, 'person · 8 quotes · 2 articles · official · male (inferred)');
    assert.equal(blinken.children.length, 8);
    const files = new Set(blinken.children.map((child) => child.description));
    assert.deepEqual([...files].sort(), [SAMPLE_FILE, BRITISH_SEED].sort());
    const antonov = view.find(({ item }) => item.label === 'Anatoly Antonov');
    assert.ok(antonov, rows.join('\n'));
    assert.match(String(antonov.item.description), /· 2 quotes · 1 article ·/);
    assert.deepEqual([...new Set(antonov.children.map((child) => child.description))], [BRITISH_SEED]);
  });

  test('clicking a quote opens its article with the quote selected', async () => {
    const view = await api.sourcesView();
    const antonov = view.find(({ item }) => item.label === 'Anatoly Antonov');
    const quote = antonov?.children[0];
    assert.ok(quote?.command, 'a quote item reveals its place');
    await vscode.commands.executeCommand(quote.command.command, ...(quote.command.arguments ?? []));
    const editor = await waitFor('the quote’s article in the editor', () => {
      const active = vscode.window.activeTextEditor;
      return active?.document.uri.path.endsWith(`/${BRITISH_SEED}`) ? active : undefined;
    });
    const selected = editor.document.getText(editor.selection);
    const quoted = String(quote.tooltip).split('\n')[0].replace(/^“|”$/gu, '');
    assert.ok(selected.length > 20, `selected: ${selected}`);
    assert.equal(selected, quoted);
  });

  test('a new article in the workspace adds its quotes, and deleting it takes them away', async () => {
    const folder = vscode.workspace.workspaceFolders?.[0];
    assert.ok(folder);
    // Our own short agency-style story quoting the seeds' most quoted source once more.
    const story = 'date 2022-10-24\n\nPARIS (AFP) — Talks on grain shipments resumed on Monday.\n\n"We are ready to keep every channel open to Moscow," Secretary of State Antony Blinken told reporters.\n';
    const file = vscode.Uri.joinPath(folder.uri, 'sources-test-extra.txt');
    const blinken = async (): Promise<string> => String((await api.sourcesView()).find(({ item }) => item.label === 'Antony Blinken')?.item.description);
    try {
      await vscode.workspace.fs.writeFile(file, new TextEncoder().encode(story));
      await waitFor('Blinken’s ninth quote', async () => (await blinken()).includes('9 quotes · 3 articles'), undefined, 15_000);
    } finally {
      await vscode.workspace.fs.delete(file);
    }
    await waitFor('Blinken back to eight quotes', async () => (await blinken()).includes('8 quotes · 2 articles'), undefined, 15_000);
  });

  test('the summaries are saved in workspace storage, and Refresh Sources reads the articles again', async () => {
    const file = api.sourcesFile();
    assert.ok(file, 'the workspace has storage');
    const savedNames = async (): Promise<string | undefined> => {
      try {
        const saved = JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(file))) as { files: Array<[string]> };
        return saved.files.map(([id]) => id.split('/').pop()).sort().join(', ');
      } catch {
        return undefined;
      }
    };
    const both = [SAMPLE_FILE, BRITISH_SEED].sort().join(', ');
    await waitFor('the two seeds in the saved summaries', async () => (await savedNames()) === both, undefined, 15_000);
    await vscode.commands.executeCommand('sourcelens.refreshSources');
    const blinken = (await api.sourcesView()).find(({ item }) => item.label === 'Antony Blinken');
    assert.equal(blinken?.item.description, 'person · 8 quotes · 2 articles · official · male (inferred)');
  });

  test('Ctrl+T finds a person across the workspace', async () => {
    const symbols = await vscode.commands.executeCommand<vscode.SymbolInformation[]>('vscode.executeWorkspaceSymbolProvider', 'Blinken');
    const ours = symbols.filter((symbol) => symbol.name === 'Antony Blinken');
    assert.deepEqual(ours.map((symbol) => symbol.location.uri.path.split('/').pop()).sort(), [SAMPLE_FILE, BRITISH_SEED].sort());
    const document = await vscode.workspace.openTextDocument(ours[0].location.uri);
    assert.match(document.getText(ours[0].location.range), /Blinken/);
  });
});

// The README's picture of the Sources view (only with the runner's --screenshots; see screenshots.test.ts).
const screenshotDir = process.env.SOURCELENS_SCREENSHOT_DONE_DIR;
(screenshotDir ? suite : suite.skip)('Screenshot of the Sources view', () => {
  test('the Sources view over the seeds', async () => {
    const folder = vscode.workspace.workspaceFolders![0];
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.commands.executeCommand('workbench.action.closePanel');
    await vscode.commands.executeCommand('workbench.action.closeAuxiliaryBar');
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(vscode.Uri.joinPath(folder.uri, BRITISH_SEED)));
    await vscode.commands.executeCommand('sourcelens.sources.focus');
    await ((await getExtension().activate()) as SourceLensApi).sourcesView();
    await sleep(1500);
    console.log(`${process.env.SOURCELENS_TEST_LOG_PREFIX ?? ''}SCREENSHOT screenshot-sources`);
    await waitFor('the screenshot', () => fs.existsSync(path.join(screenshotDir!, 'screenshot-sources.done')), undefined, 20_000);
  });
});
