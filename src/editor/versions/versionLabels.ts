/** How much two versions share, as a reader checks it: containment and likeness side by side. */
export interface ShareFigures {
  /** Share of the shorter text found in the longer, 0 to 1. */
  containment: number;
  /** Resemblance of the two texts overall, 0 to 1. */
  similarity: number;
}

const percent = (value: number): string => `${Math.round(value * 100)}%`;

/**
 * "contains 100% of this · 69% alike", never a bare "100%", which reads as "identical". With the
 * word counts, the containment says which way it goes: a longer version contains this article, a
 * shorter one is contained in it.
 */
export function versionShare(match: ShareFigures, words?: { version: number; article: number }): string {
  const alike = `${percent(match.similarity)} alike`;
  if (!words || words.version === words.article) return `${percent(match.containment)} shared · ${alike}`;
  const contained = words.version > words.article ? `contains ${percent(match.containment)} of this` : `${percent(match.containment)} of it is in this`;
  return `${contained} · ${alike}`;
}
