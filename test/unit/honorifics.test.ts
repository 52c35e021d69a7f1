import assert from 'node:assert/strict';
import titleData from '../../src/analysis/lexicon/titles.json';
import {
  ABBREVIATED_HONORIFICS, HONORIFIC_GENDERS, HONORIFICS_DROPPED_IN_VERSIONS, PERSON_HONORIFICS,
} from '../../src/analysis/lexicon/honorifics';
import { takesAbbreviationStop } from '../../src/analysis/text/abbreviations';

const KNOWN_PROPERTIES = new Set(['gender', 'abbreviated', 'droppedInVersions', 'beforeSeveralNames']);

describe('the one honorific list (titles.json)', () => {
  it('gives each honorific only known properties, and a gender only of male or female', () => {
    for (const [word, entry] of Object.entries(titleData.honorifics)) {
      for (const [key, value] of Object.entries(entry)) {
        assert.ok(KNOWN_PROPERTIES.has(key), `${word}: unknown property ${key}`);
        if (key === 'gender') assert.ok(value === 'male' || value === 'female', `${word}: gender ${String(value)}`);
        else assert.equal(value, true, `${word}.${key}`);
      }
    }
  });

  it('derives its views: one person, short forms with a stop, forms versions drop, genders', () => {
    assert.ok(PERSON_HONORIFICS.has('sheikh') && !PERSON_HONORIFICS.has('messrs'));
    assert.ok(ABBREVIATED_HONORIFICS.has('prof') && !ABBREVIATED_HONORIFICS.has('sir'));
    assert.ok(HONORIFICS_DROPPED_IN_VERSIONS.has('messrs') && !HONORIFICS_DROPPED_IN_VERSIONS.has('father'));
    assert.equal(HONORIFIC_GENDERS.get('dame'), 'female');
    assert.equal(HONORIFIC_GENDERS.get('dr'), undefined);
  });

  it('lets an abbreviated honorific keep its full stop, but not a full word', () => {
    assert.ok(takesAbbreviationStop('Mrs'));
    assert.ok(!takesAbbreviationStop('Lady'));
  });
});
