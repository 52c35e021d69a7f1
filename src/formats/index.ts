// From the modules themselves, not the analysis index: the converters' own bundle (dist/formats.js) leaves compromise out.
import { CONVERTED_EXTENSIONS } from '../analysis/articlePaths';
import { decodeArticle, type DecodedArticle } from '../analysis/decode';
import { docxToText } from './docx';
import { htmlToArticle } from './html';

/**
 * Articles as they arrive: plain text, saved web pages and Word files, each read to the plain
 * text the analysis takes. Offsets in results refer to that text, not to the HTML or the .docx.
 */
export type ArticleFormat = 'text' | 'html' | 'docx';

/** The format a file's name says it is in (src/analysis/articlePaths.ts lists the names read). */
export function articleFormat(path: string): ArticleFormat {
  const lower = path.toLowerCase();
  if (!CONVERTED_EXTENSIONS.some((extension) => lower.endsWith(extension))) return 'text';
  return lower.endsWith('.docx') ? 'docx' : 'html';
}

export type ReadArticle = DecodedArticle & { format?: ArticleFormat };

/** The article text of a file's bytes, or why there is none. */
export async function articleFromBytes(path: string, bytes: Uint8Array): Promise<ReadArticle> {
  const format = articleFormat(path);
  if (format === 'docx') {
    try {
      return { ok: true, text: await docxToText(bytes), format };
    } catch (error) {
      return { ok: false, reason: `not a readable Word file (${error instanceof Error ? error.message : String(error)})` };
    }
  }
  const decoded = decodeArticle(bytes);
  if (!decoded.ok || format === 'text') return decoded;
  return { ok: true, text: (await htmlToArticle(decoded.text)).text, format };
}
