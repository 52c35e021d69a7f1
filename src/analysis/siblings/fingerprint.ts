import { findParagraphs } from '../text/paragraphs';
import { firstIndex } from '../text/search';
import { furnitureRanges } from './furniture';
import { decodeHashes, encodeHashes, hashRun } from './hash';
import { findSections, inRanges, packWhere, quotedRanges } from './layout';
import { sendNormalizedKeys } from './normalize';
import { distinctAscending } from './distinctHashes';
import { WordHashes } from './wordHashes';
import type { Paragraph } from '../types';
import { judge, RELATION_RULE, scorePair, type PairScore, type Relation, type RelationRule, type SampleView } from './relation';

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
 * Page furniture (site boilerplate, photo captions, the byline; furniture.ts) is left out: two
 * outlets' pages around one story differ there, and unrelated stories of one site share it.
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
export const FINGERPRINT_VERSION = 3;
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
  /** Where each sampled shingle sits (layout.ts: quoted, in a headline-like line, digest item, paragraph), 16 bits each, two to a base64 word. */
  where: string;
  /** Items of a digest ("The Latest", "News in Brief") with prose; 1 for an ordinary story. */
  items: number;
  /** The opening of the first paragraph, to label the file in lists. */
  headline: string | null;
  /** The date of a `date YYYY-MM-DD` line, or null. */
  date: string | null;
  /** The dateline's place ("WASHINGTON"), or null. */
  dateline: string | null;
}

/** How two texts compare: the shares, the evidence, and the relation judged from them. */
export interface SiblingScore extends PairScore {
  /** A's relation to B ("A contains B"), or null when they share too little to say. */
  relation: Relation | null;
}

/** When two texts count as versions, contain one another or share quotes (relation.ts). */
export type SiblingRule = RelationRule;
export const SIBLING_RULE: SiblingRule = RELATION_RULE;

export interface FingerprintOptions {
  /** Keep page furniture (boilerplate, captions, byline) in the fingerprint: for measuring what leaving it out does. */
  keepFurniture?: boolean;
}

export function fingerprint(text: string, options: FingerprintOptions = {}): DocumentFingerprint {
  const { fingerprint: record, view } = fingerprintParts(text, options);
  const { version, words, paragraphs, shingles, items, headline, date, dateline } = record;
  return { version, words, paragraphs, shingles, sample: encodeHashes(view.sample), where: encodeWhere(view.where), items, headline, date, dateline };
}

/**
 * A fingerprint as the index keeps it: the record without its base64 sample, and the sample and
 * places as typed arrays. What the fingerprint threads send (their buffers are transferred, not
 * copied) and the index adds (`SiblingIndex.addRecord`), with nothing encoded or decoded.
 */
export interface FingerprintParts {
  fingerprint: Omit<DocumentFingerprint, 'sample' | 'where'>;
  view: SampleView;
}

export function fingerprintParts(text: string, options: FingerprintOptions = {}): FingerprintParts {
  const all = findParagraphs(text);
  const words = new WordHashes();
  const header = sendNormalizedKeys(text, all, words);
  words.finish();
  const { hashes, where, items } = shingleHashes(text, all, words, options);
  const kept = Math.min(MAX_SAMPLE, Math.max(MIN_SAMPLE, upperBound(hashes, SAMPLE_LIMIT)));
  const first = words.paragraphs > 0 ? { start: words.paragraphStarts[0], end: words.paragraphEnds[0] } : undefined;
  const headline = first ? text.slice(first.start, Math.min(first.end, first.start + LABEL_LENGTH * 2)).replace(/\s+/g, ' ').trim() : '';
  const record = {
    version: FINGERPRINT_VERSION,
    words: words.count,
    paragraphs: words.paragraphs,
    shingles: hashes.length,
    items,
    headline: headline ? (headline.length > LABEL_LENGTH ? `${headline.slice(0, LABEL_LENGTH - 1)}…` : headline) : null,
    date: header?.date ?? null,
    dateline: header?.dateline ?? null,
  };
  return { fingerprint: record, view: { sample: hashes.slice(0, kept), where: where.slice(0, kept), shingles: hashes.length, items } };
}

/**
 * The distinct shingle hashes of a normalised text, ascending, with where each first sits (a
 * narrative occurrence before a quoted one, then the earliest).
 */
function shingleHashes(text: string, all: readonly Paragraph[], words: WordHashes, options: FingerprintOptions): { hashes: Uint32Array; where: Uint16Array; items: number } {
  const quoted = quotedRanges(text, all);
  const furniture = options.keepFurniture ? [] : furnitureRanges(text, all);
  const lineCursor = { at: 0 };
  const { sectionOf, labels, items } = findSections(text, all, (index) => inRanges(furniture, (all[index].start + all[index].end) >> 1, lineCursor));
  let total = 0;
  for (let index = 0; index < words.paragraphs; index++) total += Math.max(1, words.wordsIn(index) - SHINGLE_WORDS + 1);
  const shingles = new Uint32Array(total);
  const places = new Uint16Array(total);
  let count = 0;
  const cursor = { at: 0 };
  const furnitureCursor = { at: 0 };
  const { hashes, starts } = words;
  let line = 0;
  for (let index = 0; index < words.paragraphs; index++) {
    const n = words.wordsIn(index);
    const first = words.firstWords[index];
    if (n < MIN_SHORT_PARAGRAPH || inRanges(furniture, starts[first + (n >> 1)], furnitureCursor)) continue;
    while (line + 1 < all.length && all[line + 1].start <= words.paragraphStarts[index]) line++;
    const section = sectionOf[line] ?? 0;
    const label = labels[line] ?? false;
    if (n < SHINGLE_WORDS) {
      shingles[count] = hashRun(hashes, first, n);
      places[count++] = packWhere(inRanges(quoted, starts[first + (n >> 1)], cursor), label, section, index);
      continue;
    }
    for (let i = 0; i + SHINGLE_WORDS <= n; i++) {
      shingles[count] = hashRun(hashes, first + i, SHINGLE_WORDS);
      places[count++] = packWhere(inRanges(quoted, starts[first + i + (SHINGLE_WORDS >> 1)], cursor), label, section, index);
    }
  }
  const distinct = distinctAscending(shingles.subarray(0, count), places.subarray(0, count));
  return { hashes: distinct.hashes, where: distinct.places, items };
}

/** The 16-bit places as base64, two to a 32-bit word. */
export function encodeWhere(where: Uint16Array): string {
  const packed = new Uint32Array(Math.ceil(where.length / 2));
  for (let i = 0; i < where.length; i++) packed[i >> 1] |= where[i] << ((i & 1) * 16);
  return encodeHashes(packed);
}

/** The places of a fingerprint's sample; throws if the record is damaged. */
export function whereOf(fp: DocumentFingerprint, count: number): Uint16Array {
  const packed = decodeHashes(fp.where);
  if (packed.length !== Math.ceil(count / 2)) throw new Error('fingerprint places do not match its sample');
  const where = new Uint16Array(count);
  for (let i = 0; i < count; i++) where[i] = (packed[i >> 1] >>> ((i & 1) * 16)) & 0xffff;
  return where;
}

/** The sample of a fingerprint as numbers; throws if the record is damaged. */
export function sampleOf(fp: DocumentFingerprint): Uint32Array {
  return decodeHashes(fp.sample);
}

/** A fingerprint as the comparison reads it. */
export function viewOf(fp: DocumentFingerprint): SampleView {
  const sample = sampleOf(fp);
  return { sample, where: whereOf(fp, sample.length), shingles: fp.shingles, items: fp.items, paragraphs: fp.paragraphs };
}

/** Scores two texts from their records alone. */
export function compareFingerprints(a: DocumentFingerprint, b: DocumentFingerprint, rule: SiblingRule = SIBLING_RULE): SiblingScore {
  return compareViews(viewOf(a), viewOf(b), rule);
}

export function compareViews(a: SampleView, b: SampleView, rule: SiblingRule = SIBLING_RULE): SiblingScore {
  const score = scorePair(a, b);
  return { ...score, relation: judge(score, a.items, b.items, rule) };
}

/** Whether two texts are versions of one story. */
export function isSibling(score: SiblingScore): boolean {
  return score.relation === 'version';
}

/** How many of the ascending `values` are at most `limit`. */
export function upperBound(values: Uint32Array, limit: number): number {
  return firstIndex(values, (value) => value > limit);
}
