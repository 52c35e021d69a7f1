import { groupVersions, plural, SiblingIndex, type SiblingRelation } from '../analysis';
import { DEFAULT_MAX_FILE_BYTES, expandPaths } from './files';
import { indexFiles } from './indexFiles';
import { indexFilesWithStore } from './savedIndex';

/**
 * `sourcelens siblings [--json] [--index FILE] PATH...`: which of the files are versions of one story, which
 * digests contain which story, and which stories share quotes.
 * Files that cannot be read, or are larger than `maxFileBytes` (`--max-file-size`), are named on
 * `err` and make the exit code 1; the rest are compared.
 * JSON: `{"pairs":[{"a","b","relation","similarity","containment","narrativeShared","narrativeShare",
 * "quotedShared","quotedShare","attributedQuoted","inOrder","via"?}],"groups":[[path,...]]}` (`attributedQuoted`:
 * quoted words shared with the reporting around them, as a version keeps them), paths as expanded; a pair
 * reads "a <relation> b" (`version`, `contains`, `part of`, `shares quotes`), `via` names the
 * version in between for versions of versions, and `groups` are groups of versions only.
 */
export async function runSiblings(
  paths: readonly string[],
  json: boolean,
  out: (text: string) => void,
  err: (text: string) => void = (text) => void process.stderr.write(text),
  maxFileBytes: number = DEFAULT_MAX_FILE_BYTES,
  /** `--index FILE`: fingerprints kept there between runs (savedIndex.ts). */
  indexFile?: string,
): Promise<number> {
  const files = await expandPaths(paths);
  let failures = 0;
  const failed = (path: string, error: string): void => {
    failures++;
    err(`sourcelens siblings: ${path}: ${error}\n`);
  };
  let index = new SiblingIndex();
  if (indexFile) index = await indexFilesWithStore(files, indexFile, failed, (text) => err(`sourcelens siblings: ${text}`), maxFileBytes);
  else await indexFiles(files, index, failed, maxFileBytes);
  const pairs = index.relations();
  index.close();
  const groups = groupVersions(pairs, files);
  if (json) {
    const pairJson = pairs.map(({ a, b, relation, similarity, containment, evidence, via }) => ({
      a,
      b,
      relation,
      similarity: round(similarity),
      containment: round(containment),
      narrativeShared: Math.round(evidence.narrativeShared),
      narrativeShare: round(evidence.narrativeShare),
      quotedShared: Math.round(evidence.quotedShared),
      quotedShare: round(evidence.quotedShare),
      attributedQuoted: Math.round(evidence.attributedQuoted),
      inOrder: round(evidence.inOrder),
      ...(via ? { via } : {}),
    }));
    out(`${JSON.stringify({ pairs: pairJson, groups }, null, 2)}\n`);
  } else {
    out(listing(index.size, pairs, groups));
  }
  return failures > 0 ? 1 : 0;
}

function listing(files: number, pairs: readonly SiblingRelation[], groups: readonly string[][]): string {
  const lines = [`${plural(files, 'file')} compared: ${groups.length === 0 ? 'no versions of one story found' : plural(groups.length, 'group') + ' of versions'}`];
  groups.forEach((group, g) => {
    lines.push('', `Group ${g + 1}`);
    for (const path of group) lines.push(`  ${path}`);
    for (const pair of pairs.filter((p) => p.relation === 'version' && group.includes(p.a))) {
      const how = pair.via ? `through ${pair.via}` : `${percent(pair.containment)} of the shorter in the longer, ${percent(pair.similarity)} alike`;
      lines.push(`    ${pair.a} ↔ ${pair.b}: ${how}`);
    }
  });
  const others = pairs.filter((p) => p.relation !== 'version');
  if (others.length > 0) {
    lines.push('', 'Not versions');
    for (const pair of others) {
      const what = pair.relation === 'shares quotes' ? `${Math.round(pair.evidence.quotedShared)} quoted words in common` : `${percent(pair.containment)} of the shorter in the longer`;
      lines.push(`  ${pair.a} ${pair.relation} ${pair.b}: ${what}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

function percent(x: number): string {
  return `${Math.round(x * 100)}%`;
}

