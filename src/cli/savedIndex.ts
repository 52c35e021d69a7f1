import { stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { loadIndex, saveIndex, SIBLING_RULE, SiblingIndex, type FileStamp } from '../analysis';
import { sampleStoreIn } from '../node/fileSampleStore';
import { STDIN_PATH } from './files';
import { indexFiles } from './indexFiles';
import { nodeStoreFile } from './storeFile';

/**
 * `siblings --index FILE`: the files' fingerprints kept in FILE (the store format of
 * indexStore.ts) between runs, so that a second run over a large folder fingerprints only the
 * files whose modification time or size changed. The index built is the one a run without
 * FILE builds (the files in the order given), and FILE is rewritten with exactly those files.
 * An unreadable, damaged or outdated FILE is rebuilt, with a note on `warn`. The indexes keep
 * their samples in temporary files (src/node/fileSampleStore.ts); the caller closes the one returned.
 */
export async function indexFilesWithStore(files: readonly string[], storePath: string, failed: (path: string, error: string) => void, warn: (text: string) => void, maxFileBytes?: number): Promise<SiblingIndex> {
  const store = nodeStoreFile(storePath);
  const newIndex = (): SiblingIndex => new SiblingIndex(SIBLING_RULE, sampleStoreIn(tmpdir()));
  const saved = await loadIndex(store, undefined, sampleStoreIn(tmpdir())).catch((error: unknown) => ({ kind: 'damaged' as const, reason: error instanceof Error ? error.message : String(error) }));
  if (saved.kind === 'damaged') warn(`${storePath}: not a saved index (${saved.reason}); building it again\n`);
  const known = saved.kind === 'loaded' ? saved : { index: newIndex(), stamps: new Map<string, FileStamp>() };

  const given = [...new Set(files)];
  const stamps = new Map<string, FileStamp>();
  const changed: string[] = [];
  for (const path of given) {
    const stamp = path === STDIN_PATH ? undefined : await stampOf(path);
    const before = known.stamps.get(path);
    if (stamp) stamps.set(path, stamp);
    if (!stamp || !before || before.mtime !== stamp.mtime || before.size !== stamp.size || !known.index.has(path)) changed.push(path);
  }
  const fresh = newIndex();
  const unreadable = new Set<string>();
  await indexFiles(changed, fresh, (path, error) => {
    unreadable.add(path);
    failed(path, error);
  }, maxFileBytes);

  // In the order given, as a run without the saved index adds them.
  const index = newIndex();
  for (const path of given) {
    const record = fresh.record(path) ?? (unreadable.has(path) ? undefined : known.index.record(path));
    if (record) index.addRecord(record);
    else stamps.delete(path);
  }
  known.index.close();
  fresh.close();
  await saveIndex(store, index, stamps);
  return index;
}

async function stampOf(path: string): Promise<FileStamp | undefined> {
  try {
    const info = await stat(path);
    return { mtime: info.mtimeMs, size: info.size };
  } catch {
    return undefined;
  }
}
