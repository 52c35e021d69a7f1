import * as vscode from 'vscode';

/** The sample story shipped with the extension (samples/README.md says what it shows). */
const SAMPLE_PATH = ['samples', 'harbour-ferry.article'];

/** How many samples have been opened in this window: each gets a name of its own. */
let opened = 0;

/** The next sample's name (its ".article" makes it a News Article), never one an open document has. */
function nextSampleUri(): vscode.Uri {
  const open = new Set(vscode.workspace.textDocuments.map((document) => document.uri.toString()));
  let uri: vscode.Uri;
  do {
    opened++;
    uri = vscode.Uri.from({ scheme: 'untitled', path: opened === 1 ? 'harbour-ferry.article' : `harbour-ferry-${opened}.article` });
  } while (open.has(uri.toString()));
  return uri;
}

/**
 * The walkthrough's "Open the sample" button: the sample story as a new, unsaved News Article,
 * so trying things on it never changes the installed extension's files. Read through
 * `workspace.fs`, so it works in the browser too. The document is named, never "Untitled-N":
 * VS Code has handed back an unnamed document just closed, with its old text, for a new one
 * opened with content.
 */
async function openSample(extensionUri: vscode.Uri): Promise<vscode.TextEditor> {
  const bytes = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(extensionUri, ...SAMPLE_PATH));
  const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(nextSampleUri()));
  await editor.edit((builder) => builder.insert(new vscode.Position(0, 0), new TextDecoder().decode(bytes)));
  editor.selection = new vscode.Selection(0, 0, 0, 0);
  return editor;
}

export function registerWalkthrough(extensionUri: vscode.Uri): vscode.Disposable {
  return vscode.commands.registerCommand('sourcelens.openSample', () => openSample(extensionUri));
}
