/**
 * Pairing the items of two versions (paragraphs, quotes): equal keys first, then the most alike
 * of the rest. `usedA`/`usedB` say what is already paired; `onPair` must mark what it takes.
 */

/** Pairs unused items with equal keys, in order, each B item once. */
export function pairEqualKeys(keysA: readonly string[], keysB: readonly string[], usedA: readonly boolean[], usedB: readonly boolean[], onPair: (i: number, j: number) => void): void {
  const byKey = new Map<string, number[]>();
  keysB.forEach((key, j) => {
    if (usedB[j]) return;
    let list = byKey.get(key);
    if (!list) byKey.set(key, (list = []));
    list.push(j);
  });
  keysA.forEach((key, i) => {
    const j = usedA[i] ? undefined : byKey.get(key)?.shift();
    if (j !== undefined) onPair(i, j);
  });
}

/** Scores every unused pair, keeps those `accept` allows, and pairs them best first (ties: earlier A, then earlier B). */
export function pairMostAlike(
  countA: number,
  countB: number,
  usedA: readonly boolean[],
  usedB: readonly boolean[],
  score: (i: number, j: number) => number,
  accept: (score: number) => boolean,
  onPair: (i: number, j: number, score: number) => void,
): void {
  const scored: Array<{ i: number; j: number; score: number }> = [];
  for (let i = 0; i < countA; i++) {
    if (usedA[i]) continue;
    for (let j = 0; j < countB; j++) {
      if (usedB[j]) continue;
      const value = score(i, j);
      if (accept(value)) scored.push({ i, j, score: value });
    }
  }
  scored.sort((x, y) => y.score - x.score || x.i - y.i || x.j - y.j);
  for (const { i, j, score: value } of scored) {
    if (!usedA[i] && !usedB[j]) onPair(i, j, value);
  }
}
