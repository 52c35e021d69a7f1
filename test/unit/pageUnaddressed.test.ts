import assert from 'node:assert/strict';
import { analyzeArticle } from '../../src/analysis';

/**
 * Page furniture that does not speak to the reader, on a page written for these tests in the shape
 * of a local paper's story page: a sign-off opening with a verb compromise's lexicon files as a noun
 * or not at all, a moderation note without the word "comment", and a single long link headline
 * between story paragraphs.
 */
const story = [
  'Ferry fares to rise in spring',
  'STORNOWAY, Scotland (AP) — The island ferry operator said on Monday that fares would rise by a tenth from April, the second rise in two years.',
  'The operator blamed the price of fuel and the cost of repairs to its oldest vessel, which spent six weeks in dry dock last winter.',
  'Islanders said the rise would hit families who cross to the mainland for hospital visits and school trips.',
];
const boilerplateOf = (lines: readonly string[]): string[] => analyzeArticle(lines.join('\n')).metadata.boilerplate.map((span) => span.text);

describe('page furniture that does not speak to the reader', () => {
  it('takes a sign-off after the story that opens with a verb the lexicon does not file as one', () => {
    for (const line of ['Stay warm this week.', 'Sleep tight, islanders.']) assert.deepEqual(boilerplateOf([...story, line]), [line], line);
  });

  it('takes a standing rule on what readers send, and keeps a story sentence about letters', () => {
    for (const line of ['Replies are checked by an editor before they are shown.', 'All letters may be shortened before they are printed.']) {
      assert.deepEqual(boilerplateOf([...story, line]), [line], line);
    }
    const news = 'Letters were sent to every household on the island in March, the operator said.';
    assert.deepEqual(boilerplateOf([...story.slice(0, 3), news, story[3]]), []);
    const named = 'Letters are being sent to Barra and Vatersay households this week.';
    assert.deepEqual(boilerplateOf([...story.slice(0, 3), named, story[3]]), []);
  });

  it('takes a single long link headline that ends by asking the reader to go on, and keeps a long line that does not', () => {
    const link = 'Harbour trust buys the old fish market and plans a covered hall for the weekly farmers market Read more';
    assert.deepEqual(boilerplateOf([...story.slice(0, 3), link, story[3]]), [link]);
    const broken = 'The operator said the new timetable would add a late sailing on Fridays for the summer months and keep';
    assert.deepEqual(boilerplateOf([...story.slice(0, 3), broken, story[3]]), []);
  });
});
