import * as vscode from 'vscode';
import { plural, type ArticleAnalysis, type Quote } from '../analysis';
import { preview, titleLabel } from './plainLabels';
import { listedPeople } from './listedPeople';
import type { AnalysisCache } from './analysisCache';
import { ARTICLE_SELECTOR, toRange } from './documents';

// VS Code has no symbol kind for a person or a quotation; these draw neither braces nor "abc",
// which read as code: a person as a field (a named member of the story), a quote as an event (something said).
const PERSON_KIND = vscode.SymbolKind.Field;
const QUOTE_KIND = vscode.SymbolKind.Event;

/** The Outline: the people of the article in order of appearance, each with the quotes attributed to them. */
class ArticleOutline implements vscode.DocumentSymbolProvider {
  constructor(private readonly cache: AnalysisCache) {}

  // VS Code asks once per version and keeps the answer: for a document in the worker, wait for
  // its result rather than answer "no symbols".
  async provideDocumentSymbols(document: vscode.TextDocument, token: vscode.CancellationToken): Promise<vscode.DocumentSymbol[]> {
    const analysis = await this.cache.whenAnalysed(document);
    if (!analysis || token.isCancellationRequested) return [];
    const quotesOf = quotesBySpeaker(analysis);
    const symbols: vscode.DocumentSymbol[] = [];
    let sliceStarted = performance.now();
    // A 1 MB article has thousands of people and quotes: build in slices, letting the host's other work run between them.
    const pause = async (): Promise<boolean> => {
      if (performance.now() - sliceStarted <= SLICE_MS) return true;
      await new Promise((resolve) => setImmediate(resolve));
      sliceStarted = performance.now();
      return !token.isCancellationRequested;
    };
    for (const person of listedPeople(analysis, document)) {
      if (!(await pause())) return [];
      const first = person.mentions[0];
      const last = person.mentions[person.mentions.length - 1];
      const quotes = quotesOf.get(person.id) ?? [];
      const listed = quotes.length > MAX_QUOTES_PER_PERSON ? quotes.slice(0, MAX_QUOTES_PER_PERSON) : quotes;
      // A loop, not Math.max(...): one speaker may have more quotes than a call takes arguments.
      let end = last.end;
      for (const quote of quotes) end = Math.max(end, quote.end);
      const symbol = new vscode.DocumentSymbol(
        person.name,
        [titleLabel(person), plural(person.mentions.length, 'mention'), listed.length < quotes.length ? `first ${listed.length} of ${plural(quotes.length, 'quote')}` : null].filter(Boolean).join(' · '),
        PERSON_KIND,
        toRange(document, first.start, end),
        toRange(document, first.start, first.end),
      );
      for (const quote of listed) {
        // One speaker may have thousands of quotes in so long an article.
        if (!(await pause())) return [];
        const range = toRange(document, quote.start, quote.end);
        symbol.children.push(new vscode.DocumentSymbol(preview(quote.text, 8, true), quote.partial ? 'partial quote' : 'quote', QUOTE_KIND, range, range));
      }
      symbols.push(symbol);
    }
    return symbols;
  }
}

/**
 * Quotes listed under one person at most. VS Code copies the whole Outline out of the extension
 * host in one go: the 3,132 quotes of the 1 MB test article took 10–20 ms of one turn to send
 * (CPU profile of the integration suite, 2-core machine under load), and a reader does not scroll
 * through thousands of one speaker's quotes in the Outline (the Article view and search do that).
 */
const MAX_QUOTES_PER_PERSON = 100;

/** Longest stretch of outline building between two turns of the event loop, in milliseconds. */
const SLICE_MS = 4;

/** Built once per result: VS Code asks for the Outline again for the breadcrumbs and sticky scroll. */
const quotesBySpeakerOf = new WeakMap<ArticleAnalysis, Map<string, Quote[]>>();

/** Each speaker's quotes in document order, in one pass (as `quotesBy` gives them one speaker at a time). */
function quotesBySpeaker(analysis: ArticleAnalysis): Map<string, Quote[]> {
  const known = quotesBySpeakerOf.get(analysis);
  if (known) return known;
  const bySpeaker = new Map<string, Quote[]>();
  quotesBySpeakerOf.set(analysis, bySpeaker);
  for (const quote of analysis.quotes) {
    if (quote.speakerId === null) continue;
    const list = bySpeaker.get(quote.speakerId);
    if (list) list.push(quote);
    else bySpeaker.set(quote.speakerId, [quote]);
  }
  return bySpeaker;
}

export function registerOutline(cache: AnalysisCache): vscode.Disposable {
  return vscode.languages.registerDocumentSymbolProvider(ARTICLE_SELECTOR, new ArticleOutline(cache), { label: 'Source Lens' });
}
