/**
 * Accuracy of quotations and their speakers: PolNeAR direct attributions, a plain-compromise
 * baseline on the same data, and the two seed articles against their hand annotations.
 * PolNeAR is scored on three parts: dev, train-tune (train less the held-back part) and the
 * held-back part of train (eval/polnearSplit.ts), side by side.
 * Run: npx tsx eval/quotes.ts [--json] [--errors] [--baseline-errors]
 * The matching rules are in eval/README.md.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import nlp from 'compromise';
import { analyzeArticle, type Person, type Span } from '../src/analysis';
import { reportableQuotes } from '../src/analysis/query';
import { context, corpusFiles, joinedFragments, parseFlags, pct, prf, QUOTE_SLACK, ratio, readJson, readJsonl, round, table, words, type PRF } from './lib';
import { splitTrain } from './polnearSplit';
import { frameOf, goldHeads, goldSourceKind, type Frame, type GoldSourceKind } from './quoteClasses';

const SCRIPT = 'quotes';

interface Attribution {
  content: Array<[number, number]>;
  contentText: string;
  source: [number, number] | null;
  sourceText: string;
  cue: [number, number] | null;
  cueText: string;
  direct: boolean;
}

interface PolnearDoc {
  id: string;
  publisher: string;
  title: string;
  text: string;
  attributions: Attribution[];
}

/** A predicted quote with what the system says of its speaker. */
interface PredictedQuote {
  start: number;
  end: number;
  /** The span that carries the attribution (a name or pronoun), or null. */
  speakerMention: Span | null;
  /** The resolved person's name, or null. */
  speakerName: string | null;
  /** Where the article names the resolved person ("Ms. Acosta" for Melba Acosta Febo); none for the baseline. */
  speakerNamedAt: readonly Span[];
  /** The name of the source as the article gives it (any kind of source), or null. */
  sourceName: string | null;
  /** Who passed the words on, named beside the speaker ("…, according to a readout"), or null. */
  relay: { start: number; end: number; name: string } | null;
  partial: boolean;
}

interface GoldQuote {
  index: number;
  attribution: Attribution;
  /** Content fragments, those separated only by spaces and marks joined into one. */
  spans: Array<{ start: number; end: number }>;
}

interface QuoteMatch {
  pred: PredictedQuote;
  gold: GoldQuote | null;
  speakerCorrect: boolean | null;
  /** For scored quotes: the frame of the gold attribution and the kind of its source. */
  frame?: Frame;
  sourceKind?: GoldSourceKind;
}

interface SystemResult {
  quotes: PRF;
  speaker: { correct: number; scored: number; noGoldSource: number; accuracy: number };
  matches: Array<{ doc: PolnearDoc; match: QuoteMatch }>;
  missed: Array<{ doc: PolnearDoc; gold: GoldQuote }>;
}

function goldQuotes(doc: PolnearDoc): GoldQuote[] {
  return doc.attributions
    .filter((a) => a.direct)
    .map((attribution, index) => ({ index, attribution, spans: joinedFragments(doc.text, attribution.content) }));
}

/** The gold quote whose content (with slack) holds the predicted quote; the tightest if several. */
function containing(pred: PredictedQuote, gold: readonly GoldQuote[]): GoldQuote | null {
  let best: GoldQuote | null = null;
  let bestLength = Infinity;
  for (const g of gold) {
    for (const span of g.spans) {
      if (pred.start >= span.start - QUOTE_SLACK && pred.end <= span.end + QUOTE_SLACK && span.end - span.start < bestLength) {
        best = g;
        bestLength = span.end - span.start;
      }
    }
  }
  return best;
}

function surname(name: string): string | null {
  const ws = words(name).filter((w) => !w.punct && w.cap);
  return ws.length > 0 ? ws[ws.length - 1].norm : null;
}

/**
 * The speaker is right when the prediction points at the gold source's head word (its mention of
 * the source covers it: "Trump" in "Mr. Trump", "official" in "a senior official"), or, for a
 * named gold source, when the predicted source's name ends in that head word (the person's name
 * or a non-person source's name: "Trump" for the gold "Mr. Trump"), or when the article names the predicted person
 * with the gold source's mention ("Ms. Acosta" for Melba Acosta Febo). Pronouns and descriptions
 * can only be pointed at. No speaker counts as wrong. PolNeAR gives "Y said "…", according to X"
 * to X, the relay, where Source Lens names Y the speaker and X the relay: pointing at the gold
 * source through the relay counts (the figures say how often).
 */
function speakerCorrect(text: string, pred: PredictedQuote, attribution: Attribution): boolean {
  const pronoun = goldSourceKind(text, attribution) === 'pronoun';
  return goldHeads(text, attribution).some((head) => {
    const pointed = [pred.speakerMention, pred.relay].some((m) => m !== null && m.start <= head.start && head.end <= m.end);
    if (pointed) return true;
    if (!head.cap || pronoun) return false;
    // A name the article gives the predicted person covers the head: "Ms. Acosta" of Melba Acosta Febo, whose surname is not her name's last word.
    if (pred.speakerNamedAt.some((m) => m.start <= head.start && head.end <= m.end)) return true;
    return [pred.speakerName, pred.sourceName, pred.relay?.name ?? null].some((name) => name !== null && surname(name) === head.norm);
  });
}

function evaluate(docs: readonly PolnearDoc[], predict: (doc: PolnearDoc) => PredictedQuote[]): SystemResult {
  let predicted = 0;
  let correct = 0;
  let goldTotal = 0;
  let found = 0;
  let speakerRight = 0;
  let scored = 0;
  let noGoldSource = 0;
  const matches: SystemResult['matches'] = [];
  const missed: SystemResult['missed'] = [];
  for (const doc of docs) {
    const gold = goldQuotes(doc);
    const preds = predict(doc);
    const hit = new Set<GoldQuote>();
    goldTotal += gold.length;
    predicted += preds.length;
    for (const pred of preds) {
      const g = containing(pred, gold);
      let right: boolean | null = null;
      let frame: Frame | undefined;
      let kind: GoldSourceKind | undefined;
      if (g) {
        correct++;
        hit.add(g);
        if (g.attribution.source) {
          scored++;
          right = speakerCorrect(doc.text, pred, g.attribution);
          if (right) speakerRight++;
          frame = frameOf(doc.text, g.attribution, pred, pred.partial);
          kind = goldSourceKind(doc.text, g.attribution);
        } else {
          noGoldSource++;
        }
      }
      matches.push({ doc, match: { pred, gold: g, speakerCorrect: right, frame, sourceKind: kind } });
    }
    found += hit.size;
    for (const g of gold) if (!hit.has(g)) missed.push({ doc, gold: g });
  }
  return {
    quotes: prf(correct, predicted, found, goldTotal),
    speaker: { correct: speakerRight, scored, noGoldSource, accuracy: round(scored ? speakerRight / scored : 0) },
    matches,
    missed,
  };
}

// ---------------------------------------------------------------------------------------------
// Systems

function sourceLens(doc: PolnearDoc): PredictedQuote[] {
  // PolNeAR annotates a quotation over paragraphs one paragraph at a time.
  const analysis = analyzeArticle(doc.text, { quotesByParagraph: true });
  const names = new Map<string, string>(analysis.people.map((p: Person) => [p.id, p.name]));
  const namedAt = new Map<string, readonly Span[]>(analysis.people.map((p: Person) => [p.id, p.mentions]));
  // What the editor shows: quotations, not scare quotes, terms, titles or marks in page furniture.
  return reportableQuotes(analysis).map((q) => ({
    start: q.start,
    end: q.end,
    speakerMention: q.speakerMention,
    speakerName: q.speakerId ? names.get(q.speakerId) ?? null : null,
    speakerNamedAt: q.speakerId ? namedAt.get(q.speakerId) ?? [] : [],
    sourceName: q.source?.name ?? null,
    relay: q.relayedBy && { start: q.relayedBy.start, end: q.relayedBy.end, name: q.relayedBy.name },
    partial: q.partial,
  }));
}

interface CompromiseMatch {
  text: string;
  offset: { start: number; length: number };
}

const MARKS = /["“”„‟«»‘’‚‛'`]/u;

/** Shrinks [start, end) past white space and quotation marks at either edge. */
function stripMarks(text: string, start: number, end: number): { start: number; end: number } {
  let s = start;
  let e = end;
  while (s < e && (/\s/u.test(text[s]) || MARKS.test(text[s]))) s++;
  while (e > s && (/\s/u.test(text[e - 1]) || MARKS.test(text[e - 1]))) e--;
  return { start: s, end: e };
}

/**
 * Where a compromise match really is. Its `offset.start` skips leading punctuation (the opening
 * mark of a quotation, up to two characters) while `offset.length` counts it, so the match text
 * is looked up again from a few characters before `offset.start`.
 */
function compromiseSpan(text: string, m: CompromiseMatch): { start: number; end: number } {
  const at = text.indexOf(m.text, Math.max(0, m.offset.start - 4));
  if (at >= 0 && at <= m.offset.start) return { start: at, end: at + m.text.length };
  return { start: m.offset.start, end: m.offset.start + m.offset.length };
}

/**
 * The baseline from the issue: compromise's quotations (offsets, marks stripped) and, as the
 * speaker, the compromise person match nearest to the quote by character distance (matches
 * inside the quote itself are not candidates).
 */
function baseline(doc: PolnearDoc): PredictedQuote[] {
  const d = nlp(doc.text);
  const quotes = (d.quotations().json({ offset: true }) as CompromiseMatch[]).map((m) => {
    const outer = compromiseSpan(doc.text, m);
    return { outer, ...stripMarks(doc.text, outer.start, outer.end) };
  });
  const people = (d.people().json({ offset: true }) as CompromiseMatch[]).map((m) => {
    // The match text may carry punctuation ("Clinton."): trim the span to letters.
    let { start, end } = compromiseSpan(doc.text, m);
    while (end > start && !/[\p{L}\p{N}]/u.test(doc.text[end - 1])) end--;
    while (start < end && !/[\p{L}\p{N}]/u.test(doc.text[start])) start++;
    return { start, end, text: doc.text.slice(start, end) };
  });
  return quotes
    .filter((q) => q.end > q.start)
    .map((q) => {
      let best: (typeof people)[number] | null = null;
      let bestDistance = Infinity;
      for (const p of people) {
        if (p.start >= q.outer.start && p.end <= q.outer.end) continue;
        const distance = p.end <= q.outer.start ? q.outer.start - p.end : p.start >= q.outer.end ? p.start - q.outer.end : 0;
        if (distance < bestDistance) {
          best = p;
          bestDistance = distance;
        }
      }
      return {
        start: q.start,
        end: q.end,
        speakerMention: best ? { start: best.start, end: best.end, text: best.text } : null,
        speakerName: best?.text ?? null,
        speakerNamedAt: [],
        sourceName: null,
        relay: null,
        partial: false,
      };
    });
}

// ---------------------------------------------------------------------------------------------
// Seeds

interface SeedGold {
  articles: Record<string, { quotes: Array<{ text: string; speaker: string; partial: boolean }> }>;
}

interface SeedFigures {
  expected: number;
  predicted: number;
  spanCorrect: number;
  partialCorrect: number;
  speakerCorrect: number;
  allCorrect: number;
  problems: string[];
}

/** The gold keeps a comma or full stop inside the closing mark in one seed and not the other. */
const trimEnd = (quote: string): string => quote.replace(/[,.]$/, '');

function evaluateSeeds(goldPath: string, seedsDir: string): SeedFigures {
  const gold = readJson<SeedGold>(goldPath);
  const f: SeedFigures = { expected: 0, predicted: 0, spanCorrect: 0, partialCorrect: 0, speakerCorrect: 0, allCorrect: 0, problems: [] };
  for (const [file, article] of Object.entries(gold.articles)) {
    const text = readFileSync(join(seedsDir, file), 'utf8');
    const analysis = analyzeArticle(text);
    const found = analysis.quotes.map((q) => ({
      text: trimEnd(q.text),
      partial: q.partial,
      speaker: analysis.people.find((p) => p.id === q.speakerId)?.name ?? null,
    }));
    f.predicted += found.length;
    const used = new Set<number>();
    const short = file.slice(0, 3);
    for (const expected of article.quotes) {
      f.expected++;
      const k = found.findIndex((q, i) => !used.has(i) && q.text === trimEnd(expected.text));
      if (k < 0) {
        f.problems.push(`  ${short} quote not found: "${expected.text}"`);
        continue;
      }
      used.add(k);
      f.spanCorrect++;
      const q = found[k];
      const partialOk = q.partial === expected.partial;
      const speakerOk = q.speaker === expected.speaker;
      if (partialOk) f.partialCorrect++;
      else f.problems.push(`  ${short} partial ${q.partial}, expected ${expected.partial}: "${expected.text}"`);
      if (speakerOk) f.speakerCorrect++;
      else f.problems.push(`  ${short} speaker ${JSON.stringify(q.speaker)}, expected "${expected.speaker}": "${expected.text}"`);
      if (partialOk && speakerOk) f.allCorrect++;
    }
    found.forEach((q, i) => {
      if (!used.has(i)) f.problems.push(`  ${short} extra quote: "${q.text}"`);
    });
  }
  return f;
}

// ---------------------------------------------------------------------------------------------
// Break-down and errors

type ErrorClass = 'no source' | 'wrong source';

function errorClass(pred: PredictedQuote): ErrorClass {
  return pred.speakerMention || pred.speakerName || pred.sourceName ? 'wrong source' : 'no source';
}

interface ClassFigures {
  scored: number;
  right: number;
  none: number;
  wrong: number;
}

/** Speaker figures per class (`by` picks the class of a scored match). */
function breakDown(result: SystemResult, by: (m: QuoteMatch) => string): Map<string, ClassFigures> {
  const out = new Map<string, ClassFigures>();
  for (const { match } of result.matches) {
    if (match.speakerCorrect === null) continue;
    const key = by(match);
    const f = out.get(key) ?? { scored: 0, right: 0, none: 0, wrong: 0 };
    f.scored++;
    if (match.speakerCorrect) f.right++;
    else if (errorClass(match.pred) === 'no source') f.none++;
    else f.wrong++;
    out.set(key, f);
  }
  return out;
}

function breakDownTable(title: string, parts: ReadonlyArray<[string, SystemResult]>, by: (m: QuoteMatch) => string): string {
  const tables = parts.map(([, r]) => breakDown(r, by));
  const keys = [...new Set(tables.flatMap((t) => [...t.keys()]))].sort((a, b) => (tables[0].get(b)?.scored ?? 0) - (tables[0].get(a)?.scored ?? 0));
  const cell = (f: ClassFigures | undefined): string => (f ? `${pct(f.right / f.scored)} of ${f.scored}, ${f.none}+${f.wrong}` : '—');
  return table(
    [title, ...parts.map(([name]) => `${name}: acc of n, none+wrong`)],
    keys.map((k) => [k, ...tables.map((t) => cell(t.get(k)))]),
  );
}

function flat(s: string, n = 70): string {
  const one = s.replace(/\s+/g, ' ');
  return one.length > n ? `${one.slice(0, n)}…` : one;
}

function printErrors(name: string, result: SystemResult): void {
  console.log(`\n=== ${name} ===`);
  console.log('\nFalse positives (predicted quote inside no direct attribution):');
  for (const { doc, match } of result.matches) {
    if (match.gold) continue;
    console.log(`  ${doc.id.slice(0, 40)}  ${context(doc.text, match.pred.start, match.pred.end, 30)}`);
  }
  console.log('\nMissed direct attributions:');
  for (const { doc, gold } of result.missed) {
    const first = gold.spans[0];
    console.log(`  ${doc.id.slice(0, 40)}  ${flat(doc.text.slice(first.start, first.end), 90)}`);
  }
  const groups = new Map<string, string[]>();
  for (const { doc, match } of result.matches) {
    if (!match.gold || match.speakerCorrect !== false) continue;
    const a = match.gold.attribution;
    const key = `${errorClass(match.pred)} | ${match.frame} | ${match.sourceKind}`;
    const predicted = match.pred.speakerMention
      ? `"${match.pred.speakerMention.text}"${match.pred.speakerName && match.pred.speakerName !== match.pred.speakerMention.text ? ` (${match.pred.speakerName})` : ''}`
      : match.pred.speakerName ?? match.pred.sourceName ?? '—';
    const lines = groups.get(key) ?? [];
    lines.push(
      `  ${doc.id.slice(0, 36)}  ${predicted} → "${flat(a.sourceText, 50)}"${a.cueText ? ` [cue "${a.cueText}"]` : ''}\n` +
        `      quote: ${flat(doc.text.slice(match.pred.start, match.pred.end), 60)}\n` +
        `      gold source: ${context(doc.text, a.source![0], a.source![1], 60)}`,
    );
    groups.set(key, lines);
  }
  const ordered = [...groups.entries()].sort((a, b) => b[1].length - a[1].length);
  console.log('\nSpeaker errors by class (error | frame | gold source kind):');
  for (const [key, lines] of ordered) {
    console.log(`\n--- ${key} (${lines.length})`);
    for (const line of lines) console.log(line);
  }
  console.log('\nSpeaker error classes:');
  console.log(table(['error | frame | gold source kind', 'count'], ordered.map(([key, lines]) => [key, lines.length])));
}

// ---------------------------------------------------------------------------------------------

function main(): void {
  const flags = parseFlags(SCRIPT, ['--baseline-errors']);
  const files = corpusFiles(
    SCRIPT,
    'the quote and speaker evaluation (PolNeAR and the seeds)',
    ['polnear-dev.jsonl', 'polnear-train.jsonl', join('gold', 'seeds.json'), 'seeds'],
    flags.json,
  );
  if (!files) return;
  const [devPath, trainPath, seedGoldPath, seedsDir] = files;
  const dev = readJsonl<PolnearDoc>(devPath);
  const { tune, heldBack } = splitTrain(readJsonl<PolnearDoc>(trainPath));
  const parts: Array<[string, PolnearDoc[], SystemResult]> = [
    ['dev', dev, evaluate(dev, sourceLens)],
    ['train-tune', tune, evaluate(tune, sourceLens)],
    ['held-back', heldBack, evaluate(heldBack, sourceLens)],
  ];
  const base = evaluate(dev, baseline);
  const seeds = evaluateSeeds(seedGoldPath, seedsDir);

  if (flags.json) {
    const strip = (r: SystemResult): Omit<SystemResult, 'matches' | 'missed'> => ({ quotes: r.quotes, speaker: r.speaker });
    const { problems: _p, ...seedFigures } = seeds;
    const polnear = Object.fromEntries(parts.map(([name, docs, r]) => [name, { docs: docs.length, direct: r.quotes.gold, sourceLens: strip(r) }]));
    console.log(JSON.stringify({ polnear: { ...polnear, slack: QUOTE_SLACK, baselineDev: strip(base) }, seeds: seedFigures }, null, 2));
    return;
  }

  console.log('Quotes and speakers — PolNeAR direct attributions (dev; train split into train-tune and held-back by article)');
  console.log('');
  const row = (name: string, docs: readonly PolnearDoc[], r: SystemResult): Array<string | number> => [
    name,
    docs.length,
    r.quotes.predicted,
    `${r.quotes.found}/${r.quotes.gold}`,
    pct(r.quotes.precision),
    pct(r.quotes.recall),
    pct(r.quotes.f1),
    `${r.speaker.correct}/${r.speaker.scored}`,
    pct(r.speaker.accuracy),
  ];
  console.log(
    table(
      ['part', 'articles', 'predicted', 'gold found', 'P', 'R', 'F1', 'speaker', 'speaker acc'],
      [...parts.map(([name, docs, r]) => row(`Source Lens, ${name}`, docs, r)), row('compromise baseline, dev', dev, base)],
    ),
  );
  console.log('(speaker accuracy is over correct quotes whose gold attribution has a source)');
  const named = parts.map(([name, , r]): [string, SystemResult] => [name, r]);
  console.log('\nSpeaker accuracy by frame of the gold attribution (none = no source given, wrong = another source)');
  console.log(breakDownTable('frame', named, (m) => m.frame ?? '?'));
  console.log('\nSpeaker accuracy by kind of gold source');
  console.log(breakDownTable('gold source', named, (m) => m.sourceKind ?? '?'));
  console.log('');
  console.log('Seeds (gold/seeds.json)');
  console.log(
    table(
      ['seeds', 'result'],
      [
        ['quotes found (span, trailing , . ignored)', ratio(seeds.spanCorrect, seeds.expected)],
        ['extra quotes', seeds.predicted - seeds.spanCorrect],
        ['partial flag correct', ratio(seeds.partialCorrect, seeds.expected)],
        ['speaker correct', ratio(seeds.speakerCorrect, seeds.expected)],
        ['span + partial + speaker correct', ratio(seeds.allCorrect, seeds.expected)],
      ],
    ),
  );

  if (flags.errors) {
    // The held-back part is never dumped: it is only looked at to report.
    printErrors('Source Lens errors, dev', parts[0][2]);
    printErrors('Source Lens errors, train-tune', parts[1][2]);
    if (seeds.problems.length > 0) {
      console.log('\nSeeds:');
      for (const line of seeds.problems) console.log(line);
    }
  }
  if (flags.has('--baseline-errors')) printErrors('compromise baseline errors, dev', base);
}

main();
