import type { Lexicon } from '../lexicon';
import { endsSentence, wordsOf } from './shapes';

/**
 * A byline: "By Name and Name", "By Name, Correspondent", "By Name | Paper staff", or a name
 * alone on its line ("JANE DOE", "Sarah Lind") whose first word compromise knows as a given name.
 * Returns where the names start in the paragraph, or -1.
 */
export function bylineStart(paragraph: string, lexicon: Lexicon): number {
  const words = wordsOf(paragraph);
  if (words.length === 0 || words.length > 14 || (endsSentence(paragraph) && !/\.$/u.test(paragraph))) return -1;
  const by = /^by\s+(?=\p{Lu})/iu.exec(paragraph);
  if (by) return by[0].length;
  const names = paragraph.split(/\s+(?:and|&)\s+|,\s*/u);
  const looksLikeNames = words.length <= 8 && names.every((name) => {
    const parts = wordsOf(name);
    return parts.length >= 2 && parts.length <= 4 && parts.every((part) => /^\p{Lu}/u.test(part)) && lexicon.wordClass(parts[0].toLowerCase()) === 'firstName';
  });
  return looksLikeNames ? 0 : -1;
}
