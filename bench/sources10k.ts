/**
 * The workspace's Sources at 10,000 articles: the overview build as the editor runs it (two
 * worker threads of dist/analysisWorker.js summarising the articles, each summary merged as it
 * arrives; the files are read from memory, not disk) and the update when one article
 * changes (`SourceMerge`: the file's old contributions out, its new ones in) against merging every
 * summary again (`collectSources`, what the editor did before). The articles are the corpus's
 * real texts, analysed once each; the 10,000 files cycle through their summaries, so the same
 * people recur across files as they do in a newsroom's folder.
 * Run: node scripts/build.mjs && npx tsx bench/sources10k.ts [--articles N] [--sample N] (part of npm run bench)
 */
import { existsSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { analyzeArticle, collectSources, SourceMerge, summarizeSources, type FileSourceSummary } from '../src/analysis';
import { AnalysisWorkerClient } from '../src/editor/analysisWorkerClient';
import { articleTexts, ROOT } from './corpusTexts';

export interface SourcesBench {
  source: string;
  articles: number;
  /** Real articles (the files cycle through them). */
  analysed: number;
  /** One article analysed and summarised in this thread, warm. */
  analyseMsMean: number;
  /** The overview build on two worker threads, start-up included; null without a build (dist/analysisWorker.js). */
  overviewSeconds: number | null;
  /** Merging every summary once, as the first build ends. */
  mergeBuildMs: number;
  /** One changed article: its summary replaced and the sorted sources brought up to date. */
  updateMsP50: number;
  updateMsP95: number;
  updateMsMax: number;
  /** The same in CPU time of this process: on a shared machine the wall clock also counts time the scheduler gave to others. */
  updateCpuMsP95: number;
  updateCpuMsMax: number;
  cores: number;
  /** For comparison: a full merge of every summary, the cost per change before. */
  fullMergeMs: number;
  sources: number;
}

const percentile = (values: number[], share: number): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(share * sorted.length))];
};
const round = (value: number, places = 2): number => Number(value.toFixed(places));

/** The editor's build: two workers taking the next article in turn, each summary merged as it comes back. */
async function overviewBuild(texts: readonly string[], articles: number): Promise<number | null> {
  if (!existsSync(join(ROOT, 'dist', 'analysisWorker.js'))) return null;
  const workers = [AnalysisWorkerClient.forExtension(ROOT), AnalysisWorkerClient.forExtension(ROOT)];
  const merge = new SourceMerge();
  let next = 0;
  const started = performance.now();
  try {
    await Promise.all(
      workers.map(async (worker) => {
        while (next < articles) {
          const i = next++;
          merge.set(`file:///news/story-${i}.txt`, await worker.sources(`sources ${i}`, texts[i % texts.length], { extraTitles: [], markdown: false }));
        }
      }),
    );
    merge.sources();
    return (performance.now() - started) / 1000;
  } finally {
    for (const worker of workers) worker.dispose();
  }
}

export async function runSourcesBench(options: { articles?: number; sample?: number; log?: (line: string) => void } = {}): Promise<SourcesBench> {
  const log = options.log ?? console.log;
  const articles = options.articles ?? 10_000;
  const { texts, source } = articleTexts();
  const sample = texts.slice(0, options.sample ?? 400);
  log(`sources: analysing ${sample.length} articles of ${source} …`);
  // Once to warm up (compromise's lexicon, the JIT), then timed.
  for (const text of sample) analyzeArticle(text);
  const summaries: FileSourceSummary[] = [];
  const started = performance.now();
  for (const text of sample) summaries.push(summarizeSources(text, analyzeArticle(text)));
  const analyseMsMean = (performance.now() - started) / sample.length;
  log(`sources: the overview of ${articles.toLocaleString('en')} articles on two worker threads …`);
  const overviewSeconds = await overviewBuild(sample, articles);
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
    overviewSeconds: overviewSeconds === null ? null : round(overviewSeconds, 1),
    cores: cpus().length,
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
  runSourcesBench({ articles: value('--articles'), sample: value('--sample') }).then(
    (result) => console.log(JSON.stringify(result, null, 2)),
    (error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    },
  );
}
