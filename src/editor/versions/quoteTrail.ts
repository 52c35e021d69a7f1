import * as vscode from 'vscode';
import { findQuoteIn, quotationAt, type QuoteSighting } from '../../analysis';
import { activeArticle } from '../documents';
import { fileName, readArticleText } from './readArticle';
import type { WorkspaceVersionIndex } from './workspaceIndex';

/**
 * "Where Else Is This Quote?": the articles of the workspace that carry a quote's words or a
 * variant of them, in a quick pick that reveals each one. The index holds fingerprints, not
 * texts, so the articles read are those that share index keys with the quote, those related to
 * the open article (its versions and the stories sharing its quotes), and, in a workspace of up
 * to `SEARCH_ALL_UP_TO` articles, all of them.
 */
const SEARCH_ALL_UP_TO = 1000;
/** Quotes longer than this are cut for the pick's labels. */
const LABEL_CHARACTERS = 160;

interface Hit {
  id: string;
  sighting: QuoteSighting;
}

/** What the command found, for its callers (tests, other commands): each sighting's article and range, and the one shown. */
export interface QuoteTrail {
  quote: string;
  found: Array<{ uri: string; start: number; end: number; kind: QuoteSighting['kind'] }>;
  shown?: { uri: string; start: number; end: number };
}

export function registerQuoteTrail(index: WorkspaceVersionIndex): vscode.Disposable {
  return vscode.commands.registerCommand('sourcelens.quoteTrail', (uri?: string, start?: number, end?: number) => quoteTrail(index, uri, start, end));
}

async function quoteTrail(index: WorkspaceVersionIndex, uri?: string, start?: number, end?: number): Promise<QuoteTrail | undefined> {
  const found = await quoteToFollow(uri, start, end);
  if (!found) return undefined;
  const { document, quote } = found;
  await index.ensureBuilt();
  const self = document.uri.toString();
  const related = await index.relatedTo(document).catch(() => []);
  const ids = new Set([...index.articlesSharingWords(quote), ...related.map((match) => match.id), ...(index.size <= SEARCH_ALL_UP_TO ? index.ids() : [])]);
  ids.delete(self);
  const hits = await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: 'Source Lens: looking for the quote', cancellable: true },
    async (progress, token) => {
      const out: Hit[] = [];
      let read = 0;
      for (const id of ids) {
        if (token.isCancellationRequested) break;
        try {
          for (const sighting of findQuoteIn(quote, await readArticleText(vscode.Uri.parse(id, true)))) out.push({ id, sighting });
        } catch {
          // A file gone or no longer text since it was indexed: not a hit.
        }
        progress.report({ increment: 100 / ids.size, message: `${++read} of ${ids.size}` });
        // One article at a time, so the host never waits on a long search.
        await new Promise((resolve) => setImmediate(resolve));
      }
      return out;
    },
  );
  const opening = shorten(quote, 60);
  if (hits.length === 0) {
    void vscode.window.showInformationMessage(`Source Lens: no other article of the ${ids.size.toLocaleString()} searched carries “${opening}”.`);
    return { quote, found: [] };
  }
  hits.sort((x, y) => y.sighting.similarity - x.sighting.similarity || x.id.localeCompare(y.id) || x.sighting.start - y.sighting.start);
  const trail: QuoteTrail = { quote, found: hits.map(({ id, sighting }) => ({ uri: id, start: sighting.start, end: sighting.end, kind: sighting.kind })) };
  const picked = await vscode.window.showQuickPick(
    hits.map((hit) => ({
      label: `$(${hit.sighting.kind === 'same' ? 'quote' : 'diff-modified'}) ${fileName(vscode.Uri.parse(hit.id, true))}`,
      description: hit.sighting.kind === 'same' ? 'same words' : `worded differently · ${Math.round(hit.sighting.similarity * 100)}% alike`,
      detail: markedQuote(hit.sighting),
      hit,
    })),
    { title: `Where else is “${opening}”? ${hits.length} found`, placeHolder: 'Choose one to show it; ‹words› differ from the quote here, [−words] are left out', matchOnDescription: true, matchOnDetail: true },
  );
  if (picked) {
    await vscode.commands.executeCommand('sourcelens.revealRange', picked.hit.id, picked.hit.sighting.start, picked.hit.sighting.end);
    trail.shown = { uri: picked.hit.id, start: picked.hit.sighting.start, end: picked.hit.sighting.end };
  }
  return trail;
}

/** The quote asked about: a span given by the hover's link, else the selection, else the quotation at the cursor. */
async function quoteToFollow(uri?: string, start?: number, end?: number): Promise<{ document: vscode.TextDocument; quote: string } | undefined> {
  if (typeof uri === 'string' && typeof start === 'number' && typeof end === 'number') {
    const document = await vscode.workspace.openTextDocument(vscode.Uri.parse(uri, true));
    return { document, quote: document.getText().slice(start, end) };
  }
  const document = activeArticle('put the cursor in a quotation');
  const editor = vscode.window.activeTextEditor;
  if (!document || !editor) return undefined;
  const selected = editor.selection.isEmpty ? '' : document.getText(editor.selection);
  const quote = selected.trim() || quotationAt(document.getText(), document.offsetAt(editor.selection.active))?.text;
  if (!quote) {
    void vscode.window.showInformationMessage('Source Lens: put the cursor in a quotation, or select the words to look for.');
    return undefined;
  }
  return { document, quote };
}

/** The quote as this article words it, its differing words in ‹ › and the words it leaves out after [−]. */
function markedQuote(sighting: QuoteSighting): string {
  let marked = '';
  let at = sighting.start;
  const left: string[] = [];
  for (const change of sighting.changes) {
    if (!change.b) {
      if (change.a) left.push(change.a.text);
      continue;
    }
    marked += `${sighting.text.slice(at - sighting.start, change.b.start - sighting.start)}‹${change.b.text}›`;
    at = change.b.end;
  }
  marked += sighting.text.slice(at - sighting.start);
  return shorten(marked, LABEL_CHARACTERS) + left.map((words) => ` [−${shorten(words, 40)}]`).join('');
}

function shorten(text: string, length: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > length ? `${flat.slice(0, length - 1)}…` : flat;
}
