/**
 * Accuracy of person names: name mentions on GUM news, and the two seed articles against their
 * hand annotations. Run: npx tsx eval/people.ts [--json] [--errors] [--names]
 * The matching rules are in eval/README.md.
 */
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { analyzeArticle, type Mention, type Person } from '../src/analysis';
import { goldNames, type ChainNames, type GumDoc, type NameMention } from './gold-names';
import { context, corpusFiles, lastWord, overlaps, parseFlags, pct, prf, ratio, readJson, readJsonl, round, table, type PRF } from './lib';

const SCRIPT = 'people';

interface Predicted extends Mention {
  index: number;
}

interface Pair {
  pred: Predicted;
  gold: NameMention;
}

interface DocResult {
  id: string;
  text: string;
  chains: ChainNames[];
  gold: NameMention[];
  predicted: Predicted[];
  pairs: Pair[];
  people: Person[];
}

/**
 * One-to-one matching. A predicted mention may match a gold name mention when the spans overlap
 * and the predicted mention's last word lies inside the gold span. Among several candidates the
 * gold mention whose chain names that last word wins, then the shortest gold span.
 */
function match(text: string, gold: readonly NameMention[], predicted: readonly Predicted[], names: Map<string, Set<string>>): Pair[] {
  const candidates: Array<{ pred: Predicted; gold: NameMention; named: boolean; length: number }> = [];
  for (const pred of predicted) {
    const last = lastWord(text, pred.start, pred.end);
    if (!last) continue;
    for (const g of gold) {
      if (!overlaps(pred, g) || last.start < g.start || last.end > g.end) continue;
      candidates.push({ pred, gold: g, named: names.get(g.chain)?.has(last.norm) ?? false, length: g.end - g.start });
    }
  }
  candidates.sort((a, b) => Number(b.named) - Number(a.named) || a.length - b.length || a.pred.index - b.pred.index);
  const usedPred = new Set<Predicted>();
  const usedGold = new Set<NameMention>();
  const pairs: Pair[] = [];
  for (const c of candidates) {
    if (usedPred.has(c.pred) || usedGold.has(c.gold)) continue;
    usedPred.add(c.pred);
    usedGold.add(c.gold);
    pairs.push({ pred: c.pred, gold: c.gold });
  }
  return pairs.sort((a, b) => a.pred.start - b.pred.start);
}

function evaluateDoc(doc: GumDoc): DocResult {
  const chains = goldNames(doc);
  const gold = chains.flatMap((c) => c.nameMentions.map((m) => ({ ...m, chain: c.chain, entity: c.entity }))).sort((a, b) => a.start - b.start);
  const analysis = analyzeArticle(doc.text);
  const predicted = analysis.people
    .flatMap((p) => p.mentions)
    .sort((a, b) => a.start - b.start)
    .map((m, index) => ({ ...m, index }));
  const names = new Map(chains.map((c) => [c.chain, new Set(c.names)]));
  return { id: doc.id, text: doc.text, chains, gold, predicted, pairs: match(doc.text, gold, predicted, names), people: analysis.people };
}

interface Linking {
  goldChains: number;
  split: number;
  predictedPeople: number;
  merged: number;
  splitExamples: string[];
  mergedExamples: string[];
}

function linking(results: readonly DocResult[]): Linking {
  const out: Linking = { goldChains: 0, split: 0, predictedPeople: 0, merged: 0, splitExamples: [], mergedExamples: [] };
  for (const r of results) {
    const byChain = new Map<string, Pair[]>();
    const byPerson = new Map<string, Pair[]>();
    for (const pair of r.pairs) {
      byChain.set(pair.gold.entity, [...(byChain.get(pair.gold.entity) ?? []), pair]);
      byPerson.set(pair.pred.personId, [...(byPerson.get(pair.pred.personId) ?? []), pair]);
    }
    const personName = (id: string): string => r.people.find((p) => p.id === id)?.name ?? id;
    for (const [entity, pairs] of byChain) {
      if (pairs.length < 2) continue;
      out.goldChains++;
      const ids = [...new Set(pairs.map((p) => p.pred.personId))];
      if (ids.length > 1) {
        out.split++;
        out.splitExamples.push(
          `${r.id} ${entity} (${pairs.map((p) => p.gold.text).join(' | ')}) → ${ids.map((id) => `${id} "${personName(id)}"`).join(', ')}`,
        );
      }
    }
    for (const [id, pairs] of byPerson) {
      if (pairs.length < 2) continue;
      out.predictedPeople++;
      const entities = [...new Set(pairs.map((p) => p.gold.entity))];
      if (entities.length > 1) {
        out.merged++;
        const entityText = (e: string): string => pairs.find((p) => p.gold.entity === e)!.gold.text;
        out.mergedExamples.push(`${r.id} ${id} "${personName(id)}" ← ${entities.map((e) => `${e} "${entityText(e)}"`).join(', ')}`);
      }
    }
  }
  return out;
}

/** Why a predicted mention did not match, and why a gold name mention was missed. */
function errors(r: DocResult, kinds: Map<string, number>): { falsePositives: string[]; misses: string[] } {
  const count = (kind: string): void => {
    kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
  };
  const matchedPred = new Set(r.pairs.map((p) => p.pred));
  const matchedGold = new Set(r.pairs.map((p) => p.gold));
  const allGold = r.chains.flatMap((c) => c.mentions.map((m) => ({ ...m, chain: c.chain, name: c.nameMentions.includes(m) })));
  const falsePositives = r.predicted
    .filter((p) => !matchedPred.has(p))
    .map((p) => {
      const named = r.gold.filter((g) => overlaps(g, p));
      const other = allGold.filter((g) => !g.name && overlaps(g, p));
      let kind: string;
      if (named.length > 0) kind = named.every((g) => matchedGold.has(g)) ? 'extra (gold already matched)' : 'boundary';
      else if (other.length > 0) kind = `non-name gold mention "${other[0].text}"`;
      else kind = 'no gold person';
      count(`FP   ${kind.startsWith('non-name') ? 'non-name gold mention' : kind} (${p.form})`);
      return `  FP  ${p.form.padEnd(9)} ${kind}: ${context(r.text, p.start, p.end)}`;
    });
  const misses = r.gold
    .filter((g) => !matchedGold.has(g))
    .map((g) => {
      const near = r.predicted.filter((p) => overlaps(p, g));
      const kind = near.length > 0 ? `boundary (predicted "${near.map((p) => p.text).join('", "')}")` : 'not found';
      count(`MISS ${near.length > 0 ? 'boundary' : 'not found'}`);
      return `  MISS chain ${g.chain.padEnd(4)} ${kind}: ${context(r.text, g.start, g.end)}`;
    });
  return { falsePositives, misses };
}

// ---------------------------------------------------------------------------------------------
// Seeds

interface SeedOfficial {
  name: string;
  title: string | null;
  role?: string;
  affiliation: string | null;
  mentions: string[];
}

interface SeedGold {
  articles: Record<string, { officials: SeedOfficial[] }>;
}

interface SeedFigures {
  expected: number;
  found: number;
  extra: number;
  titleCorrect: number;
  affiliationCorrect: number;
  /** Correct affiliations that came from the reference list of office holders, not the article. */
  affiliationFromReference: number;
  allCorrect: number;
  goldMentions: number;
  mentionsResolved: number;
  exactMentionLists: number;
  problems: string[];
}

/** Length of the longest common subsequence: mentions found in the right order. */
function lcs(a: readonly string[], b: readonly string[]): number {
  const row = new Array<number>(b.length + 1).fill(0);
  for (const x of a) {
    let diag = 0;
    for (let j = 1; j <= b.length; j++) {
      const up = row[j];
      row[j] = x === b[j - 1] ? diag + 1 : Math.max(row[j], row[j - 1]);
      diag = up;
    }
  }
  return row[b.length];
}

function evaluateSeeds(goldPath: string, seedsDir: string): SeedFigures {
  const gold = readJson<SeedGold>(goldPath);
  const f: SeedFigures = {
    expected: 0, found: 0, extra: 0, titleCorrect: 0, affiliationCorrect: 0, affiliationFromReference: 0, allCorrect: 0,
    goldMentions: 0, mentionsResolved: 0, exactMentionLists: 0, problems: [],
  };
  for (const [file, article] of Object.entries(gold.articles)) {
    const text = readFileSync(join(seedsDir, file), 'utf8');
    const people = analyzeArticle(text).people;
    const short = file.slice(0, 3);
    for (const official of article.officials) {
      f.expected++;
      f.goldMentions += official.mentions.length;
      const person = people.find((p) => p.name === official.name);
      if (!person) {
        f.problems.push(`  ${short} not found: ${official.name}`);
        continue;
      }
      f.found++;
      const titleOk = person.title === official.title;
      const affiliationOk = person.affiliation === official.affiliation;
      if (titleOk) f.titleCorrect++;
      else f.problems.push(`  ${short} ${official.name}: title ${JSON.stringify(person.title)}, expected ${JSON.stringify(official.title)}`);
      if (affiliationOk) {
        f.affiliationCorrect++;
        if (person.affiliationSource === 'reference') f.affiliationFromReference++;
      } else f.problems.push(`  ${short} ${official.name}: affiliation ${JSON.stringify(person.affiliation)}, expected ${JSON.stringify(official.affiliation)}`);
      if (titleOk && affiliationOk) f.allCorrect++;
      const texts = person.mentions.map((m) => m.text);
      const common = lcs(official.mentions, texts);
      f.mentionsResolved += common;
      if (common === official.mentions.length && texts.length === official.mentions.length) f.exactMentionLists++;
      else f.problems.push(`  ${short} ${official.name}: mentions ${JSON.stringify(texts)}, expected ${JSON.stringify(official.mentions)}`);
    }
    for (const person of people) {
      if (!article.officials.some((o) => o.name === person.name)) {
        f.extra++;
        f.problems.push(`  ${short} extra person: ${person.name} (${person.mentions.map((m) => m.text).join(' | ')})`);
      }
    }
  }
  return f;
}

// ---------------------------------------------------------------------------------------------

function main(): void {
  const flags = parseFlags(SCRIPT, ['--names']);
  const files = corpusFiles(SCRIPT, 'the person-name evaluation (GUM news and the seeds)', ['gum-news.jsonl', join('gold', 'seeds.json'), 'seeds'], flags.json);
  if (!files) return;
  const [gumPath, seedGoldPath, seedsDir] = files;
  const docs = readJsonl<GumDoc>(gumPath);
  const results = docs.map(evaluateDoc);

  const chains = results.flatMap((r) => r.chains);
  const nameChains = chains.filter((c) => c.nameMentions.length > 0);
  const goldMentions = chains.reduce((n, c) => n + c.mentions.length, 0);
  const goldNameMentions = results.reduce((n, r) => n + r.gold.length, 0);
  const bySource = (s: ChainNames['source']): { chains: number; mentions: number } => {
    const cs = nameChains.filter((c) => c.source === s);
    return { chains: cs.length, mentions: cs.reduce((n, c) => n + c.nameMentions.length, 0) };
  };
  const tp = results.reduce((n, r) => n + r.pairs.length, 0);
  const predicted = results.reduce((n, r) => n + r.predicted.length, 0);
  const mentions: PRF = prf(tp, predicted, tp, goldNameMentions);
  const link = linking(results);
  const seeds = evaluateSeeds(seedGoldPath, seedsDir);
  const perDoc = results.map((r) => ({
    id: r.id,
    gold: r.gold.length,
    predicted: r.predicted.length,
    matched: r.pairs.length,
    precision: r.predicted.length ? round(r.pairs.length / r.predicted.length) : 0,
    recall: r.gold.length ? round(r.pairs.length / r.gold.length) : 0,
  }));

  if (flags.json) {
    const { splitExamples: _s, mergedExamples: _m, ...linkFigures } = link;
    const { problems: _p, ...seedFigures } = seeds;
    console.log(
      JSON.stringify(
        {
          gum: {
            docs: docs.length,
            gold: {
              chains: chains.length,
              mentions: goldMentions,
              nameChains: nameChains.length,
              nameMentions: goldNameMentions,
              fromWikipedia: bySource('wikipedia'),
              fromNameRuns: bySource('run'),
              fromLastRun: bySource('last-run'),
            },
            mentions,
            linking: linkFigures,
            perDoc,
          },
          seeds: seedFigures,
        },
        null,
        2,
      ),
    );
    return;
  }

  console.log(`Person names — GUM news (${docs.length} docs; rules in eval/README.md)`);
  console.log(
    `gold: ${chains.length} chains / ${goldMentions} mentions → ${nameChains.length} name chains / ${goldNameMentions} name mentions ` +
      `(wikipedia ${bySource('wikipedia').chains}/${bySource('wikipedia').mentions}, ` +
      `name runs ${bySource('run').chains}/${bySource('run').mentions}, last run ${bySource('last-run').chains}/${bySource('last-run').mentions})`,
  );
  console.log('');
  console.log(
    table(
      ['name mentions', 'gold', 'predicted', 'matched', 'precision', 'recall', 'F1'],
      [['micro, all docs', goldNameMentions, predicted, tp, pct(mentions.precision), pct(mentions.recall), pct(mentions.f1)]],
    ),
  );
  console.log('');
  console.log(
    table(
      ['linking', 'count', 'errors', 'rate'],
      [
        ['gold persons with ≥2 matched mentions, split over several predicted people', link.goldChains, link.split, pct(link.goldChains ? link.split / link.goldChains : 0)],
        ['predicted people with ≥2 matched mentions, merging several gold persons', link.predictedPeople, link.merged, pct(link.predictedPeople ? link.merged / link.predictedPeople : 0)],
      ],
    ),
  );
  console.log('');
  console.log(
    table(
      ['doc', 'gold', 'predicted', 'matched', 'P', 'R'],
      perDoc.map((d) => [d.id.replace(/^GUM_news_/, ''), d.gold, d.predicted, d.matched, d.predicted ? pct(d.precision) : '-', d.gold ? pct(d.recall) : '-']),
    ),
  );
  console.log('');
  console.log('Seeds (gold/seeds.json)');
  console.log(
    table(
      ['seeds', 'result'],
      [
        ['people found / expected', ratio(seeds.found, seeds.expected)],
        ['extra people', seeds.extra],
        ['title correct', ratio(seeds.titleCorrect, seeds.expected)],
        ['affiliation correct', ratio(seeds.affiliationCorrect, seeds.expected)],
        ['  of which from the reference list', seeds.affiliationFromReference],
        ['name + title + affiliation correct', ratio(seeds.allCorrect, seeds.expected)],
        ['mentions resolved (in order)', ratio(seeds.mentionsResolved, seeds.goldMentions)],
        ['people with exactly the gold mention list', ratio(seeds.exactMentionLists, seeds.expected)],
      ],
    ),
  );

  if (flags.has('--names')) {
    console.log('\nGold name words per chain (chains with a name):');
    for (const r of results) {
      for (const c of r.chains) {
        if (c.source === 'none') continue;
        console.log(
          `  ${r.id.replace(/^GUM_news_/, '')} ${c.chain} [${c.source}] {${c.names.join(' ')}} ${c.nameMentions.length}/${c.mentions.length}: ` +
            c.nameMentions.map((m) => m.text).join(' | '),
        );
      }
    }
  }

  if (flags.errors) {
    console.log('\nErrors (FP kinds: boundary = overlaps a gold name mention but the last word falls outside it;');
    console.log('non-name gold mention = overlaps a description, pronoun or group mention; no gold person = overlaps no person mention)');
    const kinds = new Map<string, number>();
    for (const r of results) {
      const e = errors(r, kinds);
      if (e.falsePositives.length + e.misses.length === 0) continue;
      console.log(`\n${r.id}`);
      for (const line of [...e.falsePositives, ...e.misses]) console.log(line);
    }
    console.log('\nSplit gold persons:');
    for (const line of link.splitExamples) console.log(`  ${line}`);
    console.log('\nMerged people:');
    for (const line of link.mergedExamples) console.log(`  ${line}`);
    if (seeds.problems.length > 0) {
      console.log('\nSeeds:');
      for (const line of seeds.problems) console.log(line);
    }
    console.log('\nError kinds (GUM):');
    console.log(table(['kind', 'count'], [...kinds.entries()].sort((a, b) => b[1] - a[1])));
  }
}


main();
