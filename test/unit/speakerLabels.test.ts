import assert from 'node:assert/strict';
import { analyzeArticle } from '../../src/analysis';
import { howAttributed } from '../../src/editor/quoteCard';
import { speakerLabel } from '../../src/editor/speakerLabels';

// Short articles written for these tests, in the shape of agency copy.
function labels(text: string): Array<string | null> {
  const analysis = analyzeArticle(text);
  const people = new Map(analysis.people.map((person) => [person.id, person]));
  return analysis.quotes.map((quote) => speakerLabel(text, quote, quote.speakerId === null ? undefined : people.get(quote.speakerId))?.text ?? null);
}

describe('speaker labels', () => {
  it('say nothing when the name stands right beside the quote, before or after it', () => {
    const text = 'HALIFAX (Reuters) - Harbour Minister Joanne Keller spoke on Monday.\n\n"The port reopens next week," Keller said.\n\nKeller told reporters: "Crews worked through the night."\n';
    assert.deepEqual(labels(text), [null, null]);
  });

  it('name the person a pronoun beside the quote stands for', () => {
    const text = 'Harbour Minister Joanne Keller visited the docks on Monday.\n\n"The port reopens next week," she said.\n';
    assert.deepEqual(labels(text), ['Keller']);
  });

  it('name the speaker of a quote that continues the one before', () => {
    const text = 'Harbour Minister Joanne Keller visited the docks on Monday.\n\n"The port reopens next week," Keller said. "Crews worked through the night and deserve a rest."\n';
    assert.deepEqual(labels(text), [null, 'Keller']);
  });

  it('give no label to a quotation without a source', () => {
    const text = 'The storm passed overnight.\n\n"It was the worst in a decade."\n';
    assert.deepEqual(labels(text), [null]);
  });

  it('carry the words of the attribution in the tooltip and its span for the link', () => {
    const text = 'Harbour Minister Joanne Keller visited the docks on Monday.\n\n"The port reopens next week," she said.\n';
    const analysis = analyzeArticle(text);
    const quote = analysis.quotes[0];
    const label = speakerLabel(text, quote, analysis.people.find((person) => person.id === quote.speakerId));
    assert.ok(label);
    assert.equal(text.slice(label.attribution.start, label.attribution.end), 'she');
    assert.match(label.tooltip, /“she” is Joanne Keller/);
  });
});

describe('quote hovers in plain words', () => {
  const explain = (text: string) => {
    const analysis = analyzeArticle(text);
    return analysis.quotes.map((quote) => howAttributed(text, quote, analysis.people.find((person) => person.id === quote.speakerId)));
  };

  it('quote the attribution as the article writes it, and say where it stands', () => {
    const [said] = explain('Harbour Minister Joanne Keller spoke on Monday.\n\n"The port reopens next week," Keller told reporters.\n');
    assert.equal(said, 'The article says “Keller told” right after the quote: the words of Joanne Keller.');
  });

  it('say whom a pronoun stands for', () => {
    const [said] = explain('Harbour Minister Joanne Keller spoke on Monday.\n\n"The port reopens next week," she said.\n');
    assert.equal(said, 'The article says “she said” right after the quote: “she” is Joanne Keller.');
  });

  it('say so when no source is found', () => {
    assert.match(explain('The storm passed.\n\n"It was the worst in a decade."\n')[0], /^No source found/);
  });
});
