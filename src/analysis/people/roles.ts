import type { Lexicon } from '../lexicon';
import { gapBetween, type Token } from '../text/tokens';
import type { NameCandidate } from './candidates';

/** What the words around one mention say about the person. */
export interface MentionFacts {
  title: string | null;
  role: string | null;
  affiliation: string | null;
  /** "his Russian counterpart X": X holds the office of an earlier-named person, abroad. */
  counterpart: boolean;
}

const MAX_PHRASE = 12;
const DETERMINERS = new Set(['a', 'an', 'the', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'former', 'then']);

/** Reads the title, role and affiliation that the article gives around a mention. */
export function readMentionFacts(text: string, tokens: readonly Token[], candidate: NameCandidate, lexicon: Lexicon): MentionFacts {
  const facts: MentionFacts = {
    title: candidate.title?.text ?? null,
    role: null,
    affiliation: candidate.nationality ?? (candidate.title ? lexicon.titleAffiliation(candidate.title.canonical) : null),
    counterpart: false,
  };
  readPossessiveCountry(text, tokens, candidate, lexicon, facts);
  readAdjacentRole(tokens, candidate, lexicon, facts, text);
  readClauseBefore(text, tokens, candidate, lexicon, facts);
  readAppositive(text, tokens, candidate, lexicon, facts);
  return facts;
}

/** "Russia's Foreign Minister Sergei Lavrov": a country's possessive right before the title. */
function readPossessiveCountry(text: string, tokens: readonly Token[], candidate: NameCandidate, lexicon: Lexicon, facts: MentionFacts): void {
  const before = tokens[candidate.firstToken - 1];
  if (!before?.possessive || !/^\s+$/.test(gapBetween(text, before, tokens[candidate.firstToken]))) return;
  const country = nationalityEndingAt(text, tokens, candidate.firstToken, lexicon);
  if (country && candidate.title) facts.affiliation = country;
}

/** The country named by the one or two words just before token `end`: "French", "New Zealand's", "North Korean". */
function nationalityEndingAt(text: string, tokens: readonly Token[], end: number, lexicon: Lexicon): string | null | undefined {
  const pair = tokens[end - 2];
  if (pair && /^[ \t]+$/.test(gapBetween(text, pair, tokens[end - 1]))) {
    const twoWords = lexicon.nationalityAt(tokens, end - 2);
    if (twoWords && twoWords.end === end) return twoWords.country;
  }
  return tokens[end - 1] ? lexicon.nationality(tokens[end - 1].text) : undefined;
}

/** "his Russian counterpart Sergei Shoigu", "spokesman John Kirby", "Ukrainian lawyer Ana Li". */
function readAdjacentRole(tokens: readonly Token[], candidate: NameCandidate, lexicon: Lexicon, facts: MentionFacts, text: string): void {
  const before = tokens[candidate.firstToken - 1];
  if (!before || before.capitalized || !lexicon.isRoleNoun(before.norm) || text.slice(before.end, candidate.start).trim() !== '') return;
  facts.role ??= before.norm;
  facts.counterpart = before.norm === 'counterpart';
  const adjective = tokens[candidate.firstToken - 2];
  if (adjective && text.slice(adjective.end, before.start).trim() === '') {
    facts.affiliation ??= nationalityEndingAt(text, tokens, candidate.firstToken - 1, lexicon) ?? null;
  }
}

/**
 * A role set off before the name: "Russia's ambassador to the United States, Mr Anatoly Antonov";
 * "said a US spokesman, Brigadier General Pat Ryder".
 */
function readClauseBefore(text: string, tokens: readonly Token[], candidate: NameCandidate, lexicon: Lexicon, facts: MentionFacts): void {
  const first = candidate.firstToken;
  if (first === 0 || !/^\s*,\s*$/.test(text.slice(tokens[first - 1].end, candidate.start))) return;
  // The clause runs back to the previous punctuation or attribution verb.
  let k = first - 1;
  while (k > 0 && first - k < MAX_PHRASE && continuesClause(tokens[k - 1], lexicon) && /^[ \t]+$/.test(gapBetween(text, tokens[k - 1], tokens[k]))) k--;
  const clause = tokens.slice(k, first);
  readRolePhrase(text, clause, lexicon, facts);
}

/** The clause before a name is a noun phrase: it stops at a verb ("met", "said"). */
function continuesClause(token: Token, lexicon: Lexicon): boolean {
  return !lexicon.isCueVerb(token.norm) && (token.capitalized || lexicon.wordClass(token.norm) !== 'verb');
}

/** "Robert F. Kennedy, the president's brother and attorney general, …" */
function readAppositive(text: string, tokens: readonly Token[], candidate: NameCandidate, lexicon: Lexicon, facts: MentionFacts): void {
  const next = tokens[candidate.endToken];
  if (!next || !/^\s*,\s*$/.test(text.slice(candidate.end, next.start))) return;
  // "K.C. Maurer, chief financial officer": news style drops the article before an office.
  // A plural ("Arkham VR, players are …") starts a new clause, not an appositive.
  const bareOffice = !next.capitalized && !next.norm.endsWith('s') && (lexicon.isRoleNoun(next.norm) || lexicon.matchTitle(tokens, candidate.endToken) !== null);
  if (!bareOffice && !DETERMINERS.has(next.norm) && !next.possessive && lexicon.nationality(next.text) === undefined) return;
  let k = candidate.endToken + 1;
  while (k < tokens.length && /^[ \t]+$/.test(gapBetween(text, tokens[k - 1], tokens[k]))) k++;
  readRolePhrase(text, tokens.slice(candidate.endToken, k), lexicon, facts);
}

/** Finds a title or role noun and a nationality inside a short descriptive phrase. */
function readRolePhrase(text: string, phrase: readonly Token[], lexicon: Lexicon, facts: MentionFacts): void {
  if (phrase.length === 0 || phrase.length > MAX_PHRASE) return;
  for (let i = 0; i < phrase.length; i++) {
    const token = phrase[i];
    const country = lexicon.nationality(token.text);
    if (country && (token.possessive || i + 1 < phrase.length)) {
      facts.affiliation ??= country;
      continue;
    }
    const title = token.possessive ? null : lexicon.matchTitle(phrase, i);
    if (title && !facts.title) {
      // The office as stated, with what qualifies it: "ambassador to the United States".
      const stated = text.slice(token.start, phrase[phrase.length - 1].end);
      const tail = /^(?:ambassador|envoy|consul|representative)\b/i.test(stated) ? stated : text.slice(token.start, phrase[title.end - 1].end);
      facts.title = capitalizeWords(tail);
      i = title.end - 1;
      continue;
    }
    if (lexicon.isRoleNoun(token.norm) && !token.capitalized && !token.possessive) {
      if (!facts.role && facts.title?.toLowerCase() !== token.norm) facts.role = token.norm;
    }
  }
}

/** "attorney general" → "Attorney General"; keeps small words ("to the") in lower case. */
function capitalizeWords(phrase: string): string {
  return phrase.replace(/\p{L}[\p{L}'’-]*/gu, (word, offset: number) =>
    offset > 0 && /^(?:of|to|the|for|and|on|in|at)$/.test(word) ? word : word[0].toUpperCase() + word.slice(1),
  );
}
