import * as vscode from 'vscode';
import { firstIndex, type ArticleAnalysis } from '../analysis';
import { documentText, peopleById, speakerSlotsOf } from './analysisLookups';
import type { AnalysisCache } from './analysisCache';
import { isArticle, toRange } from './documents';
import { quoteSettings } from './settings';
import { speakerLabel } from './speakerLabels';
import { visibleWindow } from './visibleWindow';

const PALETTE_SIZE = 6;
/** Articles with more quotes than this are decorated only around what is on screen, and again as it scrolls. */
const WINDOWED_ABOVE = 500;
/** The pause after the visible editors change before they are decorated. */
const VISIBLE_SETTLE_MS = 50;

/** One pair of marks as drawn: its range, its style (a quotation's, or that of marked words) and the speaker label shown after it (an inlay hint), if any. */
export interface DrawnQuote {
  range: vscode.Range;
  style: 'full' | 'partial' | 'unattributed' | 'unattributed partial' | 'other source' | 'anonymous' | 'marked words';
  label: string | null;
}

interface QuoteStyles {
  full: vscode.TextEditorDecorationType[];
  partial: vscode.TextEditorDecorationType[];
  unattributedFull: vscode.TextEditorDecorationType;
  unattributedPartial: vscode.TextEditorDecorationType;
  /** A source that is not a person: an organisation, a document, a news outlet, a group. */
  otherSource: vscode.TextEditorDecorationType;
  /** An unnamed source, drawn with a double line so that it stands out. */
  anonymous: vscode.TextEditorDecorationType;
  /** Scare quotes, terms and titles: nobody's words, so a faint dotted line only. */
  markedWords: vscode.TextEditorDecorationType;
}

/** Full quotes are underlined solid in their speaker's colour, partial ones dotted and thinner. */
function createStyles(): QuoteStyles {
  const style = (color: string, border: string): vscode.TextEditorDecorationType =>
    vscode.window.createTextEditorDecorationType({
      borderColor: new vscode.ThemeColor(color),
      borderStyle: 'none none solid none',
      borderWidth: border,
      rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
    });
  const slots = Array.from({ length: PALETTE_SIZE }, (_, i) => `sourcelens.speaker${i + 1}`);
  const partialStyle = (color: string): vscode.TextEditorDecorationType =>
    vscode.window.createTextEditorDecorationType({
      borderColor: new vscode.ThemeColor(color),
      border: '0 0 1px 0',
      borderStyle: 'none none dotted none',
      rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
    });
  return {
    full: slots.map((color) => style(color, '0 0 2px 0')),
    partial: slots.map(partialStyle),
    unattributedFull: vscode.window.createTextEditorDecorationType({
      borderColor: new vscode.ThemeColor('sourcelens.unattributedQuote'),
      borderStyle: 'none none dashed none',
      borderWidth: '0 0 2px 0',
      rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
    }),
    unattributedPartial: partialStyle('sourcelens.unattributedQuote'),
    otherSource: style('sourcelens.otherSourceQuote', '0 0 2px 0'),
    anonymous: vscode.window.createTextEditorDecorationType({
      borderColor: new vscode.ThemeColor('sourcelens.anonymousSourceQuote'),
      borderStyle: 'none none double none',
      borderWidth: '0 0 3px 0',
      rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
    }),
    markedWords: partialStyle('sourcelens.markedWords'),
  };
}

function allTypes(styles: QuoteStyles): vscode.TextEditorDecorationType[] {
  return [...styles.full, ...styles.partial, styles.unattributedFull, styles.unattributedPartial, styles.otherSource, styles.anonymous, styles.markedWords];
}

/** Decoration options per type for one document, what was drawn (with the label the inlay hints show), and how many quotes the window held before the cap. */
function quoteDecorations(
  document: vscode.TextDocument,
  analysis: ArticleAnalysis,
  styles: QuoteStyles,
  options: { showLabels: boolean; markedWords: 'quiet' | 'hidden'; max: number; window?: { start: number; end: number } },
): { byType: Map<vscode.TextEditorDecorationType, vscode.DecorationOptions[]>; drawn: DrawnQuote[]; available: number } {
  const byType = new Map<vscode.TextEditorDecorationType, vscode.DecorationOptions[]>(allTypes(styles).map((type) => [type, []]));
  const drawn: DrawnQuote[] = [];
  const slots = speakerSlotsOf(analysis, PALETTE_SIZE);
  const text = documentText(document);
  const people = peopleById(analysis);
  const inWindow = quotesIn(analysis.quotes, options.window);
  // Hidden, scare quotes, terms and titles take no place under the cap either.
  const shown = options.markedWords === 'hidden' ? inWindow.filter((quote) => quote.kind === 'quotation') : inWindow;
  for (const quote of shown.slice(0, options.max)) {
    if (quote.kind !== 'quotation') {
      const range = toRange(document, quote.start, quote.end);
      byType.get(styles.markedWords)!.push({ range });
      drawn.push({ range, style: 'marked words', label: null });
      continue;
    }
    const speaker = quote.speakerId === null ? undefined : people.get(quote.speakerId);
    const slot = speaker ? slots.get(speaker.id) ?? 0 : -1;
    // A source that is not a person of the article: its own colour, an anonymous one its own line.
    const other = slot < 0 && quote.source !== null ? (quote.source.kind === 'anonymous' ? 'anonymous' : 'other source') : null;
    const type = other === 'anonymous' ? styles.anonymous : other ? styles.otherSource : slot < 0
      ? (quote.partial ? styles.unattributedPartial : styles.unattributedFull)
      : (quote.partial ? styles.partial : styles.full)[slot];
    const range = toRange(document, quote.start, quote.end);
    byType.get(type)!.push({ range });
    const shown = options.showLabels ? speakerLabel(text, quote, speaker) : null;
    const label = shown && `— ${shown.text}`;
    const style: DrawnQuote['style'] = other ?? (slot < 0 ? (quote.partial ? 'unattributed partial' : 'unattributed') : quote.partial ? 'partial' : 'full');
    drawn.push({ range, style, label });
  }
  return { byType, drawn, available: shown.length };
}

/** The quotes overlapping `window` (all of them without one); quotes are in document order. */
function quotesIn<T extends { start: number; end: number }>(quotes: readonly T[], window: { start: number; end: number } | undefined): readonly T[] {
  if (!window) return quotes;
  const low = firstIndex(quotes, (quote) => quote.end > window.start);
  let end = low;
  while (end < quotes.length && quotes[end].start < window.end) end++;
  return quotes.slice(low, end);
}

/**
 * Marks quotations in the visible editors. Types are created once and reused; a switch of editor
 * applies the cached analysis at once; edits update when the debounced analysis is ready.
 */
export class QuoteDecorator implements vscode.Disposable {
  private readonly styles = createStyles();
  /** What was last drawn per document, for the extension's API (tests read it; VS Code cannot report it). */
  private readonly drawn = new Map<string, DrawnQuote[]>();
  private readonly cappedWarned = new Set<string>();
  private readonly disposables: vscode.Disposable[] = [];
  /** One pending redraw per scrolled editor: two long articles side by side both follow their scroll. */
  private readonly scrollTimers = new Map<vscode.TextEditor, ReturnType<typeof setTimeout>>();
  private visibleTimer: ReturnType<typeof setTimeout> | undefined;
  private pendingAll = false;
  private readonly pendingDocuments = new Set<vscode.TextDocument>();

  constructor(private readonly cache: AnalysisCache) {
    this.disposables.push(
      // A moment later: when one editor replaces another (a comparison in place of a diff), VS Code reports the
      // change in steps, and an editor it has already closed may still be listed ("Illegal argument: TextEditor").
      vscode.window.onDidChangeVisibleTextEditors(() => this.decorateVisible()),
      cache.onDidChange((document) => this.decorateVisible(document)),
      vscode.window.onDidChangeTextEditorVisibleRanges(({ textEditor }) => {
        // Only windowed (long) articles need redrawing when they scroll.
        const analysis = this.cache.peek(textEditor.document);
        if (!analysis || analysis.quotes.length <= WINDOWED_ABOVE) return;
        clearTimeout(this.scrollTimers.get(textEditor));
        this.scrollTimers.set(
          textEditor,
          setTimeout(() => {
            this.scrollTimers.delete(textEditor);
            this.decorate(textEditor);
          }, 60),
        );
      }),
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (event.affectsConfiguration('sourcelens.quotes') || event.affectsConfiguration('sourcelens.enable')) this.decorateVisible();
      }),
      // An unsaved document's name goes to the next one opened: what was drawn in the closed one is not the new one's.
      vscode.workspace.onDidCloseTextDocument((document) => {
        this.drawn.delete(document.uri.toString());
        this.cappedWarned.delete(document.uri.toString());
      }),
    );
    // After activation returns: the first analysis is not part of start-up.
    const initial = setTimeout(() => this.decorateVisible(), 0);
    this.disposables.push(new vscode.Disposable(() => clearTimeout(initial)));
  }

  /**
   * Decorates the visible editors, or only those showing `document`, a moment later: when one
   * editor replaces another (a comparison in place of a diff, a closed tab), VS Code reports the
   * change in steps, and an editor it has already closed may still be listed; decorating it is an
   * "Illegal argument: TextEditor". Requests in that moment are drawn together.
   */
  decorateVisible(document?: vscode.TextDocument): void {
    if (document === undefined) this.pendingAll = true;
    else this.pendingDocuments.add(document);
    if (this.visibleTimer !== undefined) return;
    this.visibleTimer = setTimeout(() => {
      this.visibleTimer = undefined;
      const all = this.pendingAll;
      const documents = new Set(this.pendingDocuments);
      this.pendingAll = false;
      this.pendingDocuments.clear();
      for (const editor of vscode.window.visibleTextEditors) {
        if (all || documents.has(editor.document)) this.decorate(editor);
      }
    }, VISIBLE_SETTLE_MS);
  }

  private decorate(editor: vscode.TextEditor): void {
    // An editor replaced since (a diff giving way to another) is gone: setting decorations on it is an "Illegal argument".
    if (!vscode.window.visibleTextEditors.includes(editor)) return;
    const settings = quoteSettings(editor.document);
    const analysis = settings.decorate && isArticle(editor.document) ? this.cache.get(editor.document) : undefined;
    const key = editor.document.uri.toString();
    // A large document in the worker keeps its old decorations (VS Code moves them with edits) until the new ones come.
    if (!analysis && settings.decorate && this.cache.pending(editor.document)) return;
    if (!analysis) {
      for (const type of allTypes(this.styles)) editor.setDecorations(type, []);
      this.drawn.delete(key);
      return;
    }
    const window = analysis.quotes.length > WINDOWED_ABOVE ? visibleWindow(editor) : undefined;
    const { byType, drawn, available } = quoteDecorations(editor.document, analysis, this.styles, { showLabels: settings.speakerLabels === 'inlayHint', markedWords: settings.markedWords, max: settings.maxDecorations, window });
    for (const [type, decorations] of byType) editor.setDecorations(type, decorations);
    this.drawn.set(key, drawn);
    this.warnIfCapped(editor.document, available, settings.maxDecorations);
  }

  /** The quotes last drawn in an editor showing `uri`, in document order. */
  drawnQuotes(uri: vscode.Uri): DrawnQuote[] {
    return this.drawn.get(uri.toString()) ?? [];
  }

  private warnIfCapped(document: vscode.TextDocument, count: number, max: number): void {
    const key = document.uri.toString();
    if (count <= max || this.cappedWarned.has(key)) return;
    this.cappedWarned.add(key);
    void vscode.window.showInformationMessage(
      `Source Lens marks the first ${max.toLocaleString()} of ${count.toLocaleString()} quotations in ${vscode.workspace.asRelativePath(document.uri)} (setting "sourcelens.quotes.maxDecorations").`,
    );
  }

  dispose(): void {
    clearTimeout(this.visibleTimer);
    for (const timer of this.scrollTimers.values()) clearTimeout(timer);
    vscode.Disposable.from(...this.disposables, ...allTypes(this.styles)).dispose();
  }
}

/** Flips the `sourcelens.quotes.decorate` setting where it is set (workspace or user). */
export async function toggleQuoteDecorations(): Promise<void> {
  const config = vscode.workspace.getConfiguration('sourcelens');
  const inspected = config.inspect<boolean>('quotes.decorate');
  const target = inspected?.workspaceValue !== undefined ? vscode.ConfigurationTarget.Workspace : vscode.ConfigurationTarget.Global;
  await config.update('quotes.decorate', !quoteSettings().decorate, target);
}
