import type { ArticleWords } from '../context';
import type { Token } from '../text/tokens';
import type { NameCandidate } from './candidates';

/**
 * Capitalised runs that name a place, a body, a team or a work rather than a person: the checks
 * that hold whatever else the words around them say.
 */

/** Only a space between two tokens, so they belong to one capitalised phrase. */
function spaceBetween(text: string, a: Token, b: Token): boolean {
  return !a.possessive && /^ $/.test(text.slice(a.end, b.start));
}

/**
 * "General Motors", "Overseas Private Investment Corp", "Douglas County", "the Carolina Hurricanes",
 * "San Jose Sharks": true when the candidate, with or without its title, names a body or a place.
 */
export function namesBodyOrPlace(article: ArticleWords, candidate: NameCandidate): boolean {
  const { text, tokens, lexicon } = article;
  const words = candidate.nameTokens;
  const last = words[words.length - 1];
  // "Carnegie Hall", "Irving Police Department"; but a title and a given name make a surname of
  // the word: "Mayor Ed Hall".
  const titledName = (candidate.title || candidate.honorific) && words.length === 2 && lexicon.wordClass(words[0].norm) === 'firstName';
  if (lexicon.isOrganisationWord(last.text) && !titledName) return true;
  // The whole phrase, title included, as compromise knows it: "General Motors", "Nova Scotia".
  const phrase = tokens.slice(candidate.firstToken, candidate.endToken).map((token) => token.norm).join(' ');
  const wholeClass = lexicon.phraseClass(phrase);
  if (wholeClass === 'place' || wholeClass === 'organization') return true;
  if (candidate.title || candidate.honorific) return false;
  if (namedAfterSomeone(article, candidate)) return true;
  // A work's title: "the film Mary Queen of Scots", "her graphic novel Angel Catbird".
  const kind = tokens[candidate.firstToken - 1];
  if (kind && !kind.capitalized && lexicon.isWorkNoun(kind.norm) && /^ $/.test(text.slice(kind.end, words[0].start))) return true;
  // A capitalised word cut off before the run makes a place with the run's first word: "San Jose Sharks".
  const before = tokens[candidate.firstToken - 1];
  if (before?.capitalized && spaceBetween(text, before, words[0])) {
    const placeClass = lexicon.phraseClass(`${before.norm} ${words[0].norm}`);
    if (placeClass === 'place' || placeClass === 'organization') return true;
  }
  // A team or a group: "the Carolina Hurricanes", "the Toronto Raptors" (a person is not "the",
  // and a surname in -s is one compromise knows: "the John Adams").
  const lastClass = lexicon.wordClass(last.norm);
  const plural = /\p{Ll}s$/u.test(last.text) && !last.possessive && lastClass !== 'lastName' && lastClass !== 'firstName' && lastClass !== 'person';
  return plural && before !== undefined && before.norm === 'the' && spaceBetween(text, before, words[0]);
}

/**
 * "Independent Police Review Director", "Mary Queen of Scots": a bare run that ends in a title is
 * an office or a work's title, unless a given name opens it ("Stephen King").
 */
export function endsInTitle(article: ArticleWords, candidate: NameCandidate): boolean {
  const { tokens, lexicon } = article;
  const words = candidate.nameTokens;
  const lastIndex = candidate.endToken - 1;
  const title = lexicon.matchTitle(tokens, lastIndex);
  if (!title || title.end !== candidate.endToken) return false;
  if (tokens[candidate.endToken]?.norm === 'of') return true;
  return lexicon.wordClass(words[0].norm) !== 'firstName';
}

/**
 * "Carolina" in "North Carolina", "Scotia" in "Nova Scotia": a lone word right after a capitalised
 * word that is not a name ("North", "Independent") ends a longer name; it is no person on its own.
 * After a given name ("Dries Mertens's") it is still the person's surname.
 */
export function endsLongerName(article: ArticleWords, k: number, strict = false): boolean {
  const { text, tokens, lexicon } = article;
  const before = tokens[k - 1];
  if (!before?.capitalized || !spaceBetween(text, before, tokens[k])) return false;
  if (lexicon.isHonorific(before) || lexicon.matchTitle(tokens, k - 1)?.end === k) return false;
  const pair = lexicon.phraseClass(`${before.norm} ${tokens[k].norm}`);
  if (pair === 'place' || pair === 'organization') return true;
  // A sentence's first word is capitalised whatever it is: "Later Mohamed said" (unless `strict`:
  // a lone unknown word then needs more than a speech verb).
  const sentenceStart = !strict && k - 1 === 0 || /[.!?:"“”]\s*$|\n\s*$/u.test(text.slice(Math.max(0, before.start - 3), before.start));
  const wordClass = lexicon.wordClass(before.norm);
  return !sentenceStart && (wordClass === 'other' || wordClass === 'place' || wordClass === 'organization');
}

/**
 * "Andy Warhol Photographic Legacy Program": a name followed by more words that end in a common
 * noun compromise knows is a body or an event named after the person. A middle name is a given
 * name ("Mary Beth White"), and a title word ends a name ("Martin Luther King").
 */
function namedAfterSomeone(article: ArticleWords, candidate: NameCandidate): boolean {
  const { tokens, lexicon } = article;
  const words = candidate.nameTokens;
  if (words.length < 3) return false;
  const last = words[words.length - 1];
  const beforeLast = words[words.length - 2];
  if (last.hyphenBefore || beforeLast.dotted || beforeLast.text.length === 1) return false;
  return lexicon.wordClass(last.norm) === 'other' && lexicon.wordClass(beforeLast.norm) !== 'firstName' && lexicon.matchTitle(tokens, candidate.endToken - 1) === null;
}
