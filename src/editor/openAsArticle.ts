import * as vscode from 'vscode';
import { convertedFormats, isConvertedPath } from './convertedFormats';
import { ARTICLE_VIEW_SCHEME } from './documents';

/**
 * The article-text document of a file: its path with `.article` added (so it opens in the
 * News Article language, and its tab says what it is made from), the file's own URI in the query.
 */
export function articleViewUri(file: vscode.Uri): vscode.Uri {
  return vscode.Uri.from({ scheme: ARTICLE_VIEW_SCHEME, path: `${file.path}.article`, query: file.toString() });
}

/** Converts the file named in an article-text URI; a file that cannot be read says why, in place of the text. */
class ArticleTextProvider implements vscode.TextDocumentContentProvider {
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.changed.event;

  constructor(private readonly extensionPath: string) {}

  async provideTextDocumentContent(uri: vscode.Uri): Promise<string> {
    const file = vscode.Uri.parse(uri.query, true);
    const read = await convertedFormats(this.extensionPath).articleFromBytes(file.path, await vscode.workspace.fs.readFile(file));
    return read.ok ? read.text : `Source Lens could not read ${vscode.workspace.asRelativePath(file)}: ${read.reason}.\n`;
  }

  /** The file changed on disk: its open article text is converted again. */
  fileChanged(file: vscode.Uri): void {
    const shown = articleViewUri(file).toString();
    if (vscode.workspace.textDocuments.some((document) => document.uri.toString() === shown)) this.changed.fire(articleViewUri(file));
  }

  dispose(): void {
    this.changed.dispose();
  }
}

/** The file to open: the one clicked in the explorer, or the active editor's. */
function fileToOpen(clicked: unknown): vscode.Uri | undefined {
  if (clicked instanceof vscode.Uri) return clicked;
  return vscode.window.activeTextEditor?.document.uri;
}

/** *Open as Article* on a saved web page (.html, .htm) or Word file (.docx): its story as a read-only text with every annotation. */
export function registerOpenAsArticle(extensionPath: string): vscode.Disposable {
  const provider = new ArticleTextProvider(extensionPath);
  const watcher = vscode.workspace.createFileSystemWatcher('**/*.{html,htm,docx,HTML,HTM,DOCX}', true, false, true);
  return vscode.Disposable.from(
    provider,
    watcher,
    watcher.onDidChange((file) => provider.fileChanged(file)),
    vscode.workspace.registerTextDocumentContentProvider(ARTICLE_VIEW_SCHEME, provider),
    vscode.commands.registerCommand('sourcelens.openAsArticle', async (clicked?: unknown) => {
      const file = fileToOpen(clicked);
      if (!file || !isConvertedPath(file.path)) {
        void vscode.window.showInformationMessage('Source Lens: Open as Article reads saved web pages (.html, .htm) and Word files (.docx).');
        return undefined;
      }
      const document = await vscode.workspace.openTextDocument(articleViewUri(file));
      return vscode.window.showTextDocument(document, { preview: false });
    }),
  );
}
