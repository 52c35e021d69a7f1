/**
 * Datelines: the place a story was filed from, with what may follow it — a state or country, a
 * date, the agency — ended by a colon or a dash: "WASHINGTON:", "NAIROBI, Oct 3 (Reuters) -",
 * "GLASGOW, Scotland (AP) —", "MOSCOW/KYIV (Reuters) -", and the agencies' title-case form
 * "Washington (AFP) –". Plain-text feeds write the dash as "--" or, in AP's, "_"; some papers set
 * the em dash close ("WASHINGTON—").
 */
import type { Lexicon } from '../lexicon';
import { wordsOf } from './shapes';

const DASH = '(?:[-–—―]{1,2}|_)';
/** A place in capitals; a story filed from two places joins them with a slash ("MOSCOW/KYIV"). */
const PLACE = String.raw`(\p{Lu}[\p{Lu}\p{M}.'’-]*(?:[ /]\p{Lu}[\p{Lu}\p{M}.'’-]*)*)`;
/**
 * The agency: in brackets ("(AP)"), or between slashes as the release wires set it ("/PRNewswire/").
 */
const AGENCY_AFTER = String.raw`(?:\s*\(([^)]{1,30})\)|\s+/([\p{L}-]{2,20})/)`;
/**
 * What may follow the place: up to two comma parts (state, country or date), an agency, then ':' or a
 * dash before a space, or an em dash set close as some papers set it ("WASHINGTON—The Fed …").
 */
const AFTER_PLACE = String.raw`((?:,\s*[\p{L}\p{N}. ]{1,30}?){0,2})${AGENCY_AFTER}?\s*(?::|${DASH}(?=\s)|—(?=\p{Lu}))`;
const CAPITALS = new RegExp(`^${PLACE}${AFTER_PLACE}`, 'u');
/** The agencies' own form: a place in title case, then the agency in brackets ("Cleveland (AFP) –"). */
const TITLE_CASE = new RegExp(String.raw`^(\p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+){0,2})((?:,\s*[\p{L}\p{N}. ]{1,30}?){0,2})\s*\(([^)]{1,30})\)\s*(?:${DASH}\s)?`, 'u');
/**
 * An agency's name: an acronym ("AP", "AFP", "UPI"), one capitalised word ("Reuters") or one in
 * camel case ("PRNewswire"). A party and state after a lawmaker's name ("(R-S.C.)", "(D-Texas)") is no agency.
 */
const AGENCY = /^(?!\p{Lu}-)(?:\p{Lu}[\p{Lu}.&-]{1,9}|\p{Lu}\p{Ll}{2,14}|\p{Lu}{2,}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)$/u;
/**
 * After a place in capitals, also the acronym an agency writes in lower case (Germany's "dpa"); after
 * a name in title case, a word in lower case is a picture's direction ("George Lee (left) shot …").
 */
const LOWER_CASE_AGENCY = /^\p{Ll}{2,4}$/u;

export interface DatelineShape {
  /** Length of the place at the start of the paragraph. */
  placeLength: number;
  /** Length of the whole dateline with the space after it: where the story sentence starts. */
  length: number;
  /** The state, country or date after the place, if any. */
  region: string | null;
  agency: string | null;
}

/** The dateline a paragraph opens with, by its shape alone; whether to believe it is for the caller. */
export function datelineShape(paragraph: string): DatelineShape | null {
  const head = paragraph.slice(0, 100);
  const capitals = CAPITALS.exec(head);
  if (capitals) {
    const place = capitals[1];
    // One capital letter is not a place ("A -" in a list), nor is "I".
    if (place.replace(/[^\p{Lu}]/gu, '').length < 2) return null;
    // Places run to three words ("SALT LAKE CITY", "RIO DE JANEIRO"); more capitals before a dash are a headline.
    if (wordsOf(place).length > 3) return null;
    const named = (capitals[3] ?? capitals[4])?.trim();
    const agency = named && (AGENCY.test(named) || LOWER_CASE_AGENCY.test(named)) ? named : null;
    if (named && !agency) return null;
    return { placeLength: place.length, length: spaced(paragraph, capitals[0].length), region: part(capitals[2]), agency };
  }
  const titled = TITLE_CASE.exec(head);
  if (titled && AGENCY.test(titled[3].trim())) {
    return { placeLength: titled[1].length, length: spaced(paragraph, titled[0].length), region: part(titled[2]), agency: titled[3].trim() };
  }
  return null;
}

function part(region: string | undefined): string | null {
  const trimmed = region?.replace(/^,\s*/u, '').trim();
  return trimmed ? trimmed : null;
}

function spaced(paragraph: string, end: number): number {
  let at = end;
  while (at < paragraph.length && /\s/u.test(paragraph[at])) at++;
  return at;
}

/** The place is one the lexicon knows ("Oslo", "New York", "Mexico City"): not a page word. */
export function isKnownPlace(place: string, lexicon: Lexicon): boolean {
  const words = wordsOf(place.toLowerCase());
  if (lexicon.wordClass(words.join(' ')) === 'place') return true;
  return words.some((word) => lexicon.wordClass(word.replace(/[.'’]+$/u, '')) === 'place');
}

/**
 * What follows a dateline is a story sentence: words, some in lower case, ending as a sentence
 * does; further down the page, a sentence of six words or more.
 */
export function opensStory(rest: string, opening: boolean): boolean {
  const words = wordsOf(rest);
  const lowerCase = words.filter((word) => /^\p{Ll}/u.test(word)).length;
  if (opening) return words.length >= 2 && lowerCase >= 1 && (words.length >= 6 || /[.!?:]["'”’]?$/u.test(rest.trim()));
  return words.length >= 6 && lowerCase >= 2;
}

/**
 * A word the lexicon files as a common word ("WATCH LIVE", "BREAKING", "ANALYSIS"): page words
 * ahead of a dash, not a place.
 */
export function isCommonWords(place: string, lexicon: Lexicon): boolean {
  return wordsOf(place.toLowerCase()).every((word) => {
    const wordClass = lexicon.wordClass(word);
    return wordClass === 'other' || wordClass === 'verb' || wordClass === 'function' || wordClass === 'date';
  });
}
