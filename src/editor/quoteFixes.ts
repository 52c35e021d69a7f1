import * as vscode from 'vscode';
import type { Quote } from '../analysis';
import type { AnalysisCache } from './analysisCache';
import { closingMarkFor, closingMarkOffset } from './closingMark';
import type { DismissedProblems } from './dismissedProblems';
import { ARTICLE_SELECTOR, ARTICLE_VIEW_SCHEME } from './documents';
import { DIAGNOSTIC_SOURCE, QUOTE_PROBLEM_CODES } from './quoteDiagnostics';

/** The quotation a Source Lens problem is about: the one whose opening mark (or, for anonymous sources, whose words) it marks. */
function quoteOf(document: vscode.TextDocument, cache: AnalysisCache, diagnostic: vscode.Diagnostic): Quote | undefined {
  const analysis = cache.peek(document);
  if (!analysis) return undefined;
  const at = document.offsetAt(diagnostic.range.start);
  return analysis.quotes.find((quote) => quote.outer.start === at || (diagnostic.code === 'anonymous-source' && quote.start === at));
}

/** Quick fixes on our problems: insert a missing closing mark; dismiss a problem in this workspace. */
class QuoteFixes implements vscode.CodeActionProvider {
  static readonly kinds = [vscode.CodeActionKind.QuickFix];

  constructor(private readonly cache: AnalysisCache) {}

  provideCodeActions(document: vscode.TextDocument, _range: vscode.Range, context: vscode.CodeActionContext): vscode.CodeAction[] {
    const actions: vscode.CodeAction[] = [];
    for (const diagnostic of context.diagnostics) {
      const code = typeof diagnostic.code === 'object' ? diagnostic.code.value : diagnostic.code;
      if (diagnostic.source !== DIAGNOSTIC_SOURCE || typeof code !== 'string' || !QUOTE_PROBLEM_CODES.includes(code)) continue;
      const quote = quoteOf(document, this.cache, diagnostic);
      if (!quote) continue;
      // The article text of a web page or Word file is read-only: nothing to insert into.
      if (code === 'unclosed-quote' && document.uri.scheme !== ARTICLE_VIEW_SCHEME) {
        const text = document.getText();
        const mark = closingMarkFor(text, quote.outer.start);
        const at = document.positionAt(closingMarkOffset(text, quote.outer.start, quote.outer.end));
        const fix = new vscode.CodeAction(`Insert the closing quotation mark (${mark}) at the end of the paragraph`, vscode.CodeActionKind.QuickFix);
        fix.edit = new vscode.WorkspaceEdit();
        fix.edit.insert(document.uri, at, mark);
        fix.diagnostics = [diagnostic];
        fix.isPreferred = true;
        actions.push(fix);
      }
      const dismiss = new vscode.CodeAction('Dismiss this problem in this workspace', vscode.CodeActionKind.QuickFix);
      dismiss.command = { command: 'sourcelens.dismissProblem', title: 'Dismiss', arguments: [document.uri.toString(), code, quote.text] };
      dismiss.diagnostics = [diagnostic];
      actions.push(dismiss);
    }
    return actions;
  }
}

export function registerQuoteFixes(cache: AnalysisCache, dismissed: DismissedProblems): vscode.Disposable {
  return vscode.Disposable.from(
    vscode.languages.registerCodeActionsProvider(ARTICLE_SELECTOR, new QuoteFixes(cache), { providedCodeActionKinds: QuoteFixes.kinds }),
    vscode.commands.registerCommand('sourcelens.dismissProblem', async (uri: unknown, code: unknown, quoteText: unknown) => {
      if (typeof uri !== 'string' || typeof code !== 'string' || typeof quoteText !== 'string') return;
      await dismissed.add({ uri: vscode.Uri.parse(uri, true), code, quoteText });
    }),
    vscode.commands.registerCommand('sourcelens.restoreDismissedProblems', async () => {
      const count = await dismissed.clear();
      void vscode.window.showInformationMessage(count ? `Source Lens shows ${count === 1 ? 'the dismissed problem' : `the ${count} dismissed problems`} again.` : 'No Source Lens problem was dismissed in this workspace.');
    }),
  );
}
