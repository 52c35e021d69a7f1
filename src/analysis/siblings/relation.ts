import { LABEL_BIT as LABEL_FLAG, QUOTED_BIT as QUOTED_FLAG } from './layout';

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
  /** Share of the shorter text's narrative shingles found in the longer (0 below 5 shared). */
  narrativeShare: number;
  /** Estimated shingles shared inside quotation marks (in either text). */
  quotedShared: number;
  /** Share of the shorter text's shingles that are shared and quoted. */
  quotedShare: number;
  /** Share of the shared narrative whose paragraphs come in the same order in both texts (from up to 128 sampled shingles). */
  inOrder: number;
  /** Share of the shared text that sits in one item of the text that is a digest (0 when neither is). */
  oneItem: number;
  /** Paragraphs holding two or more sampled shingles of shared narrative, in the text where there are more of them (one paragraph may be split in the other). */
  paragraphs: number;
  /**
   * Estimated shingles shared inside quotation marks in a paragraph that shares narrative, or next
   * to one, in either text: a quote kept with the reporting around it ("…," the senator said on
   * Tuesday), as a version keeps it; a story quoting the same statement puts its own words around it.
   */
  attributedQuoted: number;
  /** Paragraphs holding two or more sampled shingles of shared quotation, in the text where there are fewer of them (from up to 128). */
  quotedParagraphs: number;
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
  /** Paragraphs of the text (its fingerprint's count), to place a paragraph from the end; without it the site-footer test is skipped. */
  paragraphs?: number;
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
  /**
   * Shingles inside quotation marks a copy made of quotations shares at least (a transcript, an
   * interview in questions and answers), over `transcriptParagraphs` paragraphs at least: a
   * statement that a short piece and a story both quote is one paragraph, however long.
   */
  minTranscript: number;
  transcriptParagraphs: number;
  /**
   * Shingles two versions must share (≈ a paragraph: a stock phrase or a furniture line is less),
   * counting narrative and the quotes kept with it in one paragraph (`attributedQuoted`): quotes
   * kept with the reporting around them count, quotes alone never do. Of them, at least
   * `minOwnNarrative` outside quotation marks (a few attributions).
   */
  minNarrative: number;
  minOwnNarrative: number;
  /** Share of the shorter's narrative found in the longer. */
  minNarrativeShare: number;
  /**
   * Below this many shared narrative shingles (quotes kept with their reporting counted in), the
   * share must be this high instead (`fewNarrativeShare`).
   */
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
  minTranscript: 200,
  transcriptParagraphs: 3,
  minNarrative: 30,
  minOwnNarrative: 15,
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

export const FULL = 0xffffffff;
/** Local copies: an imported binding may be read through a getter, once per shared shingle. */
const QUOTED_BIT = QUOTED_FLAG;
const LABEL_BIT = LABEL_FLAG;
/** Scratch space for the order of shared paragraphs: 128 matches estimate it well enough. */
const PLACES = new Uint16Array(128);
/** The paragraph pairs of the first quoted matches, and a stamp per paragraph of A and of B holding a narrative one (no clearing between calls). */
const QUOTED_PLACES = new Uint16Array(128);
const NARRATIVE_STAMP_A = new Uint32Array(256);
const NARRATIVE_STAMP_B = new Uint32Array(256);
let stamp = 0;
const SORTED = new Uint16Array(128);
const TAILS = new Uint16Array(128);
const BUCKETS = new Uint32Array(257);
const MIN_PLACES = 4;
/** Shared narrative shingles below which order and spread are not worked out (no rule needs them). */
const MIN_ORDERED = 10;
/** Below this many shared narrative shingles the narrative share is left at 0: no rule can use it. */
export const MIN_SHARE_EVIDENCE = 5;
const SEEN = new Uint32Array(8);
const TWICE = new Uint32Array(8);

/**
 * Scores two texts from their bottom-k samples. Both samples are cut at the smaller threshold,
 * below which each holds every hash of its text: two uniform samples at one rate (the exact sets
 * when neither text was cut), so every share below is an unbiased estimate.
 */
export function scorePair(a: SampleView, b: SampleView): PairScore {
  const first = scoreAbove(a, b, -1);
  // Only text shared outside quotation marks can be a site's footer; most candidates share a stock phrase and no more.
  if (first.shared - first.evidence.quotedShared < MIN_ORDERED) return first;
  const footer = footerDepth(a, b);
  return footer < 0 ? first : scoreAbove(a, b, footer);
}

/** `scorePair` leaving out the unquoted matches of the last `footer` + 1 lines when they stand equally far from the end of both (-1: none). */
function scoreAbove(a: SampleView, b: SampleView, footer: number): PairScore {
  const limit = Math.min(threshold(a), threshold(b));
  const sizeA = upperBound(a.sample, limit);
  const sizeB = upperBound(b.sample, limit);
  let matches = 0;
  let quotedMatches = 0;
  // Paragraph pairs of the first narrative matches, as A's paragraph × 256 + B's, in a reused
  // buffer. Matches come in hash order, so the first ones are a uniform sample of them all.
  let narrative = 0;
  let placed = 0;
  let quotedPlaced = 0;
  const sectionsA = a.items > 1 ? new Map<number, number>() : null;
  const sectionsB = b.items > 1 ? new Map<number, number>() : null;
  // The bit layout of layout.ts, inlined, and the arrays in locals: this loop runs for every
  // candidate of every look-up.
  const sampleA = a.sample;
  const sampleB = b.sample;
  const whereA = a.where;
  const whereB = b.where;
  // A site's footer printed under both pages: its lines, the same distance from the end in both, weigh nothing.
  const lastA = (a.paragraphs ?? 0) - 1;
  const lastB = (b.paragraphs ?? 0) - 1;
  for (let i = 0, j = 0; i < sizeA && j < sizeB; ) {
    const x = sampleA[i];
    const y = sampleB[j];
    if (x === y) {
      const wa = whereA[i];
      const wb = whereB[j];
      if (footer >= 0 && ((wa | wb) & QUOTED_BIT) === 0 && lastA - (wa & 0xff) === lastB - (wb & 0xff) && lastA - (wa & 0xff) <= footer) {
        i++;
        j++;
        continue;
      }
      matches++;
      if (((wa | wb) & LABEL_BIT) !== 0) {
        // A headline or a list of links: counted in what is shared, as neither narrative nor quotation.
      } else if (((wa | wb) & QUOTED_BIT) !== 0) {
        quotedMatches++;
        if (quotedPlaced < QUOTED_PLACES.length) QUOTED_PLACES[quotedPlaced++] = ((wa & 0xff) << 8) | (wb & 0xff);
      } else {
        narrative++;
        if (placed < PLACES.length) PLACES[placed++] = ((wa & 0xff) << 8) | (wb & 0xff);
      }
      if (sectionsA) bump(sectionsA, (wa >>> 8) & 0x3f);
      if (sectionsB) bump(sectionsB, (wb >>> 8) & 0x3f);
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  if (sizeA === 0 || sizeB === 0 || matches === 0) return { similarity: 0, containment: 0, shared: 0, matches: 0, evidence: NO_EVIDENCE };
  // Estimated shingles per sampled hash: the fraction of both texts' shingles below the limit.
  const scale = limit === FULL ? 1 : (a.shingles + b.shingles) / (sizeA + sizeB);
  const shorterSize = Math.min(sizeA, sizeB);
  const narrativeOfShorter = narrative * scale >= MIN_SHARE_EVIDENCE ? shorterNarrative(a, b, sizeA, sizeB) : 0;
  const oneItem = Math.max(largestShare(sectionsA, matches), largestShare(sectionsB, matches));
  // Order and spread only matter for a few shared shingles or more; most candidates share a stock phrase.
  let attributed = 0;
  if (quotedPlaced > 0 && narrative * scale >= MIN_ORDERED) {
    const kept = keepAttributed(placed, quotedPlaced);
    attributed = (kept / quotedPlaced) * quotedMatches * scale;
    placed = Math.min(PLACES.length, placed + kept);
  }
  // Counted before PLACES is sorted: `distinct` shares its scratch space with nothing else.
  const quotedSpan = quotedPlaced >= 2 ? QUOTED_PLACES.subarray(0, quotedPlaced) : null;
  const quotedParagraphs = quotedSpan ? Math.min(distinct(quotedSpan, 8), distinct(quotedSpan, 0)) : 0;
  const places = placed >= MIN_PLACES && narrative * scale >= MIN_ORDERED ? sortPlaces(placed) : null;
  return {
    similarity: matches / (sizeA + sizeB - matches),
    containment: Math.max(matches / sizeA, matches / sizeB),
    shared: matches * scale,
    matches,
    evidence: {
      narrativeShared: narrative * scale,
      narrativeShare: narrativeOfShorter === 0 ? 0 : Math.min(1, narrative / narrativeOfShorter),
      quotedShared: quotedMatches * scale,
      quotedShare: quotedMatches / shorterSize,
      inOrder: places ? inOrderCount(places) / placed : placed > 0 ? 1 : 0,
      oneItem,
      paragraphs: places ? Math.max(distinct(places, 8), distinct(places, 0)) : placed >= 2 ? 1 : 0,
      attributedQuoted: attributed,
      quotedParagraphs,
    },
  };
}

/** Hashes of the shorter sample below the common threshold outside quotation marks and headline-like lines, as `scoreAbove` counts them for `narrativeShare`. */
export function shorterNarrative(a: SampleView, b: SampleView, sizeA: number, sizeB: number): number {
  const shorter = sizeA <= sizeB ? a : b;
  const size = Math.min(sizeA, sizeB);
  let count = 0;
  for (let k = 0; k < size; k++) if ((shorter.where[k] & (QUOTED_BIT | LABEL_BIT)) === 0) count++;
  return count;
}

/** Lines a site prints under every page (share bar, link lists, comment rules, copyright) at most. */
const FOOTER_LINES = 8;
/** Paragraphs a version's shared text may drift from the footer's alignment (a caption or a line added above it on one page). */
const NEAR_ALIGNED = 2;

/**
 * How deep (in paragraphs from the end) a site footer the two pages share runs, or -1. A footer is
 * printed word for word under every page of a site, so its shared lines sit at equal distances
 * from the end of both pages, within the last `FOOTER_LINES`. It is taken for one only when the
 * pages share next to nothing else (a few sampled shingles: a stock phrase), nothing near that
 * alignment (two versions whose endings line up share the story above too), and each page has
 * text of its own above it (a short page that is all shared is a copy, not a footer); versions
 * sharing more keep it, as it changes nothing for them.
 * Unrelated stories of one site then share nothing, whatever lines the page reader missed. Not
 * for digests.
 */
function footerDepth(a: SampleView, b: SampleView): number {
  // A digest's last item may end where a version of its story ends; what a digest shares is judged by item.
  if (a.paragraphs === undefined || b.paragraphs === undefined || a.paragraphs > 256 || b.paragraphs > 256 || a.items > 1 || b.items > 1) return -1;
  const limit = Math.min(threshold(a), threshold(b));
  const sizeA = upperBound(a.sample, limit);
  const sizeB = upperBound(b.sample, limit);
  const lastA = a.paragraphs - 1;
  const lastB = b.paragraphs - 1;
  let depth = -1;
  let nearAbove = false;
  let storyMatches = 0;
  for (let i = 0, j = 0; i < sizeA && j < sizeB; ) {
    const x = a.sample[i];
    const y = b.sample[j];
    if (x === y) {
      const fromEndA = lastA - (a.where[i] & 0xff);
      const fromEndB = lastB - (b.where[j] & 0xff);
      // A quotation is the story's, never the site's (it is never discounted), but one kept in line with the shared ending says the ending is the story's too.
      if (((a.where[i] | b.where[j]) & QUOTED_BIT) !== 0) nearAbove ||= fromEndA !== fromEndB && Math.abs(fromEndA - fromEndB) <= NEAR_ALIGNED;
      else if (fromEndA === fromEndB && fromEndA < FOOTER_LINES) depth = Math.max(depth, fromEndA);
      else {
        if (Math.abs(fromEndA - fromEndB) <= NEAR_ALIGNED) nearAbove = true;
        if (((a.where[i] | b.where[j]) & LABEL_BIT) === 0) storyMatches++;
      }
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  if (depth < 0 || nearAbove || storyMatches >= MIN_PLACES) return -1;
  return textAbove(a, sizeA, lastA - depth) && textAbove(b, sizeB, lastB - depth) ? depth : -1;
}

/** Whether the sample holds prose (not a headline-like line) above paragraph `top`. */
function textAbove(view: SampleView, size: number, top: number): boolean {
  for (let k = 0; k < size; k++) if ((view.where[k] & LABEL_BIT) === 0 && (view.where[k] & 0xff) < top) return true;
  return false;
}

const NO_EVIDENCE: RelationEvidence = { narrativeShared: 0, narrativeShare: 0, quotedShared: 0, quotedShare: 0, inOrder: 0, oneItem: 0, paragraphs: 0, attributedQuoted: 0, quotedParagraphs: 0 };

/**
 * Adds to PLACES (after the `placed` narrative ones) the first quoted matches kept with their
 * reporting: whose paragraph, or the one before or after it, holds a narrative match in either
 * text — the attribution may stand in the quote's paragraph or lead into it ("X said:"), and a
 * version may split the paragraph. They then count for the order and spread of what is shared
 * (as many as there is room for). Returns how many there are.
 */
function keepAttributed(placed: number, quotedPlaced: number): number {
  stamp = stamp === 0xffffffff ? 1 : stamp + 1;
  if (stamp === 1) {
    NARRATIVE_STAMP_A.fill(0);
    NARRATIVE_STAMP_B.fill(0);
  }
  for (let k = 0; k < placed; k++) {
    NARRATIVE_STAMP_A[PLACES[k] >>> 8] = stamp;
    NARRATIVE_STAMP_B[PLACES[k] & 0xff] = stamp;
  }
  const near = (stamps: Uint32Array, paragraph: number): boolean => stamps[paragraph] === stamp || (paragraph > 0 && stamps[paragraph - 1] === stamp) || (paragraph < 255 && stamps[paragraph + 1] === stamp);
  let kept = 0;
  for (let k = 0; k < quotedPlaced; k++) {
    const place = QUOTED_PLACES[k];
    if (near(NARRATIVE_STAMP_A, place >>> 8) || near(NARRATIVE_STAMP_B, place & 0xff)) {
      if (placed + kept < PLACES.length) PLACES[placed + kept] = place;
      kept++;
    }
  }
  return kept;
}

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
  // One paragraph in common is enough only when it is most of the shorter text, not just of its
  // narrative (a piece made of quotes that shares a site's comment rules with a story).
  const spread = e.paragraphs >= rule.minParagraphs || (e.narrativeShare >= rule.oneParagraphShare && score.containment >= rule.minContainment);
  // A transcript's copy shares its quotations, whose paragraphs `paragraphs` does not count.
  if (score.matches >= rule.minMatches && (spread || isTranscript(score, rule)) && isCopy(score, rule)) return 'version';
  const minShare = e.narrativeShared + e.attributedQuoted < rule.fewNarrative ? Math.max(rule.minNarrativeShare, rule.fewNarrativeShare) : rule.minNarrativeShare;
  if (e.narrativeShared >= rule.minOwnNarrative && e.narrativeShared + e.attributedQuoted >= rule.minNarrative && e.narrativeShare >= minShare && e.inOrder >= rule.minInOrder && spread && score.matches >= rule.minMatches) return 'version';
  if (e.quotedShared >= rule.minQuoted) return 'shares quotes';
  return null;
}

/** Most of the shorter text in the longer, and not only its quotations. */
function isCopy(score: PairScore, rule: RelationRule): boolean {
  const minContainment = score.shared < rule.fewShared ? Math.max(rule.minContainment, rule.fewSharedContainment) : rule.minContainment;
  const e = score.evidence;
  const notOnlyQuotes = e.narrativeShared >= rule.copyNarrative * score.shared || (e.narrativeShare >= rule.copyNarrativeShare && e.narrativeShared >= rule.minCopyNarrative) || isTranscript(score, rule);
  return score.containment >= minContainment && score.shared >= rule.minShared && notOnlyQuotes;
}

/** Quotations shared over several paragraphs in both texts: a transcript and its copy, not one statement quoted twice. */
function isTranscript(score: PairScore, rule: RelationRule): boolean {
  return score.evidence.quotedShared >= rule.minTranscript && score.evidence.quotedParagraphs >= rule.transcriptParagraphs;
}

/** The relation seen from the other text. */
export function reverse(relation: Relation): Relation {
  return relation === 'contains' ? 'part of' : relation === 'part of' ? 'contains' : relation;
}

/**
 * The first `count` packed places sorted, by two counting passes (B's paragraph, then A's): linear,
 * where a comparison sort of up to 1,024 values per candidate would dominate a look-up.
 */
function sortPlaces(count: number): Uint16Array {
  if (count <= 24) {
    for (let k = 1; k < count; k++) {
      const value = PLACES[k];
      let at = k - 1;
      while (at >= 0 && PLACES[at] > value) PLACES[at + 1] = PLACES[at--];
      PLACES[at + 1] = value;
    }
    return PLACES.subarray(0, count);
  }
  const byB = countingPass(PLACES, SORTED, count, 0);
  return countingPass(byB, byB === SORTED ? PLACES : SORTED, count, 8).subarray(0, count);
}

function countingPass(from: Uint16Array, to: Uint16Array, count: number, shift: number): Uint16Array {
  BUCKETS.fill(0);
  for (let k = 0; k < count; k++) BUCKETS[((from[k] >>> shift) & 0xff) + 1]++;
  for (let b = 1; b <= 256; b++) BUCKETS[b] += BUCKETS[b - 1];
  for (let k = 0; k < count; k++) to[BUCKETS[(from[k] >>> shift) & 0xff]++] = from[k];
  return to;
}

/**
 * Paragraphs holding at least two of the packed places, A's (`shift` 8) or B's (`shift` 0): one
 * stray shingle in common (a stock phrase) does not make a second paragraph shared.
 */
function distinct(places: Uint16Array, shift: number): number {
  SEEN.fill(0);
  TWICE.fill(0);
  let count = 0;
  for (let k = 0; k < places.length; k++) {
    const paragraph = (places[k] >>> shift) & 0xff;
    const word = paragraph >>> 5;
    const bit = 1 << (paragraph & 31);
    if ((SEEN[word] & bit) === 0) SEEN[word] |= bit;
    else if ((TWICE[word] & bit) === 0) {
      TWICE[word] |= bit;
      count++;
    }
  }
  return count;
}

function bump(counts: Map<number, number>, key: number): void {
  counts.set(key, (counts.get(key) ?? 0) + 1);
}

function largestShare(counts: ReadonlyMap<number, number> | null, total: number): number {
  if (!counts) return 0;
  let largest = 0;
  for (const count of counts.values()) largest = Math.max(largest, count);
  return total === 0 ? 0 : largest / total;
}

/** The longest run of shared shingles whose paragraphs rise together in both texts (`places` sorted). */
function inOrderCount(places: Uint16Array): number {
  // Longest non-decreasing subsequence of B's paragraphs, by patience sorting.
  let length = 0;
  for (let k = 0; k < places.length; k++) {
    const pb = places[k] & 0xff;
    let low = 0;
    let high = length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (TAILS[middle] > pb) high = middle;
      else low = middle + 1;
    }
    TAILS[low] = pb;
    if (low === length) length++;
  }
  return length;
}

/** The largest hash a sample is complete up to: all of them (`FULL`) when the text was not cut. */
export function threshold(view: SampleView): number {
  return view.sample.length < view.shingles && view.sample.length > 0 ? view.sample[view.sample.length - 1] : FULL;
}

function upperBound(values: Uint32Array, limit: number): number {
  let low = 0;
  let high = values.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (values[middle] > limit) high = middle;
    else low = middle + 1;
  }
  return low;
}
