/**
 * Scoring of tagged web pages (our test pages and the generated ones): datelines, dates, bylines,
 * caption and boilerplate lines, story lines taken for furniture. Shared by eval/webcopy.ts and
 * eval/webPages.ts.
 */
import { analyzeArticle, type ArticleAnalysis } from '../src/analysis';
import { authorBioName, wordsOf } from '../src/analysis/page/shapes';
import { pct, ratio } from './lib';

export type Tag = 'H' | 'B' | 'D' | 'C' | 'F' | 'S' | 'X';

export interface Page {
  name: string;
  text: string;
  lines: Array<{ tag: Tag; start: number; end: number }>;
  dateline: { place: string; agency: string | null } | null;
  date: string | null;
}

/** A tagged page (see test/fixtures/webcopy/README.md) as its text and gold. */
export function readPage(name: string, source: string): Page {
  let text = '';
  const lines: Page['lines'] = [];
  let dateline: Page['dateline'] = null;
  let date: string | null = null;
  for (const line of source.split('\n')) {
    const gold = /^# (dateline|date): (.*)$/.exec(line);
    if (gold) {
      const value = gold[2].trim();
      if (gold[1] === 'date') date = value === 'none' ? null : value;
      else if (value !== 'none') {
        const [place, agency] = value.split('|').map((part) => part.trim());
        dateline = { place, agency: agency || null };
      }
      continue;
    }
    const tagged = /^([HBDCFSX])\| (.*)$/.exec(line);
    if (tagged) {
      lines.push({ tag: tagged[1] as Tag, start: text.length, end: text.length + tagged[2].length });
      text += `${tagged[2]}\n`;
    } else text += `${line}\n`;
  }
  return { name, text, lines, dateline, date };
}

export const covers = (spans: ReadonlyArray<{ start: number; end: number }>, line: { start: number; end: number }): boolean => {
  const middle = (line.start + line.end) / 2;
  return spans.some((span) => span.start <= middle && middle < span.end);
};

export interface PageFigures {
  pages: number;
  agencyDatelines: { gold: number; found: number };
  otherDatelines: { gold: number; found: number };
  falseDatelines: number;
  headlines: { gold: number; found: number };
  dates: { gold: number; right: number };
  bylines: { gold: number; found: number };
  captions: { gold: number; found: number; predicted: number };
  boilerplate: { gold: number; found: number; predicted: number };
  storyLinesAsFurniture: number;
  storyLines: number;
  /** Of the story lines taken for furniture, those shaped as author boxes: the corpus texts' own contributor bios. */
  storyAuthorBoxes: number;
  errors: string[];
}

/** `analyses`, when given, are the pages' analyses in the same order (so a caller analyses each page once). */
export function scorePages(pages: readonly Page[], analyses?: readonly ArticleAnalysis[]): PageFigures {
  const f: PageFigures = {
    pages: pages.length,
    agencyDatelines: { gold: 0, found: 0 },
    otherDatelines: { gold: 0, found: 0 },
    falseDatelines: 0,
    headlines: { gold: 0, found: 0 },
    dates: { gold: 0, right: 0 },
    bylines: { gold: 0, found: 0 },
    captions: { gold: 0, found: 0, predicted: 0 },
    boilerplate: { gold: 0, found: 0, predicted: 0 },
    storyLinesAsFurniture: 0,
    storyLines: 0,
    storyAuthorBoxes: 0,
    errors: [],
  };
  for (const [index, page] of pages.entries()) {
    const { metadata } = analyses?.[index] ?? analyzeArticle(page.text);
    const dateline = metadata.dateline;
    if (page.dateline) {
      const bucket = page.dateline.agency ? f.agencyDatelines : f.otherDatelines;
      bucket.gold++;
      // Some pages' lists give the state or country after the place ("ELMONT, N.Y."), which the analysis keeps apart from the place.
      const place = page.dateline.place;
      const placeFound = dateline !== null && (dateline.text === place || (place.startsWith(`${dateline.text},`) && page.text.startsWith(place, dateline.start)));
      if (placeFound && dateline.agency === page.dateline.agency) bucket.found++;
      else f.errors.push(`${page.name}: dateline ${page.dateline.place} (${page.dateline.agency ?? '-'}), found ${dateline ? `${dateline.text} (${dateline.agency ?? '-'})` : 'none'}`);
    } else if (dateline) {
      f.falseDatelines++;
      f.errors.push(`${page.name}: no dateline, found ${dateline.text}`);
    }
    const headline = page.lines.find((line) => line.tag === 'H');
    if (headline) {
      f.headlines.gold++;
      if (metadata.headline && covers([metadata.headline], headline)) f.headlines.found++;
      else f.errors.push(`${page.name}: headline ${page.text.slice(headline.start, headline.end).slice(0, 60)}, found ${metadata.headline?.text.slice(0, 60) ?? 'none'}`);
    }
    if (page.date) {
      f.dates.gold++;
      if (metadata.date?.date === page.date) f.dates.right++;
      else f.errors.push(`${page.name}: date ${page.date}, found ${metadata.date?.date ?? 'none'}`);
    }
    const bylines = page.lines.filter((line) => line.tag === 'B');
    if (bylines.length > 0) {
      f.bylines.gold++;
      // The byline's names on the byline's line: a date after them on the same line is the date's.
      if (metadata.byline && metadata.byline.start < bylines[0].end && bylines[0].start < metadata.byline.end) f.bylines.found++;
      else f.errors.push(`${page.name}: byline ${page.text.slice(bylines[0].start, bylines[0].end)}, found ${metadata.byline?.text ?? 'none'}`);
    }
    const furniture = [...metadata.captions, ...metadata.boilerplate];
    for (const line of page.lines) {
      const lineText = page.text.slice(line.start, line.end);
      const asCaption = covers(metadata.captions, line);
      const asBoilerplate = covers(metadata.boilerplate, line);
      if (line.tag === 'X' || lineText.trim() === '') continue;
      if (asCaption) f.captions.predicted++;
      if (asBoilerplate) f.boilerplate.predicted++;
      if (line.tag === 'C') {
        f.captions.gold++;
        if (asCaption) f.captions.found++;
        else f.errors.push(`${page.name}: caption missed: ${lineText.slice(0, 80)}`);
      } else if (asCaption) f.errors.push(`${page.name}: ${line.tag} line taken for a caption: ${lineText.slice(0, 80)}`);
      if (line.tag === 'F') {
        f.boilerplate.gold++;
        if (asBoilerplate) f.boilerplate.found++;
        else f.errors.push(`${page.name}: boilerplate missed: ${lineText.slice(0, 80)}`);
      } else if (asBoilerplate) f.errors.push(`${page.name}: ${line.tag} line taken for boilerplate: ${lineText.slice(0, 80)}`);
      if (line.tag === 'S') {
        f.storyLines++;
        if (covers(furniture, line)) {
          f.storyLinesAsFurniture++;
          if (authorBioName(lineText, wordsOf(lineText).length)) f.storyAuthorBoxes++;
        }
      }
    }
  }
  return f;
}

export function pageRows(name: string, f: PageFigures): Array<Array<string | number>> {
  const pr = (x: { gold: number; found: number; predicted: number }) =>
    `P ${x.predicted ? pct(x.found / x.predicted) : '-'} R ${ratio(x.found, x.gold)}`;
  return [
    [name, 'agency datelines (place and agency)', ratio(f.agencyDatelines.found, f.agencyDatelines.gold)],
    [name, 'other datelines', ratio(f.otherDatelines.found, f.otherDatelines.gold)],
    [name, 'datelines on pages without one', f.falseDatelines],
    [name, 'headlines', ratio(f.headlines.found, f.headlines.gold)],
    [name, 'dates', ratio(f.dates.right, f.dates.gold)],
    [name, 'bylines', ratio(f.bylines.found, f.bylines.gold)],
    [name, 'caption lines', pr(f.captions)],
    [name, 'boilerplate lines', pr(f.boilerplate)],
    [name, 'story lines taken for furniture', `${f.storyLinesAsFurniture} of ${f.storyLines} (${f.storyAuthorBoxes} shaped as author boxes)`],
  ];
}
