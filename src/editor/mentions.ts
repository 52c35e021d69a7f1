import * as vscode from 'vscode';
import { mentionAt } from '../analysis';
import { isListed } from './listedPeople';
import type { AnalysisCache } from './analysisCache';
import { ARTICLE_SELECTOR, toRange } from './documents';

/** Every mention of the person under the cursor: highlighted in place and listed by Find All References. */
class MentionNavigator implements vscode.DocumentHighlightProvider, vscode.ReferenceProvider {
  constructor(private readonly cache: AnalysisCache) {}

  provideDocumentHighlights(document: vscode.TextDocument, position: vscode.Position): vscode.DocumentHighlight[] {
    return this.mentionRanges(document, position).map((range) => new vscode.DocumentHighlight(range, vscode.DocumentHighlightKind.Text));
  }

  provideReferences(document: vscode.TextDocument, position: vscode.Position): vscode.Location[] {
    return this.mentionRanges(document, position).map((range) => new vscode.Location(document.uri, range));
  }

  private mentionRanges(document: vscode.TextDocument, position: vscode.Position): vscode.Range[] {
    const analysis = this.cache.get(document);
    const found = analysis && mentionAt(analysis, document.offsetAt(position));
    // Credited people (bylines, picture credits) are not highlighted through the story.
    if (!found || !isListed(found.person, document)) return [];
    return found.person.mentions.map((mention) => toRange(document, mention.start, mention.end));
  }
}

export function registerMentionNavigation(cache: AnalysisCache): vscode.Disposable {
  const navigator = new MentionNavigator(cache);
  return vscode.Disposable.from(
    vscode.languages.registerDocumentHighlightProvider(ARTICLE_SELECTOR, navigator),
    vscode.languages.registerReferenceProvider(ARTICLE_SELECTOR, navigator),
  );
}
