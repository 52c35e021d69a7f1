import assert from 'node:assert/strict';
import { analyzeArticle } from '../../src/analysis';

/** A saved page written for this test: a local paper's page around agency copy. */
const PAGE = [
  'Harbour authority sued over ferry cuts',
  'Home | Local | Sports | Opinion | Obituaries',
  'By NORA VANCE',
  'March 3, 2022',
  '1 / 3',
  'Peter Brandt waits at the ferry terminal in Digby on Thursday. (Ilse Marr/The Canadian Press)',
  'DIGBY, N.S. (CP) — Island residents have taken the harbour authority to court over a plan to cut the winter ferry to two crossings a week.',
  '"We were never asked," said Colette Arsenault, who runs the store on the island. "Not once."',
  'Follow Wendell Pike on Twitter',
  'Arsenault said the island has about 300 year-round residents.',
  'Related',
  'Premier Amos Leclair defends "difficult" budget',
  'Copyright 2022 The Canadian Press. All rights reserved.',
].join('\n\n');

describe('people and quotes on a web page', () => {
  const analysis = analyzeArticle(PAGE);
  const person = (name: string) => analysis.people.find((p) => p.name === name);

  it('makes someone named only in a photo caption a credit, like the photographer', () => {
    assert.equal(person('Peter Brandt')?.credit, 'photo');
    assert.equal(person('Ilse Marr')?.credit, 'photo');
  });

  it('takes the byline under the headline for a credit', () => {
    assert.equal(person('Nora Vance')?.credit, 'byline');
  });

  it('finds nobody in the page boilerplate and a story person with no credit', () => {
    assert.equal(person('Wendell Pike'), undefined);
    assert.equal(person('Amos Leclair'), undefined);
    assert.equal(person('Colette Arsenault')?.credit, null);
  });

  it('takes no quote from the page furniture', () => {
    assert.deepEqual(analysis.quotes.map((q) => q.text), ['We were never asked,', 'Not once.']);
  });

  it('keeps a story person named in a caption as a person of the story', () => {
    const text = PAGE.replace('Peter Brandt waits', 'Colette Arsenault waits');
    const people = analyzeArticle(text).people.filter((p) => p.name === 'Colette Arsenault');
    assert.equal(people.length, 1);
    assert.equal(people[0].credit, null);
  });
});
