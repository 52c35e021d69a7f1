import assert from 'node:assert/strict';
import { analyzeArticle } from '../../src/analysis';
import { quoteWithSource } from '../../src/editor/quoteCitation';

// A short agency-style story written for this test: one named speaker with a title, one quote with no source.
const STORY = `Ferry service to the islands resumes after storm

HALIFAX, Nov 3 (Coastal Wire) - Ferries to the outer islands sailed again on Tuesday.

"The crossings are safe again, and we have the crews to run them," Transport Minister Aileen Douglas told reporters.

Repairs to the two piers cost the province about $4 million, according to figures released last month.

"Nobody has explained the delay."
`;

describe('copying a quote with its source', () => {
  const analysis = analyzeArticle(STORY);
  const quoteStarting = (words: string) => {
    const quote = analysis.quotes.find((candidate) => candidate.text.startsWith(words));
    assert.ok(quote, `no quote starting "${words}"`);
    return quote;
  };

  it('names the speaker and their title, without the comma that led into "told"', () => {
    assert.equal(quoteWithSource(analysis, quoteStarting('The crossings')), '“The crossings are safe again, and we have the crews to run them” — Aileen Douglas, Transport Minister');
  });

  it('says when no source was found', () => {
    assert.equal(quoteWithSource(analysis, quoteStarting('Nobody')), '“Nobody has explained the delay.” — no source found');
  });
});
