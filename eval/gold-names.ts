/**
 * Which GUM person mentions are *name mentions*: the ones that contain a proper name of the
 * person. GUM's chains also hold pronouns and descriptions ("the Secretary of State"), which the
 * analysis does not try to find. The rule is deliberately simple and is printed with `--names`
 * so it can be audited; eval/README.md gives it in prose.
 *
 * 1. Nested mentions. Inside a mention, the words of any *other* chain's mention nested in it
 *    are blanked first, so "Lee Cheuk-yan of the Labour Party and Frederick Fung of ADPL" (a
 *    group) is not a name mention of the group, and "critics of U.S. President Donald Trump's
 *    policies" is not a name mention of the critics.
 * 2. Name words of a chain with a `wikipedia` link: the capitalised words of the link title
 *    (without a "(disambiguation)" part), less titles and honorifics: "Donald_Trump" → donald,
 *    trump. A link title with fewer than two capitalised words ("Afghans", "Taliban",
 *    "Rohingya people", "Anonymous (group)") is a group or a one-word character, not a person's
 *    name: the chain gets no name words.
 * 3. Name words of a chain without a link: from its mentions' own words, by position.
 *    A *run* is a run of capitalised words (particles such as "de", "al-" allowed inside);
 *    titles and honorifics, punctuation and blanked words split runs. A run is a *name run* when
 *    - it contains no pronoun, number word, quantifier or group noun ("One", "People", "Muslims");
 *    - after it comes the end of the mention (and the text does not go on with a capitalised
 *      word or "&": "Fan Expo", "Tang Teaching Museum") or a post-modifier: "," "(" ":" or
 *      of, from, who, whose, which, that, at, in, with, for, on ("Lee Cheuk-yan of the Labour
 *      Party"); a run ending in a possessive before more words is a possessor ("Thailand's");
 *    - before it comes the start of the mention (not after "the/a/an" in the text, and, at the
 *      start of a sentence, not a word that also occurs in lower case in the document:
 *      "Hackers", "Voters"), or a title/honorific ("Professor Burrows", "Mr. Toccafondi"), or a
 *      possessive ("camp's Cheng Chung-tai"), or a lower-case word that is not a determiner,
 *      preposition or conjunction ("student Ahmed Mohamed");
 *    - a one-word run counts only after a title/honorific or at the start of the mention, and
 *      then only before the end, punctuation or who/whose/which ("Basya", "Devocht, who …"; not
 *      "former Scientologist", "Critics of …", "University of …").
 *    If no mention of the chain has a name run, the fallback is a last run of two or more words
 *    that ends the mention, is not preceded by a determiner and has no word that occurs in lower
 *    case in the document ("Psychology major at University of Texas Arlington Amneh Jafari").
 *    Titles, honorifics and the excluded words are then dropped from the name words.
 * 4. A mention is a name mention when, after step 1, it contains a capitalised word whose
 *    normal form (lower case, no diacritics, no possessive) is one of its chain's name words,
 *    unless the text goes on after it with a capitalised word or "&" (an eponym inside a longer
 *    name: "Andy Warhol Foundation", "Udvar-Hazy Center"; weekdays and months excepted).
 * 5. Chains with the same `wikipedia` link in a document are one person for the linking
 *    figures (GUM sometimes splits one person into two chains).
 */
import { words, type Word } from './lib';

export interface GumMention {
  start: number;
  end: number;
  text: string;
}

export interface GumPerson {
  chain: number | string;
  wikipedia: string | null;
  mentions: GumMention[];
}

export interface GumDoc {
  id: string;
  text: string;
  persons: GumPerson[];
  quotes: GumMention[];
}

export interface NameMention extends GumMention {
  chain: string;
  /** The gold person: chains with the same wikipedia link are one person (GUM sometimes splits them). */
  entity: string;
}

export interface ChainNames {
  chain: string;
  entity: string;
  wikipedia: string | null;
  /** Normal forms of the words that name the person. */
  names: string[];
  /** How the names were found: from the link, from name runs, from the fallback, or none. */
  source: 'wikipedia' | 'run' | 'last-run' | 'none';
  mentions: GumMention[];
  nameMentions: GumMention[];
}

/** Titles, ranks, offices and honorifics (normal forms): never part of a name. */
export const TITLE_WORDS = new Set([
  'president', 'vice', 'prime', 'minister', 'secretary', 'ambassador', 'general', 'gen', 'major', 'brigadier', 'brig',
  'colonel', 'col', 'captain', 'capt', 'lieutenant', 'lt', 'sergeant', 'sgt', 'admiral', 'adm', 'commander',
  'professor', 'prof', 'dr', 'doctor', 'mr', 'mrs', 'ms', 'miss', 'mx', 'sir', 'dame', 'lord', 'lady', 'senator', 'sen',
  'rep', 'representative', 'congressman', 'congresswoman', 'governor', 'gov', 'mayor', 'judge', 'justice', 'chief',
  'director', 'administrator', 'chairman', 'chairwoman', 'chair', 'ceo', 'emeritus', 'deputy', 'undersecretary',
  'commissioner', 'pope', 'king', 'queen', 'prince', 'princess', 'saint', 'st', 'reverend', 'rev', 'father', 'bishop',
  'archbishop', 'cardinal', 'rabbi', 'imam', 'sheikh', 'qc', 'sc', 'mp', 'mep', 'chancellor', 'premier', 'attorney',
  'spokesman', 'spokeswoman', 'spokesperson', 'councillor', 'councilor', 'sheriff',
]);

const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'sir', 'dame']);

const PREPOSITIONS = [
  'of', 'from', 'at', 'in', 'on', 'for', 'to', 'with', 'by', 'including', 'like', 'about', 'against', 'among', 'between',
  'into', 'over', 'under', 'within', 'without', 'across', 'through', 'after', 'before', 'behind', 'near', 'around',
  'during', 'via', 'per', 'toward', 'towards', 'upon', 'since', 'until', 'as', 'than', 'named', 'called',
];
const DETERMINERS = ['the', 'a', 'an', 'this', 'that', 'these', 'those', 'his', 'her', 'their', 'its', 'my', 'our', 'your'];

/** Lower-case words that cannot stand right before a name inside a description. */
const NOT_BEFORE_NAME = new Set([
  ...DETERMINERS, ...PREPOSITIONS, 'some', 'many', 'all', 'every', 'each', 'any', 'no', 'several', 'other', 'another',
  'both', 'and', 'or', 'but',
]);

/** Words after a name that start a post-modifier: "Lee Cheuk-yan of the Labour Party". */
const POSTMODIFIERS = new Set(['of', 'from', 'who', 'whose', 'which', 'that', 'at', 'in', 'with', 'for', 'on']);
/** After a one-word name only these: "Devocht, who …" but not "Critics of …", "University of …". */
const SHORT_POSTMODIFIERS = new Set(['who', 'whose', 'which']);
const POSTMODIFIER_PUNCT = new Set([',', '(', ')', ':', ';', '–', '—']);

/** Lower-case particles allowed inside a name run. */
const PARTICLES = new Set(['de', 'van', 'von', 'der', 'den', 'al', 'el', 'bin', 'ibn', 'ben', 'da', 'di', 'del', 'della', 'la', 'le', 'du', 'dos', 'das', 'y']);
const PARTICLE_PREFIX = /^(al|el|ad|ar|as|ash|bin|ibn|de|di|da)-\p{Lu}/u;

/** Capitalised words a person's name never contains: pronouns, numbers, quantifiers, groups. */
const NON_NAMES = new Set([
  'i', 'we', 'he', 'she', 'they', 'it', 'you', 'me', 'him', 'them', 'us', 'who', 'whom', 'someone', 'somebody', 'anyone',
  'everyone', 'nobody', 'the', 'a', 'an', 'this', 'these', 'those', 'his', 'her', 'their', 'our', 'my', 'its',
  'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'hundreds', 'thousands', 'dozens',
  'both', 'all', 'some', 'many', 'most', 'several', 'other', 'others', 'another', 'every', 'each', 'no', 'over',
  'almost', 'more', 'about', 'u.s', 'uk',
  'muslim', 'muslims', 'christians', 'jews', 'hindus', 'buddhists', 'sikhs', 'catholics', 'protestants', 'atheists',
  'agnostics', 'people', 'officials', 'visitors', 'voters', 'refugee', 'refugees', 'immigrants', 'migrants',
  'superheroes', 'superstars', 'scientists', 'critics', 'parents', 'hackers', 'members', 'users', 'teams', 'children',
  'women', 'men', 'reporters', 'players', 'fans', 'researchers', 'residents', 'students', 'workers', 'pilgrims',
]);

const WEEKDAYS_MONTHS = /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december)$/;

interface Tok {
  word: Word;
  /** Blanked: part of another chain's mention nested in this one. */
  blank: boolean;
}

function mentionTokens(text: string, mention: GumMention, nested: readonly GumMention[]): Tok[] {
  return words(text, mention.start, mention.end).map((word) => ({
    word,
    blank: nested.some((n) => word.start >= n.start && word.end <= n.end),
  }));
}

function isTitle(w: Word): boolean {
  return TITLE_WORDS.has(w.norm);
}

function isRunWord(w: Word): boolean {
  return !w.punct && (w.cap || PARTICLE_PREFIX.test(w.text)) && !isTitle(w);
}

interface Run {
  from: number;
  to: number; // exclusive, token indices
}

/** Maximal runs of name-like words; titles, blanks and punctuation split runs. */
function runs(toks: readonly Tok[]): Run[] {
  const out: Run[] = [];
  let i = 0;
  while (i < toks.length) {
    if (toks[i].blank || !isRunWord(toks[i].word)) {
      i++;
      continue;
    }
    let j = i;
    while (j < toks.length) {
      const t = toks[j];
      if (t.blank) break;
      const particle = j > i && PARTICLES.has(t.word.text) && toks[j + 1] !== undefined && isRunWord(toks[j + 1].word);
      if (!particle && !isRunWord(t.word)) break;
      j++;
      if (t.word.possessive) break;
    }
    out.push({ from: i, to: j });
    i = j;
  }
  return out;
}

function sentenceInitial(text: string, offset: number): boolean {
  const before = text.slice(Math.max(0, offset - 200), offset);
  const trimmed = before.replace(/[ \t"“‘'([]+$/u, '');
  return trimmed === '' || /[.!?:\n]$/.test(trimmed);
}

/** The word occurs in lower case somewhere in the text (alone or singular): a common word. */
function commonWord(text: string, w: Word): boolean {
  const lower = w.text.toLowerCase();
  const forms = [lower, lower.replace(/e?s$/, '')].filter((f) => f.length > 2);
  return forms.some((f) => new RegExp(`(?<![\\p{L}])${escape(f)}(?![\\p{L}])`, 'u').test(text));
}

function isNameRun(text: string, toks: readonly Tok[], run: Run, mention: GumMention): boolean {
  const runWords = toks.slice(run.from, run.to).map((t) => t.word);
  if (runWords.some((w) => NON_NAMES.has(w.norm))) return false;
  const last = toks[run.to - 1];
  const next = toks[run.to];
  const prev = toks[run.from - 1];
  if (last.word.possessive && next !== undefined) return false; // "Thailand's foreign minister"
  const single = runWords.filter((w) => w.cap).length === 1;
  const afterTitle = prev !== undefined && !prev.blank && !prev.word.punct && isTitle(prev.word);
  // Position after the run.
  if (next === undefined) {
    if (!last.word.possessive && continuesName(text, mention.end)) return false;
  } else if (next.blank) {
    return false;
  } else if (next.word.punct) {
    if (!POSTMODIFIER_PUNCT.has(next.word.text)) return false;
  } else if (next.word.cap || !(single && !afterTitle ? SHORT_POSTMODIFIERS : POSTMODIFIERS).has(next.word.norm)) {
    return false;
  }
  // Position before the run.
  if (prev === undefined) {
    if (/(?<![\p{L}])(the|a|an) $/iu.test(text.slice(Math.max(0, mention.start - 4), mention.start))) return false; // "the Scientology-critic site"
    if (sentenceInitial(text, mention.start) && commonWord(text, runWords[0])) return false; // "Hackers", "Successful Stormtroopers"
    return true;
  }
  if (afterTitle) return true;
  if (single) return false; // "former Scientologist", "within Scientology"
  if (prev.blank || prev.word.punct) return false;
  return prev.word.possessive || (!prev.word.cap && !NOT_BEFORE_NAME.has(prev.word.norm));
}

/** The text goes on with a capitalised word or "&": the mention is part of a longer name ("Fan Expo", "Mary & Leigh Block Museum"). */
function continuesName(text: string, end: number): boolean {
  const after = /^ (&|\p{Lu}\p{L}*)/u.exec(text.slice(end, end + 30));
  return after !== null && !WEEKDAYS_MONTHS.test(after[1].toLowerCase());
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function nameWordsOf(runWords: readonly Word[]): string[] {
  return runWords.filter((w) => (w.cap || PARTICLE_PREFIX.test(w.text)) && !isTitle(w) && !HONORIFICS.has(w.norm) && !NON_NAMES.has(w.norm)).map((w) => w.norm);
}

/** The fallback: a last run of two or more uncommon capitalised words that ends the mention. */
function lastRunNames(text: string, toks: readonly Tok[]): string[] {
  // (the run's last word ends the mention, so the text after it is the text after the mention)
  const rs = runs(toks);
  const last = rs[rs.length - 1];
  if (!last || last.to !== toks.length) return [];
  const runWords = toks.slice(last.from, last.to).map((t) => t.word);
  if (runWords.length < 2 || runWords.some((w) => NON_NAMES.has(w.norm) || commonWord(text, w))) return [];
  const prev = toks[last.from - 1];
  if (prev && !prev.word.punct && DETERMINERS.includes(prev.word.norm)) return [];
  if (continuesName(text, runWords[runWords.length - 1].end)) return [];
  return nameWordsOf(runWords);
}

function wikipediaNames(title: string): string[] {
  const bare = title.replace(/\s*\(.*\)\s*$/, '').replace(/_/g, ' ');
  const ws = words(bare).filter((w) => !w.punct);
  const caps = ws.filter((w) => w.cap);
  if (caps.length < 2) return [];
  return nameWordsOf(caps);
}

/** Every chain of a document with its name words and its name mentions. */
export function goldNames(doc: GumDoc): ChainNames[] {
  const all = doc.persons.flatMap((p) => p.mentions.map((m) => ({ ...m, chain: String(p.chain) })));
  const nestedIn = (m: GumMention, chain: string): GumMention[] =>
    all.filter((o) => o.chain !== chain && o.start >= m.start && o.end <= m.end && !(o.start === m.start && o.end === m.end));

  return doc.persons.map((person) => {
    const chain = String(person.chain);
    const toks = person.mentions.map((m) => mentionTokens(doc.text, m, nestedIn(m, chain)));
    let names: string[] = [];
    let source: ChainNames['source'] = 'none';
    if (person.wikipedia) {
      names = wikipediaNames(person.wikipedia);
      if (names.length > 0) source = 'wikipedia';
    } else {
      toks.forEach((ts, k) => {
        for (const run of runs(ts)) {
          if (isNameRun(doc.text, ts, run, person.mentions[k])) names.push(...nameWordsOf(ts.slice(run.from, run.to).map((t) => t.word)));
        }
      });
      if (names.length > 0) source = 'run';
      else {
        for (const ts of toks) names.push(...lastRunNames(doc.text, ts));
        if (names.length > 0) source = 'last-run';
      }
    }
    const nameSet = new Set(names);
    const nameMentions = person.mentions.filter((m, k) => {
      const ts = toks[k];
      const last = ts[ts.length - 1];
      // An eponym inside a longer name ("Andy Warhol Foundation", "Chiang Kai Shek Memorial") is not a name mention.
      if (last && !last.word.possessive && continuesName(doc.text, m.end)) return false;
      return ts.some((t) => !t.blank && !t.word.punct && t.word.cap && nameSet.has(t.word.norm));
    });
    return { chain, entity: person.wikipedia ? `wikipedia:${person.wikipedia}` : `chain:${chain}`, wikipedia: person.wikipedia, names: [...nameSet], source, mentions: person.mentions, nameMentions };
  });
}

