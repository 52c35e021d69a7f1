import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { decodeArticle } from '../analysis';

/** File name endings taken as articles when a folder is given. */
const ARTICLE_EXTENSIONS = ['.txt', '.md', '.markdown', '.story', '.article'];
const SKIPPED_FOLDERS = new Set(['node_modules', '.git']);

export type ReadResult = { path: string; text: string } | { path: string; error: string };

/** Expands folders (recursively, articles only, sorted) and keeps files as given. */
export async function expandPaths(paths: readonly string[]): Promise<string[]> {
  const result: string[] = [];
  for (const path of paths) {
    let isFolder = false;
    try {
      isFolder = (await stat(path)).isDirectory();
    } catch {
      // Reported when the file is read.
    }
    if (isFolder) result.push(...(await articlesIn(path)));
    else result.push(path);
  }
  return result;
}

async function articlesIn(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true });
  const found: string[] = [];
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    const path = join(folder, entry.name);
    if (entry.isDirectory() && !SKIPPED_FOLDERS.has(entry.name)) found.push(...(await articlesIn(path)));
    else if (entry.isFile() && ARTICLE_EXTENSIONS.some((ext) => entry.name.toLowerCase().endsWith(ext))) found.push(path);
  }
  return found;
}

/** Reads a file as article text, or says in plain words why it cannot be. */
export async function readArticle(path: string): Promise<ReadResult> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (error) {
    return { path, error: describeReadError(error) };
  }
  const decoded = decodeArticle(bytes);
  return decoded.ok ? { path, text: decoded.text } : { path, error: decoded.reason };
}

function describeReadError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return 'no such file';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a folder';
    default:
      return `cannot be read (${code ?? String(error)})`;
  }
}
