import * as vscode from 'vscode';
import { decodeArticle, type DecodedArticle } from '../../analysis';
import { inSkippedFolder, isMarkdownPath } from '../../analysis';
import { fingerprint, SIBLING_RULE, SiblingIndex, type DocumentFingerprint, type SiblingMatch } from '../../analysis';
import { loadIndex, saveIndex, type FileStamp, type SampleStore, type StoreFile } from '../../analysis';
import { sampleStoreIn } from '../../node/fileSampleStore';
import { SupersededError, type AnalysisWorkerClient } from '../analysisWorkerClient';
import { FingerprintPool } from '../../worker/fingerprintPool';
import { log } from '../log';
import { enabledGlobs, excludedPath } from './excludeGlobs';
import { isEnabledFor, versionSettings } from '../settings';

/** The index in workspace storage, in the store's binary format (src/analysis/siblings/indexStore.ts). */
const SAVE_FILE = 'sibling-index.bin';
/** Where earlier versions saved it as JSON lines: removed on the first save. */
const OLD_SAVE_FILE = 'sibling-index.jsonl';
/**
 * Above this many characters an article is never fingerprinted on the extension host: an unsaved
 * one is compared as last saved, one not in the index is not compared. Measured on news copy:
 * 10,000 characters take 1.6 ms, 20,000 up to 12 ms, 200,000 about 80 ms.
 */
const FRESH_FINGERPRINT_LIMIT = 10_000;
/** Changed files are read this many at a time, and the view refreshed once per batch. */
const WATCH_CONCURRENCY = 4;
const WATCH_DEBOUNCE_MS = 500;
const FILES_PER_SLICE = 25;
/** From this many files to index, a build fingerprints them in a pool of worker threads, one per core. */
const POOL_FROM_FILES = 200;

const yieldToHost = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));
const noop = (): void => undefined;

/**
 * The workspace's articles as sibling fingerprints (a few hundred bytes each, never the texts).
 * Built on first use in slices with a cancellable progress notification, kept current by a file
 * watcher, and saved in workspace storage so that a reopened workspace re-reads only the files
 * that changed. Reads go through `vscode.workspace.fs`, so remote workspaces work too.
 */
export class WorkspaceVersionIndex implements vscode.Disposable {
  private index: SiblingIndex;
  /** The save under way, if any: an index replaced meanwhile is closed when it ends. */
  private saving: Promise<void> = Promise.resolve();
  private stats = new Map<string, FileStamp>();
  private build: Promise<void> | undefined;
  private watcher: vscode.Disposable | undefined;
  private saveTimer: ReturnType<typeof setTimeout> | undefined;
  /** Files the watcher reported, by id, waiting for the next batch: true when deleted. */
  private readonly watched = new Map<string, { uri: vscode.Uri; deleted: boolean }>();
  private watchTimer: ReturnType<typeof setTimeout> | undefined;
  private watchBatch: Promise<void> | undefined;
  private readonly changed = new vscode.EventEmitter<void>();
  /** Fires when files were added, changed or removed. */
  readonly onDidChange = this.changed.event;
  built = false;

  /**
   * `worker` is the Versions' own worker thread (apart from the articles' one): it fingerprints
   * long files and compares versions, so neither stalls the host nor waits behind an analysis.
   */
  constructor(
    private readonly storage: vscode.Uri | undefined,
    readonly worker: AnalysisWorkerClient,
  ) {
    this.index = new SiblingIndex(SIBLING_RULE, this.newSampleStore());
  }

  /**
   * Where an index keeps its texts' samples: a file in the extension's storage on a desktop
   * (outside the heap, src/node/fileSampleStore.ts), memory elsewhere (the browser build, no storage).
   */
  private newSampleStore(): SampleStore {
    return sampleStoreIn(this.storage?.scheme === 'file' ? this.storage.fsPath : undefined);
  }

  /** Puts `next` in place of the index, closing the old one once no save reads it. */
  private replaceIndex(next: SiblingIndex): void {
    const old = this.index;
    this.index = next;
    void this.saving.then(() => old.close());
  }

  /** How a file's bytes become article text; the extension sets it to convert web pages and Word files (src/editor/convertedFormats.ts). */
  readArticle: (uri: vscode.Uri, bytes: Uint8Array) => DecodedArticle | Promise<DecodedArticle> = (_uri, bytes) => decodeArticle(bytes);

  get size(): number {
    return this.index.size;
  }

  /** Where the index is saved (workspace storage), if the workspace has storage. */
  get savedFile(): vscode.Uri | undefined {
    return this.storage && vscode.Uri.joinPath(this.storage, SAVE_FILE);
  }

  /** Builds the index once (later calls wait for the same build). */
  ensureBuilt(): Promise<void> {
    return this.startBuild(true);
  }

  /** Re-reads every file (a refresh asked for by the user), not the saved copy. */
  rebuild(): Promise<void> {
    this.replaceIndex(new SiblingIndex(SIBLING_RULE, this.newSampleStore()));
    this.stats.clear();
    this.build = undefined;
    return this.startBuild(false);
  }

  /**
   * The `sourcelens.versions.*` settings changed: a new watcher for the new include glob, and the
   * index read again if it had been built (an index never asked for stays unbuilt).
   */
  settingsChanged(): void {
    this.watcher?.dispose();
    this.watcher = undefined;
    if (this.build) void this.rebuild();
  }

  private startBuild(fromSaved: boolean): Promise<void> {
    this.build ??= this.buildAll(fromSaved).catch((error: unknown) => {
      this.build = undefined;
      void vscode.window.showErrorMessage(`Source Lens could not index the workspace: ${error instanceof Error ? error.message : String(error)}`);
    });
    return this.build;
  }

  /** Indexed articles sharing an index key with `text` (a quote's words), most shared first; and every indexed article. */
  articlesSharingWords(text: string): string[] {
    return this.index.candidates(fingerprint(text));
  }

  ids(): string[] {
    return this.index.ids();
  }

  fingerprintOf(uri: vscode.Uri): DocumentFingerprint | undefined {
    return this.index.get(uri.toString());
  }

  /** The other versions of `document`, most similar first; the open text counts, saved or not. */
  siblingsOf(document: vscode.TextDocument): SiblingMatch[] {
    const id = document.uri.toString();
    // Unsaved edits count, but a long article's saved fingerprint is used rather than stall the host
    // fingerprinting it; a long article not in the index is not compared at all.
    const short = document.getText().length <= FRESH_FINGERPRINT_LIMIT;
    if (!this.index.has(id) && !short) return [];
    const fresh = !this.index.has(id) || (document.isDirty && short);
    const target = fresh ? fingerprint(document.getText()) : id;
    return this.index
      .siblingsOf(target)
      .filter((match) => match.id !== id)
      .sort((a, b) => b.containment - a.containment || b.similarity - a.similarity);
  }

  /**
   * Every article related to `document`: versions (and versions of those), digests carrying it,
   * stories quoting the same words. The open text counts, saved or not; a long one not in the
   * index (or edited) is fingerprinted in the worker, never on the host.
   */
  async relatedTo(document: vscode.TextDocument): Promise<SiblingMatch[]> {
    const id = document.uri.toString();
    let target: string | DocumentFingerprint = id;
    if (!this.index.has(id) || document.isDirty) {
      const text = document.getText();
      target = text.length <= FRESH_FINGERPRINT_LIMIT ? fingerprint(text) : await this.worker.fingerprint(`open ${id}`, text);
    }
    return this.index.related(target).filter((match) => match.id !== id);
  }

  private async buildAll(fromSaved: boolean): Promise<void> {
    // Watching from the start: a file written or deleted while the build runs is not missed.
    this.watch();
    if (fromSaved) await this.load();
    const { include, exclude, maxFileSize } = versionSettings();
    await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: 'Source Lens: indexing articles', cancellable: true },
      async (progress, token) => {
        // Our exclude prunes the search, but given one findFiles stops applying the user's files.exclude: applied here.
        const excluded = excludedFiles(exclude);
        const files = (await vscode.workspace.findFiles(include, exclude, undefined, token)).filter((uri) => !excluded(uri));
        const present = new Set(files.map((uri) => uri.toString()));
        for (const id of this.index.ids()) if (!present.has(id)) this.forget(id);
        let skipped = 0;
        let done = 0;
        const reportEvery = Math.max(FILES_PER_SLICE, Math.ceil(files.length / 200));
        const counted = (): void => {
          if (++done % reportEvery !== 0 && done !== files.length) return;
          progress.report({ message: `${done.toLocaleString()} of ${files.length.toLocaleString()}`, increment: (reportEvery / Math.max(files.length, 1)) * 100 });
        };
        let told = false;
        const stopped = (): boolean => {
          if (!token.isCancellationRequested) return false;
          if (told) return true;
          told = true;
          void vscode.window.showInformationMessage(`Source Lens indexed ${this.index.size.toLocaleString()} of ${files.length.toLocaleString()} articles before you stopped it; Refresh Versions indexes the rest.`);
          return true;
        };
        if (files.length >= POOL_FROM_FILES && FingerprintPool.available()) {
          skipped = await this.addInPool(files, maxFileSize, counted, stopped);
        } else {
          for (let i = 0; i < files.length; i += FILES_PER_SLICE) {
            if (stopped()) break;
            for (const uri of files.slice(i, i + FILES_PER_SLICE)) {
              // A file deleted since the listing is simply gone, not skipped.
              if ((await this.update(uri, maxFileSize)) === 'skipped') skipped++;
              counted();
            }
            await yieldToHost();
          }
        }
        if (skipped > 0) {
          void vscode.window.showInformationMessage(
            `Source Lens left ${skipped.toLocaleString()} of ${files.length.toLocaleString()} files out of the versions index: unreadable, not text, or larger than ${maxFileSize.toLocaleString()} bytes (setting "sourcelens.versions.maxFileSize").`,
          );
        }
      },
    );
    this.built = true;
    this.scheduleSave();
    this.changed.fire();
  }

  /**
   * Indexes many files with their fingerprints made in a pool of worker threads (one per core),
   * the host only reading files and adding the results in order; returns how many were skipped.
   */
  private async addInPool(files: readonly vscode.Uri[], maxFileSize: number, counted: () => void, stopped: () => boolean): Promise<number> {
    let skipped = 0;
    const readIfChanged = (uri: vscode.Uri): ReturnType<WorkspaceVersionIndex['readIfChanged']> => this.readIfChanged(uri, maxFileSize);
    async function* changedTexts(): AsyncIterable<[{ uri: vscode.Uri; stamp: FileStamp }, string]> {
      for (const uri of files) {
        if (stopped()) return;
        const read = await readIfChanged(uri);
        if (typeof read === 'string') {
          if (read === 'skipped') skipped++;
          counted();
          continue;
        }
        yield [{ uri, stamp: read.stamp }, read.text];
      }
    }
    // Files the pool failed on (a thread that could not start or died) are indexed one by one afterwards.
    const again: vscode.Uri[] = [];
    const pool = new FingerprintPool();
    try {
      await pool.inOrder(changedTexts(), ({ uri, stamp }, parts) => {
        counted();
        if (parts instanceof Error) {
          again.push(uri);
          return;
        }
        const id = uri.toString();
        this.index.addRecord({ id, ...parts });
        this.stats.set(id, stamp);
      });
    } finally {
      await pool.close();
    }
    for (const uri of again) {
      if (stopped()) break;
      if ((await this.update(uri, maxFileSize)) === 'skipped') skipped++;
      await yieldToHost();
    }
    return skipped;
  }

  /** Indexes one file if it changed since it was indexed; 'skipped' when it cannot be (too big, not text, unreadable). */
  private async update(uri: vscode.Uri, maxFileSize: number): Promise<'indexed' | 'skipped' | 'gone'> {
    const id = uri.toString();
    try {
      const read = await this.readIfChanged(uri, maxFileSize);
      if (typeof read === 'string') return read;
      const short = read.text.length <= FRESH_FINGERPRINT_LIMIT;
      this.index.add(id, short ? fingerprint(read.text) : await this.worker.fingerprint(`fingerprint ${id}`, read.text));
      this.stats.set(id, read.stamp);
      return 'indexed';
    } catch (error) {
      // A newer read of the same file took over (the watcher during a build): it decides.
      if (error instanceof SupersededError) return 'indexed';
      this.forget(id);
      return 'skipped';
    }
  }

  /**
   * A file's text and stamp when it must be fingerprinted; 'indexed' when it has not changed since
   * it was, 'skipped' when it cannot be (too big, not text, unreadable), 'gone' when it vanished.
   * A file that cannot be indexed is dropped from the index; the other entries stay.
   */
  private async readIfChanged(uri: vscode.Uri, maxFileSize: number): Promise<'indexed' | 'skipped' | 'gone' | { text: string; stamp: FileStamp }> {
    const id = uri.toString();
    try {
      const stat = await vscode.workspace.fs.stat(uri);
      if (stat.type & vscode.FileType.Directory || stat.size > maxFileSize) {
        this.forget(id);
        return 'skipped';
      }
      const known = this.stats.get(id);
      if (known && known.mtime === stat.mtime && known.size === stat.size && this.index.has(id)) return 'indexed';
      const decoded = await this.readArticle(uri, await vscode.workspace.fs.readFile(uri));
      if (!decoded.ok) {
        this.forget(id);
        return 'skipped';
      }
      return { text: decoded.text, stamp: { mtime: stat.mtime, size: stat.size } };
    } catch (error) {
      this.forget(id);
      return error instanceof vscode.FileSystemError && error.code === 'FileNotFound' ? 'gone' : 'skipped';
    }
  }

  private forget(id: string): void {
    this.index.remove(id);
    this.stats.delete(id);
  }

  private watch(): void {
    if (this.watcher) return;
    const { include, exclude } = versionSettings();
    const watcher = vscode.workspace.createFileSystemWatcher(include);
    const excluded = excludedFiles(exclude);
    const note = (uri: vscode.Uri, deleted: boolean): void => {
      if (inSkippedFolder(uri.path) || excluded(uri)) return;
      this.watched.set(uri.toString(), { uri, deleted });
      // Not pushed back by each new event, so that a steady stream of changes is still applied.
      this.watchTimer ??= setTimeout(() => {
        this.watchTimer = undefined;
        this.applyWatched();
      }, WATCH_DEBOUNCE_MS);
    };
    this.watcher = vscode.Disposable.from(
      watcher,
      watcher.onDidCreate((uri) => note(uri, false)),
      watcher.onDidChange((uri) => note(uri, false)),
      watcher.onDidDelete((uri) => note(uri, true)),
    );
  }

  /**
   * Applies what the watcher reported since the last batch: a few files read at a time, the host
   * given back between files, and one refresh of the views for the whole batch. Batches never overlap.
   */
  private applyWatched(): void {
    // A batch running now picks up the rest when it ends.
    if (this.watchBatch || this.watched.size === 0) return;
    const batch = [...this.watched.values()];
    this.watched.clear();
    const run = async (): Promise<void> => {
      const maxFileSize = versionSettings().maxFileSize;
      let next = 0;
      const reader = async (): Promise<void> => {
        while (next < batch.length) {
          const { uri, deleted } = batch[next++];
          if (deleted) this.forget(uri.toString());
          else await this.update(uri, maxFileSize);
          await yieldToHost();
        }
      };
      await Promise.all(Array.from({ length: Math.min(WATCH_CONCURRENCY, batch.length) }, reader));
      this.afterChange();
    };
    this.watchBatch = run().finally(() => {
      this.watchBatch = undefined;
      // Files reported while this batch ran.
      this.applyWatched();
    });
  }

  private afterChange(): void {
    this.scheduleSave();
    this.changed.fire();
  }

  private scheduleSave(): void {
    if (!this.storage) return;
    clearTimeout(this.saveTimer);
    this.saveTimer = setTimeout(() => void this.save(), 2000);
  }

  private async save(): Promise<void> {
    const file = this.storeFile();
    if (!file) return;
    try {
      const saving = saveIndex(file, this.index, this.stats, yieldToHost);
      this.saving = saving.then(noop, noop);
      await saving;
      await vscode.workspace.fs.delete(vscode.Uri.joinPath(this.storage!, OLD_SAVE_FILE)).then(undefined, () => undefined);
    } catch (error) {
      log.warn('could not save the version index', error);
    }
  }

  /** Loads the saved index; a damaged one is dropped (and rebuilt) with a message, an outdated one silently. */
  private async load(): Promise<void> {
    const file = this.storeFile();
    if (!file || this.index.size > 0) return;
    let saved: Awaited<ReturnType<typeof loadIndex>>;
    try {
      saved = await loadIndex(file, yieldToHost, this.newSampleStore());
    } catch {
      return; // Unreadable storage: a first build.
    }
    if (saved.kind === 'loaded') {
      this.replaceIndex(saved.index);
      this.stats = saved.stamps;
    } else if (saved.kind === 'damaged') {
      void vscode.window.showInformationMessage('Source Lens could not read its saved index of article versions and is rebuilding it.');
    }
  }

  /** The save file in workspace storage, read and written through `workspace.fs`. */
  private storeFile(): StoreFile | undefined {
    const storage = this.storage;
    const uri = this.savedFile;
    if (!storage || !uri) return undefined;
    return {
      read: async () => {
        try {
          return await vscode.workspace.fs.readFile(uri);
        } catch (error) {
          if (error instanceof vscode.FileSystemError && error.code === 'FileNotFound') return undefined;
          throw error;
        }
      },
      write: async (bytes) => {
        await vscode.workspace.fs.createDirectory(storage);
        await vscode.workspace.fs.writeFile(uri, bytes);
      },
    };
  }

  dispose(): void {
    clearTimeout(this.saveTimer);
    clearTimeout(this.watchTimer);
    this.watched.clear();
    this.watcher?.dispose();
    this.worker.dispose();
    this.changed.dispose();
    const index = this.index;
    void this.saving.then(() => index.close());
  }
}

/** The language a file opens in, from its name (package.json's `languages`; the rest is plain text). */
function languageOfFile(uri: vscode.Uri): string {
  if (isMarkdownPath(uri.path)) return 'markdown';
  return /\.(?:story|article)$/i.test(uri.path) ? 'news-article' : 'plaintext';
}

/**
 * Whether a workspace file is left out of the index: by `sourcelens.versions.exclude`, by the
 * user's `files.exclude` of its folder (read once per folder), or by `sourcelens.enable` off for
 * its folder or language.
 */
function excludedFiles(exclude: string): (uri: vscode.Uri) => boolean {
  const byFolder = new Map<string, (relativePath: string) => boolean>();
  return (uri) => {
    if (!isEnabledFor({ uri, languageId: languageOfFile(uri) })) return true;
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    const key = folder?.uri.toString() ?? '';
    let excluded = byFolder.get(key);
    if (!excluded) {
      excluded = excludedPath([exclude, ...enabledGlobs(vscode.workspace.getConfiguration('files', folder).get<Record<string, unknown>>('exclude'))]);
      byFolder.set(key, excluded);
    }
    return excluded(vscode.workspace.asRelativePath(uri, false));
  };
}
