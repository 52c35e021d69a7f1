/**
 * A seeded random sample of PolNeAR train-tune quotes that the analysis calls quotations and a gold
 * direct attribution holds, listed with sentence and paragraph for judging by the guide (README.md,
 * set `train-tune gold sample`). It shows how often the gold's own quotations are titles, terms or
 * scare quotes, on tuning data only: dev and held back are never listed here.
 *
 *   npx tsx eval/adjudicated/trainTuneGoldSample.ts [COUNT] [--json OUT]
 *
 * The candidates are read in corpus order (article, then quote); COUNT distinct indices (250 by
 * default) are drawn with seed 1819 (`eval/random.ts`) and listed in the order drawn. With `--json`,
 * those that have no verdict yet are also written to OUT as a listing for `blindSheet.ts` (outside the
 * repository: it holds corpus text).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeArticle } from '../../src/analysis';
import { CORPUS_DIR, goldQuoteHolding, joinedFragments, readJsonl } from '../lib';
import { isHeldBack } from '../polnearSplit';
import { random } from '../random';
import type { ListedQuote } from './blindSheet';
import { quoteSurroundings, readVerdicts, TRAIN_TUNE_VERDICTS_FILE, verdictKey } from './verdicts';

const SEED = 1819;

interface PolnearDoc {
  id: string;
  text: string;
  attributions: Array<{ content: Array<[number, number]>; direct: boolean }>;
}

function main(): void {
  const jsonAt = process.argv.indexOf('--json');
  const jsonFile = jsonAt >= 0 ? process.argv[jsonAt + 1] : undefined;
  const count = Number(process.argv.slice(2).find((arg, index, args) => /^\d+$/u.test(arg) && args[index - 1] !== '--json') ?? 250);
  const unjudged: ListedQuote[] = [];
  const docs = readJsonl<PolnearDoc>(join(CORPUS_DIR, 'polnear-train.jsonl')).filter((doc) => !isHeldBack(doc.id));
  const candidates: Array<{ doc: PolnearDoc; start: number; end: number }> = [];
  for (const doc of docs) {
    const golds = doc.attributions.filter((a) => a.direct).map((a) => joinedFragments(doc.text, a.content));
    for (const quote of analyzeArticle(doc.text, { quotesByParagraph: true }).quotes) {
      if (quote.kind === 'quotation' && goldQuoteHolding(golds, quote) >= 0) candidates.push({ doc, start: quote.start, end: quote.end });
    }
  }
  const next = random(SEED);
  const drawn = new Set<number>();
  while (drawn.size < Math.min(count, candidates.length)) drawn.add(Math.floor(next() * candidates.length));
  const verdicts = readVerdicts(TRAIN_TUNE_VERDICTS_FILE);
  console.log(`${drawn.size} of ${candidates.length} train-tune gold quotations (seed ${SEED})`);
  for (const index of drawn) {
    const { doc, start, end } = candidates[index];
    const key = verdictKey(doc.id, start, end);
    const { sentence, paragraph } = quoteSurroundings(doc.text, start, end);
    const verdict = verdicts.get(key);
    if (!verdict) unjudged.push({ set: 'train-tune gold sample', article: doc.id, start, end, quote: doc.text.slice(start, end), sentence, paragraph });
    console.log(`\n${key}${verdict ? ` [judged: ${verdict.verdict}, ${verdict.set}]` : ''}`);
    console.log(`  quote:     ${JSON.stringify(doc.text.slice(start, end))}`);
    console.log(`  sentence:  ${sentence}`);
    if (paragraph !== sentence) console.log(`  paragraph: ${paragraph.length < 700 ? paragraph : `${paragraph.slice(0, 700)} …`}`);
  }
  if (jsonFile) {
    writeFileSync(jsonFile, `${JSON.stringify(unjudged, null, 1)}\n`);
    console.log(`\n${unjudged.length} with no verdict written to ${jsonFile}`);
  }
}

main();
