import { firstIndex } from '../text/search';
import { decodeHashes, encodeHashes, hashRun, hashWord } from './hash';
import { normalizeForComparison, type NormalizedText } from './normalize';

/**
 * Fingerprints for finding versions of one story among many files.
 *
 * Method. A text is normalised (normalize.ts), cut into word 5-grams ("shingles") inside each
 * paragraph, and each shingle hashed to 32 bits. The record keeps the smallest distinct hashes:
 * at least `MIN_SAMPLE` (every hash of a text under ~260 words), all those below `SAMPLE_LIMIT`
 * (one shingle in eight) for longer texts, and never more than `MAX_SAMPLE`.
 *
 * Why this and not MinHash with LSH banding: versions differ mostly in length (a 300-word cut of
 * a 1,200-word story), and MinHash estimates resemblance, |A∩B|/|A∪B|, which is only 0.25 for
 * that cut and falls further for the lead paragraphs of a long story; banding tuned to retrieve
 * such pairs retrieves almost everything. The smallest hashes are a consistent sample instead:
 * a hash below a threshold t is kept by every text that has it. Cutting two samples at the
 * smaller of their thresholds gives uniform samples of both texts at one rate, from which
 * containment (|A∩B|/|A|, the share of one text found in the other) is estimated without bias
 * whatever the lengths. Short texts keep every hash, so their scores are exact; long ones keep
 * at least one hash in eight, so that a lead of 100 words still has a dozen hashes to compare
 * with a 3,600-word story.
 *
 * Why shingles inside paragraphs: reordered, added or cut paragraphs then change no shingle of
 * the others. Why five words: short enough that one reworded word costs five shingles, long
 * enough that two unrelated stories share few besides quoted sentences and stock phrases.
 *
 * Retrieval (siblingIndex.ts) uses an inverted index over the sampled hashes below
 * `SAMPLE_LIMIT`: a consistent sample again, so a short text contained in a long one shares
 * index keys with it in proportion to its own length. Verification scores each candidate from
 * the two stored samples alone; no text is re-read.
 *
 * Size: 256 hashes (1,366 characters of base64) for most stories, up to 1,024 for very long ones.
 */

/** Bump when normalisation, shingling, hashing or sampling changes: stored fingerprints are then stale. */
export const FINGERPRINT_VERSION = 1;
export const SHINGLE_WORDS = 5;
export const MIN_SAMPLE = 256;
export const MAX_SAMPLE = 1024;
/** Hashes below this (one in eight) are always sampled, and are the index keys. */
export const SAMPLE_LIMIT = 0x1fffffff;
/** Paragraphs shorter than a shingle count as one shingle from this many words ("No discreet channel?"). */
const MIN_SHORT_PARAGRAPH = 3;
const LABEL_LENGTH = 100;

/** The stored record of one text: plain JSON, a small fraction of the text's size. */
export interface DocumentFingerprint {
  version: number;
  /** Words after normalisation (without the header). */
  words: number;
  paragraphs: number;
  /** Distinct shingles of the whole text. */
  shingles: number;
  /** The smallest shingle hashes (see above), ascending, as base64 (see hash.ts). */
  sample: string;
  /** The opening of the first paragraph, to label the file in lists. */
  headline: string | null;
  /** The date of a `date YYYY-MM-DD` line, or null. */
  date: string | null;
  /** The dateline's place ("WASHINGTON"), or null. */
  dateline: string | null;
}

export interface SiblingScore {
  /** Estimated resemblance |A∩B| / |A∪B| of the two shingle sets. */
  similarity: number;
  /** The larger of |A∩B|/|A| and |A∩B|/|B|: how much of one text is found in the other. */
  containment: number;
  /** Estimated number of shingles the texts share. */
  shared: number;
  /** Hashes the estimate rests on that agreed (all shared shingles when both texts are short). */
  matches: number;
}

/** When two texts count as versions of one story; the values come from eval/siblings.ts. */
export interface SiblingRule {
  /** Share of the shorter text that must be found in the longer. */
  minContainment: number;
  /** Shared shingles, so that a sentence in common is never enough (30 shingles ≈ 34 words in a row). */
  minShared: number;
  /**
   * Up to this many shared shingles (two or three sentences) the shorter text must be almost all
   * shared (`fewSharedContainment`): a short text that shares a quotation or two with another
   * story is otherwise half made of them.
   */
  fewShared: number;
  fewSharedContainment: number;
  /** Agreeing sampled hashes, so that an estimate from a handful of samples is not trusted. */
  minMatches: number;
}

export const SIBLING_RULE: SiblingRule = { minContainment: 0.5, minShared: 30, fewShared: 45, fewSharedContainment: 0.8, minMatches: 4 };

export function fingerprint(text: string): DocumentFingerprint {
  return fingerprintNormalized(text, normalizeForComparison(text));
}

function fingerprintNormalized(text: string, normalized: NormalizedText): DocumentFingerprint {
  const hashes = shingleHashes(normalized);
  const first = normalized.paragraphs[0];
  const headline = first ? text.slice(first.start, Math.min(first.end, first.start + LABEL_LENGTH * 2)).replace(/\s+/g, ' ').trim() : '';
  return {
    version: FINGERPRINT_VERSION,
    words: normalized.paragraphs.reduce((sum, p) => sum + p.words.length, 0),
    paragraphs: normalized.paragraphs.length,
    shingles: hashes.length,
    sample: encodeHashes(hashes.subarray(0, Math.min(MAX_SAMPLE, Math.max(MIN_SAMPLE, upperBound(hashes, SAMPLE_LIMIT))))),
    headline: headline ? (headline.length > LABEL_LENGTH ? `${headline.slice(0, LABEL_LENGTH - 1)}…` : headline) : null,
    date: normalized.header?.date ?? null,
    dateline: normalized.header?.dateline ?? null,
  };
}

/** The distinct shingle hashes of a normalised text, ascending. */
function shingleHashes(normalized: NormalizedText): Uint32Array {
  let total = 0;
  for (const paragraph of normalized.paragraphs) total += Math.max(1, paragraph.words.length - SHINGLE_WORDS + 1);
  const hashes = new Uint32Array(total);
  let count = 0;
  for (const paragraph of normalized.paragraphs) {
    const n = paragraph.words.length;
    if (n < MIN_SHORT_PARAGRAPH) continue;
    const words = paragraph.words.map((word) => hashWord(word.key));
    if (n < SHINGLE_WORDS) hashes[count++] = hashRun(words, 0, n);
    else for (let i = 0; i + SHINGLE_WORDS <= n; i++) hashes[count++] = hashRun(words, i, SHINGLE_WORDS);
  }
  const sorted = hashes.subarray(0, count).sort();
  let distinct = 0;
  for (let i = 0; i < sorted.length; i++) if (i === 0 || sorted[i] !== sorted[i - 1]) sorted[distinct++] = sorted[i];
  return sorted.slice(0, distinct);
}

/** The sample of a fingerprint as numbers; throws if the record is damaged. */
export function sampleOf(fp: DocumentFingerprint): Uint32Array {
  return decodeHashes(fp.sample);
}

/** Scores two texts from their records alone. */
export function compareFingerprints(a: DocumentFingerprint, b: DocumentFingerprint): SiblingScore {
  return scoreSamples(sampleOf(a), a.shingles, sampleOf(b), b.shingles);
}

export function isSibling(score: SiblingScore, rule: SiblingRule = SIBLING_RULE): boolean {
  const minContainment = score.shared < rule.fewShared ? Math.max(rule.minContainment, rule.fewSharedContainment) : rule.minContainment;
  return score.containment >= minContainment && score.shared >= rule.minShared && score.matches >= rule.minMatches;
}

/**
 * Containment and resemblance from two bottom-k samples of texts with `countA` and `countB`
 * distinct shingles. Both samples are cut at the smaller threshold, below which each holds every
 * hash of its text: two uniform samples at one rate (exact sets when neither text was cut).
 */
export function scoreSamples(a: Uint32Array, countA: number, b: Uint32Array, countB: number): SiblingScore {
  const limit = Math.min(threshold(a, countA), threshold(b, countB));
  const sizeA = upperBound(a, limit);
  const sizeB = upperBound(b, limit);
  let matches = 0;
  for (let i = 0, j = 0; i < sizeA && j < sizeB; ) {
    if (a[i] === b[j]) {
      matches++;
      i++;
      j++;
    } else if (a[i] < b[j]) i++;
    else j++;
  }
  if (sizeA === 0 || sizeB === 0) return { similarity: 0, containment: 0, shared: 0, matches: 0 };
  // The sampling rate, from both texts: the fraction of their shingles that fell below the limit.
  const shared = limit === FULL ? matches : (matches * (countA + countB)) / (sizeA + sizeB);
  return {
    similarity: matches / (sizeA + sizeB - matches),
    containment: Math.max(matches / sizeA, matches / sizeB),
    shared,
    matches,
  };
}

const FULL = 0xffffffff;

/** The largest hash a sample is complete up to: all of them when the text was not cut. */
function threshold(sample: Uint32Array, count: number): number {
  return sample.length < count && sample.length > 0 ? sample[sample.length - 1] : FULL;
}

/** How many of the ascending `values` are at most `limit`. */
export function upperBound(values: Uint32Array, limit: number): number {
  return firstIndex(values, (value) => value > limit);
}
