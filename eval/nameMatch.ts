/**
 * What eval/people.ts and eval/webPages.ts share: the held-back part of GUM news and the one-to-one
 * matching of predicted and gold name mentions (rules in eval/README.md).
 */
import { createHash } from 'node:crypto';
import type { Mention } from '../src/analysis';
import type { NameMention } from './gold-names';
import { lastWord, overlaps } from './lib';

/**
 * The held-back part of GUM news: the six documents whose ids have the lowest SHA-1 (fixed once,
 * before any tuning on the split; see eval/README.md). Their errors are counted, never listed.
 */
const HELD_BACK_COUNT = 6;

export function heldBackIds(ids: readonly string[]): Set<string> {
  const hash = (id: string): string => createHash('sha1').update(id).digest('hex');
  return new Set([...ids].sort((a, b) => hash(a).localeCompare(hash(b))).slice(0, HELD_BACK_COUNT));
}

export interface Predicted extends Mention {
  index: number;
}

export interface Pair {
  pred: Predicted;
  gold: NameMention;
}

/**
 * One-to-one matching. A predicted mention may match a gold name mention when the spans overlap
 * and the predicted mention's last word lies inside the gold span. Among several candidates the
 * gold mention whose chain names that last word wins, then the shortest gold span.
 */
export function match(text: string, gold: readonly NameMention[], predicted: readonly Predicted[], names: Map<string, Set<string>>): Pair[] {
  const candidates: Array<{ pred: Predicted; gold: NameMention; named: boolean; length: number }> = [];
  for (const pred of predicted) {
    const last = lastWord(text, pred.start, pred.end);
    if (!last) continue;
    for (const g of gold) {
      if (!overlaps(pred, g) || last.start < g.start || last.end > g.end) continue;
      candidates.push({ pred, gold: g, named: names.get(g.chain)?.has(last.norm) ?? false, length: g.end - g.start });
    }
  }
  candidates.sort((a, b) => Number(b.named) - Number(a.named) || a.length - b.length || a.pred.index - b.pred.index);
  const usedPred = new Set<Predicted>();
  const usedGold = new Set<NameMention>();
  const pairs: Pair[] = [];
  for (const c of candidates) {
    if (usedPred.has(c.pred) || usedGold.has(c.gold)) continue;
    usedPred.add(c.pred);
    usedGold.add(c.gold);
    pairs.push({ pred: c.pred, gold: c.gold });
  }
  return pairs.sort((a, b) => a.pred.start - b.pred.start);
}

