import * as vscode from 'vscode';
import { AnalysisCache } from './editor/analysisCache';
import { createArticleView } from './editor/articleView';
import { registerCommands } from './editor/commands';
import { SUPPORTED_LANGUAGES } from './editor/documents';
import { registerHovers } from './editor/hover';
import { registerMentionNavigation } from './editor/mentions';
import { registerOutline } from './editor/outline';
import { QuoteDecorator, type DrawnQuote } from './editor/quoteDecorations';
import { registerQuoteDiagnostics } from './editor/quoteDiagnostics';

/** What the extension offers other extensions (and its integration tests). */
export interface SourceLensApi {
  /** The quotations last drawn in the editor showing `uri`. */
  drawnQuotes(uri: vscode.Uri): DrawnQuote[];
}

/** Kept small and synchronous: registers providers, commands and the view; analysis runs on demand. */
export function activate(context: vscode.ExtensionContext): SourceLensApi {
  const cache = new AnalysisCache(context.extensionPath);
  const articleView = createArticleView(cache);
  const decorator = new QuoteDecorator(cache);
  context.subscriptions.push(
    cache,
    articleView.disposable,
    registerHovers(cache),
    decorator,
    registerQuoteDiagnostics(cache),
    registerMentionNavigation(cache),
    registerOutline(cache),
    registerCommands(cache, articleView.refresh),
  );
  void vscode.commands.executeCommand('setContext', 'sourcelens.supportedLanguages', SUPPORTED_LANGUAGES);
  return { drawnQuotes: (uri) => decorator.drawnQuotes(uri) };
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
