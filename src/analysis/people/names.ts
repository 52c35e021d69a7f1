import familyData from '../lexicon/familyNames.json';
import { stripAccents } from '../text/accents';
import type { Token } from '../text/tokens';

/** Particles that open a surname: "von der Leyen", "da Silva", "bin Salman", the Kalenjin "arap" and the Welsh "ap" ("son of": "Kimaiyo arap Sang", "Siôn ap Gwilym"). */
export const SURNAME_PARTICLES: ReadonlySet<string> = new Set(['von', 'van', 'der', 'den', 'de', 'del', 'della', 'di', 'da', 'dos', 'das', 'du', 'la', 'le', 'bin', 'ibn', 'al', 'el', 'ter', 'ten', 'arap', 'ap']);

/** The Arabic article joined to a surname, which copy writes or leaves out ("al-Saadi", "Saadi"). */
export const ARABIC_ARTICLE = /^(?:al|el)[-‐]/u;
/** Words of Arabic names that open a family name after the given name ("Taher Abu Ghazaleh", "Umm Kulthum"): the kunya's "father of", "mother of". */
export const ARABIC_NAME_OPENERS: ReadonlySet<string> = new Set(['abu', 'umm']);

/** The words of a name, hyphenated parts joined again: ["Lee", "Cheuk-yan"]. */
export function nameWords(tokens: readonly Token[]): string[] {
  const words: string[] = [];
  for (const token of tokens) {
    if (token.hyphenBefore && words.length > 0) words[words.length - 1] += `-${token.text}`;
    else words.push(token.text);
  }
  return words;
}

/** Lower case without accents, so that "Erdoğan" and "Erdogan" compare equal. */
export function foldName(word: string): string {
  return stripAccents(word.toLowerCase());
}

const FAMILY_NAME_FIRST: ReadonlySet<string> = new Set(familyData.familyNameFirst);

// Romanised syllables: a word made of them, after a family name that comes first, is a given name.
const PINYIN = '(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ueng|ang|eng|ing|ong|ian|iao|uai|uan|ai|ei|ao|ou|an|en|in|un|ia|ie|iu|ua|uo|ui|ue|er|a|o|e|i|u|ü|v)';
const HANGUL = '(?:kk|tt|pp|ss|jj|ch|[gkndrlmbpsjhty])?(?:wae|yae|yeo|wa|wo|we|wi|ui|ae|eo|eu|oe|ya|yo|yu|ye|a|e|i|o|u)(?:ng|[kntlmp])?';
const ROMANISED_GIVEN = new RegExp(`^(?:(?:${PINYIN}){1,3}|(?:${HANGUL}){1,2}|\\p{Lu}\\p{Ll}+-\\p{L}\\p{Ll}*)$`, 'iu');

/**
 * "Xi Jinping", "Moon Jae-in", "Kim Jong Un": a Chinese or Korean family name written first,
 * followed by romanised given names, so that "Xi" and "Moon" later refer to the person.
 */
export function familyNameFirst(words: readonly string[]): boolean {
  return words.length >= 2 && words.length <= 3 && FAMILY_NAME_FIRST.has(words[0]) && words.slice(1).every((word) => ROMANISED_GIVEN.test(word));
}

/** A Chinese or Korean family name ("Ho", "Lam", "Park"): after a Western given name it ends a person's name ("Carrie Lam"). */
export function isEastAsianFamilyName(word: string): boolean {
  return FAMILY_NAME_FIRST.has(word);
}

/** A Chinese given name of two syllables joined by a hyphen ("Wing-sze"), as Hong Kong and Taiwan write them; `ROMANISED_GIVEN` takes pinyin too. */
const HYPHENATED_GIVEN = /^\p{Lu}\p{Ll}+-\p{Ll}+$/u;

/**
 * "Edmund Kwok Wing-sze", as Hong Kong prints names: an English given name, then a Chinese family
 * name and a hyphenated Chinese given name. Later references repeat the family name ("Kwok said").
 */
function englishNameBeforeFamilyName(words: readonly string[]): boolean {
  return words.length === 3 && FAMILY_NAME_FIRST.has(words[1]) && HYPHENATED_GIVEN.test(words[2]) && !FAMILY_NAME_FIRST.has(words[0]);
}

/** The word a later reference repeats: the last one, or the family name for "Xi Jinping" and "Edmund Kwok Wing-sze". */
export function surnameWord(words: readonly string[]): string {
  if (familyNameFirst(words)) return words[0];
  // "Robert Kennedy Jr.", "Martin Luther King III": the surname stands before the generational suffix.
  const end = words.length - (hasGeneration(words) ? 1 : 0);
  return englishNameBeforeFamilyName(words) ? words[1] : words[end - 1];
}

/** The suffixes that tell a father's and a son's names apart, after the surname, folded ("Jr." → "jr"). */
export const GENERATIONAL_SUFFIXES: ReadonlySet<string> = new Set(['jr', 'sr', 'ii', 'iii', 'iv']);
/** The same as a name's word is written: "Jr", "Jr.", "III". */
export const GENERATIONAL_SUFFIX = /^(?:Jr|Sr|II|III|IV)\.?$/u;

/** A full name that ends in its generation ("Joseph R. Biden Jr.", "Harry Hurt III"); "Donald Jr." is a given name and a suffix. */
export function hasGeneration(words: readonly string[]): boolean {
  return words.length > 2 && GENERATIONAL_SUFFIX.test(words[words.length - 1]);
}

export interface NameParts {
  given: string[];
  surname: string;
  /** "jr", "iii": the generation, when the name gives it. */
  suffix?: string;
}

/** Splits a name into given names and a surname that keeps its particles, folded. */
export function nameParts(words: readonly string[]): NameParts {
  const folded = words.map(foldName);
  if (familyNameFirst(words)) return { given: folded.slice(1), surname: folded[0] };
  if (englishNameBeforeFamilyName(words)) return { given: [folded[0], folded[2]], surname: folded[1] };
  // "Joseph R. Biden Jr." is a Biden, not a "Jr": the suffix tells the generation, not the family.
  const end = folded.length - (hasGeneration(words) ? 1 : 0);
  let split = folded.findIndex((word, i) => i < end - 1 && SURNAME_PARTICLES.has(word));
  if (split < 0) split = end - 1;
  const parts = { given: folded.slice(0, split), surname: folded.slice(split, end).join(' ') };
  return end < folded.length ? { ...parts, suffix: folded[end].replace(/\.$/u, '') } : parts;
}

/** "Robert F. Kennedy" and "Robert Kennedy" are one name, as are "Ursula von der Leyen" and "Von der Leyen"; "John Kennedy" is another. */
export function sameName(a: readonly string[], b: readonly string[]): boolean {
  return samePartsName(nameParts(a), nameParts(b));
}

/** `sameName` on names already split, for callers that compare one name with many. */
export function samePartsName(partsA: NameParts, partsB: NameParts): boolean {
  if (partsA.surname !== partsB.surname) return false;
  // "Donald Trump" and "Donald Trump Jr.", "Duncan Hunter" and "Duncan Hunter Sr.": a father and a son.
  if (partsA.suffix !== partsB.suffix) return false;
  if (partsA.given.length === 0 || partsB.given.length === 0) return true;
  const firstA = partsA.given[0].replace(/\.$/, '');
  const firstB = partsB.given[0].replace(/\.$/, '');
  if (firstA === firstB || (firstA.length === 1 && firstB.startsWith(firstA)) || (firstB.length === 1 && firstA.startsWith(firstB))) return true;
  // "G. Ravi Teja" and "Ravi Teja", "J. Robert Oppenheimer" and "Robert Oppenheimer": an initial before the
  // given name used, as South Indian copy writes a family or village name.
  const usedA = givenAfterInitials(partsA.given);
  const usedB = givenAfterInitials(partsB.given);
  return (usedA !== partsA.given[0] || usedB !== partsB.given[0]) && usedA !== undefined && usedA === usedB;
}

/** The first given name that is not an initial ("Ravi" of "G. Ravi"), or undefined. */
function givenAfterInitials(given: readonly string[]): string | undefined {
  return given.find((word) => !/^\p{L}\.?$/u.test(word));
}

/**
 * A word with a capital inside it after four letters or more ("CareWeave", "SoundCloud", "WhatsApp"):
 * a brand's shape. Names join a capital after a short prefix ("McAllister", "MacKenzie", "DeSantis",
 * "LaToya").
 */
export function isBrandShaped(word: string): boolean {
  return /^\p{Lu}\p{Ll}{3,}\p{Lu}/u.test(word);
}
