import assert from 'node:assert/strict';
import { styleBlindComparison, type ComparisonMark } from '../../src/analysis';

// Two versions of one short story written for this test: agency copy and a British rerun of it
// (other spelling, curly marks, "Mr", a weekday's date, a changed figure and an added paragraph).
const AGENCY = 'OTTAWA (AP) - Transport Minister Ruth Calder said on Tuesday (Mar 4) the ferry "will be modernized within 3 years."\n\nCalder spoke at the harbor.\n';
const RERUN = 'OTTAWA - Transport Minister Ruth Calder said on Tuesday the ferry “will be modernised within 5 years.”\n\nMr Calder spoke at the harbour.\n\nUnions welcomed the plan.\n';

const marked = (text: string, marks: ComparisonMark[], kind: ComparisonMark['kind']) => marks.filter((m) => m.kind === kind).map((m) => text.slice(m.start, m.end));

describe('style-blind comparison', () => {
  const { text, marks } = styleBlindComparison(AGENCY, RERUN);

  it('writes the second version in its own words', () => {
    for (const piece of ['“will be modernised within', 'Mr Calder spoke at the harbour.', 'Unions welcomed the plan.']) assert.ok(text.includes(piece), `${piece} in ${text}`);
  });

  it('mutes style: spelling, quotation marks and an honorific, with the first version’s form', () => {
    const style = marks.filter((m) => m.kind === 'style');
    assert.ok(style.some((m) => text.slice(m.start, m.end) === 'modernised' && m.other === 'modernized'));
    assert.ok(style.some((m) => text.slice(m.start, m.end) === 'harbour' && m.other === 'harbor'));
    assert.ok(style.some((m) => text.slice(m.start, m.end).includes('“') && m.other === '"'));
  });

  it('marks real changes and drops nothing of the first version', () => {
    assert.ok(marked(text, marks, 'added').some((piece) => piece.includes('5')));
    assert.ok(marked(text, marks, 'added').some((piece) => piece.includes('Unions welcomed the plan')));
    const removed = marked(text, marks, 'removed').join(' ');
    assert.match(removed, /3/);
    assert.match(removed, /\(AP\)|AP/);
    // The weekday's date is folded away by the sibling comparison, but shown here.
    assert.ok(text.includes('(Mar 4)'), text);
  });

  it('finds no change between a text and itself', () => {
    const same = styleBlindComparison(RERUN, RERUN);
    assert.equal(same.text, RERUN);
    assert.deepEqual(same.marks, []);
  });
});
