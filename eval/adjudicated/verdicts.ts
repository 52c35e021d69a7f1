/**
 * The team's verdicts on PolNeAR quotes (eval/adjudicated/README.md): read from
 * polnear-quotations.json and looked up by article id and the predicted quote's offsets.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The four kinds of the guide, and `other` for marks around something that is no one's words at all. */
export type Verdict = 'quotation' | 'scare' | 'term' | 'title' | 'other';
export const VERDICTS: readonly Verdict[] = ['quotation', 'scare', 'term', 'title', 'other'];

export interface AdjudicatedQuote {
  article: string;
  start: number;
  end: number;
  /** The quote's first words, to spot a span that has moved since the verdict. */
  words: string;
  verdict: Verdict;
  reason: string;
  set: JudgedSet;
}

/**
 * Which listing a verdict was written from: false quotations, the first gold sample, its second
 * draw (gold quotes we call quotations, drawn apart to narrow the both-sides range), and the gold
 * quotations we miss (keyed by the gold content's offsets, for recall by the guide); train-tune's; and
 * GUM news, every pair of marks found there and every GUM quote no pair overlaps.
 */
export type JudgedSet = 'false quotation' | 'gold sample' | 'gold sample, second draw' | 'gold sample, third draw' | 'missed gold' | 'train-tune' | 'train-tune gold sample' | 'GUM news' | 'GUM news, missed';

export const VERDICTS_FILE = join(__dirname, 'polnear-quotations.json');
/** The second judge's verdicts on the same quotes, written blind to the first file. */
export const SECOND_VERDICTS_FILE = join(__dirname, 'polnear-quotations-second.json');
/** Verdicts on train-tune quotes a kind rule changes (`kindChanges.ts`): tuning data, never scored. */
export const TRAIN_TUNE_VERDICTS_FILE = join(__dirname, 'polnear-train-tune.json');
/** Verdicts on GUM's Wikinews articles (`eval/gumQuotes.ts`), a newsroom no rule was tuned on; the second judge's apart. */
export const GUM_VERDICTS_FILE = join(__dirname, 'gum-quotations.json');
export const GUM_SECOND_VERDICTS_FILE = join(__dirname, 'gum-quotations-second.json');

export function verdictKey(article: string, start: number, end: number): string {
  return `${article}:${start}:${end}`;
}

export function readVerdicts(file = VERDICTS_FILE): Map<string, AdjudicatedQuote> {
  const verdicts = new Map<string, AdjudicatedQuote>();
  if (!existsSync(file)) return verdicts;
  for (const entry of JSON.parse(readFileSync(file, 'utf8')) as AdjudicatedQuote[]) {
    if (!VERDICTS.includes(entry.verdict)) throw new Error(`${file}: unknown verdict ${entry.verdict}`);
    verdicts.set(verdictKey(entry.article, entry.start, entry.end), entry);
  }
  return verdicts;
}

/** The quote's first few words, as stored beside a verdict. */
export function firstWords(quote: string, count = 6): string {
  return quote.split(/\s+/u).filter(Boolean).slice(0, count).join(' ');
}

/** The paragraph around a quote, with the quote in brackets, and its sentence, for the judge. */
export function quoteSurroundings(text: string, start: number, end: number): { sentence: string; paragraph: string } {
  const paragraphStart = text.lastIndexOf('\n', start - 1) + 1;
  const nextBreak = text.indexOf('\n', end);
  const paragraphEnd = nextBreak < 0 ? text.length : nextBreak;
  const before = text.slice(paragraphStart, start);
  const after = text.slice(end, paragraphEnd);
  const sentenceStart = Math.max(...['. ', '? ', '! '].map((stop) => before.lastIndexOf(stop)), -2) + 2;
  const stops = ['. ', '? ', '! '].map((stop) => after.indexOf(stop)).filter((at) => at >= 0);
  const sentenceEnd = stops.length > 0 ? Math.min(...stops) + 1 : after.length;
  const quote = `[${text.slice(start, end)}]`;
  return {
    sentence: `${before.slice(sentenceStart)}${quote}${after.slice(0, sentenceEnd)}`.replace(/\s+/gu, ' ').trim(),
    paragraph: `${before}${quote}${after}`.replace(/\s+/gu, ' ').trim(),
  };
}
