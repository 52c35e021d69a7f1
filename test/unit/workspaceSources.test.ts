import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeArticle, collectSources, summarizeSources, type WorkspaceSource } from '../../src/analysis';
import { describeFilter, filterSources, NO_FILTER, sourceDescription } from '../../src/editor/sources/sourceList';
import { CHANGE_DEBOUNCE_MS, rereadPauseMs } from '../../src/editor/sources/rereadPause';

const SEEDS = join(__dirname, '..', '..', 'seeds');
const SEED_FILES = ['000_2b7d7f5e5426fd49.txt', '001_2685f8e38a54437a.txt'];

// Our own wire-style story: a headline, a byline (a credit, not a source), CRLF line ends, two quoted people.
const STORY =
  'Harbour ferries to keep night routes\r\nBy Tom Reyes\r\n\r\nHARBOUR CITY — Mayor Lena Ortiz defended the ferry plan on Tuesday.\r\n\r\n' +
  '"We will not cut a single route," Ortiz said.\r\n\r\n"The numbers do not add up," said Paul Hanley, the council\'s finance chair.\r\n';

function source(overrides: Partial<WorkspaceSource>): WorkspaceSource {
  return { key: 'person:x', kind: 'person', name: 'X', titles: [], official: false, gender: null, quoteCount: 1, files: ['a'], firstDate: null, lastDate: null, quotes: [], ...overrides };
}

describe('workspace sources', () => {
  it('merges file summaries as it merges whole analyses', () => {
    const texts = SEED_FILES.map((name) => readFileSync(join(SEEDS, name), 'utf8'));
    const whole = collectSources(texts.map((text, i) => ({ file: SEED_FILES[i], analysis: analyzeArticle(text) })));
    const summarised = collectSources(texts.map((text, i) => ({ file: SEED_FILES[i], analysis: summarizeSources(text, analyzeArticle(text)) })));
    assert.ok(whole.length > 0);
    assert.deepEqual(summarised, whole);
  });

  it('keeps each person with the line and character of the first mention, and leaves credits out', () => {
    const summary = summarizeSources(STORY, analyzeArticle(STORY));
    const ortiz = summary.people.find((person) => person.name.endsWith('Ortiz'));
    assert.ok(ortiz?.firstMention, JSON.stringify(summary.people));
    const lines = STORY.split(/\r\n/);
    const { line, character, start, end } = ortiz.firstMention;
    assert.equal(lines[line].slice(character, character + end - start), STORY.slice(start, end));
    assert.ok(!summary.people.some((person) => person.name === 'Tom Reyes'), 'the byline is a credit');
    assert.ok(summary.quotes.every((quote) => quote.kind === 'quotation'));
    assert.deepEqual(ortiz.mentions[0].slice(0, 4), [start, end, line, character]);
    assert.ok(ortiz.mentions.length >= 2);
    for (const [from, to, atLine, atCharacter, endLine, endCharacter] of ortiz.mentions) {
      assert.equal(endLine, atLine);
      assert.equal(endCharacter - atCharacter, to - from);
      assert.match(lines[atLine].slice(atCharacter, endCharacter), /Ortiz/);
    }
  });

  it('is much smaller than the analysis it comes from', () => {
    const text = readFileSync(join(SEEDS, SEED_FILES[0]), 'utf8');
    const analysis = analyzeArticle(text);
    assert.ok(JSON.stringify(summarizeSources(text, analysis)).length * 2 < JSON.stringify(analysis).length);
  });

  it('re-reads an edited news-length article after the usual pause, a 1 MB one after several times its analysis', () => {
    assert.equal(rereadPauseMs(0), CHANGE_DEBOUNCE_MS);
    assert.equal(rereadPauseMs(20_000), CHANGE_DEBOUNCE_MS);
    // About 0.7 s of analysis for 1 MB: typing keeps the worker busy a quarter of the time at most.
    assert.ok(rereadPauseMs(1_000_000) >= 2_500, String(rereadPauseMs(1_000_000)));
    assert.ok(rereadPauseMs(2_000_000) > rereadPauseMs(1_000_000));
  });

  it('describes a source by kind, counts, office and inferred gender', () => {
    assert.equal(sourceDescription(source({ quoteCount: 3, files: ['a', 'b'], official: true, gender: 'female' })), 'person · 3 quotes · 2 articles · official · female (inferred)');
    assert.equal(sourceDescription(source({ kind: 'anonymous', name: 'a city official' })), 'anonymous · 1 quote · 1 article');
  });

  it('filters by kind, office and words of the name or title, and orders', () => {
    const all = [
      source({ key: 'a', name: 'Lena Ortiz', official: true, quoteCount: 2, titles: ['Mayor'], lastDate: '2024-01-02' }),
      source({ key: 'b', name: 'Paul Hanley', quoteCount: 5, files: ['a'] }),
      source({ key: 'c', kind: 'organisation', name: 'Harbour Authority', quoteCount: 1, files: ['a', 'b', 'c'], lastDate: '2024-03-01' }),
    ];
    const keys = (list: WorkspaceSource[]): string[] => list.map((s) => s.key);
    assert.deepEqual(keys(filterSources(all, NO_FILTER)), ['b', 'a', 'c']);
    assert.deepEqual(keys(filterSources(all, { ...NO_FILTER, kind: 'person' })), ['b', 'a']);
    assert.deepEqual(keys(filterSources(all, { ...NO_FILTER, officialsOnly: true })), ['a']);
    assert.deepEqual(keys(filterSources(all, { ...NO_FILTER, text: 'mayor' })), ['a']);
    assert.deepEqual(keys(filterSources(all, { ...NO_FILTER, text: 'ORTÍZ' })), ['a']);
    assert.deepEqual(keys(filterSources(all, { ...NO_FILTER, order: 'articles' })), ['c', 'b', 'a']);
    assert.deepEqual(keys(filterSources(all, { ...NO_FILTER, order: 'latest' })), ['c', 'a', 'b']);
    assert.deepEqual(keys(filterSources(all, { ...NO_FILTER, order: 'name' })), ['c', 'a', 'b']);
    assert.equal(describeFilter(NO_FILTER, 3, 3), undefined);
    assert.equal(describeFilter({ ...NO_FILTER, officialsOnly: true, order: 'name' }, 1, 3), '1 of 3 sources: officials only · by name');
  });
});
