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

  it('keeps someone named only in a photo caption apart from the story as pictured, and its photographer as a picture credit', () => {
    assert.equal(person('Peter Brandt')?.credit, 'pictured');
    assert.equal(person('Ilse Marr')?.credit, 'photo');
  });

  it('credits the photographer, not the agency, in capitals, with a figure in its name or a word for pictures', () => {
    const credits = (caption: string) => analyzeArticle(['Ferry crews vote to strike', 'Ferry crews on the island routes voted on Monday to strike over pay, their union said.', caption].join('\n\n')).people.map((p) => [p.name, p.credit]);
    assert.deepEqual(credits('PHOTO: ANNA VALE-ROSS/HARBOUR NEWS'), [['Anna Vale-Ross', 'photo']]);
    assert.deepEqual(credits('Crews on the quay in Kirkwall. (Tom Reid/Flash90)'), [['Tom Reid', 'photo']]);
    assert.deepEqual(credits('Crews on the quay in Kirkwall [Tom Reid/Antara Foto via Reuters]'), [['Tom Reid', 'photo']]);
    // An outlet opened by "The" that no lexicon knows is no one, however often the story names it.
    const outlet = analyzeArticle(['Ferry crews vote to strike', 'Photo by Tom Reid / The Quayside', '"We were never asked," a crew member told The Quayside on Monday. The Quayside asked the company for comment.'].join('\n\n'));
    assert.deepEqual(outlet.people.map((p) => [p.name, p.credit]), [['Tom Reid', 'photo']]);
  });

  it('tells the one pictured from the photographer by where the caption\'s credit starts', () => {
    const credits = (lines: readonly string[]) => analyzeArticle(['Ferry crews vote to strike', 'Ferry crews on the island routes voted on Monday to strike over pay, their union said.', ...lines].join('\n\n')).people.map((p) => [p.name, p.credit]);
    assert.deepEqual(credits(['Union leader Ann Berg speaks on the quay in Kirkwall on July 11.', 'Tom Reid/Getty Images']), [['Ann Berg', 'pictured'], ['Tom Reid', 'photo']]);
    assert.deepEqual(credits(['Ann Berg and her deputy, Sara Holm, after the vote on Friday. Credit: Tom Reid']), [['Ann Berg', 'pictured'], ['Sara Holm', 'pictured'], ['Tom Reid', 'photo']]);
    assert.deepEqual(credits(['Crews wait on the quay on July 16, 2018.Tom Reid / The Harbour Times via Getty Images']), [['Tom Reid', 'photo']]);
    assert.deepEqual(credits(['Crews wait on the quay with Sen. Ann Berg on July 11. | Tom Reid/Getty Images']), [['Ann Berg', 'pictured'], ['Tom Reid', 'photo']]);
    // An outlet's own brand after the picture's label is no one.
    assert.deepEqual(credits(['Union leader Ann Berg speaks to media on the quay. Video / Herald NOW']), [['Ann Berg', 'pictured']]);
  });

  it('takes the byline under the headline for a credit', () => {
    assert.equal(person('Nora Vance')?.credit, 'byline');
  });

  it('reads a byline in capitals with a desk and an outlet as two writers, not the desk or the outlet', () => {
    const text = 'Ferry crews vote to strike\n\nBy TOM REID, HOME AFFAIRS EDITOR and IDA FENN FOR THE HARBOUR TIMES\n\nFerry crews on the island routes voted on Monday to strike over pay, their union said.';
    const bylines = analyzeArticle(text).people.filter((p) => p.credit === 'byline').map((p) => p.name);
    assert.deepEqual(bylines, ['Tom Reid', 'Ida Fenn']);
  });

  it('finds nobody in the page boilerplate and a story person with no credit', () => {
    assert.equal(person('Wendell Pike'), undefined);
    assert.equal(person('Amos Leclair'), undefined);
    assert.equal(person('Colette Arsenault')?.credit, null);
  });

  it('takes no quote from the page furniture', () => {
    assert.deepEqual(analysis.quotes.map((q) => q.text), ['We were never asked,', 'Not once.']);
  });

  it('keeps the writer a byline credit wherever else the page names them, and credits Bloomberg\'s "With assistance by"', () => {
    const text = PAGE.replace('Copyright 2022', 'Nora Vance is a reporter covering the Maritimes for the paper.\n\n— With assistance by Ida Fenn\n\nCopyright 2022');
    const people = analyzeArticle(text).people;
    assert.equal(people.find((p) => p.name === 'Nora Vance')?.credit, 'byline');
    assert.equal(people.find((p) => p.name === 'Ida Fenn')?.credit, 'contributor');
  });

  it('reads the words of a sentence after "Video:" as a caption, not a credit, so a town in it is no one', () => {
    const text = PAGE.replace('Copyright 2022', 'Video: Ferry crews walk out as the strike spreads to Tarrowby 1:52\n\nCopyright 2022');
    assert.equal(analyzeArticle(text).people.find((p) => p.name === 'Tarrowby'), undefined);
  });

  it('takes one capitalised word joined by "of" to more in a credit for a body\'s name, not a photographer', () => {
    const text = PAGE.replace('(Ilse Marr/The Canadian Press)', 'Photo: Tarrow of Plenty Times file').replace('Arsenault said the island', 'Arsenault said Tarrow councillors and the island');
    assert.equal(analyzeArticle(text).people.find((p) => p.name === 'Tarrow'), undefined);
  });

  it('credits a photographer joined to the paper by a bar in square brackets', () => {
    const text = PAGE.replace('(Ilse Marr/The Canadian Press)', '[ILSE MARR | Times]');
    assert.equal(analyzeArticle(text).people.find((p) => p.name === 'Ilse Marr')?.credit, 'photo');
  });

  it('keeps a story person named in a caption as a person of the story', () => {
    const text = PAGE.replace('Peter Brandt waits', 'Colette Arsenault waits');
    const people = analyzeArticle(text).people.filter((p) => p.name === 'Colette Arsenault');
    assert.equal(people.length, 1);
    assert.equal(people[0].credit, null);
  });
});
