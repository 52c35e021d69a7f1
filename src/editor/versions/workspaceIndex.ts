import * as vscode from 'vscode';
import { decodeArticle } from '../../analysis';
import { FINGERPRINT_VERSION, fingerprint, SiblingIndex, type DocumentFingerprint, type SiblingMatch } from '../../analysis/siblings';
import { SupersededError, type AnalysisWorkerClient } from '../analysisWorkerClient';
import { versionSettings } from '../settings';

/**
 * What is kept in workspace storage, as JSON lines: a header, then one line per file with what
 * it was indexed from and its fingerprint. Lines, not one document, so that saving and loading
 * 100,000 articles run in slices instead of one long JSON.stringify or JSON.parse.
 */
interface SavedHeader {
  format: 2;
  fingerprintVersion: number;
  files: number;
}

interface SavedFile {
  id: string;
  mtime: number;
  size: number;
  fingerprint: DocumentFingerprint;
}

const SAVE_FILE = 'sibling-index.jsonl';
/**
 * Above this many characters an article is never fingerprinted on the extension host: an unsaved
 * one is compared as last saved, one not in the index is not compared. Measured on news copy:
 * 10,000 characters take 1.6 ms, 20,000 up to 12 ms, 200,000 about 80 ms.
 */
const FRESH_FINGERPRINT_LIMIT = 10_000;
/** Changed files are read this many at a time, and the view refreshed once per batch. */
const WATCH_CONCURRENCY = 4;
const WATCH_DEBOUNCE_MS = 500;
const LINES_PER_SLICE = 2000;
const FILES_PER_SLICE = 25;
const SKIPPED_FOLDERS = /(?:^|\/)(?:node_modules|\.git)\//;

const yieldToHost = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/**
 * The workspace's articles as sibling fingerprints (a few hundred bytes each, never the texts).
 * Built on first use in slices with a cancellable progress notification, kept current by a file
 * watcher, and saved in workspace storage so that a reopened workspace re-reads only the files
 * that changed. Reads go through `vscode.workspace.fs`, so remote workspaces work too.
 */
export class WorkspaceVersionIndex implements vscode.Disposable {
  private index = new SiblingIndex();
  private readonly stats = new Map<string, { mtime: number; size: number }>();
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
  ) {}

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
    this.index = new SiblingIndex();
    this.stats.clear();
    this.build = undefined;
    return this.startBuild(false);
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
        const files = await vscode.workspace.findFiles(include, exclude, undefined, token);
        const present = new Set(files.map((uri) => uri.toString()));
        for (const id of this.index.ids()) if (!present.has(id)) this.forget(id);
        let skipped = 0;
        for (let i = 0; i < files.length; i += FILES_PER_SLICE) {
          if (token.isCancellationRequested) {
            void vscode.window.showInformationMessage(`Source Lens indexed ${this.index.size.toLocaleString()} of ${files.length.toLocaleString()} articles before you stopped it; Refresh Versions indexes the rest.`);
            break;
          }
          for (const uri of files.slice(i, i + FILES_PER_SLICE)) {
            // A file deleted since the listing is simply gone, not skipped.
            if ((await this.update(uri, maxFileSize)) === 'skipped') skipped++;
          }
          progress.report({ message: `${Math.min(i + FILES_PER_SLICE, files.length).toLocaleString()} of ${files.length.toLocaleString()}`, increment: (FILES_PER_SLICE / Math.max(files.length, 1)) * 100 });
          await yieldToHost();
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

  /** Indexes one file if it changed since it was indexed; 'skipped' when it cannot be (too big, not text, unreadable). */
  private async update(uri: vscode.Uri, maxFileSize: number): Promise<'indexed' | 'skipped' | 'gone'> {
    const id = uri.toString();
    try {
      const stat = await vscode.workspace.fs.stat(uri);
      if (stat.type & vscode.FileType.Directory || stat.size > maxFileSize) {
        this.forget(id);
        return 'skipped';
      }
      const known = this.stats.get(id);
      if (known && known.mtime === stat.mtime && known.size === stat.size && this.index.has(id)) return 'indexed';
      const decoded = decodeArticle(await vscode.workspace.fs.readFile(uri));
      if (!decoded.ok) {
        this.forget(id);
        return 'skipped';
      }
      const short = decoded.text.length <= FRESH_FINGERPRINT_LIMIT;
      this.index.add(id, short ? fingerprint(decoded.text) : await this.worker.fingerprint(`fingerprint ${id}`, decoded.text));
      this.stats.set(id, { mtime: stat.mtime, size: stat.size });
      return 'indexed';
    } catch (error) {
      // A newer read of the same file took over (the watcher during a build): it decides.
      if (error instanceof SupersededError) return 'indexed';
      // Vanished or unreadable while we read it: drop it; the other entries stay.
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
    const watcher = vscode.workspace.createFileSystemWatcher(versionSettings().include);
    const note = (uri: vscode.Uri, deleted: boolean): void => {
      if (SKIPPED_FOLDERS.test(uri.path)) return;
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
    if (!this.storage) return;
    const ids = this.index.ids();
    const header: SavedHeader = { format: 2, fingerprintVersion: FINGERPRINT_VERSION, files: 0 };
    const lines: string[] = [];
    for (let i = 0; i < ids.length; i += LINES_PER_SLICE) {
      for (const id of ids.slice(i, i + LINES_PER_SLICE)) {
        const stat = this.stats.get(id);
        const fp = this.index.get(id);
        if (stat && fp) lines.push(JSON.stringify({ id, ...stat, fingerprint: fp } satisfies SavedFile));
      }
      await yieldToHost();
    }
    header.files = lines.length;
    lines.unshift(JSON.stringify(header));
    try {
      await vscode.workspace.fs.createDirectory(this.storage);
      await vscode.workspace.fs.writeFile(this.savedFile!, new TextEncoder().encode(lines.join('\n')));
    } catch (error) {
      console.warn('[sourcelens] could not save the version index', error);
    }
  }

  /** Loads the saved index; a corrupt or outdated one is dropped (and rebuilt) with a message. */
  private async load(): Promise<void> {
    if (!this.storage || this.index.size > 0) return;
    let bytes: Uint8Array;
    try {
      bytes = await vscode.workspace.fs.readFile(this.savedFile!);
    } catch {
      return; // Never saved: a first build.
    }
    try {
      const lines = new TextDecoder().decode(bytes).split('\n');
      const header = JSON.parse(lines[0]) as SavedHeader;
      if (header.format !== 2 || header.fingerprintVersion !== FINGERPRINT_VERSION) return;
      if (lines.length - 1 !== header.files) throw new Error('truncated');
      for (let i = 1; i < lines.length; i += LINES_PER_SLICE) {
        for (const line of lines.slice(i, i + LINES_PER_SLICE)) {
          const file = JSON.parse(line) as SavedFile;
          if (typeof file.id !== 'string' || typeof file.mtime !== 'number' || typeof file.size !== 'number' || file.fingerprint?.version !== FINGERPRINT_VERSION) {
            throw new Error('bad entry');
          }
          this.index.add(file.id, file.fingerprint);
          this.stats.set(file.id, { mtime: file.mtime, size: file.size });
        }
        await yieldToHost();
      }
    } catch {
      this.index = new SiblingIndex();
      this.stats.clear();
      void vscode.window.showInformationMessage('Source Lens could not read its saved index of article versions and is rebuilding it.');
    }
  }

  dispose(): void {
    clearTimeout(this.saveTimer);
    clearTimeout(this.watchTimer);
    this.watched.clear();
    this.watcher?.dispose();
    this.worker.dispose();
    this.changed.dispose();
  }
}
