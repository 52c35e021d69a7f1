import assert from 'node:assert/strict';
import { getLexicon } from '../../src/analysis/lexicon';
import { spellingKey } from '../../src/analysis/lexicon/spelling';

describe('one UK/US spelling fold (lexicon/spelling.ts)', () => {
  it('gives both spellings of a word one key, by list and by rule', () => {
    assert.equal(spellingKey('programme'), spellingKey('program'));
    assert.equal(spellingKey('organisation'), spellingKey('organization'));
    assert.equal(spellingKey('fence'), 'fence');
  });

  it('is the fold the title lexicon matches with', () => {
    const lexicon = getLexicon();
    assert.equal(lexicon.fold('councillor'), spellingKey('councillor'));
    assert.equal(lexicon.canonicalTitle('defence secretary'), lexicon.canonicalTitle('defense secretary'));
  });
});
