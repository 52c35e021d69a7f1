import type { PairScore, Relation } from './relation';

/**
 * Write-throughs that keep little of the earlier version. An agency re-tops a running story as it
 * develops, and a late write-through may keep a single paragraph of an early one: too little, on
 * its own, to tell a version from two stories that share a paragraph (a background paragraph an
 * agency reuses, an outlet's editor's note under every story on a subject). Lineage tells them
 * apart. The versions of a running story sit in one folder, in a chain (A~B, B~C; A and C share
 * little), so two texts of one folder sharing a paragraph of narrative in order are versions when
 * the paragraph is theirs: every other text holding it is a version of one of them. A paragraph
 * that unrelated texts hold too (boilerplate, a stock background paragraph) links nothing.
 * Digests never link this way (they carry other stories' paragraphs), nor texts sharing only quotations.
 */
export interface LineageRule {
  /** Shingles of narrative shared, counting quotes kept with their reporting (≈ two sentences). */
  minNarrative: number;
  /** Of them, outside quotation marks. */
  minOwnNarrative: number;
  /** Share of the shorter's narrative found in the other. */
  minNarrativeShare: number;
  /** Share of the shared narrative in the same order. */
  minInOrder: number;
  /** Agreeing sampled hashes. */
  minMatches: number;
}

/** Values from eval/versions.ts (train folders; dev checked). */
export const LINEAGE_RULE: LineageRule = {
  minNarrative: 25,
  minOwnNarrative: 10,
  minNarrativeShare: 0.12,
  minInOrder: 0.6,
  minMatches: 4,
};

/** The folder of a text's id (a URI or a path): all before the last slash; '' for a bare file name (the current folder). */
export function folderOf(id: string): string {
  const slash = Math.max(id.lastIndexOf('/'), id.lastIndexOf('\\'));
  return slash >= 0 ? id.slice(0, slash) : '';
}

/** Whether two texts of one folder, judged `relation` from their samples, share a paragraph of narrative in order. */
export function keptInFolder(idA: string, idB: string, score: PairScore, relation: Relation | null, itemsA: number, itemsB: number, rule: LineageRule = LINEAGE_RULE): boolean {
  if (relation === 'version' || relation === 'contains' || relation === 'part of' || itemsA > 1 || itemsB > 1) return false;
  if (folderOf(idA) !== folderOf(idB)) return false;
  const e = score.evidence;
  return (
    score.matches >= rule.minMatches &&
    e.narrativeShared >= rule.minOwnNarrative &&
    e.narrativeShared + e.attributedQuoted >= rule.minNarrative &&
    e.narrativeShare >= rule.minNarrativeShare &&
    e.inOrder >= rule.minInOrder
  );
}

/** A scored pair of texts (`siblingIndex.ts`). */
interface ScoredPair extends PairScore {
  a: string;
  b: string;
  relation: Relation | null;
}

/**
 * The pairs of `scored` that are versions through lineage: kept in one folder (`keptInFolder`),
 * and every text holding what they share (`holders`: the texts holding an index key both hold;
 * none known, no link) in the group of versions of one of them (`groupOf`: groups of the
 * versions judged directly). Returned as indexes into `scored`.
 */
export function linksThroughLineage(
  scored: readonly ScoredPair[],
  groupOf: ReadonlyMap<string, number>,
  itemsOf: (id: string) => number,
  holders: (a: string, b: string) => readonly string[] | null,
  rule: LineageRule = LINEAGE_RULE,
): number[] {
  const weak: number[] = [];
  scored.forEach((p, k) => {
    if (keptInFolder(p.a, p.b, p, p.relation, itemsOf(p.a), itemsOf(p.b), rule)) weak.push(k);
  });
  if (weak.length === 0) return [];
  return weak.filter((k) => {
    const { a, b } = scored[k];
    const held = holders(a, b);
    if (held === null || held.length === 0) return false;
    const ours = new Set([a, b].map((id) => groupOf.get(id) ?? `self ${id}`));
    return held.every((id) => id === a || id === b || ours.has(groupOf.get(id) ?? `self ${id}`));
  });
}
