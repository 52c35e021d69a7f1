/**
 * Line and column of an offset, as editors show them: both 1-based, the column counted in UTF-16
 * code units like VS Code's. A line ends at \n, \r\n or a lone \r.
 */
export class LineIndex {
  private readonly starts: number[] = [0];

  constructor(text: string) {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 0x0a || (c === 0x0d && text.charCodeAt(i + 1) !== 0x0a)) this.starts.push(i + 1);
    }
  }

  at(offset: number): { line: number; column: number } {
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.starts[mid] <= offset) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: offset - this.starts[low] + 1 };
  }
}

/**
 * UTF-16 offsets to Unicode code point offsets (what the W3C Web Annotation model counts), for
 * increasing or random offsets: one pass over the text, then a look-up.
 */
export class CodePoints {
  /** Offsets (UTF-16) of the low halves of surrogate pairs: each one is a code unit that is not a code point. */
  private readonly lowHalves: number[] = [];

  constructor(text: string) {
    for (let i = 0; i < text.length - 1; i++) {
      const c = text.charCodeAt(i);
      if (c >= 0xd800 && c <= 0xdbff) {
        const next = text.charCodeAt(i + 1);
        if (next >= 0xdc00 && next <= 0xdfff) this.lowHalves.push(++i);
      }
    }
  }

  /** The code point offset of a UTF-16 offset (an offset inside a pair counts as after it). */
  of(offset: number): number {
    let low = 0;
    let high = this.lowHalves.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (this.lowHalves[mid] < offset) low = mid + 1;
      else high = mid;
    }
    return offset - low;
  }
}
