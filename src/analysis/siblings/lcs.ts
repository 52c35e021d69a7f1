/**
 * Index pairs of a longest common subsequence of two lists, in order; null when the lists are
 * too long to compare in reasonable time and memory (`maxCells` pairs of items).
 */
export function commonSubsequence(x: readonly string[], y: readonly string[], maxCells = 4_000_000): Array<[number, number]> | null {
  const n = x.length;
  const m = y.length;
  if (n * m > maxCells) return null;
  // lengths[i * (m + 1) + j]: length of the common subsequence of x[i..] and y[j..].
  const width = m + 1;
  const lengths = new Uint32Array((n + 1) * width);
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lengths[i * width + j] = x[i] === y[j] ? lengths[(i + 1) * width + j + 1] + 1 : Math.max(lengths[(i + 1) * width + j], lengths[i * width + j + 1]);
    }
  }
  const pairs: Array<[number, number]> = [];
  for (let i = 0, j = 0; i < n && j < m; ) {
    if (x[i] === y[j]) pairs.push([i++, j++]);
    else if (lengths[(i + 1) * width + j] >= lengths[i * width + j + 1]) i++;
    else j++;
  }
  return pairs;
}
