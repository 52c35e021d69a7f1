import * as assert from 'node:assert/strict';
import { guideRecall, type GoldQuotationVerdicts } from '../../eval/adjudicated/guideRecall';
import { type Verdict } from '../../eval/adjudicated/verdicts';

/** `count` gold quotations, found or missed, each with the given verdicts. */
function golds(count: number, found: boolean, ...verdicts: Verdict[]): GoldQuotationVerdicts[] {
  return Array.from({ length: count }, () => ({ found, verdicts }));
}

describe('recall by the guide', () => {
  it('leaves gold quotations the guide calls something else out of the count', () => {
    // 90 found (2 judged titles), 10 missed: 6 quotations, 3 terms, 1 scare → 88 / (88 + 6).
    const r = guideRecall([...golds(88, true), ...golds(2, true, 'title'), ...golds(6, false, 'quotation'), ...golds(3, false, 'term'), ...golds(1, false, 'scare')]);
    assert.deepEqual({ found: r.found, foundNot: r.foundNotQuotations, missed: r.missed, missedNot: r.missedNotQuotations, unjudged: r.missedUnjudged }, { found: 88, foundNot: 2, missed: 6, missedNot: 4, unjudged: 0 });
    assert.equal(r.recall, Math.round((88 / 94) * 10000) / 10000);
  });

  it('counts a found gold quotation as a quotation unless every verdict on it says otherwise', () => {
    const r = guideRecall([...golds(1, true, 'quotation', 'term'), ...golds(1, true, 'term', 'scare'), ...golds(1, true)]);
    assert.equal(r.found, 2);
    assert.equal(r.foundNotQuotations, 1);
  });

  it('counts an unjudged missed gold quotation as a quotation missed, so judging can only raise recall', () => {
    const unjudged = guideRecall([...golds(9, true), ...golds(1, false)]);
    assert.equal(unjudged.missedUnjudged, 1);
    assert.equal(unjudged.recall, 0.9);
    assert.equal(guideRecall([...golds(9, true), ...golds(1, false, 'title')]).recall, 1);
  });

  it("reads one judge's verdicts at a time", () => {
    const both: GoldQuotationVerdicts[] = [{ found: false, verdicts: ['quotation'], second: ['title'] }, { found: true, verdicts: [], second: [] }];
    assert.equal(guideRecall(both).recall, 0.5);
    assert.equal(guideRecall(both, 'second').recall, 1);
    // A gold quotation the second judge never saw counts as unjudged for that judge.
    assert.equal(guideRecall([{ found: false, verdicts: ['quotation'] }], 'second').missedUnjudged, 1);
  });
});
