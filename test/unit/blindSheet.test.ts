import assert from 'node:assert/strict';
import { blindSheets, byFile, joinedVerdicts, type ListedQuote } from '../../eval/adjudicated/blindSheet';
import { GUM_SECOND_VERDICTS_FILE, GUM_VERDICTS_FILE, SECOND_VERDICTS_FILE, TRAIN_TUNE_VERDICTS_FILE, VERDICTS_FILE, type AdjudicatedQuote, type JudgedSet } from '../../eval/adjudicated/verdicts';

// Quotes of our own, as a listing would give them.
const listing: ListedQuote[] = Array.from({ length: 5 }, (_, n) => ({
  set: n % 2 === 0 ? 'missed gold' : 'gold sample, third draw',
  article: `harbour-${n}`,
  start: n * 10,
  end: n * 10 + 6,
  quote: `words ${n} of the harbour master`,
  sentence: `The harbour master said "[words ${n}]".`,
  paragraph: `The harbour master said "[words ${n}]". The ferry left.`,
}));

describe('blind judging sheets', () => {
  it('shuffles by seed, numbers from 1, cuts sheets and keeps set and split off them', () => {
    const { sheets, key } = blindSheets(listing, 7, 2);
    assert.deepEqual(sheets.map((sheet) => sheet.length), [2, 2, 1]);
    assert.deepEqual(sheets.flat().map((quote) => quote.id), [1, 2, 3, 4, 5]);
    for (const quote of sheets.flat()) assert.equal('set' in quote, false);
    assert.deepEqual(new Set(key.map((entry) => entry.article)), new Set(listing.map((item) => item.article)));
    assert.deepEqual(blindSheets(listing, 7, 2), { sheets, key }, 'the same seed gives the same sheets');
    assert.notDeepEqual(blindSheets(listing, 8, 2).key, key, 'another seed another order');
  });

  it('joins a judge’s verdicts back through the key, and refuses a missing id or an unknown verdict', () => {
    const { sheets, key } = blindSheets(listing, 7, 5);
    const verdicts = key.map((entry) => ({ id: entry.id, verdict: 'term' as const, reason: 'a label' }));
    const joined = joinedVerdicts(sheets.flat(), key, verdicts);
    assert.deepEqual(joined.map((entry) => [entry.article, entry.set]), key.map((entry) => [entry.article, entry.set]));
    assert.equal(joined[0].words, sheets[0][0].quote.split(' ').slice(0, 6).join(' '));
    assert.throws(() => joinedVerdicts(sheets.flat(), key, verdicts.slice(1)), /has no verdict/);
    assert.throws(() => joinedVerdicts(sheets.flat(), key, [...verdicts.slice(1), { id: verdicts[0].id, verdict: 'maybe' as never, reason: '' }]), /unknown verdict/);
  });

  it('sends each set’s verdicts to its own file, and train-tune’s only from the first judge', () => {
    const entry = (set: JudgedSet): AdjudicatedQuote => ({ article: 'harbour', start: 0, end: 5, words: 'words', verdict: 'quotation', reason: '', set });
    const entries = (['GUM news', 'GUM news, missed', 'train-tune gold sample', 'missed gold'] as const).map(entry);
    const sets = (files: Map<string, AdjudicatedQuote[]>): Array<[string, string[]]> => [...files].map(([file, held]) => [file, held.map((e) => e.set)]);
    assert.deepEqual(sets(byFile(entries, 'first')), [[GUM_VERDICTS_FILE, ['GUM news', 'GUM news, missed']], [TRAIN_TUNE_VERDICTS_FILE, ['train-tune gold sample']], [VERDICTS_FILE, ['missed gold']]]);
    assert.deepEqual(sets(byFile(entries, 'second')), [[GUM_SECOND_VERDICTS_FILE, ['GUM news', 'GUM news, missed']], [SECOND_VERDICTS_FILE, ['missed gold']]]);
  });
});
