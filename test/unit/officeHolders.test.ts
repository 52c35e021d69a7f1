import assert from 'node:assert/strict';
import holderData from '../../src/analysis/lexicon/officeHolders.json';
import { nameParts } from '../../src/analysis/people/names';

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
