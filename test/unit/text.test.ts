import assert from 'node:assert/strict';
import { analyzeArticle, decodeArticle } from '../../src/analysis';
import { findParagraphs } from '../../src/analysis/text/paragraphs';
import { splitSentences } from '../../src/analysis/text/sentences';

describe('reading files', () => {
  it('drops a byte-order mark', () => {
    const decoded = decodeArticle(new Uint8Array([0xef, 0xbb, 0xbf, 0x48, 0x69]));
    assert.deepEqual(decoded, { ok: true, text: 'Hi' });
  });

  it('refuses binary content, and bytes neither UTF-8 nor Windows-1252, with a reason', () => {
    assert.deepEqual(decodeArticle(new Uint8Array([0x48, 0x00, 0x69])), { ok: false, reason: 'not a text file (it contains NUL bytes)' });
    assert.deepEqual(decodeArticle(new Uint8Array([0x48, 0xc3, 0x28, 0x81])), { ok: false, reason: 'not valid UTF-8 or Windows-1252 text' });
    assert.deepEqual(decodeArticle(new Uint8Array([0x48, 0xe9, 0x07, 0x69])), { ok: false, reason: 'not valid UTF-8 or Windows-1252 text' });
  });

  it('reads legacy Windows-1252 text that is not UTF-8, and says so', () => {
    // "Café owner said “no”" as a Windows editor saves it.
    const bytes = new Uint8Array([0x43, 0x61, 0x66, 0xe9, 0x20, 0x6f, 0x77, 0x6e, 0x65, 0x72, 0x20, 0x73, 0x61, 0x69, 0x64, 0x20, 0x93, 0x6e, 0x6f, 0x94]);
    assert.deepEqual(decodeArticle(bytes), { ok: true, text: 'Café owner said “no”', encoding: 'windows-1252' });
  });

  it('decodes UTF-16 after its byte-order mark, either byte order, and still refuses a NUL or a broken pair', () => {
    assert.deepEqual(decodeArticle(new Uint8Array([0xff, 0xfe, 0x48, 0x00, 0x3d, 0xd8, 0x42, 0xde])), { ok: true, text: 'H🙂' });
    assert.deepEqual(decodeArticle(new Uint8Array([0xfe, 0xff, 0x00, 0x48, 0xd8, 0x3d, 0xde, 0x42])), { ok: true, text: 'H🙂' });
    assert.deepEqual(decodeArticle(new Uint8Array([0xff, 0xfe, 0x48, 0x00, 0x00, 0x00])), { ok: false, reason: 'not a text file (it contains NUL bytes)' });
    assert.deepEqual(decodeArticle(new Uint8Array([0xff, 0xfe, 0x3d, 0xd8, 0x48, 0x00])), { ok: false, reason: 'not valid UTF-16LE text' });
  });

  it('refuses a NUL byte anywhere, not only near the start', () => {
    const bytes = new Uint8Array(200_000).fill(0x61);
    bytes[150_000] = 0;
    assert.equal(decodeArticle(bytes).ok, false);
  });
});

describe('paragraphs', () => {
  it('splits on \\n, \\r\\n and lone \\r, and trims each paragraph', () => {
    const text = 'One.\r\n\r\n  Two.\rThree.\n';
    assert.deepEqual(findParagraphs(text).map((p) => text.slice(p.start, p.end)), ['One.', 'Two.', 'Three.']);
  });
});

describe('sentences', () => {
  const sentenceTexts = (text: string) =>
    splitSentences(text, findParagraphs(text)).map((sentence) => text.slice(sentence.start, sentence.end));

  it('ends a sentence before a quotation opened with two apostrophes or two backticks', () => {
    // Typewriter-style marks, as wire copy writes them: '' for both marks, or `` to open.
    assert.deepEqual(sentenceTexts("The ferry board met late on Friday. ''No sailing is safe this week,'' its chair said."), [
      'The ferry board met late on Friday.',
      "''No sailing is safe this week,'' its chair said.",
    ]);
    assert.deepEqual(sentenceTexts("Prices rose again. ``Nobody can plan like this,'' a grocer said. ``We are guessing.''"), [
      'Prices rose again.',
      "``Nobody can plan like this,'' a grocer said.",
      "``We are guessing.''",
    ]);
  });

  it('still joins an abbreviation to the name after it', () => {
    assert.deepEqual(sentenceTexts("The grant went to Dr. ''Buzz'' Okafor of the institute."), [
      "The grant went to Dr. ''Buzz'' Okafor of the institute.",
    ]);
  });

  it('reads "No." before a figure as "number", and "no." before a word as the end of a sentence', () => {
    assert.deepEqual(sentenceTexts('Sen. Ada Voss, the No. 2 Senate Democrat, spoke. She lives at No. 10 Harbour Road.'), [
      'Sen. Ada Voss, the No. 2 Senate Democrat, spoke.',
      'She lives at No. 10 Harbour Road.',
    ]);
    assert.deepEqual(sentenceTexts('Asked if he would resign, he said no. Three aides left.'), ['Asked if he would resign, he said no.', 'Three aides left.']);
  });
});

describe('metadata', () => {
  it('reads a date line and the dateline after it', () => {
    const { metadata } = analyzeArticle(' date 2022-10-22 WASHINGTON: The US said.');
    assert.equal(metadata.dateLine?.date, '2022-10-22');
    assert.equal(metadata.dateline?.text, 'WASHINGTON');
  });

  it('reads datelines with a dash, a country and an agency', () => {
    assert.equal(analyzeArticle('KYIV - The US said.').metadata.dateline?.text, 'KYIV');
    assert.equal(analyzeArticle('NEW YORK, Nov 3 (Reuters) - Stocks fell.').metadata.dateline?.text, 'NEW YORK');
    assert.equal(analyzeArticle('The US said so.').metadata.dateline, null);
  });

  it('analyses an empty article to empty results', () => {
    const analysis = analyzeArticle('');
    assert.deepEqual([analysis.people, analysis.quotes, analysis.paragraphs], [[], [], []]);
  });
});
