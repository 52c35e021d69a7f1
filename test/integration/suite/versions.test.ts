// The sibling versions of an article: the workspace index, the diff, the style-blind diff.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { decodeIndex } from '../../../src/analysis';
import type { SourceLensApi } from '../../../src/extension';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { BRITISH_SEED, getExtension, openUnsaved, SAMPLE_FILE, sleep, waitFor } from './helpers';

/** Lines of the extension host's log that warn of decorations sent to a closed editor or of a selector without scheme. */
function hostWarnings(api: SourceLensApi): string[] {
  const folder = path.dirname(api.logUri.fsPath);
  const logs = ['remoteexthost.log', 'exthost.log'].map((name) => path.join(folder, name)).filter((file) => fs.existsSync(file));
  assert.ok(logs.length > 0, `no extension host log in ${folder}`);
  return logs.flatMap((file) => fs.readFileSync(file, 'utf8').split('\n')).filter((line) => /Illegal argument: TextEditor|document selector without scheme/.test(line));
}

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
    const other = await openUnsaved('The city council met on Tuesday to discuss the budget for the new library, which has been delayed for two years by disputes over its cost and its site near the river.');
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

  test('comparing ignoring style shows the version in its own words, style muted, the added section marked', async () => {
    const a = vscode.Uri.joinPath(folder.uri, US_SEED);
    const b = vscode.Uri.joinPath(folder.uri, UK_SEED);
    // As a reader would: the plain diff first, then the style-blind comparison in its place.
    const warningsBefore = hostWarnings(api);
    await vscode.commands.executeCommand('sourcelens.compareVersions', a.toString(), b.toString());
    await waitFor('a diff tab', () => vscode.window.tabGroups.activeTabGroup.activeTab?.input instanceof vscode.TabInputTextDiff);
    await sleep(500);
    await vscode.commands.executeCommand('sourcelens.compareIgnoringStyle', { current: a.toString(), sibling: b.toString() });
    const comparison = await waitFor('the style-blind comparison', () => vscode.workspace.textDocuments.find((d) => d.uri.scheme === 'sourcelens-compare'));
    // Nothing was sent to the diff's editors once they were gone, and no provider is registered for every scheme.
    await sleep(1000);
    assert.deepEqual(hostWarnings(api).slice(warningsBefore.length), []);
    const text = comparison.getText();
    const british = (await vscode.workspace.openTextDocument(b)).getText();
    // The British version's own words, capitals, marks and spelling kept ...
    assert.ok(text.includes('Defence Secretary Lloyd Austin “emphasised the importance'), text.slice(0, 400));
    assert.ok(text.includes('No discreet channel?'));
    // ... and what only the US version has is set in, not dropped: its date line and "(Oct 21)".
    assert.ok(text.includes('(Oct 21)'));
    assert.ok(text.includes('WASHINGTON'));
    // Every word of the British version is there.
    const words = (value: string) => value.split(/\s+/).filter(Boolean);
    const shown = new Set(words(text));
    assert.deepEqual(words(british).filter((word) => !shown.has(word)), []);
  });

  test('our comparison documents and diff sides are never taken for articles', async () => {
    const comparison = await waitFor('the style-blind comparison', () => vscode.workspace.textDocuments.find((d) => d.uri.scheme === 'sourcelens-compare'));
    await vscode.window.showTextDocument(comparison);
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', comparison.uri);
    assert.equal(symbols?.length ?? 0, 0, 'no Outline for a comparison');
    const hints = await vscode.commands.executeCommand<vscode.InlayHint[]>('vscode.executeInlayHintProvider', comparison.uri, new vscode.Range(0, 0, comparison.lineCount, 0));
    assert.equal(hints?.length ?? 0, 0, 'no speaker labels in a comparison');
    const position = comparison.positionAt(comparison.getText().indexOf('Blinken') + 2);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', comparison.uri, position);
    assert.ok(!(hovers ?? []).some((hover) => hover.contents.some((content) => (typeof content === 'string' ? content : content.value).includes('Mentioned'))), 'no person card in a comparison');
    assert.deepEqual(api.drawnQuotes(comparison.uri), []);
    assert.equal(vscode.languages.getDiagnostics(comparison.uri).length, 0);
  });
});
