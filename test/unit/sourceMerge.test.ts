import assert from 'node:assert/strict';
import fc from 'fast-check';
import { analyzeArticle, collectSources, SourceMerge, summarizeSources, type FileSourceSummary, type SummaryPerson } from '../../src/analysis';
import { propertyOptions } from './properties';

// Made-up summaries of the shape the worker sends: a small pool of names so that people recur
// across files, surnames alone join a full name or clash ("Ortiz" with Lena and Marco Ortiz, told
// apart by title or not),
// plus organisations, anonymous sources and quotations without a source.
const NAMES = ['Lena Ortiz', 'Marco Ortiz', 'Ortiz', 'Ortiz', 'Paul Hanley', 'Hanley', 'Kerry Vale'];
const TITLES = [null, 'Mayor', 'Senator', 'finance chair'];
const OTHER_SOURCES = [
  { kind: 'organisation', name: 'the transit authority' },
  { kind: 'anonymous', name: 'a council aide' },
  { kind: 'document', name: 'the report' },
] as const;

const person = fc.record({
  name: fc.constantFrom(...NAMES),
  title: fc.constantFrom(...TITLES),
  official: fc.boolean(),
  gender: fc.constantFrom<SummaryPerson['gender']>(null, 'female', 'male'),
});

const summary: fc.Arbitrary<FileSourceSummary> = fc
  .record({
    date: fc.constantFrom(null, '2024-03-04', '2024-04-11', '2023-12-30'),
    people: fc.array(person, { maxLength: 4 }),
    quotes: fc.array(fc.record({ speaker: fc.nat(5), other: fc.nat(5), kind: fc.constantFrom('quotation', 'quotation', 'quotation', 'term') }), { maxLength: 6 }),
  })
  .map(({ date, people, quotes }) => {
    const withIds = people.map((p, i): SummaryPerson => ({ ...p, id: `p${i}`, firstMention: null, mentions: [] }));
    return {
      metadata: { date: date ? { date } : null, dateLine: null },
      people: withIds,
      quotes: quotes.map((q, i) => {
        const speaker = withIds[q.speaker];
        const other = OTHER_SOURCES[q.other];
        const source = speaker ? { kind: 'person' as const, name: speaker.name } : other ? { kind: other.kind, name: other.name } : null;
        return { kind: q.kind as 'quotation', speakerId: speaker?.id ?? null, start: i * 10, end: i * 10 + 8, text: `quote ${i}`, source };
      }),
    };
  });

const operation = fc.oneof(
  fc.record({ op: fc.constant('set' as const), file: fc.constantFrom('a', 'b', 'c', 'd', 'e'), summary, look: fc.boolean() }),
  fc.record({ op: fc.constant('delete' as const), file: fc.constantFrom('a', 'b', 'c', 'd', 'e'), look: fc.boolean() }),
);

describe('incremental source merge', () => {
  it('equals a full merge after any sequence of changed, added and deleted files', () => {
    fc.assert(
      fc.property(fc.array(operation, { minLength: 1, maxLength: 25 }), (operations) => {
        const merge = new SourceMerge();
        // As the editor keeps them: a changed file keeps its place, a deleted one loses it.
        const files = new Map<string, FileSourceSummary>();
        for (const step of operations) {
          if (step.op === 'set') {
            merge.set(step.file, step.summary);
            files.set(step.file, step.summary);
          } else {
            merge.delete(step.file);
            files.delete(step.file);
          }
          if (step.look) assert.deepEqual(merge.sources(), collectSources([...files].map(([file, analysis]) => ({ file, analysis }))));
        }
        assert.deepEqual(merge.sources(), collectSources([...files].map(([file, analysis]) => ({ file, analysis }))));
        for (const name of NAMES) {
          const expected = collectSources([...files].map(([file, analysis]) => ({ file, analysis }))).filter((source) => source.kind === 'person');
          // A name's key is the key of the source its quotes went to.
          const key = merge.personKey(name, null);
          if (expected.some((source) => source.key === key)) assert.ok(merge.sources().some((source) => source.key === key));
        }
      }),
      propertyOptions(300),
    );
  });

  it('joins a surname alone to a full name added later, and parts them when a second one comes', () => {
    const story = (names: string[], quoted: number): FileSourceSummary => ({
      metadata: { date: null, dateLine: null },
      people: names.map((name, i) => ({ id: `p${i}`, name, title: null, official: false, gender: null, firstMention: null, mentions: [] })),
      quotes: [{ kind: 'quotation', speakerId: `p${quoted}`, start: 0, end: 5, text: 'words', source: { kind: 'person', name: names[quoted] } }],
    });
    const merge = new SourceMerge();
    merge.set('alone.txt', story(['Ortiz'], 0));
    assert.deepEqual(merge.sources().map((s) => s.key), ['person:ortiz']);
    merge.set('full.txt', story(['Lena Ortiz'], 0));
    assert.deepEqual(merge.sources().map((s) => [s.key, s.quoteCount]), [['person:lena ortiz', 2]]);
    merge.set('other.txt', story(['Marco Ortiz'], 0));
    assert.deepEqual(merge.sources().map((s) => s.key).sort(), ['person:lena ortiz', 'person:marco ortiz', 'person:ortiz']);
    merge.delete('other.txt');
    assert.deepEqual(merge.sources().map((s) => [s.key, s.quoteCount]), [['person:lena ortiz', 2]]);
  });

  it('tells apart two people of one surname by the title an article gives the surname alone', () => {
    // Our own short council and state-house stories: two Ortizes, then each named by title and surname only.
    const stories: Array<[string, string]> = [
      ['council.txt', 'HARBOUR CITY — Mayor Lena Ortiz opened the new ferry terminal on Monday.\n\n"It was worth the wait," Ortiz said.'],
      ['senate.txt', 'Senator Marco Ortiz voted against the ferry bill on Tuesday.\n\n"We cannot pay for this," Ortiz said.'],
      ['council-later.txt', '"The terminal stays open at night," Mayor Ortiz told reporters on Friday.'],
      ['senate-later.txt', '"The bill will come back," Senator Ortiz said after the vote.'],
      ['unsure.txt', '"No comment," Ortiz said.'],
    ];
    const files = stories.map(([file, text]) => ({ file, analysis: summarizeSources(text, analyzeArticle(text)) }));
    const merged = collectSources(files);
    const filesOf = (key: string): string[] | undefined => merged.find((source) => source.key === key)?.files;
    assert.deepEqual(filesOf('person:lena ortiz'), ['council.txt', 'council-later.txt'], JSON.stringify(merged.map((s) => [s.key, s.files])));
    assert.deepEqual(filesOf('person:marco ortiz'), ['senate.txt', 'senate-later.txt']);
    assert.deepEqual(filesOf('person:ortiz'), ['unsure.txt'], 'without a title it stays apart');
    const merge = new SourceMerge();
    for (const { file, analysis } of files) merge.set(file, analysis);
    assert.deepEqual(merge.sources(), merged);
  });

  it('re-keys a surname alone when the title that told it apart goes', () => {
    const story = (people: Array<[string, string | null]>, quoted: number | null): FileSourceSummary => ({
      metadata: { date: null, dateLine: null },
      people: people.map(([name, title], i) => ({ id: `p${i}`, name, title, official: false, gender: null, firstMention: null, mentions: [] })),
      quotes: quoted === null ? [] : [{ kind: 'quotation', speakerId: `p${quoted}`, start: 0, end: 5, text: 'words', source: { kind: 'person', name: people[quoted][0] } }],
    });
    const merge = new SourceMerge();
    const files = new Map<string, FileSourceSummary>();
    const set = (file: string, summary: FileSourceSummary): void => {
      merge.set(file, summary);
      files.set(file, summary);
    };
    const full = (): string[] => collectSources([...files].map(([file, analysis]) => ({ file, analysis }))).map((source) => source.key);
    set('both.txt', story([['Lena Ortiz', 'Mayor'], ['Marco Ortiz', null]], null));
    set('alone.txt', story([['Ortiz', 'Mayor']], 0));
    assert.deepEqual(merge.sources().map((source) => source.key), ['person:lena ortiz']);
    set('both.txt', story([['Lena Ortiz', null], ['Marco Ortiz', null]], null));
    assert.deepEqual(full(), ['person:ortiz']);
    assert.deepEqual(merge.sources().map((source) => source.key), full());
  });
});
