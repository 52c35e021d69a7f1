import * as vscode from 'vscode';
import { AnalysisCache } from './editor/analysisCache';
import { registerAnalysisStatus } from './editor/analysisStatus';
import { AnalysisWorkerClient, setWorkerCompileCache } from './editor/analysisWorkerClient';
import { createArticleView } from './editor/articleView';
import { registerArticleViewMenus } from './editor/articleViewMenus';
import { lookUpAddress, registerCommands } from './editor/commands';
import { articleReader } from './editor/convertedFormats';
import { DismissedProblems } from './editor/dismissedProblems';
import { SUPPORTED_LANGUAGES } from './editor/documents';
import { registerHovers } from './editor/hover';
import { log, registerLog } from './editor/log';
import { registerMentionNavigation } from './editor/mentions';
import { registerOpenAsArticle } from './editor/openAsArticle';
import { registerOutline } from './editor/outline';
import { QuoteDecorator, type DrawnQuote } from './editor/quoteDecorations';
import { registerQuoteDiagnostics } from './editor/quoteDiagnostics';
import { registerQuoteFixes } from './editor/quoteFixes';
import { registerSpeakerInlayHints } from './editor/speakerInlayHints';
import { registerStatusItem } from './editor/statusItem';
import { registerWalkthrough } from './editor/walkthrough';
import { registerNormalizedDocuments } from './editor/versions/normalizedDocuments';
import { registerQuoteTrail } from './editor/versions/quoteTrail';
import { setArticleReader } from './editor/versions/readArticle';
import { registerVersionCommands } from './editor/versions/versionCommands';
import { createVersionsView } from './editor/versions/versionsView';
import { WorkspaceVersionIndex } from './editor/versions/workspaceIndex';
import { registerSourceSearch } from './editor/sources/sourceSearch';
import { createSourcesView, type SourceNode } from './editor/sources/sourcesView';
import { WorkspaceSources } from './editor/sources/workspaceSources';
import { registerSourceReport, type ReportPanelProbe } from './editor/report/reportPanel';
import { registerExportCommand } from './editor/exportCommand';
import { registerSourceReferences } from './editor/sources/sourceReferences';

/** What the extension offers other extensions (and its integration tests). */
export interface SourceLensApi {
  /** The quotations last drawn in the editor showing `uri`. */
  drawnQuotes(uri: vscode.Uri): DrawnQuote[];
  /** The other versions of an article found in the workspace (indexing it first if needed). */
  siblingsOf(document: vscode.TextDocument): Promise<Array<{ uri: vscode.Uri; similarity: number; containment: number }>>;
  /** How long `activate` took, in milliseconds. */
  readonly activationMs: number;
  /** How long the last hover card took Source Lens to make, in milliseconds (its share of the hover; VS Code's is the rest). */
  lastHoverCardMs(): number | undefined;
  /** Where the index of versions is saved in workspace storage. */
  versionIndexFile(): vscode.Uri | undefined;
  /** The text of the language status item (the active article's figures). */
  articleStatus(): string;
  /** The extension's log folder; the extension host's own log sits beside it (the tests read its warnings). */
  readonly logUri: vscode.Uri;
  /** The Sources view's tree (reading the workspace first): its items as the view shows them, each with its children. */
  sourcesView(): Promise<Array<{ item: vscode.TreeItem; children: vscode.TreeItem[] }>>;
  /** Where the workspace's source summaries are saved in workspace storage. */
  sourcesFile(): vscode.Uri | undefined;
  /** The Source Report panel's messages to and from its page, and a way to send it one. */
  readonly sourceReport: ReportPanelProbe;
  /** The Article view's quotes as it lists them, each with its children (the quote trail entry). */
  articleQuotes(): Array<{ item: vscode.TreeItem; children: vscode.TreeItem[] }>;
  /** The Article view's groups (people, quotes, scare quotes, terms and titles, credits) as it lists them, each with its items. */
  articleGroups(): Array<{ item: vscode.TreeItem; children: vscode.TreeItem[] }>;
  /** The address *Look up on the web* would open for a name. */
  lookUpAddress(name: string): string;
}

/** Kept small and synchronous: registers providers, commands and the view; analysis runs on demand. */
export function activate(context: vscode.ExtensionContext): SourceLensApi {
  const started = performance.now();
  // Before the analysis worker starts (in AnalysisCache): its compiled code is kept with the extension's global state, on disk.
  setWorkerCompileCache(context.globalStorageUri.scheme === 'file' ? vscode.Uri.joinPath(context.globalStorageUri, 'compile-cache').fsPath : undefined);
  const cache = new AnalysisCache(context.extensionPath);
  const articleView = createArticleView(cache);
  const decorator = new QuoteDecorator(cache);
  // Nothing is read until the Versions view is shown or a version command runs.
  const versionIndex = new WorkspaceVersionIndex(context.storageUri, AnalysisWorkerClient.forExtension(context.extensionPath, log.line));
  // Web pages and Word files the include glob covers are indexed as their converted article text.
  versionIndex.readArticle = articleReader(context.extensionPath);
  // And so are they when a version is compared, a quote looked for in them, or their sources read.
  setArticleReader(articleReader(context.extensionPath));
  const versionsView = createVersionsView(versionIndex);
  // Nothing is read until the Sources view is shown or a source is searched for; in its own worker thread.
  const workspaceSources = new WorkspaceSources(() => AnalysisWorkerClient.forExtension(context.extensionPath, log.line), context.storageUri, String(context.extension.packageJSON.version));
  const sourcesView = createSourcesView(workspaceSources);
  const sourceReport = registerSourceReport(context.extensionUri, workspaceSources);
  const statusItem = registerStatusItem(cache);
  const hovers = registerHovers(cache);
  const dismissedProblems = new DismissedProblems(context.workspaceState);
  context.subscriptions.push(
    registerLog(),
    versionIndex,
    versionsView.disposable,
    registerNormalizedDocuments(versionIndex.worker),
    registerVersionCommands(versionIndex, versionsView.refresh),
    registerQuoteTrail(versionIndex),
    workspaceSources,
    sourcesView.disposable,
    registerSourceSearch(workspaceSources),
    sourceReport.disposable,
    registerExportCommand(() => AnalysisWorkerClient.forExtension(context.extensionPath, log.line)),
    registerSourceReferences(workspaceSources, cache),
    cache,
    registerAnalysisStatus(cache),
    statusItem.disposable,
    articleView.disposable,
    hovers.disposable,
    decorator,
    registerSpeakerInlayHints(cache),
    dismissedProblems,
    registerQuoteDiagnostics(cache, dismissedProblems),
    registerQuoteFixes(cache, dismissedProblems),
    registerArticleViewMenus(articleView.document),
    registerWalkthrough(context.extensionUri),
    registerOpenAsArticle(context.extensionPath),
    registerMentionNavigation(cache),
    registerOutline(cache),
    registerCommands(cache, articleView.refresh),
    vscode.workspace.onDidChangeConfiguration((event) => ['sourcelens.versions', 'sourcelens.enable', 'files.exclude'].some((section) => event.affectsConfiguration(section)) && versionIndex.settingsChanged()),
  );
  void vscode.commands.executeCommand('setContext', 'sourcelens.supportedLanguages', SUPPORTED_LANGUAGES);
  const activationMs = performance.now() - started;
  return {
    activationMs,
    lastHoverCardMs: hovers.lastCardMs,
    drawnQuotes: (uri) => decorator.drawnQuotes(uri),
    siblingsOf: async (document) => {
      await versionIndex.ensureBuilt();
      return versionIndex.siblingsOf(document).map((match) => ({ uri: vscode.Uri.parse(match.id, true), similarity: match.similarity, containment: match.containment }));
    },
    versionIndexFile: () => versionIndex.savedFile,
    articleStatus: statusItem.text,
    logUri: context.logUri,
    sourcesFile: () => workspaceSources.savedFile,
    sourceReport: sourceReport.probe,
    articleQuotes: () => articleView.quotes(),
    articleGroups: () => articleView.groups(),
    lookUpAddress,
    sourcesView: async () => {
      await workspaceSources.ensureBuilt();
      const tree = sourcesView.tree;
      const roots = (await tree.getChildren()) ?? [];
      return Promise.all(
        roots.map(async (node: SourceNode) => ({
          item: await tree.getTreeItem(node),
          children: await Promise.all(((await tree.getChildren(node)) ?? []).map((child) => tree.getTreeItem(child))),
        })),
      );
    },
  };
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
