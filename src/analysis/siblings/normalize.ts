import { getLexicon, type TitleMatch } from '../lexicon';
import { MONTH_NAMES } from '../lexicon/calendar';
import { findParagraphs } from '../text/paragraphs';
import { tightlyJoined, type Token } from '../text/tokens';
import { findHeader, type StoryHeader } from './header';
import type { Paragraph } from '../types';
import { spellingKey } from '../lexicon/spelling';
import { ParagraphWords } from './paragraphWords';
import { fold, HONORIFIC, isDigit, JOINED_PREFIX, NUMBER_WITH_SUFFIX, PHRASE_START, TITLE_START, WEEKDAY, WordFacts } from './wordFacts';
import variants from '../lexicon/versionVariants.json';

/**
 * Text reduced to what two versions of one story share whatever the house style: lower-case
 * word keys without punctuation (so quote marks, dashes, commas and spacing drop out), British
 * and American spellings folded, honorifics and titles before a name dropped, other titles,
 * rank abbreviations and acronyms written out ("Brig-Gen" → "brigadier general", "U.S." →
 * "united states"), and a weekday's parenthesised date dropped ("Friday (Oct 21)").
 * Each key keeps the offsets of the words it came from, so a difference found on keys can be
 * shown in the original text.
 */

export interface NormalizedWord {
  /** The comparison key ("mobilization" for "mobilisation", "general" for "Gen."). */
  key: string;
  /** Offsets of the original word(s); an expansion ("Brig-Gen" → two keys) repeats them. */
  start: number;
  end: number;
}

export interface NormalizedParagraph {
  /** The paragraph in the original text (after the header, for the first one). */
  start: number;
  end: number;
  words: NormalizedWord[];
  /** The keys joined by single spaces: equal for paragraphs that differ only in style. */
  text: string;
}

export interface NormalizedText {
  /** Date line and dateline, left out of the paragraphs; null when the text has neither. */
  header: StoryHeader | null;
  /** Paragraphs with at least one word, in reading order. */
  paragraphs: NormalizedParagraph[];
}

export function normalizeForComparison(text: string): NormalizedText {
  const all = findParagraphs(text);
  const header = findHeader(text, all);
  const paragraphs: NormalizedParagraph[] = [];
  for (const paragraph of all) {
    const start = bodyStart(header, paragraph);
    if (start >= paragraph.end) continue;
    const words = normalizeWords(text, start, paragraph.end);
    if (words.length > 0) paragraphs.push({ start, end: paragraph.end, words, text: words.map((w) => w.key).join(' ') });
  }
  return { header, paragraphs };
}

/** Where a paragraph's text starts: after the header, for the paragraph it ends in. */
function bodyStart(header: StoryHeader | null, paragraph: Paragraph): number {
  return header && paragraph.start < header.end ? header.end : paragraph.start;
}

/** Takes each key of a text with the offsets of the word(s) it came from, as the keys are found. */
export interface KeySink {
  /** `hash`, when given, is `hashWord(key)`, known from the word cache (wordFacts.ts). */
  add(key: string, start: number, end: number, hash?: number): void;
}

/**
 * The keys `normalizeForComparison` finds, paragraph by paragraph (`all`, as findParagraphs gives
 * them), handed to `sink` rather than kept as objects: for the fingerprint, which needs only their
 * hashes and places. `paragraph` is called before each paragraph's keys (a paragraph may have
 * none). Returns the header left out.
 */
export function sendNormalizedKeys(text: string, all: readonly Paragraph[], sink: KeySink & { paragraph(start: number, end: number): void }): StoryHeader | null {
  const header = findHeader(text, all);
  for (const paragraph of all) {
    const start = bodyStart(header, paragraph);
    if (start >= paragraph.end) continue;
    sink.paragraph(start, paragraph.end);
    sendKeys(text, start, paragraph.end, sink);
  }
  return header;
}

/** The keys of `text.slice(start, end)` with offsets into `text` (for a quote, a name, a title). */
export function normalizeWords(text: string, start = 0, end = text.length): NormalizedWord[] {
  const words: NormalizedWord[] = [];
  sendKeys(text, start, end, { add: (key, from, to) => words.push({ key, start: from, end: to }) });
  return words;
}

/**
 * Most words of a paragraph are plain: in none of the lists the rules below look for, their key is
 * the cached one. They are read as offsets (paragraphWords.ts), with no token object or string;
 * the tokens `tokenize` would give are made only for the words the rules look at.
 */
function sendKeys(text: string, start: number, end: number, sink: KeySink): void {
  // The cache starts again between paragraphs only: the slots read below must hold until they are sent.
  facts.trim();
  const words = paragraphWords.read(text, start, end, facts);
  for (let i = 0; i < words.count; i++) {
    const slot = words.slots[i];
    // A letter before a full stop may open an acronym ("U.S."): the rules decide.
    if (facts.flagsOf(slot) === 0 && (words.ends[i] - words.starts[i] !== 1 || text.charCodeAt(words.ends[i]) !== 0x2e)) {
      sink.add(facts.key(slot), words.starts[i], words.ends[i], facts.hash(slot));
      continue;
    }
    i = sendRuleKeys(text, words, i, slot, sink);
  }
}

const paragraphWords = new ParagraphWords();

/** The keys the rules give from word `at` on; returns the last word they took. */
function sendRuleKeys(text: string, words: ParagraphWords, at: number, slot: number, sink: KeySink): number {
  const push = (key: string, from: Token, to: Token = from): void => {
    sink.add(key, from.start, to.end);
  };
  const token = words.token(at) as Token;
  const next = words.token(at + 1);
  // "on Friday (Oct 21)": the date after a weekday is a house style of some outlets.
  if (facts.has(slot, WEEKDAY)) {
    sink.add(facts.key(slot), token.start, token.end, facts.hash(slot));
    let i = at;
    const date = PARENTHESISED_DATE.exec(text.slice(token.end, token.end + 24));
    if (date && MONTHS.has((date[1] ?? date[2]).toLowerCase().slice(0, 3))) {
      const close = token.end + date[0].length;
      while (i + 1 < words.count && words.starts[i + 1] < close) i++;
    }
    return i;
  }
  // "U.S.", "U.N.": single letters joined by full stops read as one acronym.
  if (token.text.length === 1 && token.dotted && next && next.text.length === 1 && text[token.end] === '.' && next.start === token.end + 1) {
    let j = at;
    let letters = token.text;
    for (let after = words.token(j + 1); after && after.text.length === 1 && after.start === words.ends[j] + 1 && text[words.ends[j]] === '.'; after = words.token(j + 1)) {
      j++;
      letters += after.text;
    }
    const expansion = ACRONYMS.get(letters.toUpperCase());
    for (const key of expansion ?? [fold(letters.toLowerCase())]) push(key, token, words.token(j) as Token);
    return j;
  }
  if (token.capitalized) {
    // Mr, Mrs, Dr before a name: one outlet writes them, another does not.
    if (facts.has(slot, HONORIFIC) && next?.capitalized && tightlyJoined(text, token, next)) return at;
    const acronym = ACRONYMS.get(token.text);
    if (acronym) {
      for (const key of acronym) push(key, token);
      return at;
    }
    // A title before a name is dropped like an honorific: second references differ by house
    // ("Brig-Gen Ryder", "Ryder"), and the people diff reports a change of title. Elsewhere
    // the title is written out ("Brig-Gen" → "brigadier general").
    const title = facts.has(slot, TITLE_START) ? matchTitle(words, at) : null;
    if (title) {
      const last = words.token(title.end - 1) as Token;
      const name = words.token(title.end);
      if (!(name?.capitalized && tightlyJoined(text, last, name))) {
        for (const key of keysOf(title.canonical)) push(key, token, last);
      }
      return title.end - 1;
    }
  }
  // "co-operate" and "cooperate", "e-mail" and "email".
  if (next?.hyphenBefore && facts.has(slot, JOINED_PREFIX)) {
    push(wordKey(token.norm + next.norm), token, next);
    return at + 1;
  }
  const phrase = next && facts.has(slot, PHRASE_START) && PHRASES.get(`${token.norm} ${next.norm}`);
  if (phrase) {
    push(phrase, token, next);
    return at + 1;
  }
  const money = facts.has(slot, NUMBER_WITH_SUFFIX) ? NUMBER_SUFFIX.exec(token.norm) : null;
  if (money) {
    push(money[1], token);
    push(variants.numberSuffixes[money[2] as keyof typeof variants.numberSuffixes], token);
    return at;
  }
  sink.add(facts.key(slot), token.start, token.end, facts.hash(slot));
  return at;
}

const ALL_CAPITALS = /^\p{Lu}+$/u;
/** A month's first three letters: "Sept." and "September" alike. */
const MONTHS: ReadonlySet<string> = new Set(MONTH_NAMES.map(([full]) => full.slice(0, 3)));
const PARENTHESISED_DATE = /^\s*\(\s*(?:(\p{L}{3,9})\.?\s+\d{1,2}|\d{1,2}\s+(\p{L}{3,9}))\s*\)/u;
const NUMBER_SUFFIX = new RegExp(`^(\\d+)(${Object.keys(variants.numberSuffixes).join('|')})$`);

const ACRONYMS: ReadonlyMap<string, string[]> = new Map(
  Object.entries(variants.acronyms).map(([short, full]) => [short, keysOf(full)]),
);
const PHRASES: ReadonlyMap<string, string> = new Map(Object.entries(variants.phrases));
const PHRASE_STARTS: ReadonlySet<string> = new Set([...PHRASES.keys()].map((phrase) => phrase.split(' ')[0]));
const facts = new WordFacts(PHRASE_STARTS, NUMBER_SUFFIX, new Set([...ACRONYMS.keys()].map((short) => short.toLowerCase())));

/** A title at word `i` (the lexicon's, abbreviations included), but not "PM" in "3 PM". Its `end` counts the paragraph's words. */
function matchTitle(words: ParagraphWords, i: number): TitleMatch | null {
  if (i > 0 && isDigit((words.token(i - 1) as Token).text.charCodeAt(0)) && ALL_CAPITALS.test((words.token(i) as Token).text)) return null;
  // The lexicon reads at most `titleReach` tokens from the title's start: those are made.
  const lexicon = getLexicon();
  const title = lexicon.matchTitle(words.tokens(i, lexicon.titleReach), 0);
  return title && { end: i + title.end, canonical: title.canonical };
}

/** Keys of a phrase's words, not cached: for the lists above, and titles written out (seldom). */
function keysOf(phrase: string): string[] {
  return phrase.split(/[\s-]+/).filter(Boolean).map((word) => spellingKey(fold(word.toLowerCase())));
}

/** Curly apostrophes and diacritics folded, then the spelling key; cached, since words repeat. */
function wordKey(norm: string): string {
  return facts.key(facts.slotOf(norm));
}
