import * as vscode from 'vscode';
import { mentionAt, quoteAt } from '../analysis';
import type { AnalysisCache } from './analysisCache';
import { trustedMarkdown } from './commandLinks';
import { ARTICLE_SELECTOR, toRange } from './documents';
import { personCard } from './personCard';
import { quoteCard } from './quoteCard';
import { settings } from './settings';

/** A person's card over any mention of them; over the rest of a quotation, the quote's card. */
class ArticleHoverProvider implements vscode.HoverProvider {
  constructor(private readonly cache: AnalysisCache) {}

  provideHover(document: vscode.TextDocument, position: vscode.Position, token: vscode.CancellationToken): vscode.Hover | undefined {
    const analysis = this.cache.get(document);
    if (!analysis || token.isCancellationRequested) return undefined;
    const offset = document.offsetAt(position);
    const found = mentionAt(analysis, offset);
    if (found) return new vscode.Hover(trustedMarkdown(personCard(document, analysis, found.person)), toRange(document, found.mention.start, found.mention.end));
    const quote = quoteAt(analysis, offset);
    if (quote) return new vscode.Hover(trustedMarkdown(quoteCard(document, analysis, quote)), toRange(document, quote.outer.start, quote.outer.end));
    return undefined;
  }
}

/** Registers the hover provider while `sourcelens.hover.enabled` is on, and only then. */
export function registerHovers(cache: AnalysisCache): vscode.Disposable {
  let registration: vscode.Disposable | undefined;
  const update = (): void => {
    const enabled = settings().hoverEnabled;
    if (enabled && !registration) registration = vscode.languages.registerHoverProvider(ARTICLE_SELECTOR, new ArticleHoverProvider(cache));
    if (!enabled && registration) {
      registration.dispose();
      registration = undefined;
    }
  };
  update();
  const listener = vscode.workspace.onDidChangeConfiguration((event) => {
    if (event.affectsConfiguration('sourcelens.hover.enabled')) update();
  });
  return new vscode.Disposable(() => {
    listener.dispose();
    registration?.dispose();
  });
}
