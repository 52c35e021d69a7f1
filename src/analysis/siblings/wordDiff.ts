import type { Span } from '../types';
import type { NormalizedWord } from './normalize';

/** One run of words removed from A, added in B, or replaced (both). Offsets into each text. */
export interface WordChange {
  a: Span | null;
  b: Span | null;
}

/** Above this many word pairs, a difference is reported as one change instead of word by word. */
const MAX_CELLS = 1_000_000;

/** The runs of words that differ between two word lists, by longest common subsequence of keys. */
export function diffWords(textA: string, a: readonly NormalizedWord[], textB: string, b: readonly NormalizedWord[]): WordChange[] {
  const n = a.length;
  const m = b.length;
  if (n * m > MAX_CELLS) return [change(textA, a, 0, n, textB, b, 0, m)].filter(isChange);
  // lcs[i * (m + 1) + j]: length of the common subsequence of a[i..] and b[j..].
  const width = m + 1;
  const lcs = new Uint32Array((n + 1) * width);
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lcs[i * width + j] = a[i].key === b[j].key ? lcs[(i + 1) * width + j + 1] + 1 : Math.max(lcs[(i + 1) * width + j], lcs[i * width + j + 1]);
    }
  }
  const changes: WordChange[] = [];
  let i = 0;
  let j = 0;
  let fromA = 0;
  let fromB = 0;
  while (i < n && j < m) {
    if (a[i].key === b[j].key) {
      if (fromA < i || fromB < j) changes.push(change(textA, a, fromA, i, textB, b, fromB, j));
      i++;
      j++;
      fromA = i;
      fromB = j;
    } else if (lcs[(i + 1) * width + j] >= lcs[i * width + j + 1]) i++;
    else j++;
  }
  if (fromA < n || fromB < m) changes.push(change(textA, a, fromA, n, textB, b, fromB, m));
  return changes.filter(isChange);
}

function change(textA: string, a: readonly NormalizedWord[], i0: number, i1: number, textB: string, b: readonly NormalizedWord[], j0: number, j1: number): WordChange {
  return { a: spanOf(textA, a, i0, i1), b: spanOf(textB, b, j0, j1) };
}

function spanOf(text: string, words: readonly NormalizedWord[], from: number, to: number): Span | null {
  if (from >= to) return null;
  const start = words[from].start;
  const end = words[to - 1].end;
  return { start, end, text: text.slice(start, end) };
}

function isChange(c: WordChange): boolean {
  return c.a !== null || c.b !== null;
}

/**
 * How alike two word lists are, 0 to 1: the mean of the Dice coefficients of their words and of
 * their word pairs, so that sharing common words ("the", "said") alone scores low while a
 * sentence with one word changed or two clauses swapped still scores high.
 */
export function wordSimilarity(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  const words = dice(a, b);
  if (a.length < 2 || b.length < 2) return words;
  return (words + dice(pairsOf(a), pairsOf(b))) / 2;
}

/** Words (with repeats) that two lists have in common. */
export function commonCount(a: readonly string[], b: readonly string[]): number {
  const counts = new Map<string, number>();
  for (const item of a) counts.set(item, (counts.get(item) ?? 0) + 1);
  let common = 0;
  for (const item of b) {
    const left = counts.get(item);
    if (left) {
      common++;
      counts.set(item, left - 1);
    }
  }
  return common;
}

function dice(a: readonly string[], b: readonly string[]): number {
  return (2 * commonCount(a, b)) / (a.length + b.length);
}

function pairsOf(words: readonly string[]): string[] {
  const pairs: string[] = [];
  for (let i = 1; i < words.length; i++) pairs.push(`${words[i - 1]} ${words[i]}`);
  return pairs;
}
