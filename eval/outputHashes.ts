/**
 * SHA-1s of `analyzeArticle` output over the whole corpus (PolNeAR dev and train, GUM news) and
 * the seeds, so a refactoring can show it changed no result: run it before and after and compare.
 *
 *   npx tsx eval/outputHashes.ts            # one line per corpus, and one over everything
 *   npx tsx eval/outputHashes.ts --each     # also one line per article, to find what moved
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeArticle } from '../src/analysis';
import { corpusFiles, parseFlags, readJsonl, REPO_ROOT } from './lib';

interface CorpusDocument {
  id: string;
  text: string;
}

const flags = parseFlags('outputHashes', ['--each']);
const each = flags.has('--each');
const seedsDir = join(REPO_ROOT, 'seeds');
const seeds: CorpusDocument[] = readdirSync(seedsDir)
  .filter((name) => name.endsWith('.txt'))
  .sort()
  .map((name) => ({ id: name, text: readFileSync(join(seedsDir, name), 'utf8') }));

const sets: Array<[string, CorpusDocument[]]> = [['seeds', seeds]];
const files = corpusFiles('outputHashes.ts', 'the corpus', ['polnear-dev.jsonl', 'polnear-train.jsonl', 'gum-news.jsonl'], false);
if (files) {
  sets.push(['polnear-dev', readJsonl<CorpusDocument>(files[0])]);
  sets.push(['polnear-train', readJsonl<CorpusDocument>(files[1])]);
  sets.push(['gum-news', readJsonl<CorpusDocument>(files[2])]);
}

const all = createHash('sha1');
for (const [name, documents] of sets) {
  const set = createHash('sha1');
  for (const document of documents) {
    const json = JSON.stringify(analyzeArticle(document.text));
    set.update(json);
    all.update(json);
    if (each) console.log(`${createHash('sha1').update(json).digest('hex')}  ${name}/${document.id}`);
  }
  console.log(`${set.digest('hex')}  ${name} (${documents.length} articles)`);
}
console.log(`${all.digest('hex')}  all`);
