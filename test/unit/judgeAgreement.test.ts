import * as assert from 'node:assert/strict';
import { agreement, confusion, fiveLabels, quotationOrNot, type VerdictPair } from '../../eval/adjudicated/agreement';
import { type AdjudicatedQuote, type Verdict } from '../../eval/adjudicated/verdicts';

/** A verdict on a made-up quote at offset `at` (the article and words do not matter here). */
function verdict(at: number, label: Verdict): AdjudicatedQuote {
  return { article: 'a', start: at, end: at + 5, words: 'w', verdict: label, reason: 'r', set: 'false quotation' };
}

/** `count` pairs with the first judge saying `a` and the second `b`. */
function pairs(count: number, a: Verdict, b: Verdict): VerdictPair[] {
  return Array.from({ length: count }, (_, i) => ({ first: verdict(i, a), second: verdict(i, b) }));
}

describe('agreement between two judges', () => {
  it('gives raw agreement and Cohen\'s kappa from a two-by-two table', () => {
    // 20 both quotation, 5 first only, 10 second only, 15 both not: observed .7, chance .5, kappa .4.
    const all = [...pairs(20, 'quotation', 'quotation'), ...pairs(5, 'quotation', 'scare'), ...pairs(10, 'term', 'quotation'), ...pairs(15, 'title', 'title')];
    const binary = agreement(all, quotationOrNot);
    assert.equal(binary.items, 50);
    assert.equal(binary.raw, 0.7);
    assert.ok(Math.abs(binary.kappa - 0.4) < 1e-9);
  });

  it('counts two non-quotation labels as a disagreement on five labels but not on quotation or not', () => {
    const all = [...pairs(3, 'scare', 'term'), ...pairs(3, 'quotation', 'quotation')];
    assert.equal(agreement(all, fiveLabels).raw, 0.5);
    assert.equal(agreement(all, quotationOrNot).raw, 1);
    assert.equal(agreement(all, quotationOrNot).kappa, 1);
  });

  it('tabulates how the two judges\' labels meet, first judge by row', () => {
    const cells = confusion([...pairs(2, 'title', 'term'), ...pairs(1, 'quotation', 'scare')]);
    assert.equal(cells.title.term, 2);
    assert.equal(cells.term.title, 0);
    assert.equal(cells.quotation.scare, 1);
  });
});
