import * as vscode from 'vscode';
import { normalizeForComparison } from '../../analysis';
import { fileName, readArticleText } from './readArticle';

const NORMALIZED_SCHEME = 'sourcelens-normalized';

/**
 * Read-only views of an article with style folded away — spelling, quote marks, dashes,
 * honorifics, abbreviations, case and spacing — one paragraph a line, so that a diff of two of
 * them shows only real changes. The original's URI travels in the query.
 */
class NormalizedArticleProvider implements vscode.TextDocumentContentProvider {
  async provideTextDocumentContent(uri: vscode.Uri): Promise<string> {
    const original = vscode.Uri.parse(uri.query, true);
    const normalized = normalizeForComparison(await readArticleText(original));
    const header = normalized.header ? [`[header: ${[normalized.header.date, normalized.header.dateline].filter(Boolean).join(', ')}]`, ''] : [];
    return [...header, ...normalized.paragraphs.map((paragraph) => paragraph.text)].join('\n\n') + '\n';
  }
}

export function normalizedUri(original: vscode.Uri): vscode.Uri {
  return vscode.Uri.from({ scheme: NORMALIZED_SCHEME, path: `/${fileName(original)} (style ignored)`, query: original.toString() });
}

export function registerNormalizedDocuments(): vscode.Disposable {
  return vscode.workspace.registerTextDocumentContentProvider(NORMALIZED_SCHEME, new NormalizedArticleProvider());
}
