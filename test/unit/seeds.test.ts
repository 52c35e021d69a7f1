import assert from 'node:assert/strict';
import { analyzeArticle } from '../../src/analysis';
import { gold, readSeed } from './helpers';

// The two sample articles against their hand annotations.
describe('seed annotations', () => {
  it('cover both sample articles', () => assert.equal(Object.keys(gold.articles).length, 2));
});

for (const [file, expected] of Object.entries(gold.articles)) {
  describe(`seed ${file}`, () => {
    const text = readSeed(file);
    const analysis = analyzeArticle(text);

    it('reads the date line and the dateline', () => {
      assert.equal(analysis.metadata.dateLine?.date ?? null, expected.date);
      assert.equal(analysis.metadata.dateline?.text ?? null, expected.dateline);
    });

    it('finds every named person and nobody else', () => {
      assert.deepEqual(
        analysis.people.map((p) => p.name).sort(),
        expected.officials.map((o) => o.name).sort(),
      );
    });

    for (const official of expected.officials) {
      it(`resolves every mention of ${official.name} and gives the title as stated and the affiliation`, () => {
        const person = analysis.people.find((p) => p.name === official.name);
        assert.ok(person, `${official.name} not found`);
        assert.deepEqual(person.mentions.map((m) => m.text), official.mentions);
        assert.equal(person.title, official.title);
        assert.equal(person.affiliation, official.affiliation);
        assert.equal(person.official, true);
        for (const mention of person.mentions) assert.equal(text.slice(mention.start, mention.end), mention.text);
      });
    }

    it('finds every quote with its span, partial flag and speaker', () => {
      // The gold keeps a comma inside the closing mark in one seed and drops it in the other:
      // compare spans without trailing punctuation.
      const trim = (quote: string): string => quote.replace(/[,.]$/, '');
      const found = analysis.quotes.map((q) => ({
        text: trim(q.text),
        speaker: analysis.people.find((p) => p.id === q.speakerId)?.name ?? null,
        partial: q.partial,
      }));
      assert.deepEqual(found, expected.quotes.map(({ text, speaker, partial }) => ({ text: trim(text), speaker, partial })));
      for (const quote of analysis.quotes) {
        assert.equal(text.slice(quote.start, quote.end), quote.text);
        assert.equal(quote.unbalanced, false);
        assert.ok(quote.cue || quote.speakerMention === null, 'an attribution through a mention names its cue');
      }
    });
  });
}
