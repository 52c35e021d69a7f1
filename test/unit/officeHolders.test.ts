import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatHolderFile, holdersFromResults, mergeHolders, officeTitle, type HolderFile, type SparqlResults } from '../../scripts/office-holders';
import { analyzeArticle } from '../../src/analysis';
import holderData from '../../src/analysis/lexicon/officeHolders.json';
import { nameParts } from '../../src/analysis/people/names';
import { isKnownOfficeHolder } from '../../src/analysis/people/officeHolders';

// The reference list is data written by hand: these checks keep it usable by the matcher.
describe('office holders reference list', () => {
  const entries = Object.entries(holderData.affiliations as Record<string, Array<{ name: string; aka?: string[]; offices: string[] }>>)
    .flatMap(([affiliation, people]) => people.map((person) => ({ affiliation, ...person })));

  it('holds the 2,000 or so office holders the README speaks of', () => {
    assert.ok(entries.length >= 2000, `${entries.length} entries`);
  });

  it('names every person once', () => {
    const seen = new Map<string, string>();
    for (const entry of entries) {
      for (const name of [entry.name, ...(entry.aka ?? [])]) {
        assert.ok(nameParts(name.split(/\s+/)).surname !== '', `${entry.affiliation}: empty name`);
        assert.ok(!seen.has(name), `${name} is listed twice (${seen.get(name)}, ${entry.affiliation})`);
        seen.set(name, entry.affiliation);
      }
    }
  });

  it('gives every person at least one office', () => {
    for (const entry of entries) assert.ok(entry.offices.length > 0 && entry.offices.every((office) => office.trim() !== ''), entry.name);
  });
});

describe('office holders: look-ups', () => {
  // The list is read into a word index and split lazily: every name and alias written in it must still be found.
  it('knows every name and alias of the list, family name first or last', () => {
    const missed = Object.values(holderData.affiliations as Record<string, Array<{ name: string; aka?: string[] }>>)
      .flat()
      .flatMap((person) => [person.name, ...(person.aka ?? [])])
      .filter((name) => nameParts(name.split(/\s+/)).given.length > 0 && !isKnownOfficeHolder(name.split(/\s+/)));
    assert.deepEqual(missed, []);
  });
});

describe('office holders: where each entry comes from', () => {
  const sources = holderData.source as { hand: { asOf: string }; wikidata: { asOf: string } | null };
  const entries = Object.values(holderData.affiliations as Record<string, Array<{ source: string; wikidata?: string; terms?: unknown[] }>>).flat();

  it('the list states its sources and as of when', () => {
    assert.match(sources.hand.asOf, /^\d{4}-\d{2}-\d{2}$/);
    if (sources.wikidata) assert.match(sources.wikidata.asOf, /^\d{4}-\d{2}-\d{2}$/);
  });

  it('hand-typed entries carry no identifier; generated ones carry their Q-id and terms', () => {
    for (const entry of entries) {
      if (entry.source === 'hand') assert.equal(entry.wikidata, undefined);
      else {
        assert.equal(entry.source, 'wikidata');
        assert.match(entry.wikidata ?? '', /^Q\d+$/);
        assert.ok((entry.terms ?? []).length > 0);
      }
    }
  });

  it('a person placed from the list says which entry, and as of when', () => {
    const [putin] = analyzeArticle('President Vladimir Putin spoke.').people;
    assert.equal(putin.affiliationSource, 'reference');
    assert.deepEqual(putin.affiliationReference, { source: 'hand', wikidataId: null, asOf: sources.hand.asOf });
  });
});

describe('office holders generator (Wikidata P39, on a saved SPARQL JSON response)', () => {
  const results = JSON.parse(readFileSync(join(__dirname, '..', 'fixtures', 'wikidata-p39.json'), 'utf8')) as SparqlResults;

  it('reads one entry per person and country, with each office, its position Q-id and its terms', () => {
    const holders = holdersFromResults(results);
    assert.deepEqual([...holders.keys()], ['United States'], 'a row with no country is left out');
    const biden = holders.get('United States')!.find((entry) => entry.name === 'Joe Biden')!;
    assert.equal(biden.wikidata, 'Q6279');
    assert.deepEqual(biden.offices, ['President', 'Vice President']);
    assert.deepEqual(biden.terms, [
      { office: 'Vice President', position: 'Q11699', start: '2009-01-20', end: '2017-01-20' },
      { office: 'President', position: 'Q11696', start: '2021-01-20', end: '2025-01-20' },
    ]);
    const trump = holders.get('United States')!.find((entry) => entry.name === 'Donald Trump')!;
    assert.equal(trump.terms!.length, 2);
    assert.equal(trump.terms![1].end, null, 'a term still running has no end');
  });

  it('turns a position into an office title', () => {
    assert.equal(officeTitle('President of the United States', 'United States'), 'President');
    assert.equal(officeTitle('prime minister of Japan', 'Japan'), 'Prime Minister');
    assert.equal(officeTitle('Chancellor of Germany', 'Germany'), 'Chancellor');
  });

  it('merges into the list: a generated entry replaces the hand one for the same person, the rest stay hand-typed', () => {
    const existing: HolderFile = {
      about: 'test',
      source: { hand: { about: 'typed', asOf: '2026-01-01' }, wikidata: null },
      affiliations: {
        'United States': [
          { name: 'Joe Biden', offices: ['President'], source: 'hand' },
          { name: 'Antony Blinken', offices: ['Secretary of State'], source: 'hand' },
        ],
      },
    };
    const merged = mergeHolders(existing, holdersFromResults(results), '2026-11-25');
    assert.equal(merged.source.wikidata?.asOf, '2026-11-25');
    const us = merged.affiliations['United States'];
    assert.deepEqual(us.map((entry) => [entry.name, entry.source, entry.wikidata ?? null]), [
      ['Antony Blinken', 'hand', null],
      ['Donald Trump', 'wikidata', 'Q22686'],
      ['Joe Biden', 'wikidata', 'Q6279'],
    ]);
    assert.deepEqual(JSON.parse(formatHolderFile(merged)), merged, 'the written file reads back the same');
  });
});
