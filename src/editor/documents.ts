import * as vscode from 'vscode';

/** The languages whose documents we analyse: plain text, Markdown and our own news-article. */
export const SUPPORTED_LANGUAGES = ['plaintext', 'markdown', 'news-article'] as const;

/** Any scheme: local files, untitled buffers and remote workspaces alike. */
export const ARTICLE_SELECTOR: vscode.DocumentSelector = SUPPORTED_LANGUAGES.map((language) => ({ language }));

export function isArticle(document: vscode.TextDocument): boolean {
  return (SUPPORTED_LANGUAGES as readonly string[]).includes(document.languageId);
}

export function toRange(document: vscode.TextDocument, start: number, end: number): vscode.Range {
  return new vscode.Range(document.positionAt(start), document.positionAt(end));
}
