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

/** A small newsroom vocabulary, our own, from which the generated wire folders draw their sentences. */
const NEWS_WORDS = (
  'the council said on monday that it would close two libraries and a swimming pool after a vote ' +
  'ministers police officers hospital patients strike talks union workers pay offer rejected ' +
  'prime minister government budget cuts opposition leader spokesman residents protest outside ' +
  'court judge ruled trial evidence witnesses company shares fell profits quarter investors ' +
  'election campaign voters polling stations turnout results announced tuesday wednesday ' +
  'storm flooding roads closed rescue teams emergency services warned people to stay indoors'
).split(' ');

/** A sentence of `shortest` to `shortest + 13` words drawn from the newsroom vocabulary, capitalised and closed. */
export function newsSentence(rng: () => number, shortest = 12): string {
  const words = Array.from({ length: shortest + Math.floor(rng() * 14) }, () => NEWS_WORDS[Math.floor(rng() * NEWS_WORDS.length)]);
  return `${words[0][0].toUpperCase()}${words.join(' ').slice(1)}.`;
}
