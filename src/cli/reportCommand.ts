import { dirname, relative } from 'node:path';
import { analyzeArticle, isMarkdownPath, sourceReport, type AnalysedFile, type ReportBucket, type ReportSection } from '../analysis';
import { expandPaths, readArticle } from './files';

const TITLES: Record<string, string> = {
  sourceKind: 'By kind of source',
  official: 'Officials (people only)',
  gender: 'By inferred gender (people only; unknown where the article gives nothing to infer from)',
  named: 'Named or not (groups and anonymous sources are not named)',
};

/**
 * `sourcelens report [--json] PATH...`: who is quoted across the files — shares of quotations by
 * kind of source, official or not, inferred gender and named or not, overall, per folder and per
 * month. `--json` gives every bucket with the quotes behind it (file and offsets).
 */
export async function runReport(paths: readonly string[], json: boolean, maxFileBytes: number | undefined, out: (text: string) => unknown, err: (text: string) => unknown): Promise<number> {
  const files: AnalysedFile[] = [];
  let failures = 0;
  for (const path of await expandPaths(paths)) {
    const read = await readArticle(path, maxFileBytes);
    if ('error' in read) {
      failures++;
      await err(`sourcelens report: ${path}: ${read.error}\n`);
      continue;
    }
    files.push({ file: path, analysis: analyzeArticle(read.text, { markdown: isMarkdownPath(path) }) });
  }
  const report = sourceReport(files, (file) => relative(process.cwd(), dirname(file)) || '.');
  if (json) await out(`${JSON.stringify(report, null, 2)}\n`);
  else await out(readable(report.overall, report.byFolder, report.byMonth));
  return failures > 0 ? 1 : 0;
}

function readable(overall: ReportSection, byFolder: readonly ReportSection[], byMonth: readonly ReportSection[]): string {
  const lines = [`${overall.quotations.toLocaleString('en')} quotations in ${overall.articles.toLocaleString('en')} articles`, ''];
  for (const [name, buckets] of Object.entries(overall.dimensions)) {
    lines.push(TITLES[name]);
    // Officials and gender are shares of the quotations from people.
    const shown = buckets.filter((bucket) => bucket.value !== 'not a person');
    const total = shown.reduce((sum, bucket) => sum + bucket.count, 0);
    for (const bucket of shown) lines.push(`  ${bucket.value.padEnd(14)} ${String(bucket.count).padStart(7)}  ${share(bucket.count, total).padStart(6)}`);
    lines.push('');
  }
  for (const [title, sections] of [['Per folder', byFolder], ['Per month', byMonth]] as const) {
    if (sections.length < 2) continue;
    lines.push(`${title}: quotations, and shares of people, officials among people, women and men among people, anonymous`);
    for (const section of sections) {
      const count = (dimension: keyof ReportSection['dimensions'], value: string): number => section.dimensions[dimension].find((bucket: ReportBucket) => bucket.value === value)?.count ?? 0;
      const people = count('sourceKind', 'person');
      lines.push(`  ${section.group.padEnd(24)} ${String(section.quotations).padStart(6)}  people ${share(people, section.quotations)}, officials ${share(count('official', 'official'), people)}, women ${share(count('gender', 'female'), people)}, men ${share(count('gender', 'male'), people)}, anonymous ${share(count('sourceKind', 'anonymous'), section.quotations)}`);
    }
    lines.push('');
  }
  return lines.join('\n');
}

function share(part: number, whole: number): string {
  return whole === 0 ? '–' : `${((100 * part) / whole).toFixed(1)}%`;
}
