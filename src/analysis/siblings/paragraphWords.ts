import { makeToken, NO_TOKEN, TokenScanner, type Token } from '../text/tokens';
import type { WordFacts } from './wordFacts';
import { resized } from './typedArrays';

/**
 * The words of one paragraph as the version normaliser reads them (normalize.ts): offsets and
 * word-cache slots for all, read without an object or a string each, and the token objects
 * `tokenize` would give made only for the words a rule looks at. One instance is reused from
 * paragraph to paragraph.
 */
export class ParagraphWords {
  count = 0;
  starts = new Int32Array(512);
  ends = new Int32Array(512);
  slots = new Int32Array(512);
  private possessives = new Uint8Array(512);
  private made: Array<Token | undefined> = [];
  private text = '';
  private readonly scanner = new TokenScanner();

  read(text: string, start: number, end: number, facts: WordFacts): this {
    this.text = text;
    this.count = 0;
    this.made.length = 0;
    this.scanner.reset(text, start, end);
    while (this.scanner.next()) {
      const k = this.count++;
      if (k === this.starts.length) this.grow();
      this.starts[k] = this.scanner.start;
      this.ends[k] = this.scanner.end;
      this.possessives[k] = this.scanner.possessive ? 1 : 0;
      this.slots[k] = facts.slotAt(text, this.scanner.start, this.scanner.end);
    }
    return this;
  }

  /** Word `k` as `tokenize(text, start, end)[k]`, or undefined past the last. */
  token(k: number): Token | undefined {
    if (k < 0 || k >= this.count) return undefined;
    let token = this.made[k];
    if (token === undefined) {
      token = makeToken(this.text, this.starts[k], this.ends[k], this.possessives[k] === 1, k > 0 ? this.ends[k - 1] : NO_TOKEN);
      this.made[k] = token;
    }
    return token;
  }

  /** Words `from` to `from + length` (fewer at the paragraph's end) as tokens. */
  tokens(from: number, length: number): Token[] {
    const tokens: Token[] = [];
    for (let k = from; k < Math.min(this.count, from + length); k++) tokens.push(this.token(k) as Token);
    return tokens;
  }

  private grow(): void {
    const size = this.starts.length * 2;
    this.starts = resized(this.starts, size);
    this.ends = resized(this.ends, size);
    this.slots = resized(this.slots, size);
    this.possessives = resized(this.possessives, size);
  }
}
