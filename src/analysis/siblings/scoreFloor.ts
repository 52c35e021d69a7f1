import type { FirstCount } from './firstCount';
import type { LineageRule } from './lineage';
import { MIN_SHARE_EVIDENCE, shorterNarrative, type RelationRule, type SampleView } from './relation';

/**
 * Whether a candidate of a look-up may still be kept, from the first count of its comparison
 * (firstCount.ts: agreeing hashes, narrative and quoted, the sizes and the scale), so that most
 * candidates (a stock phrase or a quoted sentence in common) are dropped before the full score,
 * with results unchanged. Each test below is a condition `judge` (or `keptInFolder`) requires,
 * loosened to what the first count bounds: the full score counts the same hashes, less a shared
 * footer's narrative ones (the second pass of `scorePair`), so its `matches`, `shared`,
 * narrative, quotations, containment and narrative share never exceed the first count's. Change
 * these with `judge`: the unit tests check that no pair they refuse is judged related.
 */

/** Rounding slack: `judge` adds products of counts and the scale, which may land an ulp above the product of their sum. */
const SLACK = 1e-6;

/** Whether `judge` may find `a` and `b` versions, `first` being their first count. */
export function mayBeVersion(first: FirstCount, a: SampleView, b: SampleView, rule: RelationRule): boolean {
  const { matches, narrative, quoted, sizeA, sizeB, scale } = first;
  if (matches < rule.minMatches) return false;
  // A copy: `minContainment` at least (more when little is shared) and `minShared` shingles.
  if (Math.max(matches / sizeA, matches / sizeB) >= rule.minContainment - SLACK && matches * scale >= rule.minShared - SLACK) return true;
  // A version by its narrative: `minOwnNarrative` of it, `minNarrative` with attributed quotations, `minNarrativeShare` at least.
  return narrative * scale >= rule.minOwnNarrative - SLACK && (narrative + quoted) * scale >= rule.minNarrative - SLACK && narrativeShareAtMost(first, a, b) >= rule.minNarrativeShare - SLACK;
}

/** Whether `judge` may relate `a` and `b` at all, or `keptInFolder` (with `lineage`) link them. */
export function mayBeRelated(first: FirstCount, a: SampleView, b: SampleView, rule: RelationRule, lineage: LineageRule): boolean {
  const { matches, narrative, quoted, scale } = first;
  if (matches === 0) return false;
  // Shared quotations, and a digest's item.
  if (quoted * scale >= rule.minQuoted - SLACK) return true;
  if ((a.items >= rule.digestItems || b.items >= rule.digestItems) && matches * scale >= rule.minQuoted - SLACK) return true;
  if (mayBeVersion(first, a, b, rule)) return true;
  // A link through lineage: shared narrative, in some share of the shorter's.
  return matches >= lineage.minMatches && narrative * scale >= lineage.minOwnNarrative - SLACK && (narrative + quoted) * scale >= lineage.minNarrative - SLACK && narrativeShareAtMost(first, a, b) >= lineage.minNarrativeShare - SLACK;
}

/** The narrative share `scoreAbove` gives with the first count's narrative (0 below its evidence floor). */
function narrativeShareAtMost(first: FirstCount, a: SampleView, b: SampleView): number {
  if (first.narrative * first.scale < MIN_SHARE_EVIDENCE) return 0;
  const ofShorter = shorterNarrative(a, b, first.sizeA, first.sizeB);
  return ofShorter === 0 ? 0 : Math.min(1, first.narrative / ofShorter);
}
