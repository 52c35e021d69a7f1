import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CORPUS_DIR as CORPUS, readJsonl, REPO_ROOT as ROOT } from '../eval/lib';

export { CORPUS, ROOT };

/** The seeds, plus every article text in ../shared/corpus when it is there. */
export function articleTexts(): { texts: string[]; source: string } {
  const seeds = readdirSync(join(ROOT, 'seeds')).map((name) => readFileSync(join(ROOT, 'seeds', name), 'utf8'));
  const texts = [...seeds];
  const files = ['gum-news.jsonl', 'polnear-dev.jsonl'].map((name) => join(CORPUS, name)).filter((path) => existsSync(path));
  for (const file of files) texts.push(...readJsonl<{ text: string }>(file).map((doc) => doc.text));
  return { texts, source: files.length > 0 ? `seeds + ${files.length} corpus files (${texts.length} articles)` : 'seeds only (../shared/corpus is absent)' };
}

export function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}
