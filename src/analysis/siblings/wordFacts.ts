import { getLexicon } from '../lexicon';
import { WEEKDAYS } from '../lexicon/calendar';
import { HONORIFICS_DROPPED_IN_VERSIONS } from '../lexicon/honorifics';
import { spellingKey } from '../lexicon/spelling';
import { stripAccents } from '../text/accents';
import { hashLowerAscii, hashWord } from './hash';
import { resized } from './typedArrays';

/**
 * What the normaliser (normalize.ts) asks of a word form, found once per form and cached: its
 * comparison key, the key's hash, and which of the normaliser's lists the form is in. One look-up
 * per word instead of one per list: the look-ups of each word were a fifth of fingerprinting a text.
 * Kept in typed arrays behind a table of our own from form to slot (open addressing on the form's
 * hashWord, a third faster than a Map of strings at this size), not an object per form.
 */

export const WEEKDAY = 1;
export const HONORIFIC = 2;
export const JOINED_PREFIX = 4;
export const PHRASE_START = 8;
/** The default lexicon's titles may start with the form (`Lexicon.mayStartTitle`). */
export const TITLE_START = 16;
/** A number with a suffix the normaliser writes out ("5bn", "10m"): `NUMBER_SUFFIX`. */
export const NUMBER_WITH_SUFFIX = 32;
/** The lower-case form of one of the normaliser's acronyms ("us" for "US"). */
export const ACRONYM_FORM = 64;

/** Word forms kept before the cache starts again (`trim`): words repeat, and the cache must stay small in each thread. */
const LIMIT = 200_000;

/** "co-operate" and "cooperate", "e-mail" and "email". */
const JOINED_PREFIXES: ReadonlySet<string> = new Set(['co', 'pre', 'non', 'anti', 'e']);

export class WordFacts {
  /**
   * Per bucket, two numbers: the hashWord of the form there and its slot, or -1 for none; twice as
   * many buckets as slots, or more. The hash beside the slot spares reading a slot that is not it.
   */
  private table = new Int32Array(2 * 2048).fill(-1);
  private count = 0;
  /** Per slot: the form, its hashWord (for the table), its key, the key's hash, its lists. */
  private forms: string[] = [];
  private formHashes = new Int32Array(1024);
  private keys: string[] = [];
  private hashes = new Uint32Array(1024);
  private flags = new Uint8Array(1024);

  /** `phraseStarts`, `numberSuffix` and `acronymForms` are the normaliser's own phrase list, money pattern and acronyms in lower case. */
  constructor(
    private readonly phraseStarts: ReadonlySet<string>,
    private readonly numberSuffix: RegExp,
    private readonly acronymForms: ReadonlySet<string> = new Set(),
  ) {}

  /** The slot of `norm` (a token's lower-case form), for `key`, `hash` and `has`. */
  slotOf(norm: string): number {
    const formHash = hashWord(norm) | 0;
    const mask = (this.table.length >> 1) - 1;
    for (let at = formHash & mask; ; at = (at + 1) & mask) {
      const slot = this.table[2 * at + 1];
      if (slot < 0) break;
      if (this.table[2 * at] === formHash && this.forms[slot] === norm) return slot;
    }
    return this.add(norm, formHash);
  }

  /**
   * The slot of the token `text.slice(start, end)` (lower-cased as `tokenize` does): for an ASCII
   * word found from the text itself, with no string made unless the form is new.
   */
  slotAt(text: string, start: number, end: number): number {
    const hash = hashLowerAscii(text, start, end);
    if (hash < 0) return this.slotOf(text.slice(start, end).toLowerCase());
    const formHash = hash | 0;
    const mask = (this.table.length >> 1) - 1;
    for (let at = formHash & mask; ; at = (at + 1) & mask) {
      const slot = this.table[2 * at + 1];
      if (slot < 0) break;
      if (this.table[2 * at] === formHash && sameLowerAscii(this.forms[slot], text, start, end)) return slot;
    }
    return this.add(text.slice(start, end).toLowerCase(), formHash);
  }

  flagsOf(slot: number): number {
    return this.flags[slot];
  }

  /** Starts the cache again once it holds `LIMIT` forms; slots taken before are then no longer valid. */
  trim(): void {
    if (this.count >= LIMIT) this.clear();
  }

  private add(norm: string, formHash: number): number {
    if (this.count === this.hashes.length) this.grow();
    const slot = this.count++;
    const key = spellingKey(fold(norm));
    this.forms.push(flat(norm));
    this.formHashes[slot] = formHash;
    this.keys.push(key === norm ? this.forms[slot] : flat(key));
    this.hashes[slot] = hashWord(key);
    this.flags[slot] = this.listsOf(norm);
    this.place(slot);
    return slot;
  }

  /** Puts `slot` in the first free bucket from its form's hash on. */
  private place(slot: number): void {
    const mask = (this.table.length >> 1) - 1;
    let at = this.formHashes[slot] & mask;
    while (this.table[2 * at + 1] >= 0) at = (at + 1) & mask;
    this.table[2 * at] = this.formHashes[slot];
    this.table[2 * at + 1] = slot;
  }

  /** Curly apostrophes and diacritics folded, then the spelling key. */
  key(slot: number): string {
    return this.keys[slot];
  }

  /** `hashWord` of the key. */
  hash(slot: number): number {
    return this.hashes[slot];
  }

  has(slot: number, flag: number): boolean {
    return (this.flags[slot] & flag) !== 0;
  }

  private listsOf(norm: string): number {
    let flags = 0;
    if (WEEKDAYS.has(norm)) flags |= WEEKDAY;
    if (HONORIFICS_DROPPED_IN_VERSIONS.has(norm)) flags |= HONORIFIC;
    if (JOINED_PREFIXES.has(norm)) flags |= JOINED_PREFIX;
    if (this.phraseStarts.has(norm)) flags |= PHRASE_START;
    if (getLexicon().mayStartTitle(norm)) flags |= TITLE_START;
    if (isDigit(norm.charCodeAt(0)) && this.numberSuffix.test(norm)) flags |= NUMBER_WITH_SUFFIX;
    if (this.acronymForms.has(norm)) flags |= ACRONYM_FORM;
    return flags;
  }

  private clear(): void {
    this.table.fill(-1);
    this.count = 0;
    this.forms = [];
    this.keys = [];
  }

  /** Twice the slots, and the table rebuilt at twice the buckets. */
  private grow(): void {
    const size = this.hashes.length * 2;
    this.formHashes = resized(this.formHashes, size);
    this.hashes = resized(this.hashes, size);
    this.flags = resized(this.flags, size);
    this.table = new Int32Array(2 * size * 2).fill(-1);
    for (let slot = 0; slot < this.count; slot++) this.place(slot);
  }
}

/** Whether `form` is the ASCII text from `start` to `end`, lower-cased. */
function sameLowerAscii(form: string, text: string, start: number, end: number): boolean {
  if (form.length !== end - start) return false;
  for (let i = 0; i < form.length; i++) {
    const code = text.charCodeAt(start + i);
    if (form.charCodeAt(i) !== (code >= 0x41 && code <= 0x5a ? code + 0x20 : code)) return false;
  }
  return true;
}

/**
 * A copy of its own of a long string: the engine keeps a slice of 13 characters or more as a view
 * of the whole string it came from, and a cached word must not keep its text alive.
 */
function flat(text: string): string {
  return text.length >= 13 ? [...text].join('') : text;
}

export function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

const ASCII_ONLY = /^\p{ASCII}*$/u;

/** Curly apostrophes and diacritics folded. */
export function fold(word: string): string {
  if (ASCII_ONLY.test(word)) return word;
  return stripAccents(word).replace(/[’‘ʼ`]/g, "'");
}
