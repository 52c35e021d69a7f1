import { isQuoted, paragraphOf, sectionOf } from './layout';
import { firstIndex } from '../text/search';

/**
 * How two texts are related, judged from their fingerprints alone (samples and where each sampled
 * shingle sits). Two versions of one story share narrative — the reporter's words outside
 * quotation marks — in the same order; two stories quoting one statement or the same tweets share
 * only words inside quotation marks; a digest ("The Latest", "News in Brief") carries a story as
 * one of its items, so all it shares with the story sits in one item.
 */
export type Relation = 'version' | 'contains' | 'part of' | 'shares quotes';

export interface RelationEvidence {
  /** Estimated shingles shared outside quotation marks (in both texts). */
  narrativeShared: number;
  /** Share of the shorter text's narrative shingles found in the longer. */
  narrativeShare: number;
  /** Estimated shingles shared inside quotation marks (in either text). */
  quotedShared: number;
  /** Share of the shorter text's shingles that are shared and quoted. */
  quotedShare: number;
  /** Share of the shared narrative whose paragraphs come in the same order in both texts. */
  inOrder: number;
  /** Share of the shared text that sits in one item of the text that is a digest (0 when neither is). */
  oneItem: number;
  /** Paragraphs holding shared narrative, in the text where there are fewer of them. */
  paragraphs: number;
}

export interface PairScore {
  /** Estimated resemblance |A∩B| / |A∪B| of the two shingle sets. */
  similarity: number;
  /** The larger of |A∩B|/|A| and |A∩B|/|B|: how much of one text is found in the other. */
  containment: number;
  /** Estimated number of shingles the texts share. */
  shared: number;
  /** Hashes the estimate rests on that agreed. */
  matches: number;
  evidence: RelationEvidence;
}

/** One side of a comparison: a fingerprint's sample, places and counts. */
export interface SampleView {
  sample: Uint32Array;
  where: Uint16Array;
  /** Distinct shingles of the whole text. */
  shingles: number;
  /** Digest items (1 for a story). */
  items: number;
}

/** The thresholds of `judge`; the values come from eval/versions.ts (train folders) and eval/siblings.ts. */
export interface RelationRule {
  /**
   * A copy (restyled, cut, lead only): this share of the shorter text found in the longer, with
   * at least `minShared` shingles (`fewSharedContainment` below `fewShared`), and not only
   * quotations: `copyNarrative` of what is shared is narrative, or (a transcript, mostly quoted)
   * `copyNarrativeShare` of the shorter's narrative, `minCopyNarrative` shingles at least, is in the longer.
   */
  minContainment: number;
  minShared: number;
  fewShared: number;
  fewSharedContainment: number;
  copyNarrative: number;
  copyNarrativeShare: number;
  minCopyNarrative: number;
  /** Narrative shingles two versions must share (≈ a paragraph: a stock phrase or a furniture line is less). */
  minNarrative: number;
  /** Share of the shorter's narrative found in the longer. */
  minNarrativeShare: number;
  /** Below this many shared narrative shingles, the share must be this high instead (`fewNarrativeShare`). */
  fewNarrative: number;
  fewNarrativeShare: number;
  /** Share of the shared narrative in the same order. */
  minInOrder: number;
  /**
   * Paragraphs the shared narrative must span, unless it is at least `oneParagraphShare` of the
   * shorter: a boilerplate paragraph (an outlet's editor's note, a copyright line) is one paragraph.
   */
  minParagraphs: number;
  oneParagraphShare: number;
  /** Agreeing sampled hashes, so that an estimate from a handful of samples is not trusted. */
  minMatches: number;
  /** Items a digest has at least, and the share of what it shares with a text that sits in one of them. */
  digestItems: number;
  digestOneItem: number;
  /** Quoted shingles two stories must share to be said to share quotes (≈ a sentence). */
  minQuoted: number;
}

export const RELATION_RULE: RelationRule = {
  minContainment: 0.5,
  minShared: 30,
  fewShared: 45,
  fewSharedContainment: 0.8,
  copyNarrative: 0.2,
  copyNarrativeShare: 0.6,
  minCopyNarrative: 15,
  minNarrative: 30,
  minNarrativeShare: 0.12,
  fewNarrative: 50,
  fewNarrativeShare: 0.4,
  minInOrder: 0.6,
  minParagraphs: 2,
  oneParagraphShare: 0.7,
  minMatches: 4,
  digestItems: 3,
  digestOneItem: 0.8,
  minQuoted: 8,
};

const FULL = 0xffffffff;

/**
 * Scores two texts from their bottom-k samples. Both samples are cut at the smaller threshold,
 * below which each holds every hash of its text: two uniform samples at one rate (the exact sets
 * when neither text was cut), so every share below is an unbiased estimate.
 */
export function scorePair(a: SampleView, b: SampleView): PairScore {
  const limit = Math.min(threshold(a), threshold(b));
  const sizeA = upperBound(a.sample, limit);
  const sizeB = upperBound(b.sample, limit);
  let matches = 0;
  let quotedMatches = 0;
  const narrative: Array<[number, number]> = [];
  const sectionsA = new Map<number, number>();
  const sectionsB = new Map<number, number>();
  for (let i = 0, j = 0; i < sizeA && j < sizeB; ) {
    if (a.sample[i] === b.sample[j]) {
      matches++;
      const wa = a.where[i];
      const wb = b.where[j];
      if (isQuoted(wa) || isQuoted(wb)) quotedMatches++;
      else narrative.push([paragraphOf(wa), paragraphOf(wb)]);
      if (a.items > 1) bump(sectionsA, sectionOf(wa));
      if (b.items > 1) bump(sectionsB, sectionOf(wb));
      i++;
      j++;
    } else if (a.sample[i] < b.sample[j]) i++;
    else j++;
  }
  if (sizeA === 0 || sizeB === 0 || matches === 0) return { similarity: 0, containment: 0, shared: 0, matches: 0, evidence: NO_EVIDENCE };
  // Estimated shingles per sampled hash: the fraction of both texts' shingles below the limit.
  const scale = limit === FULL ? 1 : (a.shingles + b.shingles) / (sizeA + sizeB);
  const shorter = sizeA <= sizeB ? a : b;
  const shorterSize = Math.min(sizeA, sizeB);
  let shorterNarrative = 0;
  for (let k = 0; k < shorterSize; k++) if (!isQuoted(shorter.where[k])) shorterNarrative++;
  const oneItem = Math.max(largestShare(sectionsA, matches), largestShare(sectionsB, matches));
  return {
    similarity: matches / (sizeA + sizeB - matches),
    containment: Math.max(matches / sizeA, matches / sizeB),
    shared: matches * scale,
    matches,
    evidence: {
      narrativeShared: narrative.length * scale,
      narrativeShare: shorterNarrative === 0 ? 0 : Math.min(1, narrative.length / shorterNarrative),
      quotedShared: quotedMatches * scale,
      quotedShare: quotedMatches / shorterSize,
      inOrder: narrative.length === 0 ? 0 : inOrderCount(narrative) / narrative.length,
      oneItem,
      paragraphs: Math.min(distinct(narrative, 0), distinct(narrative, 1)),
    },
  };
}

const NO_EVIDENCE: RelationEvidence = { narrativeShared: 0, narrativeShare: 0, quotedShared: 0, quotedShare: 0, inOrder: 0, oneItem: 0, paragraphs: 0 };

/** The relation of A to B ("A contains B"), or null when they share too little to say. */
export function judge(score: PairScore, itemsA: number, itemsB: number, rule: RelationRule = RELATION_RULE): Relation | null {
  const e = score.evidence;
  if (score.matches === 0) return null;
  // A digest carrying the other text as one of its items; two digests that share several items are versions.
  const digestA = itemsA >= rule.digestItems;
  const digestB = itemsB >= rule.digestItems;
  if ((digestA || digestB) && e.oneItem >= rule.digestOneItem && score.shared >= rule.minQuoted) {
    if (digestA && digestB) return e.quotedShared >= rule.minQuoted ? 'shares quotes' : null;
    return digestA ? 'contains' : 'part of';
  }
  const spread = e.paragraphs >= rule.minParagraphs || e.narrativeShare >= rule.oneParagraphShare;
  if (score.matches >= rule.minMatches && spread && isCopy(score, rule)) return 'version';
  const minShare = e.narrativeShared < rule.fewNarrative ? Math.max(rule.minNarrativeShare, rule.fewNarrativeShare) : rule.minNarrativeShare;
  if (e.narrativeShared >= rule.minNarrative && e.narrativeShare >= minShare && e.inOrder >= rule.minInOrder && spread && score.matches >= rule.minMatches) return 'version';
  if (e.quotedShared >= rule.minQuoted) return 'shares quotes';
  return null;
}

/** Most of the shorter text in the longer, and not only its quotations. */
function isCopy(score: PairScore, rule: RelationRule): boolean {
  const minContainment = score.shared < rule.fewShared ? Math.max(rule.minContainment, rule.fewSharedContainment) : rule.minContainment;
  const e = score.evidence;
  const notOnlyQuotes = e.narrativeShared >= rule.copyNarrative * score.shared || (e.narrativeShare >= rule.copyNarrativeShare && e.narrativeShared >= rule.minCopyNarrative);
  return score.containment >= minContainment && score.shared >= rule.minShared && notOnlyQuotes;
}

/** The relation seen from the other text. */
export function reverse(relation: Relation): Relation {
  return relation === 'contains' ? 'part of' : relation === 'part of' ? 'contains' : relation;
}

function distinct(pairs: ReadonlyArray<[number, number]>, side: 0 | 1): number {
  return new Set(pairs.map((pair) => pair[side])).size;
}

function bump(counts: Map<number, number>, key: number): void {
  counts.set(key, (counts.get(key) ?? 0) + 1);
}

function largestShare(counts: ReadonlyMap<number, number>, total: number): number {
  let largest = 0;
  for (const count of counts.values()) largest = Math.max(largest, count);
  return total === 0 ? 0 : largest / total;
}

/** The longest run of shared shingles whose paragraphs rise together in both texts. */
function inOrderCount(pairs: Array<[number, number]>): number {
  pairs.sort((x, y) => x[0] - y[0] || x[1] - y[1]);
  // Longest non-decreasing subsequence of B's paragraphs, by patience sorting.
  const tails: number[] = [];
  for (const [, pb] of pairs) {
    const at = firstIndex(tails, (tail) => tail > pb);
    tails[at] = pb;
  }
  return tails.length;
}

/** The largest hash a sample is complete up to: all of them when the text was not cut. */
function threshold(view: SampleView): number {
  return view.sample.length < view.shingles && view.sample.length > 0 ? view.sample[view.sample.length - 1] : FULL;
}

function upperBound(values: Uint32Array, limit: number): number {
  return firstIndex(values, (value) => value > limit);
}
