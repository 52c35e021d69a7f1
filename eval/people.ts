/**
 * Accuracy of person names: name mentions on GUM news, and the two seed articles against their
 * hand annotations. Run: npx tsx eval/people.ts [--json] [--errors] [--names]
 * The matching rules are in eval/README.md.
 */
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { analyzeArticle, type Person } from '../src/analysis';
import { classifyFalse, classifyMiss, inCreditContext, tagDocument } from './people-classes';
import { heldBackIds, match, type Pair, type Predicted } from './nameMatch';
import { goldNames, type ChainNames, type GumDoc, type NameMention } from './gold-names';
import { context, corpusFiles, overlaps, parseFlags, pct, prf, ratio, readJson, readJsonl, round, table, type PRF } from './lib';

const SCRIPT = 'people';

interface DocResult {
  /** The same scores with credits left out on both sides (see eval/README.md). */
  withoutCredits: { gold: number; predicted: number; matched: number };
  id: string;
  text: string;
  chains: ChainNames[];
  gold: NameMention[];
  predicted: Predicted[];
  pairs: Pair[];
  people: Person[];
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
  const pairs = match(doc.text, gold, predicted, names);
  // Credits not counted: predicted mentions of credited people, and gold mentions in a credit line
  // as the evaluation itself reads it (people-classes.ts), independently of the analysis.
  const credited = new Set(analysis.people.filter((p) => p.credit !== null).map((p) => p.id));
  const goldCredit = (g: NameMention): boolean => inCreditContext(doc.text, g.start, g.end);
  const withoutCredits = {
    gold: gold.filter((g) => !goldCredit(g)).length,
    predicted: predicted.filter((m) => !credited.has(m.personId)).length,
    matched: pairs.filter((pair) => !credited.has(pair.pred.personId) && !goldCredit(pair.gold)).length,
  };
  return { id: doc.id, text: doc.text, chains, gold, predicted, pairs, people: analysis.people, withoutCredits };
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

/** Why a predicted mention did not match, and why a gold name mention was missed, by class. */
function errors(r: DocResult, kinds: Map<string, number>): { falsePositives: string[]; misses: string[] } {
  const count = (kind: string): void => {
    kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
  };
  const terms = tagDocument(r.text);
  const matchedPred = new Set(r.pairs.map((p) => p.pred));
  const matchedGold = new Set(r.pairs.map((p) => p.gold));
  const allGold = r.chains.flatMap((c) => c.mentions.map((m) => ({ ...m, chain: c.chain, name: c.nameMentions.includes(m) })));
  const falsePositives = r.predicted
    .filter((p) => !matchedPred.has(p))
    .map((p) => {
      const named = r.gold.filter((g) => overlaps(g, p));
      const other = allGold.filter((g) => !g.name && overlaps(g, p));
      const kind = classifyFalse(r.text, terms, p, named.length > 0, other.length > 0);
      count(`false   ${kind}`);
      const detail = kind === 'description' ? ` "${other[0].text}"` : kind === 'boundary' && named.every((g) => matchedGold.has(g)) ? ' (gold already matched)' : '';
      return `  FALSE ${kind.padEnd(12)} ${p.form.padEnd(9)}${detail}: ${context(r.text, p.start, p.end)}`;
    });
  const misses = r.gold
    .filter((g) => !matchedGold.has(g))
    .map((g) => {
      const near = r.predicted.filter((p) => overlaps(p, g));
      const kind = classifyMiss(r.text, g, near.length > 0);
      count(`missed  ${kind}`);
      const detail = near.length > 0 ? ` (predicted "${near.map((p) => p.text).join('", "')}")` : '';
      return `  MISS  ${kind.padEnd(12)} chain ${g.chain}${detail}: ${context(r.text, g.start, g.end)}`;
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

/**
 * PolNeAR train has no person gold: list the people found there whose mentions compromise tags as
 * a place, team or organisation, or that stand in a credit or a work's title, to read by eye.
 */
function polnearSuspects(path: string, limit: number): void {
  const docs = readJsonl<{ id: string; text: string }>(path).slice(0, limit);
  const byClass = new Map<string, Map<string, number>>();
  let people = 0;
  for (const doc of docs) {
    const terms = tagDocument(doc.text);
    for (const person of analyzeArticle(doc.text).people) {
      people++;
      const kind = classifyFalse(doc.text, terms, person.mentions[0], false, false);
      if (kind === 'other') continue;
      const names = byClass.get(kind) ?? new Map<string, number>();
      const label = `${person.mentions[0].text}${person.credit ? ` [${person.credit}]` : ''}`;
      names.set(label, (names.get(label) ?? 0) + 1);
      byClass.set(kind, names);
    }
  }
  console.log(`PolNeAR train, first ${docs.length} articles: ${people} people found; suspects by class (first mention):`);
  for (const [kind, names] of byClass) {
    const total = [...names.values()].reduce((a, b) => a + b, 0);
    const top = [...names.entries()].sort((a, b) => b[1] - a[1]).slice(0, 25);
    console.log(`  ${kind} (${total}): ${top.map(([n, c]) => (c > 1 ? `${n} ×${c}` : n)).join('; ')}`);
  }
}

function main(): void {
  const flags = parseFlags(SCRIPT, ['--names', '--polnear']);
  if (flags.has('--polnear')) {
    const train = corpusFiles(SCRIPT, 'the PolNeAR suspects', ['polnear-train.jsonl'], flags.json);
    if (train) polnearSuspects(train[0], 300);
    return;
  }
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
  const heldBack = heldBackIds(docs.map((d) => d.id));
  const splits: Array<[string, DocResult[]]> = [
    ['dev', results.filter((r) => !heldBack.has(r.id))],
    ['held-back', results.filter((r) => heldBack.has(r.id))],
    ['all', results],
  ];
  const scoreOf = (rs: readonly DocResult[]): PRF => {
    const tp = rs.reduce((n, r) => n + r.pairs.length, 0);
    return prf(tp, rs.reduce((n, r) => n + r.predicted.length, 0), tp, rs.reduce((n, r) => n + r.gold.length, 0));
  };
  const scoreWithoutCredits = (rs: readonly DocResult[]): PRF => {
    const sum = (f: (r: DocResult) => number): number => rs.reduce((n, r) => n + f(r), 0);
    const tp = sum((r) => r.withoutCredits.matched);
    return prf(tp, sum((r) => r.withoutCredits.predicted), tp, sum((r) => r.withoutCredits.gold));
  };
  const scores = [
    ...splits.map(([name, rs]) => ({ split: name, docs: rs.length, ...scoreOf(rs) })),
    ...splits.map(([name, rs]) => ({ split: `${name}, credits not counted`, docs: rs.length, ...scoreWithoutCredits(rs) })),
  ];
  const mentions: PRF = scoreOf(results);
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
            heldBack: [...heldBack].sort(),
            mentions,
            splits: scores,
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
      ['name mentions (micro)', 'docs', 'gold', 'predicted', 'matched', 'precision', 'recall', 'F1'],
      scores.map((x) => [x.split, x.docs, x.gold, x.predicted, x.tp, pct(x.precision), pct(x.recall), pct(x.f1)]),
    ),
  );
  console.log(`held back: ${[...heldBack].sort().map((id) => id.replace(/^GUM_news_/, '')).join(', ')}`);
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
      perDoc.map((d) => [d.id.replace(/^GUM_news_/, '') + (heldBack.has(d.id) ? ' (held back)' : ''), d.gold, d.predicted, d.matched, d.predicted ? pct(d.precision) : '-', d.gold ? pct(d.recall) : '-']),
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
    console.log('\nErrors on dev by class (held-back documents are counted below, never listed).');
    console.log('false: boundary = overlaps a gold name mention but its last word falls outside; description = overlaps a');
    console.log('description, pronoun, group or eponym mention; team/organisation/place from compromise tags; work = in quotes or');
    console.log('after "film", "novel", …; credit = a photo, byline or contributor line. missed: the same, and the shape of the name.');
    const devKinds = new Map<string, number>();
    const heldKinds = new Map<string, number>();
    for (const r of results) {
      const held = heldBack.has(r.id);
      const e = errors(r, held ? heldKinds : devKinds);
      if (held || e.falsePositives.length + e.misses.length === 0) continue;
      console.log(`\n${r.id}`);
      for (const line of [...e.falsePositives, ...e.misses]) console.log(line);
    }
    console.log('\nSplit gold persons:');
    for (const line of link.splitExamples.filter((l) => !heldBack.has(l.split(' ')[0]))) console.log(`  ${line}`);
    console.log('\nMerged people:');
    for (const line of link.mergedExamples.filter((l) => !heldBack.has(l.split(' ')[0]))) console.log(`  ${line}`);
    if (seeds.problems.length > 0) {
      console.log('\nSeeds:');
      for (const line of seeds.problems) console.log(line);
    }
    console.log('\nError classes (GUM):');
    const classes = [...new Set([...devKinds.keys(), ...heldKinds.keys()])].sort();
    console.log(table(['class', 'dev', 'held-back'], classes.map((c) => [c, devKinds.get(c) ?? 0, heldKinds.get(c) ?? 0])));
  }
}


main();
