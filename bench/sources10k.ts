/**
 * The workspace's Sources at 10,000 articles: the overview build (analysing each article to its
 * summary, as the two worker threads do, and merging them) and the update when one article
 * changes (`SourceMerge`: the file's old contributions out, its new ones in) against merging every
 * summary again (`collectSources`, what the editor did before). The articles are the corpus's
 * real texts, analysed once each; the 10,000 files cycle through their summaries, so the same
 * people recur across files as they do in a newsroom's folder.
 * Run: npx tsx --expose-gc bench/sources10k.ts [--articles N] [--sample N] (part of npm run bench)
 */
import { cpus } from 'node:os';
import { analyzeArticle, collectSources, SourceMerge, summarizeSources, type FileSourceSummary } from '../src/analysis';
import { articleTexts } from './corpusTexts';

export interface SourcesBench {
  source: string;
  articles: number;
  /** Real articles analysed (the rest of the files reuse their summaries). */
  analysed: number;
  analyseMsMean: number;
  /** The analysis of `articles` articles on two worker threads, from the mean above (the workers share nothing). */
  overviewAnalysisSecondsOnTwoCores: number;
  /** Merging every summary once, as the first build ends. */
  mergeBuildMs: number;
  /** One changed article: its summary replaced and the sorted sources brought up to date. */
  updateMsP50: number;
  updateMsP95: number;
  updateMsMax: number;
  /** The same in CPU time of this process: on a shared machine the wall clock also counts time the scheduler gave to others. */
  updateCpuMsP95: number;
  updateCpuMsMax: number;
  /** For comparison: a full merge of every summary, the cost per change before. */
  fullMergeMs: number;
  sources: number;
}

const percentile = (values: number[], share: number): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(share * sorted.length))];
};
const round = (value: number, places = 2): number => Number(value.toFixed(places));

export function runSourcesBench(options: { articles?: number; sample?: number; log?: (line: string) => void } = {}): SourcesBench {
  const log = options.log ?? console.log;
  const articles = options.articles ?? 10_000;
  const { texts, source } = articleTexts();
  const sample = texts.slice(0, options.sample ?? 400);
  log(`sources: analysing ${sample.length} articles of ${source} …`);
  const summaries: FileSourceSummary[] = [];
  const started = performance.now();
  for (const text of sample) summaries.push(summarizeSources(text, analyzeArticle(text)));
  const analyseMsMean = (performance.now() - started) / sample.length;
  const files = Array.from({ length: articles }, (_, i) => ({ file: `file:///news/${Math.floor(i / 100)}/story-${i}.txt`, analysis: summaries[i % summaries.length] }));

  const merge = new SourceMerge();
  const buildStarted = performance.now();
  for (const { file, analysis } of files) merge.set(file, analysis);
  const count = merge.sources().length;
  const mergeBuildMs = performance.now() - buildStarted;

  const fullStarted = performance.now();
  collectSources(files);
  const fullMergeMs = performance.now() - fullStarted;

  // Changed articles: a file spread over the workspace given another article's summary, then the sources read as the view does.
  const updates: number[] = [];
  const cpuTimes: number[] = [];
  for (let i = 0; i < 300; i++) {
    const at = (i * 7919) % articles;
    const summary = summaries[(at + 1 + i) % summaries.length];
    const cpu0 = process.cpuUsage();
    const t0 = performance.now();
    merge.set(files[at].file, summary);
    merge.sources();
    updates.push(performance.now() - t0);
    const cpu = process.cpuUsage(cpu0);
    cpuTimes.push((cpu.user + cpu.system) / 1000);
  }
  return {
    source,
    articles,
    analysed: sample.length,
    analyseMsMean: round(analyseMsMean),
    overviewAnalysisSecondsOnTwoCores: round((analyseMsMean * articles) / 1000 / Math.min(2, cpus().length), 1),
    mergeBuildMs: round(mergeBuildMs, 0),
    updateMsP50: round(percentile(updates, 0.5)),
    updateMsP95: round(percentile(updates, 0.95)),
    updateMsMax: round(Math.max(...updates)),
    updateCpuMsP95: round(percentile(cpuTimes, 0.95)),
    updateCpuMsMax: round(Math.max(...cpuTimes)),
    fullMergeMs: round(fullMergeMs, 0),
    sources: count,
  };
}

if (require.main === module) {
  const value = (flag: string): number | undefined => {
    const at = process.argv.indexOf(flag);
    return at > 0 ? Number(process.argv[at + 1]) : undefined;
  };
  const result = runSourcesBench({ articles: value('--articles'), sample: value('--sample') });
  console.log(JSON.stringify(result, null, 2));
}
