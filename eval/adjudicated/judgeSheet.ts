/**
 * The sheet a second, blind judge reads: the same quotes the first judge judged (every false
 * quotation on dev and held back, and the gold sample), each with its article, offsets, sentence and
 * paragraph, and NO verdict, kind or gold. The selection follows eval/webcopy.ts: a predicted quote
 * of kind quotation inside no gold direct attribution (2 characters of slack) is a false quotation;
 * the gold samples are the quotes the first judge's file marks `gold sample` or `gold sample, second
 * draw` (only their keys are read); a missed gold quotation is a gold direct attribution holding no
 * predicted quotation, given with the gold content's bounds.
 * Run: npx tsx eval/adjudicated/judgeSheet.ts OUT.json [SET,SET…]  (write it outside the repository;
 * the sets to list, e.g. "gold sample, second draw" or "missed gold", separated by ";"; all by default)
 */
import { writeFileSync } from 'node:fs';
import { analyzeArticle } from '../../src/analysis';
import { corpusFiles, goldQuoteHolding, joinedFragments, readJsonl } from '../lib';
import { isHeldBack } from '../polnearSplit';
import type { ListedQuote } from './blindSheet';
import { quoteSurroundings, readVerdicts, verdictKey, type JudgedSet } from './verdicts';

interface PolnearDoc {
  id: string;
  text: string;
  attributions: Array<{ content: Array<[number, number]>; direct: boolean }>;
}

export interface SheetItem extends ListedQuote {
  split: 'dev' | 'heldBack';
}

function sheetItems(split: SheetItem['split'], docs: readonly PolnearDoc[], sampleSets: ReadonlyMap<string, JudgedSet>): SheetItem[] {
  const items: SheetItem[] = [];
  const item = (set: JudgedSet, doc: PolnearDoc, start: number, end: number): SheetItem => ({ set, split, article: doc.id, start, end, quote: doc.text.slice(start, end), ...quoteSurroundings(doc.text, start, end) });
  for (const doc of docs) {
    const golds = doc.attributions.filter((a) => a.direct).map((a) => joinedFragments(doc.text, a.content));
    const found = new Set<number>();
    for (const quote of analyzeArticle(doc.text, { quotesByParagraph: true }).quotes) {
      const g = goldQuoteHolding(golds, quote);
      if (g >= 0 && quote.kind === 'quotation') found.add(g);
      const set = g < 0 && quote.kind === 'quotation' ? 'false quotation' : g >= 0 ? sampleSets.get(verdictKey(doc.id, quote.start, quote.end)) : undefined;
      if (set) items.push(item(set, doc, quote.start, quote.end));
    }
    for (const [g, spans] of golds.entries()) if (!found.has(g)) items.push(item('missed gold', doc, spans[0].start, spans[spans.length - 1].end));
  }
  return items;
}

function main(): void {
  const out = process.argv[2];
  const sets = process.argv[3]?.split(';').map((set) => set.trim());
  if (!out) throw new Error('usage: npx tsx eval/adjudicated/judgeSheet.ts OUT.json');
  const files = corpusFiles('adjudicated/judgeSheet', 'the judging sheet', ['polnear-train.jsonl', 'polnear-dev.jsonl'], false);
  if (!files) return;
  // Only which quotes form the gold samples is taken from the first judge's file, never a verdict.
  const sampleSets = new Map([...readVerdicts().values()].filter((v) => v.set.startsWith('gold sample')).map((v) => [verdictKey(v.article, v.start, v.end), v.set]));
  const heldBack = readJsonl<PolnearDoc>(files[0]).filter((doc) => isHeldBack(doc.id));
  const items = [...sheetItems('dev', readJsonl<PolnearDoc>(files[1]), sampleSets), ...sheetItems('heldBack', heldBack, sampleSets)].filter((entry) => !sets || sets.includes(entry.set));
  writeFileSync(out, JSON.stringify(items, null, 1));
  console.log(`${items.length} items written to ${out}`);
}

main();
