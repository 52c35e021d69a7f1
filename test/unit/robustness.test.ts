import assert from 'node:assert/strict';
import fc from 'fast-check';
import { analyzeArticle, type ArticleAnalysis } from '../../src/analysis';
import { readSeed } from './helpers';
import { propertyOptions } from './properties';

/** Every span lies inside the text, in order, and on character boundaries (not inside a surrogate pair). */
function assertWellFormed(text: string, analysis: ArticleAnalysis): void {
  const spans = [
    ...analysis.paragraphs.map((p) => ({ ...p, text: text.slice(p.start, p.end) })),
    ...analysis.people.flatMap((person) => person.mentions),
    ...analysis.quotes,
    ...analysis.quotes.flatMap((quote) => [quote.speakerMention, quote.cue]).filter((span) => span !== null),
  ];
  for (const span of spans) {
    assert.ok(span.start >= 0 && span.start <= span.end && span.end <= text.length, `span ${span.start}-${span.end} outside 0-${text.length}`);
    assert.equal(text.slice(span.start, span.end), span.text);
    for (const offset of [span.start, span.end]) assert.ok(!splitsSurrogatePair(text, offset), `offset ${offset} splits a surrogate pair`);
  }
  const ids = new Set(analysis.people.map((p) => p.id));
  for (const quote of analysis.quotes) assert.ok(quote.speakerId === null || ids.has(quote.speakerId));
}

/** A high surrogate before `offset` and a low one after it: the offset cuts one character in two. A lone surrogate is no pair. */
function splitsSurrogatePair(text: string, offset: number): boolean {
  const before = text.charCodeAt(offset - 1);
  const after = text.charCodeAt(offset);
  return before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff;
}

function analyseSafely(text: string): ArticleAnalysis {
  const analysis = analyzeArticle(text);
  assertWellFormed(text, analysis);
  return analysis;
}

describe('hostile and odd input', () => {
  const seed = readSeed('001_2685f8e38a54437a.txt');

  it('an empty or blank file', () => {
    for (const text of ['', ' ', '\n\n\r\n', '\uFEFF']) assert.deepEqual(analyseSafely(text).people, []);
  });

  it('a 10 MB file of article text', function () {
    // About 9 s alone; a robustness check, not a speed one (npm run bench has those), so a busy machine gets room.
    this.timeout(90_000);
    const big = seed.repeat(Math.ceil(10_000_000 / seed.length));
    const analysis = analyseSafely(big);
    assert.ok(analysis.quotes.length > 10_000);
    assert.equal(analysis.people.find((p) => p.name === 'Antony Blinken')?.mentions.length, 8 * Math.ceil(10_000_000 / seed.length));
  });

  it('NUL bytes, replacement characters and control characters in the text', () => {
    analyseSafely(`Mr\u0000 Blinken said "a\u0000b" \uFFFD\uFFFD ${'\u0001\u0002'.repeat(100)} Mr Blinken`);
  });

  it('CRLF and lone CR line endings keep offsets on the right characters', () => {
    for (const eol of ['\r\n', '\r']) {
      const text = seed.replace(/\n/g, eol);
      const analysis = analyseSafely(text);
      assert.equal(analysis.quotes.length, 9);
      assert.equal(analysis.people.length, 11);
    }
  });

  it('thousands of quotation marks, straight, curly and single', () => {
    for (const mark of ['"', '“', '”', "'", '‘', '’', "''"]) analyseSafely(`Mr Blinken said ${`${mark}a `.repeat(20_000)}`);
    analyseSafely(`${'"'.repeat(50_000)}\n\n${'’'.repeat(50_000)}`);
  });

  it('an unclosed quote at the top of a long article does not swallow it', () => {
    const analysis = analyseSafely(`“This never closes.\n\n${seed.repeat(20)}`);
    assert.equal(analysis.quotes[0].unbalanced, true);
    assert.equal(analysis.quotes[0].text, 'This never closes.');
    assert.equal(analysis.quotes.length, 1 + 9 * 20);
  });

  it('nested and mismatched marks', () => {
    analyseSafely('He said “she told me ‘no” and left’ then "x” and “y" ‘z" ”w“.');
  });

  it('very long lines', () => {
    const line = 'Secretary of State Antony Blinken said "yes" and Mr Blinken left. '.repeat(30_000);
    assert.equal(analyseSafely(line).people.length, 1);
  });

  it('non-Latin scripts and emoji (surrogate pairs)', () => {
    const text = '🙂 Президент Владимир Путин said “мир 🙂 мир” 😀. 習近平 said “你好”. Mr 😀 Blinken 👍🏽 said “🎉”.';
    const analysis = analyseSafely(text);
    assert.ok(analysis.quotes.some((q) => q.text === '你好'));
  });

  it('names with particles and diacritics', () => {
    const analysis = analyseSafely('Commission President Ursula von der Leyen met José Manuel Barroso. Von der Leyen said “we agree,” and Barroso nodded.');
    assert.deepEqual(analysis.people.map((p) => p.name), ['Ursula von der Leyen', 'José Manuel Barroso']);
  });
});

describe('properties over random and mutated articles', () => {
  const seeds = [readSeed('000_2b7d7f5e5426fd49.txt'), readSeed('001_2685f8e38a54437a.txt')];
  const pieces = ['"', '“', '”', '‘', '’', "'", '\n', '\r\n', '\r', '\n\n', 'Mr ', 'Dr. ', 'said ', ', ', '. ', ' — ', 'Blinken', 'von der ', '🙂', '\u0000', '\uFEFF', 'É', 'Brig-Gen ', 'he said'];

  const edit = fc.record({ at: fc.nat(), cut: fc.nat({ max: 40 }), insert: fc.array(fc.constantFrom(...pieces), { maxLength: 6 }) });
  // Edits land anywhere, so a cut may leave half of an emoji: a lone surrogate, which is valid input.
  const editedSeed = fc.property(fc.constantFrom(...seeds), fc.array(edit, { maxLength: 12 }), (seed, edits) => {
    let text = seed;
    for (const { at, cut, insert } of edits) {
      const position = at % (text.length + 1);
      text = text.slice(0, position) + insert.join('') + text.slice(position + cut);
    }
    analyseSafely(text);
  });

  it('random text never throws and keeps every offset well formed', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 400 }), (text) => void analyseSafely(text)), propertyOptions(300));
  });

  it('seed articles with random insertions, deletions and marks stay well formed', () => {
    fc.assert(editedSeed, propertyOptions(300));
  });

  it('the edits of fast-check seed 1196577151 (once a lone low surrogate taken for a split pair) stay well formed', () => {
    fc.assert(editedSeed, propertyOptions(300, 1196577151));
  });
});
