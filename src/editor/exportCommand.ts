import * as vscode from 'vscode';
import { ExportWriter, inSkippedFolder, isMarkdownPath, type ExportFormat, type ExportTable } from '../analysis';
import type { AnalysisWorkerClient } from './analysisWorkerClient';
import { log } from './log';
import { settings, versionSettings } from './settings';
import { readArticleText } from './versions/readArticle';

interface FormatChoice extends vscode.QuickPickItem {
  format: ExportFormat;
  table?: ExportTable;
  extension: string;
  filter: string;
}

/** The export's choices, as `sourcelens export --format … --table …` offers them. */
const CHOICES: FormatChoice[] = [
  { label: 'Quotes as CSV', description: 'one row per quotation: file, line, column, offsets, source, speaker', format: 'csv', table: 'quotes', extension: 'csv', filter: 'CSV' },
  { label: 'People as CSV', description: 'one row per person per article', format: 'csv', table: 'people', extension: 'csv', filter: 'CSV' },
  { label: 'Sources as CSV', description: 'one row per source, merged across the articles', format: 'csv', table: 'sources', extension: 'csv', filter: 'CSV' },
  { label: 'Quotes and people as JSON lines', description: 'one JSON object per line', format: 'jsonl', extension: 'jsonl', filter: 'JSON lines' },
  { label: 'Sources as JSON lines', description: 'merged across the articles, each with its quotes', format: 'jsonl', table: 'sources', extension: 'jsonl', filter: 'JSON lines' },
  { label: 'W3C Web Annotations', description: 'JSON-LD: one annotation per quotation and per mention of a person', format: 'wadm', extension: 'jsonld', filter: 'JSON-LD' },
];

/**
 * What a keybinding or a test may pass to skip a question: the format (and table) instead of the
 * quick pick, the file instead of the save dialog, a folder instead of the whole workspace.
 */
export interface ExportArguments {
  format?: ExportFormat;
  table?: ExportTable;
  target?: vscode.Uri;
  folder?: vscode.Uri;
}

/**
 * "Export Quotes and People…": a format, a file, then every article of the workspace (or a
 * folder) analysed in a worker thread and written through `ExportWriter`, the CLI's own writer,
 * so the file is what `sourcelens export` gives. Rows name files by their workspace-relative path.
 */
async function exportQuotes(newWorker: () => AnalysisWorkerClient, args: ExportArguments = {}): Promise<vscode.Uri | undefined> {
  const choice = args.format
    ? (CHOICES.find((candidate) => candidate.format === args.format && candidate.table === (args.table ?? (args.format === 'csv' ? 'quotes' : undefined))) ?? { ...CHOICES[0], format: args.format, table: args.table })
    : await vscode.window.showQuickPick(CHOICES, { title: 'Export Quotes and People', placeHolder: 'What to export, and in which format' });
  if (!choice) return undefined;
  const base = args.folder ?? vscode.workspace.workspaceFolders?.[0]?.uri;
  const target =
    args.target ??
    (await vscode.window.showSaveDialog({
      title: 'Export Quotes and People',
      saveLabel: 'Export',
      defaultUri: base && vscode.Uri.joinPath(base, `sourcelens-${choice.table ?? (choice.format === 'wadm' ? 'annotations' : 'quotes-people')}.${choice.extension}`),
      filters: { [choice.filter]: [choice.extension] },
    }));
  if (!target) return undefined;
  const written = await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: 'Source Lens: exporting quotes and people', cancellable: true },
    async (progress, token) => {
      const include = args.folder ? new vscode.RelativePattern(args.folder, versionSettings().include) : versionSettings().include;
      const files = (await vscode.workspace.findFiles(include, undefined, undefined, token))
        .filter((uri) => !inSkippedFolder(uri.path) && uri.toString() !== target.toString())
        .sort((a, b) => a.path.localeCompare(b.path));
      const writer = new ExportWriter(choice.format, choice.table);
      const chunks: string[] = [writer.begin()];
      const worker = newWorker();
      let skipped = 0;
      try {
        for (const [i, uri] of files.entries()) {
          if (token.isCancellationRequested) return false;
          progress.report({ message: `${i + 1} of ${files.length}`, increment: 100 / files.length });
          try {
            const text = await readArticleText(uri);
            const analysis = await worker.analyze(`export ${uri.toString()}`, text, { extraTitles: settings().extraTitles, markdown: isMarkdownPath(uri.path) });
            chunks.push(writer.file(vscode.workspace.asRelativePath(uri, (vscode.workspace.workspaceFolders?.length ?? 0) > 1), uri.toString(), text, analysis));
          } catch (error) {
            skipped++;
            log.warn(`Export: could not read ${uri.toString()}`, error);
          }
        }
      } finally {
        worker.dispose();
      }
      chunks.push(writer.end());
      await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(chunks.join('')));
      const note = skipped > 0 ? ` (${skipped} could not be read; see the log)` : '';
      void vscode.window.showInformationMessage(`Source Lens exported ${files.length - skipped} articles to ${vscode.workspace.asRelativePath(target)}${note}.`);
      return true;
    },
  );
  return written ? target : undefined;
}

export function registerExportCommand(newWorker: () => AnalysisWorkerClient): vscode.Disposable {
  return vscode.commands.registerCommand('sourcelens.exportQuotes', (args?: ExportArguments | vscode.Uri) =>
    exportQuotes(newWorker, args instanceof vscode.Uri ? { folder: args } : args),
  );
}
