import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const ROOT = join(__dirname, '..', '..');

export function readSeed(name: string): string {
  return readFileSync(join(ROOT, 'seeds', name), 'utf8');
}

export interface GoldArticle {
  date: string | null;
  dateline: string | null;
  officials: Array<{ name: string; title: string; affiliation: string; mentions: string[] }>;
  quotes: Array<{ text: string; speaker: string; partial: boolean }>;
}

/** Our copy of the hand annotations of the two seeds (../shared/corpus/gold/seeds.json). */
export const gold: { siblingGroups: string[][]; articles: Record<string, GoldArticle> } = JSON.parse(
  readFileSync(join(ROOT, 'test', 'fixtures', 'seeds-gold.json'), 'utf8'),
);
