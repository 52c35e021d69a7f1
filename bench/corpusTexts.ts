import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const ROOT = join(__dirname, '..');
export const CORPUS = process.env.SOURCELENS_CORPUS ?? join(ROOT, '..', 'shared', 'corpus');

/** The seeds, plus every article text in ../shared/corpus when it is there. */
export function articleTexts(): { texts: string[]; source: string } {
  const seeds = readdirSync(join(ROOT, 'seeds')).map((name) => readFileSync(join(ROOT, 'seeds', name), 'utf8'));
  const texts = [...seeds];
  const files = ['gum-news.jsonl', 'polnear-dev.jsonl'].map((name) => join(CORPUS, name)).filter((path) => existsSync(path));
  for (const file of files) {
    for (const line of readFileSync(file, 'utf8').split('\n')) if (line.trim()) texts.push(JSON.parse(line).text as string);
  }
  return { texts, source: files.length > 0 ? `seeds + ${files.length} corpus files (${texts.length} articles)` : 'seeds only (../shared/corpus is absent)' };
}

export function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}
