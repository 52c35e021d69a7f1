/**
 * Page structure on web copy: datelines, dates, bylines, captions and boilerplate on our own test
 * pages (test/fixtures/webcopy, a tuning set and a held-back set), and on PolNeAR's scraped news
 * whether any gold quotation falls into what we call furniture.
 * Run: npx tsx eval/webcopy.ts [--json] [--errors] [--false-quotations] [--gold-sample] [--missed-gold] [--disagreements] [--missed]
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyzeArticle, type ArticleAnalysis, type QuoteKind } from '../src/analysis';
import { FALSE_QUOTATION_CLASSES, falseQuotationClass, type FalseQuotationClass } from './falseQuotations';
import { MISS_CAUSES, missedQuotation, type MissedQuotation } from './missedQuotations';
import { covers, pageRows, readPage, scorePages, type Page, type PageFigures } from './pageFigures';
import { isHeldBack } from './polnearSplit';
import { random } from './random';
import { firstWords, quoteSurroundings, readVerdicts, SECOND_VERDICTS_FILE, verdictKey, VERDICTS, type AdjudicatedQuote, type JudgedSet, type Verdict } from './adjudicated/verdicts';
import { guideRecall, type GoldQuotationVerdicts, type GuideRecall } from './adjudicated/guideRecall';
import { agreement, confusion, fiveLabels, quotationOrNot, type Agreement, type VerdictPair } from './adjudicated/agreement';
import { context, corpusFiles, goldQuoteHolding, joinedFragments, parseFlags, pct, prf, ratio, readJsonl, REPO_ROOT, round, table, type PRF } from './lib';

const SCRIPT = 'webcopy';
const flags = parseFlags(SCRIPT, ['--false-quotations', '--gold-sample', '--missed-gold', '--disagreements', '--missed']);
/** The team's verdicts on quotes where the product and the gold disagree (eval/adjudicated/README.md). */
const verdicts = readVerdicts();
/** A second judge's verdicts on the same quotes, written without seeing the first. */
const secondVerdicts = readVerdicts(SECOND_VERDICTS_FILE);
/** Where `--disagreements` lists the quotes the two judges label differently (outside the repository). */
const DISAGREEMENTS_FILE = join(tmpdir(), 'sourcelens-judge-disagreements.txt');
/** Seed and size of the sample of gold direct quotes judged by the same guide. */
const GOLD_SAMPLE_SEED = 18;
const GOLD_SAMPLE_SIZE = 200;
/**
 * Later draws, to narrow the both-sides range: gold-matched quotes of kind quotation on dev + held
 * back that no earlier sample holds, drawn uniformly, each with its own seed (fixed before judging).
 */
interface LaterDraw {
  set: JudgedSet;
  name: string;
  seed: number;
  size: number;
}
const LATER_DRAWS: readonly LaterDraw[] = [
  { set: 'gold sample, second draw', name: 'A second draw', seed: 1818, size: 150 },
  { set: 'gold sample, third draw', name: 'A third draw', seed: 1820, size: 400 },
];
const PAGES = join(REPO_ROOT, 'test', 'fixtures', 'webcopy');
/**
 * The sets of test pages (test/fixtures/webcopy/README.md): agency copy on four kinds of site, and
 * pages in the shapes of many named sites; each with a part written apart and never tuned on.
 */
const PAGE_SETS: ReadonlyArray<{ dir: string; key: string; label: string; heldBack: boolean }> = [
  { dir: 'train', key: 'train', label: 'train', heldBack: false },
  { dir: 'heldback', key: 'heldBack', label: 'held back', heldBack: true },
  { dir: 'sites', key: 'sites', label: 'sites', heldBack: false },
  { dir: 'sites-heldback', key: 'sitesHeldBack', label: 'sites held back', heldBack: true },
  { dir: 'sites2', key: 'sites2', label: 'sites, second round', heldBack: false },
  { dir: 'sites3', key: 'sites3', label: 'sites, third round', heldBack: false },
  { dir: 'sites4', key: 'sites4', label: 'sites, fourth round', heldBack: false },
  { dir: 'sites5', key: 'sites5', label: 'sites, fifth round', heldBack: false },
  { dir: 'sites6', key: 'sites6', label: 'sites, sixth round', heldBack: false },
  { dir: 'sites7', key: 'sites7', label: 'sites, seventh round', heldBack: false },
  { dir: 'sites-heldback2', key: 'sitesHeldBack2', label: 'sites held back, second', heldBack: true },
  { dir: 'sites8', key: 'sitesHeldBack3', label: 'sites held back, third', heldBack: true },
  { dir: 'sites9', key: 'sites9', label: 'sites, ninth round', heldBack: false },
  { dir: 'sites10', key: 'sitesHeldBack4', label: 'sites held back, fourth', heldBack: true },
  { dir: 'sites11', key: 'sites11', label: 'sites, eleventh round', heldBack: false },
  { dir: 'sites12', key: 'sitesHeldBack5', label: 'sites held back, fifth', heldBack: true },
  { dir: 'sites13', key: 'sites13', label: 'sites, thirteenth round', heldBack: false },
  { dir: 'sites14', key: 'sitesHeldBack6', label: 'sites held back, sixth', heldBack: true },
  { dir: 'sites15', key: 'sites15', label: 'sites, fifteenth round', heldBack: false },
  { dir: 'sites16', key: 'sitesHeldBack7', label: 'sites held back, seventh', heldBack: true },
  { dir: 'sites17', key: 'sites17', label: 'sites, seventeenth round', heldBack: false },
  { dir: 'sites18', key: 'sitesHeldBack8', label: 'sites held back, eighth', heldBack: true },
  { dir: 'sites19', key: 'sites19', label: 'sites, nineteenth round', heldBack: false },
  { dir: 'sites20', key: 'sitesHeldBack9', label: 'sites held back, ninth', heldBack: true },
  { dir: 'sites21', key: 'sites21', label: 'sites, twenty-first round', heldBack: false },
  { dir: 'sites22', key: 'sitesHeldBack10', label: 'sites held back, tenth', heldBack: true },
  { dir: 'sites23', key: 'sites23', label: 'sites, twenty-third round', heldBack: false },
  { dir: 'sites24', key: 'sites24', label: 'sites, twenty-fourth round', heldBack: false },
  { dir: 'sites25', key: 'sitesHeldBack11', label: 'sites held back, eleventh', heldBack: true },
  { dir: 'sites27', key: 'sitesHeldBack12', label: 'sites held back, twelfth', heldBack: true },
  { dir: 'sites29', key: 'sitesHeldBack13', label: 'sites held back, thirteenth', heldBack: true },
  { dir: 'sites31', key: 'sitesHeldBack14', label: 'sites held back, fourteenth', heldBack: true },
  { dir: 'sites33', key: 'sitesHeldBack15', label: 'sites held back, fifteenth', heldBack: true },
  { dir: 'sites35', key: 'sitesHeldBack16', label: 'sites held back, sixteenth', heldBack: true },
  { dir: 'sites37', key: 'sitesHeldBack17', label: 'sites held back, seventeenth', heldBack: true },
  { dir: 'sites26', key: 'sites26', label: 'sites, twenty-sixth round', heldBack: false },
  { dir: 'sites28', key: 'sites28', label: 'sites, twenty-eighth round', heldBack: false },
  { dir: 'sites30', key: 'sites30', label: 'sites, thirtieth round', heldBack: false },
  { dir: 'sites32', key: 'sites32', label: 'sites, thirty-second round', heldBack: false },
  { dir: 'sites34', key: 'sites34', label: 'sites, thirty-fourth round', heldBack: false },
  { dir: 'sites36', key: 'sites36', label: 'sites, thirty-sixth round', heldBack: false },
];

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

interface KindFigures {
  all: PRF;
  quotations: PRF;
  kinds: Record<QuoteKind, number>;
  /** Correct quotes whose gold attribution has a source, and how many of them we call quotations. */
  sourcedCorrect: number;
  sourcedQuotation: number;
  /** False quotations (kind quotation, inside no gold direct attribution) by class. */
  falseQuotations: Record<FalseQuotationClass, number>;
  /** Every false quotation, and every predicted quote inside a gold direct attribution, for judging. */
  falseQuotes: JudgedQuote[];
  goldQuotes: JudgedQuote[];
  /** Every gold direct attribution with whether we find it and the verdicts on it, for recall by the guide. */
  goldVerdicts: GoldQuotationVerdicts[];
  /** Gold direct attributions holding no predicted quotation, as quotes to judge (the gold content's bounds). */
  missedGold: JudgedQuote[];
  /** Gold direct attributions holding no predicted quotation, with why (only with --missed). */
  missed: MissedQuotation[];
  examples: string[];
}

/** A predicted quote with where it stands and the team's verdict, if there is one. */
interface JudgedQuote {
  article: string;
  start: number;
  end: number;
  text: string;
  /** The kind the analysis gives it (not printed for the judge); null for a missed gold quotation. */
  kind: QuoteKind | null;
  sentence: string;
  paragraph: string;
  verdict: AdjudicatedQuote | undefined;
  /** The second judge's verdict, if there is one. */
  second: AdjudicatedQuote | undefined;
}

type Judge = 'first' | 'second';
const JUDGES: readonly Judge[] = ['first', 'second'];

function verdictBy(quote: JudgedQuote, judge: Judge): AdjudicatedQuote | undefined {
  return judge === 'first' ? quote.verdict : quote.second;
}

function judgedQuote(doc: PolnearDoc, quote: { start: number; end: number; text: string; kind: QuoteKind | null }): JudgedQuote {
  return { article: doc.id, start: quote.start, end: quote.end, text: quote.text, kind: quote.kind, ...quoteSurroundings(doc.text, quote.start, quote.end), verdict: verdicts.get(verdictKey(doc.id, quote.start, quote.end)), second: secondVerdicts.get(verdictKey(doc.id, quote.start, quote.end)) };
}

function goldSpans(doc: PolnearDoc): Array<Array<{ start: number; end: number }>> {
  return doc.attributions
    .filter((a) => a.direct)
    .map((a) => joinedFragments(doc.text, a.content));
}

function scoreKinds(docs: readonly PolnearDoc[], listMissed = false): KindFigures {
  const kinds: Record<QuoteKind, number> = { quotation: 0, scare: 0, title: 0, term: 0 };
  const count = { all: [0, 0, 0], quotations: [0, 0, 0] };
  let gold = 0;
  let sourcedCorrect = 0;
  let sourcedQuotation = 0;
  const examples: string[] = [];
  const falseQuotes: JudgedQuote[] = [];
  const goldQuotes: JudgedQuote[] = [];
  const missed: MissedQuotation[] = [];
  const goldVerdicts: GoldQuotationVerdicts[] = [];
  const missedGold: JudgedQuote[] = [];
  const falseQuotations = Object.fromEntries(FALSE_QUOTATION_CLASSES.map((name) => [name, 0])) as Record<FalseQuotationClass, number>;
  for (const doc of docs) {
    const golds = goldSpans(doc);
    const direct = doc.attributions.filter((a) => a.direct);
    gold += golds.length;
    const hitAll = new Set<number>();
    const hitQuotations = new Set<number>();
    const heldVerdicts = golds.map((): Verdict[] => []);
    const heldSecond = golds.map((): Verdict[] => []);
    const { quotes } = analyzeArticle(doc.text, { quotesByParagraph: true });
    for (const quote of quotes) {
      kinds[quote.kind]++;
      const g = goldQuoteHolding(golds, quote);
      count.all[0]++;
      if (quote.kind === 'quotation') count.quotations[0]++;
      if (g >= 0) {
        count.all[1]++;
        hitAll.add(g);
        if (quote.kind === 'quotation') {
          count.quotations[1]++;
          hitQuotations.add(g);
        }
        const judged = judgedQuote(doc, quote);
        if (quote.kind === 'quotation' && judged.verdict) heldVerdicts[g].push(judged.verdict.verdict);
        if (quote.kind === 'quotation' && judged.second) heldSecond[g].push(judged.second.verdict);
        goldQuotes.push(judged);
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
        falseQuotes.push(judgedQuote(doc, quote));
        if (flags.errors) examples.push(`false quotation (${kind}): ${context(doc.text, quote.start, quote.end)}`);
      }
    }
    count.all[2] += hitAll.size;
    count.quotations[2] += hitQuotations.size;
    for (const [g, spans] of golds.entries()) {
      if (hitQuotations.has(g)) {
        goldVerdicts.push({ found: true, verdicts: heldVerdicts[g], second: heldSecond[g] });
        continue;
      }
      const start = spans[0].start;
      const end = spans[spans.length - 1].end;
      const missedQuote = judgedQuote(doc, { start, end, text: doc.text.slice(start, end), kind: null });
      missedGold.push(missedQuote);
      goldVerdicts.push({ found: false, verdicts: missedQuote.verdict ? [missedQuote.verdict.verdict] : [], second: missedQuote.second ? [missedQuote.second.verdict] : [] });
    }
    if (listMissed) {
      for (const [g, spans] of golds.entries()) if (!hitQuotations.has(g)) missed.push(missedQuotation(doc.text, spans, quotes));
    }
  }
  return {
    all: prf(count.all[1], count.all[0], count.all[2], gold),
    quotations: prf(count.quotations[1], count.quotations[0], count.quotations[2], gold),
    kinds,
    sourcedCorrect,
    sourcedQuotation,
    falseQuotations,
    falseQuotes,
    goldQuotes,
    goldVerdicts,
    missedGold,
    missed,
    examples,
  };
}

// ---------------------------------------------------------------------------------------------
// PolNeAR: precision with the team's verdicts (eval/adjudicated/README.md). A false quotation the
// guide calls a quotation counts as right; one with no verdict counts as wrong and is listed.

/** The splits whose false quotations have been judged; train is where rules are tuned, not judged. */
const ADJUDICATED_SPLITS = ['dev', 'heldBack'];

type Left = Verdict | 'no verdict';

interface AdjudicatedFigures {
  precision: number;
  correct: number;
  predicted: number;
  /** False quotations by the team's verdict. */
  falseByVerdict: Record<Left, number>;
  unjudged: JudgedQuote[];
}

function adjudicate(f: KindFigures, judge: Judge = 'first'): AdjudicatedFigures {
  const falseByVerdict = Object.fromEntries([...VERDICTS, 'no verdict'].map((name) => [name, 0])) as Record<Left, number>;
  for (const quote of f.falseQuotes) falseByVerdict[verdictBy(quote, judge)?.verdict ?? 'no verdict']++;
  const correct = f.quotations.tp + falseByVerdict.quotation;
  const predicted = f.quotations.predicted;
  return { precision: predicted === 0 ? 0 : round(correct / predicted), correct, predicted, falseByVerdict, unjudged: f.falseQuotes.filter((quote) => !verdictBy(quote, judge)) };
}

/**
 * A seeded sample of quotes the gold counts as direct quotes, judged by the same guide. Once judged,
 * the sample is the quotes its verdicts name: a change that finds one more quote anywhere shifts the
 * pool, and a fresh draw would be another sample with no verdicts. A judged quote the analysis no
 * longer matches drops out (the count printed says so).
 */
function goldSample(kinds: Record<string, KindFigures>): JudgedQuote[] {
  const pool = ADJUDICATED_SPLITS.flatMap((name) => kinds[name].goldQuotes);
  const judged = pool.filter((quote) => quote.verdict?.set === 'gold sample');
  if (judged.length > 0) return judged;
  const next = random(GOLD_SAMPLE_SEED);
  const picked = new Set<number>();
  while (picked.size < Math.min(GOLD_SAMPLE_SIZE, pool.length)) picked.add(Math.floor(next() * pool.length));
  return [...picked].sort((a, b) => a - b).map((at) => pool[at]);
}

/**
 * A later draw: once judged, the quotes its verdicts name (as for the first sample); before, a
 * seeded draw from the gold-matched quotations that have no verdict yet.
 */
function laterDraw(kinds: Record<string, KindFigures>, draw: LaterDraw): JudgedQuote[] {
  const pool = ADJUDICATED_SPLITS.flatMap((name) => kinds[name].goldQuotes).filter((quote) => quote.kind === 'quotation');
  const judged = pool.filter((quote) => quote.verdict?.set === draw.set);
  if (judged.length > 0) return judged;
  const fresh = pool.filter((quote) => !quote.verdict);
  const next = random(draw.seed);
  const picked = new Set<number>();
  while (picked.size < Math.min(draw.size, fresh.length)) picked.add(Math.floor(next() * fresh.length));
  return [...picked].sort((a, b) => a - b).map((at) => fresh[at]);
}

/** Every judged sample of gold-matched quotes: what the both-sides estimate rests on. */
function judgedSample(kinds: Record<string, KindFigures>): JudgedQuote[] {
  return [...goldSample(kinds), ...LATER_DRAWS.flatMap((draw) => laterDraw(kinds, draw))];
}

/** Recall by the guide on each adjudicated split, beside the gold recall, by one judge's verdicts. */
function recallByGuide(kinds: Record<string, KindFigures>, judge: Judge = 'first'): Record<string, GuideRecall & { goldRecall: number }> {
  return Object.fromEntries(ADJUDICATED_SPLITS.map((name) => [name, { goldRecall: kinds[name].quotations.recall, ...guideRecall(kinds[name].goldVerdicts, judge) }]));
}

/** The listing a judge reads: where the quote stands, its sentence and its paragraph. */
function printForJudging(quotes: readonly JudgedQuote[]): void {
  for (const quote of quotes) {
    console.log(`${quote.article} ${quote.start}-${quote.end}${quote.verdict ? ` [judged: ${quote.verdict.verdict}]` : ''}`);
    console.log(`  quote:     ${JSON.stringify(quote.text)}`);
    console.log(`  sentence:  ${quote.sentence}`);
    if (quote.paragraph !== quote.sentence) console.log(`  paragraph: ${quote.paragraph}`);
  }
}

/** Gold-matched quotations in the sample, and how many of them the guide calls something else. */
interface SampleRate {
  quotations: number;
  notQuotations: number;
}

/** Over the sample's quotes of kind quotation that this judge judged. */
function sampleRate(sample: readonly JudgedQuote[], judge: Judge = 'first'): SampleRate {
  const quotations = sample.filter((quote) => quote.kind === 'quotation' && verdictBy(quote, judge));
  return { quotations: quotations.length, notQuotations: quotations.filter((quote) => verdictBy(quote, judge)?.verdict !== 'quotation').length };
}

/** Wilson score interval (95%) of a proportion: the sample is small, so the estimate is given with its range. */
function wilson(hits: number, n: number): [number, number] {
  if (n === 0) return [0, 1];
  const z = 1.96;
  const p = hits / n;
  const centre = (p + (z * z) / (2 * n)) / (1 + (z * z) / n);
  const half = (z * Math.sqrt((p * (1 - p)) / n + (z * z) / (4 * n * n))) / (1 + (z * z) / n);
  return [Math.max(0, centre - half), Math.min(1, centre + half)];
}

/**
 * Precision with the guide applied on both sides: the judged false quotations as in `adjudicate`, and
 * the gold-matched quotations thinned by the sample's share of non-quotations (an estimate, with the
 * range that share's 95% interval gives).
 */
function bothSides(f: KindFigures, a: AdjudicatedFigures, rate: SampleRate): { estimate: number; low: number; high: number } {
  const share = rate.quotations === 0 ? 0 : rate.notQuotations / rate.quotations;
  const [lowShare, highShare] = wilson(rate.notQuotations, rate.quotations);
  const at = (s: number): number => (a.predicted === 0 ? 0 : (f.quotations.tp * (1 - s) + a.falseByVerdict.quotation) / a.predicted);
  return { estimate: round(at(share)), low: round(at(highShare)), high: round(at(lowShare)) };
}

function printAdjudicated(kinds: Record<string, KindFigures>): void {
  const first = goldSample(kinds);
  const later = LATER_DRAWS.map((draw) => ({ draw, quotes: laterDraw(kinds, draw) }));
  const sample = judgedSample(kinds);
  const figures = judgeFigures(kinds, sample, 'first');
  const rate = sampleRate(sample);
  console.log('\nQuotation precision adjudicated by the team (eval/adjudicated/README.md): beside the gold figures, never');
  console.log('instead of them. A false quotation judged a quotation counts as right; one with no verdict counts as wrong.');
  console.log('"Both sides" also applies the guide to the gold-matched quotations, from the gold samples below (an estimate).');
  console.log('Recall by the guide: gold quotations the guide calls quotations that hold a predicted quotation. Every missed one');
  console.log('is judged; a found one counts as a quotation unless the gold samples judge it otherwise (most are unjudged).\n');
  const recall = recallByGuide(kinds);
  const rows = ADJUDICATED_SPLITS.map((name) => {
    const a = figures[name];
    const left = a.falseByVerdict;
    const both = a.bothSides;
    return [
      name,
      pct(kinds[name].quotations.precision),
      `${pct(a.precision)} (${a.correct}/${a.predicted})`,
      `${pct(both.estimate)} (${pct(both.low)}-${pct(both.high)})`,
      left.quotation,
      `${left.scare} / ${left.term} / ${left.title} / ${left.other}`,
      left['no verdict'],
      pct(recall[name].goldRecall),
      `${pct(recall[name].recall)} (${recall[name].found}/${recall[name].found + recall[name].missed + recall[name].missedUnjudged})`,
      `${recall[name].missedNotQuotations} / ${recall[name].foundNotQuotations} / ${recall[name].missedUnjudged}`,
    ];
  });
  console.log(table(['split', 'gold P', 'adjudicated P', 'both sides (95% range)', 'false judged quotations', 'left: scare / term / title / other', 'no verdict', 'gold R', 'R by the guide', 'gold not quotations: missed / found; missed unjudged'], rows));
  const byVerdict = (quotes: readonly JudgedQuote[]): string => [...VERDICTS, 'no verdict'].map((name) => `${name} ${quotes.filter((quote) => (quote.verdict?.verdict ?? 'no verdict') === name).length}`).join(', ');
  console.log(`\nA sample of ${first.length} gold direct quotes (dev + held back, seed ${GOLD_SAMPLE_SEED}) judged by the same guide: ${byVerdict(first)}`);
  for (const { draw, quotes } of later) console.log(`${draw.name} of ${quotes.length} gold quotes we call quotations (seed ${draw.seed}): ${byVerdict(quotes)}`);
  console.log(`Missed gold quotations judged: ${ADJUDICATED_SPLITS.map((name) => `${name}: ${byVerdict(kinds[name].missedGold)}`).join('; ')}`);
  console.log(`Of the samples' ${rate.quotations} quotes of kind quotation, ${rate.notQuotations} are judged not quotations (${pct(rate.quotations === 0 ? 0 : rate.notQuotations / rate.quotations)}): the gold counts them right.`);
  for (const name of ADJUDICATED_SPLITS) {
    for (const quote of figures[name].unjudged) console.log(`  ${name}: no verdict: ${quote.article} ${quote.start}-${quote.end} ${JSON.stringify(firstWords(quote.text))}`);
  }
  for (const quote of sample.filter((q) => !q.verdict)) console.log(`  gold sample: no verdict: ${quote.article} ${quote.start}-${quote.end} ${JSON.stringify(firstWords(quote.text))}`);
  for (const name of ADJUDICATED_SPLITS) {
    for (const quote of kinds[name].missedGold.filter((q) => !q.verdict)) console.log(`  ${name}: missed gold, no verdict: ${quote.article} ${quote.start}-${quote.end} ${JSON.stringify(firstWords(quote.text))}`);
  }
}

// ---------------------------------------------------------------------------------------------
// PolNeAR: a second judge. The same quotes judged by the same guide without seeing the first judge's
// verdicts (eval/adjudicated/README.md): each judge's figures side by side, and how far they agree.

interface JudgedPair extends VerdictPair {
  quote: JudgedQuote;
}

/** The quotes both judges judged, by where they come from. */
function judgedPairs(kinds: Record<string, KindFigures>, sample: readonly JudgedQuote[]): Record<string, JudgedPair[]> {
  const pairsOf = (quotes: readonly JudgedQuote[]): JudgedPair[] => quotes.flatMap((quote) => (quote.verdict && quote.second ? [{ quote, first: quote.verdict, second: quote.second }] : []));
  const groups: Record<string, JudgedPair[]> = {
    'dev false quotations': pairsOf(kinds.dev.falseQuotes),
    'held back false quotations': pairsOf(kinds.heldBack.falseQuotes),
    'gold sample': pairsOf(sample.filter((quote) => quote.verdict?.set === 'gold sample')),
    ...Object.fromEntries(LATER_DRAWS.map((draw) => [draw.set, pairsOf(sample.filter((quote) => quote.verdict?.set === draw.set))])),
    'missed gold': pairsOf(ADJUDICATED_SPLITS.flatMap((name) => kinds[name].missedGold)),
  };
  // Sets the second judge has not judged are left out rather than shown as empty rows.
  return Object.fromEntries(Object.entries(groups).filter(([, pairs]) => pairs.length > 0));
}

interface JudgeAgreement {
  fiveLabels: Agreement;
  quotationOrNot: Agreement;
}

function agreements(groups: Record<string, JudgedPair[]>): Record<string, JudgeAgreement> {
  const all = Object.values(groups).flat();
  return Object.fromEntries(Object.entries({ ...groups, all }).map(([name, pairs]) => [name, { fiveLabels: agreement(pairs, fiveLabels), quotationOrNot: agreement(pairs, quotationOrNot) }]));
}

function judgeFigures(kinds: Record<string, KindFigures>, sample: readonly JudgedQuote[], judge: Judge): Record<string, AdjudicatedFigures & { bothSides: ReturnType<typeof bothSides> }> {
  const rate = sampleRate(sample, judge);
  return Object.fromEntries(ADJUDICATED_SPLITS.map((name) => {
    const a = adjudicate(kinds[name], judge);
    return [name, { ...a, bothSides: bothSides(kinds[name], a, rate) }];
  }));
}

function printSecondJudge(kinds: Record<string, KindFigures>): void {
  const sample = judgedSample(kinds);
  console.log('\nThe same quotes judged again by a second judge who did not see the first verdicts (eval/adjudicated/README.md)\n');
  const byJudge = { first: judgeFigures(kinds, sample, 'first'), second: judgeFigures(kinds, sample, 'second') };
  const recall = { first: recallByGuide(kinds, 'first'), second: recallByGuide(kinds, 'second') };
  const rows = ADJUDICATED_SPLITS.flatMap((name) => JUDGES.map((judge) => {
    const a = byJudge[judge][name];
    const left = a.falseByVerdict;
    const r = recall[judge][name];
    return [name, judge, `${pct(a.precision)} (${a.correct}/${a.predicted})`, `${pct(a.bothSides.estimate)} (${pct(a.bothSides.low)}-${pct(a.bothSides.high)})`, left.quotation, `${left.scare} / ${left.term} / ${left.title} / ${left.other}`, left['no verdict'], `${pct(r.recall)} (${r.found}/${r.found + r.missed + r.missedUnjudged})`];
  }));
  console.log(table(['split', 'judge', 'adjudicated P', 'both sides (95% range)', 'false judged quotations', 'left: scare / term / title / other', 'no verdict', 'R by the guide'], rows));
  for (const judge of JUDGES) {
    const rate = sampleRate(sample, judge);
    console.log(`Gold sample, ${judge} judge: of its ${rate.quotations} quotes of kind quotation, ${rate.notQuotations} are judged not quotations (${pct(rate.quotations === 0 ? 0 : rate.notQuotations / rate.quotations)}).`);
  }
  const groups = judgedPairs(kinds, sample);
  console.log('\nAgreement between the two judges on the quotes both judged (Cohen\'s kappa)\n');
  console.log(table(['quotes', 'judged by both', 'five labels: agree / kappa', 'quotation or not: agree / kappa'], Object.entries(agreements(groups)).map(([name, a]) => [
    name, a.fiveLabels.items, `${pct(a.fiveLabels.raw)} / ${a.fiveLabels.kappa.toFixed(2)}`, `${pct(a.quotationOrNot.raw)} / ${a.quotationOrNot.kappa.toFixed(2)}`,
  ])));
  const cells = confusion(Object.values(groups).flat());
  console.log('\nFirst judge (rows) against second judge (columns), all quotes both judged\n');
  console.log(table(['first \\ second', ...VERDICTS], VERDICTS.map((a) => [a, ...VERDICTS.map((b) => cells[a][b])])));
  if (flags.has('--disagreements')) {
    const lines = Object.entries(groups).flatMap(([name, pairs]) => pairs.filter((pair) => pair.first.verdict !== pair.second.verdict).flatMap((pair) => [
      `${name}: ${pair.quote.article} ${pair.quote.start}-${pair.quote.end}`,
      `  first:     ${pair.first.verdict} (${pair.first.reason})`,
      `  second:    ${pair.second.verdict} (${pair.second.reason})`,
      `  quote:     ${JSON.stringify(pair.quote.text)}`,
      `  paragraph: ${pair.quote.paragraph}`,
    ]));
    writeFileSync(DISAGREEMENTS_FILE, `${lines.join('\n')}\n`);
    console.log(`\nDisagreements listed in ${DISAGREEMENTS_FILE}`);
  }
}

// ---------------------------------------------------------------------------------------------

function main(): void {
  const pageSets = PAGE_SETS.filter((set) => existsSync(join(PAGES, set.dir))).map((set) => ({ ...set, figures: scorePages(readPages(set.dir)) }));
  const output: Record<string, unknown> = { pages: Object.fromEntries(pageSets.map((set) => [set.key, strip(set.figures)])) };
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
    kinds = Object.fromEntries(Object.entries(splits).map(([name, docs]) => [name, scoreKinds(docs, flags.has('--missed'))]));
    if (flags.has('--missed')) {
      printMissed(kinds);
      return;
    }
    output.polnear = Object.fromEntries(Object.entries(polnear).map(([key, value]) => [key, { ...value, examples: undefined }]));
    output.quoteKinds = Object.fromEntries(Object.entries(kinds).map(([key, value]) => [key, { ...value, examples: undefined, falseQuotes: undefined, goldQuotes: undefined, goldVerdicts: undefined, missedGold: undefined, missed: undefined }]));
    const sample = judgedSample(kinds);
    output.adjudicated = Object.fromEntries(Object.entries(judgeFigures(kinds, sample, 'first')).map(([name, a]) => [name, { ...a, unjudged: undefined }]));
    output.goldSample = sampleRate(sample);
    output.recallByGuide = recallByGuide(kinds);
    if (secondVerdicts.size > 0) {
      output.secondJudge = {
        adjudicated: Object.fromEntries(Object.entries(judgeFigures(kinds, sample, 'second')).map(([name, a]) => [name, { ...a, unjudged: undefined }])),
        goldSample: sampleRate(sample, 'second'),
        recallByGuide: recallByGuide(kinds, 'second'),
        agreement: agreements(judgedPairs(kinds, sample)),
      };
    }
    if (flags.has('--false-quotations') || flags.has('--gold-sample') || flags.has('--missed-gold')) {
      for (const name of flags.has('--false-quotations') ? ADJUDICATED_SPLITS : []) {
        console.log(`\n# ${name}: false quotations (kind quotation, inside no gold direct attribution)\n`);
        printForJudging(kinds[name].falseQuotes);
      }
      if (flags.has('--gold-sample')) {
        console.log(`\n# dev + held back: ${GOLD_SAMPLE_SIZE} quotes inside gold direct attributions, seed ${GOLD_SAMPLE_SEED}\n`);
        printForJudging(goldSample(kinds));
        for (const draw of LATER_DRAWS) {
          console.log(`\n# dev + held back: ${draw.name.toLowerCase()} of ${draw.size} gold quotes we call quotations, seed ${draw.seed}\n`);
          printForJudging(laterDraw(kinds, draw));
        }
      }
      for (const name of flags.has('--missed-gold') ? ADJUDICATED_SPLITS : []) {
        console.log(`\n# ${name}: gold direct quotations holding no predicted quotation (the gold content's bounds)\n`);
        printForJudging(kinds[name].missedGold);
      }
      return;
    }
  }
  if (flags.json) {
    console.log(JSON.stringify(output, null, 2));
    return;
  }
  console.log('Page structure on our test pages (test/fixtures/webcopy)\n');
  console.log(table(['set', 'what', 'result'], pageSets.flatMap((set) => pageRows(`${set.label} (${set.figures.pages})`, set.figures))));
  // Held-back pages are measured, never read to fix a miss: their errors are not listed.
  if (flags.errors) for (const set of pageSets.filter((one) => !one.heldBack)) for (const error of set.figures.errors) console.log(`  ${error}`);
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
    printAdjudicated(kinds);
    if (secondVerdicts.size > 0) printSecondJudge(kinds);
  }
}

/** Missed gold quotations counted by cause on every split, and listed on train-tune only, where rules are tuned. */
function printMissed(kinds: Record<string, KindFigures>): void {
  console.log('\n# Gold direct attributions holding no predicted quotation, by cause\n');
  const count = (missed: readonly MissedQuotation[], cause: string): number => missed.filter((m) => m.cause === cause).length;
  console.log(table(['cause', ...Object.keys(kinds)], [...MISS_CAUSES, 'all'].map((cause) => [cause, ...Object.values(kinds).map((f) => (cause === 'all' ? f.missed.length : count(f.missed, cause)))])));
  const missed = kinds.train.missed;
  for (const cause of MISS_CAUSES) {
    console.log(`\n## train: ${cause}\n`);
    for (const m of missed.filter((item) => item.cause === cause)) console.log(m.listing);
  }
}

function strip(f: PageFigures): Omit<PageFigures, 'errors'> {
  const { errors: _errors, ...figures } = f;
  return figures;
}

main();
