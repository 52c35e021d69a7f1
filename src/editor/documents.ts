import * as vscode from 'vscode';

/** The languages whose documents we analyse: plain text, Markdown and our own news-article. */
export const SUPPORTED_LANGUAGES = ['plaintext', 'markdown', 'news-article'] as const;

/** Any scheme: local files, untitled buffers and remote workspaces alike. */
export const ARTICLE_SELECTOR: vscode.DocumentSelector = SUPPORTED_LANGUAGES.map((language) => ({ language }));

/** Schemes of documents that are not articles even when plain text (logs, source control views). */
const IGNORED_SCHEMES = new Set(['output', 'debug', 'git', 'vscode-scm', 'vscode-userdata', 'walkThroughSnippet']);

export function isArticle(document: vscode.TextDocument): boolean {
  return (SUPPORTED_LANGUAGES as readonly string[]).includes(document.languageId) && !IGNORED_SCHEMES.has(document.uri.scheme);
}

export function toRange(document: vscode.TextDocument, start: number, end: number): vscode.Range {
  return new vscode.Range(document.positionAt(start), document.positionAt(end));
}

/** The active article's document, or a message saying why there is none (and, if given, what to do next). */
export function activeArticle(then?: string): vscode.TextDocument | undefined {
  const document = vscode.window.activeTextEditor?.document;
  if (!document || !isArticle(document)) {
    void vscode.window.showInformationMessage(`Source Lens: open an article (plain text, Markdown, .story or .article) first${then ? `, then ${then}` : ''}.`);
    return undefined;
  }
  return document;
}
