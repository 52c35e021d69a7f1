import assert from 'node:assert/strict';
import { readInTurns } from '../../src/editor/textInTurns';

// A news text of our own, repeated to be long, with Windows line ends and a character outside the BMP.
const TEXT = 'WELLINGTON — The council said on Tuesday: “The bridge reopens in May.” 🚧\r\n\r\n'.repeat(400);

describe('reading a long text in turns', () => {
  const read = (text: string, sliceChars: number, current = () => true) => {
    const reads: Array<[number, number]> = [];
    let turns = 0;
    const result = readInTurns(
      text.length,
      (start, end) => {
        reads.push([start, end]);
        return text.slice(start, end);
      },
      () => 'whole',
      current,
      async () => void turns++,
      sliceChars,
    );
    return { result, reads, turns: () => turns };
  };

  it('gives the same text, a slice per turn', async () => {
    const { result, reads, turns } = read(TEXT, 1_000);
    assert.equal(await result, TEXT);
    assert.equal(reads.length, Math.ceil(TEXT.length / 1_000));
    assert.equal(turns(), reads.length - 1);
  });

  it('stops when the document changes on the way', async () => {
    let calls = 0;
    const { result, reads } = read(TEXT, 1_000, () => ++calls < 3);
    assert.equal(await result, undefined);
    assert.equal(reads.length, 2);
  });

  it('reads the text whole when the slices do not add up to its length', async () => {
    const short = readInTurns(10, () => 'abc', () => 'whole', () => true, async () => undefined, 4);
    assert.equal(await short, 'whole');
  });

  it('an empty text is empty', async () => {
    assert.equal(await read('', 1_000).result, '');
  });
});
