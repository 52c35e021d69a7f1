import * as vscode from 'vscode';
import { mentionAt, quoteAt, type ArticleAnalysis } from '../analysis';
import type { AnalysisCache } from './analysisCache';
import { trustedMarkdown } from './commandLinks';
import { ARTICLE_SELECTOR, toRange } from './documents';
import { personCard } from './personCard';
import { markedWordsCard, quoteCard } from './quoteCard';
import { quoteSettings, settings } from './settings';

/** A person's card over any mention of them; over the rest of a quotation, the quote's card. */
class ArticleHoverProvider implements vscode.HoverProvider {
  /** How long the last card took us to make, in milliseconds: our share of a hover, which the integration suite reports beside VS Code's. */
  lastCardMs: number | undefined;

  constructor(private readonly cache: AnalysisCache) {}

  provideHover(document: vscode.TextDocument, position: vscode.Position, token: vscode.CancellationToken): vscode.ProviderResult<vscode.Hover> {
    const started = performance.now();
    // Read per document: `[markdown]` or a folder may turn hovers off.
    if (!settings(document).hoverEnabled) return undefined;
    const analysis = this.cache.get(document);
    if (analysis) return this.timed(started, this.hoverAt(document, analysis, position, token));
    // A long article in the worker: the card comes with its result (VS Code shows that it is loading) rather than never.
    if (!this.cache.pending(document)) return undefined;
    const version = document.version;
    return this.cache.whenAnalysed(document).then((later) => (later && document.version === version ? this.timed(performance.now(), this.hoverAt(document, later, position, token)) : undefined));
  }

  private timed(started: number, hover: vscode.Hover | undefined): vscode.Hover | undefined {
    if (hover) this.lastCardMs = performance.now() - started;
    return hover;
  }

  private hoverAt(document: vscode.TextDocument, analysis: ArticleAnalysis, position: vscode.Position, token: vscode.CancellationToken): vscode.Hover | undefined {
    if (token.isCancellationRequested) return undefined;
    const offset = document.offsetAt(position);
    const found = mentionAt(analysis, offset);
    if (found) return new vscode.Hover(trustedMarkdown(personCard(document, analysis, found.person)), toRange(document, found.mention.start, found.mention.end));
    const quote = quoteAt(analysis, offset);
    if (!quote) return undefined;
    const range = toRange(document, quote.outer.start, quote.outer.end);
    if (quote.kind === 'quotation') return new vscode.Hover(trustedMarkdown(quoteCard(document, analysis, quote)), range);
    // Scare quotes, terms and titles: what they are, unless they are set to be shown not at all.
    return quoteSettings(document).markedWords === 'hidden' ? undefined : new vscode.Hover(trustedMarkdown(markedWordsCard(quote.kind)), range);
  }
}

/** Registers the hover provider; it answers only where `sourcelens.hover.enabled` is on for the document. */
export function registerHovers(cache: AnalysisCache): { disposable: vscode.Disposable; lastCardMs: () => number | undefined } {
  const provider = new ArticleHoverProvider(cache);
  return { disposable: vscode.languages.registerHoverProvider(ARTICLE_SELECTOR, provider), lastCardMs: () => provider.lastCardMs };
}
