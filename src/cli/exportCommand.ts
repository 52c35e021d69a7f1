import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { analyzeArticle, ExportWriter, isMarkdownPath, type ExportFormat, type ExportTable } from '../analysis';
import { expandPaths, readArticle } from './files';

export type { ExportFormat, ExportTable };

export interface ExportOptions {
  format: ExportFormat;
  /** For CSV and JSON lines: which records (JSON lines give quotes and people together unless a table is named). */
  table?: ExportTable;
  maxFileBytes?: number;
}

/**
 * `sourcelens export --format csv|jsonl|wadm [--table quotes|people|sources] PATH...`, written
 * through `ExportWriter` (as the editor's export is): per-file records as each file is analysed,
 * the sources of the whole set at the end. Unreadable files are reported on stderr (`err`) and
 * the rest still exported; exit code 1 then.
 */
export async function runExport(paths: readonly string[], options: ExportOptions, out: (text: string) => unknown, err: (text: string) => unknown): Promise<number> {
  const writer = new ExportWriter(options.format, options.table);
  let failures = 0;
  const write = async (text: string): Promise<void> => {
    if (text) await out(text);
  };
  await write(writer.begin());
  for (const path of await expandPaths(paths)) {
    const read = await readArticle(path, options.maxFileBytes);
    if ('error' in read) {
      failures++;
      await err(`sourcelens export: ${path}: ${read.error}\n`);
      continue;
    }
    await write(writer.file(path, pathToFileURL(resolve(path)).href, read.text, analyzeArticle(read.text, { markdown: isMarkdownPath(path) })));
  }
  await write(writer.end());
  return failures > 0 ? 1 : 0;
}
