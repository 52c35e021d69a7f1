import assert from 'node:assert/strict';
import { analyzeArticle } from '../../src/analysis';
import { articleContext, withPeople } from '../../src/analysis/context';
import { findNameCandidates } from '../../src/analysis/people/candidates';
import { resolvePeople } from '../../src/analysis/people/resolve';
import { findParagraphs } from '../../src/analysis/text/paragraphs';
import { splitSentences } from '../../src/analysis/text/sentences';
import { tokenize } from '../../src/analysis/text/tokens';

// Written for this test in the shape of agency copy: headline, dateline, quotes, a second reference.
const WIRE_COPY = [
  'Harbour board delays vote on dredging plan',
  '',
  'PORTSMOUTH, March 3 (Reuters) - The harbour board postponed its vote on Tuesday. "We need the survey first," said Janet Ellory, who chairs the board.',
  '',
  'Port manager Tomasz Wierzba said the delay would cost money. Ellory disagreed.',
].join('\n');

describe('article context', () => {
  it('holds the text read once: the same paragraphs, sentences and tokens the readers give', () => {
    const context = articleContext(WIRE_COPY);
    const paragraphs = findParagraphs(WIRE_COPY);
    assert.deepEqual(context.paragraphs, paragraphs);
    assert.deepEqual(context.sentences, splitSentences(WIRE_COPY, paragraphs));
    assert.deepEqual(context.tokens, tokenize(WIRE_COPY));
    assert.equal(context.text, WIRE_COPY);
  });

  it('uses the extra titles it is given', () => {
    const text = 'Wharfmaster Ines Corr said the berths were full.';
    const plain = articleContext(text);
    const extended = articleContext(text, { extraTitles: ['wharfmaster'] });
    assert.equal(plain.lexicon.matchTitle(plain.tokens, 0), null);
    assert.notEqual(extended.lexicon.matchTitle(extended.tokens, 0), null);
  });

  it('adds every mention of the resolved people in reading order', () => {
    const context = articleContext(WIRE_COPY);
    const people = resolvePeople(context, findNameCandidates(context));
    const withMentions = withPeople(context, people);
    const starts = withMentions.mentions.map((mention) => mention.start);
    assert.deepEqual(starts, [...starts].sort((a, b) => a - b));
    assert.equal(withMentions.mentions.length, people.reduce((sum, person) => sum + person.mentions.length, 0));
    // The stages fed by the context find the people the whole analysis finds.
    assert.deepEqual(people.map((person) => person.name), analyzeArticle(WIRE_COPY).people.map((person) => person.name));
    assert.ok(people.some((person) => person.name.includes('Ellory') && person.mentions.length === 2));
  });
});
