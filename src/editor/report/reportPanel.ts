import * as vscode from 'vscode';
import { quotesBehind, reportCharts, sourceReport, valueLabel, type ReportLink, type SourceReport } from '../../analysis';
import { quoteEntry } from '../sources/sourcesView';
import type { WorkspaceSources } from '../sources/workspaceSources';
import type { FromReport, ToReport } from './messages';

/** A burst of changed articles redraws the report once. */
const REDRAW_DELAY_MS = 500;

/** What the report panel exchanged with its page, kept for the integration tests. */
export interface ReportPanelProbe {
  sent: ToReport[];
  received: FromReport[];
  /** Handles a message as if the page had sent it. */
  receive(message: FromReport): Promise<void>;
}

/** The workspace folder's name, then the path below it: how a file's folder is named in the report. */
export function folderLabel(file: string): string {
  const uri = vscode.Uri.parse(file, true);
  const folder = vscode.workspace.getWorkspaceFolder(uri);
  const parent = uri.path.slice(0, uri.path.lastIndexOf('/'));
  if (!folder) return parent;
  const below = parent.slice(folder.uri.path.replace(/\/$/, '').length).replace(/^\//, '');
  return below ? `${folder.name}/${below}` : folder.name;
}

/**
 * The Source Report: one webview panel drawing the shares of quotations in the workspace or a
 * folder. The panel holds the report; the page only draws what it is sent (`reportCharts`) and
 * sends back the figure the user chose, whose quotes are offered in a quick pick.
 */
class SourceReportPanel implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private folder: vscode.Uri | undefined;
  private report: SourceReport | undefined;
  private redrawTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly listeners: vscode.Disposable;
  readonly probe: ReportPanelProbe = { sent: [], received: [], receive: (message) => this.onMessage(message) };

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly model: WorkspaceSources,
  ) {
    this.listeners = model.onDidChange(() => {
      if (!this.panel || !this.model.built) return;
      clearTimeout(this.redrawTimer);
      this.redrawTimer = setTimeout(() => this.draw(), REDRAW_DELAY_MS);
    });
  }

  /** Opens (or brings forward) the report for `folder`, or for the whole workspace. */
  async show(folder: vscode.Uri | undefined): Promise<void> {
    this.folder = folder;
    if (!this.panel) {
      this.panel = vscode.window.createWebviewPanel('sourcelens.sourceReport', this.title, vscode.ViewColumn.Active, {
        enableScripts: true,
        localResourceRoots: [vscode.Uri.joinPath(this.extensionUri, 'dist')],
      });
      this.panel.webview.onDidReceiveMessage((message: FromReport) => void this.onMessage(message));
      this.panel.onDidDispose(() => {
        this.panel = undefined;
        this.report = undefined;
      });
      this.panel.webview.html = this.html(this.panel.webview);
    } else this.panel.reveal();
    this.panel.title = this.title;
    this.send({ type: 'reading', title: this.scopeName });
    await this.model.ensureBuilt();
    this.draw();
  }

  private get scopeName(): string {
    return this.folder ? vscode.workspace.asRelativePath(this.folder, true) : (vscode.workspace.name ?? 'the workspace');
  }

  private get title(): string {
    return `Source Report: ${this.scopeName}`;
  }

  private draw(): void {
    if (!this.panel) return;
    const within = this.folder && `${this.folder.toString().replace(/\/$/, '')}/`;
    const files = [...this.model.files()].filter(([file]) => !within || file.startsWith(within)).map(([file, analysis]) => ({ file, analysis }));
    this.report = sourceReport(files, folderLabel);
    this.send({ type: 'report', title: this.title, view: reportCharts(this.report) });
  }

  private send(message: ToReport): void {
    this.probe.sent.push(message);
    void this.panel?.webview.postMessage(message);
  }

  private async onMessage(message: FromReport): Promise<void> {
    this.probe.received.push(message);
    if (message.type === 'ready' && this.report) this.send({ type: 'report', title: this.title, view: reportCharts(this.report) });
    else if (message.type === 'open' && this.report) await this.listQuotes(message.link);
  }

  /** The quotations behind a figure, as a quick pick; the one chosen is revealed in its article. */
  private async listQuotes(link: ReportLink): Promise<void> {
    const quotes = this.report ? quotesBehind(this.report, link) : [];
    if (quotes.length === 0) return;
    const where = link.scope === 'all' ? '' : ` in ${link.group}`;
    const picked = await vscode.window.showQuickPick(
      quotes.map((quote) => ({ ...quoteEntry(quote), detail: quote.text })),
      { title: `${quotes.length} quotations: ${valueLabel(link.value)}${where}`, placeHolder: 'Choose a quote to see it in its article', matchOnDescription: true, matchOnDetail: true },
    );
    if (picked) await vscode.commands.executeCommand(picked.command.command, ...(picked.command.arguments ?? []));
  }

  /** The page: our script with a nonce, our style sheet, nothing inline; the policy allows nothing else. */
  private html(webview: vscode.Webview): string {
    const nonce = [...crypto.getRandomValues(new Uint8Array(16))].map((byte) => byte.toString(16).padStart(2, '0')).join('');
    const asset = (name: string): string => webview.asWebviewUri(vscode.Uri.joinPath(this.extensionUri, 'dist', name)).toString();
    const policy = `default-src 'none'; style-src ${webview.cspSource}; img-src ${webview.cspSource}; font-src ${webview.cspSource}; script-src 'nonce-${nonce}';`;
    return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${policy}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${asset('report.css')}">
<title>Source Report</title>
</head>
<body>
<main id="report" aria-live="polite"><p>Reading the articles…</p></main>
<script nonce="${nonce}" src="${asset('report.js')}"></script>
</body>
</html>`;
  }

  dispose(): void {
    clearTimeout(this.redrawTimer);
    this.listeners.dispose();
    this.panel?.dispose();
  }
}

/** Registers "Show Source Report" (palette, and a folder's context menu in the explorer). */
export function registerSourceReport(extensionUri: vscode.Uri, model: WorkspaceSources): { disposable: vscode.Disposable; probe: ReportPanelProbe } {
  const panel = new SourceReportPanel(extensionUri, model);
  return {
    probe: panel.probe,
    disposable: vscode.Disposable.from(
      panel,
      vscode.commands.registerCommand('sourcelens.showSourceReport', (folder?: vscode.Uri) => panel.show(folder instanceof vscode.Uri ? folder : undefined)),
    ),
  };
}
