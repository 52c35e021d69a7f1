import type { PeopleContext } from '../context';
import { firstIndex } from '../text/search';
import { SUBORDINATORS } from '../text/subordinators';
import type { Token } from '../text/tokens';
import type { Mention, Span } from '../types';

/** The subject of the clause a quote stands in, and the verb that follows it. */
export interface ClauseSubject {
  /** A person's mention, a pronoun, a relative pronoun ("who"), a description ("the senator"), or a thing ("it"). */
  via: 'name' | 'pronoun' | 'relative' | 'description' | 'body';
  mention: Span;
  personId: string | null;
  verb: Span;
}

/** Words that can open a description standing as a subject ("the senator", "his aide"). */
const DESCRIPTION_START = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'one', 'another', 'some', 'many', 'several']);
const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'i', 'we']);
/** Quantifiers that stand for people as a subject of their own ("Many said"). */
const QUANTIFIER_SUBJECTS = new Set(['many', 'most', 'some', 'several', 'few', 'others', 'both']);
/** Between a subject and its verb: an apposition set off by commas, a label in brackets, auxiliaries and adverbs. */
const SUBJECT_TO_VERB = /^(?:['’](?:s|d|ll|ve|re))?\s*(?:\([^()]{1,80}\))?\s*(?:,[^,"“”]{1,160},)?\s*$/u;
const AUXILIARY = new Set(['is', 'was', 'are', 'were', 'has', 'had', 'have', 'will', 'would', 'also', 'again', 'then', 'later', 'once', 'further', 'repeatedly', 'recently', 'been', 'not', 'never', 'yet', 'even', 'just', 'still', 'now', 'did', 'does', 'do', 'can', 'could', 'may', 'might', 'should', 'went', 'on', 'to']);
const PREPOSITIONS = new Set(['of', 'from', 'in', 'at', 'on', 'during', 'with']);
/** How far into a sentence an introductory phrase may run before its comma ("Hours later, X …"). */
const INTRO_REACH = 120;
/** The same for a subordinate clause or a participle phrase opening the sentence ("After X criticised Y during a debate, …"). */
const SUBORDINATE_REACH = 300;
/** Words between the start of a noun phrase and a person's mention: "Democratic presidential candidate X". */
const MAX_PREMODIFIERS = 6;
/** Words of a description after its determiner: "the former governor and current party chairman". */
const MAX_DESCRIPTION_WORDS = 10;

/** The article's words and mentions (its context), and where its quotations are. */
interface Input extends Pick<PeopleContext, 'text' | 'tokens' | 'mentions' | 'lexicon' | 'metadata'> {
  /** Whether an offset lies inside a quotation: a speaker is never quoted words. */
  insideQuote(offset: number): boolean;
}

/**
 * The subject of the sentence a quote is woven into, when the quote follows the subject and its
 * verb: "X called the deal "…"", "Hours later, he hailed the "…"", "The senator, a Democrat,
 * decried the "…"". The sentence may open with an introductory phrase ending in a comma or a dash.
 * A headline subject followed by a colon counts too ("X: … '…'").
 */
export function clauseSubject(input: Input, sentenceStart: number, quoteStart: number): ClauseSubject | null {
  const starts = [sentenceStart];
  // "When X arrived, Y said "…"", "Asked about X, Y said "…"": a subordinate clause or a participle
  // phrase that ends before the quote is not its frame, however long it runs.
  const opener = input.tokens[firstIndex(input.tokens, (t) => t.start >= sentenceStart)];
  const subordinate = opener !== undefined && (SUBORDINATORS.has(opener.norm) || (/(?:ed|ing)$/.test(opener.norm) && isVerbLike(input, opener)));
  // Each comma or dash of an introductory phrase may end it ("Speaking in Salem, New Hampshire, X …").
  const lead = input.text.slice(sentenceStart, Math.min(quoteStart, sentenceStart + (subordinate ? SUBORDINATE_REACH : INTRO_REACH)));
  for (const match of lead.matchAll(/[,—–](?:["”’]|'')?\s/gu)) {
    if (/["“”‘’\n]/u.test(lead.slice(0, match.index)) && !quotedTitlesOnly(lead.slice(0, match.index + match[0].length))) break;
    starts.push(sentenceStart + match.index + match[0].length);
  }
  if (starts.length > 1 && subordinate) starts.push(starts.shift()!);
  for (const start of starts) {
    const found = subjectAt(input, start, quoteStart);
    if (found) return found;
  }
  // Only then capitalised words that are no person's mention: "Iowa" of "In Ames, Iowa, X said" is not a subject.
  for (const start of starts) {
    const found = subjectAt(input, start, quoteStart, true, true);
    if (found) return found;
  }
  return null;
}

/**
 * Whether the marks in an introductory phrase are only apostrophes and whole short quotations
 * (titles: "On Tuesday’s episode of “The Morning Call,” X said"), no line break and no quote left open.
 */
function quotedTitlesOnly(lead: string): boolean {
  const rest = lead
    .replace(/“[^“”\n]{1,60}”|"[^"“”\n]{1,60}"|‘[^‘’\n]{1,60}’(?!\p{L})/gu, '')
    .replace(/(?<=\p{L})[’'](?=\p{L})/gu, '');
  return !/["“”‘’\n]/u.test(rest);
}


/** Words that may open a clause before its subject: "And X said", "While X admitted", "Even as X warned". */
const CLAUSE_OPENERS = new Set(['and', 'but', 'so', 'yet', 'while', 'when', 'as', 'even', 'although', 'though', 'after', 'before', 'if', 'because', 'since', 'however', 'still', 'now', 'then', 'instead', 'meanwhile', 'also']);

/** The subject opening a clause at `start`, with its verb before `quoteStart`. */
export function subjectAt(input: Input, start: number, quoteStart: number, openers = true, nameRuns = false): ClauseSubject | null {
  const { text, tokens, mentions, lexicon } = input;
  let first = firstIndex(tokens, (t) => t.start >= start);
  if (!tokens[first] || !/^\s*$/.test(text.slice(start, tokens[first].start))) return null;
  for (let k = 0; openers && k < 2 && tokens[first + 1] && CLAUSE_OPENERS.has(tokens[first].norm) && /^,?\s+$/.test(text.slice(tokens[first].end, tokens[first + 1].start)); k++) first++;
  const head = tokens[first];
  if (!head || head.end > quoteStart || input.insideQuote(head.start)) return null;
  // A person named within a few words of the start ("Former Arkansas Gov. X", "Band member X");
  // a name among the premodifiers is not the subject ("Cruz spokeswoman X said").
  for (let m = firstIndex(mentions, (mention) => mention.start >= head.start); m < mentions.length; m++) {
    const mention = mentions[m];
    if (mention.end > quoteStart) break;
    const between = tokens.slice(first, firstIndex(tokens, (t) => t.start >= mention.start));
    const plain = /^[\p{L}\p{N}\s.'’-]*$/u.test(text.slice(head.start, mention.start));
    if (between.length > MAX_PREMODIFIERS || !plain || between.some((t) => !t.capitalized && isVerbLike(input, t))) break;
    // Past an earlier name only premodifiers lead to this one: "X and Y met" is not Y's clause.
    if (m > 0 && mentions[m - 1].start >= head.start && between.some((t, i) => i > 0 && lexicon.wordClass(t.norm) === 'function')) break;
    const verb = verbAfter(input, mention.end, quoteStart);
    // "A spokesman for X called …": the role speaks, not the person after "for". Without a determiner
    // the role and its phrase are X's title ("Cabinet member for community safety X said").
    const role = DESCRIPTION_START.has(between[0]?.norm ?? '') ? between.findIndex((t, i) => !t.capitalized && input.lexicon.isRoleNoun(t.norm) && /^(?:for|of|to|at|with|from)$/.test(between[i + 1]?.norm ?? '')) : -1;
    if (verb && role >= 0) {
      return { via: 'description', mention: { start: head.start, end: mention.end, text: text.slice(head.start, mention.end) }, personId: null, verb };
    }
    if (verb) return { via: 'name', mention: spanOf(mention), personId: mention.personId, verb };
    // "Clinton's campaign said", "Gowdy's office assured": what the person owns speaks.
    const owned = possessedNoun(input, mention.end, quoteStart);
    if (owned) return apposedName(input, { via: 'body', mention: { start: head.start, end: owned.noun, text: text.slice(head.start, owned.noun) }, personId: null, verb: owned.verb });
  }
  // "He's" is a contraction, not a possessive.
  if (SUBJECT_PRONOUNS.has(head.norm)) {
    const verb = verbAfter(input, head.end, quoteStart);
    if (verb) return { via: 'pronoun', mention: tokenSpan(head), personId: null, verb };
  }
  // A plural noun phrase without a determiner: "Legal observers note", "Cruz's lawyers defend".
  // Parts of a hyphenated word count as one word: "Hundreds of pro-union workers marched".
  for (let k = first, words = 0; k < tokens.length && tokens[k].end <= quoteStart; k++) {
    const joined = k > first && tokens[k].hyphenBefore && text.slice(tokens[k - 1].end, tokens[k].start) === '-';
    if (!joined && ++words > 4) break;
    if (k > first && !joined && !/^(?: +|['’]s? +)$/u.test(text.slice(tokens[k - 1].end, tokens[k].start))) break;
    const word = tokens[k];
    const compound = joined || (tokens[k + 1]?.hyphenBefore === true && text.slice(word.end, tokens[k + 1].start) === '-');
    if (!word.capitalized && !compound && isVerbLike(input, word)) break;
    if (compound && tokens[k + 1]?.hyphenBefore && text.slice(word.end, tokens[k + 1].start) === '-') continue;
    if (word.capitalized || !/[^su]s$/.test(word.norm) || word.norm.length < 5 || lexicon.wordClass(word.norm) === 'function') continue;
    const verb = verbAfter(input, word.end, quoteStart);
    if (verb) return { via: 'description', mention: { start: head.start, end: word.end, text: text.slice(head.start, word.end) }, personId: null, verb };
    break;
  }
  // "Most said they were "…"", "Many feared": a quantifier standing alone for people.
  if (QUANTIFIER_SUBJECTS.has(head.norm)) {
    const verb = verbAfter(input, head.end, quoteStart);
    if (verb && verb.text !== ':' && !isVerbLike(input, head)) return { via: 'description', mention: tokenSpan(head), personId: null, verb };
  }
  if (DESCRIPTION_START.has(head.norm)) {
    // "The Florida senator", "a spokeswoman", "the director of the agency": up to eight words, then the verb.
    for (let k = first + 1; k < Math.min(tokens.length, first + 1 + MAX_DESCRIPTION_WORDS) && tokens[k].end <= quoteStart; k++) {
      if (!/^ +$/.test(text.slice(tokens[k - 1].end, tokens[k].start))) break;
      // A participle right after the determiner is an adjective ("The retired general"), unless the verb follows at once.
      const adjective = k === first + 1 && /ed$/.test(tokens[k].norm) && tokens[k + 1] !== undefined && !isVerbLike(input, tokens[k + 1]);
      // Right after "of" a word is a noun: "the secretary of state", "the head of research".
      const afterOf = tokens[k - 1].norm === 'of';
      if (!tokens[k].capitalized && isVerbLike(input, tokens[k]) && !nounBeforePast(input, k) && !adjective && !afterOf) break;
      // "X, a top operative who played …": the relative clause belongs to the name the description is apposed to.
      if (RELATIVE_PRONOUNS.has(tokens[k].norm) && apposedToName(input, head.start)) break;
      // "The minister who took the tickets says": the description ends before its relative clause, the verb after it.
      const past = RELATIVE_PRONOUNS.has(tokens[k].norm) ? cueAfterRelativeClause(input, k, quoteStart) : null;
      if (past) return { via: 'description', mention: { start: head.start, end: tokens[k - 1].end, text: text.slice(head.start, tokens[k - 1].end) }, personId: null, verb: past };
      // "of" and its object belong to the description ("the head of the agency"): its verb comes after them.
      if (tokens[k].norm === 'of' || tokens[k + 1]?.norm === 'of' || (tokens[k - 1].norm === 'of' && lexicon.wordClass(tokens[k].norm) === 'function')) continue;
      const verb = verbAfter(input, tokens[k].end, quoteStart);
      if (verb) {
        const end = tokens[k].end;
        return apposedName(input, { via: 'description', mention: { start: head.start, end, text: text.slice(head.start, end) }, personId: null, verb });
      }
    }
  }
  // Headlines drop the article: "Foreign minister says Russia's plan is 'an ultimatum'", "'…', supermarket boss warns".
  const headline = input.metadata.headline;
  if (headline !== null && head.start >= headline.start && head.end <= headline.end) {
    for (let k = first; k < Math.min(tokens.length, first + 3) && tokens[k].end <= quoteStart; k++) {
      if (k > first && !/^ +$/.test(text.slice(tokens[k - 1].end, tokens[k].start))) break;
      const forSomeone = lexicon.isRoleNoun(tokens[k].norm) || lexicon.isActorNoun(tokens[k].norm);
      if (!forSomeone || /[^s]s$/u.test(tokens[k].norm)) continue;
      // "Sports minister who took £14k of free tickets says": the verb after the relative clause.
      const relative = RELATIVE_PRONOUNS.has(tokens[k + 1]?.norm ?? '') && /^ +$/.test(text.slice(tokens[k].end, tokens[k + 1].start));
      const verb = relative ? cueAfterRelativeClause(input, k + 1, quoteStart) : verbAfter(input, tokens[k].end, quoteStart);
      if (verb && lexicon.isCueVerb(verb.text.toLowerCase()) && isVerbLike(input, tokenAt(input, verb.start))) return { via: 'description', mention: { start: head.start, end: tokens[k].end, text: text.slice(head.start, tokens[k].end) }, personId: null, verb };
      break;
    }
  }
  return nameRuns ? nameRunAt(input, first, quoteStart) : null;
}

/** Words a restrictive relative clause may run to before the main verb ("who pocketed a £1.2million bonus weeks after …"). */
const MAX_RELATIVE_CLAUSE = 14;

/**
 * The speech verb after a relative clause with no comma, opened by the pronoun at `k`: "[the minister]
 * who took £14k of free tickets says". The pronoun is the clause's subject, with a verb of its own first; no mark breaks it.
 */
function cueAfterRelativeClause(input: Input, k: number, quoteStart: number): Span | null {
  const { text, tokens, lexicon } = input;
  // Its subject is the pronoun, its verb straight after it (perhaps after an adverb): not "a trend that the foundation predicts".
  const opener = tokens[k + 1] !== undefined && (AUXILIARY.has(tokens[k + 1].norm) || /ly$/u.test(tokens[k + 1].norm)) ? tokens[k + 2] : tokens[k + 1];
  if (opener === undefined || opener.capitalized || !isVerbLike(input, opener)) return null;
  let ownVerb = false;
  for (let j = k + 1; j < Math.min(tokens.length, k + 1 + MAX_RELATIVE_CLAUSE) && tokens[j].end <= quoteStart; j++) {
    if (/[,;:.!?"“”‘’()—–]/u.test(text.slice(tokens[j - 1].end, tokens[j].start))) return null;
    if (!isVerbLike(input, tokens[j])) continue;
    if (ownVerb && lexicon.isCueVerb(tokens[j].norm)) return verbAfter(input, tokens[j - 1].end, quoteStart);
    ownVerb = true;
  }
  return null;
}

function tokenAt(input: Input, start: number): Token {
  return input.tokens[firstIndex(input.tokens, (token) => token.start >= start)];
}

/** Whether the phrase at `start` follows a person's name (or two capitalised words) and a comma: "X, a former aide". */
function apposedToName(input: Input, start: number): boolean {
  const comma = /,\s*$/u.exec(input.text.slice(Math.max(0, start - 4), start));
  if (!comma) return false;
  const end = start - (start - Math.max(0, start - 4) - comma.index);
  const m = firstIndex(input.mentions, (mention) => mention.end >= end);
  if (input.mentions[m]?.end === end) return true;
  // A name the people finder missed: a capitalised word that is no place ("Rich Heffley, a …").
  const k = firstIndex(input.tokens, (t) => t.end >= end);
  const last = input.tokens[k];
  return last?.end === end && last.capitalized && k > 0 && input.tokens[k - 1].capitalized && !/^(?:place|function|date)$/.test(input.lexicon.wordClass(last.norm));
}

/** Past tenses that do not end in "-ed". */
const IRREGULAR_PASTS = new Set(['said', 'told', 'wrote', 'found', 'showed', 'gave', 'made', 'put', 'spoke', 'thought']);

/** "A 2014 committee report found", "an early tweet quoted": a word that may be a verb, right before a cue verb in the past tense, is a noun. */
function nounBeforePast(input: Input, k: number): boolean {
  const { text, tokens } = input;
  const word = tokens[k];
  const next = tokens[k + 1];
  if (!next || next.capitalized || text.slice(word.end, next.start) !== ' ' || /ed$/.test(word.norm) || IRREGULAR_PASTS.has(word.norm)) return false;
  return ((/ed$/.test(next.norm) && next.norm.length > 4) || IRREGULAR_PASTS.has(next.norm)) && input.lexicon.isCueVerb(next.norm);
}

/** "The F.B.I. director, James B. Comey, said": a name set off by commas after a description is the subject. */
function apposedName(input: Input, subject: ClauseSubject): ClauseSubject {
  const m = firstIndex(input.mentions, (mention) => mention.start >= subject.mention.end);
  const mention = input.mentions[m];
  if (!mention || mention.end > subject.verb.start) return subject;
  // Set off by commas ("The director, X, said") or by dashes ("A candidate -- X, who …, -- said").
  const opening = /^\s*(,|--|—|–)\s*$/u.exec(input.text.slice(subject.mention.end, mention.start))?.[1];
  const after = input.text.slice(mention.end, subject.verb.start).trimStart();
  const set = opening === ',' ? /^,/.test(after) : opening !== undefined && /^(?:,|--|—|–)/u.test(after);
  return set ? { via: 'name', mention: spanOf(mention), personId: mention.personId, verb: subject.verb } : subject;
}

/** Words a name may run over between its capitalised words: "Former Arizona governor Jan Brewer", "Council on Foreign Relations". */
const NAME_RUN_JOINERS = new Set(['of', 'on', 'for', 'and']);
const MAX_NAME_RUN = 6;

/**
 * A subject the people finder did not take for a person, named by capitalised words (a body, or a
 * name it missed: "Pew found", "Tad Devine, an adviser, said"), with a verb after it. Role nouns may
 * stand among the words ("Former Arizona governor Jan Brewer"); the run ends in a capitalised word.
 */
function nameRunAt(input: Input, first: number, quoteStart: number): ClauseSubject | null {
  const { text, tokens, lexicon, mentions } = input;
  const opening = tokens[first];
  // The clause's first word is capitalised anyway: a verb, a place or a demonym there names no speaker ("Asked", "Iowa").
  if (!opening?.capitalized || /^(?:function|verb|place|demonym)$/.test(lexicon.wordClass(opening.norm))) return null;
  let last = first;
  for (let k = first + 1; k < tokens.length && k - first < MAX_NAME_RUN && tokens[k].end <= quoteStart; k++) {
    if (!/^ +$/.test(text.slice(tokens[k - 1].end, tokens[k].start))) break;
    const word = tokens[k];
    // A headline capitalises its verb too: "Mayor Ann Ruiz Calls Plan 'Reckless'".
    if (word.capitalized && isVerbLike(input, word) && isTitleCase(input, word.start, headlineEnd(input, quoteStart))) break;
    if (word.capitalized && !isFunctionOrDate(input, word)) last = k;
    else if (word.capitalized || !(NAME_RUN_JOINERS.has(word.norm) || lexicon.isRoleNoun(word.norm))) break;
  }
  const start = tokens[first].start;
  const end = tokens[last].end;
  if (/^(?:function|date|verb|place)$/.test(lexicon.wordClass(tokens[last].norm)) || mentions[firstIndex(mentions, (m) => m.end > start)]?.start < end) return null;
  // One word alone must not be a common word: "Cost", "Leaders", "Audiences" (plural of a word compromise knows).
  if (last === first && !isNameLike(input, opening)) return null;
  const verb = verbAfter(input, end, quoteStart);
  if (!verb) return null;
  const words = { start, end, text: text.slice(start, end) };
  // A person the article names elsewhere, by the same last word ("Hillary Clinton" in a headline the people finder leaves out).
  const named = mentionsByLastWord(mentions).get(tokens[last].text);
  return named ? { via: 'name', mention: words, personId: named.personId, verb } : { via: 'body', mention: words, personId: null, verb };
}

const lastWordIndex = new WeakMap<readonly Mention[], Map<string, Mention>>();

/** The first mention ending in each word, built once per analysis: looking names up must stay linear in long texts. */
function mentionsByLastWord(mentions: readonly Mention[]): Map<string, Mention> {
  let index = lastWordIndex.get(mentions);
  if (!index) {
    index = new Map();
    for (const mention of mentions) {
      const word = /[^\s]+$/u.exec(mention.text)?.[0];
      if (word && !index.has(word)) index.set(word, mention);
    }
    lastWordIndex.set(mentions, index);
  }
  return index;
}

function isNameLike(input: Input, token: Token): boolean {
  if (recurringProperNouns(input).has(token.norm)) return true;
  const wordClass = input.lexicon.wordClass(token.norm);
  if (wordClass === 'unknown') return !(/[^s]s$/.test(token.norm) && input.lexicon.wordClass(token.norm.slice(0, -1)) !== 'unknown');
  return wordClass === 'organization' || wordClass === 'person' || wordClass === 'lastName' || wordClass === 'firstName';
}

const properNounIndex = new WeakMap<readonly Token[], Set<string>>();

/**
 * Words the article capitalises at least twice inside a sentence and never writes in lower case:
 * names ("Sanders", a surname never given with a first name), not common words that merely open
 * a sentence ("Leaders"). Built once per analysis, in one pass over the tokens.
 */
function recurringProperNouns(input: Pick<Input, 'text' | 'tokens'>): Set<string> {
  let names = properNounIndex.get(input.tokens);
  if (names) return names;
  const inside = new Map<string, number>();
  const lower = new Set<string>();
  const { text, tokens } = input;
  for (let k = 1; k < tokens.length; k++) {
    const token = tokens[k];
    if (!token.capitalized) lower.add(token.norm);
    else if (!/[.!?:;"“”‘’'()\n—–-]/u.test(text.slice(tokens[k - 1].end, token.start))) inside.set(token.norm, (inside.get(token.norm) ?? 0) + 1);
  }
  names = new Set([...inside].filter(([norm, count]) => count >= 2 && !lower.has(norm)).map(([norm]) => norm));
  properNounIndex.set(tokens, names);
  return names;
}

function isFunctionOrDate(input: Input, token: Token): boolean {
  const wordClass = input.lexicon.wordClass(token.norm);
  return wordClass === 'function' || wordClass === 'date';
}

const RELATIVE_PRONOUNS = new Set(['who', 'which', 'that']);
/** How far before its quote the nearest subject is looked for, in characters. */
const NEAREST_REACH = 250;

/**
 * The nearest subject before the quote in its sentence, with its verb: a pronoun, a relative
 * pronoun or a person's name right before a verb ("…, which he declared "…""; "…, who has vowed
 * "…""; "a speech that included "…"").
 */
export function nearestSubject(input: Input, sentenceStart: number, quoteStart: number): ClauseSubject | null {
  const { tokens, mentions } = input;
  const from = Math.max(sentenceStart, quoteStart - NEAREST_REACH);
  for (let k = firstIndex(tokens, (t) => t.end > quoteStart) - 1; k >= 0 && tokens[k].start >= from; k--) {
    const token = tokens[k];
    const pronoun = SUBJECT_PRONOUNS.has(token.norm) || token.norm === 'it';
    if ((token.possessive && !pronoun) || input.insideQuote(token.start)) continue;
    const relative = RELATIVE_PRONOUNS.has(token.norm) && !token.capitalized;
    const m = firstIndex(mentions, (mention) => mention.end >= token.end);
    const mention = mentions[m]?.end === token.end ? mentions[m] : undefined;
    if (!pronoun && !relative && !mention) continue;
    const verb = verbAfter(input, token.end, quoteStart);
    if (!verb || verb.text === ':') continue;
    if (mention) return { via: 'name', mention: spanOf(mention), personId: mention.personId, verb };
    const via = relative ? 'relative' : token.norm === 'it' ? 'body' : 'pronoun';
    return { via, mention: tokenSpan(token), personId: null, verb };
  }
  return null;
}

const POSSESSIVE_PRONOUNS = new Set(['his', 'her', 'their', 'its']);
/** Words that may stand between a speech noun and its quote: "his warning that …", "her call for …". */
const NOUN_TO_QUOTE = new Set(['that', 'of', 'against', 'about', 'on', 'to', 'for', 'as', 'the', 'a', 'an', 'was', 'is', 'were', 'are', 'calling', 'saying', 'with']);

/**
 * A possessor of a speech noun right before the quote: "his warning that "…"", "X's slogan, "…"",
 * "the group's statement that "…"". The possessor is the source.
 */
export function possessiveSource(input: Input, floor: number, quoteStart: number): ClauseSubject | null {
  const { text, tokens, mentions, lexicon } = input;
  const last = firstIndex(tokens, (t) => t.end > quoteStart) - 1;
  for (let k = last; k >= 0 && last - k < 15 && tokens[k].start >= floor; k--) {
    const noun = tokens[k];
    if (noun.capitalized || !lexicon.isSpeechNoun(noun.norm)) continue;
    // Between the noun and the quote: linking words only, or a "that" clause ("his claim that wages were "…"").
    const between = tokens.slice(k + 1, last + 1);
    const linked = between.every((t) => NOUN_TO_QUOTE.has(t.norm)) || between[0]?.norm === 'that';
    if (!linked || /[.!?;"“”]/u.test(text.slice(noun.end, quoteStart))) return null;
    // Up to two modifiers before the noun, then the possessor ("Obama's lyrical rejection of").
    for (let j = k - 1; j >= Math.max(0, k - 3) && tokens[j].start >= floor; j--) {
      const owner = tokens[j];
      if (POSSESSIVE_PRONOUNS.has(owner.norm)) {
        return { via: owner.norm === 'its' ? 'body' : 'pronoun', mention: tokenSpan(owner), personId: null, verb: tokenSpan(noun) };
      }
      if (owner.possessive) {
        const m = firstIndex(mentions, (mention) => mention.end >= owner.end);
        const mention = mentions[m]?.end === owner.end ? mentions[m] : undefined;
        if (mention) return { via: 'name', mention: spanOf(mention), personId: mention.personId, verb: tokenSpan(noun) };
        return { via: 'body', mention: tokenSpan(owner), personId: null, verb: tokenSpan(noun) };
      }
      if (owner.capitalized || NOUN_TO_QUOTE.has(owner.norm) || isVerbLike(input, owner)) return null;
    }
    return null;
  }
  return null;
}

/** After a possessive name: up to three words ending in a noun, then a verb ("'s LinkedIn page lists"). */
function possessedNoun(input: Input, from: number, quoteStart: number): { noun: number; verb: Span } | null {
  const { text, tokens } = input;
  if (!/^['’]s?\s/u.test(text.slice(from, from + 3))) return null;
  let k = firstIndex(tokens, (t) => t.start > from);
  for (let steps = 0; steps < 3 && k < tokens.length && tokens[k].end <= quoteStart; steps++, k++) {
    if (steps > 0 && !/^ +$/.test(text.slice(tokens[k - 1].end, tokens[k].start))) return null;
    if (!tokens[k].capitalized && isVerbLike(input, tokens[k])) return null;
    const verb = verbAfter(input, tokens[k].end, quoteStart);
    if (verb && verb.text !== ':') return { noun: tokens[k].end, verb };
  }
  return null;
}

/** The verb right after a subject (past auxiliaries and adverbs), or a headline colon. */
function verbAfter(input: Input, from: number, quoteStart: number): Span | null {
  const verb = verbAfterSubject(input, from, quoteStart);
  // "Trump's comments": after "'s" (is, has) a present tense in -s is a noun the name owns.
  if (verb && /^['’]s\s+$/u.test(input.text.slice(from, verb.start)) && /[^s'’]s$/u.test(verb.text)) return null;
  return verb;
}

function verbAfterSubject(input: Input, from: number, quoteStart: number): Span | null {
  const { text, tokens } = input;
  // A label in brackets after the subject: "Sen. X (R-Iowa) on Wednesday downplayed".
  const label = /^\s*\([^()]{1,80}\)/u.exec(text.slice(from, Math.min(quoteStart, from + 90)));
  if (label) from += label[0].length;
  const headline = isTitleCase(input, from, headlineEnd(input, quoteStart));
  let k = firstIndex(tokens, (t) => t.start >= from);
  const gapEnd = tokens[k]?.start ?? quoteStart;
  const gap = text.slice(from, Math.min(gapEnd, quoteStart));
  if (/^\s*:/.test(gap)) return { start: from + gap.indexOf(':'), end: from + gap.indexOf(':') + 1, text: ':' };
  if (!SUBJECT_TO_VERB.test(gap)) {
    // A stray comma: "Sen. X (D-R.I.), said".
    const verb = label && /^,\s*$/.test(gap) ? verbFrom(input, k, quoteStart, headline) : null;
    if (verb) return verb;
    // An apposition may hold words, and commas of its own: the verb follows one of its commas,
    // the nearest first ("X, who spoke on condition of anonymity, said of Y, "…"").
    const rest = text.slice(from, quoteStart);
    // Words alone first; then an apposition holding a quoted title, whose commas may be inside its marks.
    for (const words of [PLAIN_APPOSITION_WORDS, APPOSITION_WORDS]) {
      for (let commas = 1; commas <= 5; commas++) {
        const apposition = new RegExp(`^\\s*(?:\\([^()]{1,80}\\)\\s*)?(?:,${words}{1,160}){${commas}},\\s*`, 'u').exec(rest);
        if (!apposition) break;
        const verb = verbFrom(input, firstIndex(tokens, (t) => t.start >= from + apposition[0].length), quoteStart, headline);
        if (verb) return verb;
      }
    }
    // "A candidate -- X, who … -- said": an apposition set off by dashes.
    const dashed = DASHED_APPOSITION.exec(rest);
    return dashed ? verbFrom(input, firstIndex(tokens, (t) => t.start >= from + dashed[0].length), quoteStart, headline) : null;
  }
  if (PREPOSITIONS.has(tokens[k]?.norm ?? '')) {
    // A short phrase after the subject: "X of Germany condemned", "X in his speech called".
    let j = k + 1;
    while (j < tokens.length && j - k <= 4 && tokens[j].end <= quoteStart && /^ +$/.test(text.slice(tokens[j - 1].end, tokens[j].start)) && !(!tokens[j].capitalized && j > k + 1 && isVerbLike(input, tokens[j]))) j++;
    if (j - k > 4 || j >= tokens.length || !/^ +$/.test(text.slice(tokens[j - 1].end, tokens[j].start))) return null;
    k = j;
  }
  return verbFrom(input, k, quoteStart, headline);
}

/**
 * What an apposition may hold: words without quotation marks, or a short title in quotation marks,
 * commas inside it ("X, host of "Morning Call," said").
 */
const PLAIN_APPOSITION_WORDS = '[^,"“”]';
const APPOSITION_WORDS = `(?:[^,"“”']|'(?!')|"[^"“”\\n]{1,60}"|“[^“”\\n]{1,60}”|''(?:[^"“”'\\n]|'(?!')){1,60}'')`;
/** An apposition between a pair of dashes (typed "--" or set "—", "–"), with no quotation in it. */
const DASHED_APPOSITION = /^\s+(?:--|—|–)\s*[^"“”\n]{1,200}?\s(?:--|—|–)\s*/u;

/** Words of time that may stand between a subject and its verb: "X last week said", "X on Thursday told". */
const TIME_WORDS = new Set(['last', 'this', 'earlier', 'late', 'night', 'morning', 'afternoon', 'evening']);

/** The verb at tokens[k] or after a few auxiliaries, adverbs and words of time. */
function verbFrom(input: Input, k: number, quoteStart: number, headline: boolean): Span | null {
  const { text, tokens } = input;
  let copula: Token | null = null;
  for (let steps = 0; steps < 6 && k < tokens.length && tokens[k].end <= quoteStart; steps++, k++) {
    const token = tokens[k];
    if (steps > 0 && !/^\s+$/.test(text.slice(tokens[k - 1].end, token.start))) return copula ? tokenSpan(copula) : null;
    if (!headline && (TIME_WORDS.has(token.norm) || input.lexicon.wordClass(token.norm) === 'date')) continue;
    // In a headline every word is capitalised: "X Blasts Y For …".
    if (token.capitalized && !headline) return null;
    // "X went further, …", "X had harsh words": an auxiliary may be the clause's only verb, like a copula.
    const lexical = LEXICAL_AUXILIARIES.has(token.norm) && !/^(?:not|never|n['’]t)$/.test(tokens[k + 1]?.norm ?? '');
    if ((COPULAS.has(token.norm) || lexical) && !copula) copula = token;
    if (AUXILIARY.has(token.norm) || /ly$/.test(token.norm)) continue;
    // "An early tweet quoted": the noun of a longer subject, not its verb.
    if (isVerbLike(input, token)) return nounBeforePast(input, k) ? null : tokenSpan(token);
    if (unknownVerbBeforeObject(input, k) || nounOrVerbBeforeObject(input, k)) return tokenSpan(token);
    // "X, a stage veteran, drew applause": right after its subject a word compromise lists as a given name, in lower case, is a verb ("drew", "sued", "chased").
    if (!copula && input.lexicon.wordClass(token.norm) === 'firstName') return tokenSpan(token);
    // "They are skeptical of the "…"": the copula is the clause's verb.
    return copula ? tokenSpan(copula) : null;
  }
  // "She went on: "…"": the auxiliary-like words before a colon are the verb.
  const last = tokens[k - 1];
  return last && AUXILIARY.has(last.norm) && /^\s*:\s*$/.test(text.slice(last.end, quoteStart)) ? tokenSpan(last) : null;
}

const COPULAS = new Set(['is', 'are', 'was', 'were']);
/** Words that open the object of a verb: "admires the …", "admires him". */
const OBJECT_OPENERS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'this', 'that', 'these', 'those', 'him', 'them', 'it', 'us', 'me']);

/**
 * "X admires Y as a "…"": right after a subject, a third-person form of a verb compromise's
 * lexicon does not hold (neither it nor its stem is known), before its object.
 */
function unknownVerbBeforeObject(input: Input, k: number): boolean {
  const { text, tokens, lexicon } = input;
  const word = tokens[k];
  const next = tokens[k + 1];
  if (word.capitalized || !/[^su]s$/.test(word.norm) || word.norm.length < 5 || !next || text.slice(word.end, next.start) !== ' ') return false;
  if (!next.capitalized && !OBJECT_OPENERS.has(next.norm)) return false;
  return [word.norm, word.norm.slice(0, -1), word.norm.replace(/e?s$/, '')].every((form) => lexicon.wordClass(form) === 'unknown');
}
/**
 * "Kwame Asante runs 14 rental units", "He works the night shift": right after a name or a pronoun, a third-person
 * form that compromise's lexicon knows as a noun as well as a verb ("runs", "works"), before a number
 * or an object's opener, is the verb.
 */
function nounOrVerbBeforeObject(input: Input, k: number): boolean {
  const { text, tokens, lexicon } = input;
  const word = tokens[k];
  const next = tokens[k + 1];
  const subject = tokens[k - 1];
  if (word.capitalized || !/[^su]s$/.test(word.norm) || !next || text.slice(word.end, next.start) !== ' ') return false;
  // Right after a name or a pronoun: after an adverb the word is as often a noun of what follows ("He also hosts a …").
  if (!subject?.capitalized || text.slice(subject.end, word.start) !== ' ') return false;
  if (!/^\p{N}/u.test(next.text) && (next.capitalized || !OBJECT_OPENERS.has(next.norm))) return false;
  return lexicon.wordClass(word.norm) === 'other' && lexicon.wordClass(word.norm.slice(0, -1)) === 'other';
}

/** Words of AUXILIARY that are full verbs when no verb follows them. */
const LEXICAL_AUXILIARIES = new Set(['went', 'had', 'has', 'have', 'did', 'does', 'do']);

/** Where a headline holding a quote at `quoteStart` may end: its line, the quote's words included ("X Sees 'Personal Insult'"). */
function headlineEnd(input: Input, quoteStart: number): number {
  const lineEnd = input.text.indexOf('\n', quoteStart);
  return Math.min(lineEnd < 0 ? input.text.length : lineEnd, quoteStart + HEADLINE_REACH);
}

const HEADLINE_REACH = 80;

/** A headline in title case: nearly every word of four letters or more in [from, to) is capitalised. */
function isTitleCase(input: Input, from: number, to: number): boolean {
  let words = 0;
  let capitalised = 0;
  for (let k = firstIndex(input.tokens, (t) => t.start >= from); k < input.tokens.length && input.tokens[k].end <= to && words < 12; k++) {
    if (input.tokens[k].text.length < 4) continue;
    words++;
    if (input.tokens[k].capitalized) capitalised++;
  }
  return words >= 2 && capitalised === words;
}

/** A verb by compromise's lexicon or a cue verb, or a word with a past-tense ending. */
export function isVerbLike(input: Pick<Input, 'lexicon'>, token: Token): boolean {
  const { lexicon } = input;
  if (lexicon.isCueVerb(token.norm) || lexicon.wordClass(token.norm) === 'verb') return true;
  if (/ed$/.test(token.norm) && token.norm.length > 4 && token.norm !== 'indeed') return true;
  // "refers", "assures": a third-person form of a verb compromise knows.
  return /s$/.test(token.norm) && (lexicon.wordClass(token.norm.replace(/e?s$/, '')) === 'verb' || lexicon.wordClass(token.norm.slice(0, -1)) === 'verb');
}

function tokenSpan(token: Token): Span {
  return { start: token.start, end: token.end, text: token.text };
}

function spanOf(mention: Mention): Span {
  return { start: mention.start, end: mention.end, text: mention.text };
}
