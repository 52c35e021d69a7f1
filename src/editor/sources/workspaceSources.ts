import * as vscode from 'vscode';
import { inSkippedFolder, isMarkdownPath, SourceMerge, type FileSourceSummary, type WorkspaceSource } from '../../analysis';
import { SupersededError, type AnalysisWorkerClient } from '../analysisWorkerClient';
import { documentLength, isArticle } from '../documents';
import { log } from '../log';
import { settings, versionSettings } from '../settings';
import { readArticleText } from '../versions/readArticle';
import { CHANGE_DEBOUNCE_MS, rereadPauseMs } from './rereadPause';

/**
 * During a build the view shows what is read so far, refreshed at most this often: each refresh
 * merges the sources the new files touched and redraws the view, which per file would cost the
 * host more than it is worth.
 */
const BUILD_REFRESH_MS = 2000;
/** The summaries in workspace storage, with each file's modification time and size, so a reopened workspace re-reads only changed files. */
const SAVE_FILE = 'sources.json';
/** Raised when the summary's shape changes, so an older save is not read. */
const SAVE_FORMAT = 2;
const SAVE_DELAY_MS = 2000;
/** Saved summaries merged between two turns of the event loop when a workspace reopens. */
const LOAD_BATCH = 500;

interface SavedSources {
  format: number;
  /** The extension's version and the settings the analysis reads: a different one means reading every file again. */
  key: string;
  files: Array<[id: string, mtime: number, size: number, summary: FileSourceSummary]>;
}

/**
 * Who is quoted across the workspace: a small summary per article (its people and quotations
 * with their sources, see `summarizeSources`), made in a worker thread so the extension host
 * never analyses, and merged file by file (`SourceMerge`, what `collectSources` gives). Built
 * once, when first asked for (the Sources view shown, a search), with cancellable progress; then
 * a changed file, or an edited open article, costs one analysis and a merge of what it touches.
 */
export class WorkspaceSources implements vscode.Disposable {
  private readonly summaries = new Map<string, FileSourceSummary>();
  /** The file's stamp when its summary is of the file as saved (not of unsaved edits). */
  private readonly stamps = new Map<string, { mtime: number; size: number }>();
  /** The version of the open document a summary was made from: the same version is not sent to the worker again. */
  private readonly summarisedVersions = new Map<string, number>();
  private saveTimer: ReturnType<typeof setTimeout> | undefined;
  private worker: AnalysisWorkerClient | undefined;
  /** The summaries merged into sources, kept up to date per changed file (`SourceMerge`). */
  private merge = new SourceMerge();
  private build: Promise<void> | undefined;
  private readonly pending = new Map<string, vscode.Uri>();
  private pendingTimer: ReturnType<typeof setTimeout> | undefined;
  /** The longest pause asked for by the changes waiting: a short one never cuts a long article's pause short. */
  private pendingPauseMs = 0;
  private draining: Promise<void> | undefined;
  private listeners: vscode.Disposable | undefined;
  private readonly changed = new vscode.EventEmitter<void>();
  /** Fires when sources were added, changed or removed. */
  readonly onDidChange = this.changed.event;
  built = false;
  building = false;

  /**
   * `newWorker` starts a worker thread of the Sources' own, so reading the workspace never delays
   * the open article's analysis: one kept for changed files, and a second only while a build runs.
   */
  constructor(
    private readonly newWorker: () => AnalysisWorkerClient,
    private readonly storage: vscode.Uri | undefined,
    private readonly version: string,
  ) {}

  /** Builds once; later calls wait for the same build. */
  ensureBuilt(): Promise<void> {
    return this.startBuild(true);
  }

  private startBuild(fromSaved: boolean): Promise<void> {
    this.build ??= this.buildAll(fromSaved).catch((error: unknown) => {
      this.build = undefined;
      this.building = false;
      void vscode.window.showErrorMessage(`Source Lens could not read the workspace's sources: ${error instanceof Error ? error.message : String(error)}`);
    });
    return this.build;
  }

  /** Reads every article again (asked for by the user). */
  async rebuild(): Promise<void> {
    await this.build;
    this.summaries.clear();
    this.merge = new SourceMerge();
    this.stamps.clear();
    this.built = false;
    this.build = undefined;
    this.afterChange();
    // Every file read again, not the saved summaries.
    return this.startBuild(false);
  }

  /** Every source quoted in the workspace's articles, most quoted first. */
  sources(): WorkspaceSource[] {
    return this.merge.sources();
  }

  /** The key a person's quotes are merged under across the workspace (see `PersonKeys`). */
  personKey(name: string, title: string | null): string {
    return this.merge.personKey(name, title);
  }

  /** Each article's summary, by URI string. */
  files(): ReadonlyMap<string, FileSourceSummary> {
    return this.summaries;
  }

  private async buildAll(fromSaved: boolean): Promise<void> {
    this.building = true;
    // Listening from the start: a file changed while the build runs is read again after it.
    this.listen();
    if (fromSaved) await this.load();
    await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: 'Source Lens: reading who is quoted', cancellable: true },
      async (progress, token) => {
        // No exclude pattern given, so the user's "files.exclude" applies; our own skipped folders are filtered here.
        const files = (await vscode.workspace.findFiles(versionSettings().include, undefined, undefined, token)).filter((uri) => !inSkippedFolder(uri.path));
        const present = new Set(files.map((uri) => uri.toString()));
        for (const id of this.summaries.keys()) if (!present.has(id)) this.forget(id);
        let next = 0;
        let done = 0;
        let refreshed = performance.now();
        // Two workers on two cores; a file already summarised (saved, unchanged) costs neither.
        const helper = this.newWorker();
        const reader = async (worker: AnalysisWorkerClient): Promise<void> => {
          while (next < files.length && !token.isCancellationRequested) {
            await this.update(files[next++], worker);
            done++;
            progress.report({ message: `${done.toLocaleString()} of ${files.length.toLocaleString()}`, increment: 100 / files.length });
            if (performance.now() - refreshed > BUILD_REFRESH_MS) {
              refreshed = performance.now();
              this.afterChange();
            }
          }
        };
        await Promise.all([reader(this.keptWorker), reader(helper)]).finally(() => helper.dispose());
        if (token.isCancellationRequested) {
          void vscode.window.showInformationMessage(`Source Lens read ${done.toLocaleString()} of ${files.length.toLocaleString()} articles before you stopped it; Refresh Sources reads them all.`);
        }
      },
    );
    this.built = true;
    this.building = false;
    this.afterChange();
  }

  /** Reads and summarises one article; an unreadable, too large or vanished one is dropped. */
  private async update(uri: vscode.Uri, worker = this.keptWorker): Promise<void> {
    const id = uri.toString();
    try {
      const open = vscode.workspace.textDocuments.find((document) => document.uri.toString() === id);
      // Summarised at this very version (its edits just saved, the watcher reporting the write): nothing to read again.
      if (open && this.summarisedVersions.get(id) === open.version && this.summaries.has(id)) {
        if (!open.isDirty) {
          // Saved since: the file holds the text summarised.
          const stat = await vscode.workspace.fs.stat(uri);
          this.stamps.set(id, { mtime: stat.mtime, size: stat.size });
        }
        return;
      }
      const version = open?.version;
      let stamp: { mtime: number; size: number } | undefined;
      if (!open?.isDirty) {
        const stat = await vscode.workspace.fs.stat(uri);
        if (stat.type & vscode.FileType.Directory || stat.size > versionSettings().maxFileSize) {
          this.forget(id);
          return;
        }
        stamp = { mtime: stat.mtime, size: stat.size };
        const known = this.stamps.get(id);
        if (known && known.mtime === stamp.mtime && known.size === stamp.size && this.summaries.has(id)) return;
      }
      const text = await readArticleText(uri);
      const summary = await worker.sources(`sources ${id}`, text, { extraTitles: settings().extraTitles, markdown: isMarkdownPath(uri.path) });
      this.summaries.set(id, summary);
      this.merge.set(id, summary);
      if (stamp) this.stamps.set(id, stamp);
      else this.stamps.delete(id);
      if (version === undefined) this.summarisedVersions.delete(id);
      else this.summarisedVersions.set(id, version);
    } catch (error) {
      // A newer read of the same file took over: it decides.
      if (error instanceof SupersededError) return;
      this.forget(id);
    }
  }

  private listen(): void {
    if (this.listeners) return;
    const watcher = vscode.workspace.createFileSystemWatcher(versionSettings().include);
    const changed = (uri: vscode.Uri): void => {
      if (!inSkippedFolder(uri.path)) this.schedule(uri);
    };
    const inWorkspace = (document: vscode.TextDocument): boolean => vscode.workspace.getWorkspaceFolder(document.uri) !== undefined && this.summaries.has(document.uri.toString());
    this.listeners = vscode.Disposable.from(
      watcher,
      watcher.onDidCreate(changed),
      watcher.onDidChange(changed),
      watcher.onDidDelete((uri) => {
        this.pending.delete(uri.toString());
        if (this.summaries.has(uri.toString())) {
          this.forget(uri.toString());
          this.afterChange();
        }
      }),
      // Unsaved edits count, as in the article's own views; closing without saving goes back to the file.
      vscode.workspace.onDidChangeTextDocument((event) => {
        if (event.contentChanges.length > 0 && isArticle(event.document) && inWorkspace(event.document)) this.schedule(event.document.uri, rereadPauseMs(documentLength(event.document)));
      }),
      vscode.workspace.onDidCloseTextDocument((document) => {
        // A document opened again starts its versions afresh.
        this.summarisedVersions.delete(document.uri.toString());
        if (document.isDirty && inWorkspace(document)) this.schedule(document.uri);
      }),
    );
  }

  /** Reads a changed article after a pause, so a burst of edits or writes costs one analysis; a long article after a longer one (`rereadPauseMs`). */
  private schedule(uri: vscode.Uri, pauseMs = CHANGE_DEBOUNCE_MS): void {
    this.pending.set(uri.toString(), uri);
    this.pendingPauseMs = Math.max(this.pendingPauseMs, pauseMs);
    clearTimeout(this.pendingTimer);
    this.pendingTimer = setTimeout(() => void this.drain(), this.pendingPauseMs);
  }

  private async drain(): Promise<void> {
    if (this.draining || this.building) {
      // After the batch or the build in progress.
      this.pendingTimer = setTimeout(() => void this.drain(), CHANGE_DEBOUNCE_MS);
      return;
    }
    const batch = [...this.pending.values()];
    this.pending.clear();
    this.pendingPauseMs = 0;
    this.draining = (async () => {
      for (const uri of batch) await this.update(uri);
      this.afterChange();
    })().finally(() => (this.draining = undefined));
    await this.draining;
  }

  private get keptWorker(): AnalysisWorkerClient {
    this.worker ??= this.newWorker();
    return this.worker;
  }

  private forget(id: string): void {
    this.summaries.delete(id);
    this.summarisedVersions.delete(id);
    this.merge.delete(id);
    this.stamps.delete(id);
  }

  private afterChange(): void {
    this.changed.fire();
    if (this.built) this.scheduleSave();
  }

  private get saveKey(): string {
    return JSON.stringify([this.version, settings().extraTitles]);
  }

  /** Where the summaries are saved (workspace storage), if the workspace has storage. */
  get savedFile(): vscode.Uri | undefined {
    return this.storage && vscode.Uri.joinPath(this.storage, SAVE_FILE);
  }

  private scheduleSave(): void {
    if (!this.storage) return;
    clearTimeout(this.saveTimer);
    this.saveTimer = setTimeout(() => void this.save(), SAVE_DELAY_MS);
  }

  private async save(): Promise<void> {
    const file = this.savedFile;
    if (!file || !this.storage) return;
    const saved: SavedSources = { format: SAVE_FORMAT, key: this.saveKey, files: [] };
    for (const [id, stamp] of this.stamps) {
      const summary = this.summaries.get(id);
      if (summary) saved.files.push([id, stamp.mtime, stamp.size, summary]);
    }
    try {
      await vscode.workspace.fs.createDirectory(this.storage);
      await vscode.workspace.fs.writeFile(file, new TextEncoder().encode(JSON.stringify(saved)));
    } catch (error) {
      log.warn('Could not save the workspace sources', error);
    }
  }

  /** The summaries saved by an earlier session; a missing, damaged or outdated save is simply not used. */
  private async load(): Promise<void> {
    const file = this.savedFile;
    if (!file || this.summaries.size > 0) return;
    try {
      const saved = JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(file))) as SavedSources;
      if (saved.format !== SAVE_FORMAT || saved.key !== this.saveKey || !Array.isArray(saved.files)) return;
      for (const [i, [id, mtime, size, summary]] of saved.files.entries()) {
        this.summaries.set(id, summary);
        this.merge.set(id, summary);
        this.stamps.set(id, { mtime, size });
        // Merging thousands of saved summaries takes a second or so: let the extension host breathe between batches.
        if (i % LOAD_BATCH === LOAD_BATCH - 1) await new Promise((resolve) => setTimeout(resolve, 0));
      }
    } catch {
      // No save yet, or one we cannot read: every file is read.
    }
  }

  dispose(): void {
    clearTimeout(this.pendingTimer);
    clearTimeout(this.saveTimer);
    this.listeners?.dispose();
    this.worker?.dispose();
    this.changed.dispose();
  }
}
