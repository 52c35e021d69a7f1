import type { ArticleWords } from '../context';
import type { Token } from '../text/tokens';
import type { NameCandidate } from './candidates';
import type { Span } from '../types';

/**
 * Capitalised runs that name a place, a body, a team or a work rather than a person: the checks
 * that hold whatever else the words around them say.
 */

/**
 * Words for a body that stand straight before its name ("the news agency RIA Novosti", "the
 * broadcaster Sky"), from news copy; not "group" or "party", which a clause may follow ("a group
 * Ann Lee won").
 */
const BODY_NOUNS: ReadonlySet<string> = new Set(['agency', 'company', 'firm', 'newspaper', 'magazine', 'broadcaster', 'network', 'channel', 'tabloid', 'website', 'carrier', 'airline', 'bank', 'charity', 'startup']);
/** More words for a body, which also stand before a person's full name ("tour operator Ann Lee"): before one word they name a body ("the airports operator Aena"). */
const BODY_NOUNS_BEFORE_ONE_WORD: ReadonlySet<string> = new Set([...BODY_NOUNS, 'operator', 'app', 'platform', 'retailer', 'insurer', 'supermarket']);

/** English's words for a ship or a boat, which stand before its name, often a person's ("the tanker Marguerite Delorme"). */
const VESSEL_NOUNS: ReadonlySet<string> = new Set(['ship', 'vessel', 'tanker', 'freighter', 'ferry', 'tug', 'tugboat', 'trawler', 'yacht', 'liner', 'frigate', 'destroyer', 'submarine', 'cruiser', 'barge', 'cutter', 'warship', 'corvette', 'icebreaker', 'schooner']);
/** The prefixes navies and registers write before a ship's name ("USS", "HMS", "BRP"): the ship prefixes of the English-language navies and coast guards, and of the navies news copy names most. */
const SHIP_PREFIXES: ReadonlySet<string> = new Set(['USS', 'USNS', 'USCGC', 'HMS', 'HMAS', 'HMCS', 'HMNZS', 'INS', 'BRP', 'RFS', 'JS', 'ROKS', 'TCG', 'MV', 'RV']);

/** A word without its possessive ending: "Tallybird's" → "Tallybird". */
export const withoutPossessive = (word: string): string => word.replace(/['’]s?$/u, '');

/**
 * One-word names that are no one's wherever they stand, in a credit or speaking: a word the article once
 * gives as a body ("the banking app Tallybird … Tallybird says", "founded Ringback, an app that … Ringback
 * says"), and one the page prints alone on a line of its furniture, the site's name ("Mediaite" over the
 * menu … "told Mediaite").
 */
export function wordsGivenAsBodies(article: ArticleWords, candidates: readonly NameCandidate[], boilerplate: readonly Span[]): Set<string> {
  const words = new Set<string>();
  for (const candidate of candidates) {
    if (candidate.nameTokens.length === 1 && (afterBodyNoun(article, candidate.firstToken) || describedAsBody(article, candidate))) words.add(withoutPossessive(candidate.nameTokens[0].text));
  }
  for (const span of boilerplate) for (const line of span.text.split('\n')) if (/^\p{Lu}[\p{L}\p{N}]+$/u.test(line.trim())) words.add(line.trim());
  return words;
}

/** A word for a body straight before token `k`: "the banking app Tallybird", "the airports operator Aena". */
function afterBodyNoun(article: ArticleWords, k: number): boolean {
  const before = article.tokens[k - 1];
  return before !== undefined && !before.capitalized && BODY_NOUNS_BEFORE_ONE_WORD.has(before.norm) && /^ $/.test(article.text.slice(before.end, article.tokens[k].start));
}

/** "-based" joined to a place, straight before a name: "Derby-based Sorrell Propulsion". A person so placed has a word for what they are between ("London-based artist Ann Lee"). */
function placedBody(text: string, before: Token): boolean {
  // The place may end in a stop of its own ("U.S.-based").
  return before.norm === 'based' && text[before.start - 1] === '-';
}

/** The quarter of a city a street's name may end in, after its type ("… Way South", "… Street NW"). */
const STREET_QUARTERS: ReadonlySet<string> = new Set(['North', 'South', 'East', 'West', 'NE', 'NW', 'SE', 'SW', 'N', 'S', 'E', 'W']);

/** English's lower-case words for a part of a country, which stand before a place ("north Kerry", "western Ukraine"). */
const COMPASS_WORDS: ReadonlySet<string> = new Set(['north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central', 'north-east', 'north-west', 'south-east', 'south-west', 'northeast', 'northwest', 'southeast', 'southwest', 'northeastern', 'northwestern', 'southeastern', 'southwestern']);
/** The common names of a country's divisions, after a division's own name in lower case ("Karen state", "Bago region"). */
const DIVISION_NOUNS: ReadonlySet<string> = new Set(['state', 'states', 'province', 'provinces', 'region', 'regions', 'county', 'counties', 'district', 'districts', 'prefecture', 'prefectures', 'governorate', 'governorates', 'territory', 'municipality', 'municipalities', 'township', 'townships']);

/** Words for the land around a place, after its name in lower case ("the Charlotte area", "the Dallas metro"). */
const AREA_NOUNS: ReadonlySet<string> = new Set(['area', 'areas', 'metro', 'suburbs', 'outskirts']);
/** Prepositions of where, before a place and hardly before a person's name ("in Charlotte", "near Logan"). */
const WHERE_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'near', 'outside', 'across', 'around', 'throughout']);

/** Words for someone by where they live, after "a" and the place in local and court copy ("a Logan man", "an Ipswich teenager"). */
const RESIDENT_NOUNS: ReadonlySet<string> = new Set(['man', 'woman', 'boy', 'girl', 'teen', 'teenager', 'youth', 'resident', 'couple', 'family', 'native', 'mother', 'father', 'grandmother', 'grandfather', 'motorist', 'driver', 'pensioner']);

/**
 * One capitalised word the words around it give as a place or a body, whatever compromise knows it
 * as (a given name, a surname): after a preposition of where ("in Charlotte"), after a part of a country ("north Kerry"), before a division's noun
 * ("Karen state"), joined by "and" to a place ("Cork and Kerry"), or after a body's noun ("the
 * airports operator Aena"), before a word for the land around it ("the Charlotte area"), or between
 * "a" and a word for a resident ("a Logan man").
 */
export function placedOrBodyWord(article: ArticleWords, k: number): boolean {
  const { text, tokens, lexicon } = article;
  const before = tokens[k - 1];
  const after = tokens[k + 1];
  const spaced = (a: Token | undefined, b: Token | undefined): boolean => a !== undefined && b !== undefined && /^ $/.test(text.slice(a.end, b.start));
  if (spaced(before, tokens[k]) && !before!.capitalized && (COMPASS_WORDS.has(before!.norm) || BODY_NOUNS_BEFORE_ONE_WORD.has(before!.norm) || (WHERE_PREPOSITIONS.has(before!.norm) && !tokens[k].possessive))) return true;
  if (spaced(tokens[k], after) && !after!.capitalized && !tokens[k].possessive && (DIVISION_NOUNS.has(after!.norm) || AREA_NOUNS.has(after!.norm))) return true;
  if (spaced(before, tokens[k]) && spaced(tokens[k], after) && (before!.norm === 'a' || before!.norm === 'an') && !after!.capitalized && !tokens[k].possessive && RESIDENT_NOUNS.has(after!.norm)) return true;
  const place = (token: Token | undefined): boolean => token !== undefined && token.capitalized && !token.possessive && lexicon.wordClass(token.norm) === 'place';
  const joined = (token: Token | undefined): boolean => token?.norm === 'and' || token?.norm === 'or';
  return (joined(before) && place(tokens[k - 2]) && spaced(tokens[k - 2], before) && spaced(before, tokens[k])) || (joined(after) && place(tokens[k + 2]) && spaced(tokens[k], after) && spaced(after, tokens[k + 2]));
}

/** The kinds of storm the weather services name, which take people's names (WMO's tropical cyclone classes; Europe's "Storm …"). */
const STORM_WORDS: ReadonlySet<string> = new Set(['hurricane', 'typhoon', 'cyclone', 'storm', 'superstorm']);

/** A named storm: "Hurricane Michael", "Tropical Storm Gordon", "Typhoon Mangkhut". */
export function namesStorm(article: ArticleWords, candidate: NameCandidate): boolean {
  const kind = article.tokens[candidate.firstToken - 1];
  return STORM_WORDS.has(candidate.nameTokens[0].norm) || (kind?.capitalized === true && STORM_WORDS.has(kind.norm));
}

/** One to three capitals, each perhaps with its stop: "N.Y", "S", "DC". */
const INITIALS = /^(?:\p{Lu}\.?){1,3}$/u;

/** Only a space between two tokens, so they belong to one capitalised phrase. */
function spaceBetween(text: string, a: Token, b: Token): boolean {
  return !a.possessive && /^ $/.test(text.slice(a.end, b.start));
}

/**
 * "General Motors", "Overseas Private Investment Corp", "Douglas County", "the Carolina Hurricanes",
 * "San Jose Sharks": true when the candidate, with or without its title, names a body or a place.
 */
/**
 * "analyst Ellen Park wrote", "Ellen Park said": a given name before a surname that is also a place's
 * word is someone where a noun for a person stands before it or a speech verb after it ("Victoria Park" alone is a park).
 */
function actsAsPerson(article: ArticleWords, candidate: NameCandidate): boolean {
  const { text, tokens, lexicon } = article;
  const words = candidate.nameTokens;
  if (words.length !== 2 || lexicon.wordClass(words[0].norm) !== 'firstName' || !lexicon.isSurnameAmongPlaceWords(words[1].norm)) return false;
  const before = tokens[candidate.firstToken - 1];
  const after = tokens[candidate.endToken];
  const roleBefore = before !== undefined && !before.capitalized && lexicon.isRoleNoun(before.norm) && /^ $/u.test(text.slice(before.end, words[0].start));
  const cueAfter = after !== undefined && lexicon.isCueVerb(after.norm) && /^ $/u.test(text.slice(candidate.end, after.start));
  return roleBefore || cueAfter;
}

export function namesBodyOrPlace(article: ArticleWords, candidate: NameCandidate): boolean {
  const { text, tokens, lexicon } = article;
  const words = candidate.nameTokens;
  const last = words[words.length - 1];
  // "Carnegie Hall", "Irving Police Department"; but a title and a given name make a surname of
  // the word: "Mayor Ed Hall".
  const titledName = (candidate.title || candidate.honorific) && words.length === 2 && lexicon.wordClass(words[0].norm) === 'firstName';
  // A word joined by a hyphen to the name's word before it ends a double-barrelled surname
  // ("Eduardo Salcido-Park"), not a body's or a place's name; alone, it is the end of one ("Spokesman-Review").
  const doubleBarrelled = words.length >= 2 && last.hyphenBefore;
  if (lexicon.isOrganisationWord(last.text) && !titledName && !doubleBarrelled && !actsAsPerson(article, candidate)) return true;
  // A street's quarter after its type: "Martin Luther King Jr. Way South", "Pine Street NW".
  if (words.length >= 3 && STREET_QUARTERS.has(last.text) && lexicon.isOrganisationWord(words[words.length - 2].text)) return true;
  // The whole phrase, title included, as compromise knows it: "General Motors", "Nova Scotia".
  const phrase = tokens.slice(candidate.firstToken, candidate.endToken).map((token) => token.norm).join(' ');
  const wholeClass = lexicon.phraseClass(phrase);
  if (wholeClass === 'place' || wholeClass === 'organization') return true;
  const kind = tokens[candidate.firstToken - 1];
  // A ship named after someone, after the word for it or its prefix, an admiral's title too: "the ship
  // Marguerite Delorme", "the cutter Ann Lee", "USS Ann Lee", "the frigate Admiral Ann Lee".
  if (kind && ((!kind.capitalized && VESSEL_NOUNS.has(kind.norm)) || SHIP_PREFIXES.has(kind.text)) && /^ $/.test(text.slice(kind.end, tokens[candidate.firstToken].start))) return true;
  if (candidate.title || candidate.honorific) return false;
  if (namesStorm(article, candidate)) return true;
  // An office's portfolio: "the Minister for Flood Recovery, Anjali Raman", "Secretary of Rural Affairs".
  const office = tokens[candidate.firstToken - 2];
  if (kind && (kind.norm === 'for' || kind.norm === 'of') && office?.capitalized && PORTFOLIO_OFFICES.has(office.norm)) return true;
  // Initials alone are a state or a party and state ("N.Y.", "R-S.C."): initials name someone only before a surname.
  if (words.every((word) => INITIALS.test(word.text))) return true;
  if (isPlaceInItsCountry(article, candidate) || isRegionOfPlace(article, candidate) || beforeDivisionNoun(article, candidate)) return true;
  if (namedAfterSomeone(article, candidate)) return true;
  // A work's title: "the film Mary Queen of Scots", "her graphic novel Angel Catbird".
  if (kind && !kind.capitalized && lexicon.isWorkNoun(kind.norm) && /^ $/.test(text.slice(kind.end, words[0].start))) return true;
  // A body placed by a hyphen: "Derby-based Sorrell Propulsion", "the Toulouse-based Aeroval"; not
  // someone so placed ("Texas-based Matt Mackowiak said"), whose given name compromise knows.
  if (kind && placedBody(text, kind) && lexicon.wordClass(words[0].norm) !== 'firstName') return true;
  // A body's word before a place: "Police Scotland", "Army Kherson".
  if (words.length >= 2 && lexicon.isOrganisationWord(words[0].text) && lexicon.phraseClass(words.slice(1).map((word) => word.norm).join(' ')) === 'place') return true;
  // After "the", words compromise knows none of name a party, a body or a building ("the Shiv Sena", "the Roa Roa
  // hotel"); a person there has a title or a given name it knows ("the Roger Ailes we know").
  if (kind?.norm === 'the' && words.every((word) => lexicon.wordClass(word.norm) === 'unknown')) return true;
  // A body named after the word for it: "the news agency RIA Novosti", "the company Acme Ferries" (not "the agency's Ann Lee").
  // A given name opens a person's name, after a job that shares a body's word ("mail carrier Walt Brooks").
  if (kind && !kind.capitalized && !kind.possessive && BODY_NOUNS.has(kind.norm) && /^ $/.test(text.slice(kind.end, words[0].start)) && lexicon.wordClass(words[0].norm) !== 'firstName') return true;
  if (describedAsBody(article, candidate)) return true;
  // A capitalised word cut off before the run makes a place with the run's first word: "San Jose Sharks".
  if (kind?.capitalized && spaceBetween(text, kind, words[0])) {
    const placeClass = lexicon.phraseClass(`${kind.norm} ${words[0].norm}`);
    if (placeClass === 'place' || placeClass === 'organization') return true;
  }
  return namesTeam(article, candidate);
}

/** Offices named with a portfolio after "for" or "of", capitalised as titles are: English's words for a minister's or a commissioner's office. */
const PORTFOLIO_OFFICES: ReadonlySet<string> = new Set(['minister', 'ministry', 'secretary', 'commissioner', 'department']);

/** Institutions named after people ("Lillian Bates, a nonprofit hospital"): English's common nouns for them, the team's list. */
const INSTITUTION_NOUNS: readonly string[] = ['hospital', 'clinic', 'school', 'university', 'college', 'museum', 'hotel', 'restaurant', 'foundation'];

/**
 * A name set beside a word for a body, in apposition: "Agatha Wren, the London audio startup", "CareWeave, a
 * staffing platform". The word must end the phrase: "Ann Lee, a company spokeswoman" and "Ann Lee, the
 * firm's co-founder" are people, and so is "Ann Lee, a spokesman for the foundation": the noun heads the phrase, before any preposition.
 */
const BODY_IN_APPOSITION = new RegExp(String.raw`^,\s+(?:the|a|an)\s+(?:(?!(?:for|of|at|with|from|to|in|on)\s)[\p{L}'’-]+\s+){0,3}?(${[...BODY_NOUNS_BEFORE_ONE_WORD, ...INSTITUTION_NOUNS].join('|')})\b(?!['’])(?:\s+([\p{L}-]+))?`, 'u');

export function describedAsBody(article: ArticleWords, candidate: NameCandidate): boolean {
  if (candidate.title !== null || candidate.honorific) return false;
  const after = article.text.slice(candidate.end, candidate.end + 80);
  const found = BODY_IN_APPOSITION.exec(after);
  if (found === null || found[2] === undefined) return found !== null;
  // "a crane operator who has worked at the port": "who" follows a person, never a body. The body's word may
  // only describe the noun for the person that ends the phrase: "a high school chemistry teacher".
  const rest = PHRASE_WORDS.exec(after.slice(found.index + found[0].length - found[2].length))?.[0].split(/\s+/u) ?? [];
  return found[2] !== 'who' && !rest.some((word) => article.lexicon.isRoleNoun(word.toLowerCase()));
}

/** Up to four words of a phrase, stopping at a mark or a preposition. */
const PHRASE_WORDS = /^[\p{L}-]+(?:\s+(?!(?:for|of|at|with|from|to|in|on|who)\b)[\p{L}-]+){0,3}/u;

/** Words before a place: "crews from Fort Erie and Grande Prairie helped", "a hospital in Chiang Rai, Thailand". */
export const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'at', 'from', 'near', 'to', 'into', 'across', 'outside', 'around', 'toward', 'towards']);

/**
 * A town compromise does not know, told the way news copy places one: after a preposition of place
 * and before a comma and the country or state it lies in ("a hospital in Chiang Rai, Thailand",
 * "from Jackson, Mississippi"). A person is placed with a possessive ("Ann Lee, Thailand's minister").
 */
export function isPlaceInItsCountry(article: ArticleWords, candidate: NameCandidate): boolean {
  const { text, tokens, lexicon } = article;
  const before = tokens[candidate.firstToken - 1];
  if (!before || before.capitalized || !PLACE_PREPOSITIONS.has(before.norm)) return false;
  const region = tokens[candidate.endToken];
  if (!region?.capitalized || region.possessive || !/^,\s$/u.test(text.slice(candidate.end, region.start))) return false;
  const next = tokens[candidate.endToken + 1];
  // The region may run to two words ("New Mexico", "South Korea").
  const twoWords = next?.capitalized && spaceBetween(text, region, next) ? lexicon.phraseClass(`${region.norm} ${next.norm}`) === 'place' && !next.possessive : false;
  return twoWords || lexicon.phraseClass(region.norm) === 'place';
}

/** How many capitalised words a place's name placed in its region may have ("in Temanggung, Central Java"). */
const PLACE_NAME_WORDS = 3;

/**
 * The region a place is placed in, the other side of the comma: "a coffee farmer in Temanggung, Central Java,
 * who …", "in Malang, East Java.". Only after a preposition of place in lower case, mid-sentence ("In
 * Washington, Ann Lee said" is someone), with a mark after the region, and no given name or double-barrelled
 * surname in it.
 */
function isRegionOfPlace(article: ArticleWords, candidate: NameCandidate): boolean {
  const { text, tokens, lexicon } = article;
  if (!/^\s*[,.;:)]/u.test(text.slice(candidate.end, candidate.end + 2))) return false;
  // Someone set beside a place they come from is named as people are: "a lawyer from Mesquite Flat, Beatriz Ochoa, who".
  if (candidate.nameTokens.some((token) => token.hyphenBefore || lexicon.wordClass(token.norm) === 'firstName')) return false;
  let k = candidate.firstToken - 1;
  if (k < 0 || !/^,\s$/u.test(text.slice(tokens[k].end, tokens[k + 1].start))) return false;
  const placeEnd = k;
  while (k >= 0 && placeEnd - k < PLACE_NAME_WORDS && tokens[k].capitalized && !tokens[k].possessive && (k === placeEnd || /^\s$/u.test(text.slice(tokens[k].end, tokens[k + 1].start)))) k--;
  return k >= 0 && k < placeEnd && !tokens[k].capitalized && PLACE_PREPOSITIONS.has(tokens[k].norm);
}

/** How many tokens of a list of names a division's noun may stand after ("Uasin Gishu, Trans Nzoia and Nandi counties"). */
const DIVISION_LIST_REACH = 8;

/**
 * Names a division's noun follows in lower case, straight after or at the end of a list of names:
 * "Karen state", "Uasin Gishu, Trans Nzoia and Nandi counties". Places, not people.
 */
export function beforeDivisionNoun(article: ArticleWords, candidate: NameCandidate): boolean {
  const { text, tokens } = article;
  if (candidate.nameTokens[candidate.nameTokens.length - 1].possessive) return false;
  for (let k = candidate.endToken; k < Math.min(tokens.length, candidate.endToken + DIVISION_LIST_REACH); k++) {
    const token = tokens[k];
    // Only spaces, commas and "and" between the names and the noun.
    if (!/^[ ,]+$/u.test(text.slice(tokens[k - 1].end, token.start))) return false;
    if (token.norm === 'and' || (token.capitalized && !token.possessive)) continue;
    // The noun ends the phrase ("… Nandi counties on Friday"); before another noun it describes it ("South Carolina state director").
    const next = tokens[k + 1];
    const nextClass = next === undefined ? null : article.lexicon.wordClass(next.norm);
    const ends = next === undefined || !/^ +$/u.test(text.slice(token.end, next.start)) || nextClass === 'function' || nextClass === 'verb' || /ed$/u.test(next.norm);
    return DIVISION_NOUNS.has(token.norm) && ends;
  }
  return false;
}

/**
 * A team or a group: "the Carolina Hurricanes", "the Toronto Raptors" (a person is not "the", and a
 * surname in -s is one compromise knows: "the John Adams"). Weaker than the other signs of a body:
 * "The Roger Ailes we know" is still Roger Ailes.
 */
function namesTeam(article: ArticleWords, candidate: NameCandidate): boolean {
  const { text, tokens, lexicon } = article;
  const words = candidate.nameTokens;
  const last = words[words.length - 1];
  const before = tokens[candidate.firstToken - 1];
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
  // An acronym opens the name of a body: "RIA Novosti", "BBC Persian".
  if (/^\p{Lu}{2,5}$/u.test(before.text) && /\p{Ll}/u.test(tokens[k].text)) return true;
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

/**
 * A capitalised plural that is a word for people, not a surname: "Prosecutors said …", "Republicans
 * said …". A role noun in the lexicon (or its singular), or a plural compromise knows as a common
 * word; surnames in -s ("Jones", "Sands") are names to it, or words it does not know.
 */
export function isWordForPeople(article: ArticleWords, word: Token): boolean {
  const { lexicon } = article;
  if (word.possessive || !/\p{Ll}s$/u.test(word.text)) return false;
  const singulars = word.norm.endsWith('ies') ? [`${word.norm.slice(0, -3)}y`] : [word.norm.slice(0, -1), word.norm.slice(0, -2)];
  return lexicon.isRoleNoun(word.norm) || singulars.some((singular) => lexicon.isRoleNoun(singular)) || lexicon.wordClass(word.norm) === 'other';
}

/** English quantifiers (a closed class of the grammar), which stand before a plural: "some Democrats", "many Latinos". */
const QUANTIFIERS: ReadonlySet<string> = new Set(['some', 'many', 'most', 'all', 'few', 'several', 'other', 'both', 'fellow', 'more', 'fewer', 'among']);

/**
 * Capitalised plurals the article counts as groups somewhere ("some Democrats", "75 percent of
 * Latinos"): the same word speaking elsewhere ("Democrats said") is that group, not one person.
 */
export function groupsCounted(article: ArticleWords): Set<string> {
  const { tokens } = article;
  const groups = new Set<string>();
  for (let k = 1; k < tokens.length; k++) {
    const token = tokens[k];
    if (!token.capitalized || !/\p{Ll}s$/u.test(token.text)) continue;
    const before = tokens[k - 1];
    const counted = QUANTIFIERS.has(before.norm) || (before.norm === 'of' && k >= 2 && (/^\p{N}/u.test(tokens[k - 2].text) || ['percent', 'majority', 'half', 'third', 'most', 'some', 'many'].includes(tokens[k - 2].norm)));
    if (counted) groups.add(token.norm);
  }
  return groups;
}

/** How many capitalised words a body's or a place's name may run to before the word that ends it ("Harlan Biosciences", "Bay County"). */
const BODY_NAME_WORDS = 4;

/**
 * The first words of the bodies' and places' names in the article, each a capitalised run ending in a
 * word for a body or a place ("Harlan Biosciences", "Brightwater Orbital Systems", "Harlan County"):
 * alone elsewhere ("Harlan argues", "Harlan's trial"), such a word is the short name of that body or place.
 */
export function bodyNameOpeners(article: ArticleWords): Set<string> {
  const { text, tokens, lexicon } = article;
  const openers = new Set<string>();
  for (let k = 1; k < tokens.length; k++) {
    // A body placed by a hyphen, whatever its name ends in: "Derby-based Sorrell Propulsion".
    if (tokens[k].capitalized && placedBody(text, tokens[k - 1]) && lexicon.wordClass(tokens[k].norm) !== 'firstName' && /^ $/u.test(text.slice(tokens[k - 1].end, tokens[k].start))) openers.add(tokens[k].text.replace(/['’]s?$/u, ''));
    if (!tokens[k].capitalized || !lexicon.isOrganisationWord(tokens[k].text)) continue;
    let first = k;
    while (first > 0 && k - first < BODY_NAME_WORDS && tokens[first - 1].capitalized && !tokens[first - 1].possessive && /^ $/u.test(text.slice(tokens[first - 1].end, tokens[first].start))) first--;
    // Named after someone, in full ("the Hillary Clinton Foundation", "the Caleb Ostrowski Foundation"), a body leaves the given name theirs.
    const afterSomeone = k - first >= 2 && lexicon.wordClass(tokens[first].norm) === 'firstName';
    if (first < k && !afterSomeone && lexicon.wordClass(tokens[first].norm) !== 'function') openers.add(tokens[first].text.replace(/['’]s?$/u, ''));
  }
  return openers;
}

/**
 * A place or body named after a titled person, by the title, the name and its possessive
 * ("Prince George’s County Council", "Queen Anne’s County"): the titled name alone is then that
 * place ("Prince George’s council"), not the prince. The capitalised words after it must end in
 * lower case, so a title-case headline ("Mr Smith’s Department Under Fire") names no place.
 */
export function titledPlaceNames(article: ArticleWords): Set<string> {
  const { text, tokens, lexicon } = article;
  const names = new Set<string>();
  for (let k = 2; k < tokens.length; k++) {
    const [title, name, body] = [tokens[k - 2], tokens[k - 1], tokens[k]];
    if (!name.possessive || !body.capitalized || !lexicon.isOrganisationWord(body.text) || !title.capitalized || !spaceBetween(text, title, name) || !/^['’]s? $/u.test(text.slice(name.end, body.start))) continue;
    let after = k + 1;
    while (tokens[after]?.capitalized && lexicon.isOrganisationWord(tokens[after].text) && spaceBetween(text, tokens[after - 1], tokens[after])) after++;
    if (tokens[after]?.capitalized) continue;
    names.add(`${title.norm} ${name.norm}`);
  }
  return names;
}
