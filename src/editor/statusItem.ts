import * as vscode from 'vscode';
import { plural, type ArticleAnalysis } from '../analysis';
import { quotationsOf, reportableQuotesOf } from './analysisLookups';
import type { AnalysisCache } from './analysisCache';
import { ARTICLE_SELECTOR, isArticle } from './documents';
import { listedPeople } from './listedPeople';
import { isEnabledFor } from './settings';

/**
 * The article's figures in the language status (the `{}` beside the language name): the people
 * and quotes the Article view lists, and the quotations the Problems panel counts as without a
 * source. A click opens the Article view.
 */
export function registerStatusItem(cache: AnalysisCache): { disposable: vscode.Disposable; text: () => string } {
  const item = vscode.languages.createLanguageStatusItem('sourcelens.articleStatus', ARTICLE_SELECTOR);
  item.name = 'Source Lens';
  const update = (): void => {
    const document = vscode.window.activeTextEditor?.document;
    if (!document) return;
    item.busy = false;
    item.severity = vscode.LanguageStatusSeverity.Information;
    if (!isEnabledFor(document)) {
      item.text = '$(circle-slash) Source Lens off';
      item.detail = 'setting "sourcelens.enable"';
      item.command = { title: 'Settings', command: 'workbench.action.openSettings', arguments: ['sourcelens.enable'] };
      return;
    }
    item.command = { title: 'Open Article View', command: 'sourcelens.article.focus' };
    const analysis = isArticle(document) ? cache.get(document) : undefined;
    if (!analysis) {
      item.busy = cache.pending(document);
      // While the worker reads an edited article again, its last figures stay, marked busy.
      const last = item.busy ? cache.peek(document) : undefined;
      item.text = last ? articleFigures(last, document) : 'Source Lens';
      item.detail = item.busy ? 'analysing…' : undefined;
      return;
    }
    item.text = articleFigures(analysis, document);
    item.detail = 'Source Lens';
  };
  update();
  const disposable = vscode.Disposable.from(
    item,
    vscode.window.onDidChangeActiveTextEditor(update),
    cache.onDidChange((document) => document === vscode.window.activeTextEditor?.document && update()),
    vscode.workspace.onDidChangeConfiguration((event) => event.affectsConfiguration('sourcelens') && update()),
  );
  return { disposable, text: () => item.text };
}

/** "7 people · 7 quotes · 2 without source": quotations only, and the last part only when there are such quotes. */
function articleFigures(analysis: ArticleAnalysis, document: vscode.TextDocument): string {
  // The same quotes the Problems panel reports as without a source (see quoteDiagnostics.ts).
  const withoutSource = reportableQuotesOf(analysis).filter((quote) => !quote.unbalanced && quote.speakerId === null && quote.source === null).length;
  const people = listedPeople(analysis, document).length;
  const parts = [`${people} ${people === 1 ? 'person' : 'people'}`, plural(quotationsOf(analysis).length, 'quote')];
  if (withoutSource > 0) parts.push(`${withoutSource} without source`);
  return parts.join(' · ');
}
