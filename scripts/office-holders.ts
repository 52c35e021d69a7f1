/**
 * Builds src/analysis/lexicon/officeHolders.json from Wikidata's "position held" (P39) statements:
 * every holder of a head-of-state or head-of-government position since 1945, with the position's
 * Q-id, the term (start and end, qualifiers P580 and P582) and the country it applies to (P1001).
 *
 *   npx tsx scripts/office-holders.ts --fetch              # asks query.wikidata.org (needs network)
 *   npx tsx scripts/office-holders.ts --from results.json  # a saved SPARQL JSON response
 *   options: --out PATH (default: the lexicon file), --as-of YYYY-MM-DD (default: today)
 *
 * Entries typed by hand before the generator existed stay, marked `"source": "hand"`, with no
 * identifier; a generated entry for the same person in the same country replaces the hand one.
 * Generated entries carry `"source": "wikidata"`, their Q-id and their terms.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const ENDPOINT = 'https://query.wikidata.org/sparql';

/** Wikidata items used by the query: head of state (Q48352) and head of government (Q2285706). */
export const QUERY = `SELECT ?person ?personLabel ?position ?positionLabel ?jurisdictionLabel ?start ?end WHERE {
  VALUES ?class { wd:Q48352 wd:Q2285706 }
  ?position wdt:P31/wdt:P279* ?class .
  ?person p:P39 ?held .
  ?held ps:P39 ?position .
  OPTIONAL { ?held pq:P580 ?start . }
  OPTIONAL { ?held pq:P582 ?end . }
  OPTIONAL { ?position wdt:P1001 ?jurisdiction . }
  FILTER (!BOUND(?end) || ?end >= "1945-01-01T00:00:00Z"^^xsd:dateTime)
  SERVICE wikibase:label { bd:serviceParam wikibase:language "en". }
}`;

/** One value in a SPARQL 1.1 JSON result (W3C "SPARQL 1.1 Query Results JSON Format"). */
interface RdfTerm {
  type: 'uri' | 'literal' | 'bnode';
  value: string;
  'xml:lang'?: string;
  datatype?: string;
}

export interface SparqlResults {
  head: { vars: string[] };
  results: { bindings: Array<Record<string, RdfTerm | undefined>> };
}

export interface Term {
  office: string;
  /** The position's Q-id ("Q11696"). */
  position: string;
  start: string | null;
  end: string | null;
}

export interface HolderEntry {
  name: string;
  aka?: string[];
  offices: string[];
  source: 'hand' | 'wikidata';
  /** The person's Q-id: generated entries only. */
  wikidata?: string;
  terms?: Term[];
}

export interface HolderFile {
  about: string;
  source: {
    hand: { about: string; asOf: string };
    wikidata: { about: string; endpoint: string; query: string; asOf: string; licence: string } | null;
  };
  affiliations: Record<string, HolderEntry[]>;
}

const entityId = (term: RdfTerm | undefined): string | null => (term?.type === 'uri' ? /\/entity\/(Q\d+)$/.exec(term.value)?.[1] ?? null : null);
const day = (term: RdfTerm | undefined): string | null => (term ? term.value.slice(0, 10) : null);

/** "President of the United States" → "President"; "prime minister of Japan" → "Prime Minister". */
export function officeTitle(positionLabel: string, jurisdiction: string): string {
  const escaped = jurisdiction.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const office = positionLabel.replace(new RegExp(`\\s+of\\s+(?:the\\s+)?${escaped}$`, 'i'), '');
  return office.replace(/(^|\s)(\p{Ll})/gu, (_, space: string, letter: string) => space + letter.toUpperCase()).replace(/\bOf\b/g, 'of').replace(/\bThe\b/g, 'the');
}

/**
 * The holders in a SPARQL response, one entry per person and country with every term. Rows with
 * no country, or whose labels are bare Q-ids (no English label), are left out.
 */
export function holdersFromResults(results: SparqlResults): Map<string, HolderEntry[]> {
  const byKey = new Map<string, { affiliation: string; entry: HolderEntry }>();
  for (const row of results.results.bindings) {
    const person = entityId(row.person);
    const position = entityId(row.position);
    const name = row.personLabel?.value;
    const positionLabel = row.positionLabel?.value;
    const affiliation = row.jurisdictionLabel?.value;
    if (!person || !position || !name || !positionLabel || !affiliation || /^Q\d+$/.test(name) || /^Q\d+$/.test(affiliation)) continue;
    const office = officeTitle(positionLabel, affiliation);
    const key = `${person}\u0000${affiliation}`;
    let found = byKey.get(key);
    if (!found) {
      found = { affiliation, entry: { name, offices: [], source: 'wikidata', wikidata: person, terms: [] } };
      byKey.set(key, found);
    }
    if (!found.entry.offices.includes(office)) found.entry.offices.push(office);
    found.entry.terms!.push({ office, position, start: day(row.start), end: day(row.end) });
  }
  const byAffiliation = new Map<string, HolderEntry[]>();
  for (const { affiliation, entry } of byKey.values()) {
    entry.terms!.sort((a, b) => (a.start ?? '').localeCompare(b.start ?? ''));
    byAffiliation.set(affiliation, [...(byAffiliation.get(affiliation) ?? []), entry]);
  }
  return byAffiliation;
}

/**
 * The new file: hand entries kept unless a generated entry names the same person in the same
 * country, entries of an earlier generation replaced, the source and date recorded.
 */
export function mergeHolders(existing: HolderFile, generated: Map<string, HolderEntry[]>, asOf: string): HolderFile {
  const affiliations: Record<string, HolderEntry[]> = {};
  const countries = new Set([...Object.keys(existing.affiliations), ...generated.keys()]);
  for (const country of [...countries].sort()) {
    const fresh = generated.get(country) ?? [];
    const freshNames = new Set(fresh.flatMap((entry) => [entry.name, ...(entry.aka ?? [])]));
    const hand = (existing.affiliations[country] ?? []).filter((entry) => entry.source === 'hand' && !freshNames.has(entry.name));
    affiliations[country] = [...hand, ...fresh.sort((a, b) => a.name.localeCompare(b.name))];
  }
  return {
    ...existing,
    source: {
      ...existing.source,
      wikidata: {
        about: 'Generated by scripts/office-holders.ts from Wikidata "position held" (P39) statements for head-of-state and head-of-government positions, terms ending in 1945 or later.',
        endpoint: ENDPOINT,
        query: QUERY,
        asOf,
        licence: 'Wikidata data: CC0 1.0',
      },
    },
    affiliations,
  };
}

/** The lexicon file written back as it is kept in the repository: one entry a line. */
export function formatHolderFile(file: HolderFile): string {
  const { affiliations, ...header } = file;
  const head = JSON.stringify(header, null, 2).replace(/\n}$/, '');
  const countries = Object.entries(affiliations).map(([country, entries]) =>
    `    ${JSON.stringify(country)}: [\n${entries.map((entry) => `      ${JSON.stringify(entry).replace(/":/g, '": ').replace(/,"/g, ', "').replace(/},{/g, '}, {')}`).join(',\n')}\n    ]`,
  );
  return `${head},\n  "affiliations": {\n${countries.join(',\n')}\n  }\n}\n`;
}

async function fetchResults(): Promise<SparqlResults> {
  const response = await fetch(`${ENDPOINT}?format=json&query=${encodeURIComponent(QUERY)}`, {
    headers: { Accept: 'application/sparql-results+json', 'User-Agent': 'SourceLens office-holders generator (https://github.com/)' },
  });
  if (!response.ok) throw new Error(`${ENDPOINT} answered ${response.status} ${response.statusText}`);
  return (await response.json()) as SparqlResults;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const option = (name: string): string | undefined => {
    const at = args.indexOf(name);
    return at >= 0 ? args[at + 1] : undefined;
  };
  const from = option('--from');
  if (!from && !args.includes('--fetch')) {
    console.log('usage: npx tsx scripts/office-holders.ts (--fetch | --from results.json) [--out PATH] [--as-of YYYY-MM-DD]');
    process.exit(2);
  }
  const out = option('--out') ?? join(__dirname, '..', 'src', 'analysis', 'lexicon', 'officeHolders.json');
  const asOf = option('--as-of') ?? new Date().toISOString().slice(0, 10);
  const results = from ? (JSON.parse(readFileSync(from, 'utf8')) as SparqlResults) : await fetchResults();
  const existing = JSON.parse(readFileSync(out, 'utf8')) as HolderFile;
  const generated = holdersFromResults(results);
  const merged = mergeHolders(existing, generated, asOf);
  writeFileSync(out, formatHolderFile(merged));
  const count = [...generated.values()].reduce((n, entries) => n + entries.length, 0);
  console.log(`${out}: ${count} holders from Wikidata (as of ${asOf}) merged with the hand-typed entries`);
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
