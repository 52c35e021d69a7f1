import * as vscode from 'vscode';
import { AnalysisCache } from './editor/analysisCache';
import { createArticleView } from './editor/articleView';
import { registerCommands } from './editor/commands';
import { SUPPORTED_LANGUAGES } from './editor/documents';
import { registerHovers } from './editor/hover';
import { registerMentionNavigation } from './editor/mentions';
import { registerOutline } from './editor/outline';
import { QuoteDecorator } from './editor/quoteDecorations';
import { registerQuoteDiagnostics } from './editor/quoteDiagnostics';

/** Kept small and synchronous: registers providers, commands and the view; analysis runs on demand. */
export function activate(context: vscode.ExtensionContext): void {
  const cache = new AnalysisCache();
  const articleView = createArticleView(cache);
  context.subscriptions.push(
    cache,
    articleView.disposable,
    registerHovers(cache),
    new QuoteDecorator(cache),
    registerQuoteDiagnostics(cache),
    registerMentionNavigation(cache),
    registerOutline(cache),
    registerCommands(cache, articleView.refresh),
  );
  void vscode.commands.executeCommand('setContext', 'sourcelens.supportedLanguages', SUPPORTED_LANGUAGES);
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
