import type { ArticleContext, ArticleWords } from '../context';
import type { Lexicon } from '../lexicon';
import { tightlyJoined, wordGap, type Token } from '../text/tokens';
import { ARABIC_NAME_OPENERS, familyNameFirst, GENERATIONAL_SUFFIXES, nameWords, SURNAME_PARTICLES } from './names';

/** A run of text that may name a person: optional nationality, title, honorific, then the name. */
export interface NameCandidate {
  /** The whole mention: "French Foreign Minister Catherine Colonna", "Mr Blinken", "Blinken". */
  start: number;
  end: number;
  /** The name proper, without title or honorific. */
  nameTokens: Token[];
  /** The title as the article writes it ("Brigadier-General"), and its canonical form. */
  title: { text: string; canonical: string } | null;
  honorific: boolean;
  /** Affiliation given by a nationality word before the title ("French" → France). */
  nationality: string | null;
  /** Index in the token array of the first token of the mention. */
  firstToken: number;
  /** Index one past the last name token. */
  endToken: number;
  /** A nickname set in marks inside the name ("Ernie" in Ernest "Ernie" Spence), by which the person may be named too. */
  nickname?: string;
}

/** Lower-case words that may sit inside a name: "Ursula von der Leyen", "Luiz Inácio Lula da Silva". */
const PARTICLES: ReadonlySet<string> = new Set([...SURNAME_PARTICLES, 'y']);

/**
 * Scans tokens for name candidates. Cheap by design: only capitalised runs are looked at, and
 * a word's class comes from compromise's lexicon, so no text is tagged here.
 */
export function findNameCandidates(article: ArticleContext): NameCandidate[] {
  const { tokens } = article;
  const candidates: NameCandidate[] = [];
  let i = 0;
  while (i < tokens.length) {
    const candidate = candidateAt(article, i);
    if (candidate) {
      candidates.push(candidate);
      i = candidate.endToken;
    } else {
      i++;
    }
  }
  return candidates;
}

/** Offices held at a post abroad, which copy names after "to": "Ambassador to France". */
const POSTED_OFFICES = /^(?:ambassador|envoy|consul|high commissioner)$/iu;

/** The token after "to [the] Country" following an office held abroad, if the words are there, joined, before a capitalised word. */
function postingAfter(article: ArticleWords, canonical: string, at: number): number | undefined {
  const { tokens, lexicon } = article;
  if (!POSTED_OFFICES.test(canonical) || tokens[at]?.norm !== 'to') return undefined;
  const start = tokens[at + 1]?.norm === 'the' ? at + 2 : at + 1;
  const country = start < tokens.length ? lexicon.countryAt(tokens, start) : undefined;
  if (!country || !tokens[country.end]?.capitalized) return undefined;
  for (let k = at + 1; k <= country.end; k++) if (!wordGap(article.text, tokens[k - 1], tokens[k])) return undefined;
  return country.end;
}

function candidateAt(article: ArticleWords, i: number): NameCandidate | null {
  const { text, tokens, lexicon } = article;
  const first = tokens[i];
  if (!first.capitalized && lexicon.matchTitle(tokens, i) === null) return null;
  // "U.S. Geological Survey": a letter after another's stop is inside an abbreviation, no name's start;
  // and words straight after a country's initials on the same line, with no office or given name, name its body.
  if (i > 0 && text.slice(tokens[i - 1].end, first.start) === '.' && /^\p{Lu}$/u.test(tokens[i - 1].text)) return null;
  const afterInitials = i > 1 && /^\p{Lu}$/u.test(tokens[i - 1].text) && text.slice(tokens[i - 2].end, tokens[i - 1].start) === '.' && text.slice(tokens[i - 1].end, first.start) === '. ';
  if (afterInitials && lexicon.matchTitle(tokens, i) === null && !lexicon.isHonorific(first) && lexicon.wordClass(first.norm) !== 'firstName') return null;
  // "1:23 PM ET", "03:19 pm ET": after a number, "PM" is the time of day, not a prime minister.
  if (i > 0 && /^\p{N}+$/u.test(tokens[i - 1].text) && (/^\p{Lu}+$/u.test(first.text) || first.norm === 'pm') && lexicon.matchTitle(tokens, i) !== null) return null;

  let j = i;
  let nationality: string | null = null;
  const nationalityWord = first.possessive ? undefined : lexicon.nationalityAt(tokens, i);
  if (nationalityWord && nationalityWord.end < tokens.length && joinedRun(article, i, nationalityWord.end + 1) && !tokens[nationalityWord.end - 1].possessive) {
    if (lexicon.matchTitle(tokens, nationalityWord.end)) {
      nationality = nationalityWord.country;
      j = nationalityWord.end;
    }
  }
  const titleStart = j;

  let title: NameCandidate['title'] = null;
  let postedTo: number | undefined;
  const titleMatch = lexicon.matchTitle(tokens, j);
  if (titleMatch && titleMatch.end < tokens.length && !tokens[titleMatch.end - 1].possessive && joinedRun(article, j, titleMatch.end)) {
    title = { text: text.slice(tokens[j].start, tokens[titleMatch.end - 1].end), canonical: titleMatch.canonical };
    j = titleMatch.end;
    // Titles stack ("Detective Constable Sian Brereton", "Chairman Rep. Ann Lee", "police prosecutor
    // Sergeant Ann Lee"): the name follows them all, and the first stays the title given. Only a
    // capitalised title stacks, an abbreviated one only with its stop ("Defence Minister Gen Nakatani"
    // is Gen Nakatani), and only when a name follows ("Senator Bishop said" names Bishop).
    const stacked = lexicon.matchTitle(tokens, j);
    const abbreviatedWithoutStop = stacked?.end === j + 1 && !tokens[j].dotted && tokens[j].text !== stacked.canonical;
    // Before one name word the second is a given name ("Councillor Dean Forrester"): titles stack before a full name.
    if (stacked && tokens[j].capitalized && !abbreviatedWithoutStop && stacked.end < tokens.length && !tokens[stacked.end - 1].possessive && joinedRun(article, j - 1, stacked.end) && nameRunEnd(article, stacked.end) > stacked.end + 1) {
      j = stacked.end;
    }
    // "Ambassador to Russia Jon Huntsman", "Ambassador to the U.S. Anatoly Antonov": the posting is part of the office.
    postedTo = postingAfter(article, titleMatch.canonical, j);
    if (postedTo !== undefined) {
      const last = tokens[postedTo - 1];
      title = { text: text.slice(tokens[titleStart].start, last.end + (last.dotted ? 1 : 0)), canonical: titleMatch.canonical };
      j = postedTo;
    }
  }

  // "Former FBI Director Ann Lee", "former U.S. Ambassador to Russia Ann Lee": the office is a former one.
  if (title && titleStart > 0 && !/^former\b/iu.test(title.text) && formerBefore(article, titleStart)) title = { ...title, text: `Former ${title.text}` };

  let honorific = false;
  if (j < tokens.length && tokens[j].capitalized && lexicon.isHonorific(tokens[j]) && j + 1 < tokens.length && tightlyJoined(text, tokens[j], tokens[j + 1])) {
    honorific = true;
    j++;
    // Malaysian styles of two words: "Datuk Seri", "Dato' Sri".
    if (/^(?:datuk|dato)$/u.test(tokens[j - 1].norm) && /^(?:seri|sri)$/u.test(tokens[j]?.norm ?? '') && j + 1 < tokens.length && tightlyJoined(text, tokens[j], tokens[j + 1])) j++;
    // "Mr Justice Conor Tierney", as Irish and British courts style a judge: the title after the honorific.
    const styled = title === null && tokens[j]?.capitalized ? lexicon.matchTitle(tokens, j) : null;
    if (styled && styled.end < tokens.length && tightlyJoined(text, tokens[styled.end - 1], tokens[styled.end]) && nameRunEnd(article, styled.end) > styled.end) {
      title = { text: text.slice(tokens[j].start, tokens[styled.end - 1].end), canonical: styled.canonical };
      j = styled.end;
    }
  }

  const prefixEnd = j;
  // After a posting the stop of "U.S." may come before the name: "Ambassador to the U.S. Anatoly Antonov".
  const joined = postedTo !== undefined && postedTo === prefixEnd ? wordGap : tightlyJoined;
  if (prefixEnd > i && !joined(text, tokens[prefixEnd - 1], tokens[prefixEnd] ?? tokens[prefixEnd - 1])) return null;
  let nameEnd = nameRunEnd(article, prefixEnd);
  if (nameEnd === prefixEnd) {
    return null;
  }
  // "Gráinne Walsh SC", "Ann Lee MP": letters after the name are an honour or a calling, not part of it.
  if (nameEnd - prefixEnd >= 3 && POST_NOMINALS.has(tokens[nameEnd - 1].text)) nameEnd--;
  // "Ernest "Ernie" Spence": a nickname in marks between the given name and the surname is left out of the name.
  const surname = nameEnd === prefixEnd + 1 ? surnameAfterNickname(article, nameEnd) : null;
  const nickname = surname ? text.slice(tokens[prefixEnd + 1].start, tokens[surname.start - 1].end) : undefined;
  if (surname) nameEnd = surname.end;
  // "A Federal Judge Just Took Apart Georgia's …": a run of three words or more after a title holding a verb
  // is a headline in title case, not a name (a name of two words may be a verb's: "Edward Said").
  // A word of a double-barrelled surname is no verb ("Police Chief Eduardo Salcido-Park").
  const standsAlone = (k: number): boolean => !tokens[k].hyphenBefore && !tokens[k + 1]?.hyphenBefore;
  if (title && nameWords(tokens.slice(prefixEnd, nameEnd)).length >= 3 && tokens.slice(prefixEnd, nameEnd).some((token, n) => standsAlone(prefixEnd + n) && lexicon.wordClass(token.norm) === 'verb')) return null;
  // "Got A MAJOR Win": a title word in capitals before a word in mixed case is a headline's emphasis
  // (acronyms of offices, "PM", "CEO", are three letters or fewer).
  if (title && tokens.slice(titleStart, prefixEnd).every((token) => /^\p{Lu}{4,}$/u.test(token.text)) && !/^\p{Lu}+$/u.test(tokens[prefixEnd]?.text ?? '')) return null;
  // "Retired General Reveals …": after a title a headline's verb is no name.
  if ((title || honorific) && isHeadlineVerb(article, prefixEnd)) return null;
  const nameTokens = surname ? [tokens[prefixEnd], ...tokens.slice(surname.start, surname.end)] : tokens.slice(prefixEnd, nameEnd);
  // A title in lower case ("defence secretary Ben Wallace") needs a full name after it, so that
  // "the major Russian offensive" does not become a person.
  if (title && !tokens[titleStart].capitalized && nameTokens.length < 2) return null;
  if (!title && !honorific) {
    // A bare run: the caller decides whether it is a person. A description before a given name
    // is not part of the name: "Activist Angela Davis", "Scientologist Daniel Montalvo".
    // So is one before a family name written first: "Pan-democrat Lam Cheuk-ting".
    // A given name opening a double-barrelled surname after a word compromise does not know is the surname's
    // ("Thao Nguyen-Papadakis": "Nguyen" is a given name too).
    const opensBarrelled = (j: number): boolean => nameTokens[j + 1].hyphenBefore && lexicon.wordClass(nameTokens[j - 1].norm) === 'unknown';
    // "Abu" opens an Arabic family name, after the given name: "Taher Abu Ghazaleh" is one name.
    const given = nameTokens.findIndex((token, j) => j > 0 && j < nameTokens.length - 1 && lexicon.wordClass(token.norm) === 'firstName' && !opensBarrelled(j) && !ARABIC_NAME_OPENERS.has(token.norm));
    const family = familyNameFirstFrom(nameTokens);
    // A word for what someone does before a name of two words or more is its description too, whatever
    // compromise knows of the given name: "Farmer Graeme Pocklington".
    const described = nameTokens.length >= 3 && lexicon.isRoleNoun(nameTokens[0].norm) && lexicon.wordClass(nameTokens[0].norm) !== 'firstName' && !nameTokens[1].hyphenBefore && !nameTokens.some((token) => lexicon.isOrganisationWord(token.text));
    // So is a body's name before it, even one opened by a given name ("Cal Fire Chief Lorenzo Abad").
    const bodyBefore = given > 0 && nameTokens.slice(1, given).some((token) => lexicon.isOrganisationWord(token.text));
    // After "the", words compromise does not know before the given name open a body's name ("the Magen
    // David Adom ambulance service"); words it knows describe the person ("the Indiana-born Gonzalo Curiel").
    const afterThe = tokens[prefixEnd - 1]?.norm === 'the' && given > 0 && nameTokens.slice(0, given).every((token) => lexicon.wordClass(token.norm) === 'unknown');
    const skip = given > 0 && !afterThe && (lexicon.wordClass(nameTokens[0].norm) !== 'firstName' || bodyBefore) ? given : described ? 1 : Math.max(family, 0);
    // "Charlotte-based Whitacre", "Texas-born Ann Lee": a place joined to a participle describes what follows.
    let placed = 0;
    for (const [k, token] of nameTokens.entries()) if (token.hyphenBefore && !token.capitalized && PLACE_PARTICIPLE.test(token.norm)) placed = k + 1;
    if (placed >= nameTokens.length) return null;
    const name = nameTokens.slice(Math.max(skip, placed));
    return { start: name[0].start, end: name[name.length - 1].end, nameTokens: name, title: null, honorific: false, nationality: null, firstToken: prefixEnd + skip, endToken: nameEnd, ...(nickname && skip === 0 ? { nickname } : {}) };
  }
  return {
    start: tokens[i].start,
    end: nameTokens[nameTokens.length - 1].end,
    nameTokens,
    title,
    honorific,
    nationality,
    firstToken: i,
    endToken: nameEnd,
    ...(nickname ? { nickname } : {}),
  };
}

/**
 * Letters written after a name in British, Irish and Commonwealth copy: senior counsel and the King's or
 * Queen's Counsel, members of the parliaments and assemblies, and the orders of the British Empire. The
 * team's list, from those styles.
 */
const POST_NOMINALS: ReadonlySet<string> = new Set(['SC', 'QC', 'KC', 'MP', 'TD', 'MSP', 'MLA', 'MS', 'MEP', 'OBE', 'MBE', 'CBE', 'KBE', 'DBE', 'JP']);

/**
 * Index (> 0) of the first token from which the rest of the run is a family name written first
 * ("Pan-democrat Lam Cheuk-ting" → "Lam"), or -1. Such a name has at most three words, so only
 * the run's last three word starts are tried: trying every one is quadratic in a long run.
 */
function familyNameFirstFrom(nameTokens: readonly Token[]): number {
  const wordStarts: number[] = [];
  for (let j = nameTokens.length - 1; j > 0 && wordStarts.length < 3; j--) if (!nameTokens[j].hyphenBefore) wordStarts.push(j);
  for (let w = wordStarts.length - 1; w >= 0; w--) if (familyNameFirst(nameWords(nameTokens.slice(wordStarts[w])))) return wordStarts[w];
  return -1;
}

/** Tokens i..end-1 are written as one phrase (no punctuation between them). */
function joinedRun(article: ArticleWords, i: number, end: number): boolean {
  const { text, tokens } = article;
  for (let k = i + 1; k < end; k++) if (!tightlyJoined(text, tokens[k - 1], tokens[k])) return false;
  return true;
}

/** How many words a nickname set inside a name runs to ("Ernie", "Big Mike"). */
const NICKNAME_WORDS = 2;

/**
 * The surname after a nickname in marks that follows a given name at token `k` - 1 ("Ernest "Ernie"
 * Spence", "Wendell 'Sonny' Pruitt"): the tokens [start, end) of the name run after the closing mark.
 */
function surnameAfterNickname(article: ArticleWords, k: number): { start: number; end: number } | null {
  const { text, tokens } = article;
  if (k >= tokens.length || !/^ ["“'‘]$/u.test(text.slice(tokens[k - 1].end, tokens[k].start)) || !tokens[k].capitalized) return null;
  for (let last = k; last < Math.min(tokens.length - 1, k + NICKNAME_WORDS); last++) {
    const gap = text.slice(tokens[last].end, tokens[last + 1].start);
    if (/^["”'’] $/u.test(gap)) {
      const end = tokens[last + 1].capitalized ? nameRunEnd(article, last + 1) : last + 1;
      return end > last + 1 ? { start: last + 1, end } : null;
    }
    if (gap !== ' ' || !tokens[last + 1].capitalized) return null;
  }
  return null;
}

/** How many words of a country or body may stand between "former" and the office: "former U.S.", "Former FBI". */
const FORMER_REACH = 3;

/** "Former" before the office, with only the words of a country or body between (capitalised or in capitals), joined by spaces. */
function formerBefore(article: ArticleWords, titleStart: number): boolean {
  const { text, tokens } = article;
  for (let k = titleStart - 1; k >= Math.max(0, titleStart - 1 - FORMER_REACH); k--) {
    // A space between words, or a country's stops ("U.S.").
    const gap = text.slice(tokens[k].end, tokens[k + 1].start);
    if (gap === '' || !/^\.?[ \t\u00a0]{0,2}$/u.test(gap)) return false;
    if (tokens[k].norm === 'former') return k < titleStart - 1;
    if (!tokens[k].capitalized) return false;
  }
  return false;
}

/** Pronouns a headline capitalises after a given name ("… At Hillary She Won't …"): never a surname ("I" may be a regnal number: "Elizabeth I"). */
const PERSONAL_PRONOUNS: ReadonlySet<string> = new Set(['you', 'he', 'she', 'it', 'we', 'they', 'me', 'him', 'her', 'us', 'them']);

/** The participle of "Charlotte-based", "Texas-born", "Kremlin-backed": a hyphenated part in lower case ending in "-ed", or "born". */
const PLACE_PARTICIPLE = /^(?:\p{L}{2,}ed|born)$/u;

/** End (exclusive) of the run of name words starting at `start`. */
function nameRunEnd(article: ArticleWords, start: number): number {
  const { text, tokens, lexicon } = article;
  let k = start;
  const particleRun: ParticleRun = { from: -1, to: -1, leadsToName: false };
  while (k < tokens.length) {
    const token = tokens[k];
    if (k > start && !tightlyJoined(text, tokens[k - 1], token)) break;
    const isParticle = k > start && PARTICLES.has(token.text) && particlesLeadToName(article, k, particleRun);
    // "Lee Cheuk-yan", "Jean-Claude": a hyphenated part belongs to the name whatever its case.
    const hyphenPart = k > start && token.hyphenBefore;
    // A surname that is also a small word ("James To", "Theresa May") after a given name.
    const surnameAfterGiven = k === start + 1 && token.capitalized && (lexicon.wordClass(tokens[start].norm) === 'firstName' || dateWordAsGivenName(article, start)) && lexicon.wordClass(token.norm) !== 'date' && !PERSONAL_PRONOUNS.has(token.norm);
    const givenDateWord = k === start && dateWordAsGivenName(article, start);
    if (!isParticle && !hyphenPart && !surnameAfterGiven && !givenDateWord && !isNameWord(token, lexicon)) break;
    if (k >= start + 2 && isHeadlineVerb(article, k)) break;
    // "Commission President Ursula von der Leyen": a title followed by a name starts a new mention.
    if (k > start && startsTitledName(article, k)) break;
    // "… Chappaqua, N.Y. Mrs. Clinton": an honorific opens the next mention, as a title does.
    if (k > start && lexicon.isHonorific(token) && tokens[k + 1] !== undefined && tightlyJoined(text, token, tokens[k + 1])) break;
    if (k > start && GENERATIONAL_SUFFIXES.has(token.norm) && !token.capitalized) break;
    k++;
    if (token.possessive) break;
  }
  return k;
}

/** The last run of particles scanned in a name run (tokens `from`..`to`) and its answer. */
interface ParticleRun {
  from: number;
  to: number;
  leadsToName: boolean;
}

/**
 * "von der Leyen": particles, then a capitalised word, all on one line. Every particle of a run
 * leads to the same word, so the answer for the run is kept in `run` and reused: asking again
 * from each particle would rescan the run (quadratic in "y y y … y").
 */
function particlesLeadToName(article: ArticleWords, k: number, run: ParticleRun): boolean {
  const { text, tokens } = article;
  if (k >= run.from && k <= run.to) return run.leadsToName;
  let j = k;
  let leadsToName: boolean | null = null;
  while (j < tokens.length && PARTICLES.has(tokens[j].text)) {
    if (!tokens[j + 1] || !tightlyJoined(text, tokens[j], tokens[j + 1])) {
      leadsToName = false;
      break;
    }
    j++;
  }
  leadsToName ??= tokens[j]?.capitalized === true;
  Object.assign(run, { from: k, to: j, leadsToName });
  return leadsToName;
}

/**
 * "Vera Holm Calls Transit Plan …": a headline capitalises its verb, so a present-tense verb that
 * compromise knows (or a cue verb) after a name of two words or more, with title case going on,
 * ends the name. Surnames that look like verbs ("Banks", "Burns") are not verbs to compromise.
 */
function isHeadlineVerb(article: ArticleWords, k: number): boolean {
  const { tokens, lexicon } = article;
  const token = tokens[k];
  if (!/[^s]s$/.test(token.norm) || token.possessive || tokens[k + 1]?.capitalized !== true) return false;
  return lexicon.isCueVerb(token.norm) || lexicon.wordClass(token.norm) === 'verb';
}

function startsTitledName(article: ArticleWords, k: number): boolean {
  const { text, tokens, lexicon } = article;
  const title = lexicon.matchTitle(tokens, k);
  if (!title) return false;
  const posting = postingAfter(article, title.canonical, title.end);
  const end = posting ?? title.end;
  const next = tokens[end];
  // "Martin Luther King Jr.": a suffix after the word makes it the name's, no title.
  return next !== undefined && next.capitalized && !GENERATIONAL_SUFFIXES.has(next.norm) && (posting === undefined ? tightlyJoined : wordGap)(text, tokens[end - 1], next);
}

function isNameWord(token: Token, lexicon: Lexicon): boolean {
  if (!token.capitalized) return false;
  if (/^\p{Lu}{2,}$/u.test(token.text) && token.text.length > 3) return false; // DATELINES and ACRONYMS
  // An acronym's plural names a group or a unit: "Navy SEALs", "Opposition TDs", "MPs".
  if (/^\p{Lu}{2,}s$/u.test(token.text)) return false;
  if (/\p{N}/u.test(token.text)) return false;
  // A contraction is a headline's verb: "Jon Lee Won't Resign".
  if (/n['’]t$/iu.test(token.text)) return false;
  if (lexicon.nationality(token.text) !== undefined) return false;
  const wordClass = lexicon.wordClass(token.norm);
  return wordClass !== 'date' && wordClass !== 'demonym' && wordClass !== 'function';
}

/**
 * "April Donnelly said", "Sen. June Okafor": a given name that is also a month, which compromise
 * tags as a date. It is a name when a capitalised word that may be a surname follows it and a
 * speech verb, a comma or a closing quote-and-comma frame the pair; after a preposition or a
 * number it stays a date ("in May Congress said", "May 5").
 */
function dateWordAsGivenName(article: ArticleWords, k: number): boolean {
  const { text, tokens, lexicon } = article;
  const word = tokens[k];
  const surname = tokens[k + 1];
  if (!word.capitalized || !surname?.capitalized || lexicon.wordClass(word.norm) !== 'date' || !tightlyJoined(text, word, surname)) return false;
  if (!/^(?:lastName|unknown|person)$/.test(lexicon.wordClass(surname.norm)) || surname.possessive) return false;
  const before = tokens[k - 1];
  if (before && (lexicon.wordClass(before.norm) === 'function' || /\p{N}/u.test(before.text) || lexicon.wordClass(before.norm) === 'date')) return false;
  const after = tokens[k + 2];
  const gap = after ? text.slice(surname.end, after.start) : text.slice(surname.end, surname.end + 2);
  return /^\s*,/.test(gap) || (after !== undefined && /^\s+$/.test(gap) && !after.capitalized && lexicon.isCueVerb(after.norm));
}
