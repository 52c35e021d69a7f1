// The quote trail: from a quote in the Article view, the other articles of the workspace carrying its words.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { SourceLensApi } from '../../../src/extension';
import type { QuoteTrail } from '../../../src/editor/versions/quoteTrail';
import { BRITISH_SEED, getExtension, SAMPLE_FILE, sleep, waitFor } from './helpers';

/** Words of a quotation both seeds carry, with other quote marks (straight in the US seed, curly in the British one). */
const QUOTE_OPENING = 'We have seen no evidence of that in this moment';

suite('Quote trail', () => {
  let api: SourceLensApi;
  let folder: vscode.WorkspaceFolder;
  let document: vscode.TextDocument;

  suiteSetup(async () => {
    const first = vscode.workspace.workspaceFolders?.[0];
    assert.ok(first, 'the runner should open seeds/ as the workspace folder');
    folder = first;
    api = (await getExtension().activate()) as SourceLensApi;
    document = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(folder.uri, SAMPLE_FILE));
    await vscode.window.showTextDocument(document);
  });

  suiteTeardown(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  /** The Article view's entry under the quote that opens with QUOTE_OPENING. */
  const trailEntry = (): Promise<vscode.TreeItem> =>
    waitFor('the quote in the Article view', () => {
      const quote = api.articleQuotes().find(({ item }) => String(item.tooltip ?? '').includes(QUOTE_OPENING));
      return quote?.children[0];
    }, () => `quotes listed: ${api.articleQuotes().length}`);

  test('the Article view lists "Where else is this quote?" under a quote, for that quote', async () => {
    const entry = await trailEntry();
    assert.equal(entry.label, 'Where else is this quote?');
    assert.equal(entry.command?.command, 'sourcelens.quoteTrail');
    const [uri, start, end] = entry.command?.arguments ?? [];
    assert.equal(uri, document.uri.toString());
    assert.ok(document.getText().slice(start, end).includes(QUOTE_OPENING), `the entry's range holds the quote: ${document.getText().slice(start, end)}`);
  });

  test('the entry lists the other seed carrying the quote and reveals it there', async () => {
    const entry = await trailEntry();
    let settled = false;
    const running = Promise.resolve(vscode.commands.executeCommand<QuoteTrail | undefined>('sourcelens.quoteTrail', ...(entry.command?.arguments ?? []))).finally(() => (settled = true));
    // The command shows its findings in a quick pick: accept the first, as a user would.
    while (!settled) {
      await sleep(250);
      if (!settled) await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
    }
    const trail = await running;
    assert.ok(trail, 'the command found the quote');
    const british = vscode.Uri.joinPath(folder.uri, BRITISH_SEED).toString();
    assert.deepEqual(trail.found.map((hit) => hit.uri), [british], 'the other seed only, not the article itself');
    const other = await vscode.workspace.openTextDocument(vscode.Uri.parse(british));
    const [hit] = trail.found;
    assert.ok(other.getText().slice(hit.start, hit.end).startsWith(QUOTE_OPENING), `the range is the quote in the British seed: ${other.getText().slice(hit.start, hit.end)}`);
    assert.deepEqual(trail.shown, { uri: hit.uri, start: hit.start, end: hit.end });
    const editor = await waitFor('the British seed shown', () => (vscode.window.activeTextEditor?.document.uri.toString() === british ? vscode.window.activeTextEditor : undefined));
    assert.equal(editor.document.offsetAt(editor.selection.start), hit.start);
    assert.equal(editor.document.offsetAt(editor.selection.end), hit.end);
  });
});
