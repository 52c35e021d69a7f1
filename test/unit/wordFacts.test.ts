import assert from 'node:assert/strict';
import { getLexicon } from '../../src/analysis/lexicon';
import { WEEKDAYS } from '../../src/analysis/lexicon/calendar';
import { spellingKey } from '../../src/analysis/lexicon/spelling';
import { hashWord } from '../../src/analysis/siblings/hash';
import { fold, HONORIFIC, JOINED_PREFIX, NUMBER_WITH_SUFFIX, PHRASE_START, TITLE_START, WEEKDAY, WordFacts } from '../../src/analysis/siblings/wordFacts';

describe('word facts of the version normaliser', () => {
  const facts = new WordFacts(new Set(['prime']), /^(\d+)(bn|m)$/);

  it('give each form one slot, with its spelling key and the key’s hash', () => {
    const colour = facts.slotOf('colour');
    assert.equal(facts.slotOf('colour'), colour);
    assert.notEqual(facts.slotOf('color'), colour);
    assert.equal(facts.key(colour), spellingKey('colour'));
    assert.equal(facts.key(colour), facts.key(facts.slotOf('color')));
    assert.equal(facts.hash(colour), hashWord(facts.key(colour)));
    assert.equal(facts.key(facts.slotOf('josé’s')), spellingKey(fold('josé’s')));
  });

  it('find every form again after the table has grown', () => {
    const many = new WordFacts(new Set(), /^(\d+)(bn)$/);
    const forms = Array.from({ length: 5000 }, (_, k) => `word${k.toString(36)}our`);
    const slots = forms.map((form) => many.slotOf(form));
    assert.equal(new Set(slots).size, forms.length);
    forms.forEach((form, k) => {
      assert.equal(many.slotOf(form), slots[k]);
      assert.equal(many.key(slots[k]), spellingKey(form));
    });
  });

  it('say which of the normaliser’s lists a form is in', () => {
    const flagsOf = (norm: string): number[] => [WEEKDAY, HONORIFIC, JOINED_PREFIX, PHRASE_START, TITLE_START, NUMBER_WITH_SUFFIX].filter((flag) => facts.has(facts.slotOf(norm), flag));
    assert.equal(WEEKDAYS.has('friday'), true);
    assert.deepEqual(flagsOf('friday'), [WEEKDAY]);
    assert.deepEqual(flagsOf('mr'), [HONORIFIC]);
    assert.deepEqual(flagsOf('co'), [JOINED_PREFIX]);
    assert.ok(flagsOf('prime').includes(PHRASE_START));
    assert.equal(facts.has(facts.slotOf('secretary'), TITLE_START), getLexicon().mayStartTitle('secretary'));
    assert.equal(getLexicon().mayStartTitle('secretary'), true);
    assert.deepEqual(flagsOf('5bn'), [NUMBER_WITH_SUFFIX]);
    assert.deepEqual(flagsOf('5'), []);
    assert.deepEqual(flagsOf('harbour'), []);
  });
});
