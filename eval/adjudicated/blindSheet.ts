/**
 * Blind judging (README.md): a listing of quotes becomes shuffled sheets a judge reads, with no set,
 * split, kind or gold, and a key kept apart; the judges' verdicts are then joined back through the key.
 *
 *   npx tsx eval/adjudicated/blindSheet.ts sheets LISTING.json SEED OUT_DIR [PER_SHEET]
 *     LISTING: judgeSheet.ts's output (or any array of items with set, article, start, end, quote,
 *     sentence, paragraph); writes OUT_DIR/sheet-N.json (PER_SHEET items each, 200 by default) and
 *     OUT_DIR/key.json. Write them outside the repository: they hold corpus text.
 *   npx tsx eval/adjudicated/blindSheet.ts join OUT_DIR FIRST.json [SECOND.json]
 *     FIRST, SECOND: each judge's verdicts, [{ id, verdict, reason }] over every sheet's ids. The first
 *     judge's go to polnear-quotations.json (or polnear-train-tune.json for train-tune sets), the
 *     second's to polnear-quotations-second.json; a quote already judged in a file is left as it is.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { random } from '../random';
import { firstWords, GUM_SECOND_VERDICTS_FILE, GUM_VERDICTS_FILE, SECOND_VERDICTS_FILE, TRAIN_TUNE_VERDICTS_FILE, VERDICTS, VERDICTS_FILE, verdictKey, type AdjudicatedQuote, type JudgedSet, type Verdict } from './verdicts';

export interface ListedQuote {
  set: JudgedSet;
  article: string;
  start: number;
  end: number;
  quote: string;
  sentence: string;
  paragraph: string;
}

/** What a judge sees of a quote: everything but its set, under an id. */
export type SheetQuote = { id: number } & Omit<ListedQuote, 'set'>;

export interface KeyEntry {
  id: number;
  set: JudgedSet;
  article: string;
  start: number;
  end: number;
}

export interface JudgeVerdict {
  id: number;
  verdict: Verdict;
  reason: string;
}

/** The listing shuffled with the seed (Fisher–Yates), numbered from 1 and cut into sheets; the key holds each id's set. */
export function blindSheets(listing: readonly ListedQuote[], seed: number, perSheet: number): { sheets: SheetQuote[][]; key: KeyEntry[] } {
  const order = [...listing];
  const next = random(seed);
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [order[i], order[j]] = [order[j], order[i]];
  }
  const numbered = order.map((item, index) => ({ id: index + 1, item }));
  const sheets: SheetQuote[][] = [];
  for (let at = 0; at < numbered.length; at += perSheet) {
    sheets.push(numbered.slice(at, at + perSheet).map(({ id, item }) => ({ id, article: item.article, start: item.start, end: item.end, quote: item.quote, sentence: item.sentence, paragraph: item.paragraph })));
  }
  return { sheets, key: numbered.map(({ id, item }) => ({ id, set: item.set, article: item.article, start: item.start, end: item.end })) };
}

/** One judge's verdicts as verdict-file entries, through the key; every id must be judged once, with one of the guide's verdicts. */
export function joinedVerdicts(sheetQuotes: readonly SheetQuote[], key: readonly KeyEntry[], verdicts: readonly JudgeVerdict[]): AdjudicatedQuote[] {
  const byId = new Map(verdicts.map((verdict) => [verdict.id, verdict]));
  if (byId.size !== verdicts.length) throw new Error('an id is judged twice');
  const quotes = new Map(sheetQuotes.map((quote) => [quote.id, quote]));
  return key.map((entry) => {
    const verdict = byId.get(entry.id);
    if (!verdict) throw new Error(`id ${entry.id} has no verdict`);
    if (!VERDICTS.includes(verdict.verdict)) throw new Error(`id ${entry.id}: unknown verdict ${verdict.verdict}`);
    const quote = quotes.get(entry.id);
    if (!quote) throw new Error(`id ${entry.id} is on no sheet`);
    return { article: entry.article, start: entry.start, end: entry.end, words: firstWords(quote.quote), verdict: verdict.verdict, reason: verdict.reason, set: entry.set };
  });
}

const readJson = <T>(file: string): T => JSON.parse(readFileSync(file, 'utf8')) as T;

/** An entry on one line, spaced after its colons and commas as the files have always been written. */
function oneLine(entry: AdjudicatedQuote): string {
  return `{${Object.entries(entry).map(([name, value]) => `${JSON.stringify(name)}: ${JSON.stringify(value)}`).join(', ')}}`;
}

/** Adds the entries a file does not hold yet, in its own layout: one entry a line, or indented (the second judge's). */
function appendVerdicts(file: string, entries: readonly AdjudicatedQuote[], indented: boolean): number {
  const held = existsSync(file) ? readJson<AdjudicatedQuote[]>(file) : [];
  const known = new Set(held.map((entry) => verdictKey(entry.article, entry.start, entry.end)));
  const added = entries.filter((entry) => !known.has(verdictKey(entry.article, entry.start, entry.end))).sort((a, b) => a.article.localeCompare(b.article) || a.start - b.start);
  const all = [...held, ...added];
  writeFileSync(file, indented ? `${JSON.stringify(all, null, 1)}\n` : `[\n${all.map((entry) => `  ${oneLine(entry)}`).join(',\n')}\n]\n`);
  return added.length;
}

/**
 * Which file each verdict goes to: GUM news to its own pair of files, train-tune's (first judge only:
 * tuning data) to polnear-train-tune.json, the rest to the PolNeAR files.
 */
export function byFile(entries: readonly AdjudicatedQuote[], judge: 'first' | 'second'): Map<string, AdjudicatedQuote[]> {
  const files = new Map<string, AdjudicatedQuote[]>();
  for (const entry of entries) {
    const file = entry.set.startsWith('GUM') ? (judge === 'first' ? GUM_VERDICTS_FILE : GUM_SECOND_VERDICTS_FILE)
      : entry.set.startsWith('train-tune') ? (judge === 'first' ? TRAIN_TUNE_VERDICTS_FILE : null)
      : judge === 'first' ? VERDICTS_FILE : SECOND_VERDICTS_FILE;
    if (file) files.set(file, [...(files.get(file) ?? []), entry]);
  }
  return files;
}

function main(): void {
  const [command, ...args] = process.argv.slice(2);
  if (command === 'sheets' && args.length >= 3) {
    const [listingFile, seed, outDir, perSheet = '200'] = args;
    const { sheets, key } = blindSheets(readJson<ListedQuote[]>(listingFile), Number(seed), Number(perSheet));
    mkdirSync(outDir, { recursive: true });
    sheets.forEach((sheet, index) => writeFileSync(join(outDir, `sheet-${index + 1}.json`), `${JSON.stringify(sheet, null, 1)}\n`));
    writeFileSync(join(outDir, 'key.json'), `${JSON.stringify(key, null, 1)}\n`);
    console.log(`${key.length} quotes on ${sheets.length} sheet(s) in ${outDir}`);
  } else if (command === 'join' && args.length >= 2) {
    const [outDir, firstFile, secondFile] = args;
    const key = readJson<KeyEntry[]>(join(outDir, 'key.json'));
    const sheetQuotes = readdirSync(outDir).filter((name) => /^sheet-\d+\.json$/u.test(name)).flatMap((name) => readJson<SheetQuote[]>(join(outDir, name)));
    const first = joinedVerdicts(sheetQuotes, key, readJson<JudgeVerdict[]>(firstFile));
    for (const [file, entries] of byFile(first, 'first')) console.log(`first judge: ${appendVerdicts(file, entries, false)} added to ${file}`);
    if (secondFile) {
      const second = joinedVerdicts(sheetQuotes, key, readJson<JudgeVerdict[]>(secondFile));
      for (const [file, entries] of byFile(second, 'second')) console.log(`second judge: ${appendVerdicts(file, entries, true)} added to ${file}`);
    }
  } else {
    console.error('usage: blindSheet.ts sheets LISTING.json SEED OUT_DIR [PER_SHEET] | join OUT_DIR FIRST.json [SECOND.json]');
    process.exitCode = 2;
  }
}

if (require.main === module) main();
