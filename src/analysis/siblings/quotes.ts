import { analyzeArticle } from '..';
import { personById } from '../query';
import type { AnalysisOptions, ArticleAnalysis, Span } from '../types';
import { normalizeWords, type NormalizedWord } from './normalize';
import { diffWords, quoteSimilarity, type WordChange } from './wordDiff';
import { pairEqualKeys, pairMostAlike } from './pairing';

/** Quotations of two versions set side by side: a changed quote is what a journalist must see. */
export interface QuoteChanges {
  /** The same quotation in both, word for word (spelling and marks aside). */
  same: Array<{ a: QuoteSide; b: QuoteSide }>;
  /** The same quotation in both versions with different words (beyond spelling and marks). */
  changed: QuoteChange[];
  /** Quotations with no counterpart in the other version. */
  onlyInA: QuoteSide[];
  onlyInB: QuoteSide[];
}

export interface QuoteSide extends Span {
  /** The speaker's name as the analysis attributes it, or null. */
  speaker: string | null;
}

export interface QuoteChange {
  a: QuoteSide;
  b: QuoteSide;
  changes: WordChange[];
}

interface Item {
  words: NormalizedWord[];
  keys: string[];
  side: QuoteSide;
}

/**
 * Quotes pair up when their words are equal, else when alike enough to be one quotation edited
 * (most words shared, or one a cut of the other): the best pairs first.
 */
export function compareQuotes(textA: string, analysisA: ArticleAnalysis, textB: string, analysisB: ArticleAnalysis): QuoteChanges {
  const a = items(textA, analysisA);
  const b = items(textB, analysisB);
  const usedA = new Array<boolean>(a.length).fill(false);
  const usedB = new Array<boolean>(b.length).fill(false);
  const take = (i: number, j: number): void => {
    usedA[i] = usedB[j] = true;
  };
  const same: QuoteChanges['same'] = [];
  pairEqualKeys(a.map((item) => item.keys.join(' ')), b.map((item) => item.keys.join(' ')), usedA, usedB, (i, j) => {
    take(i, j);
    same.push({ a: a[i].side, b: b[j].side });
  });
  const changed: QuoteChange[] = [];
  pairMostAlike(a.length, b.length, usedA, usedB, (i, j) => quoteSimilarity(a[i].keys, b[j].keys), (score) => score > 0, (i, j) => {
    take(i, j);
    changed.push({ a: a[i].side, b: b[j].side, changes: diffWords(textA, a[i].words, textB, b[j].words) });
  });
  changed.sort((x, y) => x.a.start - y.a.start);
  return {
    same,
    changed,
    onlyInA: a.filter((_, i) => !usedA[i]).map((item) => item.side),
    onlyInB: b.filter((_, j) => !usedB[j]).map((item) => item.side),
  };
}

function items(text: string, analysis: ArticleAnalysis): Item[] {
  return analysis.quotes
    .map((quote) => {
      const words = normalizeWords(text, quote.start, quote.end);
      const side = { start: quote.start, end: quote.end, text: quote.text, speaker: personById(analysis, quote.speakerId)?.name ?? null };
      return { words, keys: words.map((w) => w.key), side };
    })
    .filter((item) => item.words.length > 0);
}

/**
 * The quotations two articles have in common — word for word, or one quotation worded
 * differently (quote drift between outlets) — for stories that share quotes without being versions.
 */
export function quotesInCommon(textA: string, textB: string, options: AnalysisOptions = {}): Pick<QuoteChanges, 'same' | 'changed'> {
  const { same, changed } = compareQuotes(textA, analyzeArticle(textA, options), textB, analyzeArticle(textB, options));
  return { same, changed };
}
