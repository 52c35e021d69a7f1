import * as vscode from 'vscode';
import { firstIndex, mentionAt } from '../analysis';
import { isListed } from './listedPeople';
import type { AnalysisCache } from './analysisCache';
import { ARTICLE_SELECTOR, toRange } from './documents';
import { visibleWindow } from './visibleWindow';

/** Every mention of the person under the cursor: highlighted in place and listed by Find All References. */
class MentionNavigator implements vscode.DocumentHighlightProvider, vscode.ReferenceProvider {
  constructor(private readonly cache: AnalysisCache) {}

  async provideDocumentHighlights(document: vscode.TextDocument, position: vscode.Position): Promise<vscode.DocumentHighlight[]> {
    return (await this.mentionRanges(document, position, true)).map((range) => new vscode.DocumentHighlight(range, vscode.DocumentHighlightKind.Text));
  }

  async provideReferences(document: vscode.TextDocument, position: vscode.Position): Promise<vscode.Location[]> {
    return (await this.mentionRanges(document, position)).map((range) => new vscode.Location(document.uri, range));
  }

  /** With `nearView`, a person of very many mentions gets only those around what the editor shows; in the worker, once its result comes. */
  private async mentionRanges(document: vscode.TextDocument, position: vscode.Position, nearView = false): Promise<vscode.Range[]> {
    const analysis = await this.cache.whenAnalysed(document);
    const found = analysis && mentionAt(analysis, document.offsetAt(position));
    // Credited people (bylines, picture credits) are not highlighted through the story.
    if (!found || !isListed(found.person, document)) return [];
    let mentions = found.person.mentions;
    // Highlights follow every move of the cursor: thousands of them (a 1 MB article) hold the host each time.
    const editor = nearView && mentions.length > HIGHLIGHTED_WHOLE_UP_TO ? vscode.window.visibleTextEditors.find((shown) => shown.document === document) : undefined;
    if (editor) {
      const window = visibleWindow(editor);
      const from = firstIndex(mentions, (mention) => mention.end > window.start);
      const to = firstIndex(mentions, (mention) => mention.start >= window.end);
      mentions = mentions.slice(from, Math.max(from, to));
    }
    return mentions.map((mention) => toRange(document, mention.start, mention.end));
  }
}

/** A person with more mentions than this is highlighted only around the visible part of the editor (references still list all). */
const HIGHLIGHTED_WHOLE_UP_TO = 500;

export function registerMentionNavigation(cache: AnalysisCache): vscode.Disposable {
  const navigator = new MentionNavigator(cache);
  return vscode.Disposable.from(
    vscode.languages.registerDocumentHighlightProvider(ARTICLE_SELECTOR, navigator),
    vscode.languages.registerReferenceProvider(ARTICLE_SELECTOR, navigator),
  );
}
