import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { StoreFile } from '../analysis';

/**
 * A saved sibling index on disk, for the CLI and the benchmarks. Written to a temporary file and
 * renamed over the old one, so a reader never sees half a save.
 */
export function nodeStoreFile(path: string): StoreFile {
  return {
    async read() {
      try {
        return await readFile(path);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
        throw error;
      }
    },
    async write(bytes) {
      await mkdir(dirname(path), { recursive: true });
      const temporary = `${path}.${process.pid}.tmp`;
      await writeFile(temporary, bytes);
      await rename(temporary, path);
    },
  };
}
