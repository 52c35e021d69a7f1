import * as vscode from 'vscode';
import type { ArticleNode } from './articleView';
import { quoteWithSource } from './quoteCitation';

/** A span of the article an item stands for: a person's first mention, a mention, a quote. */
function spanOf(node: ArticleNode): { start: number; end: number } | undefined {
  switch (node.kind) {
    case 'person':
      return node.person.mentions[0];
    case 'mention':
      return node;
    case 'quote':
      return node.quote;
    default:
      return undefined;
  }
}

/**
 * The Article view's context menus (package.json `view/item/context`, by the items'
 * `contextValue`): copy a quote with its source, look a person up, reveal an item in the article.
 */
export function registerArticleViewMenus(shownDocument: () => vscode.TextDocument | undefined): vscode.Disposable {
  return vscode.Disposable.from(
    vscode.commands.registerCommand('sourcelens.copyQuoteWithSource', async (node?: ArticleNode) => {
      if (node?.kind !== 'quote') return;
      await vscode.env.clipboard.writeText(quoteWithSource(node.analysis, node.quote));
    }),
    vscode.commands.registerCommand('sourcelens.lookUpPersonInView', async (node?: ArticleNode) => {
      if (node?.kind === 'person') await vscode.commands.executeCommand('sourcelens.lookUpPerson', node.person.name);
    }),
    vscode.commands.registerCommand('sourcelens.revealInArticle', async (node?: ArticleNode) => {
      const document = shownDocument();
      const span = node && spanOf(node);
      if (document && span) await vscode.commands.executeCommand('sourcelens.revealRange', document.uri, span.start, span.end);
    }),
  );
}
