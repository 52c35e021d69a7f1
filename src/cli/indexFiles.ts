import { fingerprint, type SiblingIndex } from '../analysis';
import { readArticle } from './files';
import { FingerprintPool } from '../worker/fingerprintPool';

/** Below this many files, starting a thread per core costs more than it saves. */
const POOL_FROM_FILES = 200;

/**
 * Reads each file and adds its fingerprint to `index`, in the order given (a file given twice
 * once); a file that cannot be read goes to `failed` instead. Many files are fingerprinted on
 * every core, with the same result. Files over `maxFileBytes` are refused as `readArticle` does.
 */
export async function indexFiles(files: readonly string[], index: SiblingIndex, failed: (path: string, error: string) => void, maxFileBytes?: number): Promise<void> {
  const seen = new Set<string>();
  async function* readable(): AsyncIterable<[string, string]> {
    for (const path of files) {
      if (seen.has(path)) continue;
      const read = await readArticle(path, maxFileBytes);
      if ('error' in read) {
        failed(path, read.error);
        continue;
      }
      seen.add(path);
      yield [path, read.text];
    }
  }
  if (files.length < POOL_FROM_FILES || !FingerprintPool.available()) {
    for await (const [path, text] of readable()) index.add(path, fingerprint(text));
    return;
  }
  const pool = new FingerprintPool();
  try {
    await pool.inOrder(readable(), (path, parts) => (parts instanceof Error ? failed(path, parts.message) : index.addRecord({ id: path, ...parts })));
  } finally {
    await pool.close();
  }
}
