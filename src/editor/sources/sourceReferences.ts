import * as vscode from 'vscode';
import { mentionAt } from '../../analysis';
import type { AnalysisCache } from '../analysisCache';
import { ARTICLE_SELECTOR } from '../documents';
import { isListed } from '../listedPeople';
import type { WorkspaceSources } from './workspaceSources';

/**
 * Find All References on a person's name covers every article of the workspace: the mentions of
 * the same person (merged by name as the Sources view merges them, a surname alone joining the one
 * full name that ends in it, or the one with its title) in the other articles, from their summaries. The open article's own
 * mentions come from the article's provider (`mentions.ts`), so they are not listed twice.
 */
class WorkspaceReferences implements vscode.ReferenceProvider {
  constructor(
    private readonly model: WorkspaceSources,
    private readonly cache: AnalysisCache,
  ) {}

  async provideReferences(document: vscode.TextDocument, position: vscode.Position, _context: vscode.ReferenceContext, token: vscode.CancellationToken): Promise<vscode.Location[]> {
    const analysis = await this.cache.whenAnalysed(document);
    const found = analysis && mentionAt(analysis, document.offsetAt(position));
    if (!found || !isListed(found.person, document)) return [];
    await this.model.ensureBuilt();
    if (token.isCancellationRequested) return [];
    const wanted = this.model.personKey(found.person.name, found.person.title);
    const here = document.uri.toString();
    const locations: vscode.Location[] = [];
    for (const [file, summary] of this.model.files()) {
      if (file === here) continue;
      const uri = vscode.Uri.parse(file, true);
      for (const person of summary.people) {
        if (this.model.personKey(person.name, person.title) !== wanted) continue;
        for (const [, , line, character, endLine, endCharacter] of person.mentions) locations.push(new vscode.Location(uri, new vscode.Range(line, character, endLine, endCharacter)));
      }
    }
    return locations;
  }
}

export function registerSourceReferences(model: WorkspaceSources, cache: AnalysisCache): vscode.Disposable {
  return vscode.languages.registerReferenceProvider(ARTICLE_SELECTOR, new WorkspaceReferences(model, cache));
}
