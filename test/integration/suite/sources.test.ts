// Sources across the workspace: the Sources view over the seeds, revealing a quote, Ctrl+T.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
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

  test('Find All References on a name lists the person’s mentions in every article', async () => {
    const folder = vscode.workspace.workspaceFolders![0];
    const document = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(folder.uri, SAMPLE_FILE));
    await vscode.window.showTextDocument(document);
    const position = document.positionAt(document.getText().indexOf('Blinken') + 2);
    const locations = await waitFor('references in both seeds', async () => {
      const found = await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', document.uri, position);
      return new Set(found.map((location) => location.uri.path.split('/').pop())).size === 2 ? found : undefined;
    }, undefined, 20_000);
    const seen = new Set<string>();
    for (const location of locations) {
      const id = `${location.uri.toString()}:${location.range.start.line}:${location.range.start.character}`;
      assert.ok(!seen.has(id), `listed twice: ${id}`);
      seen.add(id);
      const text = (await vscode.workspace.openTextDocument(location.uri)).getText(location.range);
      assert.match(text, /Blinken|Antony/, `${location.uri.path}: ${text}`);
    }
    const inBritish = locations.filter((location) => location.uri.path.endsWith(`/${BRITISH_SEED}`));
    assert.ok(inBritish.length >= 2, `mentions in the British seed: ${inBritish.length}`);
  });

  test('Export Quotes and People… writes the format chosen in its quick pick', async () => {
    const target = vscode.Uri.file(path.join(os.tmpdir(), `sourcelens-export-${process.pid}-${Date.now()}.csv`));
    let settled = false;
    // The save dialog is given its answer; the format is picked in the real quick pick (the first: quotes as CSV).
    const exporting = Promise.resolve(vscode.commands.executeCommand<vscode.Uri | undefined>('sourcelens.exportQuotes', { target })).finally(() => (settled = true));
    for (let tries = 0; !settled && tries < 60; tries++) {
      await sleep(300);
      if (!settled) await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
    }
    assert.equal((await exporting)?.toString(), target.toString());
    try {
      const csv = new TextDecoder().decode(await vscode.workspace.fs.readFile(target));
      assert.match(csv, /^type,file,start,end,line,column,endLine,endColumn,text,kind,/);
      assert.ok(csv.includes(`quote,${SAMPLE_FILE},`) && csv.includes(`quote,${BRITISH_SEED},`), csv.slice(0, 400));
      assert.match(csv, /Antony Blinken/);
    } finally {
      fs.rmSync(target.fsPath, { force: true });
    }
  });

  test('the export’s JSON lines point at their words in each file (offsets, lines and columns)', async () => {
    const target = vscode.Uri.file(path.join(os.tmpdir(), `sourcelens-export-${process.pid}-${Date.now()}.jsonl`));
    await vscode.commands.executeCommand('sourcelens.exportQuotes', { format: 'jsonl', target });
    try {
      const records = new TextDecoder().decode(await vscode.workspace.fs.readFile(target)).trim().split('\n').map((line) => JSON.parse(line) as { type: string; file: string; start: number; end: number; line: number; column: number; text?: string; name?: string });
      const folder = vscode.workspace.workspaceFolders![0];
      const quotes = records.filter((record) => record.type === 'quote');
      assert.ok(quotes.length >= 16 && records.some((record) => record.type === 'person'), `${records.length} records`);
      for (const record of records) {
        const document = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(folder.uri, record.file));
        const at = document.positionAt(record.start);
        assert.deepEqual([at.line + 1, at.character + 1], [record.line, record.column], record.file);
        if (record.type === 'quote') assert.equal(document.getText().slice(record.start, record.end), record.text);
      }
    } finally {
      fs.rmSync(target.fsPath, { force: true });
    }
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
