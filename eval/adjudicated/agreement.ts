/**
 * Agreement between two judges' verdicts on the same quotes (eval/adjudicated/README.md): raw
 * agreement and Cohen's kappa, on the five labels and on quotation against everything else.
 */
import { VERDICTS, type AdjudicatedQuote, type Verdict } from './verdicts';

/** Two verdicts on one quote, the first judge's and the second's. */
export interface VerdictPair {
  first: AdjudicatedQuote;
  second: AdjudicatedQuote;
}

export interface Agreement {
  /** Quotes both judges judged. */
  items: number;
  /** Share of those with the same label. */
  raw: number;
  /** Cohen's kappa: agreement beyond what each judge's own label shares would give by chance. */
  kappa: number;
}

/** Raw agreement and Cohen's kappa over labelled pairs; `label` maps a verdict to the label compared. */
export function agreement<L extends string>(pairs: readonly VerdictPair[], label: (verdict: Verdict) => L): Agreement {
  const n = pairs.length;
  if (n === 0) return { items: 0, raw: 0, kappa: 0 };
  const firstCounts = new Map<L, number>();
  const secondCounts = new Map<L, number>();
  let same = 0;
  for (const pair of pairs) {
    const a = label(pair.first.verdict);
    const b = label(pair.second.verdict);
    if (a === b) same++;
    firstCounts.set(a, (firstCounts.get(a) ?? 0) + 1);
    secondCounts.set(b, (secondCounts.get(b) ?? 0) + 1);
  }
  const observed = same / n;
  let expected = 0;
  for (const [name, count] of firstCounts) expected += (count / n) * ((secondCounts.get(name) ?? 0) / n);
  // Both judges using one label only: chance agreement is total and kappa is undefined; report 1 when they agree.
  const kappa = expected === 1 ? 1 : (observed - expected) / (1 - expected);
  return { items: n, raw: observed, kappa };
}

/** The five labels as they are. */
export const fiveLabels = (verdict: Verdict): Verdict => verdict;
/** Quotation against everything else (scare, term, title, other): what precision counts. */
export const quotationOrNot = (verdict: Verdict): 'quotation' | 'not' => (verdict === 'quotation' ? 'quotation' : 'not');

/** A square table of how the two judges' labels meet: rows the first judge, columns the second. */
export function confusion(pairs: readonly VerdictPair[]): Record<Verdict, Record<Verdict, number>> {
  const cells = Object.fromEntries(VERDICTS.map((a) => [a, Object.fromEntries(VERDICTS.map((b) => [b, 0]))])) as Record<Verdict, Record<Verdict, number>>;
  for (const pair of pairs) cells[pair.first.verdict][pair.second.verdict]++;
  return cells;
}
