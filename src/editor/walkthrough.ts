import * as vscode from 'vscode';

/** The sample story shipped with the extension (samples/README.md says what it shows). */
const SAMPLE_PATH = ['samples', 'harbour-ferry.article'];

/**
 * The walkthrough's "Open the sample" button: the sample story as a new, unsaved News Article,
 * so trying things on it never changes the installed extension's files. Read through
 * `workspace.fs`, so it works in the browser too.
 */
async function openSample(extensionUri: vscode.Uri): Promise<vscode.TextEditor> {
  const bytes = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(extensionUri, ...SAMPLE_PATH));
  const document = await vscode.workspace.openTextDocument({ language: 'news-article', content: new TextDecoder().decode(bytes) });
  return vscode.window.showTextDocument(document);
}

export function registerWalkthrough(extensionUri: vscode.Uri): vscode.Disposable {
  return vscode.commands.registerCommand('sourcelens.openSample', () => openSample(extensionUri));
}
