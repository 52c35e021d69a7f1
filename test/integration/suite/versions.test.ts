// The sibling versions of an article: the workspace index, the diff, the style-blind diff.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { decodeIndex } from '../../../src/analysis';
import type { SourceLensApi } from '../../../src/extension';
import { BRITISH_SEED, getExtension, SAMPLE_FILE, waitFor } from './helpers';

const US_SEED = SAMPLE_FILE;
const UK_SEED = BRITISH_SEED;

suite('Sibling versions', () => {
  let api: SourceLensApi;
  let folder: vscode.WorkspaceFolder;

  suiteSetup(async () => {
    const first = vscode.workspace.workspaceFolders?.[0];
    assert.ok(first, 'the runner should open seeds/ as the workspace folder');
    folder = first;
    api = (await getExtension().activate()) as SourceLensApi;
  });

  suiteTeardown(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  test('the two seeds are found as versions of each other', async () => {
    const document = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(folder.uri, US_SEED));
    const siblings = await api.siblingsOf(document);
    assert.deepEqual(siblings.map((s) => s.uri.path.split('/').pop()), [UK_SEED]);
    assert.ok(siblings[0].containment > 0.9, `containment ${siblings[0].containment}`);
  });

  test('an unsaved edit that makes a different story has no versions', async () => {
    const other = await vscode.workspace.openTextDocument({ language: 'plaintext', content: 'The city council met on Tuesday to discuss the budget for the new library, which has been delayed for two years by disputes over its cost and its site near the river.' });
    assert.deepEqual(await api.siblingsOf(other), []);
  });

  test('the index is saved in workspace storage, and a corrupted copy is rebuilt', async () => {
    const file = api.versionIndexFile();
    assert.ok(file, 'the workspace has storage');
    const savedFiles = async (): Promise<number | undefined> => {
      try {
        const loaded = decodeIndex(await vscode.workspace.fs.readFile(file));
        return loaded.kind === 'loaded' ? loaded.index.size : undefined;
      } catch {
        return undefined;
      }
    };
    assert.equal(await waitFor('the saved index', savedFiles), 2, 'the two seeds');
    await vscode.workspace.fs.writeFile(file, new TextEncoder().encode('SLVI damaged: not an index'));
    await vscode.commands.executeCommand('sourcelens.indexWorkspace');
    const document = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(folder.uri, US_SEED));
    assert.equal((await api.siblingsOf(document)).length, 1, 'the rebuilt index finds the sibling');
    await waitFor('the index saved again', async () => ((await savedFiles()) === 2 ? true : undefined));
  });

  test('comparing opens a diff editor of the two files', async () => {
    const a = vscode.Uri.joinPath(folder.uri, US_SEED);
    const b = vscode.Uri.joinPath(folder.uri, UK_SEED);
    await vscode.commands.executeCommand('sourcelens.compareVersions', a.toString(), b.toString());
    const input = await waitFor('a diff tab', () => {
      const tab = vscode.window.tabGroups.activeTabGroup.activeTab?.input;
      return tab instanceof vscode.TabInputTextDiff ? tab : undefined;
    });
    assert.equal(input.original.toString(), a.toString());
    assert.equal(input.modified.toString(), b.toString());
  });

  test('comparing ignoring style shows the normalised texts, which differ only by the added section', async () => {
    const a = vscode.Uri.joinPath(folder.uri, US_SEED);
    const b = vscode.Uri.joinPath(folder.uri, UK_SEED);
    await vscode.commands.executeCommand('sourcelens.compareIgnoringStyle', { current: a.toString(), sibling: b.toString() });
    const input = await waitFor('a style-blind diff tab', () => {
      const tab = vscode.window.tabGroups.activeTabGroup.activeTab?.input;
      return tab instanceof vscode.TabInputTextDiff && tab.original.scheme === 'sourcelens-normalized' ? tab : undefined;
    });
    const left = (await vscode.workspace.openTextDocument(input.original)).getText();
    const right = (await vscode.workspace.openTextDocument(input.modified)).getText();
    const body = (text: string) => text.trim().split('\n\n').filter((paragraph) => !paragraph.startsWith('[header'));
    // Every paragraph of the US version reads the same in the British one, which then goes on.
    assert.ok(body(left).length > 5, 'the normalised US version has its paragraphs');
    assert.deepEqual(body(right).slice(0, body(left).length), body(left));
    assert.match(right, /no discreet channel/);
    assert.doesNotMatch(left, /no discreet channel/);
  });
});
