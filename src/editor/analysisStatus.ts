import * as vscode from 'vscode';
import type { AnalysisCache } from './analysisCache';
import { isArticle } from './documents';

/**
 * A status bar entry while the active article is too slow to analyse (its analysis ran over the
 * worker's time limit): says so where the reader looks, and a click analyses it again with more
 * time, so a warning that has faded away is not the only trace.
 */
export function registerAnalysisStatus(cache: AnalysisCache): vscode.Disposable {
  const item = vscode.window.createStatusBarItem('sourcelens.analysisStatus', vscode.StatusBarAlignment.Left, 10);
  item.name = 'Source Lens: Analysis';
  item.text = '$(warning) Source Lens: too slow to analyse';
  item.backgroundColor = new vscode.ThemeColor('statusBarItem.warningBackground');
  item.command = 'sourcelens.retryAnalysis';
  item.tooltip = 'Analysing this article ran over the time limit and was stopped: no people, quotes or problems are shown for it. Click to try again with more time; an edit also tries again.';
  const update = (): void => {
    const document = vscode.window.activeTextEditor?.document;
    if (document && isArticle(document) && cache.isTooSlow(document)) item.show();
    else item.hide();
  };
  return vscode.Disposable.from(
    item,
    vscode.commands.registerCommand('sourcelens.retryAnalysis', () => {
      const document = vscode.window.activeTextEditor?.document;
      if (document && isArticle(document)) cache.retry(document);
      update();
    }),
    cache.onDidChange(update),
    vscode.window.onDidChangeActiveTextEditor(update),
  );
}
