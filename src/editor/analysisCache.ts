import * as vscode from 'vscode';
import type { AnalysisOptions, ArticleAnalysis } from '../analysis';
import { AnalysisWorkerClient, SupersededError, TooSlowError } from './analysisWorkerClient';
import { documentLength, isArticle, toRange } from './documents';
import { log } from './log';
import { settings } from './settings';
import { SpreadEmitter } from './spreadEmitter';
import { readInTurns } from './textInTurns';

/**
 * Every document is analysed in a worker thread. One up to this long (news copy) is a short one:
 * its text is sent at once and goes ahead of long ones waiting, and its result is taken in one
 * turn. Measured on the 2-core project machine (best of five, processor time): 10,000 characters
 * of news copy take 2.5 ms to analyse, of the slowest hostile text found (thousands of quotation
 * marks) 9 ms; 50,000 characters take 17 ms and 44 ms.
 */
const SHORT_LIMIT = 10_000;

/** A retry of a document too slow to analyse gets this many times the usual time limit. */
const RETRY_TIME_FACTOR = 3;

interface Entry {
  version: number;
  analysis: ArticleAnalysis;
}

/**
 * Analyses articles and keeps one result per document version. Providers read from here; edits
 * re-analyse after a pause, never on every keystroke; closing a document drops its entry.
 * Documents are analysed in a worker thread, never on the extension host's event loop: until
 * their result arrives `get` gives nothing and `whenAnalysed` waits, and a result for a version
 * that has since changed is dropped.
 */
export class AnalysisCache implements vscode.Disposable {
  private readonly entries = new Map<string, Entry>();
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly warnedTooLong = new Set<string>();
  private readonly warnedTooSlow = new Set<string>();
  /**
   * The document (the object: a closed untitled document's name is given to the next one) and
   * version being analysed in the worker, by URI, and the outcome.
   */
  private readonly inFlight = new Map<string, Flight>();
  /** Document versions whose analysis ran over the worker's time limit: not tried again until an edit. */
  private readonly tooSlow = new Map<string, number>();
  private readonly worker: AnalysisWorkerClient;
  private readonly changed = new SpreadEmitter<vscode.TextDocument>();
  private readonly disposables: vscode.Disposable[] = [this.changed];

  /** Fires when a document's analysis is ready or has changed. */
  readonly onDidChange = this.changed.event;

  constructor(extensionPath: string) {
    this.worker = AnalysisWorkerClient.forExtension(extensionPath, log.line);
    // Every article is analysed there. The thread starts as soon as activation has returned (spawning
    // it inside activation made activation slower), warmed up by the articles already shown, so that
    // the first answer is theirs; by a short text of ours if none is.
    const warmUp = setTimeout(() => {
      for (const editor of vscode.window.visibleTextEditors) this.get(editor.document);
      this.worker.warmUp();
    }, 0);
    this.disposables.push(new vscode.Disposable(() => clearTimeout(warmUp)));
    this.disposables.push(
      // A save fires this too, with no change to the text.
      vscode.workspace.onDidChangeTextDocument((event) => event.contentChanges.length > 0 && this.schedule(event.document)),
      vscode.workspace.onDidCloseTextDocument((document) => this.forget(document.uri)),
      vscode.workspace.onDidChangeConfiguration((event) => {
        // Only the extra titles change results, and the size limit and the on/off switch what is analysed at all.
        if (event.affectsConfiguration('sourcelens.enable')) this.clear(true);
        else if (event.affectsConfiguration('sourcelens.titles') || event.affectsConfiguration('sourcelens.analysis')) this.clear();
      }),
    );
  }

  /** The analysis of the document as it is now, if known; if not, sends it to the worker (`whenAnalysed` waits for it). */
  get(document: vscode.TextDocument): ArticleAnalysis | undefined {
    if (!isArticle(document)) return undefined;
    const key = document.uri.toString();
    const entry = this.entries.get(key);
    if (entry && entry.version === document.version) return entry.analysis;
    // Already on its way from the worker: every view asks while it waits.
    if (this.pending(document)) return undefined;
    return this.analyze(document);
  }

  /** A worker is analysing the document as it is now; its result will fire `onDidChange`. */
  pending(document: vscode.TextDocument): boolean {
    return this.flightOf(document) !== undefined;
  }

  /** The worker's analysis of this very document at its current version, if one is on its way. */
  private flightOf(document: vscode.TextDocument): Flight | undefined {
    const flight = this.inFlight.get(document.uri.toString());
    return flight && flight.document === document && flight.version === document.version ? flight : undefined;
  }

  /**
   * The analysis of the document as it is now, waiting for the worker if it is analysing it:
   * for providers that VS Code asks once per version, such as the Outline.
   */
  async whenAnalysed(document: vscode.TextDocument): Promise<ArticleAnalysis | undefined> {
    const now = this.get(document);
    if (now) return now;
    const key = document.uri.toString();
    const flight = this.flightOf(document);
    if (!flight) return undefined;
    await flight.done.catch(() => undefined);
    const entry = this.entries.get(key);
    return entry && entry.version === document.version ? entry.analysis : undefined;
  }

  /** The document was too slow to analyse at this version (the worker stopped it). */
  isTooSlow(document: vscode.TextDocument): boolean {
    return this.tooSlow.get(document.uri.toString()) === document.version;
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
        // A hover may already have analysed this version.
        if (!document.isClosed) this.get(document);
      }, settings(document).analysisDelay),
    );
  }

  private analyze(document: vscode.TextDocument): undefined {
    const key = document.uri.toString();
    const { maxDocumentLength } = settings(document);
    const options = analysisOptions(document);
    // The length without the text: copying out a 1 MB document's text takes milliseconds, which a large one pays in a turn of its own.
    const length = documentLength(document);
    if (length > maxDocumentLength) {
      this.entries.delete(key);
      if (!this.warnedTooLong.has(key)) {
        this.warnedTooLong.add(key);
        void vscode.window.showInformationMessage(
          `Source Lens skipped ${vscode.workspace.asRelativePath(document.uri)}: it has ${length.toLocaleString()} characters, more than the limit of ${maxDocumentLength.toLocaleString()} (setting "sourcelens.analysis.maxDocumentLength").`,
        );
      }
      return undefined;
    }
    // Short articles too go to the worker: the host then never loads the language model, whose
    // first use held its event loop when the first article opened (the integration suite's
    // firstArticleMaxStallMs, median of 14 runs 285 ms before, of 16 runs 43 ms since, on the
    // loaded 2-core machine), nor spends the milliseconds each analysis takes.
    if (!this.isTooSlow(document)) this.analyzeInWorker(document, options);
    return undefined;
  }

  /**
   * Analyses a document marked too slow again, now, allowing it three times the usual time: for
   * the "Try again" of the message and the status bar entry.
   */
  retry(document: vscode.TextDocument): void {
    const key = document.uri.toString();
    this.tooSlow.delete(key);
    this.warnedTooSlow.delete(key);
    this.entries.delete(key);
    this.analyzeInWorker(document, analysisOptions(document), this.worker.defaultTimeLimitMs * RETRY_TIME_FACTOR);
    this.changed.fire(document);
  }

  private analyzeInWorker(document: vscode.TextDocument, options: AnalysisOptions, timeLimitMs?: number): void {
    const key = document.uri.toString();
    const version = document.version;
    if (this.flightOf(document)) return;
    const flight: Flight = { document, version, done: Promise.resolve() };
    const long = documentLength(document) > SHORT_LIMIT;
    // A long text is copied out in slices, a turn each, and posted with the last: asked for
    // while VS Code hands over a newly opened document, it would lengthen that turn by as much
    // again. A short one costs nothing to copy and goes at once.
    // Changed, closed or dropped meanwhile: a newer request (or none) takes its place.
    const current = (): boolean => this.inFlight.get(key) === flight && !document.isClosed && document.version === version;
    const text = long
      ? nextTurn().then(() => readInTurns(documentLength(document), (start, end) => document.getText(toRange(document, start, end)), () => document.getText(), current, nextTurn))
      : Promise.resolve().then(() => (current() ? document.getText() : undefined));
    flight.done = text
      .then((copied) => {
        if (copied === undefined || !current()) throw new SupersededError();
        return this.worker.analyze(key, copied, options, timeLimitMs, !long);
      })
      .then(
        (analysis) => {
          if (this.inFlight.get(key) === flight) this.inFlight.delete(key);
          // Stale: the document changed while the worker worked; the newer version is on its way.
          if (document.isClosed || document.version !== version) return;
          // A large result: its listeners take turns, so the host never runs them all in one go.
          this.store(document, version, analysis, long);
        },
        (error: unknown) => {
          if (this.inFlight.get(key) === flight) this.inFlight.delete(key);
          // Replaced by a newer version of the document, which the worker analyses instead.
          if (error instanceof SupersededError) return;
          if (error instanceof TooSlowError) this.markTooSlow(document, version, error);
          else this.reportFailure(document, error);
        },
      );
    this.inFlight.set(key, flight);
  }

  private store(document: vscode.TextDocument, version: number, analysis: ArticleAnalysis, spread = false): void {
    this.entries.set(document.uri.toString(), { version, analysis });
    if (spread) this.changed.fireSpread(document);
    else this.changed.fire(document);
  }

  /** Marks the version too slow to analyse, says so once per document, and lets views show it. */
  private markTooSlow(document: vscode.TextDocument, version: number, error: TooSlowError): void {
    const key = document.uri.toString();
    this.tooSlow.set(key, version);
    this.entries.delete(key);
    if (!this.warnedTooSlow.has(key)) {
      this.warnedTooSlow.add(key);
      const retry = `Try Again with ${Math.round((error.limitMs * RETRY_TIME_FACTOR) / 1000)} Seconds`;
      void vscode.window
        .showWarningMessage(`Source Lens: ${vscode.workspace.asRelativePath(document.uri)} is too slow to analyse: ${error.message}. It is tried again after the next edit.`, retry)
        .then((choice) => choice === retry && !document.isClosed && this.retry(document));
    }
    this.changed.fire(document);
  }

  /** The analysis is meant never to throw; if it does, say so once and keep the editor working. */
  private reportFailure(document: vscode.TextDocument, error: unknown): void {
    log.error(`analysis of ${document.uri.toString(true)} failed`, error);
    void vscode.window.showWarningMessage(`Source Lens could not analyse ${vscode.workspace.asRelativePath(document.uri)}: ${error instanceof Error ? error.message : String(error)}`);
  }

  private forget(uri: vscode.Uri): void {
    const key = uri.toString();
    this.entries.delete(key);
    this.inFlight.delete(key);
    this.tooSlow.delete(key);
    this.warnedTooSlow.delete(key);
    this.worker.cancel(key);
    clearTimeout(this.timers.get(key));
    this.timers.delete(key);
  }

  /**
   * Drops every result and analyses the open articles again, so views and decorations follow;
   * with `everyOpen`, every open document, as one switched on may not have been analysed yet.
   */
  private clear(everyOpen = false): void {
    const open = vscode.workspace.textDocuments.filter((document) => everyOpen || this.entries.has(document.uri.toString()));
    this.entries.clear();
    this.inFlight.clear();
    this.tooSlow.clear();
    this.warnedTooLong.clear();
    for (const document of open) {
      // Switched off: nothing to analyse, but the providers must drop what they show.
      if (!this.get(document) && !this.pending(document)) this.changed.fire(document);
    }
  }

  dispose(): void {
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
    this.entries.clear();
    this.worker.dispose();
    vscode.Disposable.from(...this.disposables).dispose();
  }
}

interface Flight {
  document: vscode.TextDocument;
  version: number;
  done: Promise<unknown>;
}

/** How to read a document: the user's extra titles, and Markdown as prose only outside its code and markup. */
function analysisOptions(document: vscode.TextDocument): AnalysisOptions {
  return { extraTitles: settings(document).extraTitles, markdown: document.languageId === 'markdown' };
}

const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));
