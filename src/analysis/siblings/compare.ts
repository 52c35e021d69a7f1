import { analyzeArticle } from '..';
import { firstIndex } from '../text/search';
import type { AnalysisOptions, Span } from '../types';
import type { StoryHeader } from './header';
import { commonSubsequence } from './lcs';
import { normalizeForComparison, type NormalizedParagraph } from './normalize';
import { comparePeople, type PersonChange } from './people';
import { pairEqualKeys, pairMostAlike } from './pairing';
import { compareQuotes, type QuoteChanges } from './quotes';
import { diffWords, wordSimilarity, type WordChange } from './wordDiff';

/**
 * What changed between two versions of a story. Paragraphs are compared on their normalised
 * text, so spelling, quote marks, honorifics and punctuation never make a paragraph "reworded".
 * Every item carries offsets into A and/or B.
 */
export interface VersionDiff {
  /** Date line and dateline of each version; `changed` when the date or the place differs. */
  header: { a: StoryHeader | null; b: StoryHeader | null; changed: boolean };
  /** Paragraphs with the same words. `b` spans several paragraphs of B when B split A's (or the reverse). */
  same: ParagraphMatch[];
  reworded: RewordedParagraph[];
  onlyInA: Span[];
  onlyInB: Span[];
  quotes: QuoteChanges;
  people: PersonChange[];
}

export interface ParagraphMatch {
  a: Span;
  b: Span;
  /** Out of order relative to the other matched paragraphs. */
  moved: boolean;
}

export interface RewordedParagraph extends ParagraphMatch {
  /** 0–1, see `wordSimilarity`. */
  similarity: number;
  /** The words that differ, as runs. */
  changes: WordChange[];
}

/** Paragraphs this alike, but not equal, are one paragraph reworded; below, unrelated. */
const REWORDED_MIN_SIMILARITY = 0.5;

/** `options` go to the analysis that finds quotes and people (e.g. the user's extra titles). */
export function compareVersions(textA: string, textB: string, options: AnalysisOptions = {}): VersionDiff {
  const a = normalizeForComparison(textA);
  const b = normalizeForComparison(textB);
  const alignment = alignParagraphs(a.paragraphs, b.paragraphs);
  const moved = outOfOrder(alignment);
  const same: ParagraphMatch[] = [];
  const reworded: RewordedParagraph[] = [];
  alignment.forEach((match, k) => {
    const spanA = spanOfParagraphs(textA, a.paragraphs, match.i, match.iEnd);
    const spanB = spanOfParagraphs(textB, b.paragraphs, match.j, match.jEnd);
    if (match.similarity === 1) same.push({ a: spanA, b: spanB, moved: moved[k] });
    else {
      const pa = a.paragraphs[match.i];
      const pb = b.paragraphs[match.j];
      reworded.push({ a: spanA, b: spanB, moved: moved[k], similarity: round(match.similarity), changes: diffWords(textA, pa.words, textB, pb.words) });
    }
  });
  const usedA = new Set(alignment.flatMap((m) => range(m.i, m.iEnd)));
  const usedB = new Set(alignment.flatMap((m) => range(m.j, m.jEnd)));
  const analysisA = analyzeArticle(textA, options);
  const analysisB = analyzeArticle(textB, options);
  const changed = (a.header?.date ?? null) !== (b.header?.date ?? null) || placeKey(a.header) !== placeKey(b.header);
  return {
    header: { a: a.header, b: b.header, changed },
    same,
    reworded,
    onlyInA: a.paragraphs.flatMap((_, i) => (usedA.has(i) ? [] : [spanOfParagraphs(textA, a.paragraphs, i, i + 1)])),
    onlyInB: b.paragraphs.flatMap((_, j) => (usedB.has(j) ? [] : [spanOfParagraphs(textB, b.paragraphs, j, j + 1)])),
    quotes: compareQuotes(textA, analysisA, textB, analysisB),
    people: comparePeople(analysisA, analysisB),
  };
}

/** Paragraphs a[i, iEnd) matched with b[j, jEnd); similarity 1 for equal words. */
interface Alignment {
  i: number;
  iEnd: number;
  j: number;
  jEnd: number;
  similarity: number;
}

/**
 * Equal paragraphs first: the longest run in the same order on both sides (so repeated
 * paragraphs, such as photo credits, pair up in order), then equal paragraphs out of order; then
 * a paragraph equal to a run of paragraphs on the other side (split or joined); then the most
 * alike remaining pairs above `REWORDED_MIN_SIMILARITY`, best first.
 */
function alignParagraphs(a: readonly NormalizedParagraph[], b: readonly NormalizedParagraph[]): Alignment[] {
  const matches: Alignment[] = [];
  const usedA = new Array<boolean>(a.length).fill(false);
  const usedB = new Array<boolean>(b.length).fill(false);
  const pair = (i: number, j: number): void => {
    usedA[i] = usedB[j] = true;
    matches.push({ i, iEnd: i + 1, j, jEnd: j + 1, similarity: 1 });
  };
  for (const [i, j] of commonSubsequence(a.map((p) => p.text), b.map((p) => p.text)) ?? []) pair(i, j);
  pairEqualKeys(a.map((p) => p.text), b.map((p) => p.text), usedA, usedB, pair);
  for (const run of findRuns(a, usedA, b, usedB)) matches.push(run);
  for (const run of findRuns(b, usedB, a, usedA)) matches.push({ i: run.j, iEnd: run.jEnd, j: run.i, jEnd: run.iEnd, similarity: 1 });

  const wordsA = a.map((p) => p.words.map((w) => w.key));
  const wordsB = b.map((p) => p.words.map((w) => w.key));
  pairMostAlike(
    a.length,
    b.length,
    usedA,
    usedB,
    (i, j) => wordSimilarity(wordsA[i], wordsB[j]),
    (similarity) => similarity >= REWORDED_MIN_SIMILARITY,
    (i, j, similarity) => {
      usedA[i] = usedB[j] = true;
      matches.push({ i, iEnd: i + 1, j, jEnd: j + 1, similarity });
    },
  );
  return matches.sort((x, y) => x.i - y.i);
}

/** Unmatched paragraphs of `x` whose words equal those of a run of unmatched paragraphs of `y`. */
function findRuns(x: readonly NormalizedParagraph[], usedX: boolean[], y: readonly NormalizedParagraph[], usedY: boolean[]): Alignment[] {
  const runs: Alignment[] = [];
  x.forEach((p, i) => {
    if (usedX[i]) return;
    for (let j = 0; j < y.length; j++) {
      let joined = '';
      for (let k = j; k < y.length && !usedY[k]; k++) {
        joined = joined ? `${joined} ${y[k].text}` : y[k].text;
        if (joined.length > p.text.length || !p.text.startsWith(joined)) break;
        if (joined === p.text && k > j) {
          usedX[i] = true;
          for (let m = j; m <= k; m++) usedY[m] = true;
          runs.push({ i, iEnd: i + 1, j, jEnd: k + 1, similarity: 1 });
          return;
        }
      }
    }
  });
  return runs;
}

/** Matches not on the longest run in the same order on both sides (sorted by A). */
function outOfOrder(matches: ReadonlyArray<{ i: number; j: number }>): boolean[] {
  // Longest increasing subsequence of the B positions, by patience sorting.
  const tails: number[] = [];
  const previous = new Array<number>(matches.length).fill(-1);
  matches.forEach(({ j }, k) => {
    const low = firstIndex(tails, (tail) => matches[tail].j >= j);
    previous[k] = low > 0 ? tails[low - 1] : -1;
    tails[low] = k;
  });
  const moved = new Array<boolean>(matches.length).fill(true);
  for (let k = tails.length > 0 ? tails[tails.length - 1] : -1; k !== -1; k = previous[k]) moved[k] = false;
  return moved;
}

function spanOfParagraphs(text: string, paragraphs: readonly NormalizedParagraph[], from: number, to: number): Span {
  const start = paragraphs[from].start;
  const end = paragraphs[to - 1].end;
  return { start, end, text: text.slice(start, end) };
}

function placeKey(header: StoryHeader | null): string | null {
  return header?.dateline?.toUpperCase() ?? null;
}

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from }, (_, k) => from + k);
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
