import holderData from '../lexicon/officeHolders.json';
import type { Lexicon } from '../lexicon';
import type { AffiliationReference } from '../types';
import { foldName, nameParts, samePartsName, surnameWord, type NameParts } from './names';

interface OfficeHolder {
  /** Each way of writing the name, already split: the list is fixed, the articles are many. */
  names: NameParts[];
  offices: string[];
  affiliation: string;
  reference: AffiliationReference;
}

interface HolderJson {
  name: string;
  aka?: string[];
  offices: string[];
  source: string;
  wikidata?: string;
}

interface SourcesJson {
  hand: { asOf: string };
  wikidata: { asOf: string } | null;
}

/** A person of the list as written, split into names only when a look-up reaches them. */
interface ListedHolder {
  person: HolderJson;
  affiliation: string;
  holder?: OfficeHolder;
}

let byEndWord: Map<string, ListedHolder[]> | undefined;

/**
 * The people of the list under the first and the last word of each of their names, folded: a
 * surname ends with the name's last word, or is its first word when the family name comes first
 * ("Xi Jinping"). Splitting all 2,000 names up front (about 10 ms, in the first analysis of every
 * fresh worker) is left to the look-ups, which split only the few people under the word they ask for.
 */
function endWordIndex(): Map<string, ListedHolder[]> {
  if (byEndWord) return byEndWord;
  byEndWord = new Map();
  const affiliations = holderData.affiliations as Record<string, readonly HolderJson[]>;
  for (const [affiliation, people] of Object.entries(affiliations)) {
    for (const person of people) {
      const listed: ListedHolder = { person, affiliation };
      for (const name of [person.name, ...(person.aka ?? [])]) {
        const words = name.split(/\s+/);
        // The surname is the last word, or the first ("Xi Jinping"), or the middle one ("John Lee Ka-chiu").
        for (const word of [words[0], surnameWord(words), words[words.length - 1]]) {
          const key = foldName(word);
          const list = byEndWord.get(key);
          // Listed once under a word, as each person was once under a surname.
          if (!list) byEndWord.set(key, [listed]);
          else if (list[list.length - 1] !== listed) list.push(listed);
        }
      }
    }
  }
  return byEndWord;
}

/** The person as the look-ups compare them: every way of writing the name, split. */
function holderOf(listed: ListedHolder): OfficeHolder {
  if (listed.holder) return listed.holder;
  const { person, affiliation } = listed;
  const sources = holderData.source as SourcesJson;
  const names = [person.name, ...(person.aka ?? [])].map((name) => nameParts(name.split(/\s+/)));
  // Where the fact comes from and as of when, for the hover card: hand-typed entries carry no identifier.
  const reference: AffiliationReference = person.source === 'wikidata' && person.wikidata && sources.wikidata
    ? { source: 'wikidata', wikidataId: person.wikidata, asOf: sources.wikidata.asOf }
    : { source: 'hand', wikidataId: null, asOf: sources.hand.asOf };
  listed.holder = { names, offices: person.offices, affiliation, reference };
  return listed.holder;
}

/** The office holders with this surname (folded, particles kept), in the list's order. */
function holdersWithSurname(surname: string): OfficeHolder[] {
  const lastWord = surname.slice(surname.lastIndexOf(' ') + 1);
  const holders: OfficeHolder[] = [];
  for (const listed of endWordIndex().get(lastWord) ?? []) {
    const holder = holderOf(listed);
    if (holder.names.some((parts) => parts.surname === surname)) holders.push(holder);
  }
  return holders;
}

/**
 * The affiliation of a well-known office holder whom the article names without saying where they
 * belong ("President Vladimir Putin"). A full name must match; a surname alone ("President Putin")
 * must also carry one of the person's offices. Ambiguous names give nothing.
 */
export function knownAffiliation(nameWords: readonly string[], title: string | null, lexicon: Lexicon): { affiliation: string; reference: AffiliationReference } | null {
  const parts = nameParts(nameWords);
  const holders = holdersWithSurname(parts.surname);
  if (holders.length === 0) return null;
  let matches: OfficeHolder[];
  if (parts.given.length > 0) {
    matches = holders.filter((holder) => isWrittenAs(holder, parts));
  } else if (title) {
    const canonical = lexicon.canonicalTitle(title);
    matches = holders.filter((holder) => holder.offices.some((office) => lexicon.canonicalTitle(office) === canonical));
  } else {
    return null;
  }
  const affiliations = new Set(matches.map((holder) => holder.affiliation));
  return affiliations.size === 1 ? { affiliation: matches[0].affiliation, reference: matches[0].reference } : null;
}

/** A full name ("Hosni Mubarak") that the list of office holders holds. */
export function isKnownOfficeHolder(nameWords: readonly string[]): boolean {
  const parts = nameParts(nameWords);
  if (parts.given.length === 0) return false;
  return holdersWithSurname(parts.surname).some((holder) => isWrittenAs(holder, parts));
}

/** One of the holder's full names (given names and all) is the name written. */
function isWrittenAs(holder: OfficeHolder, parts: NameParts): boolean {
  return holder.names.some((names) => names.given.length > 0 && (samePartsName(names, parts) || sameButGeneration(names, parts)) && sameMiddleNames(names, parts));
}

/**
 * The list mostly writes names without their generation: "Joseph R. Biden Jr." is its "Joseph R.
 * Biden" when a middle name or initial agrees too; "Donald Trump Jr." is not its "Donald Trump".
 */
function sameButGeneration(listed: NameParts, written: NameParts): boolean {
  if (listed.suffix !== undefined || written.suffix === undefined) return false;
  const middles = (parts: NameParts): string[] => parts.given.slice(1).map((word) => word.replace(/\.$/u, '')[0] ?? '');
  const listedMiddles = middles(listed);
  const writtenMiddles = middles(written);
  return listedMiddles.length > 0 && writtenMiddles.length > 0 && listedMiddles[0] === writtenMiddles[0] && samePartsName(listed, { given: written.given, surname: written.surname });
}

/** Written-out given names must agree, one set within the other: "Mohamed Ali Mohamed" is not "Mohamed Abdullahi Mohamed". */
function sameMiddleNames(a: NameParts, b: NameParts): boolean {
  const full = (parts: NameParts): string[] => parts.given.filter((word) => word.replace(/\.$/, '').length > 1);
  const givenA = full(a);
  const givenB = full(b);
  const [shorter, longer] = givenA.length <= givenB.length ? [givenA, givenB] : [givenB, givenA];
  return shorter.every((word) => longer.includes(word));
}
