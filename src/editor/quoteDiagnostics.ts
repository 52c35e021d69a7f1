import * as vscode from 'vscode';
import type { ArticleAnalysis } from '../analysis';
import { looksLikeNews } from '../analysis';
import { reportableQuotesOf } from './analysisLookups';
import { preview } from './plainLabels';
import type { AnalysisCache } from './analysisCache';
import type { DismissedProblems } from './dismissedProblems';
import { isArticle, toRange } from './documents';
import { quoteSettings } from './settings';

export const DIAGNOSTIC_SOURCE = 'Source Lens';
/** The codes of problems about one quotation: these have quick fixes and can be dismissed. */
export const QUOTE_PROBLEM_CODES: readonly string[] = ['unclosed-quote', 'quote-without-speaker', 'anonymous-source'];
/** More than this many problems in one document are counted, not listed: the Problems panel stalls the editor on hundreds of thousands. */
const MAX_DIAGNOSTICS = 1000;

/**
 * Problems for one document (information level), outside page furniture: quotations without a
 * source, unclosed quotation marks and, if asked, anonymous sources.
 */
function quoteDiagnostics(document: vscode.TextDocument, analysis: ArticleAnalysis, anonymous: boolean, dismissed?: DismissedProblems): vscode.Diagnostic[] {
  const diagnostics: vscode.Diagnostic[] = [];
  let problems = 0;
  // Scare quotes, terms, titles and marks in captions or site furniture are not someone's words.
  for (const quote of reportableQuotesOf(analysis)) {
    if (!quote.unbalanced && quote.speakerId !== null) continue;
    const code = quote.unbalanced ? 'unclosed-quote' : quote.source === null ? 'quote-without-speaker' : 'anonymous-source';
    if (dismissed?.has({ code, uri: document.uri, quoteText: quote.text })) continue;
    if (++problems > MAX_DIAGNOSTICS) continue;
    if (quote.unbalanced) {
      const mark = toRange(document, quote.outer.start, Math.min(quote.outer.start + 1, quote.outer.end));
      const diagnostic = new vscode.Diagnostic(mark, 'This quotation mark is not closed before the end of the paragraph; the quote is taken to end there.', vscode.DiagnosticSeverity.Information);
      diagnostic.source = DIAGNOSTIC_SOURCE;
      diagnostic.code = 'unclosed-quote';
      diagnostics.push(diagnostic);
    } else if (quote.source === null) {
      // On the opening mark only: the quote itself carries the dashed underline of a quote without a source, and two lines on one word read as one smudge.
      const mark = toRange(document, quote.outer.start, Math.min(quote.outer.start + 1, quote.outer.end));
      const diagnostic = new vscode.Diagnostic(mark, `No source found for the quotation ${preview(quote.text, 8, true)}: no name, pronoun or description is tied to it.`, vscode.DiagnosticSeverity.Information);
      diagnostic.source = DIAGNOSTIC_SOURCE;
      diagnostic.code = 'quote-without-speaker';
      diagnostics.push(diagnostic);
    } else if (anonymous && quote.source.kind === 'anonymous') {
      const message = `Anonymous source: “${quote.source.name}”.`;
      const diagnostic = new vscode.Diagnostic(toRange(document, quote.start, quote.end), message, vscode.DiagnosticSeverity.Information);
      diagnostic.source = DIAGNOSTIC_SOURCE;
      diagnostic.code = 'anonymous-source';
      diagnostics.push(diagnostic);
    }
  }
  if (problems > MAX_DIAGNOSTICS) {
    const capped = new vscode.Diagnostic(toRange(document, 0, 0), `Source Lens lists the first ${MAX_DIAGNOSTICS.toLocaleString()} of ${problems.toLocaleString()} quotation problems in this document.`, vscode.DiagnosticSeverity.Information);
    capped.source = DIAGNOSTIC_SOURCE;
    capped.code = 'too-many-problems';
    diagnostics.unshift(capped);
  }
  return diagnostics;
}

/** Keeps the Problems panel in step with the analysis of open articles. */
export function registerQuoteDiagnostics(cache: AnalysisCache, dismissed?: DismissedProblems): vscode.Disposable {
  const collection = vscode.languages.createDiagnosticCollection('sourcelens');
  const update = (document: vscode.TextDocument): void => {
    const settings = quoteSettings(document);
    const analysis = settings.diagnostics && isArticle(document) ? cache.peek(document) : undefined;
    // A README or notes file (no dateline, date or attributed quotes) is not news copy: nothing to report.
    if (analysis && looksLikeNews(analysis)) collection.set(document.uri, quoteDiagnostics(document, analysis, settings.anonymousInProblems, dismissed));
    else collection.delete(document.uri);
  };
  const refreshAll = (): void => {
    for (const document of vscode.workspace.textDocuments) {
      // Analysing every open article, not only visible ones, is for the Problems panel alone.
      if (quoteSettings(document).diagnostics) cache.get(document);
      update(document);
    }
  };
  // After activation returns: the first analysis is not part of start-up.
  const initial = setTimeout(refreshAll, 0);
  return vscode.Disposable.from(
    new vscode.Disposable(() => clearTimeout(initial)),
    collection,
    cache.onDidChange(update),
    dismissed?.onDidChange(refreshAll) ?? new vscode.Disposable(() => undefined),
    vscode.workspace.onDidOpenTextDocument((document) => {
      // A turn later: VS Code hands over a newly opened document (1 MB, say) in one long turn already.
      setImmediate(() => !document.isClosed && quoteSettings(document).diagnostics && cache.get(document));
    }),
    vscode.workspace.onDidCloseTextDocument((document) => collection.delete(document.uri)),
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (event.affectsConfiguration('sourcelens.quotes.diagnostics') || event.affectsConfiguration('sourcelens.quotes.anonymousInProblems') || event.affectsConfiguration('sourcelens.enable')) refreshAll();
    }),
  );
}
