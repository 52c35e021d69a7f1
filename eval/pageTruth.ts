/**
 * People and quotes on the page sets that carry a truth list (test/fixtures/webcopy/<set>/truth.json,
 * written with the pages by whoever wrote them: the people a reader expects listed, the credits, the
 * things named like people, and every pair of quotation marks with its kind by the guide of
 * eval/adjudicated/README.md and, for quotations, its speaker).
 *
 *   npx tsx eval/pageTruth.ts                 every set with a truth list, figures only
 *   npx tsx eval/pageTruth.ts sites9 --errors one set, with what it gets wrong listed
 *
 * Held-back sets (HELD_BACK) are only ever counted: `--errors` refuses them.
 *
 * Names are matched by their words (case, accents and punctuation aside, a nickname in marks
 * dropped), so these figures are a guide, not a gold standard.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeArticle, type ArticleAnalysis, type QuoteKind } from '../src/analysis';
import { overlaps, ratio, REPO_ROOT, table } from './lib';
import { readPage, type Page } from './pageFigures';

const PAGES_DIR = join(REPO_ROOT, 'test', 'fixtures', 'webcopy');
/** Sets written to be measured only: nobody tuning the rules reads their pages or their errors. */
const HELD_BACK = new Set(['sites10', 'sites12', 'sites14', 'sites16', 'sites18', 'sites20', 'sites22', 'sites25', 'sites27', 'sites29', 'sites31', 'sites33', 'sites35', 'sites37']);

interface TruthQuote {
  text: string;
  kind: QuoteKind;
  speaker: string | null;
}

interface PageTruth {
  people: string[];
  credits: string[];
  notPeople: string[];
  quotes: TruthQuote[];
}

/** A name's words, lower case, without accents, punctuation or a nickname in marks. */
export function nameWords(name: string): string[] {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/["“”‘’'][^"“”‘’']+["“”‘’']/gu, ' ')
    .toLowerCase()
    .split(/[^\p{L}\p{N}-]+/u)
    .filter(Boolean);
}

const sameName = (a: string, b: string): boolean => nameWords(a).join(' ') === nameWords(b).join(' ');
const lastWordOf = (name: string): string => nameWords(name).at(-1) ?? '';
/**
 * The speaker the analysis gives is the listed one: the same surname, or, for someone the story only
 * calls by a given name ("Paulo" of a family of Fonsecas), that given name alone.
 */
const sameSpeaker = (said: string, expected: string): boolean => {
  const words = nameWords(said);
  return lastWordOf(said) === lastWordOf(expected) || (words.length === 1 && words[0] === nameWords(expected)[0]);
};
/** The listed name shares a word with the expected one: the person, named short or run into other words. */
const sharesWord = (a: string, b: string): boolean => nameWords(a).some((word) => word.length > 2 && nameWords(b).includes(word));

interface Figures {
  listed: number;
  listedInFull: number;
  listedPartly: number;
  listedNotPeople: number;
  listedCredits: number;
  listedOther: number;
  expected: number;
  foundInFull: number;
  foundAtAll: number;
  creditsExpected: number;
  creditsFound: number;
  quotations: number;
  quotationsRight: number;
  truthQuotations: number;
  truthQuotationsFound: number;
  /** Of the truth's quotations missed, those on a line tagged as a caption or boilerplate, where the analysis takes no quote by design. */
  truthQuotationsMissedInFurniture: number;
  setAside: number;
  setAsideRight: number;
  speakersExpected: number;
  speakersRight: number;
  errors: string[];
}

function emptyFigures(): Figures {
  return { listed: 0, listedInFull: 0, listedPartly: 0, listedNotPeople: 0, listedCredits: 0, listedOther: 0, expected: 0, foundInFull: 0, foundAtAll: 0, creditsExpected: 0, creditsFound: 0, quotations: 0, quotationsRight: 0, truthQuotations: 0, truthQuotationsFound: 0, truthQuotationsMissedInFurniture: 0, setAside: 0, setAsideRight: 0, speakersExpected: 0, speakersRight: 0, errors: [] };
}

const OPENING_MARK = /["“”‘’'«»„]/u;

/** Where each truth quote stands in the page text, found in order; null where its text is not found. */
function locateQuotes(text: string, quotes: readonly TruthQuote[]): Array<{ start: number; end: number } | null> {
  let from = 0;
  return quotes.map((quote) => {
    let at = text.indexOf(quote.text, from);
    // Straight after an opening mark; a quote inside another starts inside it, so the search goes on from the start.
    while (at >= 0 && !OPENING_MARK.test(text[at - 1] ?? '')) at = text.indexOf(quote.text, at + 1);
    if (at < 0) return null;
    from = at + 1;
    return { start: at, end: at + quote.text.length };
  });
}

function scorePeople(analysis: ArticleAnalysis, truth: PageTruth, f: Figures, page: string): void {
  const people = analysis.people.filter((person) => person.credit === null);
  for (const person of people) {
    f.listed++;
    if (truth.people.some((expected) => sameName(person.name, expected))) f.listedInFull++;
    else if (truth.people.some((expected) => sharesWord(person.name, expected))) {
      f.listedPartly++;
      f.errors.push(`${page}\tperson, not in full\t${person.name}`);
    } else if (truth.notPeople.some((thing) => sharesWord(person.name, thing))) {
      f.listedNotPeople++;
      f.errors.push(`${page}\tnot a person\t${person.name}`);
    } else if (truth.credits.some((credit) => sharesWord(person.name, credit))) {
      f.listedCredits++;
      f.errors.push(`${page}\tcredit listed as a person\t${person.name}`);
    } else {
      f.listedOther++;
      f.errors.push(`${page}\tlisted, not expected\t${person.name}`);
    }
  }
  for (const expected of truth.people) {
    f.expected++;
    if (people.some((person) => sameName(person.name, expected))) f.foundInFull++;
    if (people.some((person) => sharesWord(person.name, expected))) f.foundAtAll++;
    else f.errors.push(`${page}\tperson missed\t${expected}`);
  }
  for (const credit of truth.credits) {
    f.creditsExpected++;
    if (analysis.people.some((person) => person.credit !== null && sharesWord(person.name, credit))) f.creditsFound++;
  }
}

function scoreQuotes(page: Page, analysis: ArticleAnalysis, truth: PageTruth, f: Figures): void {
  const { text, name } = page;
  const spans = locateQuotes(text, truth.quotes);
  spans.forEach((span, i) => {
    if (!span) f.errors.push(`${name}\ttruth quote not found in the text\t${truth.quotes[i].text}`);
  });
  const truthAt = (quote: { start: number; end: number }): TruthQuote | null => {
    const i = spans.findIndex((span) => span !== null && overlaps(span, quote));
    return i < 0 ? null : truth.quotes[i];
  };
  const before = (quote: { outer: { start: number } }): string => text.slice(Math.max(0, quote.outer.start - 70), quote.outer.start).replace(/\s+/gu, ' ');
  const names = new Map(analysis.people.map((person) => [person.id, person.name]));
  for (const quote of analysis.quotes) {
    const expected = truthAt(quote);
    const kind = expected?.kind ?? 'none';
    if (quote.kind === 'quotation') {
      f.quotations++;
      if (kind === 'quotation') f.quotationsRight++;
      else f.errors.push(`${name}\tquotation, truth ${kind}\t${quote.text}\t… ${before(quote)}`);
    } else {
      f.setAside++;
      if (kind !== 'quotation') f.setAsideRight++;
      else f.errors.push(`${name}\t${quote.kind}, truth quotation\t${quote.text}\t… ${before(quote)}`);
    }
    // The speaker, where the truth names a person it lists.
    if (quote.kind === 'quotation' && expected?.kind === 'quotation' && expected.speaker && truth.people.some((person) => sameName(person, expected.speaker ?? ''))) {
      f.speakersExpected++;
      const said = quote.speakerId ? names.get(quote.speakerId) ?? '' : '';
      if (said && sameSpeaker(said, expected.speaker)) f.speakersRight++;
      else f.errors.push(`${name}\tspeaker ${said || 'none'}, truth ${expected.speaker}\t${quote.text}`);
    }
  }
  spans.forEach((span, i) => {
    if (!span || truth.quotes[i].kind !== 'quotation') return;
    f.truthQuotations++;
    if (analysis.quotes.some((quote) => quote.kind === 'quotation' && overlaps(quote, span))) f.truthQuotationsFound++;
    else {
      const furniture = page.lines.some((line) => (line.tag === 'C' || line.tag === 'F') && line.start <= span.start && span.start < line.end);
      if (furniture) f.truthQuotationsMissedInFurniture++;
      f.errors.push(`${name}\tquotation missed${furniture ? ' (caption or boilerplate line)' : ''}\t${truth.quotes[i].text}`);
    }
  });
}

function scoreSet(set: string): Figures | null {
  const dir = join(PAGES_DIR, set);
  const truthFile = join(dir, 'truth.json');
  if (!existsSync(truthFile)) return null;
  const truths = JSON.parse(readFileSync(truthFile, 'utf8')) as Record<string, PageTruth>;
  const f = emptyFigures();
  for (const file of readdirSync(dir).filter((name) => name.endsWith('.page.txt')).sort()) {
    const truth = truths[file];
    if (!truth) continue;
    const page = readPage(file, readFileSync(join(dir, file), 'utf8'));
    const analysis = analyzeArticle(page.text, { quotesByParagraph: true });
    scorePeople(analysis, truth, f, file);
    scoreQuotes(page, analysis, truth, f);
  }
  return f;
}

function main(): void {
  const args = process.argv.slice(2);
  const showErrors = args.includes('--errors');
  const named = args.filter((arg) => !arg.startsWith('--'));
  const sets = named.length > 0 ? named : readdirSync(PAGES_DIR).filter((name) => existsSync(join(PAGES_DIR, name, 'truth.json')));
  if (showErrors && sets.some((set) => HELD_BACK.has(set))) {
    console.log(`eval/pageTruth: --errors is not for a held-back set (${[...HELD_BACK].join(', ')}): its errors are never read.`);
    process.exit(2);
  }
  const rows: Array<Array<string | number>> = [];
  for (const set of sets) {
    const f = scoreSet(set);
    if (!f) {
      console.log(`eval/pageTruth: ${set} has no truth.json`);
      continue;
    }
    rows.push([
      HELD_BACK.has(set) ? `${set} (held back)` : set,
      ratio(f.listedInFull, f.listed),
      `${f.listedPartly} / ${f.listedNotPeople} / ${f.listedCredits} / ${f.listedOther}`,
      `${ratio(f.foundInFull, f.expected)}; ${f.foundAtAll}`,
      ratio(f.creditsFound, f.creditsExpected),
      ratio(f.quotationsRight, f.quotations),
      `${ratio(f.truthQuotationsFound, f.truthQuotations)}; ${f.truthQuotationsMissedInFurniture}`,
      ratio(f.setAsideRight, f.setAside),
      ratio(f.speakersRight, f.speakersExpected),
    ]);
    if (showErrors) for (const error of f.errors) console.log(error);
  }
  console.log(
    table(['set', 'people listed in full', 'partly / not people / credits / other', 'expected found in full; at all', 'credits found', 'quotation P', 'quotation R; missed on C/F lines', 'set aside rightly', 'speaker of a listed person'], rows),
  );
}

main();
