import * as path from 'node:path';
import type * as Formats from '../formats';
import { decodeArticle, type DecodedArticle } from '../analysis';

let loaded: typeof Formats | undefined;

/**
 * The converters of saved web pages and Word files (src/formats/), from their own bundle
 * (dist/formats.js), loaded the first time one is needed: their libraries (a DOM, Readability,
 * mammoth) stay out of the extension's start-up and out of the browser build.
 */
export function convertedFormats(extensionPath: string): typeof Formats {
  // A path known only at run time: esbuild leaves this require alone, and Node loads the bundle.
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- a bundle of its own, loaded lazily
  loaded ??= require(path.join(extensionPath, 'dist', 'formats.js')) as typeof Formats;
  return loaded;
}

/** A file whose name says it is a web page or a Word file, read only through conversion. */
export function isConvertedPath(filePath: string): boolean {
  return /\.(html?|docx)$/iu.test(filePath);
}

/** Reads a workspace file as article text: web pages and Word files converted, everything else decoded (for the Versions index). */
export function articleReader(extensionPath: string): (uri: { path: string }, bytes: Uint8Array) => DecodedArticle | Promise<DecodedArticle> {
  return (uri, bytes) => (isConvertedPath(uri.path) ? convertedFormats(extensionPath).articleFromBytes(uri.path, bytes) : decodeArticle(bytes));
}
