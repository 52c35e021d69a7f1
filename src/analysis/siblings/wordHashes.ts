import { hashWord } from './hash';
import type { KeySink } from './normalize';
import { resized } from './typedArrays';

/**
 * The normalised words of a text as the fingerprint reads them: each key's hash and where its
 * word starts, in typed arrays, and the paragraphs that have words (as normalizeForComparison keeps
 * them), as runs of those arrays. No object per word: a text of a thousand words made a thousand.
 */
export class WordHashes implements KeySink {
  hashes = new Uint32Array(1024);
  starts = new Int32Array(1024);
  count = 0;
  /** Per paragraph with words: its offsets in the text and its first word. */
  readonly paragraphStarts: number[] = [];
  readonly paragraphEnds: number[] = [];
  readonly firstWords: number[] = [];

  get paragraphs(): number {
    return this.paragraphStarts.length;
  }

  /** Words of paragraph `index`. */
  wordsIn(index: number): number {
    return (index + 1 < this.firstWords.length ? this.firstWords[index + 1] : this.count) - this.firstWords[index];
  }

  paragraph(start: number, end: number): void {
    this.dropEmptyParagraph();
    this.paragraphStarts.push(start);
    this.paragraphEnds.push(end);
    this.firstWords.push(this.count);
  }

  add(key: string, start: number, _end?: number, hash = hashWord(key)): void {
    if (this.count === this.hashes.length) this.grow();
    this.hashes[this.count] = hash;
    this.starts[this.count++] = start;
  }

  /** Called once the last paragraph is in. */
  finish(): this {
    this.dropEmptyParagraph();
    return this;
  }

  private dropEmptyParagraph(): void {
    const last = this.firstWords.length - 1;
    if (last >= 0 && this.firstWords[last] === this.count) {
      this.paragraphStarts.pop();
      this.paragraphEnds.pop();
      this.firstWords.pop();
    }
  }

  private grow(): void {
    this.hashes = resized(this.hashes, this.hashes.length * 2);
    this.starts = resized(this.starts, this.starts.length * 2);
  }
}
