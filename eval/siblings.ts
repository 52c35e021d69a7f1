/**
 * Accuracy of sibling detection (issue 5). From each real article of the corpus (GUM news and
 * PolNeAR) the script makes versions, one per kind of change an outlet or an update makes, and
 * all of the changes combined; it fingerprints every text, puts them all in one SiblingIndex and
 * asks it for every sibling pair, so a pair the index fails to retrieve counts as missed.
 * Negatives are every pair of texts from different articles, with three harder sets: PolNeAR
 * articles of the same publisher and day, of the same day, and an article paired with another
 * one into which one or two of its quoted sentences were pasted.
 * It also checks the version diff: style-only versions must show no paragraph difference, and
 * added, cut, moved and reworded paragraphs must show as such.
 * Run: npx tsx eval/siblings.ts [--json] [--errors]
 */
import { readFileSync } from 'node:fs';
import { join as joinPath } from 'node:path';
import { analyzeArticle } from '../src/analysis';
import { findParagraphs } from '../src/analysis/text/paragraphs';
import {
  SIBLING_RULE,
  SiblingIndex,
  compareVersions,
  fingerprint,
  judge,
  type SiblingPair,
  type SiblingRule,
} from '../src/analysis/siblings';
import { REPO_ROOT, corpusFiles, parseFlags, pct, prf, readJsonl, round, table } from './lib';
import { random } from './random';

const SCRIPT = 'siblings';
const SEED = 20221022;

interface Article {
  id: string;
  text: string;
  publisher?: string;
  date?: string;
}

type Kind =
  | 'spelling' | 'quote marks' | 'honorifics' | 'abbreviations' | 'header'
  | 'added' | 'cut' | 'reordered' | 'reworded' | 'lead only' | 'combined' | 'shares quote';

/** A generated text: its article (the group it belongs to) and what the diff should show. */
interface Version {
  id: string;
  group: string;
  kind: Kind | 'original';
  text: string;
  /** Paragraph counts the diff against the original should report, when the change makes them exact. */
  expect?: { onlyInA: number; onlyInB: number; reworded: number; moved: boolean; header: boolean };
}


// ---------------------------------------------------------------------------------------------
// Random choices, reproducible


type Rng = () => number;
const pick = <T>(rng: Rng, items: readonly T[]): T => items[Math.floor(rng() * items.length)];
const between = (rng: Rng, low: number, high: number): number => low + Math.floor(rng() * (high - low + 1));

function shuffle<T>(rng: Rng, items: readonly T[]): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

function paragraphsOf(text: string): string[] {
  return findParagraphs(text).map((p) => text.slice(p.start, p.end));
}

const join = (paragraphs: readonly string[]): string => paragraphs.join('\n\n');
/** Paragraphs with at least one word: the diff leaves out separators such as "___". */
const worded = (paragraphs: readonly string[]): number => paragraphs.filter((p) => /[\p{L}\p{N}]/u.test(p)).length;
const wordCount = (text: string): number => (text.match(/[\p{L}\p{N}]+/gu) ?? []).length;

// ---------------------------------------------------------------------------------------------
// Kinds of change. Each is written here independently of the normaliser's own word lists.

const UK_SPELLING: Record<string, string> = {
  color: 'colour', colors: 'colours', colored: 'coloured', honor: 'honour', honors: 'honours', honored: 'honoured', labor: 'labour',
  favor: 'favour', favors: 'favours', favorite: 'favourite', favorable: 'favourable', neighbor: 'neighbour', neighbors: 'neighbours',
  neighborhood: 'neighbourhood', behavior: 'behaviour', harbor: 'harbour', rumor: 'rumour', rumors: 'rumours', humor: 'humour',
  vigor: 'vigour', armor: 'armour', endeavor: 'endeavour', flavor: 'flavour', center: 'centre', centers: 'centres', centered: 'centred',
  theater: 'theatre', meter: 'metre', meters: 'metres', liter: 'litre', fiber: 'fibre', defense: 'defence', offense: 'offence',
  license: 'licence', traveled: 'travelled', traveling: 'travelling', traveler: 'traveller', travelers: 'travellers',
  canceled: 'cancelled', canceling: 'cancelling', labeled: 'labelled', modeled: 'modelled', fueled: 'fuelled', signaled: 'signalled',
  counselor: 'counsellor', jewelry: 'jewellery', program: 'programme', programs: 'programmes', gray: 'grey', percent: 'per cent',
  toward: 'towards', aging: 'ageing', judgment: 'judgement', skeptic: 'sceptic', skeptical: 'sceptical', catalog: 'catalogue',
  maneuver: 'manoeuvre', pediatric: 'paediatric', enroll: 'enrol', fulfill: 'fulfil', installment: 'instalment', among: 'amongst',
  mold: 'mould', plow: 'plough', pajamas: 'pyjamas', analog: 'analogue', dialog: 'dialogue',
};
const IZE = /^([a-z]{3,})(iz|yz)(e|es|ed|ing|ation|ations|er|ers)$/;
const IZE_EXCEPTIONS = new Set(['seize', 'seized', 'seizes', 'seizing', 'capsize', 'citizen', 'prize', 'prized', 'prizes', 'size', 'sized', 'sizes']);

function withCase(model: string, word: string): string {
  if (model === model.toUpperCase() && model.length > 1) return word.toUpperCase();
  return model[0] === model[0].toUpperCase() ? word[0].toUpperCase() + word.slice(1) : word;
}

function toBritish(text: string): string {
  return text.replace(/\p{L}+/gu, (word) => {
    const lower = word.toLowerCase();
    const listed = UK_SPELLING[lower];
    if (listed) return withCase(word, listed);
    const m = IZE.exec(lower);
    if (m && !IZE_EXCEPTIONS.has(lower)) return withCase(word, `${m[1]}${m[2] === 'iz' ? 'is' : 'ys'}${m[3]}`);
    return word;
  });
}

/** Straight quotes and hyphen dashes become typographic ones, or the reverse when the text has curly quotes. */
function swapQuoteMarks(text: string): string {
  if (/[“”‘’]/.test(text)) {
    return text.replace(/[“”]/g, '"').replace(/[‘’]/g, "'").replace(/ — /g, ' - ').replace(/—/g, '--');
  }
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    const before = i === 0 ? ' ' : text[i - 1];
    const opening = /[\s([{—-]/.test(before);
    if (char === '"') out += opening ? '“' : '”';
    else if (char === "'") out += opening ? '‘' : '’';
    else out += char;
  }
  return out.replace(/ -- | - /g, ' — ').replace(/--/g, '—');
}

/** Removes Mr/Mrs/Ms/Dr where the text has them; otherwise adds "Mr" before second references. */
function swapHonorifics(text: string, rng: Rng): string {
  if (/\b(?:Mr|Mrs|Ms|Dr)\.? (?=\p{Lu})/u.test(text)) return text.replace(/\b(?:Mr|Mrs|Ms|Dr)\.? (?=\p{Lu})/gu, '');
  const mentions = analyzeArticle(text)
    .people.flatMap((person) => person.mentions.filter((m) => m.form === 'surname' && m.text.length >= 3 && /\s/.test(text[m.start - 1] ?? ' ')))
    .sort((x, y) => y.start - x.start);
  let out = text;
  for (const mention of mentions) out = `${out.slice(0, mention.start)}${rng() < 0.8 ? 'Mr' : 'Dr'} ${out.slice(mention.start)}`;
  return out;
}

const RANKS: Array<[string, string]> = [
  ['Sen.', 'Senator'], ['Rep.', 'Representative'], ['Gov.', 'Governor'], ['Gen.', 'General'], ['Lt.', 'Lieutenant'],
  ['Col.', 'Colonel'], ['Sgt.', 'Sergeant'], ['Capt.', 'Captain'], ['Adm.', 'Admiral'], ['Brig-Gen', 'Brigadier General'],
  ['Maj-Gen', 'Major General'], ['Lt-Gen', 'Lieutenant General'], ['Lt-Col', 'Lieutenant Colonel'],
];
const RANK = new RegExp(`\\b(${RANKS.flat().map((r) => r.replace(/[.]/g, '\\.')).sort((x, y) => y.length - x.length).join('|')})(?= \\p{Lu})`, 'gu');

/** Rank abbreviations written out and full ranks abbreviated; "U.S." ↔ "US", "United States" → "US". */
function swapAbbreviations(text: string): string {
  const swapped = text.replace(RANK, (rank) => {
    const pair = RANKS.find(([short, full]) => short === rank || full === rank) as [string, string];
    return pair[0] === rank ? pair[1] : pair[0];
  });
  if (/\bU\.S\./.test(swapped)) return swapped.replace(/\bU\.S\./g, 'US').replace(/\bU\.N\./g, 'UN');
  return swapped.replace(/\bthe United States\b/g, 'the US').replace(/\bUS\b/g, 'U.S.');
}

const CITIES = ['WASHINGTON', 'NEW YORK', 'LONDON', 'CHICAGO', 'PARIS'];
const AGENCIES = ['AP', 'Reuters', 'AFP'];

/** Headline and date paragraphs dropped, a date line and a dateline put in their place. */
function newHeader(paragraphs: readonly string[], rng: Rng, date = '2016-09-30'): { paragraphs: string[]; dropped: number } {
  let dropped = 0;
  while (dropped < Math.min(3, paragraphs.length - 1) && wordCount(paragraphs[dropped]) < 15) dropped++;
  const rest = paragraphs.slice(dropped);
  const dateline = `${pick(rng, CITIES)} (${pick(rng, AGENCIES)}) - `;
  return { paragraphs: [`date ${date}`, dateline + rest[0], ...rest.slice(1)], dropped: worded(paragraphs.slice(0, dropped)) };
}

const REPORTERS = ['Sarah Mitchell', 'David Chen', 'Laura Okafor', 'Tom Becker'];
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'];
const PLACES = ['Ohio', 'the capital', 'Pennsylvania', 'Florida', 'the border region', 'Michigan', 'the northern suburbs', 'Arizona'];
const BODIES = ['the city council', 'the state election board', 'the Justice Department', 'a federal appeals court', 'the party leadership', 'the campaign', 'the governor’s office', 'the ethics committee'];
/** New paragraphs an update might add; many, with slots, so that two versions of different articles rarely share one. */
const ADDED: ReadonlyArray<(n: string, rng: Rng) => string> = [
  (n, r) => `${n} did not immediately respond to a request for comment on ${pick(r, WEEKDAYS)}.`,
  (n, r) => `A spokesperson for ${n} said ${pick(r, BODIES)} would issue a statement later in the week.`,
  (_, r) => `Earlier on ${pick(r, WEEKDAYS)}, officials in ${pick(r, PLACES)} said about ${between(r, 12, 900)} people had been affected, a figure that could not be independently verified.`,
  (_, r) => `Analysts said the decision was likely to be challenged, with at least ${between(r, 2, 9)} groups in ${pick(r, PLACES)} preparing to go to court.`,
  (n, r) => `The move comes ${between(r, 2, 11)} weeks after a similar announcement by ${n} drew sharp criticism from ${pick(r, BODIES)}.`,
  (_, r) => `Polls published this week suggest the issue remains a leading concern for voters in ${pick(r, PLACES)}, with ${between(r, 20, 70)} per cent calling it important.`,
  (n) => `Aides to ${n} insisted the remarks had been taken out of context.`,
  (n, r) => `${n} is expected to address the matter again at a news conference on ${pick(r, WEEKDAYS)} morning.`,
  (_, r) => `Critics in ${pick(r, PLACES)} have argued for months that the policy lacks transparency.`,
  (_, r) => `Additional reporting by ${pick(r, REPORTERS)}; editing by ${pick(r, REPORTERS)}.`,
  (n, r) => `In an interview broadcast late on ${pick(r, WEEKDAYS)}, ${n} declined to say whether further steps were being considered.`,
  (_, r) => `Turnout in ${pick(r, PLACES)} was ${between(r, 30, 80)} percent in the last comparable vote, according to ${pick(r, BODIES)}.`,
  (n, r) => `${pick(r, BODIES)[0].toUpperCase()}${pick(r, BODIES).slice(1)} is due to hear evidence from ${n} in ${pick(r, ['October', 'November', 'December', 'January'])}.`,
  (_, r) => `Budget figures released on ${pick(r, WEEKDAYS)} put the cost at $${between(r, 2, 90)} million over ${between(r, 2, 10)} years.`,
  (n, r) => `Supporters of ${n} gathered outside ${pick(r, BODIES)} on ${pick(r, WEEKDAYS)} evening, some carrying hand-painted signs.`,
  (_, r) => `The figures were first reported by a local newspaper in ${pick(r, PLACES)} and later confirmed by two people familiar with the matter.`,
  (n, r) => `Asked about the timing, ${n} told reporters in ${pick(r, PLACES)}: "We will look at everything."`,
  (_, r) => `A similar measure failed by ${between(r, 2, 40)} votes in ${between(r, 2008, 2015)}.`,
  (n, r) => `Records reviewed by reporters show that ${n} met representatives of ${pick(r, BODIES)} at least ${between(r, 2, 12)} times last year.`,
  (_, r) => `Neither ${pick(r, BODIES)} nor ${pick(r, BODIES)} would say when a final decision was expected.`,
  (n) => `This story has been updated with comments from ${n}.`,
  (_, r) => `Shares of companies exposed to the decision fell about ${between(r, 2, 9)} percent in afternoon trading before recovering some ground.`,
  (n, r) => `${n} first raised the issue during a visit to ${pick(r, PLACES)} in ${pick(r, ['March', 'April', 'May', 'June'])}, when few took it seriously.`,
  () => `Lawyers for several of those involved said they had not been told of the change in advance and were studying its implications.`,
];

function someName(text: string, rng: Rng): string {
  const people = analyzeArticle(text).people.filter((p) => p.name.includes(' '));
  return people.length > 0 ? pick(rng, people).name : 'The White House';
}

function addParagraphs(paragraphs: readonly string[], name: string, rng: Rng): { paragraphs: string[]; added: number } {
  // An update adds a few paragraphs: two to four, one to two for short articles.
  const count = wordCount(join(paragraphs)) < 300 ? between(rng, 1, 2) : between(rng, 2, 4);
  const templates = shuffle(rng, ADDED).slice(0, count);
  const extra = templates.map((template) => template(name, rng));
  const out = [...paragraphs];
  if (rng() < 0.6 || out.length < 4) out.push(...extra);
  else out.splice(between(rng, 2, Math.min(4, out.length - 1)), 0, ...extra);
  return { paragraphs: out, added: count };
}

/** Keeps 30–70% of the paragraphs: from the top (an editor's cut) or a random choice keeping the first. */
function cutParagraphs(paragraphs: readonly string[], rng: Rng): { paragraphs: string[]; removed: number } {
  const keep = Math.max(1, Math.round(paragraphs.length * (0.3 + 0.4 * rng())));
  const kept = rng() < 0.5
    ? paragraphs.slice(0, keep)
    : [paragraphs[0], ...paragraphs.slice(1).map((p, i) => ({ p, i, r: rng() })).sort((x, y) => x.r - y.r).slice(0, keep - 1).sort((x, y) => x.i - y.i).map((x) => x.p)];
  return { paragraphs: kept, removed: worded(paragraphs) - worded(kept) };
}

/** Moves two or three paragraphs (not the first) to other places. */
function reorderParagraphs(paragraphs: readonly string[], rng: Rng): string[] {
  const out = [...paragraphs];
  if (out.length < 4) return out.reverse();
  for (let moves = between(rng, 2, 3); moves > 0; moves--) {
    const from = between(rng, 1, out.length - 1);
    const [moved] = out.splice(from, 1);
    let to = between(rng, 1, out.length);
    if (to === from) to = to === 1 ? out.length : 1;
    out.splice(to, 0, moved);
  }
  return out;
}

const SYNONYMS: Array<[string, string]> = [
  ['said', 'stated'], ['big', 'large'], ['help', 'assist'], ['show', 'demonstrate'], ['start', 'begin'], ['buy', 'purchase'],
  ['about', 'around'], ['also', 'additionally'], ['people', 'individuals'], ['many', 'numerous'], ['get', 'obtain'],
  ['told', 'informed'], ['asked', 'questioned'], ['new', 'fresh'], ['important', 'significant'], ['need', 'require'],
  ['use', 'employ'], ['try', 'attempt'], ['end', 'conclude'], ['whether', 'if'], ['because', 'since'], ['but', 'however'],
  ['called', 'described'], ['week', 'seven days'], ['country', 'nation'], ['government', 'administration'], ['support', 'backing'],
];

/** Whether the paragraphs with words come in another order (moving a "___" or a repeated paragraph is no move). */
function inOtherOrder(before: readonly string[], after: readonly string[]): boolean {
  const withWords = (ps: readonly string[]): string => ps.filter((p) => /[\p{L}\p{N}]/u.test(p)).join('\n\n');
  return withWords(before) !== withWords(after);
}

/** Rewords one sentence in about a fifth of the paragraphs (at least two): synonyms, or clauses swapped. */
function rewordParagraphs(paragraphs: readonly string[], rng: Rng): { paragraphs: string[]; reworded: number } {
  const out = [...paragraphs];
  const eligible = out.map((_, i) => i).filter((i) => wordCount(out[i]) >= 15);
  const chosen = shuffle(rng, eligible).slice(0, Math.max(2, Math.round(eligible.length / 5)));
  let reworded = 0;
  for (const i of chosen) {
    const sentences = out[i].split(/(?<=[.!?]["”]?)\s+/);
    const s = between(rng, 0, sentences.length - 1);
    const changed = rewordSentence(sentences[s], rng);
    if (changed !== sentences[s]) {
      sentences[s] = changed;
      out[i] = sentences.join(' ');
      reworded++;
    }
  }
  return { paragraphs: out, reworded };
}

function rewordSentence(sentence: string, rng: Rng): string {
  let out = sentence;
  // Clauses swapped around ", and " or ", but ".
  const clause = /^(.{20,}?), (and|but) (.{20,})\.$/.exec(out);
  if (clause && rng() < 0.5) out = `${clause[3][0].toUpperCase()}${clause[3].slice(1)}, ${clause[2]} ${clause[1][0].toLowerCase()}${clause[1].slice(1)}.`;
  let replaced = 0;
  for (const [x, y] of shuffle(rng, SYNONYMS)) {
    if (replaced >= 2) break;
    const pattern = new RegExp(`\\b${x}\\b`);
    if (pattern.test(out)) {
      out = out.replace(pattern, y);
      replaced++;
    }
  }
  if (out === sentence) {
    // Nothing to swap: a phrase added, as an editor tightening or padding would.
    const words = out.split(' ');
    words.splice(between(rng, 1, Math.max(1, words.length - 1)), 0, pick(rng, ['reportedly', 'on Tuesday', 'once again', 'in recent days']));
    out = words.join(' ');
  }
  return out;
}

/** The lead: the first paragraphs up to 60–150 words. */
function leadOnly(paragraphs: readonly string[], rng: Rng): { paragraphs: string[]; removed: number } {
  const target = between(rng, 60, 150);
  const out: string[] = [];
  let words = 0;
  for (const p of paragraphs) {
    if (words >= target) break;
    out.push(p);
    words += wordCount(p);
  }
  return { paragraphs: out, removed: worded(paragraphs) - worded(out) };
}

/** One or two quoted sentences of `source` pasted into `text` as a new paragraph. */
function pasteQuote(text: string, source: string, rng: Rng): string | null {
  const analysis = analyzeArticle(source);
  // The first sentence of each quotation, 10 to 40 words, on one line.
  const sentences = analysis.quotes
    .filter((q) => !q.partial)
    .map((q) => ({ q, sentence: (q.text.split(/(?<=[.!?])\s+/)[0] ?? '').replace(/\s+/g, ' ') }))
    .filter(({ sentence }) => wordCount(sentence) >= 10 && wordCount(sentence) <= 40);
  if (sentences.length === 0) return null;
  const k = between(rng, 0, sentences.length - 1);
  const first = sentences[k];
  const second = sentences[k + 1];
  const quoted = second && rng() < 0.5 ? `${first.sentence} ${second.sentence}` : first.sentence;
  const speaker = analysis.people.find((p) => p.id === first.q.speakerId)?.name ?? 'one official';
  const paragraphs = paragraphsOf(text);
  paragraphs.splice(between(rng, 1, paragraphs.length), 0, `"${quoted.replace(/[,.]$/, '')}," ${speaker} said.`);
  return join(paragraphs);
}

// ---------------------------------------------------------------------------------------------
// The generated set

function versionsOf(article: Article, rng: Rng): Version[] {
  const text = article.text;
  const paragraphs = paragraphsOf(text);
  const group = article.id;
  const make = (kind: Kind, out: string, expect?: Version['expect']): Version => ({ id: `${article.id}#${kind}`, group, kind, text: out, expect });
  const none = { onlyInA: 0, onlyInB: 0, reworded: 0, moved: false, header: false };
  const name = someName(text, rng);

  const header = newHeader(paragraphs, rng, article.date);
  const added = addParagraphs(paragraphs, name, rng);
  const cut = cutParagraphs(paragraphs, rng);
  const reworded = rewordParagraphs(paragraphs, rng);
  const lead = leadOnly(paragraphs, rng);
  const reordered = reorderParagraphs(paragraphs, rng);

  // All changes at once, in the order an outlet would make them.
  let combined = swapAbbreviations(swapHonorifics(swapQuoteMarks(toBritish(text)), rng));
  let parts = cutParagraphs(paragraphsOf(combined), rng).paragraphs;
  parts = rewordParagraphs(reorderParagraphs(addParagraphs(parts, name, rng).paragraphs, rng), rng).paragraphs;
  combined = join(newHeader(parts, rng, article.date).paragraphs);

  return [
    make('spelling', toBritish(text), none),
    make('quote marks', swapQuoteMarks(text), none),
    make('honorifics', swapHonorifics(text, rng), none),
    make('abbreviations', swapAbbreviations(text), none),
    make('header', join(header.paragraphs), { ...none, onlyInA: header.dropped, header: true }),
    make('added', join(added.paragraphs), { ...none, onlyInB: added.added }),
    make('cut', join(cut.paragraphs), { ...none, onlyInA: cut.removed }),
    make('reordered', join(reordered), { ...none, moved: inOtherOrder(paragraphs, reordered) }),
    make('reworded', join(reworded.paragraphs), { ...none, reworded: reworded.reworded }),
    make('lead only', join(lead.paragraphs), { ...none, onlyInA: lead.removed }),
    make('combined', combined),
  ];
}

interface Dataset {
  texts: Version[];
  /** Pairs of different articles that are hard to tell apart, by set name; ids "a|b". */
  hard: Map<string, Array<[string, string]>>;
}

function buildDataset(articles: readonly Article[], seeds: readonly Article[]): Dataset {
  const rng = random(SEED);
  const texts: Version[] = [];
  for (const article of articles) {
    texts.push({ id: article.id, group: article.id, kind: 'original', text: article.text });
    texts.push(...versionsOf(article, rng));
  }
  const hard = new Map<string, Array<[string, string]>>([['same publisher and day', []], ['same day', []], ['shares quote', []]]);
  // Another article with one or two quoted sentences of this one pasted in: a version of the
  // other article (positive with it), and a hard negative with this one.
  articles.forEach((article, i) => {
    const other = articles[(i + 1 + Math.floor(rng() * (articles.length - 1))) % articles.length];
    const pasted = pasteQuote(other.text, article.text, rng);
    if (!pasted) return;
    const id = `${other.id}#shares quote of ${article.id}`;
    texts.push({ id, group: other.id, kind: 'shares quote', text: pasted, expect: { onlyInA: 0, onlyInB: 1, reworded: 0, moved: false, header: false } });
    hard.get('shares quote')?.push([article.id, id]);
  });
  const dated = articles.filter((a) => a.date);
  for (let i = 0; i < dated.length; i++) {
    for (let j = i + 1; j < dated.length; j++) {
      if (dated[i].date !== dated[j].date) continue;
      hard.get('same day')?.push([dated[i].id, dated[j].id]);
      if (dated[i].publisher === dated[j].publisher) hard.get('same publisher and day')?.push([dated[i].id, dated[j].id]);
    }
  }
  for (const seed of seeds) texts.push({ id: seed.id, group: 'seeds', kind: 'original', text: seed.text });
  return { texts, hard };
}

// ---------------------------------------------------------------------------------------------
// Scoring

/** Items of each text's digest reading (1 for a story), to judge pairs again under other rules. */
const itemsOf = new Map<string, number>();
const isSibling = (p: SiblingPair, rule: SiblingRule): boolean => judge(p, itemsOf.get(p.a) ?? 1, itemsOf.get(p.b) ?? 1, rule) === 'version';
const key = (a: string, b: string): string => (a < b ? `${a}|${b}` : `${b}|${a}`);

interface KindRow {
  kind: string;
  gold: number;
  found: number;
  notRetrieved: number;
  falsePositives: number;
  precision: number;
  recall: number;
  f1: number;
  minContainment: number | null;
  medianContainment: number | null;
}

interface Scores {
  kinds: KindRow[];
  overall: { goldPairs: number; predicted: number; correct: number; precision: number; recall: number; f1: number; groupsWhole: string };
  hard: Array<{ set: string; pairs: number; predicted: number; falsePositiveRate: number; maxContainment: number | null }>;
  negatives: { pairs: number; predicted: number; falsePositiveRate: number; maxContainment: number | null };
  seeds: { containment: number | null; sibling: boolean };
}

function score(data: Dataset, candidates: readonly SiblingPair[], rule: SiblingRule): Scores {
  const byId = new Map(data.texts.map((t) => [t.id, t]));
  const scoreOf = new Map(candidates.map((p) => [key(p.a, p.b), p]));
  const predicted = candidates.filter((p) => isSibling(p, rule));
  const predictedKeys = new Set(predicted.map((p) => key(p.a, p.b)));
  const sameGroup = (p: { a: string; b: string }): boolean => byId.get(p.a)?.group === byId.get(p.b)?.group;

  const kinds: KindRow[] = [];
  const kindNames = [...new Set(data.texts.map((t) => t.kind))].filter((k) => k !== 'original') as Kind[];
  for (const kind of kindNames) {
    const versions = data.texts.filter((t) => t.kind === kind);
    const containments: number[] = [];
    let found = 0;
    let notRetrieved = 0;
    for (const version of versions) {
      const k = key(version.group, version.id);
      const candidate = scoreOf.get(k);
      if (!candidate) notRetrieved++;
      else containments.push(candidate.containment);
      if (predictedKeys.has(k)) found++;
    }
    const ids = new Set(versions.map((v) => v.id));
    const falsePositives = predicted.filter((p) => (ids.has(p.a) || ids.has(p.b)) && !sameGroup(p)).length;
    const { precision, recall, f1 } = prf(found, found + falsePositives, found, versions.length);
    containments.sort((x, y) => x - y);
    kinds.push({
      kind,
      gold: versions.length,
      found,
      notRetrieved,
      falsePositives,
      precision,
      recall,
      f1,
      minContainment: containments.length ? round(containments[0], 3) : null,
      medianContainment: containments.length ? round(containments[Math.floor(containments.length / 2)], 3) : null,
    });
  }

  // All pairs within an article's texts are gold, versions of versions included.
  const groups = new Map<string, string[]>();
  for (const t of data.texts) groups.set(t.group, [...(groups.get(t.group) ?? []), t.id]);
  let goldPairs = 0;
  for (const members of groups.values()) goldPairs += (members.length * (members.length - 1)) / 2;
  const correct = predicted.filter(sameGroup).length;
  const overall = prf(correct, predicted.length, correct, goldPairs);

  // Is each article's set of texts one connected group with nothing else in it?
  const parent = new Map<string, string>(data.texts.map((t) => [t.id, t.id]));
  const find = (x: string): string => (parent.get(x) === x ? x : find(parent.get(x) as string));
  for (const p of predicted) parent.set(find(p.a), find(p.b));
  let whole = 0;
  for (const members of groups.values()) {
    const root = find(members[0]);
    const component = data.texts.filter((t) => find(t.id) === root);
    if (members.every((m) => find(m) === root) && component.length === members.length) whole++;
  }

  const hard = [...data.hard].map(([set, pairs]) => {
    const hits = pairs.filter(([a, b]) => predictedKeys.has(key(a, b))).length;
    const containments = pairs.map(([a, b]) => scoreOf.get(key(a, b))?.containment ?? 0);
    return { set, pairs: pairs.length, predicted: hits, falsePositiveRate: round(pairs.length ? hits / pairs.length : 0), maxContainment: pairs.length ? round(Math.max(...containments), 3) : null };
  });
  const n = data.texts.length;
  const negativePairs = (n * (n - 1)) / 2 - goldPairs;
  const negativeScores = candidates.filter((p) => !sameGroup(p)).map((p) => p.containment);
  const seedPair = scoreOf.get(key(...(groups.get('seeds') as [string, string])));
  return {
    kinds,
    overall: { goldPairs, predicted: predicted.length, correct, precision: overall.precision, recall: overall.recall, f1: overall.f1, groupsWhole: `${whole}/${groups.size}` },
    hard,
    negatives: { pairs: negativePairs, predicted: predicted.length - correct, falsePositiveRate: round((predicted.length - correct) / negativePairs, 6), maxContainment: negativeScores.length ? round(Math.max(...negativeScores), 3) : null },
    seeds: { containment: seedPair ? round(seedPair.containment, 3) : null, sibling: seedPair ? isSibling(seedPair, rule) : false },
  };
}

/** F1 over all pairs and false positives on the hard sets, for other values of the rule. */
function sweep(data: Dataset, candidates: readonly SiblingPair[]) {
  const rows = [];
  for (const fewNarrative of [0, 50, 80]) {
    for (const minNarrative of [20, 30, 50]) {
      for (const minNarrativeShare of [0.08, 0.12, 0.2, 0.5]) {
        const rule = { ...SIBLING_RULE, minNarrativeShare, minNarrative, fewNarrative };
        const s = score(data, candidates, rule);
        const hardFp = s.hard.reduce((sum, h) => sum + h.predicted, 0);
        const worst = [...s.kinds].sort((x, y) => x.recall - y.recall)[0];
        rows.push({ minNarrativeShare, minNarrative, fewNarrative, precision: s.overall.precision, recall: s.overall.recall, f1: s.overall.f1, falsePositives: s.negatives.predicted, hardFalsePositives: hardFp, worstKind: `${worst.kind} ${pct(worst.recall)}` });
      }
    }
  }
  return rows;
}

// ---------------------------------------------------------------------------------------------
// The diff

interface DiffRow {
  kind: string;
  texts: number;
  asExpected: number;
  spuriousReworded: number;
  spuriousOnlyIn: number;
  missedDifferences: number;
}

function checkDiffs(data: Dataset, errors: string[]): DiffRow[] {
  const byId = new Map(data.texts.map((t) => [t.id, t]));
  const rows = new Map<string, DiffRow>();
  for (const version of data.texts) {
    if (!version.expect) continue;
    const original = byId.get(version.group) as Version;
    const diff = compareVersions(original.text, version.text);
    const got = { onlyInA: diff.onlyInA.length, onlyInB: diff.onlyInB.length, reworded: diff.reworded.length, moved: [...diff.same, ...diff.reworded].some((m) => m.moved), header: diff.header.changed };
    const want = version.expect;
    const row = rows.get(version.kind) ?? { kind: version.kind, texts: 0, asExpected: 0, spuriousReworded: 0, spuriousOnlyIn: 0, missedDifferences: 0 };
    rows.set(version.kind, row);
    row.texts++;
    const same = got.onlyInA === want.onlyInA && got.onlyInB === want.onlyInB && got.reworded === want.reworded && got.moved === want.moved && got.header === want.header;
    if (same) row.asExpected++;
    row.spuriousReworded += Math.max(0, got.reworded - want.reworded);
    row.spuriousOnlyIn += Math.max(0, got.onlyInA - want.onlyInA) + Math.max(0, got.onlyInB - want.onlyInB);
    row.missedDifferences += Math.max(0, want.reworded - got.reworded) + Math.max(0, want.onlyInA - got.onlyInA) + Math.max(0, want.onlyInB - got.onlyInB);
    if (!same) {
      const detail = diff.reworded.slice(0, 2).map((r) => r.changes.slice(0, 3).map((c) => `[${c.a?.text ?? ''}→${c.b?.text ?? ''}]`).join(' '));
      errors.push(`diff ${version.id}: want ${JSON.stringify(want)} got ${JSON.stringify(got)} ${detail.join(' | ')}`);
    }
  }
  return [...rows.values()];
}

// ---------------------------------------------------------------------------------------------

function main(): void {
  const flags = parseFlags(SCRIPT, []);
  const files = corpusFiles(SCRIPT, 'the sibling evaluation', ['gum-news.jsonl', 'polnear-dev.jsonl'], flags.json);
  if (!files) return;
  const [gumPath, polnearPath] = files;
  const seedsPath = joinPath(REPO_ROOT, 'seeds');
  const articles: Article[] = [
    ...readJsonl<Article>(gumPath).map(({ id, text }) => ({ id, text })),
    ...readJsonl<Article>(polnearPath).map(({ id, text, publisher, date }) => ({ id, text, publisher, date })),
  ];
  const seeds = ['000_2b7d7f5e5426fd49.txt', '001_2685f8e38a54437a.txt'].map((file) => ({ id: `seed ${file}`, text: readFileSync(joinPath(seedsPath, file), 'utf8') }));

  const started = Date.now();
  const data = buildDataset(articles, seeds);
  const index = new SiblingIndex();
  const fpStart = Date.now();
  for (const t of data.texts) {
    const fp = fingerprint(t.text);
    itemsOf.set(t.id, fp.items);
    index.add(t.id, fp);
  }
  const fpMs = Date.now() - fpStart;
  const candidates = index.candidatePairs();
  const scores = score(data, candidates, SIBLING_RULE);
  const thresholds = sweep(data, candidates);
  const errors: string[] = [];
  const diffs = checkDiffs(data, errors);
  const byId = new Map(data.texts.map((t) => [t.id, t]));
  const scoreOf = new Map(candidates.map((p) => [key(p.a, p.b), p]));
  for (const t of data.texts) {
    if (t.kind === 'original') continue;
    const pair = scoreOf.get(key(t.group, t.id));
    if (pair && isSibling(pair, SIBLING_RULE)) continue;
    const words = (id: string): number => fingerprint(byId.get(id)?.text ?? '').words;
    const why = pair ? `containment ${round(pair.containment, 3)}, shared ${Math.round(pair.shared)}, matches ${pair.matches}` : 'not retrieved';
    errors.push(`missed ${t.id} (${words(t.id)} words; original ${words(t.group)}): ${why}`);
  }
  const crossPairs = candidates
    .filter((p) => isSibling(p, SIBLING_RULE) && byId.get(p.a)?.group !== byId.get(p.b)?.group)
    .map((p) => `${p.a} ~ ${p.b}: containment ${round(p.containment, 3)}, shared ${Math.round(p.shared)}`);

  const result = {
    rule: SIBLING_RULE,
    texts: data.texts.length,
    articles: articles.length,
    candidatePairs: candidates.length,
    fingerprintMs: fpMs,
    ...scores,
    thresholds,
    diffs,
    falsePositivePairs: crossPairs,
  };
  if (flags.json) {
    console.log(JSON.stringify(result, null, 2));
    return;
  }
  console.log(`Sibling detection: ${articles.length} articles (GUM news, PolNeAR dev) and the seeds, ${data.texts.length} texts in one index`);
  const r = SIBLING_RULE;
  console.log(`Rule: shared narrative (outside quotation marks) ≥ ${r.minNarrative} shingles and ≥ ${r.minNarrativeShare} of the shorter's (≥ ${r.fewNarrativeShare} below ${r.fewNarrative} shingles), over ≥ ${r.minParagraphs} paragraphs (or ≥ ${r.oneParagraphShare}), ≥ ${r.minInOrder} in order, sampled matches ≥ ${r.minMatches}`);
  console.log(`Fingerprinting ${data.texts.length} texts: ${fpMs} ms; ${candidates.length} candidate pairs retrieved and scored\n`);
  console.log(
    table(
      ['kind of change', 'pairs', 'found', 'not retrieved', 'false pos.', 'precision', 'recall', 'F1', 'min cont.', 'median cont.'],
      scores.kinds.map((k) => [k.kind, k.gold, k.found, k.notRetrieved, k.falsePositives, pct(k.precision), pct(k.recall), pct(k.f1), k.minContainment ?? '-', k.medianContainment ?? '-']),
    ),
  );
  const o = scores.overall;
  console.log(`\nAll pairs within an article's texts: ${o.correct}/${o.goldPairs} found, ${o.predicted} predicted; precision ${pct(o.precision)}, recall ${pct(o.recall)}, F1 ${pct(o.f1)}`);
  console.log(`Articles whose texts form exactly one group: ${o.groupsWhole}`);
  console.log(`Seeds: containment ${scores.seeds.containment}, ${scores.seeds.sibling ? 'siblings' : 'NOT found as siblings'}\n`);
  console.log(
    table(
      ['negatives', 'pairs', 'judged siblings', 'false-positive rate', 'max containment'],
      [
        ['all pairs of different articles', scores.negatives.pairs, scores.negatives.predicted, pct(scores.negatives.falsePositiveRate), scores.negatives.maxContainment ?? '-'],
        ...scores.hard.map((h) => [h.set, h.pairs, h.predicted, pct(h.falsePositiveRate), h.maxContainment ?? '-']),
      ],
    ),
  );
  console.log(`\nOther rules (precision and recall over all pairs within articles; FP: pairs of different articles judged siblings, of which hard: in the three hard sets; few narrative 0 = no stricter share for small overlaps)`);
  console.log(
    table(
      ['min narrative share', 'min narrative', 'few narrative', 'precision', 'recall', 'F1', 'FP', 'hard FP', 'worst kind (recall)'],
      thresholds.map((t) => [t.minNarrativeShare, t.minNarrative, t.fewNarrative, pct(t.precision), pct(t.recall), pct(t.f1), t.falsePositives, t.hardFalsePositives, t.worstKind]),
    ),
  );
  console.log('\nVersion diff against the original (style-only kinds must show no paragraph difference)');
  console.log(
    table(
      ['kind of change', 'texts', 'as expected', 'spurious reworded', 'spurious only-in', 'missed'],
      diffs.map((d) => [d.kind, d.texts, `${d.asExpected} (${pct(d.asExpected / d.texts)})`, d.spuriousReworded, d.spuriousOnlyIn, d.missedDifferences]),
    ),
  );
  if (crossPairs.length > 0) console.log(`\nPairs of different articles judged siblings:\n  ${crossPairs.join('\n  ')}`);
  if (flags.errors) {
    console.log(`\nMissed pairs and diff disagreements (${errors.length}):\n  ${errors.join('\n  ')}`);
    const closest = candidates
      .filter((p) => byId.get(p.a)?.group !== byId.get(p.b)?.group)
      .sort((x, y) => y.containment - x.containment)
      .slice(0, 8)
      .map((p) => `${p.a} ~ ${p.b}: containment ${round(p.containment, 3)}, shared ${Math.round(p.shared)}`);
    console.log(`\nClosest pairs of different articles:\n  ${closest.join('\n  ')}`);
  }
  console.log(`\n(${((Date.now() - started) / 1000).toFixed(1)} s)`);
}


main();
