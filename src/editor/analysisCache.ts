import * as vscode from 'vscode';
import { analyzeArticle, type ArticleAnalysis } from '../analysis';
import { isArticle } from './documents';
import { settings } from './settings';

interface Entry {
  version: number;
  analysis: ArticleAnalysis;
}

/**
 * Analyses articles and keeps one result per document version. Providers read from here; edits
 * re-analyse after a pause, never on every keystroke; closing a document drops its entry.
 */
export class AnalysisCache implements vscode.Disposable {
  private readonly entries = new Map<string, Entry>();
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly warnedTooLong = new Set<string>();
  private readonly changed = new vscode.EventEmitter<vscode.TextDocument>();
  private readonly disposables: vscode.Disposable[] = [this.changed];

  /** Fires when a document's analysis is ready or has changed. */
  readonly onDidChange = this.changed.event;

  constructor() {
    this.disposables.push(
      vscode.workspace.onDidChangeTextDocument((event) => this.schedule(event.document)),
      vscode.workspace.onDidCloseTextDocument((document) => this.forget(document.uri)),
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (event.affectsConfiguration('sourcelens')) this.clear();
      }),
    );
  }

  /** The analysis of the document as it is now, computed at once if the cache is stale. */
  get(document: vscode.TextDocument): ArticleAnalysis | undefined {
    if (!isArticle(document)) return undefined;
    const key = document.uri.toString();
    const entry = this.entries.get(key);
    if (entry && entry.version === document.version) return entry.analysis;
    return this.analyze(document);
  }

  /** The last analysis computed, even if the document has changed since (for quick redraws). */
  peek(document: vscode.TextDocument): ArticleAnalysis | undefined {
    return this.entries.get(document.uri.toString())?.analysis;
  }

  private schedule(document: vscode.TextDocument): void {
    if (!isArticle(document)) return;
    const key = document.uri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.set(
      key,
      setTimeout(() => {
        this.timers.delete(key);
        if (!document.isClosed) this.analyze(document);
      }, settings().analysisDelay),
    );
  }

  private analyze(document: vscode.TextDocument): ArticleAnalysis | undefined {
    const key = document.uri.toString();
    const { maxDocumentLength, extraTitles } = settings();
    const text = document.getText();
    if (text.length > maxDocumentLength) {
      this.entries.delete(key);
      if (!this.warnedTooLong.has(key)) {
        this.warnedTooLong.add(key);
        void vscode.window.showInformationMessage(
          `Source Lens skipped ${vscode.workspace.asRelativePath(document.uri)}: it has ${text.length.toLocaleString()} characters, more than the limit of ${maxDocumentLength.toLocaleString()} (setting "sourcelens.analysis.maxDocumentLength").`,
        );
      }
      return undefined;
    }
    let analysis: ArticleAnalysis;
    try {
      analysis = analyzeArticle(text, { extraTitles });
    } catch (error) {
      // The analysis is meant never to throw; if it does, say so once and keep the editor working.
      console.error('[sourcelens] analysis failed', error);
      void vscode.window.showWarningMessage(`Source Lens could not analyse ${vscode.workspace.asRelativePath(document.uri)}: ${String(error)}`);
      return undefined;
    }
    this.entries.set(key, { version: document.version, analysis });
    this.changed.fire(document);
    return analysis;
  }

  private forget(uri: vscode.Uri): void {
    const key = uri.toString();
    this.entries.delete(key);
    clearTimeout(this.timers.get(key));
    this.timers.delete(key);
  }

  private clear(): void {
    this.entries.clear();
    this.warnedTooLong.clear();
  }

  dispose(): void {
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
    this.entries.clear();
    vscode.Disposable.from(...this.disposables).dispose();
  }
}
