import { stringify } from 'csv-stringify/sync';
import type { ArticleAnalysis } from '../types';
import { collectSources, type AnalysedFile, type WorkspaceSource } from '../workspace/sources';
import { exportRecords, type ExportRecord } from './rows';
import { ANNOTATION_CONTEXT, webAnnotations } from './webAnnotation';

export type ExportFormat = 'csv' | 'jsonl' | 'wadm';
export type ExportTable = 'quotes' | 'people' | 'sources';

/** A cell of a source row: lists joined, so that a spreadsheet gets one value. */
function sourceRow(source: WorkspaceSource): Record<string, unknown> {
  const { quotes: _quotes, titles, files, ...rest } = source;
  return { ...rest, titles: titles.join('; '), articleCount: files.length, files: files.join('; ') };
}

/**
 * An export written one article at a time, as text to append: the CLI (`sourcelens export`) and
 * the editor's "Export Quotes and People…" both write through it, so they give the same output.
 * Per-file records come as each file is given; the sources of the whole set come at the end.
 * CSV cells that a spreadsheet would run as a formula (=, +, -, @, tab, return) get a leading '.
 */
export class ExportWriter {
  /** For CSV and JSON lines: which records (JSON lines give quotes and people together unless a table is named). */
  readonly table: ExportTable | undefined;
  private header = true;
  private annotations = 0;
  private readonly analysed: AnalysedFile[] = [];

  constructor(
    readonly format: ExportFormat,
    table?: ExportTable,
  ) {
    this.table = table ?? (format === 'csv' ? 'quotes' : undefined);
  }

  begin(): string {
    return this.format === 'wadm' ? `{\n  "@context": "${ANNOTATION_CONTEXT}",\n  "type": "AnnotationPage",\n  "items": [` : '';
  }

  /** `file` names the article in rows; `uri` (a file URI) is the Web Annotation's target source. */
  file(file: string, uri: string, text: string, analysis: ArticleAnalysis): string {
    if (this.table === 'sources') {
      this.analysed.push({ file, analysis });
      return '';
    }
    if (this.format === 'wadm') return webAnnotations(uri, text, analysis).map((annotation) => `${this.annotations++ === 0 ? '\n' : ',\n'}    ${JSON.stringify(annotation)}`).join('');
    const { quotes, people } = exportRecords(file, text, analysis);
    const records: ExportRecord[] = this.table === 'people' ? people : this.table === 'quotes' ? quotes : [...people, ...quotes];
    if (this.format === 'csv') return this.csv(records);
    return records.length > 0 ? records.map((record) => JSON.stringify(record)).join('\n') + '\n' : '';
  }

  end(): string {
    if (this.format === 'wadm') return `${this.annotations > 0 ? '\n  ' : ''}]\n}\n`;
    if (this.table !== 'sources') return '';
    const sources = collectSources(this.analysed);
    if (this.format === 'csv') return this.csv(sources.map(sourceRow));
    return sources.map((source) => `${JSON.stringify({ type: 'source', ...source })}\n`).join('');
  }

  private csv(rows: readonly object[]): string {
    if (rows.length === 0) return '';
    const text = stringify(rows as Array<Record<string, unknown>>, { header: this.header, escape_formulas: true, cast: { boolean: (value) => String(value) } });
    this.header = false;
    return text;
  }
}
