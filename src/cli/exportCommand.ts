import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { stringify } from 'csv-stringify/sync';
import { ANNOTATION_CONTEXT, analyzeArticle, collectSources, isMarkdownPath, exportRecords, webAnnotations, type AnalysedFile, type ExportRecord, type WorkspaceSource } from '../analysis';
import { expandPaths, readArticle } from './files';

export type ExportFormat = 'csv' | 'jsonl' | 'wadm';
export type ExportTable = 'quotes' | 'people' | 'sources';

export interface ExportOptions {
  format: ExportFormat;
  /** For CSV and JSON lines: which records (JSON lines give quotes and people together unless a table is named). */
  table?: ExportTable;
  maxFileBytes?: number;
}

/** A cell of a source row: lists joined, so that a spreadsheet gets one value. */
function sourceRow(source: WorkspaceSource): Record<string, unknown> {
  const { quotes: _quotes, titles, files, ...rest } = source;
  return { ...rest, titles: titles.join('; '), articleCount: files.length, files: files.join('; ') };
}

/**
 * `sourcelens export --format csv|jsonl|wadm [--table quotes|people|sources] PATH...`. Per-file
 * records are written as each file is analysed; the sources of the whole set come at the end.
 * CSV cells that a spreadsheet would run as a formula (=, +, -, @, tab, return) get a leading '.
 * Unreadable files are reported on stderr (`err`) and the rest still exported; exit code 1 then.
 */
export async function runExport(paths: readonly string[], options: ExportOptions, out: (text: string) => unknown, err: (text: string) => unknown): Promise<number> {
  const { format, maxFileBytes } = options;
  const table = options.table ?? (format === 'csv' ? 'quotes' : undefined);
  let failures = 0;
  let header = true;
  let annotations = 0;
  const analysed: AnalysedFile[] = [];
  const writeCsv = async (rows: readonly object[]): Promise<void> => {
    if (rows.length === 0) return;
    await out(stringify(rows as Array<Record<string, unknown>>, { header, escape_formulas: true, cast: { boolean: (value) => String(value) } }));
    header = false;
  };
  if (format === 'wadm') await out(`{\n  "@context": "${ANNOTATION_CONTEXT}",\n  "type": "AnnotationPage",\n  "items": [`);
  for (const path of await expandPaths(paths)) {
    const read = await readArticle(path, maxFileBytes);
    if ('error' in read) {
      failures++;
      await err(`sourcelens export: ${path}: ${read.error}\n`);
      continue;
    }
    const analysis = analyzeArticle(read.text, { markdown: isMarkdownPath(path) });
    if (table === 'sources') {
      analysed.push({ file: path, analysis });
      continue;
    }
    if (format === 'wadm') {
      for (const annotation of webAnnotations(pathToFileURL(resolve(path)).href, read.text, analysis)) {
        await out(`${annotations++ === 0 ? '\n' : ',\n'}    ${JSON.stringify(annotation)}`);
      }
      continue;
    }
    const { quotes, people } = exportRecords(path, read.text, analysis);
    const records: ExportRecord[] = table === 'people' ? people : table === 'quotes' ? quotes : [...people, ...quotes];
    if (format === 'csv') await writeCsv(records);
    else if (records.length > 0) await out(records.map((record) => JSON.stringify(record)).join('\n') + '\n');
  }
  if (format === 'wadm') await out(`${annotations > 0 ? '\n  ' : ''}]\n}\n`);
  else if (table === 'sources') {
    const sources = collectSources(analysed);
    if (format === 'csv') await writeCsv(sources.map(sourceRow));
    else for (const source of sources) await out(`${JSON.stringify({ type: 'source', ...source })}\n`);
  }
  return failures > 0 ? 1 : 0;
}
