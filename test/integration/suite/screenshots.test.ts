// The README's pictures, taken from the real UI: run with `node test/integration/run-server.mjs
// --screenshots` (the runner saves them into media/). Without that option the suite is skipped.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { SourceLensApi } from '../../../src/extension';
import { BRITISH_SEED, getExtension, sleep, SAMPLE_FILE, waitFor } from './helpers';

const doneDir = process.env.SOURCELENS_SCREENSHOT_DONE_DIR;

/** Asks the runner for a picture of the workbench and waits until it is saved. */
async function screenshot(name: string): Promise<void> {
  assert.ok(doneDir);
  // Let the workbench draw what the commands changed.
  await sleep(1500);
  console.log(`${process.env.SOURCELENS_TEST_LOG_PREFIX ?? ''}SCREENSHOT ${name}`);
  await waitFor(`the screenshot ${name}`, () => fs.existsSync(path.join(doneDir, `${name}.done`)), undefined, 20_000);
}

(doneDir ? suite : suite.skip)('Screenshots for the README', () => {
  let api: SourceLensApi;
  let folder: vscode.WorkspaceFolder;
  const config = () => vscode.workspace.getConfiguration('editor');

  suiteSetup(async () => {
    folder = vscode.workspace.workspaceFolders![0];
    api = (await getExtension().activate()) as SourceLensApi;
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    // As the reader saw it: word wrap on.
    await config().update('wordWrap', 'on', vscode.ConfigurationTarget.Global);
    await vscode.commands.executeCommand('workbench.action.closePanel');
    await vscode.commands.executeCommand('workbench.action.closeAuxiliaryBar');
  });

  suiteTeardown(async () => {
    await config().update('wordWrap', undefined, vscode.ConfigurationTarget.Global);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  test('quotes marked by source, with speaker labels, and the Article view', async () => {
    const document = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(folder.uri, BRITISH_SEED));
    const editor = await vscode.window.showTextDocument(document);
    await waitFor('quote decorations', () => api.drawnQuotes(document.uri).length > 0);
    await vscode.commands.executeCommand('workbench.view.extension.sourcelens');
    await vscode.window.showTextDocument(document);
    editor.revealRange(new vscode.Range(0, 0, 0, 0), vscode.TextEditorRevealType.AtTop);
    await screenshot('screenshot-quotes');
  });

  test('the hover card of a person', async () => {
    const document = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(folder.uri, BRITISH_SEED));
    const editor = await vscode.window.showTextDocument(document);
    const at = document.positionAt(document.getText().indexOf('Mr Blinken said the US') + 5);
    editor.selection = new vscode.Selection(at, at);
    editor.revealRange(new vscode.Range(at, at), vscode.TextEditorRevealType.InCenter);
    await sleep(500);
    await vscode.commands.executeCommand('editor.action.showHover');
    await screenshot('screenshot-hover');
  });

  test('the Versions view and the style-blind comparison', async () => {
    const us = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(folder.uri, SAMPLE_FILE));
    await vscode.window.showTextDocument(us);
    await api.siblingsOf(us);
    await vscode.commands.executeCommand('workbench.view.extension.sourcelens');
    await vscode.commands.executeCommand('sourcelens.refreshVersions');
    await vscode.commands.executeCommand('sourcelens.compareIgnoringStyle', {
      current: vscode.Uri.joinPath(folder.uri, SAMPLE_FILE).toString(),
      sibling: vscode.Uri.joinPath(folder.uri, BRITISH_SEED).toString(),
    });
    await waitFor('the comparison', () => vscode.window.activeTextEditor?.document.uri.scheme === 'sourcelens-compare');
    await screenshot('screenshot-versions');
  });
});
