import { lcs } from 'fast-myers-diff';

/** Thrown from inside the comparison to stop a diff that has used up its budget. */
const OVER_BUDGET = new Error('diff over budget');

/**
 * Index pairs of a longest common subsequence of two lists, in order, by Myers' diff (time grows
 * with the lists' length times their differences, not with the product of their lengths); null
 * when the lists are so long and so different that it would take more than `maxComparisons`
 * comparisons of items.
 */
export function commonSubsequence(x: readonly string[], y: readonly string[], maxComparisons = 4_000_000): Array<[number, number]> | null {
  let comparisons = 0;
  const equal = (i: number, j: number): boolean => {
    if (++comparisons > maxComparisons) throw OVER_BUDGET;
    return x[i] === y[j];
  };
  const pairs: Array<[number, number]> = [];
  try {
    for (const [i, j, length] of lcs(x, y, equal)) {
      for (let k = 0; k < length; k++) pairs.push([i + k, j + k]);
    }
  } catch (error) {
    if (error === OVER_BUDGET) return null;
    throw error;
  }
  return pairs;
}
