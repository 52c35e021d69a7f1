import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { compromiseWordTable, formatTable, TABLE_FILE } from '../../scripts/compromise-words';
import { getLexicon } from '../../src/analysis/lexicon';

describe('compromise words table', () => {
  it('compromiseWords.json is what the installed compromise gives (run scripts/compromise-words.ts after an upgrade)', () => {
    assert.equal(readFileSync(TABLE_FILE, 'utf8'), formatTable(compromiseWordTable()));
  });

  it('words are classed as compromise classes them, accents and all', () => {
    const lexicon = getLexicon();
    assert.equal(lexicon.wordClass('said'), 'verb');
    assert.equal(lexicon.wordClass('the'), 'function');
    assert.equal(lexicon.wordClass('zzyzxq'), 'unknown');
    // Keyed without accents: an accented spelling is found under the plain one.
    assert.equal(lexicon.wordClass('josé'), lexicon.wordClass('jose'));
    assert.notEqual(lexicon.wordClass('jose'), 'unknown');
    assert.equal(lexicon.gender('mary'), 'female');
    assert.equal(lexicon.gender('john'), 'male');
    // compromise's lexicon was a plain object: a name on Object's prototype was found in it, with no class.
    assert.equal(lexicon.wordClass('constructor'), 'other');
    assert.equal(lexicon.gender('constructor'), null);
  });

  it('cue verb forms come from the table as compromise conjugates them', () => {
    const lexicon = getLexicon();
    for (const form of ['say', 'said', 'says', 'saying']) assert.equal(lexicon.cueVerb(form)?.infinitive, 'say', form);
    assert.equal(lexicon.cueVerb('saying')?.mayPrecedeSpeaker, false);
  });
});
