import * as vscode from 'vscode';
import type { AnalysisWorkerClient } from '../analysisWorkerClient';
import { fileName, readArticleText } from './readArticle';
import { styleBlindComparison, type ComparisonMark, type StyleBlindComparison } from '../../analysis';

/** Our read-only comparison documents; never taken for articles (see `documents.ts`). */
export const COMPARISON_SCHEME = 'sourcelens-compare';

/** The version compared from and the version shown, carried in the comparison's address. */
function sidesOf(uri: vscode.Uri): { from: vscode.Uri; shown: vscode.Uri } {
  const query = new URLSearchParams(uri.query);
  return { from: vscode.Uri.parse(query.get('from') ?? '', true), shown: vscode.Uri.parse(query.get('article') ?? '', true) };
}

/**
 * A version of an article compared with another, style ignored, in its own words: words it adds
 * are marked, the other's words it lacks are set in struck through, and what differs only in
 * style (spelling, quote marks, dashes, honorifics, spacing) is muted, with the other's form on
 * hover. Its address says which two files; `article` is the one shown.
 */
export function comparisonUri(from: vscode.Uri, shown: vscode.Uri): vscode.Uri {
  const query = new URLSearchParams({ article: shown.toString(), from: from.toString() }).toString();
  return vscode.Uri.from({ scheme: COMPARISON_SCHEME, path: `/${fileName(shown)} compared with ${fileName(from)} (style ignored)`, query });
}

/** Texts longer than this together are compared in the worker: a few milliseconds in place below it. */
const IN_PLACE_LIMIT = 20_000;

class ComparisonProvider implements vscode.TextDocumentContentProvider {
  /** The comparison behind each open comparison document, for its decorations and hovers. */
  readonly comparisons = new Map<string, StyleBlindComparison>();

  constructor(private readonly worker: AnalysisWorkerClient) {}

  async provideTextDocumentContent(uri: vscode.Uri): Promise<string> {
    const { from, shown } = sidesOf(uri);
    const [fromText, shownText] = await Promise.all([readArticleText(from), readArticleText(shown)]);
    const comparison = fromText.length + shownText.length <= IN_PLACE_LIMIT
      ? styleBlindComparison(fromText, shownText)
      : await this.worker.styleBlind(`style-blind ${uri.toString()}`, fromText, shownText);
    this.comparisons.set(uri.toString(), comparison);
    return comparison.text;
  }
}

interface MarkStyles {
  removed: vscode.TextEditorDecorationType;
  added: vscode.TextEditorDecorationType;
  style: vscode.TextEditorDecorationType;
}

function createMarkStyles(): MarkStyles {
  return {
    removed: vscode.window.createTextEditorDecorationType({
      backgroundColor: new vscode.ThemeColor('diffEditor.removedTextBackground'),
      textDecoration: 'line-through',
    }),
    added: vscode.window.createTextEditorDecorationType({ backgroundColor: new vscode.ThemeColor('diffEditor.insertedTextBackground') }),
    // Muted, not hidden: the reader can still see that the two write it differently.
    style: vscode.window.createTextEditorDecorationType({ opacity: '0.6', borderStyle: 'none none dotted none', borderWidth: '0 0 1px 0', borderColor: new vscode.ThemeColor('editorCodeLens.foreground') }),
  };
}

/** What a mark means, in plain words, for its hover. */
function describeMark(mark: ComparisonMark, from: string, shown: string): string {
  if (mark.kind === 'removed') return `Only in ${from}: ${shown} does not have these words.`;
  if (mark.kind === 'added') return `Only in ${shown}: ${from} does not have these words.`;
  return mark.other ? `Style only: ${from} writes “${mark.other}”.` : `Style only: ${from} has nothing here.`;
}

/** `worker` compares long versions off the extension host (the Versions' worker). */
export function registerNormalizedDocuments(worker: AnalysisWorkerClient): vscode.Disposable {
  const provider = new ComparisonProvider(worker);
  const styles = createMarkStyles();
  const decorate = (editor: vscode.TextEditor): void => {
    const comparison = provider.comparisons.get(editor.document.uri.toString());
    if (editor.document.uri.scheme !== COMPARISON_SCHEME || !comparison) return;
    const byKind: Record<ComparisonMark['kind'], vscode.DecorationOptions[]> = { removed: [], added: [], style: [] };
    const { from, shown } = sidesOf(editor.document.uri);
    for (const mark of comparison.marks) {
      const range = new vscode.Range(editor.document.positionAt(mark.start), editor.document.positionAt(mark.end));
      byKind[mark.kind].push({ range, hoverMessage: describeMark(mark, fileName(from), fileName(shown)) });
    }
    for (const kind of ['removed', 'added', 'style'] as const) editor.setDecorations(styles[kind], byKind[kind]);
  };
  const decorateVisible = (): void => {
    for (const editor of vscode.window.visibleTextEditors) decorate(editor);
  };
  return vscode.Disposable.from(
    vscode.workspace.registerTextDocumentContentProvider(COMPARISON_SCHEME, provider),
    vscode.window.onDidChangeVisibleTextEditors(decorateVisible),
    vscode.workspace.onDidOpenTextDocument((document) => document.uri.scheme === COMPARISON_SCHEME && setTimeout(decorateVisible, 0)),
    vscode.workspace.onDidCloseTextDocument((document) => provider.comparisons.delete(document.uri.toString())),
    styles.removed,
    styles.added,
    styles.style,
  );
}

/** Opens the style-blind comparison of `shown` with `from`, keeping the focus where it is when asked. */
export async function openComparison(from: vscode.Uri, shown: vscode.Uri, preserveFocus = false): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(comparisonUri(from, shown));
  return vscode.window.showTextDocument(document, { preview: true, preserveFocus });
}
