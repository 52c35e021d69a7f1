import * as vscode from 'vscode';
import { decodeArticle, type DecodedArticle } from '../../analysis';

type ArticleReader = (uri: vscode.Uri, bytes: Uint8Array) => DecodedArticle | Promise<DecodedArticle>;
let readBytes: ArticleReader = (_uri, bytes) => decodeArticle(bytes);

/** How a file's bytes become article text; the extension sets it to convert web pages and Word files (src/editor/convertedFormats.ts). */
export function setArticleReader(reader: ArticleReader): void {
  readBytes = reader;
}

/** The text of an article: from its open editor if there is one (unsaved edits count), else from disk. */
export async function readArticleText(uri: vscode.Uri): Promise<string> {
  const open = vscode.workspace.textDocuments.find((document) => document.uri.toString() === uri.toString());
  if (open) return open.getText();
  const decoded = await readBytes(uri, await vscode.workspace.fs.readFile(uri));
  if (!decoded.ok) throw new Error(`${vscode.workspace.asRelativePath(uri)} is ${decoded.reason}`);
  return decoded.text;
}

export function fileName(uri: vscode.Uri): string {
  return uri.path.slice(uri.path.lastIndexOf('/') + 1);
}
