import type { ArticleContext, ArticleWords } from '../context';
import type { Lexicon } from '../lexicon';
import type { Token } from '../text/tokens';
import type { CreditKind, Mention, MentionForm, Person } from '../types';
import type { NameCandidate } from './candidates';
import { creditedNames, creditOutlets, findCreditSpans, type CreditSpan } from './credits';
import { creditPartStart } from '../page/captions';
import { overlapsAny } from '../page/furniture';
import { genderFromWords, openingHonorificGender } from './gender';
import { familyNameFirst, hasGeneration, isBrandShaped, isEastAsianFamilyName, nameWords } from './names';
import { beforeDivisionNoun, bodyNameOpeners, describedAsBody, endsInTitle, endsLongerName, groupsCounted, isPlaceInItsCountry, isWordForPeople, namesBodyOrPlace, namesStorm, PLACE_PREPOSITIONS, placedOrBodyWord, titledPlaceNames, withoutPossessive, wordsGivenAsBodies } from './notPeople';
import { isKnownOfficeHolder, knownAffiliation } from './officeHolders';
import { PeopleRegistry, type Draft } from './registry';
import { firstIndex } from '../text/search';
import { readMentionFacts, type MentionFacts } from './roles';


/**
 * Turns name candidates into people: accepts the runs that are names, links every later
 * reference ("Mr Blinken", "Brig-Gen Ryder", "Blinken") to one person, and gathers what the
 * article says of each.
 */
export function resolvePeople(article: ArticleContext, allCandidates: readonly NameCandidate[]): Person[] {
  const { text, tokens, lexicon, furniture: page } = article;
  const registry = new PeopleRegistry();
  // Bylines, picture credits and contributor lines are read apart: their names are credits.
  const credits = findCreditSpans(article);
  // Nobody in the page's boilerplate is a person of the story ("Follow … on Twitter", link lists).
  const candidates = allCandidates
    .filter((candidate) => !overlapsCredit(credits, candidate) && !overlapsAny(page.boilerplate, candidate.start, candidate.end))
    .map((candidate) => withoutCaptionLabel(text, candidate));
  const claimed = new Set<number>();
  for (const span of page.boilerplate) {
    for (let k = firstIndex(tokens, (token) => token.start >= span.start); k < tokens.length && tokens[k].start < span.end; k++) claimed.add(k);
  }
  // An outlet a picture credit names is nobody anywhere in the article.
  const outlets = creditOutlets(text, credits);
  if (outlets.size > 0) for (const [k, token] of tokens.entries()) if (outlets.has(token.text)) claimed.add(k);
  const claim = (candidate: NameCandidate): void => {
    for (let k = candidate.firstToken; k < candidate.endToken; k++) claimed.add(k);
  };
  const facts = new Map<NameCandidate, MentionFacts>();
  const factsOf = (candidate: NameCandidate): MentionFacts => {
    let found = facts.get(candidate);
    if (!found) {
      found = readMentionFacts(article, candidate);
      facts.set(candidate, found);
    }
    return found;
  };

  // Full names first, so that shorter references can be linked to them wherever they occur.
  const fullNames = candidates.filter((candidate) => nameWords(candidate.nameTokens).length >= 2);
  const bodies = fullNames.map((candidate) => namesBodyOrPlace(article, candidate));
  // A name placed as a town once is that town wherever else it stands ("Doctors in Chiang Rai said"),
  // and a storm's name is no one's ("Hurricane Michael … Michael weakened").
  const nameKey = (candidate: NameCandidate): string => nameWords(candidate.nameTokens).join(' ');
  const things = new Set(fullNames.filter((candidate, i) => bodies[i] && (isPlaceInItsCountry(article, candidate) || beforeDivisionNoun(article, candidate) || namesStorm(article, candidate) || describedAsBody(article, candidate))).map(nameKey));
  // A full name the article gives after "the" or "its" as the head of its phrase, with no title, and never bare,
  // names a thing after someone: a boat, a lander, a building ("the Agnes Treadwell, a ninety-foot tug"). A person
  // is named bare at least once, and "the Bernie Sanders campaign" names the campaign of a person.
  const named = new Map<string, 'bare' | 'thing'>();
  for (const [i, candidate] of fullNames.entries()) {
    const key = nameKey(candidate);
    // A body's name is one already ("the Koch-backed Concerned Veterans"), whose words stay mentions of its namesake.
    if (bodies[i] || named.get(key) === 'bare') continue;
    // A name in marks of its own is a title given ("lunar lander "Margaret Tull" touched down"), no bare mention.
    if (/["“‘']$/u.test(text.slice(candidate.start - 1, candidate.start)) && /^["”’']/u.test(text.slice(candidate.end, candidate.end + 1))) continue;
    if (!afterArticle(article, candidate)) named.set(key, 'bare');
    else if (!beforeNoun(article, candidate)) named.set(key, 'thing');
  }
  for (const [key, use] of named) if (use === 'thing') things.add(key);
  for (const [i, candidate] of fullNames.entries()) {
    if (things.size === 0 || candidate.title !== null || candidate.honorific || !things.has(nameKey(candidate))) continue;
    bodies[i] = true;
    // Nor is a word of it anyone's name alone ("Rai said").
    claim(candidate);
  }
  // A storm's own name alone is the storm too ("Michael came ashore").
  const stormNames = new Set(fullNames.filter((candidate, i) => bodies[i] && namesStorm(article, candidate)).map((candidate) => candidate.nameTokens[candidate.nameTokens.length - 1].text));
  if (stormNames.size > 0) for (const [k, token] of tokens.entries()) if (stormNames.has(token.text)) claimed.add(k);
  const addressed = surnamesAddressed(article, candidates, fullNames);
  const accepted = fullNames.map((candidate, i) =>
    !bodies[i] && (candidate.title !== null || candidate.honorific || looksLikePersonName(article, candidate, factsOf(candidate), addressed)));
  acceptListedNames(article, fullNames, accepted);
  // A body listed with people is still a body: "a loan from Goldman Sachs and Donald Trump".
  for (let i = 0; i < accepted.length; i++) accepted[i] &&= !bodies[i];
  // The same full name elsewhere is the same person, whatever stands around it there ("says Bill Hargreaves" beside "Bill Hargreaves, 91").
  const acceptedNames = new Set(fullNames.filter((_, i) => accepted[i]).map(nameKey));
  for (let i = 0; i < accepted.length; i++) accepted[i] ||= !bodies[i] && acceptedNames.has(nameKey(fullNames[i]));
  // "Lachlan Fitzgibbon" beside "Jess Fitzgibbon": a word compromise does not know before the surname of someone accepted is a relative's given name.
  const acceptedWords = fullNames.filter((_, i) => accepted[i]).map((candidate) => nameWords(candidate.nameTokens));
  const familyNames = new Set(acceptedWords.filter((words) => words.length >= 2).map((words) => words[words.length - 1]));
  // Not two words of a longer name ("Wasserman Schultz" of "Debbie Wasserman Schultz").
  const middleWords = new Set(acceptedWords.flatMap((words) => words.slice(0, -1)));
  // The words the article writes in lower case, read once ("a fascist" beside "Fascist Trump").
  let lowerCaseWords: ReadonlySet<string> | undefined;
  const writtenInLowerCase = (norm: string): boolean => (lowerCaseWords ??= new Set(tokens.filter((token) => /^\p{Ll}/u.test(token.text)).map((token) => token.norm))).has(norm);
  for (let i = 0; i < accepted.length; i++) accepted[i] ||= !bodies[i] && givenBeforeFamilyName(article, fullNames[i], familyNames, middleWords, writtenInLowerCase);
  for (const [index, candidate] of fullNames.entries()) {
    if (!accepted[index]) continue;
    const named = candidate.title !== null || candidate.honorific;
    const words = nameWords(candidate.nameTokens);
    const fullName = text.slice(candidate.nameTokens[0].start, candidate.end);
    // Named with a nickname, the person may already be known by it ("Gus Papadakis" … Konstantinos "Gus" Papadakis).
    // Or by given name and generation first ("His son Donald Jr." … "Donald Trump Jr.").
    const son = hasGeneration(words) ? registry.withName([words[0], words[words.length - 1]]) : undefined;
    const generation = son?.nameWords.length === 2 ? son : undefined;
    const namedBefore = candidate.nickname === undefined ? generation : registry.withName([candidate.nickname, ...words.slice(1)]);
    const draft = registry.withName(words) ?? namedBefore ?? registry.create(words, fullName);
    if (candidate.nickname !== undefined) registry.addNickname(draft, candidate.nickname);
    registry.addNamingMention(draft, mentionOf(text, candidate, named ? formOf(candidate) : 'full'), factsOf(candidate));
    if (words.length > draft.nameWords.length || draft === namedBefore) registry.rename(draft, words, fullName);
    claim(candidate);
  }

  // Relatives brought in by given name take the surname first, so that "Mrs Haworth" finds Brenda Haworth.
  nameRelativesInFull(article, registry, claimed);
  // Titles and honorifics with a single name: "Mr Blinken", "President Putin", "Brig-Gen Ryder".
  let placesAfterTitled: Set<string> | undefined;
  for (const candidate of candidates) {
    if (nameWords(candidate.nameTokens).length !== 1 || (!candidate.title && !candidate.honorific)) continue;
    if (namesBodyOrPlace(article, candidate)) continue;
    // Nor is the name alone anyone's: "Prince George’s council" is the county's.
    if (candidate.title !== null && (placesAfterTitled ??= titledPlaceNames(article)).has(`${tokens[candidate.firstToken].norm} ${candidate.nameTokens[0].norm}`)) {
      claim(candidate);
      continue;
    }
    // "Mr. President", "Madam Speaker": an office addressed, no name.
    if (lexicon.matchTitle(tokens, firstIndex(tokens, (token) => token.start >= candidate.nameTokens[0].start)) !== null) continue;
    const surname = nameWords(candidate.nameTokens)[0];
    const gender = honorificGender(article, candidate);
    // "Prince Abdulelah", "Sir Keir": these styles go before a given name, so the name may open someone's full name.
    const style = candidate.honorific ? tokens[firstIndex(tokens, (token) => token.start >= candidate.nameTokens[0].start) - 1]?.text : candidate.title?.canonical;
    const byGivenName = style !== undefined && lexicon.isBeforeGivenName(style) ? registry.withGivenName(surname) : undefined;
    // A title that is someone's given name with this surname is theirs: "Dean Forrester" after "Councillor Dean Forrester".
    const named = style !== undefined && /^\p{Lu}\p{Ll}+$/u.test(style) ? registry.withName([style, surname]) : undefined;
    // "Dean Carter admitted": a title English also gives as a name is the given name where the article never writes the office in lower case.
    if (!named && candidate.title !== null && candidate.title.text === style && isGivenNameTitle(article, style)) {
      const person = registry.create([style, surname], `${style} ${surname}`);
      registry.addNamingMention(person, mentionOf(text, candidate, formOf(candidate)), { ...factsOf(candidate), title: null });
      claim(candidate);
      continue;
    }
    const draft =
      named ??
      registry.withSurname(surname, candidate.start, gender ? (person) => genderFit(lexicon, person, gender) : undefined) ??
      registry.withNickname(surname) ??
      byGivenName ??
      (candidate.honorific ? (registry.withNameWordBeforeLast(surname) ?? givenNameAfterHonorific(registry, surname, lexicon)) : undefined) ??
      registry.create([surname], surname);
    registry.addNamingMention(draft, mentionOf(text, candidate, formOf(candidate)), factsOf(candidate));
    if (gender) (draft.honorificGenders ??= new Set()).add(gender);
    claim(candidate);
  }

  // A word the article gives as a body, or the site's name, is no one in a credit or speaking (read once, when first asked).
  let bodyWords: ReadonlySet<string> | undefined;
  const givenAsBody = (token: Token): boolean => (bodyWords ??= wordsGivenAsBodies(article, candidates, page.boilerplate)).has(withoutPossessive(token.text));

  // The people credits name: linked to a person of the story when they are one ("Image: Twitter / Jane Roe").
  const creditMentions = new Map<Mention, CreditKind>();
  for (const credited of creditedNames(article, credits, outlets)) {
    if (credited.tokens.length === 1 && givenAsBody(credited.tokens[0])) continue;
    const words = nameWords(credited.tokens);
    const first = credited.tokens[0];
    const last = credited.tokens[credited.tokens.length - 1];
    const written = text.slice(first.start, last.end);
    const draft = registry.withName(words) ?? (words.length === 1 ? registry.withSurname(words[0], first.start) : undefined) ?? registry.create(words, inTitleCase(written));
    const mention: Mention = { start: first.start, end: last.end, text: written, personId: '', form: words.length >= 2 ? 'full' : 'surname' };
    registry.addNamingMention(draft, mention, { title: null, role: null, affiliation: null, counterpart: false });
    creditMentions.set(mention, credited.kind);
    for (let k = credited.firstToken; k < credited.firstToken + credited.tokens.length; k++) claimed.add(k);
  }
  // Nothing else in a credit is a mention: "Reuters", "The Canadian Press".
  for (const span of credits) {
    for (let k = firstIndex(tokens, (token) => token.start >= span.start); k < tokens.length && tokens[k].start < span.end; k++) claimed.add(k);
  }

  acceptNamesInCapitals(article, claimed, registry);

  // The one story person whose full name a word opens, looked up once per word: the loops below add
  // only one-word people, which open no full name, so the answer holds through them.
  const creditDrafts = new Set(registry.drafts.filter((draft) => draft.mentions.every((mention) => creditMentions.has(mention))));
  const owners = new Map<string, Draft | null>();
  const storyPersonOpenedBy = (word: string): Draft | null => {
    let owner = owners.get(word);
    if (owner === undefined) {
      const draft = registry.withGivenName(word);
      owner = draft !== undefined && !creditDrafts.has(draft) ? draft : null;
      owners.set(word, owner);
    }
    return owner;
  };
  // A single name that speaks is a person's even with no full name in the article: "Melanie said", "said Caddell".
  // One that opens a full name of the story is left to the given names below ("says Hinemoa").
  let groups: Set<string> | undefined;
  // Read once, when a single name is asked about: "Harlan said" after "Harlan Biosciences" is the company.
  let bodyOpeners: Set<string> | undefined;
  const opensBodyName = (token: Token): boolean => (bodyOpeners ??= bodyNameOpeners(article)).has(withoutPossessive(token.text));
  for (let k = 0; k < tokens.length; k++) {
    const token = tokens[k];
    if (claimed.has(k) || !token.capitalized || token.hyphenBefore || tokens[k + 1]?.hyphenBefore || registry.withSurname(token.text, token.start)) continue;
    if (!isSpeakingName(article, k) || endsLongerName(article, k, true) || endsBodyName(article, k) || isWordForPeople(article, token) || opensStoryName(article, k, storyPersonOpenedBy) || opensBodyName(token) || givenAsBody(token)) continue;
    // Read once, when a name first speaks: most articles' speakers have full names.
    groups ??= groupsCounted(article);
    if (!groups.has(token.norm)) registry.create([token.text], token.text);
  }
  acceptActingNames(article, claimed, registry, givenAsBody);

  // A given name alone: the one person of that full name ("Daniel" for Daniel Montalvo), or else someone
  // the article calls only by that name, more than once ("Gloria developed eczema … Gloria's skin").
  const givenNames = new Map<string, number[]>();
  // Names alone made people by an age or a word for a relative, with that word ("Mrs Mistry's husband, Dinesh":
  // what the article calls them, and a sex), or null.
  const agedNames = new Map<string, string | null>();
  for (let k = 0; k < tokens.length; k++) {
    const token = tokens[k];
    if (claimed.has(k) || !token.capitalized || token.hyphenBefore || tokens[k + 1]?.hyphenBefore || tokens[k + 1]?.capitalized && /^ $/.test(text.slice(token.end, tokens[k + 1].start))) continue;
    const known = lexicon.wordClass(token.norm) === 'firstName';
    // "their sons, Darius, 15, and Mateo, 12", "his son Osian, 12,": an age makes a person of a name alone.
    // So does a possessive and a word for a relative set before it: "His wife, Meenakshi, winds bobbins", "Senthil's daughter, Divya, is 14".
    const relative = namedAsRelative(article, k);
    const aged = (AGE_AFTER.test(text.slice(token.end, token.end + 16)) || relative !== null) && NAME_SHAPED.test(token.text) && lexicon.wordClass(token.norm) !== 'date';
    if ((!known && !aged && !opensStoryName(article, k, storyPersonOpenedBy)) || registry.withSurname(token.text, token.start) || endsLongerName(article, k)) continue;
    if (placedOrBodyWord(article, k) || (!registry.withGivenName(token.text) && opensBodyName(token))) continue;
    // "the Emmy winner", "an Emmy": after an article a given name of no one in the story names a thing, an award.
    if (ARTICLES.has(tokens[k - 1]?.norm ?? '') && !registry.withGivenName(token.text)) continue;
    const seen = givenNames.get(token.text) ?? [];
    seen.push(k);
    givenNames.set(token.text, seen);
    if (aged && !agedNames.get(token.text)) agedNames.set(token.text, relative);
  }
  for (const [name, seen] of givenNames) {
    const known = registry.withGivenName(name);
    if (known) {
      for (const k of seen) known.mentions.push({ start: tokens[k].start, end: tokens[k].end, text: tokens[k].text, personId: '', form: 'given' });
    } else if (seen.length >= 2 || agedNames.has(name)) {
      const draft = registry.create([name], name);
      const relative = agedNames.get(name);
      if (relative) draft.facts.push({ title: null, role: relative, affiliation: null, counterpart: false });
    }
  }

  // A surname on its own, anywhere: "Blinken said", and before a suffix: "a Warhol-like wig", "Obama-era".
  // Whether a person's mentions so far include one introduced as someone's relative: mentions are only appended, so
  // each is read once however often a shared surname is looked up (a long page of one family stays linear).
  const relatives = new Map<Draft, { read: number; found: boolean }>();
  const relativeIntroduced = (person: Draft): boolean => {
    const seen = relatives.get(person) ?? { read: 0, found: false };
    for (; !seen.found && seen.read < person.mentions.length; seen.read++) seen.found = introducedAsRelative(article, person.mentions[seen.read]);
    relatives.set(person, seen);
    return seen.found;
  };
  // Whether no one sharing the person's surname was named before them.
  const namedFirst = (person: Draft): boolean => !registry.sharingSurname(person).some((other) => other !== person && (other.mentions[0]?.start ?? Infinity) < (person.mentions[0]?.start ?? Infinity));
  // A double-barrelled surname is one ("Salazar-Whitmore said").
  for (let k = 0; k < tokens.length; k++) {
    const token = tokens[k];
    if (claimed.has(k) || !token.capitalized || token.hyphenBefore) continue;
    const end = hyphenatedEnd(article, k);
    if (claimed.has(end - 1)) continue;
    // "the Warhol Foundation", "Warhol Polaroids": a surname inside a longer name is not a mention.
    const last = tokens[end - 1];
    const next = tokens[end];
    if (next?.capitalized && !last.possessive && /^ $/.test(text.slice(last.end, next.start))) continue;
    if (endsLongerName(article, k)) continue;
    const written = text.slice(token.start, last.end);
    // Of people sharing the surname, one introduced as someone's relative ("her nephew, Tomás Quiñónez") after another of them is named
    // is not the one it names alone; one named first is the story's, relative or not ("Liz Cheney, the daughter of …").
    const draft = registry.withSurname(written, token.start, (person) => (relativeIntroduced(person) && !namedFirst(person) ? 0 : 1));
    if (!draft) continue;
    draft.mentions.push({ start: token.start, end: last.end, text: written, personId: '', form: 'surname' });
  }

  // Someone named only in photo captions is credited with the picture in their credits, and pictured in their words.
  const inCaption = (mention: Mention): CaptionPart => {
    const caption = page.captions[firstIndex(page.captions, (span) => span.end > mention.start)];
    if (caption === undefined || caption.start > mention.start || mention.end > caption.end) return null;
    return mention.start - caption.start >= creditPartStart(caption.text) ? 'photo' : 'pictured';
  };
  return finish(registry.drafts, lexicon, creditMentions, inCaption);
}

/** "the" or "its" straight before a name with no title or honorific: "the Agnes Treadwell", "its Margaret Tull lander". */
function afterArticle(article: ArticleWords, candidate: NameCandidate): boolean {
  const before = article.tokens[candidate.firstToken - 1];
  if (candidate.title !== null || candidate.honorific || before === undefined || (before.norm !== 'the' && before.norm !== 'its')) return false;
  // A body's name run into its head's ("the Refugee Council Enver Solomon") is no thing's name.
  return !candidate.nameTokens.some((token) => article.lexicon.isOrganisationWord(token.text));
}

/** A noun in lower case straight after the name, which the name then modifies ("the Bernie Sanders campaign"). */
function beforeNoun(article: ArticleWords, candidate: NameCandidate): boolean {
  const { text, tokens, lexicon } = article;
  const next = tokens[candidate.endToken];
  const last = tokens[candidate.endToken - 1];
  return next !== undefined && !next.capitalized && !last.possessive && /^ $/u.test(text.slice(last.end, next.start)) && lexicon.wordClass(next.norm) !== 'function' && !AUXILIARIES.has(next.norm) && lexicon.isNounAfterArticle(next.norm);
}

/** Verbs that may follow a name and also stand as nouns after "the" ("the will"): the name is then the subject. */
const AUXILIARIES: ReadonlySet<string> = new Set(['will', 'would', 'can', 'could', 'may', 'might', 'must', 'shall', 'should', 'has', 'had', 'have', 'does', 'did']);

const ARTICLES: ReadonlySet<string> = new Set(['a', 'an', 'the']);

/** A possessive and a word for a relative straight before the name: "her nephew, Tomás Quiñónez", "Bernie's wife Jane Sanders". */
const RELATIVE_BEFORE = /(?:\b(?:[Hh]is|[Hh]er|[Tt]heir)|\p{L}['’]s?)\s+(?:\p{Ll}+\s+)?(\p{Ll}+),?\s+$/u;

/** "… and his wife, ", "…, 71, and her son ": after someone named, the words that bring in a relative by given name. Group 1 is the word for the relative. */
const AND_RELATIVE = /(?:,\s*(?:aged\s+)?\d{1,3},)?\s+and\s+(?:his|her|their)\s+(\p{Ll}+),?\s+$/u;

/**
 * "Jim Brady and his wife, Sarah", "Malcolm Haworth, 71, and his wife Brenda": a relative brought in by
 * given name alone, straight after someone named in full, shares that person's surname; so named, they
 * are a person, and "Sarah" is Sarah Brady. So does the first of a couple named together ("Paul and Denise Vibert").
 */
function nameRelativesInFull(article: ArticleWords, registry: PeopleRegistry, claimed: Set<number>): void {
  const { text, tokens, lexicon } = article;
  // Built once, when first needed.
  let named: NamedIndex | undefined;
  for (let k = 1; k < tokens.length; k++) {
    const token = tokens[k];
    if (claimed.has(k) || !token.capitalized || !NAME_SHAPED.test(token.text) || lexicon.wordClass(token.norm) !== 'firstName') continue;
    if (tokens[k + 1]?.capitalized && /^ $/u.test(text.slice(token.end, tokens[k + 1].start))) continue;
    const before = text.slice(Math.max(0, token.start - 40), token.start);
    const and = AND_RELATIVE.exec(before);
    // "Paul and Denise Vibert": a couple's given names joined before the one surname they share. Not the last
    // word of a name ("Paul Ryan and Mitch McConnell"), nor one of a list ("Brandy, Monica and Lauryn Hill").
    const couple =
      !and &&
      tokens[k + 1]?.norm === 'and' &&
      tokens[k + 2] !== undefined &&
      /^\s+and\s+$/u.test(text.slice(token.end, tokens[k + 2].start)) &&
      !(tokens[k - 1].capitalized && /^,? $/u.test(text.slice(tokens[k - 1].end, token.start)));
    if (and ? !lexicon.isRelative(and[1]) : !couple) continue;
    named ??= namedIndex(registry);
    // A word of someone's name is theirs: "Hillary and Tim Kaine" beside Hillary Clinton, "Ryan and Mitch McConnell" beside Paul Ryan.
    const kin = and ? named.endingAt.get(token.start - before.length + and.index) : named.words.has(token.text) ? undefined : coupledName(named.startingAt.get(tokens[k + 2].start), lexicon);
    if (!kin || kin.nameWords.length < 2) continue;
    const words = [token.text, kin.nameWords[kin.nameWords.length - 1]];
    const draft = registry.withName(words) ?? registry.create(words, words.join(' '));
    draft.mentions.push({ start: token.start, end: token.end, text: token.text, personId: '', form: 'given' });
    claimed.add(k);
  }
}

/** Who is named ending and starting where (starting only bare, with no title before: "Senate Majority Leader Mitch McConnell" is no partner), and every word of anyone's name. */
interface NamedIndex {
  endingAt: Map<number, Draft>;
  startingAt: Map<number, Draft>;
  words: Set<string>;
}

function namedIndex(registry: PeopleRegistry): NamedIndex {
  const endingAt = new Map<number, Draft>();
  const startingAt = new Map<number, Draft>();
  for (const draft of registry.drafts) {
    for (const mention of draft.mentions) {
      endingAt.set(mention.end, draft);
      if (mention.text === draft.name) startingAt.set(mention.start, draft);
    }
  }
  return { endingAt, startingAt, words: new Set(registry.drafts.flatMap((draft) => draft.nameWords)) };
}

/** The partner named in full after a couple's first given name: a given name and a surname alone ("Denise Vibert"). */
function coupledName(named: Draft | undefined, lexicon: Lexicon): Draft | undefined {
  return named?.nameWords.length === 2 && lexicon.wordClass(named.nameWords[0].toLowerCase()) === 'firstName' ? named : undefined;
}

/** The word for the relative before the word at `k` set off by commas after a possessive: "wife" of "his wife, Meenakshi, who …"; or null. */
function namedAsRelative(article: ArticleWords, k: number): string | null {
  const { text, tokens, lexicon } = article;
  const token = tokens[k];
  if (!/^\s*,/u.test(text.slice(token.end, token.end + 2)) || !/,\s+$/u.test(text.slice(Math.max(0, token.start - 3), token.start))) return null;
  const relative = RELATIVE_BEFORE.exec(text.slice(Math.max(0, token.start - 40), token.start))?.[1];
  return relative !== undefined && lexicon.isRelative(relative) ? relative : null;
}

/**
 * After a name, what makes the person someone's relative: "Joan Kowalski, who has been married to Walter for 51 years",
 * "Ann Ruiz, his wife,", "Ann Ruiz, the widow of …", "Ann Ruiz, Walter's sister,". Group 1 is the word for the relative, if any.
 */
const RELATIVE_AFTER = /^,\s+(?:who\s+(?:has\s+been\s+|had\s+been\s+|is\s+|was\s+)?married\s+to\b|(?:his|her|their|the|\p{Lu}\p{L}+['’]s?)\s+(?:\p{Ll}+\s+)?(\p{Ll}+)\s*(?:,|of\b))/u;

function introducedAsRelative(article: ArticleWords, mention: Mention): boolean {
  const relative = RELATIVE_BEFORE.exec(article.text.slice(Math.max(0, mention.start - 40), mention.start))?.[1];
  if (relative !== undefined && article.lexicon.isRelative(relative)) return true;
  const after = RELATIVE_AFTER.exec(article.text.slice(mention.end, mention.end + 60));
  return after !== null && (after[1] === undefined || article.lexicon.isRelative(after[1]));
}

/** End (exclusive) of the capitalised words joined by hyphens from token `k` ("Salazar-Whitmore"); k + 1 for a word alone. */
function hyphenatedEnd(article: ArticleWords, k: number): number {
  const { tokens } = article;
  let end = k + 1;
  while (end < tokens.length && tokens[end].hyphenBefore && tokens[end].capitalized && !tokens[end - 1].possessive) end++;
  return end;
}

/**
 * "GRAHAM DELAET finished second": a name in capitals, two or three words opened by a given name
 * compromise knows, and no ordinary English word after it ("DONALD TRUMP WINS" gives Donald Trump).
 * One word in capitals ("WASHINGTON") is a dateline or an acronym, never a name.
 */
function acceptNamesInCapitals(article: ArticleWords, claimed: Set<number>, registry: PeopleRegistry): void {
  const { text, tokens, lexicon } = article;
  const capitals = (token: Token | undefined): boolean => token !== undefined && /^\p{Lu}{2,}$/u.test(token.text);
  for (let k = 0; k < tokens.length; k++) {
    if (claimed.has(k) || !capitals(tokens[k]) || capitals(tokens[k - 1]) && /^ $/.test(text.slice(tokens[k - 1].end, tokens[k].start))) continue;
    if (lexicon.wordClass(tokens[k].norm) !== 'firstName') continue;
    let end = k + 1;
    // A hyphenated surname is one of the words ("MARISOL UNDERWOOD-ACHEBE").
    let parts = 1;
    while (end < tokens.length && parts < 3 && capitals(tokens[end]) && !tokens[end - 1].possessive) {
      const hyphenPart = tokens[end].hyphenBefore && text.slice(tokens[end - 1].end, tokens[end].start) === '-';
      if (!hyphenPart && !/^ $/.test(text.slice(tokens[end - 1].end, tokens[end].start))) break;
      const wordClass = lexicon.wordClass(tokens[end].norm);
      if (!hyphenPart && !['unknown', 'firstName', 'lastName', 'person'].includes(wordClass)) break;
      if (!hyphenPart) parts++;
      end++;
    }
    if (parts < 2) continue;
    const words = nameWords(tokens.slice(k, end));
    const written = text.slice(tokens[k].start, tokens[end - 1].end);
    const draft = registry.withName(words) ?? registry.create(words, inTitleCase(written));
    registry.addNamingMention(draft, { start: tokens[k].start, end: tokens[end - 1].end, text: written, personId: '', form: 'full' }, { title: null, role: null, affiliation: null, counterpart: false });
    for (let j = k; j < end; j++) claimed.add(j);
  }
}

function overlapsCredit(credits: readonly CreditSpan[], candidate: NameCandidate): boolean {
  if (credits.length === 0) return false;
  const index = firstIndex(credits, (span) => span.end > candidate.start);
  return index < credits.length && credits[index].start < candidate.end;
}

/**
 * Titles that English also gives as first names ("Dean Carter", "Earl Hines"), the team's list from
 * the titles of titles.json. One is a given name where the article never writes it in lower case, as an office.
 */
const GIVEN_NAME_TITLES: ReadonlySet<string> = new Set(['Dean', 'Earl']);

/** Per article, those of GIVEN_NAME_TITLES it writes in lower case somewhere: read once, not once per name. */
const titlesWrittenAsOffices = new WeakMap<readonly Token[], ReadonlySet<string>>();

function isGivenNameTitle(article: ArticleWords, title: string): boolean {
  if (!GIVEN_NAME_TITLES.has(title)) return false;
  let offices = titlesWrittenAsOffices.get(article.tokens);
  if (!offices) {
    const lowered = new Set([...GIVEN_NAME_TITLES].map((word) => word.toLowerCase()));
    offices = new Set(article.tokens.filter((token) => !token.capitalized && lowered.has(token.norm)).map((token) => token.norm));
    titlesWrittenAsOffices.set(article.tokens, offices);
  }
  return !offices.has(title.toLowerCase());
}

/** "… Ahmed Mohamed Image: Wire": a caption's label after the caption is not part of the name. */
function withoutCaptionLabel(text: string, candidate: NameCandidate): NameCandidate {
  const words = candidate.nameTokens;
  const last = words[words.length - 1];
  if (words.length < 2 || !/^(?:Image|Photo|Video|Audio|Picture)s?$/.test(last.text) || text[last.end] !== ':') return candidate;
  const name = words.slice(0, -1);
  return { ...candidate, nameTokens: name, end: name[name.length - 1].end, endToken: candidate.endToken - 1 };
}

/** A name first seen in capitals takes the article's own spelling when it writes it in mixed case: "DeLaet", not "Delaet". */
function spelledAsWritten(name: string, mentions: readonly Mention[]): string {
  if (!mentions.some((mention) => /\p{Lu}{2,}/u.test(mention.text) && mention.text === mention.text.toUpperCase())) return name;
  const written = new Map<string, string>();
  for (const mention of mentions) {
    for (const word of mention.text.split(/\s+/)) if (word !== word.toUpperCase()) written.set(word.toLowerCase(), word);
  }
  return name.split(' ').map((word) => written.get(word.toLowerCase()) ?? word).join(' ');
}

/** "JANE ROE" → "Jane Roe"; names already in mixed case stay as written. */
function inTitleCase(name: string): string {
  if (name !== name.toUpperCase()) return name;
  return name.toLowerCase().replace(/(^|[\s'’-])(\p{L})/gu, (_, before: string, letter: string) => before + letter.toUpperCase());
}

function formOf(candidate: NameCandidate): MentionForm {
  if (nameWords(candidate.nameTokens).length >= 2) return 'full';
  return candidate.honorific ? 'honorific' : 'title';
}

function mentionOf(text: string, candidate: NameCandidate, form: MentionForm): Mention {
  return { start: candidate.start, end: candidate.end, text: text.slice(candidate.start, candidate.end), personId: '', form };
}

/** The plainest speech verbs: a lone unknown word before one of these is a name ("Caddell continued"). */
const PLAIN_SPEECH = new Set(['said', 'says', 'told', 'tells', 'added', 'adds', 'asked', 'asks', 'wrote', 'writes', 'continued', 'explained', 'replied']);

const NAME_LIKE = ['unknown', 'firstName', 'lastName', 'person', 'verb'];

/** Between two names of one list: a comma, "and", "or". */
const LIST_SEPARATOR = /^\s*(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)$/u;

/**
 * A name listed with people's names is a person's too: in "Romelu Lukaku, Yannick Carrasco and
 * Dries Mertens" one known given name vouches for the others. Runs with a place, a body or an
 * organisation word in them are never taken this way.
 */
function acceptListedNames(article: ArticleWords, runs: readonly NameCandidate[], accepted: boolean[]): void {
  const { text, lexicon } = article;
  const plausible = runs.map((run) =>
    !lexicon.isOrganisationWord(run.nameTokens[run.nameTokens.length - 1].text) &&
    // A capitalised verb inside a list of names is a name too: "Dries Mertens"; so is a surname
    // that is also an English word after a given name nobody else has ("Helmut Newton").
    run.nameTokens.every((token, i) => [...NAME_LIKE, ...(i > 0 && i === run.nameTokens.length - 1 && lexicon.wordClass(run.nameTokens[0].norm) === 'unknown' ? ['other'] : [])].includes(lexicon.wordClass(token.norm))),
  );
  /** Runs i and i + 1 stand in one list. */
  const listed = (i: number): boolean => LIST_SEPARATOR.test(text.slice(runs[i].end, runs[i + 1].start));
  // Forward then backward: acceptance spreads along a whole list in two sweeps, in linear time.
  for (let i = 1; i < runs.length; i++) {
    if (!accepted[i] && plausible[i] && accepted[i - 1] && listed(i - 1)) accepted[i] = true;
  }
  for (let i = runs.length - 2; i >= 0; i--) {
    if (!accepted[i] && plausible[i] && accepted[i + 1] && listed(i)) accepted[i] = true;
  }
}

/** "Melanie said" / "said Caddell": a lone capitalised word next to a speech verb, not a place or body. */
function isSpeakingName(article: ArticleWords, k: number): boolean {
  const { text, tokens, lexicon } = article;
  const token = tokens[k];
  const wordClass = lexicon.wordClass(token.norm);
  const known = wordClass === 'firstName' || wordClass === 'lastName' || wordClass === 'person';
  if (!known && wordClass !== 'unknown') return false;
  if (placedOrBodyWord(article, k)) return false;
  // A plural compromise does not know is a group speaking ("Democrats said"), as in acceptActingNames;
  // a person the article names in full first is found by the full name.
  if (!known && /[^su'’]s$/u.test(token.text)) return false;
  // "I'm told", "We'll see": a contraction is a pronoun, not a name.
  if (/^(?:I|We|You|They|He|She|It)['’]\p{L}+$/u.test(token.text)) return false;
  if (lexicon.nationality(token.text) !== undefined || lexicon.isOrganisationWord(token.text) || lexicon.matchTitle(tokens, k) || lexicon.isHonorific(token) || /^\p{Lu}+$/u.test(token.text) || isBrandShaped(token.text)) return false;
  // "Reuters said", "told Fox": an outlet.
  if (lexicon.isPublicationName(token.text)) return false;
  const next = tokens[k + 1];
  const previous = tokens[k - 1];
  if (previous && ['the', 'a', 'an'].includes(previous.norm)) return false;
  // "the Bureau of Meteorology said": the end of a body's name joined by "of".
  if (previous?.norm === 'of' && tokens[k - 2]?.capitalized) return false;
  const verbAfter = next !== undefined && !token.possessive && /^ +$/.test(text.slice(token.end, next.start))
    && (known ? lexicon.isCueVerb(next.norm) : PLAIN_SPEECH.has(next.norm));
  const verbBefore = previous !== undefined && /^ +$/.test(text.slice(previous.end, token.start)) && !/^\s*\p{L}/u.test(text.slice(token.end, token.end + 2))
    && (known ? lexicon.isCueVerb(previous.norm) : PLAIN_SPEECH.has(previous.norm));
  return verbAfter || verbBefore;
}

/**
 * The single names the article gives with an honorific or an office ("Mr Haddad", "Treasurer Dwyer"),
 * or that speak alone, a speech verb straight after them ("Orlov-Baptiste said") or after a quotation's
 * frame ("'…,' said Adeyemi"), or that ", who" follows: whoever it names so
 * is a person, so a bare run ending in that name names them ("Salim Haddad").
 * Only a name one full name ends in: with two ("Donald Trump", "Ivanka Trump") the address may be
 * either's, and a headline's words before it ("Candidate Trump") are no given name.
 */
function surnamesAddressed(article: ArticleWords, candidates: readonly NameCandidate[], fullNames: readonly NameCandidate[]): ReadonlySet<string> {
  const { text, tokens, lexicon } = article;
  const addressed = new Set<string>();
  for (const candidate of candidates) {
    const words = nameWords(candidate.nameTokens);
    if (words.length !== 1) continue;
    // "Orlov-Baptiste said", "Sauer-Mensah himself said".
    const reflexive = tokens[candidate.endToken]?.norm === 'himself' || tokens[candidate.endToken]?.norm === 'herself';
    const after = tokens[candidate.endToken + (reflexive ? 1 : 0)];
    // An acronym speaking is a body ("PAC said").
    const speaks = after !== undefined && lexicon.isCueVerb(after.norm) && /^ +(?:him|her)?(?:self +)?$/u.test(text.slice(candidate.end, after.start)) && !/^\p{Lu}+$/u.test(words[0]);
    // "Adebayo, who had not started a game since February, said": English keeps "who" for people.
    const who = /^,\s+who\s/u.test(text.slice(candidate.end, candidate.end + 8));
    // "'…,' said Adeyemi": the speaker after a quotation's own frame.
    if (candidate.title !== null || candidate.honorific || speaks || who || speaksAfterQuotation(article, candidate)) addressed.add(words[0]);
  }
  const openings = new Map<string, Set<string>>();
  for (const candidate of fullNames) {
    const words = nameWords(candidate.nameTokens);
    const surname = words[words.length - 1];
    if (!addressed.has(surname)) continue;
    const seen = openings.get(surname) ?? new Set<string>();
    seen.add(words.slice(0, -1).join(' '));
    openings.set(surname, seen);
  }
  for (const [surname, seen] of openings) if (seen.size > 1) addressed.delete(surname);
  return addressed;
}

/**
 * A given name, or a word compromise does not know, alone, that opens the full name of one person
 * of the story ("… says Hinemoa" after "Hinemoa Rangitauira-Walker", "Mustafa said"): that person's
 * given name. Not after a capitalised word, where it goes on a name ("Down Syndrome"), nor a writer's
 * only in the credits ("Kwame & Efua" signing off a newsletter).
 */
function opensStoryName(article: ArticleWords, k: number, storyPersonOpenedBy: (word: string) => Draft | null): boolean {
  const { text, tokens, lexicon } = article;
  const token = tokens[k];
  const wordClass = lexicon.wordClass(token.norm);
  // A surname compromise knows may be a given name ("Lewis" of Lewis Carter), as may a title ("Dean" of Dean Carter).
  if (wordClass !== 'unknown' && wordClass !== 'firstName' && wordClass !== 'lastName' && !isGivenNameTitle(article, token.text)) return false;
  const before = tokens[k - 1];
  if (before?.capitalized && /^ $/u.test(text.slice(before.end, token.start))) return false;
  return storyPersonOpenedBy(token.text) !== null;
}

/**
 * An age set after a name, as news style gives it: "Annalise Brogan, 44, said", "Brogan (44)", "…,
 * aged 44,". Nothing else has an age; a count has no comma straight after its first digits ("Office, 30,290").
 */
const AGE_AFTER = /^(?:,\s*(?:aged\s+)?\d{1,3}(?:\s*[,;](?!\d)|\.(?!\d))|\s*\(\s*(?:aged\s+)?\d{1,3}\s*\))/u;

/** Words that join a body's word to the rest of its name: "Department of", "Center for", "Council on". */
const BODY_NAME_JOINERS = new Set(['of', 'for', 'on']);

/**
 * The end of a body's name joined by "of", "for" or "on", perhaps past other capitalised words and
 * "and": "the Department of Homeland Security", "the Center for Nonproliferation Studies", "the
 * Institute for Science and International Security".
 */
function endsBodyName(article: ArticleWords, first: number): boolean {
  const { text, tokens, lexicon } = article;
  // A given name opens someone's name past the words before it ("the University of Zurich and Gordon
  // Hanson", "Hall of Famer Angelo Dundee", "Under Secretary of State for Political Affairs Wendy Sherman").
  const reach = lexicon.wordClass(tokens[first].norm) === 'firstName' ? 0 : 6;
  let k = first - 1;
  for (let steps = 0; k > 0 && steps < reach && (tokens[k].capitalized || tokens[k].norm === 'and') && /^ +$/u.test(text.slice(tokens[k].end, tokens[k + 1].start)); steps++) k--;
  const [joiner, body] = [tokens[k], tokens[k - 1]];
  if (!joiner || !body || !BODY_NAME_JOINERS.has(joiner.norm) || !/^ +$/u.test(text.slice(joiner.end, tokens[k + 1].start)) || !/^ +$/u.test(text.slice(body.end, joiner.start))) return false;
  return body.capitalized && lexicon.isOrganisationWord(body.text);
}

/** Evidence that a bare capitalised run such as "Sergei Shoigu" names a person, not a place or body. */
function looksLikePersonName(article: ArticleWords, candidate: NameCandidate, facts: MentionFacts, addressed: ReadonlySet<string>): boolean {
  const { text, tokens, lexicon } = article;
  const words = candidate.nameTokens;
  if (endsInTitle(article, candidate)) return false;
  if (endsBodyName(article, candidate.firstToken)) return false;
  const whole = lexicon.wordClass(words.map((w) => w.norm).join(' '));
  if (whole === 'place' || whole === 'organization') return false;
  // Someone compromise knows by full name.
  if (whole === 'person') return true;
  const classes = words.map((w) => lexicon.wordClass(w.norm));
  const last = classes[classes.length - 1];
  // An acronym of three letters or more before words in lower case opens a body's name, whatever
  // compromise reads it as ("RIA Novosti", where "Ria" is a given name); initials come before a
  // surname ("AWR Hawkins"), and "JD Vance" has two.
  if (/^\p{Lu}{3,}$/u.test(words[0].text) && words.slice(1).some((w) => /\p{Ll}/u.test(w.text)) && last !== 'lastName' && last !== 'person') return false;
  // A body's word joined by a hyphen is half a double-barrelled surname: "Lionel Ashby-Ford".
  if (classes[0] === 'firstName') return !classes.some((c, i) => i > 0 && c === 'organization' && !words[i].hyphenBefore);
  // A role set beside the run outweighs one word that is also a place: "Valeska Paris, an Australian woman".
  if (facts.role !== null || facts.title !== null) return !classes.some((c) => c === 'organization');
  if (classes.some((c) => c === 'place' || c === 'organization')) return false;
  // An age after the name: whatever compromise reads its words as ("Leroy" a surname, "Jordan" a country), nothing else has one.
  if (AGE_AFTER.test(text.slice(candidate.end, candidate.end + 16))) return true;
  // A given name compromise does not know, before its last word given elsewhere with "Mr" or an office. Not a headline's word ("Beneath Clinton").
  const written = nameWords(words);
  if (classes[0] === 'unknown' && written.length >= 2 && addressed.has(written[written.length - 1])) return true;
  // The signature after a quotation: "…” — Pamela Padilla".
  if (/[”"’]\s*[―—–]{1,2}\s*$/u.test(text.slice(Math.max(0, candidate.start - 6), candidate.start))) return true;
  // A romanised given name with a lower-case hyphenated syllable ("Lee Cheuk-yan"), or a Chinese or
  // Korean family name before romanised given names ("Park Joo-Ho", "Wen Jiabao"). Romanised place
  // names have the same shapes: not after a preposition of place ("a firm in Kwun Tong").
  const place = IN_A_PLACE.has(tokens[candidate.firstToken - 1]?.norm ?? '');
  if (!place && /^\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+-\p{Ll}+$/u.test(text.slice(candidate.start, candidate.end))) return true;
  if (!place && familyNameFirst(nameWords(words))) return true;
  // A given name before a Chinese or Korean family name, Hong Kong style: "Junius Ho", "Cyd Ho".
  if (!place && words.length === 2 && classes[0] === 'unknown' && isEastAsianFamilyName(words[1].text) && (last === 'unknown' || last === 'lastName')) return true;
  // Words compromise does not know at all, or a known surname at the end: "Romelu Lukaku", "Ansel Adams".
  if (((last === 'lastName' || last === 'person') && classes[0] === 'unknown')) return true;
  // Two words compromise knows as surnames, the first standing as a given name, as English gives surnames ("Lewis Carter", "Morgan Hale").
  if (words.length === 2 && classes[0] === 'lastName' && last === 'lastName') return true;
  if (describedAsSomeone(article, candidate)) return true;
  // "Tariq Benali, who finished fourth", "Kofi Adjei-Marsh, a personal trainer in Houston": a relative
  // pronoun for people, or a noun for someone in apposition, after two words compromise does not know.
  if (classes[0] === 'unknown' && words.length >= 2 && setBesideAsSomeone(article, candidate)) return true;
  // A speech verb alone vouches only for words that are not ordinary English: not "Global Affairs said".
  const after = tokens[candidate.endToken];
  if (after !== undefined && classes[0] === 'unknown' && lexicon.isCueVerb(after.norm) && /^\s+$/.test(text.slice(candidate.end, after.start))) return true;
  // Or with where they work set off before it: "Dev Chaudhary, of the Immigration Services Union, which represents …, said".
  const affiliated = AFFILIATION_THEN_VERB.exec(text.slice(candidate.end, candidate.end + 200));
  if (affiliated && classes[0] === 'unknown' && written.length >= 2 && lexicon.isCueVerb(affiliated[1])) return true;
  // Or the speaker after a quotation's own frame: "'…,' said Heejin Carraway-Moon".
  // Not a body's name of English words ("said Judicial Watch", "said Latino Decisions").
  const english = ENGLISH_SUFFIX.test(words[words.length - 1].norm) || last === 'other' || last === 'verb';
  if (classes[0] === 'unknown' && !english && speaksAfterQuotation(article, candidate)) return true;
  // Two words compromise does not know at all, as the doer or the object of a verb in the past
  // ("… Sassi scored", "replaced … Witsel", "saved by … Courtois"). Not after a determiner: "the Sea Org".
  const determiner = tokens[candidate.firstToken - 1] !== undefined && DETERMINERS.has(tokens[candidate.firstToken - 1].norm);
  // A double-barrelled surname is one of the two ("Théo Kowalski-Nakamura founded …"). Or, opening a sentence as its
  // subject, the next sentence going on about them as "he" or "she": "Kwame Asante runs 14 rental units … He estimates …".
  // Things and places are "it".
  // So are a given name compromise does not know, or a word it knows as a surname, before a surname English also
  // has as a given name ("Callum Reid levelled", "Lewis Grant scored").
  const surnameAsGivenName = (classes[0] === 'unknown' || classes[0] === 'lastName') && last === 'firstName';
  const twoNameWords =
    written.length === 2 && (classes.every((c) => c === 'unknown') || surnameAsGivenName) && !determiner && words.every((w) => NAME_SHAPED.test(w.text) && !ENGLISH_SUFFIX.test(w.norm));
  if (twoNameWords && (nextToPastVerb(article, candidate) || goneOnAboutAsPerson(article, candidate))) return true;
  // A given name English also has as a noun ("Lily", "Penny", "Hope") before a word compromise knows only as a surname,
  // the same way or set beside a word for someone: compromise's own tagger reads a capitalised noun before a surname as a name
  // ("Lily Tran called …", "Sandy Phillips, who lost her daughter …").
  if (written.length === 2 && classes[0] === 'other' && last === 'lastName' && !determiner && NAME_SHAPED.test(words[0].text) && (nextToPastVerb(article, candidate) || setBesideAsSomeone(article, candidate))) return true;
  // Someone well known: in the list of office holders ("Hosni Mubarak"). Last, as the dearest check.
  return isKnownOfficeHolder(nameWords(words));
}

/**
 * Two words, the first one compromise does not know shaped as a name, the second a family name of the story: not a word
 * for someone ("Candidate Trump"), an adverb ("Interestingly Blocher"), a word the article also writes in lower case
 * ("a fascist"), a place ("at Guantanamo Bay" beside Michael Bay, "Lake Fairbrother"), nor after a determiner.
 */
function givenBeforeFamilyName(article: ArticleWords, candidate: NameCandidate, familyNames: ReadonlySet<string>, middleWords: ReadonlySet<string>, writtenInLowerCase: (norm: string) => boolean): boolean {
  const { lexicon, tokens } = article;
  const words = nameWords(candidate.nameTokens);
  const first = candidate.nameTokens[0];
  const before = tokens[candidate.firstToken - 1];
  if (words.length !== 2 || !familyNames.has(words[1]) || middleWords.has(words[0]) || lexicon.wordClass(first.norm) !== 'unknown' || !NAME_SHAPED.test(first.text)) return false;
  if (lexicon.isRoleNoun(first.norm) || lexicon.isOrganisationWord(first.text) || /ly$/u.test(first.norm) || (before !== undefined && DETERMINERS.has(before.norm)) || afterPlacePreposition(tokens, candidate.firstToken)) return false;
  const whole = lexicon.wordClass(words.join(' '));
  return whole !== 'place' && whole !== 'organization' && !writtenInLowerCase(first.norm);
}

/** The run stands straight after a speech verb that follows a quotation's closing mark: "'…,' said Adeyemi". */
function speaksAfterQuotation(article: ArticleWords, candidate: NameCandidate): boolean {
  const { text, tokens, lexicon } = article;
  const cue = tokens[candidate.firstToken - 1];
  return cue !== undefined && lexicon.cueMayPrecedeSpeaker(cue.norm) && /^\s+$/u.test(text.slice(cue.end, candidate.start)) && /[,?!]["”’]\s*$/u.test(text.slice(Math.max(0, cue.start - 4), cue.start));
}

/** Prepositions of place that rarely take a person ("in", "at"), unlike "to" and "from" ("went to Marvis Lam"). */
const IN_A_PLACE: ReadonlySet<string> = new Set([...PLACE_PREPOSITIONS].filter((word) => !['to', 'from', 'toward', 'towards'].includes(word)));

/**
 * An apposition after a name, then a verb: "…, a biostatistician at the University of Michigan, said",
 * "…, a crane operator who has worked at the port for 31 years, said". Group 1 is the apposition's
 * words up to a preposition or a relative clause, group 2 the verb.
 */
const APPOSITION_THEN_VERB = /^,\s+(?:a|an|the)\s+([\p{Ll}-]+(?:\s+[\p{Ll}-]+){0,3}?)(?:\s+(?:at|of|in|for|with|from|on)\s[^,"“”]{1,60}|\s+(?:who|that)\s[^,"“”]{1,80})?,\s+(\p{Ll}+)/u;
/** ", of the X Union," (perhaps with a relative clause on the body: ", which represents …,"), then a verb, group 1. */
const AFFILIATION_THEN_VERB = /^,\s+(?:of|from|at|with)\s+[^,"“”]{1,60}(?:,\s+(?:which|that)\s[^,"“”]{1,80})?,\s+(\p{Ll}+)/u;
/** The endings of English nouns for people ("biostatistician", "dispatcher", "economist", "attendant", "trainee"). */
const PERSON_NOUN_ENDING = /(?:ian|ist|er|or|ant|ent|ee)$/u;
/** "…, whose son …": someone with a relative. */
const WHOSE_RELATIVE = /^,\s+whose\s+(\p{Ll}+)/u;

/**
 * A name set beside what someone is, then speaking ("Arash Farahani-Doyle, a biostatistician at the
 * University of Michigan, said"), the noun for them one the lexicon lists or shaped like a noun for a
 * person (a body so described, "a retailer", is ruled out before); or beside a relative of theirs
 * ("Dorota Ostrowski, whose son …").
 */
function describedAsSomeone(article: ArticleWords, candidate: NameCandidate): boolean {
  const { text, lexicon } = article;
  const after = text.slice(candidate.end, candidate.end + 200);
  const relative = WHOSE_RELATIVE.exec(after);
  if (relative) return lexicon.isRelative(relative[1]);
  const described = APPOSITION_THEN_VERB.exec(after);
  if (!described || !lexicon.isCueVerb(described[2])) return false;
  const head = described[1].split(/\s+/u).pop() ?? '';
  return lexicon.isRoleNoun(head) || (PERSON_NOUN_ENDING.test(head) && lexicon.wordClass(head) !== 'organization');
}

/** ", who" after a name: English keeps "who" for people ("which" for bodies and things). */
const WHO_AFTER = /^(?:\s+(?:at|of|from|with)\s[^,"“”]{1,80})?,\s+who\s/u;
/**
 * "the novelist X", "a Houston pastry chef X": a noun for someone straight before the name; or before it
 * in brackets, as reviews give a cast ("the farm's elderly patriarch (X)").
 */
const NOUN_BEFORE = /\b(?:the|a|an)\s+(?:[\p{L}'’-]+\s+){0,2}([\p{Ll}-]+)\s+\(?$/u;
/** "a retired schoolteacher named X": the noun before "named" or "called". */
const NAMED_AFTER = /\b(?:a|an)\s+(?:[\p{Ll}-]+\s+){0,2}([\p{Ll}-]+)\s+(?:named|called)\s+$/u;
/** ", a …" or ", an …" after a name, up to a preposition, a relative pronoun or a mark: the apposition's words. */
const APPOSITION_WORDS = /^,\s+(?:a|an)\s+((?:[\p{Ll}-]+\s+){0,3}?[\p{Ll}-]+)(?=\s+(?:at|of|in|for|with|from|on|who|that|based)\b|\s*[,.;:"“”]|\s+(?:and|but)\b)/u;

/** The rest of an apposition's clause up to "who": "in Houston who", " who". */
const APPOSITION_THEN_WHO = /^(?:\s+(?:in|at|from|of|on|with|for)\s[^,;:."“”]{1,50})?\s+who\s/u;

/**
 * A name followed by ", who" (perhaps past where they work: "X at the Ashby Institute, who"), or by an
 * apposition whose head is a noun for someone ("…, a pastry chef in Houston") or that "who" follows
 * ("…, a season one contestant who …"), or named after one ("a
 * retired schoolteacher named …", "the novelist …").
 */
function setBesideAsSomeone(article: ArticleWords, candidate: NameCandidate): boolean {
  // After a preposition the name is a place or a body the people belong to ("Democrats on Capitol Hill, who").
  const previous = article.tokens[candidate.firstToken - 1];
  if (previous !== undefined && (PLACE_PREPOSITIONS.has(previous.norm) || previous.norm === 'on')) return false;
  const after = article.text.slice(candidate.end, candidate.end + 120);
  // A sentence's adverb before an unknown word is no given name ("Interestingly Blocher, who …").
  if (/ly$/u.test(candidate.nameTokens[0].norm)) return false;
  if (WHO_AFTER.test(after)) return true;
  const apposition = APPOSITION_WORDS.exec(after);
  // "…, a season one contestant who now runs …", "…, a personal trainer in Houston who posts …": "who" after the
  // apposition, in its clause, is said of someone, whatever the noun.
  if (apposition && APPOSITION_THEN_WHO.test(after.slice(apposition[0].length))) return true;
  const before = article.text.slice(Math.max(0, candidate.start - 60), candidate.start);
  const head = apposition?.[1].split(/\s+/u).pop() ?? NAMED_AFTER.exec(before)?.[1] ?? NOUN_BEFORE.exec(before)?.[1];
  return head !== undefined && isNounForSomeone(article, head);
}

/**
 * A noun for someone: one the lexicon lists or compromise tags #Actor ("patriarch"), one ending in a listed noun ("schoolteacher"), or one
 * ending as only nouns for people do ("ornithologist", "historian", "trainee"); not "-er" or "-ant",
 * which things share ("a crater called …", "a restaurant in …").
 */
function isNounForSomeone(article: ArticleWords, noun: string): boolean {
  const { lexicon } = article;
  if (lexicon.isRoleNoun(noun) || lexicon.isActorNoun(noun)) return true;
  for (let k = 3; k <= noun.length - 4; k++) if (lexicon.isRoleNoun(noun.slice(k))) return true;
  return /(?:ist|ian|ee)$/u.test(noun) && lexicon.wordClass(noun) !== 'organization';
}

/** A name's word: a capital, then lower case ("Witsel", "McKay", "O'Neill"); not an acronym or an initial. */
const NAME_SHAPED = /^\p{Lu}[\p{Ll}'’]*\p{Ll}[\p{L}'’-]*$/u;
/** Endings of English derived words, which compromise's lexicon may not list ("National", "Solutions", "Chemical"). */
const ENGLISH_SUFFIX = /(?:al|ions?|ment|ments|ity|ness|ive|ives|ure|ism|ist|ists|ics|ship|ance|ence|ary)$/u;
const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'its', 'their', 'our']);

/**
 * "Jokic scored 30 … Jokic also had …": one word compromise does not know, shaped like a name, that
 * does something in the past ("… scored", "… passed") at least twice and never stands after a
 * determiner or a preposition of place, nor is given as a body ("the banking app X"), is someone the
 * article calls by one name throughout.
 */
function acceptActingNames(article: ArticleWords, claimed: ReadonlySet<number>, registry: PeopleRegistry, givenAsBody: (token: Token) => boolean): void {
  const { text, tokens, lexicon } = article;
  const acts = new Map<string, number>();
  const ruledOut = new Set<string>();
  for (let k = 0; k < tokens.length; k++) {
    const token = tokens[k];
    // A plural is a team or a group ("Raptors", "Oilers"); surnames in -s are ones compromise knows.
    if (claimed.has(k) || !token.capitalized || !NAME_SHAPED.test(token.text) || ENGLISH_SUFFIX.test(token.norm) || /[^s]s$/u.test(token.norm) || lexicon.wordClass(token.norm) !== 'unknown' || givenAsBody(token) || isContraction(lexicon, token)) continue;
    const before = tokens[k - 1];
    const next = tokens[k + 1];
    // Part of a longer capitalised run, unless the word before only opens the sentence ("Later Jokic …").
    const opensSentence = k - 1 === 0 || /(?:^|[.!?"”]\s+)$/u.test(text.slice(Math.max(0, (before?.start ?? 0) - 3), before?.start ?? 0));
    const inRun = (before?.capitalized && /^ $/.test(text.slice(before.end, token.start)) && !opensSentence) || (next?.capitalized && /^ $/.test(text.slice(token.end, next.start)));
    // Before a plural noun it names a body or a place: "Wikinews reporters", "Nuggets fans".
    const modifier = next !== undefined && /^\p{Ll}+s$/u.test(next.text) && lexicon.wordClass(next.norm) === 'other';
    if (inRun || modifier || token.hyphenBefore || next?.hyphenBefore || (before && (DETERMINERS.has(before.norm) || PLACE_PREPOSITIONS.has(before.norm)))) {
      ruledOut.add(token.text);
      continue;
    }
    if (next && !token.possessive && /^ $/.test(text.slice(token.end, next.start)) && PAST_VERB.test(next.text)) acts.set(token.text, (acts.get(token.text) ?? 0) + 1);
  }
  for (const [word, count] of acts) if (count >= 2 && !ruledOut.has(word) && !registry.withSurname(word, 0)) registry.create([word], word);
}

/** How far a sentence opened by a name may run before the next one. */
const SENTENCE_REACH = 400;

/** The run opens its sentence, a verb follows it, and the next sentence opens with "He" or "She". */
function goneOnAboutAsPerson(article: ArticleWords, candidate: NameCandidate): boolean {
  const { text, tokens, lexicon } = article;
  if (!/(?:^|[.!?]["”’]?\s+|\n)$/u.test(text.slice(Math.max(0, candidate.start - 3), candidate.start))) return false;
  const after = tokens[candidate.endToken];
  if (!after || after.capitalized || !/^ $/.test(text.slice(candidate.end, after.start)) || lexicon.wordClass(after.norm) === 'function') return false;
  const rest = text.slice(candidate.end, candidate.end + SENTENCE_REACH);
  const next = /[.!?]["”’]?[ \t]+(\p{Lu}\p{Ll}*)\b/u.exec(rest);
  return next !== null && !rest.slice(0, next.index).includes('\n') && (next[1] === 'He' || next[1] === 'She');
}

/** "I've", "We'd": a pronoun and a verb's ending, which compromise's lexicon may not list whole; no name. */
function isContraction(lexicon: Lexicon, token: Token): boolean {
  const parts = /^(\p{L}+)['’](?:ve|m|d|ll|re)$/u.exec(token.norm);
  return parts !== null && lexicon.wordClass(parts[1]) === 'function';
}

/** The run, or the list of capitalised words it ends, stands after a preposition of place. */
function afterPlacePreposition(tokens: readonly Token[], firstToken: number): boolean {
  let k = firstToken - 1;
  for (let steps = 0; k >= 0 && steps < 8 && (tokens[k].capitalized || tokens[k].norm === 'and' || tokens[k].norm === 'or'); steps++) k--;
  return k >= 0 && PLACE_PREPOSITIONS.has(tokens[k].norm);
}

/** A lower-case word in -ed: a verb in the past, or a passive's participle. */
const PAST_VERB = /^\p{Ll}+ed$/u;

/** The run stands right before a verb in the past, or right after one (or after "by" after one). */
function nextToPastVerb(article: ArticleWords, candidate: NameCandidate): boolean {
  const { text, tokens } = article;
  const spaced = (a: Token, b: Token): boolean => /^ $/.test(text.slice(a.end, b.start));
  if (afterPlacePreposition(tokens, candidate.firstToken)) return false;
  const after = tokens[candidate.endToken];
  const last = candidate.nameTokens[candidate.nameTokens.length - 1];
  if (after && PAST_VERB.test(after.text) && spaced(last, after) && !last.possessive) return true;
  const first = candidate.nameTokens[0];
  const before = tokens[candidate.firstToken - 1];
  if (!before || !spaced(before, first)) return false;
  if (PAST_VERB.test(before.text)) return true;
  const beforeBy = tokens[candidate.firstToken - 2];
  return before.norm === 'by' && beforeBy !== undefined && PAST_VERB.test(beforeBy.text) && spaced(beforeBy, before);
}

/**
 * "Mr Gopal" after "Mr Gopal Krishnan, 72": the one person of two names opening with the word whose full
 * name the article gave with an honorific, as Singaporean and Malaysian copy styles people named by
 * given name ("Mr Gopal Krishnan" … "Mr Gopal"). Not a full name given bare ("Keir Starmer" … "Mr Keir").
 */
function givenNameAfterHonorific(registry: PeopleRegistry, given: string, lexicon: Lexicon): Draft | undefined {
  const draft = registry.withGivenName(given);
  return draft && draft.nameWords.length === 2 && draft.mentions.some((mention) => mention.form === 'full' && openingHonorificGender(mention.text, lexicon) !== null) ? draft : undefined;
}

/** A credit in a caption's credit part makes a photographer; named only in captions' words, someone is pictured. */
function captionCredit(mentions: readonly Mention[], inCaption: (mention: Mention) => CaptionPart): CreditKind {
  return mentions.some((mention) => inCaption(mention) === 'photo') ? 'photo' : 'pictured';
}

/** Where in a picture's caption a mention stands: its credit, or its words (the one pictured); null outside captions. */
type CaptionPart = 'photo' | 'pictured' | null;

function finish(drafts: readonly Draft[], lexicon: Lexicon, creditMentions: ReadonlyMap<Mention, CreditKind>, inCaption: (mention: Mention) => CaptionPart): Person[] {
  const people = drafts
    .filter((draft) => draft.mentions.length > 0)
    .map((draft) => {
      draft.mentions.sort((a, b) => a.start - b.start);
      return draft;
    })
    .sort((a, b) => a.mentions[0].start - b.mentions[0].start);

  const result: Person[] = [];
  people.forEach((draft, index) => {
    const id = `p${index + 1}`;
    const stated = draft.facts.find((f) => f.title)?.title ?? null;
    const role = draft.facts.find((f) => f.role)?.role ?? null;
    const counterpart = draft.facts.some((f) => f.counterpart);
    const inferred = counterpart && !stated ? counterpartTitle(result, draft.mentions[0].start, lexicon) : null;
    const title = stated ?? inferred;
    const statedAffiliation = draft.facts.find((f) => f.affiliation)?.affiliation ?? null;
    const known = statedAffiliation ? null : knownAffiliation(draft.nameWords, stated, lexicon);
    const { gender, evidence } = genderFromWords(draft, lexicon);
    // The story's writer is its writer wherever else the page names them (an author's note, a bio line, "Reporter X").
    const wrote = draft.mentions.some((mention) => creditMentions.get(mention) === 'byline');
    const credit = wrote ? 'byline' : draft.mentions.every((mention) => creditMentions.has(mention) || inCaption(mention) !== null)
      ? creditMentions.get(draft.mentions.find((mention) => creditMentions.has(mention)) ?? draft.mentions[0]) ?? captionCredit(draft.mentions, inCaption)
      : null;
    result.push({
      id,
      name: spelledAsWritten(draft.name || draft.nameWords.join(' '), draft.mentions),
      title,
      titleSource: stated ? 'article' : inferred ? 'inferred' : null,
      role,
      affiliation: statedAffiliation ?? known?.affiliation ?? null,
      affiliationSource: statedAffiliation ? 'article' : known ? 'reference' : null,
      affiliationReference: statedAffiliation ? null : known?.reference ?? null,
      official: stated !== null || (role !== null && lexicon.isOfficialRole(role)),
      gender,
      genderEvidence: evidence,
      credit,
      mentions: draft.mentions.map((m) => ({ ...m, personId: id })),
    });
  });
  return result;
}

/** "his Russian counterpart": the office of the official named last before, as held abroad. */
function counterpartTitle(earlier: readonly Person[], offset: number, lexicon: Lexicon): string | null {
  let referent: Person | undefined;
  let nearest = -1;
  for (const person of earlier) {
    if (!person.title) continue;
    for (const mention of person.mentions) {
      if (mention.start < offset && mention.start > nearest) {
        nearest = mention.start;
        referent = person;
      }
    }
  }
  if (!referent?.title) return null;
  let title = referent.title;
  for (const [pattern, to] of lexicon.counterpartTitles) {
    if (pattern.test(title)) {
      title = title.replace(pattern, to);
      break;
    }
  }
  return title;
}

/** The gender an honorific gives ("Mrs." female, "Mr." male; none for "Dr."). */
function honorificGender(article: ArticleWords, candidate: NameCandidate): 'male' | 'female' | null {
  return candidate.honorific ? openingHonorificGender(article.text.slice(candidate.start, candidate.nameTokens[0].start), article.lexicon) : null;
}

/**
 * How well a person sharing a surname fits an honorific of this gender: 0 when their given name (by
 * compromise) or the honorifics that named them so far say otherwise ("Mr. Trump" is not Ivana), 2
 * when they agree. A given name compromise does not list fits "Mr." as well as a listed man's name
 * does and "Mrs." or "Ms." less well than a listed woman's: the names it leaves out are mostly men's
 * that are also words (Bill, Bob, Frank, Jack, Mark; on PolNeAR train 72 of the people with such a name
 * are called Mr. and 29 Mrs. or Ms.), so "Mrs. Clinton" is Hillary, not Bill. When nobody fits, anyone
 * may be meant: a given name can mislead ("Lindsey Graham").
 */
function genderFit(lexicon: Lexicon, draft: Draft, gender: 'male' | 'female'): number {
  const given = draft.nameWords.length > 1 ? lexicon.gender(draft.nameWords[0].toLowerCase()) : null;
  const honorifics = draft.honorificGenders;
  const known = given ?? (honorifics?.size === 1 ? [...honorifics][0] : null);
  if (known === null) return gender === 'male' ? 2 : 1;
  return known === gender ? 2 : 0;
}
