import type { ArticleMetadata, Paragraph, Span } from './types';

const DATE_LINE = /^\s*date\s+(\d{4}-\d{2}-\d{2})\b/;
/**
 * A dateline: the place in capitals that opens the story, ended by a colon or dash, optionally
 * with a country or state and an agency ("NEW YORK, Nov 3 (Reuters) -", "LONDON (AFP) —").
 */
const PLACE = String.raw`(\p{Lu}[\p{Lu}\p{M}.'’-]*(?: \p{Lu}[\p{Lu}\p{M}.'’-]*)*)`;
/** What may follow the place: a state or date, an agency, then ':' or a dash before a space. */
const AFTER_PLACE = String.raw`(?:,\s*[\p{L}\p{N}. ]+?)?(?:\s*\([^)]{1,30}\))?\s*(?::|[-–—](?=\s))`;
const DATELINE = new RegExp(`^${PLACE}${AFTER_PLACE}`, 'u');
/** The rest of a dateline after its place, with the space that follows: where the story text starts. */
export const DATELINE_TAIL = new RegExp(String.raw`^${AFTER_PLACE}\s*`, 'u');

/** The date line ("date 2022-10-22"), the dateline ("WASHINGTON:") and a headline. */
export function readMetadata(text: string, paragraphs: readonly Paragraph[]): ArticleMetadata {
  const first = paragraphs[0];
  if (!first) return { dateLine: null, dateline: null, headline: null };
  let cursor = first.start;
  let dateLine: ArticleMetadata['dateLine'] = null;
  const dateMatch = DATE_LINE.exec(text.slice(first.start, first.end));
  if (dateMatch) {
    const start = first.start + dateMatch[0].indexOf('date');
    const end = first.start + dateMatch[0].length;
    dateLine = { start, end, text: text.slice(start, end), date: dateMatch[1] };
    cursor = end;
  }
  // The dateline follows the date line on the same paragraph, or opens the next one.
  let dateline = datelineAt(text, cursor, first.end);
  if (!dateline && dateLine && cursor >= first.end - 1 && paragraphs[1]) {
    dateline = datelineAt(text, paragraphs[1].start, paragraphs[1].end);
  }
  const headlineStart = dateLine && cursor >= first.end - 1 ? paragraphs[1] : first;
  const headline: Span | null = headlineStart
    ? { start: Math.max(headlineStart.start, cursor), end: headlineStart.end, text: text.slice(Math.max(headlineStart.start, cursor), headlineStart.end).trim() }
    : null;
  return { dateLine, dateline, headline: headline && headline.text ? headline : null };
}

function datelineAt(text: string, from: number, to: number): Span | null {
  let start = from;
  while (start < to && /\s/.test(text[start])) start++;
  const match = DATELINE.exec(text.slice(start, Math.min(to, start + 80)));
  if (!match) return null;
  const place = match[1];
  // One capital letter is not a place ("A -" in a list), nor is "I".
  if (place.replace(/[^\p{Lu}]/gu, '').length < 2) return null;
  return { start, end: start + place.length, text: place };
}
