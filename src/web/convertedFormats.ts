// The browser build's stand-in for src/editor/convertedFormats.ts (scripts/build.mjs maps the
// import here): the converters of web pages and Word files use Node-only libraries, so in the
// browser such files are not read, and say so.
import { decodeArticle, type DecodedArticle } from '../analysis';
import type * as Formats from '../formats';

const NOT_HERE = 'web pages and Word files are read by the desktop and remote VS Code, not in the browser';

export function isConvertedPath(filePath: string): boolean {
  return /\.(html?|docx)$/iu.test(filePath);
}

export function convertedFormats(_extensionPath: string): Pick<typeof Formats, 'articleFromBytes'> {
  return { articleFromBytes: async () => ({ ok: false, reason: NOT_HERE }) };
}

export function articleReader(_extensionPath: string): (uri: { path: string }, bytes: Uint8Array) => DecodedArticle | Promise<DecodedArticle> {
  return (uri, bytes) => (isConvertedPath(uri.path) ? { ok: false, reason: NOT_HERE } : decodeArticle(bytes));
}
