import type { ArticleWords } from '../context';
import type { Lexicon } from '../lexicon';
import { gapBetween, wordGap, type Token } from '../text/tokens';
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
/** Words that open a relative clause: what follows describes the person, it is not their office. */
const RELATIVE_WORDS = new Set(['who', 'whom', 'whose', 'which', 'that']);

/** Reads the title, role and affiliation that the article gives around a mention. */
export function readMentionFacts(article: ArticleWords, candidate: NameCandidate): MentionFacts {
  const { lexicon } = article;
  const facts: MentionFacts = {
    title: candidate.title?.text ?? null,
    role: null,
    affiliation: candidate.nationality ?? (candidate.title ? lexicon.titleAffiliation(candidate.title.canonical) : null),
    counterpart: false,
  };
  readPossessiveCountry(article, candidate, facts);
  readCountryBeforeTitle(article, candidate, facts);
  readOfficePhrase(article, candidate, facts);
  readAdjacentRole(article, candidate, facts);
  readClauseBefore(article, candidate, facts);
  readAppositive(article, candidate, facts);
  return facts;
}

/** "Russia's Foreign Minister Sergei Lavrov": a country's possessive right before the title. */
function readPossessiveCountry(article: ArticleWords, candidate: NameCandidate, facts: MentionFacts): void {
  const { text, tokens } = article;
  const before = tokens[candidate.firstToken - 1];
  if (!before?.possessive || !/^\s+$/.test(gapBetween(text, before, tokens[candidate.firstToken]))) return;
  const country = nationalityEndingAt(article, candidate.firstToken);
  if (country && candidate.title) facts.affiliation = country;
}

/** "U.S. President Donald Trump", "White House chief of staff John Kelly": a country or its seat before the title. */
function readCountryBeforeTitle(article: ArticleWords, candidate: NameCandidate, facts: MentionFacts): void {
  if (!candidate.title) return;
  // A title in lower case reads as an office once capitalised: "chief of staff" → "Chief of Staff".
  if (facts.title && facts.title === facts.title.toLowerCase()) facts.title = capitalizeWords(facts.title);
  if (candidate.nationality) return;
  const country = countryBefore(article, candidate.firstToken);
  if (country) {
    facts.affiliation = country;
    return;
  }
  // "U.S. Trade Representative Jamieson Greer", "EU Commission President Ursula von der Leyen": up to
  // two capitalised words of the office between the country and the title; "U.S. trade representative
  // Ann Cole": words in lower case before a title in lower case.
  const { text, tokens } = article;
  const office = tokens[candidate.firstToken].capitalized ? capitalisedOfficeWords(article, candidate.firstToken) : officeWordsAfterCountry(article, candidate.firstToken, MAX_OFFICE_WORDS - 1);
  if (office) {
    facts.affiliation = office.country;
    const stated = text.slice(tokens[office.start].start, tokens[candidate.firstToken].start) + (facts.title ?? '');
    facts.title = tokens[candidate.firstToken].capitalized ? stated : capitalizeWords(stated);
  }
}

/**
 * Capitalised words of an office straight before token `end`, after a country abbreviated ("U.S.",
 * "EU"): an adjective before capitalised words is more often a body's name ("American Bridge
 * President …") than a country's office.
 */
function capitalisedOfficeWords(article: ArticleWords, end: number): { start: number; country: string } | null {
  const { text, tokens, lexicon } = article;
  for (let start = end - 1; start >= Math.max(0, end - MAX_OFFICE_QUALIFIERS); start--) {
    const word = tokens[start];
    const wordClass = lexicon.wordClass(word.norm);
    if (!word.capitalized || word.possessive || word.dotted || wordClass === 'firstName' || wordClass === 'verb' || wordClass === 'function' || !/^ $/.test(text.slice(word.end, tokens[start + 1].start))) return null;
    const country = start > 0 && (tokens[start - 1].dotted || /^\p{Lu}{2,}$/u.test(tokens[start - 1].text)) ? countryBefore(article, start) : null;
    if (country) return { start, country };
  }
  return null;
}

/**
 * Lower-case words that qualify an office, straight before token `end` and straight after a country
 * or its possessive: "foreign policy" in "EU foreign policy chief" and in "the EU's foreign policy
 * chief", "national security" in "U.S. national security adviser". At most `max` words; the nearest
 * country wins.
 */
function officeWordsAfterCountry(article: ArticleWords, end: number, max: number, possessive = false): { start: number; country: string } | null {
  const { text, tokens, lexicon } = article;
  for (let start = end - 1; start >= Math.max(1, end - max); start--) {
    const word = tokens[start];
    if (word.capitalized || word.possessive || !/^ $/.test(text.slice(word.end, tokens[start + 1].start))) return null;
    const wordClass = lexicon.wordClass(word.norm);
    if (wordClass === 'function' || wordClass === 'verb' || wordClass === 'date' || lexicon.isCueVerb(word.norm) || DETERMINERS.has(word.norm)) return null;
    const country = countryBefore(article, start) ?? (possessive && tokens[start - 1].possessive && /^\s+$/.test(gapBetween(text, tokens[start - 1], word)) ? nationalityEndingAt(article, start) : null);
    if (country) return { start, country };
  }
  return null;
}

/** Capitalised words of an office between a country and its title: "Trade" in "U.S. Trade Representative". */
const MAX_OFFICE_QUALIFIERS = 2;

/** Words that qualify an office: "foreign policy chief", "national security adviser". */
const MAX_OFFICE_WORDS = 4;

/**
 * "EU foreign policy chief Federica Mogherini", "U.S. national security adviser John Bolton": a
 * lower-case office before the name, ending in an official role and opened by a country or body.
 */
function readOfficePhrase(article: ArticleWords, candidate: NameCandidate, facts: MentionFacts): void {
  const { text, tokens, lexicon } = article;
  if (candidate.title || candidate.honorific) return;
  const head = tokens[candidate.firstToken - 1];
  if (!head || head.capitalized || !lexicon.isOfficialRole(head.norm) || !/^ $/.test(text.slice(head.end, candidate.start))) return;
  // One role word alone ("Russian spokesman", "his counterpart") stays a role: see readAdjacentRole.
  const office = officeWordsAfterCountry(article, candidate.firstToken - 1, MAX_OFFICE_WORDS - 1);
  if (!office) return;
  facts.affiliation ??= office.country;
  facts.title ??= capitalizeWords(text.slice(tokens[office.start].start, head.end));
}

/** The country or body named just before token `end`, "U.S." and "White House" included, if one directly precedes it. */
function countryBefore(article: ArticleWords, end: number): string | null {
  const { text, tokens, lexicon } = article;
  for (const width of [2, 1]) {
    const at = end - width;
    if (at < 0 || !/^ $/.test(text.slice(tokens[end - 1].end + (tokens[end - 1].dotted ? 1 : 0), tokens[end].start))) continue;
    const found = lexicon.nationalityAt(tokens, at);
    if (found?.country && found.end === end && !tokens[end - 1].possessive) return found.country;
  }
  return null;
}

/** The country named by the one or two words just before token `end`: "French", "New Zealand's", "North Korean". */
function nationalityEndingAt(article: ArticleWords, end: number): string | null | undefined {
  const { text, tokens, lexicon } = article;
  const pair = tokens[end - 2];
  if (pair && /^[ \t]+$/.test(gapBetween(text, pair, tokens[end - 1]))) {
    const twoWords = lexicon.nationalityAt(tokens, end - 2);
    if (twoWords && twoWords.end === end) return twoWords.country;
  }
  return tokens[end - 1] ? lexicon.nationality(tokens[end - 1].text) : undefined;
}

/** "his Russian counterpart Sergei Shoigu", "spokesman John Kirby", "Ukrainian lawyer Ana Li". */
function readAdjacentRole(article: ArticleWords, candidate: NameCandidate, facts: MentionFacts): void {
  const { text, tokens, lexicon } = article;
  const before = tokens[candidate.firstToken - 1];
  if (!before || before.capitalized || !lexicon.isRoleNoun(before.norm) || text.slice(before.end, candidate.start).trim() !== '') return;
  facts.role ??= before.norm;
  facts.counterpart = before.norm === 'counterpart';
  const adjective = tokens[candidate.firstToken - 2];
  if (adjective && text.slice(adjective.end, before.start).trim() === '') {
    facts.affiliation ??= nationalityEndingAt(article, candidate.firstToken - 1) ?? null;
  }
}

/**
 * A role set off before the name: "Russia's ambassador to the United States, Mr Anatoly Antonov";
 * "said a US spokesman, Brigadier General Pat Ryder".
 */
function readClauseBefore(article: ArticleWords, candidate: NameCandidate, facts: MentionFacts): void {
  const { text, tokens, lexicon } = article;
  const first = candidate.firstToken;
  if (first === 0 || !/^\s*,\s*$/.test(text.slice(tokens[first - 1].end, candidate.start))) return;
  // The clause runs back to the previous punctuation or attribution verb.
  let k = first - 1;
  while (k > 0 && first - k < MAX_PHRASE && continuesClause(tokens[k - 1], lexicon) && wordGap(text, tokens[k - 1], tokens[k])) k--;
  readRolePhrase(article, k, first, facts);
}

/** The clause before a name is a noun phrase: it stops at a verb ("met", "said"). */
function continuesClause(token: Token, lexicon: Lexicon): boolean {
  return !lexicon.isCueVerb(token.norm) && (token.capitalized || lexicon.wordClass(token.norm) !== 'verb');
}

/** "Robert F. Kennedy, the president's brother and attorney general, …" */
function readAppositive(article: ArticleWords, candidate: NameCandidate, facts: MentionFacts): void {
  const { text, tokens, lexicon } = article;
  const next = tokens[candidate.endToken];
  if (!next || !/^\s*,\s*$/.test(text.slice(candidate.end, next.start))) return;
  // "K.C. Maurer, chief financial officer": news style drops the article before an office.
  // A plural ("Arkham VR, players are …") starts a new clause, not an appositive.
  const bareOffice = !next.capitalized && !next.norm.endsWith('s') && (lexicon.isRoleNoun(next.norm) || lexicon.matchTitle(tokens, candidate.endToken) !== null);
  // "Jon Huntsman, U.S. ambassador to Russia": a country in initials opens the office too.
  const initials = next.dotted && next.text.length === 1 && lexicon.nationalityAt(tokens, candidate.endToken)?.country;
  if (!bareOffice && !initials && !DETERMINERS.has(next.norm) && !next.possessive && lexicon.nationality(next.text) === undefined) return;
  // The phrase runs over the stops of initials ("the U.S. ambassador") and ends before a relative
  // clause ("the ambassador to Libya who …"). Longer than a phrase's reach with them, it is read as
  // far as the first stop, as it was before initials were read (a long phrase is read not at all).
  // `joins(k)`: token k continues the phrase after token k - 1.
  const end = (joins: (k: number) => boolean): number => {
    let k = candidate.endToken + 1;
    while (k < tokens.length && joins(k) && !RELATIVE_WORDS.has(tokens[k].norm)) k++;
    return k;
  };
  // A hyphen joins the words of a title ("secretary-general"), not those of a phrase ("front-runner").
  const inTitle = (k: number): boolean => gapBetween(text, tokens[k - 1], tokens[k]) === '-' && (lexicon.matchTitle(tokens, k - 1)?.end ?? 0) > k;
  let k = end((k) => wordGap(text, tokens[k - 1], tokens[k]) || inTitle(k));
  if (k - candidate.endToken > MAX_PHRASE) k = end((k) => /^[ \t]+$/.test(gapBetween(text, tokens[k - 1], tokens[k])));
  readRolePhrase(article, candidate.endToken, k, facts);
}

/** Finds a title or role noun and a nationality inside a short descriptive phrase, tokens `from` to `to`. */
function readRolePhrase(article: ArticleWords, from: number, to: number, facts: MentionFacts): void {
  const { text, tokens, lexicon } = article;
  const phrase = tokens.slice(from, to);
  if (phrase.length === 0 || phrase.length > MAX_PHRASE) return;
  for (let i = 0; i < phrase.length; i++) {
    const token = phrase[i];
    // A country of two tokens: initials with stops ("the U.S. ambassador to Russia") or a seat of
    // government ("the White House press secretary").
    const twoTokens = lexicon.nationalityAt(phrase, i);
    if (twoTokens?.country && twoTokens.end === i + 2 && i + 2 < phrase.length) {
      facts.affiliation ??= twoTokens.country;
      i++;
      continue;
    }
    const country = lexicon.nationality(token.text);
    // "a professor at American University", "a fellow at the European Council": part of a name, unless an office follows.
    const inName = !token.possessive && phrase[i + 1]?.capitalized === true && lexicon.matchTitle(phrase, i + 1) === null;
    if (country && !inName && (token.possessive || i + 1 < phrase.length)) {
      facts.affiliation ??= country;
      continue;
    }
    const title = token.possessive ? null : lexicon.matchTitle(phrase, i);
    // "a former aide to President Ann Lee": an office straight before a name is that person's, and the rest is about them.
    if (title && namedAfter(article, from + title.end)) return;
    // Words of an office in lower case straight after a country, as before a name: "the EU's foreign
    // policy chief", "the U.S. trade representative", "Russia's top diplomat".
    const office = !facts.title && !token.capitalized && (title || lexicon.isOfficialRole(token.norm)) ? officeWordsAfterCountry(article, from + i, Math.min(i, MAX_OFFICE_WORDS - 1), true) : null;
    if (office) facts.affiliation ??= office.country;
    const opening = office ? tokens[office.start] : token;
    if (title && !facts.title) {
      // The office as stated, with what qualifies it: "ambassador to the United States".
      const stated = text.slice(token.start, phrase[phrase.length - 1].end);
      const tail = /^(?:ambassador|envoy|consul|representative)\b/i.test(stated) ? phrase[phrase.length - 1] : phrase[title.end - 1];
      facts.title = capitalizeWords(text.slice(opening.start, tail.end));
      i = title.end - 1;
      continue;
    }
    if (office) {
      facts.title = capitalizeWords(text.slice(opening.start, token.end));
      continue;
    }
    if (lexicon.isRoleNoun(token.norm) && !token.capitalized && !token.possessive) {
      if (!facts.role && facts.title?.toLowerCase() !== token.norm) facts.role = token.norm;
    }
  }
}

/** A name starts at `at`, after nothing but a space: a capitalised word that is no country. */
function namedAfter(article: ArticleWords, at: number): boolean {
  const { text, tokens, lexicon } = article;
  const next = tokens[at];
  return next !== undefined && next.capitalized && /^[ \t]+$/u.test(text.slice(tokens[at - 1].end, next.start)) && lexicon.nationality(next.text) === undefined;
}

/** "attorney general" → "Attorney General"; keeps small words ("to the") in lower case. */
function capitalizeWords(phrase: string): string {
  return phrase.replace(/\p{L}[\p{L}'’]*/gu, (word, offset: number) =>
    offset > 0 && /^(?:of|to|the|for|and|on|in|at)$/.test(word) ? word : word[0].toUpperCase() + word.slice(1),
  );
}
