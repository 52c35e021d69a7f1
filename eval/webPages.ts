/**
 * Generated web pages (eval/pageMaker.ts): real corpus articles wrapped in page furniture, scored
 * per split on page structure (as eval:webcopy scores its test pages), on the people of the story
 * (GUM's gold names, credits not counted) and on PolNeAR's quotations, each beside the same
 * article without furniture.
 * Run: npx tsx eval/webPages.ts [--json] [--errors]
 */
import { analyzeArticle, type ArticleAnalysis } from '../src/analysis';
import { goldNames, type GumDoc, type NameMention } from './gold-names';
import { context, corpusFiles, goldQuoteHolding, joinedFragments, parseFlags, pct, prf, readJsonl, table, type PRF } from './lib';
import { heldBackIds, match, type Predicted } from './nameMatch';
import { makePage, type MadePage, type MoreFurniture, type SourceArticle } from './pageMaker';
import { covers, pageRows, scorePages } from './pageFigures';
import { inCreditContext } from './people-classes';
import { isHeldBack } from './polnearSplit';
import { random } from './random';

const SCRIPT = 'webPages';
const flags = parseFlags(SCRIPT, []);
/** Fixed once: the pages are the same on every run. */
const SEED = 20261126;
/** Added to a split's seed for the stream of the furniture added later (`MoreFurniture`). */
const MORE_FURNITURE_SEED = 1000;
/** Added to a split's seed for the stream of the saved-page shapes of the third round (`MoreFurniture.saved`). */
const SAVED_PAGE_SEED = 2000;
/** Added to a split's seed for the stream of the fourth round's shapes (`MoreFurniture.unaddressed`; tune and dev only). */
const UNADDRESSED_SEED = 3000;
/** Added to a split's seed for the stream of the fifth round's shapes (`MoreFurniture.inColumn`; tune and dev only). */
const IN_COLUMN_SEED = 4000;

interface PolnearDoc {
  id: string;
  title: string;
  date: string;
  text: string;
  attributions: Array<{ content: Array<[number, number]>; direct: boolean }>;
}

type Doc = { kind: 'gum'; doc: GumDoc } | { kind: 'polnear'; doc: PolnearDoc };

const headlineOf = (text: string): string => text.slice(0, text.indexOf('\n') >= 0 ? text.indexOf('\n') : text.length).trim();

/** The article's first sentence of 20 to 40 words without quotation marks, below its headline: a link list's long headline. */
function teaserOf(text: string): string | null {
  const body = text.slice(text.indexOf('\n') + 1);
  for (const match of body.matchAll(/(?:^|(?<=[.!?]\s))\p{Lu}[^.!?\n]*[.!?](?=\s|$)/gmu)) {
    const words = match[0].split(/\s+/u).length;
    if (words >= 20 && words <= 40 && !/["“”‘’']/u.test(match[0])) return match[0];
  }
  return null;
}

function sourceOf(entry: Doc): SourceArticle {
  if (entry.kind === 'gum') {
    const spans = entry.doc.persons.flatMap((person) => person.mentions);
    return { id: entry.doc.id, text: entry.doc.text, date: null, spans };
  }
  const spans = entry.doc.attributions.filter((a) => a.direct).flatMap((a) => a.content.map(([start, end]) => ({ start, end })));
  return { id: entry.doc.id, text: entry.doc.text, date: entry.doc.date, spans };
}

/** Direct attributions as spans (fragments joined across marks and spaces, as eval/quotes.ts does). */
function quoteGold(doc: PolnearDoc): Array<Array<{ start: number; end: number }>> {
  return doc.attributions
    .filter((a) => a.direct)
    .map((a) => joinedFragments(doc.text, a.content));
}

interface Counts {
  tp: number;
  predicted: number;
  found: number;
  gold: number;
}
const zero = (): Counts => ({ tp: 0, predicted: 0, found: 0, gold: 0 });
const add = (into: Counts, c: Counts): void => {
  into.tp += c.tp;
  into.predicted += c.predicted;
  into.found += c.found;
  into.gold += c.gold;
};
const asPrf = (c: Counts): PRF => prf(c.tp, c.predicted, c.found, c.gold);

/** Quotations (kind 'quotation') against the direct attributions; `map` takes source offsets to the analysed text. */
function scoreQuotes(doc: PolnearDoc, analysis: ArticleAnalysis, map: (offset: number) => number, errors: string[], text: string): Counts {
  const golds = quoteGold(doc).map((spans) => spans.map((span) => ({ start: map(span.start), end: map(span.end) })));
  const hit = new Set<number>();
  const c = zero();
  c.gold = golds.length;
  for (const quote of analysis.quotes) {
    if (quote.kind !== 'quotation') continue;
    c.predicted++;
    const g = goldQuoteHolding(golds, quote);
    if (g >= 0) {
      c.tp++;
      hit.add(g);
    } else errors.push(`${doc.id}: false quotation ${context(text, quote.start, quote.end)}`);
  }
  c.found = hit.size;
  return c;
}

/** Story people against GUM's gold name mentions; credited people and gold mentions in a credit line are not counted. */
function scorePeople(doc: GumDoc, analysis: ArticleAnalysis, map: (offset: number) => number, text: string, errors: string[], falseBy?: { lines: MadePage['lines']; counts: Map<string, number> }): Counts {
  const chains = goldNames(doc);
  const gold: NameMention[] = chains
    .flatMap((chain) => chain.nameMentions.map((m) => ({ ...m, chain: chain.chain, entity: chain.entity })))
    .filter((m) => !inCreditContext(doc.text, m.start, m.end))
    .map((m) => ({ ...m, start: map(m.start), end: map(m.end) }))
    .sort((a, b) => a.start - b.start);
  const credited = new Set(analysis.people.filter((p) => p.credit !== null).map((p) => p.id));
  const predicted: Predicted[] = analysis.people
    .flatMap((p) => p.mentions)
    .filter((m) => !credited.has(m.personId))
    .sort((a, b) => a.start - b.start)
    .map((m, index) => ({ ...m, index }));
  const pairs = match(text, gold, predicted, new Map(chains.map((chain) => [chain.chain, new Set(chain.names)])));
  const matched = new Set(pairs.map((pair) => pair.pred));
  for (const m of predicted) {
    if (matched.has(m)) continue;
    errors.push(`${doc.id}: false person ${context(text, m.start, m.end)}`);
    if (falseBy) {
      const tag = falseBy.lines.find((line) => line.start <= m.start && m.end <= line.end)?.tag ?? '?';
      falseBy.counts.set(tag, (falseBy.counts.get(tag) ?? 0) + 1);
    }
  }
  const found = new Set(pairs.map((pair) => pair.gold));
  for (const g of gold) if (!found.has(g)) errors.push(`${doc.id}: missed person ${context(text, g.start, g.end)}`);
  return { tp: pairs.length, predicted: predicted.length, found: pairs.length, gold: gold.length };
}

interface SplitFigures {
  pages: MadePage[];
  analyses: ArticleAnalysis[];
  people: { page: Counts; plain: Counts; inFurniture: number; falseByLine: Map<string, number> };
  quotes: { page: Counts; plain: Counts; inFurniture: number };
  errors: string[];
}

function scoreSplit(name: string, docs: readonly Doc[], seed: number): SplitFigures {
  const rng = random(seed);
  const headlines = docs.map((entry) => headlineOf(entry.doc.text));
  const more: MoreFurniture = {
    rng: random(seed + MORE_FURNITURE_SEED),
    wording: name === 'heldBack' ? 'heldBack' : 'tune',
    teasers: docs.map((entry) => teaserOf(entry.doc.text)).filter((teaser): teaser is string => teaser !== null),
    saved: random(seed + SAVED_PAGE_SEED),
    unaddressed: name === 'heldBack' ? undefined : random(seed + UNADDRESSED_SEED),
    inColumn: name === 'heldBack' ? undefined : random(seed + IN_COLUMN_SEED),
  };
  const f: SplitFigures = { pages: [], analyses: [], people: { page: zero(), plain: zero(), inFurniture: 0, falseByLine: new Map() }, quotes: { page: zero(), plain: zero(), inFurniture: 0 }, errors: [] };
  for (const [i, entry] of docs.entries()) {
    const related = headlines.filter((_, j) => j !== i);
    const page = makePage(sourceOf(entry), related, rng, more);
    const analysis = analyzeArticle(page.text, { quotesByParagraph: true });
    f.pages.push(page);
    f.analyses.push(analysis);
    const furniture = page.lines.filter((line) => line.tag !== 'S' && line.tag !== 'H' && !(line.tag === 'D' && page.storyRanges.some((r) => r.start === line.start)));
    const inFurniture = (start: number, end: number): boolean => covers(furniture, { start, end });
    const plain = analyzeArticle(entry.doc.text, { quotesByParagraph: true });
    if (entry.kind === 'gum') {
      add(f.people.page, scorePeople(entry.doc, analysis, page.toPage, page.text, f.errors, { lines: page.lines, counts: f.people.falseByLine }));
      add(f.people.plain, scorePeople(entry.doc, plain, (offset) => offset, entry.doc.text, []));
      const credited = new Set(analysis.people.filter((p) => p.credit !== null).map((p) => p.id));
      f.people.inFurniture += analysis.people.flatMap((p) => p.mentions).filter((m) => !credited.has(m.personId) && inFurniture(m.start, m.end)).length;
    } else {
      add(f.quotes.page, scoreQuotes(entry.doc, analysis, page.toPage, f.errors, page.text));
      add(f.quotes.plain, scoreQuotes(entry.doc, plain, (offset) => offset, [], entry.doc.text));
      f.quotes.inFurniture += analysis.quotes.filter((q) => q.kind === 'quotation' && inFurniture(q.start, q.end)).length;
    }
  }
  return f;
}

function main(): void {
  const files = corpusFiles(SCRIPT, 'the generated web pages', ['polnear-train.jsonl', 'polnear-dev.jsonl', 'gum-news.jsonl'], flags.json);
  if (!files) return;
  const train = readJsonl<PolnearDoc>(files[0]);
  const gum = readJsonl<GumDoc>(files[2]);
  const gumHeldBack = heldBackIds(gum.map((doc) => doc.id));
  const polnear = (docs: PolnearDoc[]): Doc[] => docs.map((doc) => ({ kind: 'polnear', doc }));
  const gums = (docs: GumDoc[]): Doc[] => docs.map((doc) => ({ kind: 'gum', doc }));
  const splits: Record<string, Doc[]> = {
    tune: polnear(train.filter((doc) => !isHeldBack(doc.id))),
    dev: [...polnear(readJsonl<PolnearDoc>(files[1])), ...gums(gum.filter((doc) => !gumHeldBack.has(doc.id)))],
    heldBack: [...polnear(train.filter((doc) => isHeldBack(doc.id))), ...gums(gum.filter((doc) => gumHeldBack.has(doc.id)))],
  };
  const results = Object.fromEntries(Object.entries(splits).map(([name, docs], i) => [name, scoreSplit(name, docs, SEED + i)]));
  const structure = Object.fromEntries(Object.entries(results).map(([name, r]) => [name, scorePages(r.pages, r.analyses)]));
  if (flags.json) {
    const out = Object.fromEntries(
      Object.entries(results).map(([name, r]) => {
        const { errors: _errors, ...figures } = structure[name];
        return [name, { structure: figures, people: { page: asPrf(r.people.page), plain: asPrf(r.people.plain), inFurniture: r.people.inFurniture }, quotes: { page: asPrf(r.quotes.page), plain: asPrf(r.quotes.plain), inFurniture: r.quotes.inFurniture } }];
      }),
    );
    console.log(JSON.stringify(out, null, 2));
    return;
  }
  console.log('Generated web pages (eval/pageMaker.ts): corpus articles in page furniture; tune = PolNeAR train-tune, dev = PolNeAR dev + GUM dev, held back = PolNeAR held-back + GUM held-back\n');
  console.log(table(['split', 'what', 'result'], Object.entries(structure).flatMap(([name, f]) => pageRows(`${name} (${f.pages})`, f))));
  const prfText = (c: Counts): string => (c.gold || c.predicted ? `P ${pct(asPrf(c).precision)} R ${pct(asPrf(c).recall)}` : '-');
  console.log('\nPeople of the story (GUM gold names, credits not counted) and PolNeAR quotations (kind quotation), on the page and on the plain article\n');
  console.log(
    table(
      ['split', 'people on page', 'people plain', 'people in furniture', 'quotations on page', 'quotations plain', 'quotations in furniture'],
      Object.entries(results).map(([name, r]) => [name, prfText(r.people.page), prfText(r.people.plain), r.people.inFurniture, prfText(r.quotes.page), prfText(r.quotes.plain), r.quotes.inFurniture]),
    ),
  );
  // Counts only (the held-back pages' errors are never listed): which lines of the page the false people stand in.
  const tags: Record<string, string> = { S: 'story', H: 'headline', D: 'date line', B: 'byline', C: 'caption', F: 'boilerplate', X: 'credit line', '?': 'across lines' };
  console.log('\nFalse people on GUM pages (credits not counted), by the line they stand in\n');
  console.log(table(['split', ...Object.values(tags)], Object.entries(results).filter(([name]) => name !== 'tune').map(([name, r]) => [name, ...Object.keys(tags).map((tag) => r.people.falseByLine.get(tag) ?? 0)])));
  if (flags.errors) {
    for (const name of ['tune', 'dev']) {
      console.log(`\n${name}:`);
      for (const error of structure[name].errors) console.log(`  ${error}`);
      for (const error of results[name].errors.filter((e) => !/false quotation/.test(e) || !flags.json)) console.log(`  ${error}`);
    }
  }
}

main();
