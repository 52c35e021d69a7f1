/**
 * Recall by the guide (eval/adjudicated/README.md): of the gold direct quotations the guide calls
 * quotations, how many hold a predicted quotation. Every missed gold quotation is judged (set
 * `missed gold`); a found one counts as a quotation unless every judged quote inside it is judged
 * something else (only the gold samples judge found ones, so most found ones are unjudged).
 */
import type { Verdict } from './verdicts';

/** One gold direct attribution: whether a predicted quotation lies in it, and the verdicts that bear on it. */
export interface GoldQuotationVerdicts {
  found: boolean;
  /** For a found one: the verdicts on the predicted quotations inside it; for a missed one: the verdict on its content, if any. */
  verdicts: readonly Verdict[];
  /** The same, by the second judge. */
  second?: readonly Verdict[];
}

export interface GuideRecall {
  /** Found gold quotations counted as quotations (judged so, or unjudged). */
  found: number;
  /** Found gold quotations every verdict on which says not a quotation. */
  foundNotQuotations: number;
  /** Missed gold quotations judged quotations. */
  missed: number;
  /** Missed gold quotations judged scare, term, title or other: out of the count. */
  missedNotQuotations: number;
  /** Missed gold quotations with no verdict yet: counted as quotations missed, so recall can only rise when judged. */
  missedUnjudged: number;
  recall: number;
}

const isQuotation = (verdicts: readonly Verdict[]): boolean => verdicts.length === 0 || verdicts.some((verdict) => verdict === 'quotation');

export function guideRecall(golds: readonly GoldQuotationVerdicts[], judge: 'first' | 'second' = 'first'): GuideRecall {
  const r = { found: 0, foundNotQuotations: 0, missed: 0, missedNotQuotations: 0, missedUnjudged: 0 };
  for (const gold of golds) {
    const verdicts = (judge === 'first' ? gold.verdicts : gold.second) ?? [];
    if (gold.found) {
      if (isQuotation(verdicts)) r.found++;
      else r.foundNotQuotations++;
    } else if (verdicts.length === 0) r.missedUnjudged++;
    else if (isQuotation(verdicts)) r.missed++;
    else r.missedNotQuotations++;
  }
  const quotations = r.found + r.missed + r.missedUnjudged;
  return { ...r, recall: quotations === 0 ? 0 : Math.round((r.found / quotations) * 10000) / 10000 };
}
