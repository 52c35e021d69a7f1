import type { Dirent } from 'node:fs';
import { open, opendir, readdir, stat } from 'node:fs/promises';
import { join, sep } from 'node:path';
import { isReadableName, isSkippedFolder } from '../analysis';
import { articleFromBytes, type ArticleFormat } from '../formats';

/** Files larger than this are refused unless the caller sets another cap (`--max-file-size`). */
export const DEFAULT_MAX_FILE_BYTES = 20_000_000;

/** The path that stands for standard input: one article piped in. */
export const STDIN_PATH = '-';

export type ReadResult = { path: string; text: string; format: ArticleFormat } | { path: string; error: string };

// Names that are not UTF-8 are shown with their odd bytes as \xNN; the bytes themselves are kept
// here so that such a file can still be opened by the name the commands pass around.
const rawPaths = new Map<string, Buffer>();

const byName = new Intl.Collator().compare;
const SLASH = sep.charCodeAt(0);

/**
 * Expands folders (recursively, articles only, sorted by name) and keeps files as given. A
 * folder that cannot be listed stays in the list, so that reading it reports why. The walk is a
 * loop over a stack, not recursion, so deep trees and huge folders cannot overflow the stack.
 */
export async function expandPaths(paths: readonly string[]): Promise<string[]> {
  const result: string[] = [];
  for (const path of paths) {
    let isFolder = false;
    try {
      isFolder = (await stat(path)).isDirectory();
    } catch {
      // Reported when the file is read.
    }
    if (isFolder) await collectArticles(path, result);
    else result.push(path);
  }
  return result;
}

interface Pending {
  name: string;
  shown: string;
  raw: Buffer;
  isFolder: boolean;
}

/**
 * The folders among `paths` that hold no article at all (so a command would have nothing to
 * read there). The walk stops at the first article of each folder.
 */
export async function foldersWithoutArticles(paths: readonly string[]): Promise<string[]> {
  const empty: string[] = [];
  for (const path of paths) {
    if (path === STDIN_PATH) continue;
    const isFolder = await stat(path).then((info) => info.isDirectory(), () => false);
    if (!isFolder) continue;
    const found: string[] = [];
    await collectArticles(path, found, 1);
    // A folder that cannot be listed is "found" as itself, so that reading it says why.
    if (found.length === 0) empty.push(path);
  }
  return empty;
}

async function collectArticles(top: string, found: string[], limit = Infinity): Promise<void> {
  // Popped in reading order: each folder's entries are pushed last first.
  const stack: Pending[] = [{ name: top, shown: top, raw: Buffer.from(top), isFolder: true }];
  for (let item = stack.pop(); item !== undefined; item = stack.pop()) {
    if (!item.isFolder) {
      found.push(item.shown);
      if (found.length >= limit) return;
      continue;
    }
    let entries: Dirent<Buffer>[];
    try {
      entries = await readdir(item.raw, { withFileTypes: true, encoding: 'buffer' });
    } catch {
      found.push(item.shown);
      continue;
    }
    const children: Pending[] = [];
    for (const entry of entries) {
      const name = shownName(entry.name);
      const isFolder = entry.isDirectory() && !isSkippedFolder(name);
      if (!isFolder && !(entry.isFile() && isReadableName(name))) continue;
      const raw = Buffer.concat([item.raw, item.raw.at(-1) === SLASH ? Buffer.alloc(0) : Buffer.from(sep), entry.name]);
      const shown = join(item.shown, name);
      if (!isUtf8(entry.name)) rawPaths.set(shown, raw);
      children.push({ name, shown, raw, isFolder });
    }
    children.sort((a, b) => byName(a.name, b.name));
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]);
  }
}

function isUtf8(bytes: Buffer): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** A file name as text: UTF-8 as it is, other bytes as \xNN. */
function shownName(bytes: Buffer): string {
  if (isUtf8(bytes)) return bytes.toString('utf8');
  let name = '';
  for (const byte of bytes) name += byte < 0x80 ? String.fromCharCode(byte) : `\\x${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  return name;
}

/**
 * Reads a file as article text, or says in plain words why it cannot be. Only regular files are
 * opened: a named pipe would block for ever and a device such as /dev/zero never ends. At most
 * `maxBytes` are read, even from a file that grows while it is read.
 */
export async function readArticle(path: string, maxBytes = DEFAULT_MAX_FILE_BYTES): Promise<ReadResult> {
  const raw = rawPaths.get(path) ?? path;
  let bytes: Uint8Array;
  if (path === STDIN_PATH) {
    const read = await readStdin(maxBytes);
    if (read === null) return { path, error: tooLarge(maxBytes) };
    const decoded = await articleFromBytes(path, read);
    return decoded.ok ? { path, text: decoded.text, format: 'text' } : { path, error: decoded.reason };
  }
  try {
    const info = await stat(raw);
    if (info.isDirectory()) return { path, error: await whyFolderWasNotListed(raw) };
    if (!info.isFile()) return { path, error: `not a regular file (${fileKind(info)})` };
    if (info.size > maxBytes) return { path, error: tooLarge(maxBytes) };
    const read = await readAtMost(raw, maxBytes);
    if (read === null) return { path, error: tooLarge(maxBytes) };
    bytes = read;
  } catch (error) {
    return { path, error: describeReadError(error) };
  }
  // Saved web pages and Word files are converted to their article text.
  const read = await articleFromBytes(path, bytes);
  return read.ok ? { path, text: read.text, format: read.format ?? 'text' } : { path, error: read.reason };
}

function tooLarge(maxBytes: number): string {
  return `larger than ${maxBytes.toLocaleString('en')} bytes (see --max-file-size)`;
}

function fileKind(info: { isFIFO(): boolean; isSocket(): boolean; isCharacterDevice(): boolean; isBlockDevice(): boolean }): string {
  if (info.isFIFO()) return 'a named pipe';
  if (info.isSocket()) return 'a socket';
  if (info.isCharacterDevice() || info.isBlockDevice()) return 'a device';
  return 'a special file';
}

/** The bytes of a regular file, or null when it holds more than `maxBytes`. */
async function readAtMost(path: string | Buffer, maxBytes: number): Promise<Uint8Array | null> {
  const handle = await open(path, 'r');
  try {
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(Math.min(1 << 20, maxBytes + 1 - total));
      const { bytesRead } = await handle.read(chunk, 0, chunk.length, null);
      if (bytesRead === 0) break;
      chunks.push(chunk.subarray(0, bytesRead));
      total += bytesRead;
      if (total > maxBytes) return null;
    }
    return Buffer.concat(chunks, total);
  } finally {
    await handle.close();
  }
}

/** Standard input to its end (read once: a second `-` gets nothing), or null past `maxBytes`. */
async function readStdin(maxBytes: number): Promise<Uint8Array | null> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of process.stdin as AsyncIterable<Buffer>) {
    chunks.push(chunk);
    total += chunk.length;
    if (total > maxBytes) return null;
  }
  return Buffer.concat(chunks, total);
}

/** Only a folder that could not be listed is ever read: say why. */
async function whyFolderWasNotListed(path: string | Buffer): Promise<string> {
  try {
    await (await opendir(path)).close();
    return 'is a folder';
  } catch (error) {
    return `a folder that cannot be listed (${describeReadError(error)})`;
  }
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
