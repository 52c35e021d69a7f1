/**
 * Page structure on web copy: datelines, dates, bylines, captions and boilerplate on our own test
 * pages (test/fixtures/webcopy, a tuning set and a held-back set), and on PolNeAR's scraped news
 * whether any gold quotation falls into what we call furniture.
 * Run: npx tsx eval/webcopy.ts [--json] [--errors]
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeArticle, type ArticleAnalysis, type QuoteKind } from '../src/analysis';
import { FALSE_QUOTATION_CLASSES, falseQuotationClass, type FalseQuotationClass } from './falseQuotations';
import { covers, pageRows, readPage, scorePages, type Page, type PageFigures } from './pageFigures';
import { isHeldBack } from './polnearSplit';
import { context, corpusFiles, joinedFragments, parseFlags, pct, prf, ratio, readJsonl, REPO_ROOT, table, type PRF } from './lib';

const SCRIPT = 'webcopy';
const flags = parseFlags(SCRIPT, []);
const PAGES = join(REPO_ROOT, 'test', 'fixtures', 'webcopy');

// ---------------------------------------------------------------------------------------------
// Test pages

function readPages(set: string): Page[] {
  const dir = join(PAGES, set);
  return readdirSync(dir)
    .filter((file) => file.endsWith('.page.txt'))
    .sort()
    .map((file) => readPage(file, readFileSync(join(dir, file), 'utf8')));
}

// ---------------------------------------------------------------------------------------------
// PolNeAR: no story taken for furniture

interface PolnearDoc {
  id: string;
  text: string;
  attributions: Array<{ content: Array<[number, number]>; direct: boolean; source: [number, number] | null }>;
}

interface PolnearFigures {
  docs: number;
  datelines: number;
  agencyDatelines: number;
  captions: number;
  boilerplateParagraphs: number;
  paragraphs: number;
  directQuotes: number;
  quotesInFurniture: number;
  examples: string[];
}

function scorePolnear(docs: readonly PolnearDoc[]): PolnearFigures {
  const f: PolnearFigures = { docs: docs.length, datelines: 0, agencyDatelines: 0, captions: 0, boilerplateParagraphs: 0, paragraphs: 0, directQuotes: 0, quotesInFurniture: 0, examples: [] };
  for (const doc of docs) {
    const analysis: ArticleAnalysis = analyzeArticle(doc.text, { quotesByParagraph: true });
    const { metadata, paragraphs } = analysis;
    if (metadata.dateline) f.datelines++;
    if (metadata.dateline?.agency) f.agencyDatelines++;
    f.captions += metadata.captions.length;
    f.paragraphs += paragraphs.length;
    const furniture = [...metadata.captions, ...metadata.boilerplate];
    f.boilerplateParagraphs += paragraphs.filter((p) => covers(metadata.boilerplate, p)).length;
    for (const attribution of doc.attributions.filter((a) => a.direct)) {
      f.directQuotes++;
      const inside = attribution.content.some(([start, end]) => covers(furniture, { start, end }));
      if (inside) {
        f.quotesInFurniture++;
        const [start, end] = attribution.content[0];
        f.examples.push(`${doc.id}: quote in furniture: ${context(doc.text, start, end)}`);
      }
    }
    if (flags.errors) {
      for (const span of furniture) f.examples.push(`${doc.id}: furniture: ${JSON.stringify(span.text.slice(0, 120))}`);
    }
  }
  return f;
}

// ---------------------------------------------------------------------------------------------
// PolNeAR: quote kinds. The matching rule of eval/quotes.ts (README): a predicted quote is correct
// inside a direct attribution's content (fragments joined across marks and spaces) with 2
// characters of slack; recall counts attributions holding at least one predicted quote.

const SLACK = 2;

interface KindFigures {
  all: PRF;
  quotations: PRF;
  kinds: Record<QuoteKind, number>;
  /** Correct quotes whose gold attribution has a source, and how many of them we call quotations. */
  sourcedCorrect: number;
  sourcedQuotation: number;
  /** False quotations (kind quotation, inside no gold direct attribution) by class. */
  falseQuotations: Record<FalseQuotationClass, number>;
  examples: string[];
}

function goldSpans(doc: PolnearDoc): Array<Array<{ start: number; end: number }>> {
  return doc.attributions
    .filter((a) => a.direct)
    .map((a) => joinedFragments(doc.text, a.content));
}

function scoreKinds(docs: readonly PolnearDoc[]): KindFigures {
  const kinds: Record<QuoteKind, number> = { quotation: 0, scare: 0, title: 0, term: 0 };
  const count = { all: [0, 0, 0], quotations: [0, 0, 0] };
  let gold = 0;
  let sourcedCorrect = 0;
  let sourcedQuotation = 0;
  const examples: string[] = [];
  const falseQuotations = Object.fromEntries(FALSE_QUOTATION_CLASSES.map((name) => [name, 0])) as Record<FalseQuotationClass, number>;
  for (const doc of docs) {
    const golds = goldSpans(doc);
    const direct = doc.attributions.filter((a) => a.direct);
    gold += golds.length;
    const hitAll = new Set<number>();
    const hitQuotations = new Set<number>();
    for (const quote of analyzeArticle(doc.text, { quotesByParagraph: true }).quotes) {
      kinds[quote.kind]++;
      const g = golds.findIndex((spans) => spans.some((span) => quote.start >= span.start - SLACK && quote.end <= span.end + SLACK));
      count.all[0]++;
      if (quote.kind === 'quotation') count.quotations[0]++;
      if (g >= 0) {
        count.all[1]++;
        hitAll.add(g);
        if (quote.kind === 'quotation') {
          count.quotations[1]++;
          hitQuotations.add(g);
        }
        if (direct[g].source) {
          sourcedCorrect++;
          if (quote.kind === 'quotation') sourcedQuotation++;
        }
      }
      if (flags.errors && quote.kind !== 'quotation') {
        examples.push(`${g >= 0 ? 'GOLD QUOTE' : 'not gold'} ${quote.kind}: ${context(doc.text, quote.start, quote.end)}`);
      }
      if (g < 0 && quote.kind === 'quotation') {
        const kind = falseQuotationClass(doc.text, quote);
        falseQuotations[kind]++;
        if (flags.errors) examples.push(`false quotation (${kind}): ${context(doc.text, quote.start, quote.end)}`);
      }
    }
    count.all[2] += hitAll.size;
    count.quotations[2] += hitQuotations.size;
  }
  return {
    all: prf(count.all[1], count.all[0], count.all[2], gold),
    quotations: prf(count.quotations[1], count.quotations[0], count.quotations[2], gold),
    kinds,
    sourcedCorrect,
    sourcedQuotation,
    falseQuotations,
    examples,
  };
}

// ---------------------------------------------------------------------------------------------

function main(): void {
  const train = scorePages(readPages('train'));
  const heldBack = scorePages(readPages('heldback'));
  const output: Record<string, unknown> = { pages: { train: strip(train), heldBack: strip(heldBack) } };
  const files = corpusFiles(SCRIPT, 'the PolNeAR furniture check', ['polnear-train.jsonl', 'polnear-dev.jsonl'], flags.json);
  let polnear: Record<string, PolnearFigures> | null = null;
  let kinds: Record<string, KindFigures> | null = null;
  if (files) {
    const trainDocs = readJsonl<PolnearDoc>(files[0]);
    const splits: Record<string, PolnearDoc[]> = {
      train: trainDocs.filter((doc) => !isHeldBack(doc.id)),
      dev: readJsonl<PolnearDoc>(files[1]),
      heldBack: trainDocs.filter((doc) => isHeldBack(doc.id)),
    };
    polnear = Object.fromEntries(Object.entries(splits).map(([name, docs]) => [name, scorePolnear(docs)]));
    kinds = Object.fromEntries(Object.entries(splits).map(([name, docs]) => [name, scoreKinds(docs)]));
    output.polnear = Object.fromEntries(Object.entries(polnear).map(([key, value]) => [key, { ...value, examples: undefined }]));
    output.quoteKinds = Object.fromEntries(Object.entries(kinds).map(([key, value]) => [key, { ...value, examples: undefined }]));
  }
  if (flags.json) {
    console.log(JSON.stringify(output, null, 2));
    return;
  }
  console.log('Page structure on our test pages (test/fixtures/webcopy)\n');
  console.log(table(['set', 'what', 'result'], [...pageRows(`train (${train.pages})`, train), ...pageRows(`held back (${heldBack.pages})`, heldBack)]));
  if (flags.errors) for (const error of [...train.errors, ...heldBack.errors]) console.log(`  ${error}`);
  if (polnear) {
    console.log('\nPolNeAR (scraped news): gold direct quotes inside furniture should be none\n');
    const rows = Object.entries(polnear).map(([name, f]) => [
      `${name} (${f.docs})`,
      `${f.quotesInFurniture} of ${f.directQuotes}`,
      `${f.boilerplateParagraphs} of ${f.paragraphs}`,
      f.captions,
      `${f.datelines} (${f.agencyDatelines} with agency)`,
    ]);
    console.log(table(['split', 'quotes in furniture', 'paragraphs in boilerplate', 'captions', 'datelines'], rows));
    if (flags.errors) for (const name of ['train', 'dev']) for (const example of polnear[name].examples) console.log(`  ${name}: ${example}`);
  }
  if (kinds) {
    console.log('\nPolNeAR direct quotes: every quote, and quotations only (scare quotes, terms and titles set aside)\n');
    const rows = Object.entries(kinds).map(([name, f]) => [
      name,
      `${pct(f.all.precision)} / ${pct(f.all.recall)}`,
      `${pct(f.quotations.precision)} / ${pct(f.quotations.recall)}`,
      `${f.kinds.scare} / ${f.kinds.term} / ${f.kinds.title}`,
      ratio(f.sourcedQuotation, f.sourcedCorrect),
    ]);
    console.log(table(['split', 'all: P / R', 'quotations: P / R', 'scare / term / title', 'gold quotes with a source called quotations'], rows));
    console.log('\nFalse quotations (kind quotation, inside no gold direct attribution) by shape (eval/falseQuotations.ts)\n');
    console.log(table(['class', ...Object.keys(kinds)], FALSE_QUOTATION_CLASSES.map((name) => [name, ...Object.values(kinds).map((f) => f.falseQuotations[name])])));
    // Held-back errors are counted, never listed.
    if (flags.errors) for (const name of ['train', 'dev']) for (const example of kinds[name].examples) console.log(`  ${name}: ${example}`);
  }
}

function strip(f: PageFigures): Omit<PageFigures, 'errors'> {
  const { errors: _errors, ...figures } = f;
  return figures;
}

main();
