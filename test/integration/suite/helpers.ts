// Shared by the integration test modules: finding the extension, waiting for debounced results.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';

export const EXTENSION_ID = 'sourcelens.sourcelens';
/** The US seed; the British one is its other version. */
export const SAMPLE_FILE = '000_2b7d7f5e5426fd49.txt';
export const BRITISH_SEED = '001_2685f8e38a54437a.txt';

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Polls until `probe` returns a truthy value. Analysis is debounced, so results appear a
 * little after a document opens; polling keeps the tests fast without fixed sleeps.
 * `describe` is called on timeout to say what was last seen.
 */
export async function waitFor<T>(what: string, probe: () => T | undefined | Promise<T | undefined>, describe?: () => string, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  for (;;) {
    try {
      const value = await probe();
      if (value) return value;
    } catch (error) {
      lastError = error;
    }
    if (Date.now() > deadline) {
      const details = [describe?.(), lastError ? `last error: ${String(lastError)}` : undefined].filter(Boolean).join('; ');
      throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}${details ? ` (${details})` : ''}`);
    }
    await sleep(100);
  }
}

export function getExtension(): vscode.Extension<unknown> {
  const extension = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(extension, `extension ${EXTENSION_ID} is not installed in this VS Code`);
  return extension;
}

export function hoverText(hovers: readonly vscode.Hover[] | undefined): string {
  return (hovers ?? [])
    .flatMap((hover) => hover.contents)
    .map((content) => (typeof content === 'string' ? content : content.value))
    .join('\n');
}

/** Timings seen while testing (milliseconds), reported by the runner and read by `npm run bench`. Never asserted. */
export const timings: Record<string, number | number[]> = {};

let unsavedDocuments = 0;

/**
 * A new unsaved document holding `content`, under a name no document has had in this run (the
 * extension after the dot gives its language). VS Code 1.139 has handed back an unnamed document
 * just closed, with its old text, for a new one opened with content (CI, twice).
 */
export async function openUnsaved(content: string, extension = 'txt'): Promise<vscode.TextDocument> {
  const document = await vscode.workspace.openTextDocument(vscode.Uri.from({ scheme: 'untitled', path: `sourcelens-test-${++unsavedDocuments}.${extension}` }));
  const edit = new vscode.WorkspaceEdit();
  edit.insert(document.uri, new vscode.Position(0, 0), content);
  assert.ok(await vscode.workspace.applyEdit(edit), `could not type into ${document.uri.toString()}`);
  assert.equal(document.getText(), content, `${document.uri.toString()} holds other text`);
  return document;
}
