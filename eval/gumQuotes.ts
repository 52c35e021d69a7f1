/**
 * Quote kinds on copy from another newsroom: GUM's Wikinews articles (../shared/corpus/gum-news.jsonl),
 * judged by the guide of eval/adjudicated/README.md. PolNeAR is where the kind rules were written; this
 * checks whether they carry over. It was untouched until its first judging (84.8% by the guide); list
 * additions and two rules came from reading its errors since (eval/adjudicated/README.md, "GUM news").
 *
 *   npx tsx eval/gumQuotes.ts                    the figures, from the verdict files
 *   npx tsx eval/gumQuotes.ts --listing OUT.json the quotes to judge, for blindSheet.ts (outside the repository)
 *
 * Every pair of marks the analysis finds is listed, whatever kind it gives it (set `GUM news`), and so
 * is every quote GUM annotates that no found pair overlaps (set `GUM news, missed`). GUM's own quote
 * annotation is printed beside the judged figures, as a gold that leaves many quotations unmarked.
 */
import { writeFileSync } from 'node:fs';
import { analyzeArticle, type Quote } from '../src/analysis';
import { corpusFiles, ratio, readJsonl, table } from './lib';
import type { ListedQuote } from './adjudicated/blindSheet';
import { heldBackIds } from './nameMatch';
import { GUM_SECOND_VERDICTS_FILE, GUM_VERDICTS_FILE, quoteSurroundings, readVerdicts, verdictKey, type AdjudicatedQuote } from './adjudicated/verdicts';

interface GumDoc {
  id: string;
  text: string;
  quotes: Array<{ start: number; end: number }>;
}

interface ReadDoc {
  doc: GumDoc;
  quotes: readonly Quote[];
  /** GUM's quotes that no pair of marks found overlaps. */
  missed: ReadonlyArray<{ start: number; end: number }>;
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }): boolean => a.start < b.end && b.start < a.end;

function readDocs(file: string): ReadDoc[] {
  return readJsonl<GumDoc>(file).map((doc) => {
    const { quotes } = analyzeArticle(doc.text, { quotesByParagraph: true });
    return { doc, quotes, missed: doc.quotes.filter((gold) => !quotes.some((quote) => overlaps(quote, gold))) };
  });
}

function listing(docs: readonly ReadDoc[]): ListedQuote[] {
  const item = (set: ListedQuote['set'], doc: GumDoc, start: number, end: number): ListedQuote => ({ set, article: doc.id, start, end, quote: doc.text.slice(start, end), ...quoteSurroundings(doc.text, start, end) });
  return docs.flatMap(({ doc, quotes, missed }) => [...quotes.map((quote) => item('GUM news', doc, quote.start, quote.end)), ...missed.map((gold) => item('GUM news, missed', doc, gold.start, gold.end))]);
}

interface JudgedFigures {
  /** Found quotations the judge calls quotations, of those judged. */
  precision: [number, number];
  /** Quotations by the judge (found of any kind, or missed) that the analysis calls quotations. */
  recall: [number, number];
  /** Found pairs set aside (scare, term, title) the judge calls no quotation. */
  setAside: [number, number];
  unjudged: number;
}

function judged(docs: readonly ReadDoc[], verdicts: ReadonlyMap<string, AdjudicatedQuote>): JudgedFigures {
  const figures: JudgedFigures = { precision: [0, 0], recall: [0, 0], setAside: [0, 0], unjudged: 0 };
  for (const { doc, quotes, missed } of docs) {
    for (const quote of quotes) {
      const verdict = verdicts.get(verdictKey(doc.id, quote.start, quote.end))?.verdict;
      if (!verdict) {
        figures.unjudged++;
        continue;
      }
      const isQuotation = verdict === 'quotation';
      if (quote.kind === 'quotation') figures.precision = [figures.precision[0] + (isQuotation ? 1 : 0), figures.precision[1] + 1];
      else figures.setAside = [figures.setAside[0] + (isQuotation ? 0 : 1), figures.setAside[1] + 1];
      if (isQuotation) figures.recall = [figures.recall[0] + (quote.kind === 'quotation' ? 1 : 0), figures.recall[1] + 1];
    }
    for (const gold of missed) {
      const verdict = verdicts.get(verdictKey(doc.id, gold.start, gold.end))?.verdict;
      if (!verdict) figures.unjudged++;
      else if (verdict === 'quotation') figures.recall = [figures.recall[0], figures.recall[1] + 1];
    }
  }
  return figures;
}

/** GUM's annotation as gold: found quotations inside a GUM quote, and GUM quotes holding a found quotation. */
function againstGum(docs: readonly ReadDoc[]): { precision: [number, number]; recall: [number, number] } {
  const precision: [number, number] = [0, 0];
  const recall: [number, number] = [0, 0];
  for (const { doc, quotes } of docs) {
    const quotations = quotes.filter((quote) => quote.kind === 'quotation');
    for (const quote of quotations) {
      precision[1]++;
      if (doc.quotes.some((gold) => overlaps(quote, gold))) precision[0]++;
    }
    for (const gold of doc.quotes) {
      recall[1]++;
      if (quotations.some((quote) => overlaps(quote, gold))) recall[0]++;
    }
  }
  return { precision, recall };
}

function main(): void {
  const [flag, out] = process.argv.slice(2);
  if ((flag !== undefined && flag !== '--listing') || (flag === '--listing' && !out)) {
    console.log('usage: tsx eval/gumQuotes.ts [--listing OUT.json]');
    process.exit(2);
  }
  const files = corpusFiles('gumQuotes', 'quote kinds on GUM news', ['gum-news.jsonl'], false);
  if (!files) return;
  const docs = readDocs(files[0]);
  if (out) {
    const items = listing(docs);
    writeFileSync(out, JSON.stringify(items, null, 1));
    console.log(`${items.length} items written to ${out}`);
    return;
  }
  const cell = ([hits, of]: [number, number]): string => ratio(hits, of);
  const kinds = new Map<string, number>();
  for (const { quotes } of docs) for (const quote of quotes) kinds.set(quote.kind, (kinds.get(quote.kind) ?? 0) + 1);
  console.log(`Quote kinds on GUM news (${docs.length} Wikinews articles; two list additions came from its errors, see eval/adjudicated/README.md): ${[...kinds].map(([kind, n]) => `${kind} ${n}`).join(', ')}\n`);
  const gum = againstGum(docs);
  console.log(`Against GUM's own quote annotation (it leaves many quotations unmarked): P ${cell(gum.precision)}, R ${cell(gum.recall)}\n`);
  // The people evaluation's split of GUM (eval/README.md): 18 dev articles, 6 held back.
  const heldBack = heldBackIds(docs.map(({ doc }) => doc.id));
  const splits: Array<[string, readonly ReadDoc[]]> = [
    ['dev', docs.filter(({ doc }) => !heldBack.has(doc.id))],
    ['held back', docs.filter(({ doc }) => heldBack.has(doc.id))],
    ['all', docs],
  ];
  const rows = [
    ['first', GUM_VERDICTS_FILE],
    ['second', GUM_SECOND_VERDICTS_FILE],
  ].flatMap(([judge, file]) => {
    const verdicts = readVerdicts(file);
    return splits.map(([split, part]) => {
      const figures = judged(part, verdicts);
      return [split, judge, cell(figures.precision), cell(figures.recall), cell(figures.setAside), figures.unjudged];
    });
  });
  console.log('Judged by the guide (eval/adjudicated/README.md), blind: quotations found that are quotations (P), quotations found (R), set-asides that are not quotations');
  console.log(table(['split', 'judge', 'P by the guide', 'R by the guide', 'set aside rightly', 'no verdict'], rows));
  console.log('A quote with no verdict is left out of the figures.');
}

main();
