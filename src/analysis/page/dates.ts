import { MONTH_NAMES, WEEKDAY_NAMES } from '../lexicon/calendar';

/**
 * Dates as pages print them: "July 15, 2018", "Sept. 9, 2023", "24 May 2022", "2018-07-16",
 * "Tue February 11, 2020", and in figures: "07/18/2018" and "7/18/18" (month first, as US sites
 * print them, unless the first number cannot be a month: "15/07/2018"), "18.07.2018" and "18-07-2018"
 * (day first).
 * Month names and their news abbreviations come from `lexicon/calendar.json`.
 */

const MONTH_NUMBER = new Map<string, number>(MONTH_NAMES.flatMap((names, i) => names.map((name) => [name, i + 1] as [string, number])));
const MONTH = String.raw`(${[...MONTH_NUMBER.keys()].sort((a, b) => b.length - a.length).join('|')})\.?`;
const YEAR = String.raw`((?:19|20)\d\d)`;
const DAY = String.raw`([0-3]?\d)(?:st|nd|rd|th)?`;

/** One pattern per order of the parts; the groups say which part is which. */
const PATTERNS: ReadonlyArray<{ pattern: RegExp; year: number; month: number; day: number; monthName: boolean }> = [
  // A slash between figures, month first; a date is never part of a longer run of figures or a fraction.
  { pattern: /(?<![\d/.])(\d{1,2})\/(\d{1,2})\/((?:19|20)?\d\d)(?![\d/])/gu, year: 3, month: 1, day: 2, monthName: false },
  { pattern: /(?<![\d.])(\d{1,2})\.(\d{1,2})\.((?:19|20)\d\d)(?![\d.])/gu, year: 3, month: 2, day: 1, monthName: false },
  // Hyphens between figures with the year last, day first, as European and Indian sites print them: "28-08-2018".
  { pattern: /(?<![\d-])(\d{1,2})-(\d{1,2})-((?:19|20)\d\d)(?![\d-])/gu, year: 3, month: 2, day: 1, monthName: false },
  // An ISO date may run into its time: "2018-07-16T09:12:00Z".
  { pattern: new RegExp(String.raw`\b${YEAR}-(\d\d)-(\d\d)(?=T\d|\b)`, 'giu'), year: 1, month: 2, day: 3, monthName: false },
  { pattern: new RegExp(String.raw`\b${MONTH}\s+${DAY},?\s+${YEAR}\b`, 'giu'), year: 3, month: 1, day: 2, monthName: true },
  { pattern: new RegExp(String.raw`\b${DAY}\s+${MONTH},?\s+${YEAR}\b`, 'giu'), year: 3, month: 2, day: 1, monthName: true },
];

const HAS_DIGIT = /\d/;

export interface FoundDate {
  start: number;
  end: number;
  /** ISO form, YYYY-MM-DD. */
  date: string;
}

/** Every full date (day, month and year) in `text`, in order. Offsets are into `text`. */
export function findDates(text: string): FoundDate[] {
  const found: FoundDate[] = [];
  // Every pattern has a year: without a digit none can match, and most lines asked have none.
  if (!HAS_DIGIT.test(text)) return found;
  for (const { pattern, year, month, day, monthName } of PATTERNS) {
    pattern.lastIndex = 0;
    let match: RegExpExecArray | null;
    while ((match = pattern.exec(text)) !== null) {
      let monthNumber = monthName ? MONTH_NUMBER.get(match[month].toLowerCase()) : Number(match[month]);
      let dayNumber = Number(match[day]);
      // "15/07/2018": a first number past twelve is the day, as most of the world writes it.
      if (!monthName && monthNumber !== undefined && monthNumber > 12 && dayNumber <= 12) [monthNumber, dayNumber] = [dayNumber, monthNumber];
      if (!monthNumber || monthNumber > 12 || dayNumber < 1 || dayNumber > 31) continue;
      const fullYear = match[year].length === 2 ? `20${match[year]}` : match[year];
      // "May" is also a verb and a name: only with a day and a year next to it is it a month, as here.
      found.push({ start: match.index, end: match.index + match[0].length, date: `${fullYear}-${pad(monthNumber)}-${pad(dayNumber)}` });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/** A date in figures with slashes, the year last: "12/06/2018", "7/8/18". */
const SLASH_DATE = /(?<![\d/.])(\d{1,2})\/(\d{1,2})\/(?:19|20)?\d\d(?![\d/])/gu;
const DAY_BEFORE_MONTH_NAME = new RegExp(String.raw`\b\d{1,2}(?:st|nd|rd|th)?\s+${MONTH},?\s+(?:19|20)\d\d\b`, 'iu');
const MONTH_NAME_BEFORE_DAY = new RegExp(String.raw`\b${MONTH}\s+\d{1,2}(?:st|nd|rd|th)?,?\s+(?:19|20)\d\d\b`, 'iu');

/** A clock time past noon in the 24-hour clock, not followed by am or pm: "16:12", "18:41". */
const AFTERNOON_IN_24_HOURS = /(?<![\d:.])(?:1[3-9]|2[0-3])[:.][0-5]\d(?![\d:.]|\s*[ap]\.?m\b)/iu;

/**
 * Whether the page writes dates in figures day first, so that "12/06/2018" is 12 June: a date with
 * slashes whose first number cannot be a month ("15/07/2018") says so, one whose second cannot
 * ("07/15/2018") says not; with neither, a page that writes month names after the day ("16 July
 * 2018") and never before it writes its figures that way too, as British and most other sites do.
 * Before that, the page's date line (`dateLine`) says so when it gives the time in the 24-hour clock
 * ("12/06/2018 16:12"), even on a page whose story writes "April 9, 2025": US sites, which put the
 * month first, print "4:12 PM".
 */
export function writesDayFirst(text: string, dateLine = ''): boolean {
  let sawSlash = false;
  for (const match of text.matchAll(SLASH_DATE)) {
    sawSlash = true;
    if (Number(match[1]) > 12) return true;
    if (Number(match[2]) > 12) return false;
  }
  if (!sawSlash) return false;
  if (AFTERNOON_IN_24_HOURS.test(dateLine)) return true;
  return DAY_BEFORE_MONTH_NAME.test(text) && !MONTH_NAME_BEFORE_DAY.test(text);
}

/** A date line labelled as an update: "Updated: …", "Last updated …", "Modified …". */
export function isUpdateStamp(line: string): boolean {
  return /^\s*(?:last\s+)?(?:updated|modified)\b/iu.test(line);
}

/** A date line labelled as the first publishing: "Published - …", "First published …", "Posted …", "Issued on …". */
export function isPublishingStamp(line: string): boolean {
  return /^\s*(?:first\s+)?(?:published|posted|issued)\b/iu.test(line);
}

/** A date read from figures with slashes month first ("12/06/2018" as December 6), read day first instead. */
export function readDayFirst(found: FoundDate, text: string): FoundDate {
  // The span may be the whole date line ("Issued on: 09/04/2025 - 18:41"): its first date in figures, if read month first, is the one.
  const slash = /(?<![\d/.])(\d{1,2})\/(\d{1,2})\//u.exec(text.slice(found.start, found.end));
  if (!slash || Number(slash[1]) > 12 || Number(slash[2]) > 12 || found.date.slice(5) !== `${pad(Number(slash[1]))}-${pad(Number(slash[2]))}`) return found;
  return { ...found, date: `${found.date.slice(0, 4)}-${pad(Number(slash[2]))}-${pad(Number(slash[1]))}` };
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/**
 * Words that may stand around a date on a line of its own: "Updated", "Published", "Edited", times, zones (with their offset: "GMT+2"; the
 * names of the US zones, "5 PM Central"),
 * weekdays, the print edition's page ("- page 3"). A line that is a date and these words only is a
 * date line, not a sentence.
 */
const DATE_LINE_WORD = new RegExp(String.raw`^(?:updated?|published|posted|issued|edited|first|last|latest|modified|on|at|and|date|time|am|pm|a\.m\.|p\.m\.|[a-z]{1,4}t|utc|gmt|eastern|central|mountain|pacific|(?:utc|gmt)[+-]\d{1,2}(?::?\d\d)?|\d{1,2}(?:[:.]\d\d)?(?:am|pm)?|${WEEKDAY_NAMES.flat().join('|')}|\d+|min|mins|minutes?|hours?|days?|ago|read|page)$`);

/** A participle labelling a date line at its start, as pages print the date's kind: "Reviewed:", "Edited:". */
const DATE_LABEL = /^\s*\p{Lu}\p{Ll}+ed:/u;

/** A word and a colon opening a line: a label ("Updated:", "Correction:"). */
const NOTICE_LABEL = /^\s*(\p{L}+):/u;

/** How many such words a date line holds around each of its dates ("Published Jun 17, 2025 • Last updated 5 hours ago • 4 minute read"). */
const MAX_WORDS_PER_DATE = 10;
/** How many capitalised words (an outlet, agency, section or place, in capitals or title case) a date line may hold. */
const MAX_NAMED_WORDS = 2;

/** Words of a stamp with no date that only pages print: a read time ("4 min read", "Reading time: 3 minutes") or an update time. */
const STAMP_WORD = /^(?:reading|time)$/;
/** What makes such a line a stamp rather than a number: a clock time, a time ago, a read time. */
const STAMP_ANCHOR = /\d[:.]\d\d|\b(?:ago|read|reading)\b/iu;
/** Update and publishing words: a clock time alone on its line is a live blog's entry, with one of these it is the page's stamp. */
const STAMP_VERB = /\b(?:updated|published|posted|modified)\b/iu;

/**
 * A stamp line without a date: "Updated 3:14 p.m.", "Last updated: 11:02 AM", "Updated 2 hours ago",
 * "4 min read". Made of the words around dates on date lines (`DATE_LINE_WORD`) and the read-time words.
 */
export function isStampLine(paragraph: string): boolean {
  if (paragraph.length > 60 || !STAMP_ANCHOR.test(paragraph)) return false;
  if (/\d[:.]\d\d/u.test(paragraph) && !/\b(?:ago|read|reading)\b/iu.test(paragraph) && !STAMP_VERB.test(paragraph)) return false;
  const words = paragraph.toLowerCase().split(/[\s,|·•:–—-]+/).filter(Boolean).map((word) => word.replace(/\.$/u, '').replace(/^(\w)\.(\w)$/u, '$1.$2.'));
  return words.length > 0 && words.length <= 8 && words.every((word) => DATE_LINE_WORD.test(word) || STAMP_WORD.test(word));
}

/**
 * The date of a paragraph that is only a date with such words around it ("Updated 4:17 PM CST, Tue
 * February 11, 2020"), or two ("Published: 09:23 EDT, 16 July 2018 | Updated: 11:07 EDT, 16 July
 * 2018"): the first is the page's.
 */
export function dateLineIn(paragraph: string): FoundDate | null {
  const dates = findDates(paragraph);
  if (dates.length === 0) return null;
  // A label of another kind opening the line is a notice's ("Correction: October 2, 2016").
  const label = NOTICE_LABEL.exec(paragraph);
  if (label && !DATE_LINE_WORD.test(label[1].toLowerCase()) && !DATE_LABEL.test(paragraph)) return null;
  let rest = '';
  let from = 0;
  for (const date of dates) {
    rest += ` ${paragraph.slice(from, date.start)}`;
    // The time of an ISO stamp ("T09:12:00Z", "T09:12:00+02:00") belongs to the date.
    from = date.end + (/^T\d\d:\d\d(?::\d\d(?:\.\d+)?)?(?:Z|[+-]\d\d:?\d\d)?/u.exec(paragraph.slice(date.end))?.[0].length ?? 0);
  }
  rest += ` ${paragraph.slice(from)}`;
  // A participle may label the date ("Reviewed: March 4, 2021", "Edited: …"), as "Updated:" does; a weekday may be cut short ("Tue.").
  // Brackets set off a zone or a second stamp ("5:30AM (EDT)", "(Updated: 08 Jul 2025 09:40PM)").
  const words = rest
    .replace(DATE_LABEL, '')
    .split(/[\s,|·•●:/()–—-]+/)
    .filter(Boolean)
    .map((word) => word.replace(/(?<=^\p{L}{2,4})\.$/u, ''))
    // An outlet's "The" is no word of its name to count ("The Harbour Times").
    .filter((word) => word !== 'The');
  // The outlet, agency, section or place may stand beside the date, in capitals or not ("CBS NEWS", "AFP",
  // "The Times", "Nation", "Jakarta"); a line of names and a date is a byline's, which `readHeadLines` reads too.
  const named = words.filter((word) => /^\p{Lu}/u.test(word) && !DATE_LINE_WORD.test(word.toLowerCase()));
  if (named.length > MAX_NAMED_WORDS) return null;
  const others = words.filter((word) => !named.includes(word));
  return words.length <= MAX_WORDS_PER_DATE * dates.length && others.every((word) => DATE_LINE_WORD.test(word.toLowerCase())) ? dates[0] : null;
}
