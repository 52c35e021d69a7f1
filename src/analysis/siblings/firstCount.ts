import { LABEL_BIT as LABEL_FLAG, QUOTED_BIT as QUOTED_FLAG } from './layout';
import { FULL, threshold, type SampleView } from './relation';

/** Local copies: an imported binding may be read through a getter, once per shared hash. */
const QUOTED_BIT = QUOTED_FLAG;
const LABEL_BIT = LABEL_FLAG;

/** Bits of the filter of the text looked up: 2^16, so that a sample of 1,024 hashes sets under 2% of them. */
const FILTER_BITS = 16;
const FILTER_MASK = (1 << FILTER_BITS) - 1;

/**
 * The first count of `scorePair` (relation.ts) between the text looked up and each of its
 * candidates in turn, without places or evidence: the sampled hashes that agree below the two
 * samples' common threshold (`sizeA`, `sizeB` of each sample lie below it), those of them outside
 * quotation marks and headline-like lines (`narrative`) and inside quotation marks (`quoted`), and
 * the shingles each hash stands for (`scale`): the same limit, sizes, classes and scale as
 * `scoreAbove`. Most candidates share a handful of hashes, so the target's hashes are set in a
 * bit filter once, and a candidate's hash is looked for in the target's sample only when its bit
 * is set: no merge of two samples, whose branches the processor cannot predict.
 */
export class FirstCount {
  matches = 0;
  narrative = 0;
  quoted = 0;
  sizeA = 0;
  sizeB = 0;
  scale = 1;
  private readonly filter = new Uint32Array(1 << (FILTER_BITS - 5));
  /** The filter's words set for the target, to clear them for the next. */
  private setWords = new Uint16Array(1024);
  private setCount = 0;
  private target: SampleView | null = null;

  /** Sets the text looked up (side A of every count until the next call). */
  lookUp(target: SampleView): void {
    for (let k = 0; k < this.setCount; k++) this.filter[this.setWords[k]] = 0;
    if (this.setWords.length < target.sample.length) this.setWords = new Uint16Array(target.sample.length);
    this.target = target;
    this.setCount = target.sample.length;
    for (let k = 0; k < target.sample.length; k++) {
      const hash = target.sample[k];
      const word = (hash & FILTER_MASK) >>> 5;
      this.setWords[k] = word;
      this.filter[word] |= 1 << (hash & 31);
    }
  }

  /** Bytes held by the filter (for the benchmark). */
  get byteLength(): number {
    return this.filter.byteLength + this.setWords.byteLength;
  }

  /** Counts what the text looked up and `b` share; the fields hold the answer until the next call. */
  count(b: SampleView): this {
    const a = this.target as SampleView;
    const limit = Math.min(threshold(a), threshold(b));
    const sampleA = a.sample;
    const sampleB = b.sample;
    const sizeA = upperBound(sampleA, limit, sampleA.length);
    const sizeB = upperBound(sampleB, limit, sampleB.length);
    const filter = this.filter;
    let matches = 0;
    let narrative = 0;
    let quoted = 0;
    for (let j = 0; j < sizeB; j++) {
      const hash = sampleB[j];
      if ((filter[(hash & FILTER_MASK) >>> 5] & (1 << (hash & 31))) === 0) continue;
      // Samples are ascending: the place of `hash` among A's first `sizeA`, if it is there.
      const i = upperBound(sampleA, hash, sizeA) - 1;
      if (i < 0 || sampleA[i] !== hash) continue;
      matches++;
      const both = a.where[i] | b.where[j];
      if ((both & LABEL_BIT) === 0) {
        if ((both & QUOTED_BIT) !== 0) quoted++;
        else narrative++;
      }
    }
    this.matches = matches;
    this.narrative = narrative;
    this.quoted = quoted;
    this.sizeA = sizeA;
    this.sizeB = sizeB;
    this.scale = limit === FULL ? 1 : (a.shingles + b.shingles) / (sizeA + sizeB);
    return this;
  }
}

/** How many of the first `size` ascending `values` are at most `limit`. */
function upperBound(values: Uint32Array, limit: number, size: number): number {
  let low = 0;
  let high = size;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (values[middle] > limit) high = middle;
    else low = middle + 1;
  }
  return low;
}
