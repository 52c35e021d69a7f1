import * as vscode from 'vscode';
import type { QuoteRef, QuoteSourceKind, WorkspaceSource } from '../../analysis';
import { preview } from '../plainLabels';
import { describeFilter, filterSources, KIND_LABELS, NO_FILTER, sourceDescription, type SourceFilter, type SourceOrder } from './sourceList';
import type { WorkspaceSources } from './workspaceSources';

export type SourceNode = { kind: 'source'; source: WorkspaceSource } | { kind: 'quote'; source: WorkspaceSource; quote: QuoteRef };

const VIEW_ID = 'sourcelens.sources';
const KIND_ICONS: Record<QuoteSourceKind, string> = {
  person: 'person',
  organisation: 'organization',
  document: 'file-text',
  publication: 'book',
  group: 'organization',
  anonymous: 'question',
};

export function fileNameOf(file: string): string {
  const uri = vscode.Uri.parse(file, true);
  return uri.path.slice(uri.path.lastIndexOf('/') + 1);
}

/** A quote as a pick or tree entry: its opening words, the article it is in, and the command that reveals it. */
export function quoteEntry(quote: QuoteRef): { label: string; description: string; command: vscode.Command } {
  return {
    label: preview(quote.text, 10, true),
    description: fileNameOf(quote.file),
    command: { command: 'sourcelens.revealRange', title: 'Reveal in Article', arguments: [quote.file, quote.start, quote.end] },
  };
}

/** The Sources view: every source quoted across the workspace, and under each its quotes. */
class SourcesTree implements vscode.TreeDataProvider<SourceNode> {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;
  filter: SourceFilter = NO_FILTER;
  /** Set by the view: says what the filter hides. */
  onShown: (shown: number, total: number, articlesSoFar?: number) => void = () => undefined;

  constructor(private readonly model: WorkspaceSources) {}

  refresh(): void {
    this.changed.fire();
  }

  async getChildren(node?: SourceNode): Promise<SourceNode[]> {
    if (node?.kind === 'source') return node.source.quotes.map((quote) => ({ kind: 'quote', source: node.source, quote }));
    if (node) return [];
    // Asked for only when the view is shown: the first showing starts the build.
    if (!this.model.built) void this.model.ensureBuilt();
    const all = this.model.sources();
    // While the articles are read, what is known so far shows, refreshed as more arrive.
    if (!this.model.built && all.length === 0) {
      await setState('building');
      return [];
    }
    const shown = filterSources(all, this.filter);
    await setState(all.length === 0 ? 'empty' : 'some');
    this.onShown(shown.length, all.length, this.model.built ? undefined : this.model.files().size);
    return shown.map((source) => ({ kind: 'source', source }));
  }

  getTreeItem(node: SourceNode): vscode.TreeItem {
    if (node.kind === 'source') {
      const { source } = node;
      const item = new vscode.TreeItem(source.name, vscode.TreeItemCollapsibleState.Collapsed);
      item.id = source.key;
      item.description = sourceDescription(source);
      item.iconPath = new vscode.ThemeIcon(KIND_ICONS[source.kind]);
      item.contextValue = `sourcelens:source:${source.kind}`;
      const dates = source.firstDate ? (source.firstDate === source.lastDate ? source.firstDate : `${source.firstDate} to ${source.lastDate}`) : null;
      item.tooltip = new vscode.MarkdownString(
        [
          `**${source.name}**`,
          source.titles.length > 0 ? `Titles: ${source.titles.join('; ')}` : null,
          `${sourceDescription(source)}`,
          source.gender ? 'Gender is inferred from the articles (pronouns, honorifics, titles, words such as “her husband”, given names), never stated.' : null,
          dates ? `Dated articles: ${dates}` : null,
          `Articles: ${source.files.map(fileNameOf).join(', ')}`,
        ]
          .filter(Boolean)
          .join('\n\n'),
      );
      return item;
    }
    const entry = quoteEntry(node.quote);
    const item = new vscode.TreeItem(entry.label, vscode.TreeItemCollapsibleState.None);
    item.id = `${node.source.key}|${node.quote.file}|${node.quote.start}`;
    item.description = entry.description;
    item.tooltip = `“${node.quote.text}”\n${vscode.workspace.asRelativePath(vscode.Uri.parse(node.quote.file, true))}`;
    item.iconPath = new vscode.ThemeIcon('quote');
    item.command = entry.command;
    item.contextValue = 'sourcelens:sourceQuote';
    return item;
  }
}

async function setState(state: 'building' | 'empty' | 'some'): Promise<void> {
  await vscode.commands.executeCommand('setContext', 'sourcelens.sources.state', state);
}

type FilterPick = vscode.QuickPickItem & { apply?: (filter: SourceFilter) => SourceFilter; askText?: boolean };

/** One quick pick for the order and every filter; the view's message says what is in force. */
async function pickFilter(current: SourceFilter): Promise<SourceFilter | undefined> {
  const mark = (on: boolean): string => (on ? '$(check) ' : '');
  const orders: Array<[SourceOrder, string]> = [
    ['quotes', 'Most quoted first'],
    ['articles', 'In most articles first'],
    ['latest', 'Latest dated article first'],
    ['name', 'By name'],
  ];
  const kinds = Object.keys(KIND_LABELS) as QuoteSourceKind[];
  const items: FilterPick[] = [
    { label: 'Order', kind: vscode.QuickPickItemKind.Separator },
    ...orders.map(([order, label]): FilterPick => ({ label: `${mark(current.order === order)}${label}`, apply: (f) => ({ ...f, order }) })),
    { label: 'Filter', kind: vscode.QuickPickItemKind.Separator },
    { label: `${mark(!current.kind && !current.officialsOnly && !current.text)}All sources`, apply: (f) => ({ ...NO_FILTER, order: f.order }) },
    ...kinds.map((kind): FilterPick => ({ label: `${mark(current.kind === kind)}Only ${KIND_LABELS[kind]} sources`, apply: (f) => ({ ...f, kind: f.kind === kind ? null : kind }) })),
    { label: `${mark(current.officialsOnly)}Only officials`, apply: (f) => ({ ...f, officialsOnly: !f.officialsOnly }) },
    { label: `${mark(Boolean(current.text))}Names containing…`, description: current.text || undefined, askText: true },
  ];
  const picked = await vscode.window.showQuickPick(items, { title: 'Sort and Filter Sources', placeHolder: 'Choose an order or a filter' });
  if (!picked) return undefined;
  if (picked.askText) {
    const text = await vscode.window.showInputBox({ title: 'Sources whose name or title contains', value: current.text, prompt: 'Leave empty to show every name' });
    return text === undefined ? undefined : { ...current, text: text.trim() };
  }
  return picked.apply?.(current);
}

/** Registers the Sources view and its commands; the tree is exposed for the integration tests. */
export function createSourcesView(model: WorkspaceSources): { disposable: vscode.Disposable; tree: vscode.TreeDataProvider<SourceNode> } {
  const tree = new SourcesTree(model);
  const view = vscode.window.createTreeView(VIEW_ID, { treeDataProvider: tree, showCollapseAll: true });
  tree.onShown = (shown, total, articlesSoFar) => {
    const reading = articlesSoFar === undefined ? undefined : `Reading articles: ${articlesSoFar.toLocaleString('en')} so far…`;
    view.message = [reading, describeFilter(tree.filter, shown, total)].filter(Boolean).join(' ') || undefined;
  };
  return {
    tree,
    disposable: vscode.Disposable.from(
      view,
      model.onDidChange(() => tree.refresh()),
      vscode.commands.registerCommand('sourcelens.filterSources', async () => {
        const filter = await pickFilter(tree.filter);
        if (!filter) return;
        tree.filter = filter;
        tree.refresh();
      }),
      vscode.commands.registerCommand('sourcelens.refreshSources', () => model.rebuild()),
    ),
  };
}
