import * as vscode from 'vscode';
import { firstIndex } from '../analysis';
import type { AnalysisCache } from './analysisCache';
import { documentText, peopleById } from './analysisLookups';
import { ARTICLE_SELECTOR, toRange } from './documents';
import { quoteSettings } from './settings';
import { speakerLabel } from './speakerLabels';

/**
 * Speaker labels as inlay hints after the closing mark: they take their place in the line, so
 * word wrap counts them, and VS Code shows them only with `editor.inlayHints.enabled` on. Each
 * links to the words that carry the attribution.
 */
class SpeakerInlayHints implements vscode.InlayHintsProvider {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeInlayHints = this.changed.event;

  constructor(private readonly cache: AnalysisCache) {}

  /** Asks VS Code to fetch the hints again (an analysis arrived, a setting changed). */
  refresh(): void {
    this.changed.fire();
  }

  async provideInlayHints(document: vscode.TextDocument, range: vscode.Range, token: vscode.CancellationToken): Promise<vscode.InlayHint[]> {
    if (quoteSettings(document).speakerLabels !== 'inlayHint') return [];
    // In the worker: the labels come with its result rather than blink off and on again.
    const analysis = await this.cache.whenAnalysed(document);
    if (!analysis || token.isCancellationRequested) return [];
    const text = documentText(document);
    const from = document.offsetAt(range.start);
    const to = document.offsetAt(range.end);
    const people = peopleById(analysis);
    const hints: vscode.InlayHint[] = [];
    // Quotes are in document order: start at the first that ends in the range.
    for (let i = firstIndex(analysis.quotes, (quote) => quote.outer.end >= from); i < analysis.quotes.length; i++) {
      const quote = analysis.quotes[i];
      if (quote.outer.end > to) break;
      const label = speakerLabel(text, quote, quote.speakerId === null ? undefined : people.get(quote.speakerId));
      if (!label) continue;
      const part = new vscode.InlayHintLabelPart(`— ${label.text}`);
      part.tooltip = label.tooltip;
      // Ctrl/Cmd+click goes to the words that name the source.
      part.location = new vscode.Location(document.uri, toRange(document, label.attribution.start, label.attribution.end));
      const hint = new vscode.InlayHint(document.positionAt(quote.outer.end), [part]);
      hint.paddingLeft = true;
      hints.push(hint);
    }
    return hints;
  }

  dispose(): void {
    this.changed.dispose();
  }
}

export function registerSpeakerInlayHints(cache: AnalysisCache): vscode.Disposable {
  const provider = new SpeakerInlayHints(cache);
  return vscode.Disposable.from(
    provider,
    vscode.languages.registerInlayHintsProvider(ARTICLE_SELECTOR, provider),
    cache.onDidChange(() => provider.refresh()),
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (event.affectsConfiguration('sourcelens.quotes') || event.affectsConfiguration('sourcelens.enable')) provider.refresh();
    }),
  );
}
