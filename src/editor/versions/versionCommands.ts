import * as vscode from 'vscode';
import { isConvertedPath } from '../convertedFormats';
import { activeArticle } from '../documents';
import { articleViewUri } from '../openAsArticle';
import { openComparison } from './normalizedDocuments';
import { fileName } from './readArticle';
import { versionShare } from './versionLabels';
import type { WorkspaceVersionIndex } from './workspaceIndex';

/**
 * Opens a diff of an article with one of its versions, or with `ignoringStyle` the version in its
 * own words with what differs marked and style muted. From the Versions view the focus stays in
 * the view, so a click does not take the reader away from the list.
 */
export async function compareVersions(current: vscode.Uri | string, sibling: vscode.Uri | string, ignoringStyle = false, preserveFocus = false): Promise<void> {
  const left = typeof current === 'string' ? vscode.Uri.parse(current, true) : current;
  const right = typeof sibling === 'string' ? vscode.Uri.parse(sibling, true) : sibling;
  if (ignoringStyle) {
    await openComparison(left, right, preserveFocus);
    return;
  }
  const options: vscode.TextDocumentShowOptions = { preview: true, preserveFocus };
  // A web page or Word file is compared as its article text (Open as Article), not its markup.
  const shown = (uri: vscode.Uri) => (isConvertedPath(uri.path) ? articleViewUri(uri) : uri);
  await vscode.commands.executeCommand('vscode.diff', shown(left), shown(right), `${fileName(left)} ↔ ${fileName(right)}`, options);
}

/** "Compare with a Sibling Version…": pick one of the active article's versions. */
async function compareWithSibling(index: WorkspaceVersionIndex): Promise<void> {
  const document = activeArticle('compare it with its other versions');
  if (!document) return;
  await index.ensureBuilt();
  const siblings = index.siblingsOf(document);
  if (siblings.length === 0) {
    void vscode.window.showInformationMessage(`Source Lens found no other version of ${fileName(document.uri)} among ${index.size.toLocaleString()} indexed articles.`);
    return;
  }
  const picked = await vscode.window.showQuickPick(
    siblings.map((match) => {
      const uri = vscode.Uri.parse(match.id, true);
      const fp = index.fingerprintOf(uri);
      const current = index.fingerprintOf(document.uri);
      return {
        label: fileName(uri),
        description: versionShare(match, fp && current ? { version: fp.words, article: current.words } : undefined),
        detail: fp?.headline ?? undefined,
        uri,
      };
    }),
    { title: `Versions of ${fileName(document.uri)}`, placeHolder: 'Choose a version to compare with' },
  );
  if (!picked) return;
  const mode = await vscode.window.showQuickPick(
    [
      { label: 'Compare', description: 'every difference', ignoringStyle: false },
      { label: 'Compare ignoring style', description: 'the version in its own words: changes marked, spelling, quote marks, dashes, honorifics and spacing muted', ignoringStyle: true },
    ],
    { title: `${fileName(document.uri)} ↔ ${picked.label}` },
  );
  if (mode) await compareVersions(document.uri, picked.uri, mode.ignoringStyle);
}

export function registerVersionCommands(index: WorkspaceVersionIndex, refresh: () => void): vscode.Disposable {
  return vscode.Disposable.from(
    vscode.commands.registerCommand('sourcelens.compareWithSibling', () => compareWithSibling(index)),
    // From the Versions view: the focus stays in the view.
    vscode.commands.registerCommand('sourcelens.compareVersions', (current: vscode.Uri | string, sibling: vscode.Uri | string) => compareVersions(current, sibling, false, true)),
    vscode.commands.registerCommand('sourcelens.compareIgnoringStyle', (item: { current?: vscode.Uri | string; sibling?: vscode.Uri | string } | undefined) => {
      if (item?.current && item.sibling) return compareVersions(item.current, item.sibling, true, true);
      return undefined;
    }),
    vscode.commands.registerCommand('sourcelens.indexWorkspace', async () => {
      await index.rebuild(); // which refreshes the view when it ends
    }),
    vscode.commands.registerCommand('sourcelens.refreshVersions', async () => {
      await index.ensureBuilt();
      refresh();
    }),
  );
}
