import { getLexicon, type Lexicon } from './lexicon';
import { readPageStructure } from './page/structure';
import type { ArticleMetadata, Paragraph, Span } from './types';

const DATE_LINE = /^\s*date\s+(\d{4}-\d{2}-\d{2})\b/;
/**
 * A dateline opening the story: the place in capitals, ended by a colon or dash, optionally with a
 * country or state and an agency ("NEW YORK, Nov 3 (Reuters) -", "LONDON (AFP) —").
 */
const PLACE = String.raw`(\p{Lu}[\p{Lu}\p{M}.'’-]*(?: \p{Lu}[\p{Lu}\p{M}.'’-]*)*)`;
/** What may follow the place: a state or date, an agency, then ':' or a dash before a space. */
const AFTER_PLACE = String.raw`(?:,\s*[\p{L}\p{N}. ]+?)?(?:\s*\([^)]{1,30}\))?\s*(?::|[-–—](?=\s))`;
const DATELINE = new RegExp(`^${PLACE}${AFTER_PLACE}`, 'u');
/** The rest of a dateline after its place, with the space that follows: where the story text starts. */
export const DATELINE_TAIL = new RegExp(String.raw`^${AFTER_PLACE}\s*`, 'u');

interface DateLineAndTop {
  dateLine: ArticleMetadata['dateLine'];
  /** Where the page starts: the paragraph after the date line, or the rest of the first one. */
  firstIndex: number;
  cursor: number;
}

function readDateLine(text: string, first: Paragraph): DateLineAndTop {
  const dateMatch = DATE_LINE.exec(text.slice(first.start, first.end));
  if (!dateMatch) return { dateLine: null, firstIndex: 0, cursor: first.start };
  const start = first.start + dateMatch[0].indexOf('date');
  const end = first.start + dateMatch[0].length;
  return { dateLine: { start, end, text: text.slice(start, end), date: dateMatch[1] }, firstIndex: end >= first.end - 1 ? 1 : 0, cursor: end };
}

/**
 * The date line ("date 2022-10-22"), then what the page itself shows: headline, byline, the date
 * printed on it, the dateline ("WASHINGTON:", "OSLO (Reuters) -", anywhere in the lead), photo
 * captions and boilerplate.
 */
export function readMetadata(text: string, paragraphs: readonly Paragraph[], lexicon: Lexicon = getLexicon()): ArticleMetadata {
  const first = paragraphs[0];
  if (!first) return { dateLine: null, dateline: null, headline: null, byline: null, date: null, captions: [], boilerplate: [] };
  const { dateLine, firstIndex, cursor } = readDateLine(text, first);
  const page = readPageStructure(text, paragraphs, lexicon, firstIndex, cursor);
  return { dateLine, ...page, date: dateLine ?? page.date };
}

/**
 * The header a version of the story may rewrite: the date line and a dateline that opens the text
 * (after the date line, or as its first paragraph). Versions are compared without it; a dateline
 * further down the page is part of the story text there.
 */
export function readStoryHeader(text: string, paragraphs: readonly Paragraph[]): { dateLine: ArticleMetadata['dateLine']; dateline: Span | null } {
  const first = paragraphs[0];
  if (!first) return { dateLine: null, dateline: null };
  const { dateLine, cursor } = readDateLine(text, first);
  let dateline = datelineAt(text, cursor, first.end);
  if (!dateline && dateLine && cursor >= first.end - 1 && paragraphs[1]) {
    dateline = datelineAt(text, paragraphs[1].start, paragraphs[1].end);
  }
  return { dateLine, dateline };
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
