import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  compareFingerprints,
  compareVersions,
  fingerprint,
  groupSiblings,
  isSibling,
  normalizeForComparison,
  normalizeWords,
  sampleOf,
  SiblingIndex,
  type DocumentFingerprint,
} from '../../src/analysis/siblings';
import { decodeIndex, encodeIndex } from '../../src/analysis/siblings/indexStore';
import { runSiblings } from '../../src/cli/siblingsCommand';
import { ROOT, readSeed } from './helpers';

const US = readSeed('000_2b7d7f5e5426fd49.txt');
const UK = readSeed('001_2685f8e38a54437a.txt');

/** Another story on the same day about the same war, sharing one quoted sentence with the seeds. */
const OTHER_STORY = `PARIS - French Foreign Minister Catherine Colonna said on Friday that Europe would keep up its support for Kyiv through the winter, as Russian strikes on power plants left millions of Ukrainians without heat.

Speaking after talks with her American counterpart, Colonna said France would send generators and mobile boilers before the end of the month, and that a conference on rebuilding the power grid would be held in Paris in December.

"We have seen no evidence of that in this moment. On the contrary, we see Russia doubling and tripling down on its aggression," Blinken told the news conference, when asked whether Moscow was ready to negotiate.

Colonna said sanctions would be tightened again if the attacks on civilian infrastructure continued, and that the European Union was preparing a ninth package of measures aimed at Russian banks and the defence industry.

Ukrainian officials say nearly a third of the country's power stations have been destroyed since October 10, and rolling blackouts have been imposed in the capital and in several western regions.

Energy ministers of the Group of Seven are due to meet next week to coordinate deliveries of transformers and spare parts, the French ministry said in a statement.`;

/** A brief that is half made of two sentences quoted in the seeds. */
const BRIEF = `Speaking in Paris, Blinken said: "We have seen no evidence of that in this moment. On the contrary, we see Russia doubling and tripling down on its aggression." He added: "The fundamental difference is that Ukrainians are fighting for their country, their land, their future. Russia is not." Aides said he would travel on to Berlin for talks with German officials about winter aid.`;

/** A story with nothing in common with the seeds. */
const UNRELATED = `Heavy rain flooded the main railway station in the city on Tuesday morning, halting trains for several hours and leaving thousands of commuters stranded on platforms.

Water poured through the roof of the ticket hall after a storm dropped more than a month's rainfall in six hours, the city's transport authority said.

Services resumed shortly after noon, although several lines were still running with delays in the evening, and engineers were checking signals damaged by the water.`;

const keys = (text: string): string => normalizeWords(text).map((w) => w.key).join(' ');

describe('siblings: normalisation', () => {
  it('folds spelling, quote marks, dashes, honorifics and rank abbreviations', () => {
    assert.equal(
      keys('Mr Austin “emphasised” the mobilisation of the defence forces — Brig-Gen Ryder said the centre’s colour was favourite'),
      keys('Austin "emphasized" the mobilization of the defense forces - Brigadier General Ryder said the center\'s color was favorite'),
    );
    assert.equal(keys('Dr. Smith travelled to the U.K. with 5bn'), keys('Smith traveled to the United Kingdom with 5 billion'));
    assert.equal(keys('a licence for the theatre, analysed by the labour councillor'), keys('a license for the theater, analyzed by the labor councilor'));
  });

  it('does not merge different words', () => {
    for (const [x, y] of [['four', 'for'], ['our', 'or'], ['filled', 'filed'], ['hour', 'hor'], ['fence', 'fense'], ['timbre', 'timber'], ['rise', 'rize']]) {
      assert.notEqual(keys(x), keys(y), `${x} / ${y}`);
    }
    // "Dr" stays when no name follows, a title stays when it is not before a name.
    assert.equal(keys('Dr Who'), 'who');
    assert.equal(keys('the Brig-Gen said'), 'the brigadier general said');
  });

  it('maps every key back to the words it came from', () => {
    const text = 'Mr Blinken met Brig-Gen Ryder in the U.S. on Friday (Oct 21).';
    const words = normalizeWords(text);
    assert.deepEqual(words.map((w) => [w.key, text.slice(w.start, w.end)]), [
      ['blinken', 'Blinken'],
      ['met', 'met'],
      ['ryder', 'Ryder'],
      ['in', 'in'],
      ['the', 'the'],
      ['united', 'U.S'],
      ['states', 'U.S'],
      ['on', 'on'],
      ['friday', 'Friday'],
    ]);
  });

  it('leaves the date line and dateline out of the first paragraph', () => {
    const us = normalizeForComparison(US);
    const uk = normalizeForComparison(UK);
    assert.deepEqual([us.header?.date, us.header?.dateline, uk.header?.date, uk.header?.dateline], ['2022-10-22', 'WASHINGTON', null, 'KYIV']);
    assert.ok(US.slice(us.paragraphs[0].start).startsWith('The US and Russian'));
    assert.ok(UK.slice(uk.paragraphs[0].start).startsWith('The US and Russian'));
    assert.equal(us.paragraphs[0].text, uk.paragraphs[0].text);
  });
});

describe('siblings: fingerprints', () => {
  it('finds the two seeds to be versions of one story', () => {
    const score = compareFingerprints(fingerprint(US), fingerprint(UK));
    assert.ok(score.containment > 0.95, `containment ${score.containment}`);
    assert.ok(isSibling(score));
  });

  it('finds a cut version (the first third of a seed) to be a sibling of both', () => {
    const cut = fingerprint(US.slice(0, Math.floor(US.length / 3)));
    for (const full of [US, UK]) {
      const score = compareFingerprints(cut, fingerprint(full));
      assert.ok(isSibling(score), JSON.stringify(score));
      assert.ok(score.similarity < 0.4, 'resemblance is low: only containment can tell');
    }
  });

  it('does not take a different story sharing a quoted sentence, or an unrelated one, for a version', () => {
    for (const other of [OTHER_STORY, UNRELATED]) {
      for (const seed of [US, UK]) {
        const score = compareFingerprints(fingerprint(other), fingerprint(seed));
        assert.ok(!isSibling(score), JSON.stringify(score));
      }
    }
    const shared = compareFingerprints(fingerprint(OTHER_STORY), fingerprint(US));
    assert.ok(shared.shared > 10, 'the quoted sentence is found, and is not enough');
  });

  it('does not take a short text half made of two quoted sentences for a version', () => {
    const score = compareFingerprints(fingerprint(BRIEF), fingerprint(US));
    assert.ok(score.shared >= 30 && score.containment >= 0.5, `enough in common to fool a plain threshold: ${JSON.stringify(score)}`);
    assert.ok(!isSibling(score));
  });

  it('keeps a small record: 256 hashes with their places for a story, one in eight for a long text, at most 1,024', () => {
    const seed = fingerprint(US);
    assert.equal(sampleOf(seed).length, 256);
    assert.ok(JSON.stringify(seed).length < 2400, `${JSON.stringify(seed).length} characters`);
    assert.equal(seed.headline?.startsWith('The US and Russian defense chiefs'), true);
    const words = (n: number): string => Array.from({ length: n }, (_, i) => `w${i}`).join(' ');
    const long = fingerprint(words(4000));
    assert.ok(Math.abs(sampleOf(long).length - 4000 / 8) < 80, `${sampleOf(long).length} hashes of ${long.shingles}`);
    const huge = fingerprint(words(20000));
    assert.equal(sampleOf(huge).length, 1024);
    assert.ok(JSON.stringify(huge).length < 8800);
  });
});

describe('siblings: index', () => {
  const records: Record<string, DocumentFingerprint> = {
    us: fingerprint(US),
    uk: fingerprint(UK),
    cut: fingerprint(UK.slice(0, Math.floor(UK.length / 3))),
    other: fingerprint(OTHER_STORY),
    unrelated: fingerprint(UNRELATED),
  };
  const build = (): SiblingIndex => {
    const index = new SiblingIndex();
    for (const [id, fp] of Object.entries(records)) index.add(id, fp);
    return index;
  };

  it('finds the siblings of a text by id and by fingerprint', () => {
    const index = build();
    assert.deepEqual(index.siblingsOf('us').map((m) => m.id).sort(), ['cut', 'uk']);
    assert.deepEqual(index.siblingsOf(fingerprint(US.slice(0, 900))).map((m) => m.id).sort(), ['cut', 'uk', 'us']);
    assert.deepEqual(index.siblingsOf('unrelated'), []);
    assert.ok(!index.candidates('us').includes('unrelated'), 'unrelated texts are not even candidates');
  });

  it('lists sibling pairs and groups them', () => {
    const pairs = build().pairs();
    assert.deepEqual(pairs.map((p) => `${p.a}-${p.b}`), ['us-uk', 'us-cut', 'uk-cut']);
    assert.deepEqual(groupSiblings(pairs), [['us', 'uk', 'cut']]);
    assert.deepEqual(groupSiblings([{ a: 'x', b: 'y' }, { a: 'p', b: 'q' }, { a: 'y', b: 'z' }], ['z', 'q', 'p', 'y', 'x']), [['z', 'y', 'x'], ['q', 'p']]);
  });

  it('forgets removed texts and replaces a text added again', () => {
    const index = build();
    assert.equal(index.remove('uk'), true);
    assert.equal(index.remove('uk'), false);
    assert.deepEqual(index.siblingsOf('us').map((m) => m.id), ['cut']);
    index.add('cut', records.unrelated);
    assert.deepEqual(index.siblingsOf('us'), []);
    assert.equal(index.size, 4);
  });

  it('survives a save and load through the index store, and refuses records of another version', () => {
    const index = build();
    index.remove('cut');
    const stamps = new Map(index.ids().map((id, i) => [id, { mtime: i, size: 100 }]));
    const restored = decodeIndex(encodeIndex(index, stamps));
    assert.ok(restored.kind === 'loaded');
    assert.deepEqual(restored.index.ids(), ['us', 'uk', 'other', 'unrelated']);
    assert.deepEqual(restored.index.get('us'), records.us);
    assert.deepEqual(restored.index.siblingsOf('uk'), index.siblingsOf('uk'));
    assert.throws(() => index.add('old', { ...records.us, version: 0 }), /version/);
  });

  it('compacts its table after many removals and still answers', () => {
    const index = new SiblingIndex();
    for (let i = 0; i < 300; i++) index.add(`copy${i}`, records.other);
    const full = index.byteLength;
    for (let i = 0; i < 299; i++) index.remove(`copy${i}`);
    assert.ok(index.byteLength < full / 4, `${index.byteLength} bytes of ${full} after removals`);
    index.add('us', records.us);
    index.add('uk', records.uk);
    assert.deepEqual(index.siblingsOf('uk').map((m) => m.id), ['us']);
    // The other story shares a quoted sentence with the seeds: a candidate, never a sibling.
    assert.deepEqual(index.candidates('copy299').sort(), ['uk', 'us']);
    assert.deepEqual(index.siblingsOf('copy299'), []);
  });
});

describe('siblings: differences between versions', () => {
  const diff = compareVersions(US, UK);

  it('shows the British closing section as only in B and nothing as only in A', () => {
    assert.deepEqual(diff.onlyInA, []);
    assert.equal(diff.onlyInB.length, 6);
    assert.equal(diff.onlyInB[0].text, 'No discreet channel?');
    assert.ok(diff.onlyInB[5].text.startsWith('President Joe Biden’s administration'));
    for (const span of diff.onlyInB) assert.equal(UK.slice(span.start, span.end), span.text);
  });

  it('finds no reworded paragraph: the rest differ only in spelling, marks, honorifics and style', () => {
    assert.deepEqual(diff.reworded, []);
    assert.equal(diff.same.length, 10);
    assert.ok(diff.same.every((m) => !m.moved));
  });

  it('reports the header change separately', () => {
    assert.equal(diff.header.changed, true);
    assert.equal(US.slice(diff.header.a?.start, diff.header.a?.end), 'date 2022-10-22 WASHINGTON: ');
    assert.equal(UK.slice(diff.header.b?.start, diff.header.b?.end), 'KYIV - ');
  });

  it('reports no changed quote, and the people named only in the British version', () => {
    assert.deepEqual(diff.quotes.changed, []);
    assert.deepEqual(diff.quotes.onlyInA, []);
    assert.equal(diff.quotes.onlyInB.length, 2);
    assert.deepEqual(diff.people.map((p) => `${p.kind} ${p.b?.name}`), ['onlyInB Sergei Lavrov', 'onlyInB Anatoly Antonov', 'onlyInB Robert F. Kennedy', 'onlyInB Joe Biden']);
  });

  it('reports a reworded paragraph with the words that changed, a changed quote and a moved paragraph', () => {
    const paragraphs = US.split('\n\n');
    const edited = [
      paragraphs[0],
      paragraphs[1],
      paragraphs[3], // moved up
      paragraphs[2],
      ...paragraphs.slice(4, 6),
      paragraphs[6].replace('would keep contacts', 'would maintain contacts'),
      paragraphs[7].replace('doubling and tripling down', 'doubling down'),
      ...paragraphs.slice(8),
    ].join('\n\n');
    const d = compareVersions(US, edited);
    assert.equal(d.reworded.length, 2);
    const [keep, quote] = d.reworded;
    assert.deepEqual(keep.changes.map((c) => [c.a?.text, c.b?.text]), [['keep', 'maintain']]);
    assert.deepEqual(quote.changes.map((c) => [c.a?.text, c.b?.text]), [['and tripling', undefined]]);
    assert.equal(d.quotes.changed.length, 1);
    assert.match(d.quotes.changed[0].b.text, /^We have seen no evidence/);
    assert.equal(d.quotes.changed[0].a.speaker, 'Antony Blinken');
    assert.deepEqual(d.same.filter((m) => m.moved).map((m) => m.a.text.slice(0, 20)), ['Russia\'s defense min']);
    assert.deepEqual([d.onlyInA, d.onlyInB, d.header.changed], [[], [], false]);
  });

  it('matches a paragraph split in two with the two halves', () => {
    const paragraphs = US.split('\n\n');
    const [first, second] = paragraphs[4].split(', and ');
    const split = [...paragraphs.slice(0, 4), `${first}.`, `And ${second}`, ...paragraphs.slice(5)].join('\n\n');
    const d = compareVersions(US, split);
    assert.deepEqual([d.reworded, d.onlyInA, d.onlyInB], [[], [], []]);
    const match = d.same.find((m) => m.a.text.startsWith('Russia did not do so'));
    assert.ok(match && match.b.text.includes('\n\nAnd Kyiv'), 'B side spans both halves');
  });

  it('reports a person titled differently', () => {
    const d = compareVersions(US, US.replace('French Foreign Minister Catherine Colonna', 'French Prime Minister Catherine Colonna'));
    assert.deepEqual(d.people.map((p) => [p.kind, p.a?.title, p.b?.title, p.titleChanged]), [['changed', 'Foreign Minister', 'Prime Minister', true]]);
    assert.deepEqual(d.reworded, [], 'a title before a name is the people diff’s business');
  });
});

describe('sourcelens siblings', () => {
  async function run(paths: string[], json: boolean, maxFileBytes?: number): Promise<{ code: number; output: string; errors: string }> {
    let output = '';
    let errors = '';
    const code = await runSiblings(paths, json, (text) => (output += text), (text) => (errors += text), maxFileBytes);
    return { code, output, errors };
  }

  it('prints sibling pairs and groups as JSON', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'sourcelens-siblings-'));
    const unrelated = join(folder, 'unrelated.txt');
    writeFileSync(unrelated, UNRELATED);
    const seeds = join(ROOT, 'seeds');
    const { code, output, errors } = await run([seeds, unrelated], true);
    assert.equal(code, 0);
    assert.equal(errors, '');
    const result = JSON.parse(output);
    const [a, b] = ['000_2b7d7f5e5426fd49.txt', '001_2685f8e38a54437a.txt'].map((file) => join(seeds, file));
    assert.deepEqual(Object.keys(result), ['pairs', 'groups']);
    assert.equal(result.pairs.length, 1);
    assert.deepEqual(Object.keys(result.pairs[0]), ['a', 'b', 'relation', 'similarity', 'containment', 'narrativeShared', 'narrativeShare', 'quotedShared', 'quotedShare', 'attributedQuoted', 'inOrder']);
    assert.equal(result.pairs[0].relation, 'version');
    assert.ok(result.pairs[0].narrativeShare > 0.9 && result.pairs[0].quotedShare > 0, JSON.stringify(result.pairs[0]));
    assert.deepEqual([result.pairs[0].a, result.pairs[0].b], [a, b]);
    assert.equal(result.pairs[0].containment, 1);
    assert.deepEqual(result.groups, [[a, b]]);
  });

  it('names unreadable and binary files on stderr, compares the rest, and exits non-zero', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'sourcelens-siblings-'));
    const binary = join(folder, 'image.txt');
    writeFileSync(binary, Buffer.from([0x89, 0x50, 0x00, 0x01]));
    const missing = join(folder, 'missing.txt');
    const seeds = join(ROOT, 'seeds');
    const { code, output, errors } = await run([binary, seeds, missing], false);
    assert.equal(code, 1);
    assert.match(errors, /image\.txt: not a text file/);
    assert.match(errors, /missing\.txt: no such file/);
    assert.match(output, /^2 files compared: 1 group of versions/);
    assert.match(output, /000_2b7d7f5e5426fd49\.txt ↔ .*001_2685f8e38a54437a\.txt: 100% of the shorter in the longer/);
  });

  it('skips files over --max-file-size with a message, and compares the rest', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'sourcelens-siblings-'));
    const long = join(folder, 'long.txt');
    writeFileSync(long, `${UNRELATED}\n\n`.repeat(20));
    const seeds = join(ROOT, 'seeds');
    const size = Buffer.byteLength(`${UNRELATED}\n\n`.repeat(20));
    const { code, output, errors } = await run([seeds, long], false, size - 1);
    assert.equal(code, 1);
    assert.match(errors, new RegExp(`long\\.txt: larger than ${(size - 1).toLocaleString('en')} bytes`));
    assert.match(output, /^2 files compared: 1 group of versions/);
    assert.equal((await run([seeds, long], false, size)).code, 0);
  });
});
