/**
 * The sheet a second, blind judge reads: the same quotes the first judge judged (every false
 * quotation on dev and held back, and the gold sample), each with its article, offsets, sentence and
 * paragraph, and NO verdict, kind or gold. The selection follows eval/webcopy.ts: a predicted quote
 * of kind quotation inside no gold direct attribution (2 characters of slack) is a false quotation;
 * the gold sample is the quotes the first judge's file marks `gold sample` (only their keys are read).
 * Run: npx tsx eval/adjudicated/judgeSheet.ts OUT.json  (write it outside the repository)
 */
import { writeFileSync } from 'node:fs';
import { analyzeArticle } from '../../src/analysis';
import { corpusFiles, goldQuoteHolding, joinedFragments, readJsonl } from '../lib';
import { isHeldBack } from '../polnearSplit';
import { quoteSurroundings, readVerdicts, verdictKey } from './verdicts';

interface PolnearDoc {
  id: string;
  text: string;
  attributions: Array<{ content: Array<[number, number]>; direct: boolean }>;
}

export interface SheetItem {
  set: 'false quotation' | 'gold sample';
  split: 'dev' | 'heldBack';
  article: string;
  start: number;
  end: number;
  quote: string;
  sentence: string;
  paragraph: string;
}

function sheetItems(split: SheetItem['split'], docs: readonly PolnearDoc[], sampleKeys: ReadonlySet<string>): SheetItem[] {
  const items: SheetItem[] = [];
  for (const doc of docs) {
    const golds = doc.attributions.filter((a) => a.direct).map((a) => joinedFragments(doc.text, a.content));
    for (const quote of analyzeArticle(doc.text, { quotesByParagraph: true }).quotes) {
      const inGold = goldQuoteHolding(golds, quote) >= 0;
      const set = !inGold && quote.kind === 'quotation' ? 'false quotation' : inGold && sampleKeys.has(verdictKey(doc.id, quote.start, quote.end)) ? 'gold sample' : null;
      if (!set) continue;
      items.push({ set, split, article: doc.id, start: quote.start, end: quote.end, quote: quote.text, ...quoteSurroundings(doc.text, quote.start, quote.end) });
    }
  }
  return items;
}

function main(): void {
  const out = process.argv[2];
  if (!out) throw new Error('usage: npx tsx eval/adjudicated/judgeSheet.ts OUT.json');
  const files = corpusFiles('adjudicated/judgeSheet', 'the judging sheet', ['polnear-train.jsonl', 'polnear-dev.jsonl'], false);
  if (!files) return;
  // Only which quotes form the gold sample is taken from the first judge's file, never a verdict.
  const sampleKeys = new Set([...readVerdicts().values()].filter((v) => v.set === 'gold sample').map((v) => verdictKey(v.article, v.start, v.end)));
  const heldBack = readJsonl<PolnearDoc>(files[0]).filter((doc) => isHeldBack(doc.id));
  const items = [...sheetItems('dev', readJsonl<PolnearDoc>(files[1]), sampleKeys), ...sheetItems('heldBack', heldBack, sampleKeys)];
  writeFileSync(out, JSON.stringify(items, null, 1));
  console.log(`${items.length} items written to ${out}`);
}

main();
