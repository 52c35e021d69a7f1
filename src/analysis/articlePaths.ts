/**
 * Which files are articles, written once for the CLI (folders given on the command line), the
 * Versions index (its default glob and its file watcher) and package.json (the same default,
 * and the languages the extension works in: plain text, Markdown and `news-article`). A unit
 * test checks package.json against these lists.
 */

/** File name endings of articles, in lower case: plain text, Markdown, and the news-article language's own. */
export const ARTICLE_EXTENSIONS: readonly string[] = ['.txt', '.md', '.markdown', '.story', '.article'];

/** Folders never searched for articles: dependencies and version control. */
export const SKIPPED_FOLDERS: readonly string[] = ['node_modules', '.git'];

/** `ARTICLE_EXTENSIONS` as a glob for VS Code's file search: `**\/*.{txt,md,…}`. */
export const ARTICLE_GLOB = `**/*.{${ARTICLE_EXTENSIONS.map((extension) => extension.slice(1)).join(',')}}`;

/** `SKIPPED_FOLDERS` as a glob of everything under them. */
export const SKIPPED_GLOB = `**/{${SKIPPED_FOLDERS.join(',')}}/**`;

/** A file name (no folder) that names an article, whatever its case: "Story.TXT". */
export function isArticleName(name: string): boolean {
  const lower = name.toLowerCase();
  return ARTICLE_EXTENSIONS.some((extension) => lower.endsWith(extension));
}

/** A folder name (no path) that is never searched. */
export function isSkippedFolder(name: string): boolean {
  return SKIPPED_FOLDERS.includes(name);
}

/** A path ('/' or '\' separated) that lies inside a skipped folder. */
export function inSkippedFolder(path: string): boolean {
  const parts = path.split(/[\\/]/);
  // The last part is the file itself.
  return parts.slice(0, -1).some(isSkippedFolder);
}

/** A path to an article outside the skipped folders. */
export function isArticlePath(path: string): boolean {
  const name = path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
  return isArticleName(name) && !inSkippedFolder(path);
}

/** Article extensions whose text is Markdown: read as prose only outside code, front matter and link targets. */
export const MARKDOWN_EXTENSIONS: readonly string[] = ['.md', '.markdown'];

/** A path whose name ends in a Markdown extension, whatever its case. */
export function isMarkdownPath(path: string): boolean {
  const lower = path.toLowerCase();
  return MARKDOWN_EXTENSIONS.some((extension) => lower.endsWith(extension));
}

/**
 * Files that hold an article in another format — saved web pages and Word files — which the CLI
 * converts to article text (src/formats). The Versions index does not read them yet.
 */
export const CONVERTED_EXTENSIONS: readonly string[] = ['.html', '.htm', '.docx'];

/** A file name the CLI reads as an article, directly or converted. */
export function isReadableName(name: string): boolean {
  const lower = name.toLowerCase();
  return isArticleName(name) || CONVERTED_EXTENSIONS.some((extension) => lower.endsWith(extension));
}
