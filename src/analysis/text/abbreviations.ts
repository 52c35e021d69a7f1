import titleData from '../lexicon/titles.json';
import abbreviationData from '../lexicon/abbreviations.json';
import { ABBREVIATED_HONORIFICS } from '../lexicon/honorifics';

/**
 * Words written with a full stop that does not end a sentence: honorifics and abbreviated
 * ranks from the title lexicon ("Mr.", "Gen.", "Lt."), and a few of everyday copy.
 */
const ABBREVIATIONS: ReadonlySet<string> = new Set([
  // Short honorifics only: "Mr.", "Prof."; "Lord" or "Sister" at a sentence end ends it.
  ...ABBREVIATED_HONORIFICS,
  ...Object.keys(titleData.abbreviations).flatMap((short) => short.toLowerCase().split(/[\s-]+/)),
  ...abbreviationData.everyday,
]);

/** An initial ("F.") or an abbreviation ("Gen."): its full stop joins it to the next word. */
export function takesAbbreviationStop(word: string): boolean {
  return (word.length === 1 && /\p{Lu}/u.test(word)) || ABBREVIATIONS.has(word.toLowerCase());
}
