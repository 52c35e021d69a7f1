import * as vscode from 'vscode';
import { activeArticle } from '../documents';
import { normalizedUri } from './normalizedDocuments';
import { fileName } from './readArticle';
import type { WorkspaceVersionIndex } from './workspaceIndex';

/** Opens a diff of an article with one of its versions; `ignoringStyle` compares the normalised texts. */
export async function compareVersions(current: vscode.Uri | string, sibling: vscode.Uri | string, ignoringStyle = false): Promise<void> {
  const left = typeof current === 'string' ? vscode.Uri.parse(current, true) : current;
  const right = typeof sibling === 'string' ? vscode.Uri.parse(sibling, true) : sibling;
  const title = `${fileName(left)} ↔ ${fileName(right)}${ignoringStyle ? ' (style ignored)' : ''}`;
  if (ignoringStyle) await vscode.commands.executeCommand('vscode.diff', normalizedUri(left), normalizedUri(right), title);
  else await vscode.commands.executeCommand('vscode.diff', left, right, title);
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
      return {
        label: fileName(uri),
        description: `${Math.round(match.containment * 100)}% shared`,
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
      { label: 'Compare ignoring style', description: 'spelling, quote marks, dashes, honorifics and spacing folded away', ignoringStyle: true },
    ],
    { title: `${fileName(document.uri)} ↔ ${picked.label}` },
  );
  if (mode) await compareVersions(document.uri, picked.uri, mode.ignoringStyle);
}

export function registerVersionCommands(index: WorkspaceVersionIndex, refresh: () => void): vscode.Disposable {
  return vscode.Disposable.from(
    vscode.commands.registerCommand('sourcelens.compareWithSibling', () => compareWithSibling(index)),
    vscode.commands.registerCommand('sourcelens.compareVersions', (current: vscode.Uri | string, sibling: vscode.Uri | string) => compareVersions(current, sibling)),
    vscode.commands.registerCommand('sourcelens.compareIgnoringStyle', (item: { current?: vscode.Uri | string; sibling?: vscode.Uri | string } | undefined) => {
      if (item?.current && item.sibling) return compareVersions(item.current, item.sibling, true);
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
