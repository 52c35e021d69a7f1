import * as vscode from 'vscode';

/** How many lines above and below the visible ranges a long article is drawn (decorations, highlights). */
const WINDOW_MARGIN_LINES = 200;

/** The offsets of the editor's visible ranges widened by a margin of lines. */
export function visibleWindow(editor: vscode.TextEditor): { start: number; end: number } {
  const { document, visibleRanges } = editor;
  const first = visibleRanges[0]?.start.line ?? 0;
  const last = visibleRanges[visibleRanges.length - 1]?.end.line ?? 0;
  const start = document.offsetAt(new vscode.Position(Math.max(0, first - WINDOW_MARGIN_LINES), 0));
  const end = document.offsetAt(document.lineAt(Math.min(document.lineCount - 1, last + WINDOW_MARGIN_LINES)).range.end);
  return { start, end };
}
