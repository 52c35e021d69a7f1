import * as vscode from 'vscode';
import { quotesInCommon, type QuoteChanges, type SiblingMatch, type VersionDiff } from '../../analysis';
import type { Span } from '../../analysis';
import { openingWords } from '../../analysis';
import { SupersededError } from '../analysisWorkerClient';
import { articleInFocus } from '../documents';
import { settings } from '../settings';
import { fileName, readArticleText } from './readArticle';
import { versionShare } from './versionLabels';
import { preview } from '../plainLabels';
import type { WorkspaceVersionIndex } from './workspaceIndex';

type Node =
  | { kind: 'sibling'; current: vscode.Uri; match: SiblingMatch; sibling: vscode.Uri }
  | { kind: 'quoting'; current: vscode.Uri; match: SiblingMatch; other: vscode.Uri }
  | { kind: 'group'; label: string; icon: string; items: Node[] }
  | Leaf
  | { kind: 'message'; label: string };

interface Leaf {
  kind: 'leaf';
  label: string;
  description?: string;
  tooltip?: string;
  icon: string;
  /** Where the item is: in the open article or in the sibling. */
  uri: vscode.Uri;
  span: { start: number; end: number };
}

/**
 * The Versions view: the other versions of the active article and what differs in each; then the
 * digests that carry it (or the articles it carries), and the stories that quote the same words,
 * with the quotes in common and any change in their wording.
 */
class VersionsTree implements vscode.TreeDataProvider<Node> {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;
  document: vscode.TextDocument | undefined;
  /** The two texts and what differs, per pair and version of the open article: read and compared once. */
  private readonly diffs = new Map<string, Promise<{ diff: VersionDiff; aText: string; bText: string }>>();

  constructor(private readonly index: WorkspaceVersionIndex) {}

  refresh(): void {
    this.diffs.clear();
    this.changed.fire();
  }

  async getChildren(node?: Node): Promise<Node[]> {
    if (!node) return this.siblings();
    if (node.kind === 'sibling') return this.differences(node);
    if (node.kind === 'quoting') return this.commonQuotes(node);
    if (node.kind === 'group') return node.items;
    return [];
  }

  private async siblings(): Promise<Node[]> {
    const document = this.document;
    if (!document) {
      await setState('noArticle');
      return [];
    }
    if (!this.index.built) {
      await setState('notIndexed');
      return [];
    }
    let matches: SiblingMatch[];
    try {
      matches = await this.index.relatedTo(document);
    } catch (error) {
      // A newer look-up of the same article took over: it fills the view.
      if (error instanceof SupersededError) return [];
      return [{ kind: 'message', label: `Cannot find versions: ${error instanceof Error ? error.message : String(error)}` }];
    }
    if (document !== this.document) return [];
    await setState(matches.length > 0 ? 'some' : 'none');
    const sibling = (match: SiblingMatch): Node => ({ kind: 'sibling', current: document.uri, match, sibling: vscode.Uri.parse(match.id, true) });
    const nodes: Node[] = matches.filter((m) => m.relation === 'version').map(sibling);
    const section = (label: string, icon: string, items: Node[]): void => {
      if (items.length > 0) nodes.push({ kind: 'group', label: `${label} (${items.length})`, icon, items });
    };
    section('Contains this story', 'list-unordered', matches.filter((m) => m.relation === 'part of').map(sibling));
    section('Part of this article', 'list-unordered', matches.filter((m) => m.relation === 'contains').map(sibling));
    section('Shares quotes with', 'quote', matches.filter((m) => m.relation === 'shares quotes').map((match) => ({ kind: 'quoting', current: document.uri, match, other: vscode.Uri.parse(match.id, true) })));
    return nodes;
  }

  /** The quotes the open article has in common with a story that is not a version of it. */
  private async commonQuotes(node: Extract<Node, { kind: 'quoting' }>): Promise<Node[]> {
    let quotes: Pick<QuoteChanges, 'same' | 'changed'>;
    let aText: string;
    let bText: string;
    try {
      [aText, bText] = await Promise.all([readArticleText(node.current), readArticleText(node.other)]);
      quotes = quotesInCommon(aText, bText, { extraTitles: settings().extraTitles });
    } catch (error) {
      return [{ kind: 'message', label: `Cannot compare: ${error instanceof Error ? error.message : String(error)}` }];
    }
    const there = fileName(node.other);
    const leaf = (a: { start: number; end: number; speaker: string | null }, b: { start: number; end: number }, changed: boolean): Leaf => ({
      kind: 'leaf',
      label: openingWords(aText.slice(a.start, a.end), 10),
      description: [a.speaker, changed ? 'worded differently' : null].filter(Boolean).join(' · ') || undefined,
      tooltip: changed ? `This article: “${aText.slice(a.start, a.end)}”\n${there}: “${bText.slice(b.start, b.end)}”` : `“${aText.slice(a.start, a.end)}”`,
      icon: changed ? 'diff-modified' : 'quote',
      uri: node.current,
      span: a,
    });
    const items = [...quotes.changed.map((q) => leaf(q.a, q.b, true)), ...quotes.same.map((q) => leaf(q.a, q.b, false))].sort((x, y) => x.span.start - y.span.start);
    return items.length > 0 ? items : [{ kind: 'message', label: 'The shared words are quoted, but no quotation was found in both' }];
  }

  private async differences(node: Extract<Node, { kind: 'sibling' }>): Promise<Node[]> {
    const key = `${node.current.toString()}|${this.document?.version}|${node.sibling.toString()}`;
    let pending = this.diffs.get(key);
    if (!pending) {
      // In the Versions' worker: comparing takes tens of milliseconds for an ordinary story, seconds for long ones.
      pending = Promise.all([readArticleText(node.current), readArticleText(node.sibling)]).then(async ([aText, bText]) => ({
        diff: await this.index.worker.compare(`compare ${node.current.toString()} ${node.sibling.toString()}`, aText, bText, { extraTitles: settings().extraTitles }),
        aText,
        bText,
      }));
      this.diffs.set(key, pending);
    }
    let diff: VersionDiff;
    let aText: string;
    let bText: string;
    try {
      ({ diff, aText, bText } = await pending);
    } catch (error) {
      this.diffs.delete(key);
      return [{ kind: 'message', label: `Cannot compare: ${error instanceof Error ? error.message : String(error)}` }];
    }
    const here = node.current;
    const there = node.sibling;
    const groups: Node[] = [];
    const group = (label: string, icon: string, items: Leaf[]): void => {
      if (items.length > 0) groups.push({ kind: 'group', label: `${label} (${items.length})`, icon, items });
    };
    const leaf = (uri: vscode.Uri, text: string, span: Span | { start: number; end: number }, icon: string, description?: string): Leaf => ({
      kind: 'leaf',
      label: openingWords(text.slice(span.start, span.end), 10),
      description,
      tooltip: text.slice(span.start, span.end),
      icon,
      uri,
      span,
    });
    if (diff.header.changed) {
      const describe = (h: VersionDiff['header']['a']): string => (h ? [h.dateline, h.date].filter(Boolean).join(', ') || 'none' : 'none');
      groups.push({ kind: 'leaf', label: `Header: ${describe(diff.header.a)} → ${describe(diff.header.b)}`, icon: 'location', uri: here, span: diff.header.a ?? { start: 0, end: 0 } });
    }
    group('Only in this version', 'diff-removed', diff.onlyInA.map((span) => leaf(here, aText, span, 'diff-removed')));
    group(`Only in ${fileName(there)}`, 'diff-added', diff.onlyInB.map((span) => leaf(there, bText, span, 'diff-added')));
    group('Reworded', 'diff-modified', diff.reworded.map((r) => leaf(here, aText, r.a, 'diff-modified', `${Math.round(r.similarity * 100)}% alike`)));
    // Quotes in quotation marks, without the trailing comma of the cut.
    const quoteLeaf = (uri: vscode.Uri, text: string, span: { start: number; end: number }, speaker: string | null): Leaf => ({
      ...leaf(uri, text, span, 'quote', speaker ?? undefined),
      label: preview(text.slice(span.start, span.end), 10, true),
    });
    group('Quotes worded differently', 'quote', diff.quotes.changed.map((q) => ({
      ...quoteLeaf(here, aText, q.a, q.a.speaker),
      tooltip: `This version: “${aText.slice(q.a.start, q.a.end)}”\n${fileName(there)}: “${bText.slice(q.b.start, q.b.end)}”`,
    })));
    group('Quotes only in this version', 'quote', diff.quotes.onlyInA.map((q) => quoteLeaf(here, aText, q, q.speaker)));
    group(`Quotes only in ${fileName(there)}`, 'quote', diff.quotes.onlyInB.map((q) => quoteLeaf(there, bText, q, q.speaker)));
    group('People named differently', 'person', diff.people.map((change) => {
      const side = change.a ?? change.b!;
      const where = change.kind === 'onlyInA' ? 'only in this version' : change.kind === 'onlyInB' ? `only in ${fileName(there)}` : [change.nameChanged ? 'name' : null, change.titleChanged ? 'title' : null].filter(Boolean).join(' and ') + ' differ';
      const title = (s: typeof change.a) => (s ? `${s.name}${s.title ? `, ${s.title}` : ''}` : '—');
      return { kind: 'leaf', label: side.name, description: where, tooltip: `This version: ${title(change.a)}\n${fileName(there)}: ${title(change.b)}`, icon: 'person', uri: change.a ? here : there, span: side.mention };
    }));
    if (groups.length === 0) groups.push({ kind: 'message', label: 'No differences beyond style (spelling, quote marks, honorifics)' });
    return groups;
  }

  getTreeItem(node: Node): vscode.TreeItem {
    switch (node.kind) {
      case 'sibling': {
        const fp = this.index.fingerprintOf(node.sibling);
        const current = this.document ? this.index.fingerprintOf(this.document.uri) : undefined;
        const item = new vscode.TreeItem(fileName(node.sibling), vscode.TreeItemCollapsibleState.Collapsed);
        item.iconPath = new vscode.ThemeIcon('versions');
        const delta = fp && current ? fp.words - current.words : 0;
        const length = delta === 0 ? 'same length' : `${Math.abs(delta).toLocaleString()} words ${delta > 0 ? 'longer' : 'shorter'}`;
        const via = node.match.via ? `through ${fileName(vscode.Uri.parse(node.match.via, true))}` : versionShare(node.match, fp && current ? { version: fp.words, article: current.words } : undefined);
        item.description = [via, fp?.dateline, fp?.date, length].filter(Boolean).join(' · ');
        const tooltip = new vscode.MarkdownString();
        tooltip.appendText(`${fp?.headline ?? fileName(node.sibling)}\n\n`);
        if (node.match.via) tooltip.appendText(`A version of a version: it shares little with this article directly, but each step on the way through ${fileName(vscode.Uri.parse(node.match.via, true))} is a version.\n\n`);
        tooltip.appendText(`${Math.round(node.match.containment * 100)}% of the shorter version is found in the longer (containment); the two are ${Math.round(node.match.similarity * 100)}% alike overall (resemblance of their 5-word runs, style ignored); ${Math.round(node.match.evidence.narrativeShare * 100)}% of the shorter's own words outside quotation marks are in the other.\n\n`);
        if (fp) tooltip.appendText(`${fp.words.toLocaleString()} words in ${fp.paragraphs} paragraphs${fp.dateline ? `, filed from ${fp.dateline}` : ''}${fp.date ? `, dated ${fp.date}` : ''}.\n\n`);
        tooltip.appendText('Click to compare; the inline action compares with style ignored.');
        item.tooltip = tooltip;
        item.contextValue = 'sourcelens:sibling';
        item.resourceUri = node.sibling;
        item.command = { command: 'sourcelens.compareVersions', title: 'Compare', arguments: [node.current.toString(), node.sibling.toString()] };
        return item;
      }
      case 'quoting': {
        const fp = this.index.fingerprintOf(node.other);
        const item = new vscode.TreeItem(fileName(node.other), vscode.TreeItemCollapsibleState.Collapsed);
        item.iconPath = new vscode.ThemeIcon('quote');
        item.description = `about ${Math.round(node.match.evidence.quotedShared).toLocaleString()} quoted words in common`;
        item.tooltip = `${fp?.headline ?? fileName(node.other)}\n\nAnother story: what it shares with this article is inside quotation marks. Expand to see the quotes in common and any change in their wording.`;
        item.resourceUri = node.other;
        item.command = { command: 'sourcelens.compareVersions', title: 'Compare', arguments: [node.current.toString(), node.other.toString()] };
        return item;
      }
      case 'group': {
        const item = new vscode.TreeItem(node.label, vscode.TreeItemCollapsibleState.Expanded);
        item.iconPath = new vscode.ThemeIcon(node.icon);
        return item;
      }
      case 'leaf': {
        const item = new vscode.TreeItem(node.label);
        item.description = node.description;
        item.tooltip = node.tooltip;
        item.iconPath = new vscode.ThemeIcon(node.icon);
        item.command = { command: 'sourcelens.revealRange', title: 'Reveal', arguments: [node.uri.toString(), node.span.start, node.span.end] };
        return item;
      }
      case 'message':
        return new vscode.TreeItem(node.label);
    }
  }

  dispose(): void {
    this.changed.dispose();
  }
}

type ViewState = 'noArticle' | 'notIndexed' | 'none' | 'some';

/** Drives the view's welcome content (package.json `viewsWelcome`). */
function setState(state: ViewState): Thenable<unknown> {
  return vscode.commands.executeCommand('setContext', 'sourcelens.versions.state', state);
}

/**
 * Creates the Versions view. It follows the active editor only while visible, and indexes the
 * workspace the first time it is shown.
 */
export function createVersionsView(index: WorkspaceVersionIndex): { disposable: vscode.Disposable; refresh: () => void } {
  const tree = new VersionsTree(index);
  const view = vscode.window.createTreeView('sourcelens.versions', { treeDataProvider: tree, showCollapseAll: true });
  let timer: ReturnType<typeof setTimeout> | undefined;
  const follow = (): void => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      // In a diff, the article compared from: clicking a version keeps the view on this article.
      const document = articleInFocus();
      if (!document || document === tree.document) return;
      tree.document = document;
      view.description = document ? fileName(document.uri) : undefined;
      // A build in progress refreshes the view when it ends (index.onDidChange).
      if (view.visible && document && !index.built) void index.ensureBuilt();
      if (view.visible) tree.refresh();
    }, 150);
  };
  const onVisible = (): void => {
    if (!view.visible) return;
    const active = articleInFocus();
    if (active) tree.document = active;
    // The workspace is read only once there is an article to find versions of.
    if (tree.document) void index.ensureBuilt();
    tree.refresh();
  };
  onVisible();
  const disposable = vscode.Disposable.from(
    tree,
    view,
    new vscode.Disposable(() => clearTimeout(timer)),
    vscode.window.onDidChangeActiveTextEditor(() => view.visible && follow()),
    view.onDidChangeVisibility(onVisible),
    index.onDidChange(() => view.visible && tree.refresh()),
    vscode.workspace.onDidSaveTextDocument((document) => {
      if (view.visible && document === tree.document) tree.refresh();
    }),
  );
  return { disposable, refresh: () => tree.refresh() };
}
