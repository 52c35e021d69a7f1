import holderData from '../lexicon/officeHolders.json';
import type { Lexicon } from '../lexicon';
import type { AffiliationReference } from '../types';
import { nameParts, samePartsName, type NameParts } from './names';

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

let bySurname: Map<string, OfficeHolder[]> | undefined;

/** Built on first use: most articles never need it, and activation should not pay for it. */
function index(): Map<string, OfficeHolder[]> {
  if (bySurname) return bySurname;
  bySurname = new Map();
  const affiliations = holderData.affiliations as Record<string, readonly HolderJson[]>;
  const sources = holderData.source as SourcesJson;
  for (const [affiliation, people] of Object.entries(affiliations)) {
    for (const person of people) {
      const names = [person.name, ...(person.aka ?? [])].map((name) => nameParts(name.split(/\s+/)));
      // Where the fact comes from and as of when, for the hover card: hand-typed entries carry no identifier.
      const reference: AffiliationReference = person.source === 'wikidata' && person.wikidata && sources.wikidata
        ? { source: 'wikidata', wikidataId: person.wikidata, asOf: sources.wikidata.asOf }
        : { source: 'hand', wikidataId: null, asOf: sources.hand.asOf };
      const holder: OfficeHolder = { names, offices: person.offices, affiliation, reference };
      for (const surname of new Set(names.map((parts) => parts.surname))) {
        const list = bySurname.get(surname);
        if (list) list.push(holder);
        else bySurname.set(surname, [holder]);
      }
    }
  }
  return bySurname;
}

/**
 * The affiliation of a well-known office holder whom the article names without saying where they
 * belong ("President Vladimir Putin"). A full name must match; a surname alone ("President Putin")
 * must also carry one of the person's offices. Ambiguous names give nothing.
 */
export function knownAffiliation(nameWords: readonly string[], title: string | null, lexicon: Lexicon): { affiliation: string; reference: AffiliationReference } | null {
  const parts = nameParts(nameWords);
  const holders = index().get(parts.surname);
  if (!holders) return null;
  let matches: OfficeHolder[];
  if (parts.given.length > 0) {
    matches = holders.filter((holder) => holder.names.some((names) => names.given.length > 0 && samePartsName(names, parts) && sameMiddleNames(names, parts)));
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
  return index().get(parts.surname)?.some((holder) => holder.names.some((names) => names.given.length > 0 && samePartsName(names, parts) && sameMiddleNames(names, parts))) ?? false;
}

/** Written-out given names must agree, one set within the other: "Mohamed Ali Mohamed" is not "Mohamed Abdullahi Mohamed". */
function sameMiddleNames(a: NameParts, b: NameParts): boolean {
  const full = (parts: NameParts): string[] => parts.given.filter((word) => word.replace(/\.$/, '').length > 1);
  const givenA = full(a);
  const givenB = full(b);
  const [shorter, longer] = givenA.length <= givenB.length ? [givenA, givenB] : [givenB, givenA];
  return shorter.every((word) => longer.includes(word));
}
