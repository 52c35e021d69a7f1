import titleData from './titles.json';
import placeData from './places.json';
import cueData from './cues.json';
import { cueVerbForms, type CueVerb } from './cueVerbs';
import { compromiseClass, compromiseNameGender, compromisePlaceAndBodyWords, cueConjugation, inCompromiseLexicon, isCompromiseActor, type WordClass } from './compromiseWords';
import roleData from './roles.json';
import sourceWordData from './sourceWords.json';
import placeWordSurnameData from './placeWordSurnames.json';
import { HONORIFIC_GENDERS, PERSON_HONORIFICS } from './honorifics';
import { stripAccents } from '../text/accents';
import { spellingKey } from './spelling';
import type { Token } from '../text/tokens';

export type { WordClass } from './compromiseWords';

export interface TitleMatch {
  /** Token index one past the title's last token. */
  end: number;
  /** The title in its full, canonical form ("Brigadier General" for "Brig-Gen"). */
  canonical: string;
}

/**
 * Where a sentence's main clause ends and a clause telling something else begins: a subordinating
 * word ("where their home stood", "after services were suspended"). A relative clause set off by
 * "who" or "which" may stand before the main verb ("Ann Lee, who won …, is calling …"), so it ends none.
 */
const SUBORDINATE_CLAUSE = /,?\s+(?:where|after|before|when|while|since|until|because)\s/u;
/**
 * The participles captions use for what a picture shows, after the names set off by a comma or
 * straight after the opening noun: "Marco Ruiz, photographed in …", "Smoke seen at …".
 */
const SHOWN_BY_PARTICIPLE = /^(?:[^,.]{2,80},(?:\s+\d{1,3},)?|\p{Lu}[\p{L}'’-]*(?:\s+[\p{L}'’-]+){0,2})\s+(?:photographed|pictured|seen|shown)\s+(?:at|in|on|during|near|outside|inside|with|after|before|as|from)\b/u;

/** Words that open a noun phrase: a participle after one describes the noun ("a waterlogged road", "the converted garage"). */
const NOUN_OPENERS: ReadonlySet<string> = new Set(['a', 'an', 'the', 'its', 'their', 'his', 'her', 'our']);

/** The data-driven lexicon of titles, honorifics, nationalities and cue words. */
export class Lexicon {
  private readonly titles = new Map<string, string>();
  /** First words of all titles: most capitalised words are names, and are turned away at once. */
  private readonly titleStarts = new Set<string>();
  /** The first words of the titles of more than one word, as keys ("deputy", "deputy foreign"): past them no title can match. */
  private readonly titlePrefixes = new Set<string>();
  private readonly honorifics: ReadonlySet<string>;
  /** Spelling keys of the words looked up: every token is folded before a title is sought. */
  private readonly foldCache = new Map<string, string>();
  private readonly nationalities: ReadonlyMap<string, string | null>;
  /** The countries the nationality words stand for, by name ("Chile", "United Arab Emirates"). */
  private readonly countryNames: ReadonlySet<string>;
  private readonly roleNouns: ReadonlySet<string>;
  private readonly officialRoles: ReadonlySet<string>;
  private readonly beforeGivenName: ReadonlySet<string> = new Set(titleData.beforeGivenName.map((prefix) => prefix.toLowerCase()));
  private readonly organisationWords: ReadonlySet<string>;
  private cueVerbs: ReadonlyMap<string, CueVerb> | undefined;
  private readonly creditSources: ReadonlySet<string>;
  private readonly newsAgencies: ReadonlySet<string>;
  private readonly publicationNames: ReadonlySet<string>;
  private readonly workNouns: ReadonlySet<string>;
  /** Cue phrases as words: "according to" → ["according", "to"]. */
  readonly cuePhraseWords: ReadonlyArray<readonly string[]>;
  private readonly phrasesBeforeSpeaker: ReadonlySet<string>;
  private readonly speechNouns: ReadonlySet<string>;
  /** An office and its counterpart abroad ("Secretary" → "Minister"), as a word pattern and its replacement. */
  readonly counterpartTitles: ReadonlyArray<[RegExp, string]>;
  private readonly titleAffiliations: ReadonlyMap<string, string>;
  private readonly genderedTitles: ReadonlyMap<string, 'male' | 'female'>;
  private readonly genderedRoles: ReadonlyMap<string, 'male' | 'female'>;
  private readonly relatives: ReadonlySet<string>;
  private readonly relativeInverses: ReadonlyMap<string, readonly string[]>;
  private maxTitleLength = 1;
  private readonly wordClassCache = new Map<string, WordClass>();
  private readonly nounCache = new Map<string, boolean>();
  private readonly plainVerbCache = new Map<string, boolean>();
  private readonly namingModifierCache = new Map<string, boolean>();

  constructor(extraTitles: readonly string[] = []) {
    this.honorifics = PERSON_HONORIFICS;
    for (const title of titleData.titles) this.addTitle(title, title);
    for (const portfolio of titleData.portfolios) {
      for (const head of titleData.portfolioHeads) this.addTitle(`${portfolio} ${head}`, `${portfolio} ${head}`);
    }
    for (const [short, full] of Object.entries(titleData.abbreviations)) this.addTitle(short, full);
    // "Deputy Foreign Minister", "Vice Admiral", "Acting Attorney General": a modifier before any title.
    for (const [key, canonical] of [...this.titles]) {
      for (const modifier of titleData.titleModifiers) {
        this.titles.set(`${this.fold(modifier.toLowerCase())} ${key}`, `${modifier} ${canonical}`);
        this.titleStarts.add(this.fold(modifier.toLowerCase()));
      }
    }
    for (const title of extraTitles) if (title.trim()) this.addTitle(title.trim(), title.trim());
    for (const key of this.titles.keys()) {
      for (let space = key.indexOf(' '); space >= 0; space = key.indexOf(' ', space + 1)) this.titlePrefixes.add(key.slice(0, space));
    }
    // Seats of government ("White House", "Kremlin") stand for their country before an office.
    this.nationalities = new Map([...Object.entries(placeData.nationalities), ...Object.entries(placeData.governmentSeats)]);
    this.countryNames = new Set(Object.values(placeData.nationalities).filter((country): country is string => country !== null));
    this.roleNouns = new Set(roleData.roleNouns);
    this.officialRoles = new Set(roleData.officialRoles);
    this.organisationWords = new Set(roleData.organisationWords);
    this.newsAgencies = new Set(roleData.newsAgencies);
    this.creditSources = new Set([...roleData.newsAgencies, ...roleData.creditSources]);
    this.publicationNames = new Set(sourceWordData.publicationNames);
    this.workNouns = new Set(roleData.workNouns);
    this.cuePhraseWords = cueData.phrases.map((phrase) => phrase.split(' '));
    this.phrasesBeforeSpeaker = new Set(cueData.phrasesBeforeSpeaker);
    this.speechNouns = new Set(cueData.speechNouns);
    this.counterpartTitles = Object.entries(titleData.counterpartTitles).map(([from, to]) => [new RegExp(`\\b${from}\\b`), to]);
    this.genderedTitles = new Map([
      ...titleData.genderedTitles.male.map((title) => [title.toLowerCase(), 'male'] as const),
      ...titleData.genderedTitles.female.map((title) => [title.toLowerCase(), 'female'] as const),
    ]);
    this.genderedRoles = new Map([
      ...roleData.genderedRoles.male.map((role) => [role, 'male'] as const),
      ...roleData.genderedRoles.female.map((role) => [role, 'female'] as const),
    ]);
    this.relatives = new Set(roleData.relatives);
    this.relativeInverses = new Map(Object.entries(roleData.relativeInverses));
    this.titleAffiliations = new Map(Object.entries(titleData.titleAffiliations));
  }

  /** How many tokens from its start `matchTitle` reads at most. */
  get titleReach(): number {
    return this.maxTitleLength;
  }

  /** Whether a title may start with this word: `matchTitle` finds none at a word for which this is false. */
  mayStartTitle(norm: string): boolean {
    return this.titleStarts.has(this.fold(norm));
  }

  /** Longest title starting at token `i`, if any ("Secretary of State", "Brig-Gen", "Foreign Minister"). */
  matchTitle(tokens: readonly Token[], i: number): TitleMatch | null {
    if (!this.titleStarts.has(this.fold(tokens[i].norm))) return null;
    const limit = Math.min(tokens.length, i + this.maxTitleLength);
    let key = '';
    let best: TitleMatch | null = null;
    for (let j = i; j < limit; j++) {
      key = j === i ? this.fold(tokens[j].norm) : `${key} ${this.fold(tokens[j].norm)}`;
      const canonical = this.titles.get(key);
      if (canonical !== undefined) best = { end: j + 1, canonical };
      if (tokens[j].possessive || !this.titlePrefixes.has(key)) break;
    }
    return best;
  }

  /** The country a title names on its own ("Secretary of State" → United States), if any. */
  titleAffiliation(canonical: string): string | null {
    return this.titleAffiliations.get(canonical) ?? null;
  }

  isHonorific(token: Token): boolean {
    return this.honorifics.has(token.norm);
  }

  /** The country or body a nationality word stands for: "French" → "France"; undefined if not one. */
  nationality(word: string): string | null | undefined {
    return this.nationalities.get(word);
  }

  /**
   * A country named at token `i`, as its nationality word would stand for it ("Chile", "United Arab
   * Emirates"), or a nationality word that names it ("U.S."); the token after it. Only where a country
   * is expected ("ambassador to …"): some names ("Jordan", "Georgia") are people's names elsewhere.
   */
  countryAt(tokens: readonly Token[], i: number): { country: string; end: number } | undefined {
    for (let width = 3; width >= 1; width--) {
      if (i + width > tokens.length) continue;
      const words = tokens.slice(i, i + width);
      if (words.some((token, k) => k > 0 && token.start !== words[k - 1].end + 1)) continue;
      const name = words.map((token) => token.text).join(' ');
      if (this.countryNames.has(name)) return { country: name, end: i + width };
    }
    const nationality = this.nationalityAt(tokens, i);
    return nationality?.country ? { country: nationality.country, end: nationality.end } : undefined;
  }

  /** A nationality of one or two words at token `i` ("French", "South Korean", "U.S."), and the token after it. */
  nationalityAt(tokens: readonly Token[], i: number): { country: string | null; end: number } | undefined {
    const next = tokens[i + 1];
    // Initials with stops are two tokens: "U.S.", "U.K.", "U.N.".
    if (next && tokens[i].dotted && next.dotted && next.start === tokens[i].end + 1 && tokens[i].text.length === 1 && next.text.length === 1) {
      const initials = this.nationalities.get(`${tokens[i].text}.${next.text}.`);
      if (initials !== undefined) return { country: initials, end: i + 2 };
    }
    if (next && !tokens[i].possessive) {
      const pair = this.nationalities.get(`${tokens[i].text} ${next.text}`);
      if (pair !== undefined) return { country: pair, end: i + 2 };
    }
    const single = this.nationalities.get(tokens[i].text);
    return single === undefined ? undefined : { country: single, end: i + 1 };
  }

  isRoleNoun(norm: string): boolean {
    return this.roleNouns.has(norm) || this.roleNouns.has(norm.replace(/s$/, ''));
  }

  /** A noun compromise tags #Actor, for what someone is or does ("patriarch", "chef", "cinematographer"). */
  isActorNoun(norm: string): boolean {
    return isCompromiseActor(norm);
  }

  /** A role that makes a person an official even without a formal title ("spokesman"). */
  /** A title or honorific written before a given name, not a surname ("Prince Abdulelah", "Sir Keir"). */
  isBeforeGivenName(prefix: string): boolean {
    return this.beforeGivenName.has(prefix.replace(/\.$/u, '').toLowerCase());
  }

  /** The word of an office that a noun for its holder stands for ("congresswoman" → "representative"), or the noun itself. */
  officeOfHolderNoun(norm: string): string {
    return roleData.officesOfHolderNouns[norm as keyof typeof roleData.officesOfHolderNouns] ?? norm;
  }

  isOfficialRole(norm: string): boolean {
    return this.officialRoles.has(norm);
  }

  /**
   * A word that ends the names of bodies and places rather than people: ours ("Foundation",
   * "News") and compromise's own place and organisation words ("County", "Motors", "Hollow"),
   * less the ones that are also common surnames.
   */
  isOrganisationWord(word: string): boolean {
    if (this.organisationWords.has(word)) return true;
    const lower = word.toLowerCase();
    return compromisePlaceAndBodyWords().has(lower) && !SURNAMES_AMONG_PLACE_WORDS.has(lower);
  }

  /** A place's or body's word that is also a common surname ("Park", "Hill", "Woods"): placeWordSurnames.json. */
  isSurnameAmongPlaceWords(word: string): boolean {
    return SURNAMES_AMONG_PLACE_WORDS.has(word.toLowerCase());
  }

  /** A kind of work whose title follows it: "the film …", "her novel …". */
  isWorkNoun(norm: string): boolean {
    return this.workNouns.has(norm);
  }

  /** The last word of a news outlet's name ("Times", "Tribune", "CNN"), from sourceWords.json. */
  isPublicationName(word: string): boolean {
    return this.publicationNames.has(word);
  }

  /** The same, in capitals too, as credits print them ("THE CANADIAN PRESS"). */
  isPublicationNameInAnyCase(word: string): boolean {
    return inAnyCase(this.publicationNames, word, 2);
  }

  /** An agency or a site that a credit line names besides the photographer ("Reuters", "Getty Images"). */
  isCreditSource(word: string): boolean {
    return inAnyCase(this.creditSources, word);
  }

  /** A news agency's name ("AFP", "Reuters", "REUTERS"): a credit, or a story's byline. */
  isNewsAgency(word: string): boolean {
    return inAnyCase(this.newsAgencies, word);
  }

  /**
   * Whether compromise's tagger reads a word as a noun after "the" ("the campaign", "the plan"),
   * cached per word: a quote in front of such a word modifies it ("the 'Never Trump' movement").
   */
  isNounAfterArticle(norm: string): boolean {
    return remembered(this.nounCache, norm, () => compromiseNlp()(`the ${norm}`).terms().last().has('#Noun'));
  }

  /**
   * Whether compromise's tagger reads "the MODIFIER NOUN" as a noun named by a kind ("the 'unity' lunch",
   * "the 'opt out' movement"): the last word a noun, the modifier's last word no adjective or participle
   * describing it ("the 'fair' process", "the 'rigged' system"). Cached per phrase: asked only of a few quotes.
   */
  modifierNamesKind(modifier: string, noun: string): boolean {
    const phrase = `the ${modifier} ${noun}`;
    return remembered(this.namingModifierCache, phrase, () => {
      const terms = compromiseNlp()(phrase).terms();
      return terms.last().has('#Noun') && !terms.eq(terms.length - 2).has('(#Adjective|#PastTense|#Participle)');
    });
  }

  /**
   * Whether compromise's tagger reads the first word of a short phrase as a verb in its plain form, as
   * an imperative opens ("stay safe", "miss a story"), not as a noun, an adverb or a modal ("party of
   * opportunity", "abroad in America", "should it"). Cached per phrase: asked only of a few lines a page.
   */
  opensWithPlainVerb(phrase: string): boolean {
    return remembered(this.plainVerbCache, phrase, () => compromiseNlp()(phrase).terms().first().has('#Infinitive'));
  }

  /**
   * Whether compromise reads a short paragraph as a picture's caption does: no verb, or only verbs of
   * action in the present ("Crews arrive at the quay", "The boys are recovering in hospital"); a
   * story tells what was done or said ("He did not elaborate", "Police say …") or what is so ("The
   * scene is untrue", "There are more voters"). Asked only of the few lines over a picture's credit.
   */
  describesPicture(paragraph: string): boolean {
    return this.pictureReading(paragraph) !== null;
  }

  /**
   * How compromise reads a short paragraph, as `describesPicture` asks: `fragment` with no verb at all
   * ("Nurses outside the hospital"), `scene` with only verbs of action in the simple present ("Crews
   * arrive at the quay"), `progressive` with one in the present progressive too; null for a story's
   * sentence.
   */
  pictureReading(paragraph: string, mainClause = false): 'fragment' | 'scene' | 'progressive' | null {
    // A capitalised first word the tagger takes for a verb is a name or a noun it does not know ("Annalise
    // Brogan at …", "Shipping containers at …"): a caption gives no orders.
    const firstWord = /^\p{Lu}[\p{L}'’-]*/u.exec(paragraph)?.[0];
    const verbs = compromiseNlp()(paragraph)
      .verbs()
      .json()
      .filter(({ text }) => firstWord === undefined || text?.replace(/[\s,.;:]+$/u, '') !== firstWord)
      // In a main clause, a participle after an article or a possessive describes a noun ("a waterlogged road").
      .filter(({ text }) => !mainClause || !NOUN_OPENERS.has(wordBefore(paragraph, text?.replace(/[\s,.;:]+$/u, '') ?? '')));
    if (verbs.length === 0) return 'fragment';
    let reading: 'scene' | 'progressive' = 'scene';
    for (const { text, verb } of verbs) {
      const infinitive = verb?.infinitive ?? '';
      // The tagger may join a plural noun to its verb ("Volunteers try", "party celebrate") and give the chunk no form: the verb is its last word.
      const form = verb?.grammar?.form ?? (mainClause ? this.formOfLastWord(text ?? '') : undefined);
      // Speech in the main clause is a story's, in the progressive too ("Ann Lee is declaring that …").
      if (form === 'present-progressive' && !(mainClause && this.isCueVerb(infinitive))) reading = 'progressive';
      else if (form !== 'simple-present' || infinitive === 'be' || infinitive === 'have' || this.isCueVerb(infinitive)) return null;
    }
    return reading;
  }

  /**
   * Whether a caption's first sentence tells the picture's scene in its main clause, whatever the
   * clauses after it tell ("Elena Vargas on the lot where their home stood before the fire.",
   * "Commuters walk along the tracks after services were suspended.") or the sentences after it,
   * or names what is shown with a participle ("Marco Ruiz, photographed in Los Angeles in August.",
   * "Smoke seen at the tunnel's entrance"). Asked only of a line over a picture's credit.
   */
  describesPictureInMainClause(paragraph: string): boolean {
    const doc = compromiseNlp()(paragraph);
    const sentence: string = doc.sentences().json()[0]?.text ?? paragraph;
    // A caption opens on what it shows; a story's sentence often on a link or a circumstance ("But even after …", "Despite …", "According to …").
    if (/^[("“'‘]/u.test(sentence) || doc.terms().first().has('(#Conjunction|#Preposition|#Adverb|#Gerund)')) return false;
    if (SHOWN_BY_PARTICIPLE.test(sentence)) return true;
    const main = sentence.split(SUBORDINATE_CLAUSE)[0];
    return this.pictureReading(main, true) !== null;
  }

  private formOfLastWord(chunk: string): string | undefined {
    const last = /[\p{L}'’-]+(?=[\s,.;:]*$)/u.exec(chunk)?.[0];
    return last ? compromiseNlp()(last).verbs().json()[0]?.verb?.grammar?.form : undefined;
  }

  isCueVerb(norm: string): boolean {
    return this.cueVerb(norm) !== undefined;
  }

  /** A cue verb form and what it allows; the forms are derived on first use. */
  cueVerb(norm: string): CueVerb | undefined {
    if (!this.cueVerbs) {
      // From the generated table; a verb added to cues.json since it was generated is conjugated by compromise itself.
      this.cueVerbs = cueVerbForms((infinitive) => {
        const known = cueConjugation(infinitive);
        if (known) return { ...known };
        const nlp = compromiseModule();
        return nlp.methods().two.transform.verb.conjugate(infinitive, nlp.model());
      }, undefined);
    }
    return this.cueVerbs.get(norm);
  }

  /** A noun for what someone said or wrote ("warning", "slogan"): its possessor is the source. */
  isSpeechNoun(norm: string): boolean {
    return this.speechNouns.has(norm);
  }

  /** A cue (verb form or phrase, lower case) that may stand before its speaker: "said X", "according to X". */
  cueMayPrecedeSpeaker(cue: string): boolean {
    return this.phrasesBeforeSpeaker.has(cue) || this.cueVerb(cue)?.mayPrecedeSpeaker === true;
  }

  /** Folds British and American spellings so "Defence" and "Defense" are one title. */
  fold(norm: string): string {
    return remembered(this.foldCache, norm, () => spellingKey(norm));
  }

  /** The gender a title's head word names ("Queen", "Crown Prince", "Deputy Spokeswoman"), if any. */
  titleGender(title: string): 'male' | 'female' | null {
    const head = title.trim().split(/\s+/).pop()?.toLowerCase() ?? '';
    return this.genderedTitles.get(head) ?? null;
  }

  /** Whether a role names a relative by its last word ("her nephew", "his wife"). */
  isRelative(role: string): boolean {
    return this.relatives.has(role.trim().split(/\s+/).pop()?.toLowerCase() ?? '');
  }

  /** Whether someone who is `relative` to another ("daughter") makes that other their `word` ("mother"). */
  isInverseRelative(relative: string, word: string): boolean {
    return this.relativeInverses.get(relative.trim().split(/\s+/).pop()?.toLowerCase() ?? '')?.includes(word.toLowerCase()) ?? false;
  }

  /** The gender a role names by its last word ("her husband", "businesswoman"), if any. */
  roleGender(role: string): 'male' | 'female' | null {
    const head = role.trim().split(/\s+/).pop()?.toLowerCase() ?? '';
    return this.genderedRoles.get(head) ?? null;
  }

  /** The gender an honorific names ("Mrs", "Sir"), if any. */
  honorificGender(norm: string): 'male' | 'female' | null {
    return HONORIFIC_GENDERS.get(norm) ?? null;
  }

  /** The gender a given name or an honorific suggests, if any. */
  gender(norm: string): 'male' | 'female' | null {
    const honorific = this.honorificGender(norm);
    if (honorific) return honorific;
    return compromiseNameGender(lexiconKey(norm));
  }

  /**
   * The class of a phrase of several words ("nova scotia", "general motors"), not cached: phrases
   * are many and seldom repeat, and a look-up that misses costs one Map probe.
   */
  phraseClass(phrase: string): WordClass {
    return classify(phrase);
  }

  wordClass(norm: string): WordClass {
    let result = this.wordClassCache.get(norm);
    if (result === undefined) {
      result = classify(norm);
      this.wordClassCache.set(norm, result);
    }
    return result;
  }

  /** The canonical form of a title written any way ("Defence Secretary" → "Defense Secretary"), or the phrase itself. */
  canonicalTitle(phrase: string): string {
    return this.titles.get(this.titleParts(phrase).join(' ')) ?? phrase;
  }

  private titleParts(phrase: string): string[] {
    return phrase.toLowerCase().split(/[\s-]+/).filter(Boolean).map((part) => this.fold(part.replace(/\.$/, '')));
  }

  private addTitle(phrase: string, canonical: string): void {
    const parts = this.titleParts(phrase);
    this.titles.set(parts.join(' '), canonical);
    this.titleStarts.add(parts[0]);
    this.maxTitleLength = Math.max(this.maxTitleLength, parts.length + 1);
  }
}

/** Place and organisation words of compromise that are also surnames ("Hill", "Woods"): see placeWordSurnames.json. */
const SURNAMES_AMONG_PLACE_WORDS: ReadonlySet<string> = new Set(placeWordSurnameData.surnamesAmongPlaceWords);

/** The word before the first place `words` stand in `paragraph`, lower case; '' when none. */
function wordBefore(paragraph: string, words: string): string {
  const at = words === '' ? -1 : paragraph.indexOf(words);
  return at < 0 ? '' : (/([\p{L}'’]+)\s+$/u.exec(paragraph.slice(0, at))?.[1].toLowerCase() ?? '');
}

/** What the lexicon asks of compromise's tagger: the tags of one short phrase's words. */
interface TaggedView {
  terms(): { last(): { has(tag: string): boolean }; first(): { has(tag: string): boolean }; eq(index: number): { has(tag: string): boolean }; length: number };
  verbs(): { json(): ReadonlyArray<{ text?: string; verb?: { infinitive?: string; grammar?: { form?: string } } }> };
  sentences(): { json(): ReadonlyArray<{ text?: string }> };
}

interface Compromise {
  (text: string): TaggedView;
  model(): unknown;
  methods(): { two: { transform: { verb: { conjugate(infinitive: string, model: unknown): Record<string, string | undefined> } } } };
}

/**
 * compromise itself, loaded only when its tagger is asked (a few articles in a hundred): loading it
 * builds its whole model, about 120 ms; what the analysis reads of the model is in compromiseWords.json.
 */
function compromiseModule(): Compromise {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- lazy, see above
  const loaded = require('compromise') as Compromise & { default?: Compromise };
  return loaded.default ?? loaded;
}

function compromiseNlp(): (text: string) => TaggedView {
  return compromiseModule();
}

/** The key under which compromise's lexicon holds a word; it is keyed without accents, so "josé" is found as "jose". */
function lexiconKey(norm: string): string {
  return inCompromiseLexicon(norm) ? norm : stripAccents(norm);
}

function classify(norm: string): WordClass {
  return compromiseClass(lexiconKey(norm)) ?? 'unknown';
}

/**
 * A name of the set, or one printed in capitals as credits and mastheads print them ("REUTERS/Jane
 * Roe", "THE CANADIAN PRESS"): `shortest` capitals at least, so that initials stay initials.
 */
function inAnyCase(names: ReadonlySet<string>, word: string, shortest = 3): boolean {
  if (names.has(word)) return true;
  return word.length >= shortest && /^\p{Lu}+$/u.test(word) && names.has(word[0] + word.slice(1).toLowerCase());
}

/** Bounded: a long session sees ever more distinct words and phrases. */
const CACHE_LIMIT = 100_000;

/** The answer cached under `key`, computed and kept on first ask; the cache is emptied when full. */
function remembered<V>(cache: Map<string, V>, key: string, compute: () => V): V {
  let value = cache.get(key);
  if (value === undefined) {
    if (cache.size >= CACHE_LIMIT) cache.clear();
    value = compute();
    cache.set(key, value);
  }
  return value;
}

const cache = new Map<string, Lexicon>();

/** One lexicon per set of extra titles, built once. */
export function getLexicon(extraTitles: readonly string[] = []): Lexicon {
  const key = extraTitles.join('\u0000');
  let lexicon = cache.get(key);
  if (!lexicon) {
    lexicon = new Lexicon(extraTitles);
    cache.set(key, lexicon);
  }
  return lexicon;
}
