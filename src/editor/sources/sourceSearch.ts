import * as vscode from 'vscode';
import { foldName } from '../../analysis';
import { fileNameOf, quoteEntry } from './sourcesView';
import { sourceDescription } from './sourceList';
import type { WorkspaceSources } from './workspaceSources';

/** Most people a symbol search returns: enough for a newsroom's folder, few enough to list fast. */
const MAX_SYMBOLS = 500;

/**
 * Ctrl+T finds people across the workspace's articles: one entry per person per article, at the
 * first mention. The first search reads the workspace (with progress) if the Sources view has not.
 */
class PeopleSymbols implements vscode.WorkspaceSymbolProvider {
  constructor(private readonly model: WorkspaceSources) {}

  async provideWorkspaceSymbols(query: string, token: vscode.CancellationToken): Promise<vscode.SymbolInformation[]> {
    await this.model.ensureBuilt();
    if (token.isCancellationRequested) return [];
    // Letters in order, as the editor's own matching does, so "blnkn" finds Blinken; the editor ranks them.
    const letters = foldName(query).replace(/ /g, '');
    const matches = (name: string): boolean => {
      let at = 0;
      for (const letter of foldName(name).replace(/ /g, '')) if (letter === letters[at]) at++;
      return at === letters.length;
    };
    const symbols: vscode.SymbolInformation[] = [];
    for (const [file, summary] of this.model.files()) {
      const uri = vscode.Uri.parse(file, true);
      for (const person of summary.people) {
        if (!person.firstMention || !matches(person.name)) continue;
        const { line, character, start, end } = person.firstMention;
        const range = new vscode.Range(line, character, line, character + (end - start));
        symbols.push(new vscode.SymbolInformation(person.name, vscode.SymbolKind.Object, [person.title, fileNameOf(file)].filter(Boolean).join(' · '), new vscode.Location(uri, range)));
        if (symbols.length >= MAX_SYMBOLS) return symbols;
      }
    }
    return symbols;
  }
}

/** "Find Quotes by…": a source, then one of its quotes, revealed in its article. */
async function findQuotesBy(model: WorkspaceSources): Promise<void> {
  await model.ensureBuilt();
  const sources = model.sources();
  if (sources.length === 0) {
    void vscode.window.showInformationMessage('Source Lens found no quoted source in this workspace’s articles.');
    return;
  }
  const source = await vscode.window.showQuickPick(
    sources.map((s) => ({ label: s.name, description: sourceDescription(s), detail: s.titles.join('; ') || undefined, source: s })),
    { title: 'Find Quotes by…', placeHolder: 'Type a name', matchOnDescription: true, matchOnDetail: true },
  );
  if (!source) return;
  const quote = await vscode.window.showQuickPick(
    source.source.quotes.map((q) => ({ ...quoteEntry(q), quote: q })),
    { title: `Quotes by ${source.source.name}`, placeHolder: 'Choose a quote to see it in its article', matchOnDescription: true },
  );
  if (quote) await vscode.commands.executeCommand(quote.command.command, ...(quote.command.arguments ?? []));
}

/** "Search Quotes…": every quote in the workspace, found by its words, its source or its article. */
async function searchQuotes(model: WorkspaceSources): Promise<void> {
  await model.ensureBuilt();
  const items = model.sources().flatMap((source) =>
    source.quotes.map((quote) => {
      const entry = quoteEntry(quote);
      return { label: entry.label, description: `${source.name} · ${entry.description}`, detail: quote.text, command: entry.command };
    }),
  );
  if (items.length === 0) {
    void vscode.window.showInformationMessage('Source Lens found no quotation with a source in this workspace’s articles.');
    return;
  }
  const picked = await vscode.window.showQuickPick(items, { title: 'Search Quotes', placeHolder: 'Words of the quote, its source or its article', matchOnDescription: true, matchOnDetail: true });
  if (picked) await vscode.commands.executeCommand(picked.command.command, ...(picked.command.arguments ?? []));
}

export function registerSourceSearch(model: WorkspaceSources): vscode.Disposable {
  return vscode.Disposable.from(
    vscode.languages.registerWorkspaceSymbolProvider(new PeopleSymbols(model)),
    vscode.commands.registerCommand('sourcelens.findQuotesBy', () => findQuotesBy(model)),
    vscode.commands.registerCommand('sourcelens.searchQuotes', () => searchQuotes(model)),
  );
}
