import assert from 'node:assert/strict';
import { fingerprint, SiblingIndex } from '../../src/analysis/siblings';
import { findQuoteIn, quotationAt } from '../../src/analysis';

// Written for these tests: a minister's words on a rail strike, quoted by three outlets — one
// word for word in British spelling and other marks, one with a word changed, one cutting the
// quote short — and a story that quotes someone else.

const QUOTE = 'We will not let a small group of union bosses hold the whole country to ransom, and I will say that to their faces on Monday.';

const SAME = `LONDON — The transport minister struck a defiant tone. "We will not let a small group of union bosses hold the whole country to ransom, and I will say that to their faces on Monday," he told the BBC.\n\nTalks are due to resume next week.`;

const CHANGED = `The minister said on Sunday: ‘We won’t let a small group of union bosses hold the whole nation to ransom, and I will say that to their faces on Monday.’\n\nUnion leaders called the remarks a provocation.`;

const CUT = `Asked about the walkout, the minister said: “We will not let a small group of union bosses hold the whole country to ransom.” He did not take questions.`;

const OTHER = `“We are ready to talk at any hour of the day or night, but not with a gun to our heads,” the union’s general secretary said, adding that a disgrace had been done to the workers.`;

describe('siblings: the quote trail', () => {
  it('finds the same words whatever the quote marks and the dateline', () => {
    const [sighting, ...rest] = findQuoteIn(QUOTE, SAME);
    assert.equal(rest.length, 0);
    assert.equal(sighting.kind, 'same');
    assert.equal(sighting.similarity, 1);
    assert.deepEqual(sighting.changes, []);
    assert.ok(SAME.slice(sighting.start, sighting.end).startsWith('We will not let'), sighting.text);
  });

  it('finds a variant with the words that differ marked on both sides', () => {
    const [sighting] = findQuoteIn(QUOTE, CHANGED);
    assert.equal(sighting.kind, 'variant');
    assert.ok(sighting.similarity > 0.5 && sighting.similarity < 1, String(sighting.similarity));
    const marked = sighting.changes.map((c) => [c.a?.text ?? null, c.b?.text ?? null]);
    assert.deepEqual(marked, [
      ['will not', 'won’t'],
      ['country', 'nation'],
    ]);
    // Offsets of `a` are in the quote as given, those of `b` in the article.
    for (const change of sighting.changes) {
      if (change.a) assert.equal(QUOTE.slice(change.a.start, change.a.end), change.a.text);
      if (change.b) assert.equal(CHANGED.slice(change.b.start, change.b.end), change.b.text);
    }
  });

  it('finds a quote cut short, the words left out marked', () => {
    const [sighting] = findQuoteIn(QUOTE, CUT);
    assert.equal(sighting.kind, 'variant');
    assert.deepEqual(sighting.changes.map((c) => [c.a?.text ?? null, c.b?.text ?? null]), [['and I will say that to their faces on Monday', null]]);
  });

  it('finds nothing in a story quoting someone else, and a short phrase only word for word', () => {
    assert.deepEqual(findQuoteIn(QUOTE, OTHER), []);
    assert.deepEqual(findQuoteIn('a disgrace', `He called it “a disgrace to the workers”.`), []);
    assert.equal(findQuoteIn('a disgrace', `He called it “a disgrace”.`)[0]?.kind, 'same');
  });

  it('takes the quotation around the cursor, marks included, and none outside one', () => {
    const open = CUT.indexOf('“');
    assert.equal(quotationAt(CUT, open)?.text, 'We will not let a small group of union bosses hold the whole country to ransom.');
    assert.equal(quotationAt(CUT, open + 20)?.start, open + 1);
    assert.equal(quotationAt(CUT, 3), null);
  });

  it('looks the quote up in the index among the articles sharing its words', () => {
    const index = new SiblingIndex();
    for (const [id, text] of Object.entries({ same: SAME, changed: CHANGED, cut: CUT, other: OTHER })) index.add(id, fingerprint(text));
    const candidates = index.candidates(fingerprint(QUOTE));
    assert.ok(candidates.includes('same') && !candidates.includes('other'), candidates.join(', '));
  });
});
