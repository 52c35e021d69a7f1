import * as vscode from 'vscode';
import { decodeArticle } from '../../analysis';

/** The text of an article: from its open editor if there is one (unsaved edits count), else from disk. */
export async function readArticleText(uri: vscode.Uri): Promise<string> {
  const open = vscode.workspace.textDocuments.find((document) => document.uri.toString() === uri.toString());
  if (open) return open.getText();
  const decoded = decodeArticle(await vscode.workspace.fs.readFile(uri));
  if (!decoded.ok) throw new Error(`${vscode.workspace.asRelativePath(uri)} is ${decoded.reason}`);
  return decoded.text;
}

export function fileName(uri: vscode.Uri): string {
  return uri.path.slice(uri.path.lastIndexOf('/') + 1);
}
