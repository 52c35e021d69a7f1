import * as vscode from 'vscode';
import { isEnabledFor } from './settings';

/** The scheme of *Open as Article* documents (src/editor/openAsArticle.ts): the article text of a web page or Word file. */
export const ARTICLE_VIEW_SCHEME = 'sourcelens-article';

/** The languages whose documents we analyse: plain text, Markdown and our own news-article. */
export const SUPPORTED_LANGUAGES = ['plaintext', 'markdown', 'news-article'] as const;

/**
 * Schemes of documents that are articles: files on disk, unsaved buffers, and the files of remote
 * and virtual workspaces (Remote Development, GitHub repositories, Live Share), and the article
 * text of a web page or Word file (*Open as Article*). Never our other read-only views, a diff's
 * generated side, source control, output or settings.
 */
const ARTICLE_SCHEMES: readonly string[] = ['file', 'untitled', 'vscode-remote', 'vscode-vfs', 'vsls', ARTICLE_VIEW_SCHEME];

/** The schemes above plus those of the open workspace's folders, which are files of that workspace whatever they are called. */
function articleSchemes(): Set<string> {
  const schemes = new Set(ARTICLE_SCHEMES);
  for (const folder of vscode.workspace.workspaceFolders ?? []) {
    if (!folder.uri.scheme.startsWith('sourcelens')) schemes.add(folder.uri.scheme);
  }
  return schemes;
}

/** Every provider's selector: the supported languages in article schemes only. */
export const ARTICLE_SELECTOR: vscode.DocumentFilter[] = SUPPORTED_LANGUAGES.flatMap((language) => [...articleSchemes()].map((scheme) => ({ language, scheme })));

/** A document we analyse: a supported language in an article scheme, and `sourcelens.enable` not off for its language or folder. */
export function isArticle(document: vscode.TextDocument): boolean {
  return (SUPPORTED_LANGUAGES as readonly string[]).includes(document.languageId) && articleSchemes().has(document.uri.scheme) && isEnabledFor(document);
}

/** The document's length in characters (as `getText()` would give it), without copying its text out. */
export function documentLength(document: vscode.TextDocument): number {
  return document.offsetAt(document.lineAt(document.lineCount - 1).range.end);
}

export function toRange(document: vscode.TextDocument, start: number, end: number): vscode.Range {
  return new vscode.Range(document.positionAt(start), document.positionAt(end));
}

/** The active article's document, or a message saying why there is none (and, if given, what to do next). */
export function activeArticle(then?: string): vscode.TextDocument | undefined {
  const document = vscode.window.activeTextEditor?.document;
  if (document && !isEnabledFor(document) && (SUPPORTED_LANGUAGES as readonly string[]).includes(document.languageId)) {
    void vscode.window.showInformationMessage('Source Lens is switched off for this file (setting "sourcelens.enable" for its language or folder).');
    return undefined;
  }
  if (!document || !isArticle(document)) {
    void vscode.window.showInformationMessage(`Source Lens: open an article (plain text, Markdown, .story or .article) first${then ? `, then ${then}` : ''}.`);
    return undefined;
  }
  return document;
}

/**
 * The article the sidebar views should show for the active editor: the article itself; in a diff
 * tab, the article compared from (the diff's left side), so opening a comparison never swaps the
 * views to the other version. Undefined when the active editor is no article (output, settings,
 * our own comparison documents): views then keep what they show.
 */
export function articleInFocus(): vscode.TextDocument | undefined {
  const tab = vscode.window.tabGroups.activeTabGroup.activeTab;
  if (tab?.input instanceof vscode.TabInputTextDiff) {
    const original = tab.input.original.toString();
    const opened = vscode.workspace.textDocuments.find((document) => document.uri.toString() === original);
    return opened && isArticle(opened) ? opened : undefined;
  }
  const document = vscode.window.activeTextEditor?.document;
  return document && isArticle(document) ? document : undefined;
}
