/**
 * What a rule of `src/analysis/quotes/kind.ts` changes on PolNeAR train-tune, for judging it by the
 * guide (README.md) before keeping it. Train-tune only: dev and held back are never listed here.
 *
 *   npx tsx eval/adjudicated/kindChanges.ts --save FILE     every train-tune quote with its kind
 *   npx tsx eval/adjudicated/kindChanges.ts --against FILE  the quotes whose kind differs from FILE's
 *
 * Each change is printed with whether a gold direct attribution holds it, its sentence and paragraph,
 * and the train-tune verdict (`polnear-train-tune.json`) when there is one; the counts at the end say
 * how many the change fixes and breaks by the guide and by the gold.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeArticle, type QuoteKind } from '../../src/analysis';
import { CORPUS_DIR, goldQuoteHolding, joinedFragments, readJsonl } from '../lib';
import { isHeldBack } from '../polnearSplit';
import { quoteSurroundings, readVerdicts, TRAIN_TUNE_VERDICTS_FILE, verdictKey } from './verdicts';

interface PolnearDoc {
  id: string;
  text: string;
  attributions: Array<{ content: Array<[number, number]>; direct: boolean }>;
}

interface KindedQuote {
  key: string;
  kind: QuoteKind;
  gold: boolean;
}

function kindedQuotes(): { quotes: KindedQuote[]; docs: Map<string, PolnearDoc> } {
  const docs = readJsonl<PolnearDoc>(join(CORPUS_DIR, 'polnear-train.jsonl')).filter((doc) => !isHeldBack(doc.id));
  const quotes: KindedQuote[] = [];
  for (const doc of docs) {
    const golds = doc.attributions.filter((a) => a.direct).map((a) => joinedFragments(doc.text, a.content));
    for (const quote of analyzeArticle(doc.text, { quotesByParagraph: true }).quotes) {
      quotes.push({ key: verdictKey(doc.id, quote.start, quote.end), kind: quote.kind, gold: goldQuoteHolding(golds, quote) >= 0 });
    }
  }
  return { quotes, docs: new Map(docs.map((doc) => [doc.id, doc])) };
}

function main(): void {
  const [flag, file] = process.argv.slice(2);
  if (!file || (flag !== '--save' && flag !== '--against')) {
    console.log('usage: tsx eval/adjudicated/kindChanges.ts --save FILE | --against FILE');
    process.exit(2);
  }
  const { quotes, docs } = kindedQuotes();
  if (flag === '--save') {
    writeFileSync(file, JSON.stringify(quotes));
    console.log(`${quotes.length} train-tune quotes saved to ${file}`);
    return;
  }
  const before = new Map((JSON.parse(readFileSync(file, 'utf8')) as KindedQuote[]).map((quote) => [quote.key, quote]));
  const verdicts = readVerdicts(TRAIN_TUNE_VERDICTS_FILE);
  const tally = { fixed: 0, broken: 0, unjudged: 0, goldLost: 0, goldGained: 0, falseDropped: 0, falseAdded: 0 };
  const now = new Map(quotes.map((quote) => [quote.key, quote]));
  const keys = [...new Set([...before.keys(), ...now.keys()])];
  for (const key of keys) {
    const was = before.get(key)?.kind ?? 'none';
    const is = now.get(key)?.kind ?? 'none';
    if ((was === 'quotation') === (is === 'quotation')) continue;
    const [article, start, end] = key.split(':');
    const doc = docs.get(article);
    if (!doc) continue;
    const gold = (now.get(key) ?? before.get(key))?.gold ?? false;
    const verdict = verdicts.get(key);
    const dropped = was === 'quotation';
    if (!verdict) tally.unjudged++;
    else if ((verdict.verdict === 'quotation') === dropped) tally.broken++;
    else tally.fixed++;
    if (gold) tally[dropped ? 'goldLost' : 'goldGained']++;
    else tally[dropped ? 'falseDropped' : 'falseAdded']++;
    const { sentence, paragraph } = quoteSurroundings(doc.text, Number(start), Number(end));
    console.log(`${key} ${was} -> ${is} ${gold ? 'GOLD' : 'not gold'}${verdict ? ` [judged: ${verdict.verdict}]` : ''}`);
    console.log(`  quote:     ${JSON.stringify(doc.text.slice(Number(start), Number(end)))}`);
    console.log(`  sentence:  ${sentence}`);
    if (paragraph !== sentence && paragraph.length < 900) console.log(`  paragraph: ${paragraph}`);
  }
  console.log(`\nBy the guide: ${tally.fixed} fixed, ${tally.broken} broken, ${tally.unjudged} unjudged.`);
  console.log(`By the gold: ${tally.falseDropped} false quotations dropped, ${tally.goldLost} gold quotations lost, ${tally.falseAdded} false added, ${tally.goldGained} gold regained.`);
}

main();
