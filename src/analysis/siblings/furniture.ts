import { readMetadata } from '../metadata';
import type { Paragraph } from '../types';

/**
 * The page furniture a saved web page wraps around the story — site boilerplate (sign-up and
 * comment lines, copyright, link lists), photo captions and the byline — as found by the page
 * structure reader (page/structure.ts). Two outlets' pages around one story differ there, and
 * unrelated stories on one site share it, so the story is fingerprinted without it.
 */
export function furnitureRanges(text: string, paragraphs: readonly Paragraph[]): number[] {
  const metadata = readMetadata(text, paragraphs);
  const spans = [...metadata.boilerplate, ...metadata.captions, ...(metadata.byline ? [metadata.byline] : [])];
  spans.sort((x, y) => x.start - y.start);
  const ranges: number[] = [];
  for (const { start, end } of spans) ranges.push(start, end);
  return ranges;
}
