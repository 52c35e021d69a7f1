import * as vscode from 'vscode';
import { mentionAt } from '../analysis/query';
import type { AnalysisCache } from './analysisCache';
import { ARTICLE_SELECTOR, toRange } from './documents';
import { personCard } from './personCard';
import { settings } from './settings';

class PersonHoverProvider implements vscode.HoverProvider {
  constructor(private readonly cache: AnalysisCache) {}

  provideHover(document: vscode.TextDocument, position: vscode.Position, token: vscode.CancellationToken): vscode.Hover | undefined {
    const analysis = this.cache.get(document);
    if (!analysis || token.isCancellationRequested) return undefined;
    const found = mentionAt(analysis, document.offsetAt(position));
    if (!found) return undefined;
    return new vscode.Hover(personCard(document, analysis, found.person), toRange(document, found.mention.start, found.mention.end));
  }
}

/** Registers the hover provider while `sourcelens.hover.enabled` is on, and only then. */
export function registerPersonHovers(cache: AnalysisCache): vscode.Disposable {
  let registration: vscode.Disposable | undefined;
  const update = (): void => {
    const enabled = settings().hoverEnabled;
    if (enabled && !registration) registration = vscode.languages.registerHoverProvider(ARTICLE_SELECTOR, new PersonHoverProvider(cache));
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
