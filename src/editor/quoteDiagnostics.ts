import * as vscode from 'vscode';
import type { ArticleAnalysis } from '../analysis';
import { quoteOpening, reportableQuotes } from '../analysis/query';
import type { AnalysisCache } from './analysisCache';
import { isArticle, toRange } from './documents';
import { quoteSettings } from './settings';

const DIAGNOSTIC_SOURCE = 'Source Lens';

/** Problems for one document: quotations without a speaker and unclosed quotation marks (information level), outside page furniture. */
function quoteDiagnostics(document: vscode.TextDocument, analysis: ArticleAnalysis): vscode.Diagnostic[] {
  const diagnostics: vscode.Diagnostic[] = [];
  // Scare quotes, terms, titles and marks in captions or site furniture are not someone's words.
  for (const quote of reportableQuotes(analysis)) {
    if (quote.unbalanced) {
      const mark = toRange(document, quote.outer.start, Math.min(quote.outer.start + 1, quote.outer.end));
      const diagnostic = new vscode.Diagnostic(mark, 'This quotation mark is not closed before the end of the paragraph; the quote is taken to end there.', vscode.DiagnosticSeverity.Information);
      diagnostic.source = DIAGNOSTIC_SOURCE;
      diagnostic.code = 'unclosed-quote';
      diagnostics.push(diagnostic);
    } else if (quote.speakerId === null) {
      const diagnostic = new vscode.Diagnostic(toRange(document, quote.start, quote.end), `No speaker found for the quotation “${quoteOpening(quote, 8)}”.`, vscode.DiagnosticSeverity.Information);
      diagnostic.source = DIAGNOSTIC_SOURCE;
      diagnostic.code = 'quote-without-speaker';
      diagnostics.push(diagnostic);
    }
  }
  return diagnostics;
}

/** Keeps the Problems panel in step with the analysis of open articles. */
export function registerQuoteDiagnostics(cache: AnalysisCache): vscode.Disposable {
  const collection = vscode.languages.createDiagnosticCollection('sourcelens');
  const update = (document: vscode.TextDocument): void => {
    const analysis = quoteSettings().diagnostics && isArticle(document) ? cache.peek(document) : undefined;
    if (analysis) collection.set(document.uri, quoteDiagnostics(document, analysis));
    else collection.delete(document.uri);
  };
  const refreshAll = (): void => {
    for (const document of vscode.workspace.textDocuments) {
      // Analysing every open article, not only visible ones, is for the Problems panel alone.
      if (quoteSettings().diagnostics) cache.get(document);
      update(document);
    }
  };
  // After activation returns: the first analysis is not part of start-up.
  const initial = setTimeout(refreshAll, 0);
  return vscode.Disposable.from(
    new vscode.Disposable(() => clearTimeout(initial)),
    collection,
    cache.onDidChange(update),
    vscode.workspace.onDidOpenTextDocument((document) => {
      if (quoteSettings().diagnostics) cache.get(document);
    }),
    vscode.workspace.onDidCloseTextDocument((document) => collection.delete(document.uri)),
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (event.affectsConfiguration('sourcelens.quotes.diagnostics')) refreshAll();
    }),
  );
}
