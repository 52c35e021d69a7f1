import assert from 'node:assert/strict';
import { fingerprint, SiblingIndex } from '../../src/analysis/siblings';
import { MAX_POSTINGS } from '../../src/analysis/siblings/siblingIndex';
import { decodeIndex, encodeIndex } from '../../src/analysis/siblings/indexStore';
import { readSeed } from './helpers';

// The seeds are one story as two outlets ran it: the British one is the "true sibling" of the US one.
const US = readSeed('000_2b7d7f5e5426fd49.txt');
const UK = readSeed('001_2685f8e38a54437a.txt');

describe('siblings: a story filed in more than a thousand identical copies', () => {
  const copies = MAX_POSTINGS + 1;

  function indexWithCopies(): SiblingIndex {
    const index = new SiblingIndex();
    const copy = fingerprint(US);
    for (let i = 0; i < copies; i++) index.add(`copy-${i}`, copy);
    index.add('british', fingerprint(UK));
    return index;
  }

  it('still finds the true sibling from either side', () => {
    const index = indexWithCopies();
    assert.ok(index.siblingsOf('copy-0').some((match) => match.id === 'british'));
    const ofBritish = index.siblingsOf('british').map((match) => match.id);
    assert.equal(ofBritish.length, copies);
    assert.ok(ofBritish.includes(`copy-${copies - 1}`));
  });

  it('finds the copies of each other, and keeps finding them as copies are removed and added back', () => {
    const index = indexWithCopies();
    assert.equal(index.siblingsOf('copy-5').length, copies);
    for (let i = 0; i < copies - 1; i++) index.remove(`copy-${i}`);
    assert.deepEqual(index.siblingsOf('british').map((match) => match.id), [`copy-${copies - 1}`]);
    index.add('copy-0', fingerprint(US));
    assert.deepEqual(index.siblingsOf(`copy-${copies - 1}`).map((match) => match.id).sort(), ['british', 'copy-0']);
  });

  it('survives a save and load through the index store', () => {
    const saved = indexWithCopies();
    const loaded = decodeIndex(encodeIndex(saved, new Map(saved.ids().map((id) => [id, { mtime: 0, size: 0 }]))));
    assert.ok(loaded.kind === 'loaded');
    assert.ok(loaded.index.siblingsOf('copy-0').some((match) => match.id === 'british'));
    assert.equal(loaded.index.siblingsOf('british').length, copies);
  });
});

describe('siblings: a story filed in more than a thousand near copies', () => {
  it('still finds candidates through keys that every copy shares', () => {
    const index = new SiblingIndex();
    // Each copy differs by a closing line of its own, so none is identical to another.
    for (let i = 0; i < MAX_POSTINGS + 1; i++) index.add(`copy-${i}`, fingerprint(`${US}\n\nFiled by desk ${i} for the ${i % 7 === 0 ? 'evening' : 'morning'} edition, page ${i + 3}.`));
    index.add('british', fingerprint(UK));
    const found = index.siblingsOf('british').map((match) => match.id);
    assert.ok(found.length >= MAX_POSTINGS - 1, `${found.length} versions found`);
  });
});

