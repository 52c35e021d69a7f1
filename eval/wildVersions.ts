/**
 * A generator of folders of news pages as they are found in the wild (issue 12), built from real
 * article texts: agency write-throughs in chains, outlet reruns, excerpts and mixed pages, and the
 * look-alikes that are not versions — short pieces quoting the same statement or tweets, digests
 * ("The Latest", "News in Brief") carrying a story as one item, and a standalone item beside the
 * digest it came from. Pages sometimes carry web furniture (headline, byline, photo caption,
 * sign-up boilerplate, a site footer shared by every page of the site). Everything is seeded: the
 * same corpus gives the same folders.
 *
 * New text (an update's new top, a local page's own intro, the other items of a digest, the words
 * of a statement) is taken from "donor" paragraphs: paragraphs of other articles of the same
 * split, each used once, so that two texts share words only where the generator meant them to.
 */
import { findParagraphs } from '../src/analysis/text/paragraphs';
import { random } from './random';

export interface SourceArticle {
  id: string;
  text: string;
  title?: string;
}

export type Role =
  | 'wire first' | 'wire full' | 'write-through' | 'rerun' | 'excerpt' | 'own top' | 'urgent'
  | 'quote piece' | 'tweet piece' | 'digest' | 'standalone item';

export interface WildText {
  id: string;
  text: string;
  role: Role;
  /** The story this text is a version of; null for digests and pieces made of quotes. */
  story: string | null;
}

export interface WildFolder {
  texts: WildText[];
  /** Digest id and the ids of texts it carries an item of (`contains` / `part of`). */
  contains: Array<[string, string]>;
  /** Pairs of different stories that quote the same words. */
  sharesQuotes: Array<[string, string]>;
}

type Rng = () => number;
const pick = <T>(rng: Rng, items: readonly T[]): T => items[Math.floor(rng() * items.length)];
const between = (rng: Rng, low: number, high: number): number => low + Math.floor(rng() * (high - low + 1));
const chance = (rng: Rng, p: number): boolean => rng() < p;
const join = (paragraphs: readonly string[]): string => paragraphs.join('\n\n');
const wordCount = (text: string): number => (text.match(/[\p{L}\p{N}]+/gu) ?? []).length;
const sentencesOf = (paragraph: string): string[] => paragraph.split(/(?<=[.!?][”"’]?)\s+(?=[“"‘\p{Lu}])/u).filter((s) => s.trim() !== '');

function paragraphsOf(text: string): string[] {
  return findParagraphs(text)
    .map((p) => text.slice(p.start, p.end).replace(/\s*\n\s*/g, ' ').trim())
    .filter((p) => /[\p{L}\p{N}]/u.test(p));
}

/** Prose paragraphs of 15+ words, taken one at a time and never given out twice. */
class DonorPool {
  private readonly paragraphs: string[] = [];
  private at = 0;

  constructor(articles: readonly SourceArticle[], rng: Rng) {
    for (const article of shuffle(articles, rng)) for (const p of paragraphsOf(article.text)) if (wordCount(p) >= 15 && wordCount(p) <= 120) this.paragraphs.push(p);
  }

  get left(): number {
    return this.paragraphs.length - this.at;
  }

  take(count: number): string[] {
    if (this.at + count > this.paragraphs.length) throw new Error('donor paragraphs used up');
    const out = this.paragraphs.slice(this.at, this.at + count);
    this.at += count;
    return out;
  }

  sentences(count: number): string[] {
    const out: string[] = [];
    while (out.length < count) out.push(...sentencesOf(this.take(1)[0]).filter((s) => wordCount(s) >= 6));
    return out.slice(0, count);
  }
}

// ---------------------------------------------------------------------------------------------
// Web furniture and house style (our own wording)

const FIRST = ['Maria', 'James', 'Aisha', 'Peter', 'Hannah', 'Luis', 'Grace', 'Omar', 'Nina', 'Robert', 'Chloe', 'Daniel'];
const LAST = ['Keller', 'Osei', 'Whitfield', 'Duarte', 'Lindqvist', 'Barrow', 'Nakamura', 'Feeney', 'Castell', 'Moreau', 'Haddad', 'Pryce'];
const AGENCIES = ['Associated Press', 'Reuters', 'AFP'];
const BOILERPLATE = [
  'Never miss a story: sign up for our free morning newsletter and get the day’s top headlines in your inbox.',
  'Copyright 2016 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.',
  'Support local journalism. Subscribe today for unlimited digital access to every story on our website and apps.',
  'We welcome your comments, but please keep them civil and on topic. Read our community guidelines before posting.',
  'Follow our live coverage for the latest updates, and download our app to receive breaking news alerts.',
];
const CITIES = ['WASHINGTON', 'NEW YORK', 'CHICAGO', 'DES MOINES, Iowa', 'MIAMI', 'PHILADELPHIA'];

/**
 * The furniture a site prints under every story (share bars, link lists, comment rules, a
 * copyright line), identical on every page of the site: two unrelated stories from one site share
 * it line for line. Four made-up sites, in our own words.
 */
const SITE_FOOTERS: readonly string[][] = [
  ['Share this story', 'Facebook · Twitter · Email · Print', 'More from the Valley Courier', 'City council delays vote on new bus routes until after the summer', 'High school robotics team heads to the state finals for the first time', 'Weekend weather: sunshine returns after two days of heavy rain'],
  ['Advertisement', 'Related Coverage', 'Five things to watch in Tuesday’s primaries', 'Analysis: what the latest polls do and do not tell us about the race', 'Sign up for the Politics Today newsletter', 'Most read', 'Lottery winner comes forward six months after the draw'],
  ['Comments', 'Comments are moderated and may take a few minutes to appear. By posting you agree to our terms of use and privacy policy.', 'Recommended for you', 'The best hiking trails within an hour of the city', 'Ten recipes for a quick weeknight dinner'],
  ['Read more:', 'Senate panel advances spending bill after late-night session', 'Governor signs water rights compromise into law at the state capitol', '© 2016 Metro News Network. All rights reserved. This material may not be reproduced without permission.'],
];

const person = (rng: Rng): string => `${pick(rng, FIRST)} ${pick(rng, LAST)}`;

/**
 * A web page around the story: headline, byline, a photo caption, boilerplate; each only
 * sometimes. `site` (a stream of its own, so that adding it changed no other choice) puts half
 * the pages on a site that prints its footer under them.
 */
function furnish(paragraphs: readonly string[], headline: string, rng: Rng, donors: DonorPool, site: Rng): string[] {
  const out = [...paragraphs];
  if (chance(rng, 0.5)) {
    const caption = `${donors.sentences(1)[0].replace(/[.!?]+$/, '')}. (${pick(rng, ['AP Photo', 'Reuters', 'Getty Images', 'Photo'])}/${person(rng)})`;
    out.splice(Math.min(out.length, between(rng, 1, 3)), 0, caption);
  }
  const top: string[] = [];
  if (chance(rng, 0.6)) top.push(headline);
  if (chance(rng, 0.5)) top.push(`By ${person(rng).toUpperCase()}${chance(rng, 0.5) ? `, ${pick(rng, AGENCIES)}` : ''}`);
  const bottom = chance(rng, 0.4) ? [pick(rng, BOILERPLATE)] : [];
  const footer = chance(site, 0.5) ? pick(site, SITE_FOOTERS) : [];
  return [...top, ...out, ...bottom, ...footer];
}

/** Straight quote marks for curly ones or the reverse, and a dateline sometimes: another outlet's house style. */
function restyle(paragraphs: readonly string[], rng: Rng): string[] {
  const curly = paragraphs.some((p) => /[“”]/.test(p));
  const out = paragraphs.map((p) => (curly ? p.replace(/[“”]/g, '"').replace(/[‘’]/g, "'") : p.replace(/(^|[\s(])"/g, '$1“').replace(/"/g, '”')));
  if (chance(rng, 0.5) && out.length > 0) out[0] = `${pick(rng, CITIES)} (${pick(rng, ['AP', 'Reuters'])}) — ${out[0]}`;
  return out;
}

// ---------------------------------------------------------------------------------------------
// Editing a running story

/** Drops a sentence from a paragraph of three or more. */
function trimSentence(paragraph: string, rng: Rng): string {
  const sentences = sentencesOf(paragraph);
  if (sentences.length < 3) return paragraph;
  sentences.splice(between(rng, 1, sentences.length - 1), 1);
  return sentences.join(' ');
}

/** Re-paragraphing: a paragraph split at a sentence, or two joined. */
function reparagraph(paragraphs: readonly string[], rng: Rng): string[] {
  const out = [...paragraphs];
  for (let n = between(rng, 1, 3); n > 0 && out.length > 2; n--) {
    const i = between(rng, 0, out.length - 2);
    const sentences = sentencesOf(out[i]);
    if (sentences.length >= 2 && chance(rng, 0.5)) {
      const cut = between(rng, 1, sentences.length - 1);
      out.splice(i, 1, sentences.slice(0, cut).join(' '), sentences.slice(cut).join(' '));
    } else out.splice(i, 2, `${out[i]} ${out[i + 1]}`);
  }
  return out;
}

function swapNeighbours(paragraphs: readonly string[], rng: Rng, times: number): string[] {
  const out = [...paragraphs];
  for (let n = 0; n < times && out.length > 3; n++) {
    const i = between(rng, 0, out.length - 2);
    [out[i], out[i + 1]] = [out[i + 1], out[i]];
  }
  return out;
}

/**
 * An agency write-through: 3–8 new paragraphs on top, part of the old body kept (some paragraphs
 * dropped, some sentences trimmed, reordered, re-paragraphed), the end cut.
 */
function writeThrough(previous: readonly string[], rng: Rng, donors: DonorPool): string[] {
  const top = donors.take(between(rng, 3, 8));
  // The old lead is usually rewritten into the new top.
  const body = previous.slice(chance(rng, 0.7) ? 1 : 0);
  const keepEnd = Math.max(2, Math.round(body.length * (0.45 + 0.4 * rng())));
  let kept = body.slice(0, keepEnd).filter(() => chance(rng, 0.75));
  if (kept.length === 0) kept = body.slice(0, 2);
  kept = kept.map((p) => (chance(rng, 0.3) ? trimSentence(p, rng) : p));
  kept = reparagraph(swapNeighbours(kept, rng, between(rng, 0, 2)), rng);
  return [...top, ...kept];
}

// ---------------------------------------------------------------------------------------------
// One folder

interface Story {
  id: string;
  /** The latest wire text of the story, paragraph by paragraph. */
  latest: string[];
  headline: string;
  texts: WildText[];
}

/**
 * A folder of pages on one event: `stories` running stories, each as a chain of wire versions with
 * reruns and excerpts, plus quote pieces, digests and a standalone item. Ids start with `prefix`.
 */
export function makeFolder(prefix: string, bases: readonly SourceArticle[], donors: DonorPool, rng: Rng): WildFolder {
  const folder: WildFolder = { texts: [], contains: [], sharesQuotes: [] };
  const site = random(seedOf(prefix));
  const add = (text: WildText): WildText => {
    folder.texts.push(text);
    return text;
  };
  const stories: Story[] = [];

  // A statement and tweets that several stories quote.
  // Marks inside a quoted statement become single ones, as a reporter would write them.
  const unquote = (text: string): string => text.replace(/''|``/g, '').replace(/[“]/g, '‘').replace(/[”]/g, '’').replace(/"/g, "'");
  const statement = unquote(donors.sentences(between(rng, 3, 5)).join(' '));
  const tweets = donors.sentences(3).map((s) => unquote(wordCount(s) > 35 ? s.split(' ').slice(0, 30).join(' ') + '.' : s));
  const speaker = person(rng);

  bases.forEach((base, s) => {
    const story = `${prefix}/story${s}`;
    const paragraphs = paragraphsOf(base.text).filter((p) => wordCount(p) >= 4);
    const headline = base.title ?? paragraphs[0].split(' ').slice(0, 10).join(' ');
    const item: Story = { id: story, latest: paragraphs, headline, texts: [] };
    const version = (role: Role, body: readonly string[], n: number): void => {
      // One folder holds every page: the story is in the file's name, never in a folder of its own.
      item.texts.push(add({ id: `${story}-${role.replace(/ /g, '-')}${n}`, role, story, text: join(furnish(body, headline, rng, donors, site)) }));
    };
    // The statement or the tweets quoted in the body: the story then shares quotes with the pieces.
    const quoting = s === 0 ? `In a statement, ${speaker} said: “${statement}”` : s === 1 ? `${speaker} wrote on Twitter: “${tweets[0]}” Later ${speaker.split(' ')[1]} added: “${tweets[1]}”` : null;
    let wire = [...paragraphs];
    if (quoting) wire.splice(Math.min(wire.length, 2), 0, quoting);
    const urgent = chance(rng, 0.5);
    if (urgent) version('urgent', wire.slice(0, 5).map((p) => (chance(rng, 0.3) ? trimSentence(p, rng) : p)), 0);
    version('wire full', wire, 0);
    for (let n = 1, steps = between(rng, 1, 3); n <= steps; n++) {
      wire = writeThrough(wire, rng, donors);
      version('write-through', wire, n);
    }
    item.latest = wire;
    if (chance(rng, 0.7)) version('rerun', restyle(wire, rng), 0);
    if (chance(rng, 0.6)) version('excerpt', [donors.sentences(2).join(' '), ...wire.slice(0, 4)], 0);
    if (chance(rng, 0.5)) version('own top', [...donors.take(between(rng, 5, 9)), ...paragraphs.slice(chance(rng, 0.5) ? 0 : 1)], 0);
    stories.push(item);
  });

  // Short pieces made mostly of the statement or of the tweets: they share quotes with story 0 or 1.
  const quotePiece = (n: number, role: Role, body: string[]): void => {
    const piece = add({ id: `${prefix}/${role.replace(/ /g, '-')}${n}`, role, story: null, text: join(furnish(body, donors.sentences(1)[0].split(' ').slice(0, 8).join(' '), rng, donors, site)) });
    // The piece shares quotes with the texts of the story that still carry the quoted words.
    const target = stories[role === 'quote piece' ? 0 : 1];
    const words = (role === 'quote piece' ? statement : tweets[0]).split(' ').slice(0, 8).join(' ');
    if (target) for (const t of target.texts) if (t.text.replace(/[“”"]/g, '').includes(words)) folder.sharesQuotes.push([piece.id, t.id]);
  };
  for (let n = 0; n < 2; n++) {
    const [own] = donors.sentences(1);
    const shown = chance(rng, 0.5) ? statement : sentencesOf(statement).slice(0, -1).join(' ');
    const closing = pick(rng, [`${speaker.split(' ')[1]} did not take questions.`, 'The statement did not say what would happen next.', `A spokesperson declined to elaborate when reached by phone.`, '']);
    quotePiece(n, 'quote piece', [own, `“${shown}”`, closing].filter(Boolean));
  }
  quotePiece(0, 'tweet piece', [donors.sentences(1)[0], `${speaker} posted on Twitter: “${tweets[0]}”`, `Then: “${tweets[1]}”`, `And later: “${tweets[2]}”`]);

  // Digests: one item from a story, the others from donors; and an item run on its own.
  const digest = (n: number, style: 'latest' | 'brief', carried: Story | undefined): void => {
    const items: Array<{ head: string; body: string[]; story?: Story }> = [];
    const count = between(rng, 4, 6);
    const at = between(rng, 0, count - 1);
    for (let k = 0; k < count; k++) {
      if (k === at && carried) items.push({ head: carried.headline, body: carried.latest.slice(0, between(rng, 1, 3)), story: carried });
      else items.push({ head: donors.sentences(1)[0].split(' ').slice(0, 7).join(' ').replace(/[.,;:]$/, ''), body: donors.take(between(rng, 1, 3)) });
    }
    const lines: string[] = [style === 'latest' ? `The Latest: ${pick(rng, ['Campaign', 'Debate', 'Capitol Hill', 'Primary'])} developments (all times local)` : `News in Brief`];
    items.forEach(({ head, body }, k) => {
      if (style === 'latest') lines.push(`${between(rng, 1, 11)}:${String(between(rng, 0, 59)).padStart(2, '0')} ${pick(rng, ['a.m.', 'p.m.'])}`, ...body, '___');
      else lines.push(head, ...body);
      if (k === count - 1 && lines[lines.length - 1] === '___') lines.pop();
    });
    const id = `${prefix}/digest-${style}${n}`;
    add({ id, role: 'digest', story: null, text: join(lines) });
    // The digest contains the texts of the story that carry the item's words.
    const itemStart = carried?.latest[0].slice(0, 60).replace(/[“”"‘’']/g, '');
    if (carried && itemStart) for (const t of carried.texts) if (t.text.replace(/[“”"‘’']/g, '').includes(itemStart)) folder.contains.push([id, t.id]);
    // The standalone item: one donor item of the digest run as its own short story.
    const donorItem = items.find((it) => !it.story && it.body.length >= 2);
    if (donorItem && chance(rng, 0.7)) {
      const standalone = add({ id: `${prefix}/standalone-${style}${n}`, role: 'standalone item', story: `${prefix}/item-${style}${n}`, text: join(furnish(donorItem.body, donorItem.head, rng, donors, site)) });
      folder.contains.push([id, standalone.id]);
    }
  };
  digest(0, 'latest', stories[0]);
  digest(0, 'brief', stories[stories.length - 1]);
  return folder;
}

/** Folders from `articles` (bases taken in turn, donors from the rest), `storiesPerFolder` stories each. */
export function makeFolders(prefix: string, articles: readonly SourceArticle[], seed: number, storiesPerFolder = 3): WildFolder[] {
  const rng = random(seed);
  const order = shuffle(withoutRepeats(articles), rng);
  // Bases need a body long enough to be re-topped; one article in four is a base.
  const long = order.filter((a) => paragraphsOf(a.text).length >= 8);
  const bases = long.slice(0, Math.floor(order.length / 4));
  const baseIds = new Set(bases.map((b) => b.id));
  const donors = new DonorPool(order.filter((a) => !baseIds.has(a.id)), rng);
  const folders: WildFolder[] = [];
  for (let i = 0; i + storiesPerFolder <= bases.length; i += storiesPerFolder) {
    // Roughly 60 donor paragraphs a folder; stop before running out.
    if (donors.left < 120) break;
    folders.push(makeFolder(`${prefix}${folders.length}`, bases.slice(i, i + storiesPerFolder), donors, rng));
  }
  return folders;
}

/** A seed from a folder's name (FNV-1a). */
function seedOf(name: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < name.length; i++) h = Math.imul(h ^ name.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

function shuffle<T>(items: readonly T[], rng: Rng): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

/**
 * The articles less those sharing a paragraph of 15+ words with an earlier one: the corpus holds a
 * few real versions (running files of one agency), which would be versions the folders do not know of.
 */
function withoutRepeats(articles: readonly SourceArticle[]): SourceArticle[] {
  const seen = new Set<string>();
  return articles.filter((article) => {
    const long = paragraphsOf(article.text).filter((p) => wordCount(p) >= 15);
    if (long.some((p) => seen.has(p))) return false;
    for (const p of long) seen.add(p);
    return true;
  });
}
