import { fingerprint, groupSiblings, SiblingIndex, type SiblingPair } from '../analysis/siblings';
import { plural } from '../analysis/query';
import { expandPaths, readArticle } from './files';

/**
 * `sourcelens siblings [--json] PATH...`: which of the files are versions of one story.
 * Files that cannot be read are named on `err` and make the exit code 1; the rest are compared.
 * JSON: `{"pairs":[{"a","b","similarity","containment"}],"groups":[[path,...]]}`, paths as expanded.
 */
export async function runSiblings(
  paths: readonly string[],
  json: boolean,
  out: (text: string) => void,
  err: (text: string) => void = (text) => void process.stderr.write(text),
): Promise<number> {
  const files = await expandPaths(paths);
  const index = new SiblingIndex();
  let failures = 0;
  for (const path of files) {
    const read = await readArticle(path);
    if ('error' in read) {
      failures++;
      err(`sourcelens siblings: ${path}: ${read.error}\n`);
      continue;
    }
    // The same file given twice is one file.
    if (!index.has(path)) index.add(path, fingerprint(read.text));
  }
  const pairs = index.pairs();
  const groups = groupSiblings(pairs, files);
  if (json) {
    const pairJson = pairs.map(({ a, b, similarity, containment }) => ({ a, b, similarity: round(similarity), containment: round(containment) }));
    out(`${JSON.stringify({ pairs: pairJson, groups }, null, 2)}\n`);
  } else {
    out(listing(index.size, pairs, groups));
  }
  return failures > 0 ? 1 : 0;
}

function listing(files: number, pairs: readonly SiblingPair[], groups: readonly string[][]): string {
  const lines = [`${plural(files, 'file')} compared: ${groups.length === 0 ? 'no versions of one story found' : plural(groups.length, 'group') + ' of versions'}`];
  groups.forEach((group, g) => {
    lines.push('', `Group ${g + 1}`);
    for (const path of group) lines.push(`  ${path}`);
    for (const pair of pairs.filter((p) => group.includes(p.a))) {
      lines.push(`    ${pair.a} ↔ ${pair.b}: ${percent(pair.containment)} of the shorter in the longer, ${percent(pair.similarity)} alike`);
    }
  });
  return `${lines.join('\n')}\n`;
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

function percent(x: number): string {
  return `${Math.round(x * 100)}%`;
}

