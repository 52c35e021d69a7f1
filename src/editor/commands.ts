import * as vscode from 'vscode';
import type { ArticleAnalysis } from '../analysis';
import { plural } from '../analysis';
import { affiliationText, preview, quoteSourceLabel, titleLabel } from './plainLabels';
import { listedPeople } from './listedPeople';
import type { AnalysisCache } from './analysisCache';
import { isConvertedPath } from './convertedFormats';
import { activeArticle, ARTICLE_VIEW_SCHEME, toRange } from './documents';
import { articleViewUri } from './openAsArticle';
import { toggleQuoteDecorations } from './quoteDecorations';
import { settings } from './settings';

/** Opens a document and selects a range in it: the target of every "reveal" link and list. */
async function revealRange(uri: string | vscode.Uri, start: number, end: number): Promise<void> {
  const file = typeof uri === 'string' ? vscode.Uri.parse(uri) : uri;
  // Offsets in a web page or Word file are offsets in its article text: shown as Open as Article shows it.
  const target = isConvertedPath(file.path) && file.scheme !== ARTICLE_VIEW_SCHEME ? articleViewUri(file) : file;
  const document = await vscode.workspace.openTextDocument(target);
  const editor = await vscode.window.showTextDocument(document, { preserveFocus: false });
  const range = toRange(document, start, end);
  editor.selection = new vscode.Selection(range.start, range.end);
  editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}

/** The active article and its analysis, when it has any `what` (people, quotes); else a message. */
async function activeAnalysis(cache: AnalysisCache, what: 'people' | 'quotes', none: string): Promise<{ document: vscode.TextDocument; analysis: ArticleAnalysis } | undefined> {
  const document = activeArticle();
  // In the worker: waits for its result (a few milliseconds for news copy).
  const analysis = document && (await cache.whenAnalysed(document));
  if (!document || !analysis) return undefined;
  if (analysis[what].length === 0) {
    void vscode.window.showInformationMessage(`Source Lens found no ${none} in this article.`);
    return undefined;
  }
  return { document, analysis };
}

async function listPeople(cache: AnalysisCache): Promise<void> {
  const active = await activeAnalysis(cache, 'people', 'named people');
  if (!active) return;
  const { document, analysis } = active;
  const picked = await vscode.window.showQuickPick(
    listedPeople(analysis, document).map((person) => ({
      label: `$(person) ${person.name}`,
      description: [titleLabel(person), affiliationText(person)].filter(Boolean).join(' · '),
      detail: plural(person.mentions.length, 'mention'),
      person,
    })),
    { title: 'People in this article', placeHolder: 'Choose a person to reveal their first mention', matchOnDescription: true },
  );
  if (picked) await revealRange(document.uri, picked.person.mentions[0].start, picked.person.mentions[0].end);
}

async function listQuotes(cache: AnalysisCache): Promise<void> {
  const active = await activeAnalysis(cache, 'quotes', 'quotations');
  if (!active) return;
  const { document, analysis } = active;
  type Item = vscode.QuickPickItem & { start?: number; end?: number };
  const bySpeaker = new Map<string, Item[]>();
  // Quotations only: scare quotes, terms and titles are nobody's words.
  for (const quote of analysis.quotes) {
    if (quote.kind !== 'quotation') continue;
    const label = quoteSourceLabel(analysis, quote);
    const speaker = label[0].toUpperCase() + label.slice(1);
    const items = bySpeaker.get(speaker) ?? [];
    items.push({ label: preview(quote.text, 12, true), description: quote.partial ? 'partial' : undefined, start: quote.start, end: quote.end });
    bySpeaker.set(speaker, items);
  }
  const items: Item[] = [];
  for (const [speaker, quotes] of bySpeaker) items.push({ label: speaker, kind: vscode.QuickPickItemKind.Separator }, ...quotes);
  const picked = await vscode.window.showQuickPick(items, { title: 'Quotes in this article', placeHolder: 'Choose a quote to reveal it' });
  if (picked?.start !== undefined && picked.end !== undefined) await revealRange(document.uri, picked.start, picked.end);
}

/** The address *Look up on the web* opens for a name: the user's `sourcelens.lookUp.url` (application scope: never a workspace's). */
export function lookUpAddress(name: string): string {
  return settings().lookUpUrl.replace('${query}', encodeURIComponent(name.trim()));
}

async function lookUpPerson(name: unknown): Promise<void> {
  if (typeof name !== 'string' || !name.trim()) return;
  await vscode.env.openExternal(vscode.Uri.parse(lookUpAddress(name), true));
}

export function registerCommands(cache: AnalysisCache, refreshView: () => void): vscode.Disposable {
  return vscode.Disposable.from(
    vscode.commands.registerCommand('sourcelens.revealRange', revealRange),
    vscode.commands.registerCommand('sourcelens.listPeople', () => listPeople(cache)),
    vscode.commands.registerCommand('sourcelens.listQuotes', () => listQuotes(cache)),
    vscode.commands.registerCommand('sourcelens.lookUpPerson', lookUpPerson),
    vscode.commands.registerCommand('sourcelens.refreshArticleView', refreshView),
    vscode.commands.registerCommand('sourcelens.toggleQuoteDecorations', toggleQuoteDecorations),
  );
}
