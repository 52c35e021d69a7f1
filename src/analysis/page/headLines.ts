/**
 * The date line and byline of a page's head, read line by line: saved pages often set them in one
 * block ("July 19, 2018, 7:58 PM EDT / Updated …" over "By Ann Berg and Luke Holt"), and often on
 * one line ("By ANN BERG - 07/18/18 04:22 PM EDT", "Ann Berg | TNN | Updated: Jul 16, 2018").
 */
import type { Lexicon } from '../lexicon';
import { bylineStart } from './byline';
import { WEEKDAY_NAMES } from '../lexicon/calendar';
import { dateLineIn, findDates } from './dates';

export interface HeadLines {
  /** The line that dates the page, or the part of a byline's line after the names; offsets into the paragraph. */
  date: { start: number; end: number; date: string } | null;
  /** The byline's names; offsets into the paragraph. `signed`: opened by "By", not a line of names alone. */
  byline: { start: number; end: number; signed: boolean } | null;
}

/** Where the names of a byline's line end: a date, a clock time, a publishing word before figures or a colon ("Published: SEPTEMBER 4"; after a bar the line is read part by part), or a handle ("@annberg"). */
const AFTER_NAMES = /\b\d{1,2}[:.]\d\d\b|\b(?:published|updated|posted|on)\s+(?=\S*\d)|(?<!\|\s*)\b(?:published|updated):|@\w/iu;
/** What opens a line that goes on with a byline's names: "and Luke Holt", "& Luke Holt". */
const MORE_NAMES = /^(?:and|&)\s+(?=\p{Lu})/u;

/** Whether a line goes on with the byline's names over it: "and" and a line of names ("and Dominic Ashgrove"). */
export function continuesByline(line: string, lexicon: Lexicon): boolean {
  return MORE_NAMES.test(line) && bylineStart(line.replace(MORE_NAMES, '').trimEnd(), lexicon) === 0;
}
/** What may stand between the names and what follows them: separators, and the weekday of the date ("- Thursday, July 19, 2018"). */
const TRAILING_SEPARATORS = new RegExp(String.raw`(?:[\s,|·•/–—-]+(?:${WEEKDAY_NAMES.flat().join('|')})\.?)?[\s,|·•/–—-]+$`, 'iu');

/**
 * The first date line and the first byline among the lines of `paragraph`. Without `unknownNames`, see
 * `bylineStart`. A line of names set in one block with a date line, or in a paragraph beside one
 * (`nextToDate`), is read as a byline's names, whatever compromise knows of them.
 */
export function readHeadLines(paragraph: string, lexicon: Lexicon, unknownNames = true, nextToDate = false): HeadLines {
  const result: HeadLines = { date: null, byline: null };
  const lines = paragraph.split('\n');
  const besideDate = nextToDate || (lines.length > 1 && lines.some((line) => dateLineIn(line) !== null));
  let lineStart = 0;
  for (const line of lines) {
    const start = lineStart;
    lineStart += line.length + 1;
    const dated = result.date ? null : dateLineIn(line);
    if (dated) {
      result.date = { start, end: start + line.length, date: dated.date };
      // Names before the date are the byline's ("Ann Berg - July 19, 2018").
      const names = result.byline ? null : namesOpening(line, lexicon, unknownNames, besideDate);
      if (names) result.byline = { start: start + names.start, end: start + names.end, signed: names.signed };
      continue;
    }
    if (result.byline) {
      // A byline run on to the next line ("By Ann Berg" / "and Luke Holt") ends with it.
      if (result.byline.end === start - 1 && continuesByline(line, lexicon)) result.byline.end = start + line.trimEnd().length;
      continue;
    }
    const names = namesOpening(line, lexicon, unknownNames, besideDate);
    if (!names) {
      if (line.includes(' | ')) readBarredParts(line, start, result, lexicon, unknownNames);
      continue;
    }
    result.byline = { start: start + names.start, end: start + names.end, signed: names.signed };
    const [found] = names.tail < line.length && !result.date ? findDates(line.slice(names.tail)) : [];
    if (found) result.date = { start: start + names.tail, end: start + line.length, date: found.date };
  }
  return result;
}

/** A byline's names opening a line, before a date, a time or a handle: where they start and end in it, and where what follows them starts (`tail`). */
function namesOpening(line: string, lexicon: Lexicon, unknownNames: boolean, besideDate: boolean): { start: number; end: number; signed: boolean; tail: number } | null {
  const tail = namesEnd(line);
  const names = line.slice(0, tail).replace(TRAILING_SEPARATORS, '');
  const by = names ? bylineStart(names, lexicon, unknownNames, besideDate) : -1;
  return by < 0 ? null : { start: by, end: names.length, signed: by > 0, tail };
}

/**
 * A line of parts set between bars, a section or an agency among them ("India | Written by Ann Berg |
 * Updated: July 20, 2018 23:41 IST", "Ann Berg | TNN | Updated: …"): each part is read alone for the
 * byline and the date the whole line does not give.
 */
function readBarredParts(line: string, lineStart: number, result: HeadLines, lexicon: Lexicon, unknownNames: boolean): void {
  let partStart = 0;
  for (const part of line.split(' | ')) {
    const start = lineStart + partStart + (part.length - part.trimStart().length);
    partStart += part.length + 3;
    const text = part.trim();
    const dated = result.date ? null : dateLineIn(text);
    if (dated) {
      result.date = { start, end: start + text.length, date: dated.date };
      continue;
    }
    const by = result.byline ? -1 : bylineStart(text, lexicon, unknownNames);
    if (by >= 0) result.byline = { start: start + by, end: start + text.length, signed: by > 0 };
  }
}

function namesEnd(line: string): number {
  const [date] = findDates(line);
  const other = AFTER_NAMES.exec(line);
  const bio = SIGNED_BIO.exec(line);
  return Math.min(date?.start ?? line.length, other?.index ?? line.length, bio ? bio.index + bio[1].length : line.length);
}

/** A byline signed "By" that goes on with the writer's bio: "By Ann Berg, a senior reporter covering …"; the names (two to four words) end at the comma. */
const SIGNED_BIO = /^(By\s+\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,3}),\s+(?:a|an|the)\s+\p{Ll}/u;

/** A paragraph that is a signed byline with the writer's bio after it, a sentence or two ("By Ann Berg, a senior reporter … She has covered …"). */
export function isSignedBio(paragraph: string): boolean {
  return SIGNED_BIO.test(paragraph);
}
