import * as vscode from 'vscode';
import type { ArticleAnalysis, Person, Quote } from '../analysis';
import { creditedPeople, MARKED_WORDS_LABELS, plural, quotesBy } from '../analysis';
import { affiliationText, CREDIT_LABELS, preview, quoteSourceLabel, titleLabel } from './plainLabels';
import { listedPeople } from './listedPeople';
import { markedWordsOf, quotationsOf } from './analysisLookups';
import { quoteSettings, settings } from './settings';
import type { AnalysisCache } from './analysisCache';
import { articleInFocus } from './documents';

/** An item of the Article view; its context-menu commands receive it. */
export type ArticleNode = Node;
type Node =
  | { kind: 'people'; analysis: ArticleAnalysis }
  | { kind: 'credits'; analysis: ArticleAnalysis }
  | { kind: 'quotes'; analysis: ArticleAnalysis }
  | { kind: 'markedWords'; analysis: ArticleAnalysis }
  | { kind: 'person'; analysis: ArticleAnalysis; person: Person }
  | { kind: 'mention'; start: number; end: number; label: string }
  | { kind: 'more'; count: number; what: string }
  | { kind: 'quote'; analysis: ArticleAnalysis; quote: Quote }
  | { kind: 'markedWord'; quote: Quote }
  | { kind: 'quoteTrail'; quote: Quote };

/** The Article view: the people and quotes of the active editor's article. */
class ArticleTree implements vscode.TreeDataProvider<Node> {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;
  document: vscode.TextDocument | undefined;

  constructor(private readonly cache: AnalysisCache) {}

  refresh(): void {
    this.changed.fire();
  }

  getChildren(node?: Node): Node[] {
    const document = this.document;
    const analysis = document && this.cache.get(document);
    if (!document || !analysis) return [];
    if (!node) {
      if (analysis.people.length === 0 && analysis.quotes.length === 0) return [];
      const credits: Node[] = !settings(document).showCredits && creditedPeople(analysis).length > 0 ? [{ kind: 'credits', analysis }] : [];
      // Scare quotes, terms and titles apart from the quotations, and only when there are some to show.
      const marked: Node[] = quoteSettings(document).markedWords === 'quiet' && markedWordsOf(analysis).length > 0 ? [{ kind: 'markedWords', analysis }] : [];
      return [{ kind: 'people', analysis }, { kind: 'quotes', analysis }, ...marked, ...credits];
    }
    switch (node.kind) {
      case 'people':
        return capped(listedPeople(node.analysis, this.document), 'people', (person) => ({ kind: 'person', analysis: node.analysis, person }));
      case 'credits':
        return creditedPeople(node.analysis).map((person) => ({ kind: 'person', analysis: node.analysis, person }));
      case 'quotes':
        return capped(quotationsOf(node.analysis), 'quotes', (quote) => ({ kind: 'quote', analysis: node.analysis, quote }));
      case 'markedWords':
        return capped(markedWordsOf(node.analysis), 'marked words', (quote) => ({ kind: 'markedWord', quote }));
      case 'person':
        return capped(node.person.mentions, 'mentions', (mention) => ({ kind: 'mention', start: mention.start, end: mention.end, label: mention.text }));
      case 'quote':
        return [{ kind: 'quoteTrail', quote: node.quote }];
      default:
        return [];
    }
  }

  getTreeItem(node: Node): vscode.TreeItem {
    switch (node.kind) {
      case 'more': {
        const item = new vscode.TreeItem(`… and ${node.count.toLocaleString()} more ${node.what}`);
        item.tooltip = `The view lists the first ${MAX_LISTED.toLocaleString()}; the Outline and the List commands reach the rest.`;
        return item;
      }
      case 'people': {
        const count = listedPeople(node.analysis, this.document).length;
        return group(`People (${count})`, 'person', count > 0);
      }
      case 'credits':
        return group(`Credits (${creditedPeople(node.analysis).length})`, 'credit-card', true, true);
      case 'quotes': {
        const count = quotationsOf(node.analysis).length;
        return group(`Quotes (${count})`, 'quote', count > 0);
      }
      case 'markedWords': {
        const item = group(`Scare quotes, terms and titles (${markedWordsOf(node.analysis).length})`, 'symbol-string', true, true);
        item.tooltip = 'Marks around words nobody is quoted as saying: they get no source and are not counted among the quotes.';
        return item;
      }
      case 'person': {
        const { person } = node;
        const item = new vscode.TreeItem(person.name, vscode.TreeItemCollapsibleState.Collapsed);
        item.iconPath = new vscode.ThemeIcon(person.official ? 'person' : 'account');
        const quoteCount = quotesBy(node.analysis, person.id).length;
        item.description = [person.credit ? CREDIT_LABELS[person.credit] : null, titleLabel(person), affiliationText(person), quoteCount ? plural(quoteCount, 'quote') : null].filter(Boolean).join(' · ');
        item.tooltip = [`${person.name}${person.title ? `, ${titleLabel(person)}` : ''}`, affiliationText(person), plural(person.mentions.length, 'mention')].filter(Boolean).join('\n');
        item.contextValue = 'sourcelens:person';
        item.command = this.reveal(person.mentions[0].start, person.mentions[0].end);
        return item;
      }
      case 'mention': {
        const item = new vscode.TreeItem(node.label);
        item.description = this.document ? `line ${this.document.positionAt(node.start).line + 1}` : undefined;
        item.command = this.reveal(node.start, node.end);
        return item;
      }
      case 'quote': {
        // Collapsed, with the quote trail under it: the item itself reveals the quote.
        const item = new vscode.TreeItem(preview(node.quote.text, 16, true), vscode.TreeItemCollapsibleState.Collapsed);
        item.iconPath = new vscode.ThemeIcon('quote');
        item.description = quoteSourceLabel(node.analysis, node.quote);
        item.tooltip = node.quote.text;
        item.contextValue = 'sourcelens:quote';
        item.command = this.reveal(node.quote.start, node.quote.end);
        return item;
      }
      case 'markedWord': {
        const item = new vscode.TreeItem(preview(node.quote.text, 16, true));
        item.description = node.quote.kind === 'quotation' ? undefined : MARKED_WORDS_LABELS[node.quote.kind];
        item.tooltip = node.quote.text;
        item.command = this.reveal(node.quote.start, node.quote.end);
        return item;
      }
      case 'quoteTrail': {
        const item = new vscode.TreeItem('Where else is this quote?');
        item.iconPath = new vscode.ThemeIcon('search');
        item.tooltip = 'The other articles of the workspace that carry these words or a variant of them';
        item.command = { command: 'sourcelens.quoteTrail', title: 'Where Else Is This Quote?', arguments: [this.document?.uri.toString(), node.quote.start, node.quote.end] };
        return item;
      }
    }
  }

  private reveal(start: number, end: number): vscode.Command {
    return { command: 'sourcelens.revealRange', title: 'Reveal', arguments: [this.document?.uri.toString(), start, end] };
  }

  dispose(): void {
    this.changed.dispose();
  }
}

/**
 * Items listed under one node at most: a tree of hundreds of thousands of quotes or mentions
 * stalls the extension host while VS Code takes it in.
 */
const MAX_LISTED = 1000;

function capped<T>(items: readonly T[], what: string, node: (item: T) => Node): Node[] {
  const listed = items.slice(0, MAX_LISTED).map(node);
  if (items.length > MAX_LISTED) listed.push({ kind: 'more', count: items.length - MAX_LISTED, what });
  return listed;
}

/** A top-level group, expanded when it has items; credits start collapsed, apart from the story. */
function group(label: string, icon: string, expandable: boolean, collapsed = false): vscode.TreeItem {
  const state = !expandable ? vscode.TreeItemCollapsibleState.None : collapsed ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.Expanded;
  const item = new vscode.TreeItem(label, state);
  item.iconPath = new vscode.ThemeIcon(icon);
  return item;
}

/** Creates the Article view; it follows the active editor while visible. Returns its refresh. */
export function createArticleView(cache: AnalysisCache): {
  disposable: vscode.Disposable;
  refresh: () => void;
  document: () => vscode.TextDocument | undefined;
  quotes: () => Array<{ item: vscode.TreeItem; children: vscode.TreeItem[] }>;
  groups: () => Array<{ item: vscode.TreeItem; children: vscode.TreeItem[] }>;
} {
  const tree = new ArticleTree(cache);
  const view = vscode.window.createTreeView('sourcelens.article', { treeDataProvider: tree, showCollapseAll: true });
  const follow = (): void => {
    // In a diff, the article compared from; nothing changes for an editor that is no article.
    const document = articleInFocus() ?? (tree.document?.isClosed ? undefined : tree.document);
    if (document === tree.document) return;
    tree.document = document;
    view.description = document ? vscode.workspace.asRelativePath(document.uri) : undefined;
    if (view.visible) tree.refresh();
  };
  follow();
  const disposable = vscode.Disposable.from(
    tree,
    view,
    vscode.window.onDidChangeActiveTextEditor(follow),
    view.onDidChangeVisibility(() => view.visible && tree.refresh()),
    cache.onDidChange((document) => {
      if (view.visible && document === tree.document) tree.refresh();
    }),
    vscode.workspace.onDidChangeConfiguration((event) => {
      // Switched off for the shown article: the view empties (the cache has nothing for it).
      const affected = event.affectsConfiguration('sourcelens.people.showCredits') || event.affectsConfiguration('sourcelens.quotes.markedWords') || event.affectsConfiguration('sourcelens.enable');
      if (affected && view.visible) tree.refresh();
    }),
  );
  // For the tests: items as the view shows them, each with its children; the quotes, and the top-level groups.
  const shown = (nodes: Node[]): Array<{ item: vscode.TreeItem; children: vscode.TreeItem[] }> =>
    nodes.map((node) => ({ item: tree.getTreeItem(node), children: tree.getChildren(node).map((child) => tree.getTreeItem(child)) }));
  const quotes = (): Array<{ item: vscode.TreeItem; children: vscode.TreeItem[] }> => {
    const group = tree.getChildren().find((node) => node.kind === 'quotes');
    return shown(group ? tree.getChildren(group) : []);
  };
  const groups = (): Array<{ item: vscode.TreeItem; children: vscode.TreeItem[] }> => shown(tree.getChildren());
  return { disposable, refresh: () => tree.refresh(), document: () => tree.document, quotes, groups };
}
