import assert from 'node:assert/strict';
import { analyzeArticle } from '../../src/analysis';

/**
 * Story lines that open like a request to the reader but are not one, on pages written for these
 * tests in the shape of the corpus's columns and interviews: the page reader asks compromise's tagger
 * whether the opening word is a verb in its plain form, and takes no question for a call to action.
 */
const boilerplateOf = (lines: readonly string[]): string =>
  analyzeArticle(lines.join('\n')).metadata.boilerplate.map((span) => span.text).join('\n');

const around = (middle: string): string[] => [
  'Harbour tolls rise for fishing fleet',
  'KIRKWALL, Scotland (AP) — The harbour board raised mooring tolls by a fifth on Tuesday, the first rise in nine years.',
  middle,
  'Skippers said the rise would push smaller boats to moor at Stromness instead, where the tolls are lower.',
  'The board said the money would go to dredging the inner basin before the winter storms arrive.',
];

describe('page structure: story lines that only open like a request', () => {
  it('keeps lines opening with an adverb, a number or a word the lexicon does not file as a verb', () => {
    for (const line of [
      'Now, the board says it will review the rise in the spring.',
      'Now 61 and still fishing, Flett says the tolls will finish him.',
      'Nevertheless, the vote went ahead.',
      'Overseas in Norway.',
      'Outlook for the spring.',
      '2. The fleet keeps shrinking.',
    ]) {
      assert.equal(boilerplateOf(around(line)), '', line);
    }
  });

  it('keeps a question the writer asks, and an interview line after a one-letter label', () => {
    for (const line of ['Should the tolls be capped for small boats?', 'Did the board listen to them?', 'Q: Your father fished out of this harbour too.']) {
      assert.equal(boilerplateOf(around(line)), '', line);
    }
  });

  it('still takes requests to the reader for the page, in a notice’s second sentence too', () => {
    for (const line of ['Never miss a story from the islands.', 'Already a member? Sign in to keep reading.', 'Share this article']) {
      assert.equal(boilerplateOf(around(line)), line, line);
    }
  });
});

describe('page structure: story lines shaped like a label, a notice or a repeated line', () => {
  it('keeps a line bringing in a quotation with a verb of speech, and takes a bare label for the page', () => {
    for (const line of ['The skipper added:', 'Wrote one harbour master:']) assert.equal(boilerplateOf(around(line)), '', line);
    assert.equal(boilerplateOf(around('Read more:')), 'Read more:');
  });

  it('keeps the reporting behind the story ("for this story"), and takes the page speaking of itself', () => {
    for (const line of ['The harbour master declined to comment for this story.', 'Flett was interviewed for this article by telephone from his boat.']) {
      assert.equal(boilerplateOf(around(line)), '', line);
    }
    assert.equal(boilerplateOf(around('This article has been updated with the board’s reply.')), 'This article has been updated with the board’s reply.');
  });

  it('keeps a short sentence printed twice (a signature, a clock time), and takes a repeated label', () => {
    const twice = (line: string): string[] => {
      const lines = around(line);
      return [...lines.slice(0, 3), lines[3], line, lines[4]];
    };
    for (const line of ['Morag Flett.', '9:40 a.m.']) assert.equal(boilerplateOf(twice(line)), '', line);
    assert.equal(boilerplateOf(twice('Promoted')), 'Promoted\nPromoted');
  });
});
