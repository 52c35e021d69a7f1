import { getLexicon, type Lexicon } from './lexicon';
import { datelineShape } from './page/datelines';
import { readPageStructure } from './page/structure';
import type { ArticleMetadata, Paragraph, Span } from './types';

const DATE_LINE = /^\s*date\s+(\d{4}-\d{2}-\d{2})\b/;
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
/** A dateline's place, and where the story sentence after it starts. */
export type StoryDateline = Span & { storyStart: number };

export function readStoryHeader(text: string, paragraphs: readonly Paragraph[]): { dateLine: ArticleMetadata['dateLine']; dateline: StoryDateline | null } {
  const first = paragraphs[0];
  if (!first) return { dateLine: null, dateline: null };
  const { dateLine, cursor } = readDateLine(text, first);
  let dateline = datelineAt(text, cursor, first.end);
  if (!dateline && dateLine && cursor >= first.end - 1 && paragraphs[1]) {
    dateline = datelineAt(text, paragraphs[1].start, paragraphs[1].end);
  }
  return { dateLine, dateline };
}

function datelineAt(text: string, from: number, to: number): StoryDateline | null {
  let start = from;
  while (start < to && /\s/.test(text[start])) start++;
  const shape = datelineShape(text.slice(start, to));
  if (!shape) return null;
  return { start, end: start + shape.placeLength, text: text.slice(start, start + shape.placeLength), storyStart: start + shape.length };
}
