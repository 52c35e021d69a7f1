import type { Span } from '../types';
import { commonSubsequence } from './lcs';
import type { NormalizedWord } from './normalize';

/** One run of words removed from A, added in B, or replaced (both). Offsets into each text. */
export interface WordChange {
  a: Span | null;
  b: Span | null;
}

/** The runs of words that differ between two word lists, by longest common subsequence of keys. */
export function diffWords(textA: string, a: readonly NormalizedWord[], textB: string, b: readonly NormalizedWord[]): WordChange[] {
  // Very long paragraphs are reported as one change rather than compared word by word.
  const common = commonSubsequence(a.map((w) => w.key), b.map((w) => w.key), 1_000_000) ?? [];
  const changes: WordChange[] = [];
  let fromA = 0;
  let fromB = 0;
  for (const [i, j] of [...common, [a.length, b.length] as [number, number]]) {
    if (fromA < i || fromB < j) changes.push(change(textA, a, fromA, i, textB, b, fromB, j));
    fromA = i + 1;
    fromB = j + 1;
  }
  return changes;
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

/** Above zero when two quotes are one quotation edited: most words shared, or a cut of the other. */
export function quoteSimilarity(a: readonly string[], b: readonly string[]): number {
  const similarity = wordSimilarity(a, b);
  if (similarity >= 0.5) return similarity;
  const common = commonCount(a, b);
  if (common >= 4 && common >= 0.8 * Math.min(a.length, b.length)) return similarity;
  return 0;
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
