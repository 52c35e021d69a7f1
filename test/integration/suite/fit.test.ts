// Source Lens where people work: switched off per language, and the article's figures in the language status.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { analyzeArticle, storyPeople } from '../../../src/analysis';
import type { SourceLensApi } from '../../../src/extension';
import { BRITISH_SEED, getExtension, hoverText, SAMPLE_FILE, sleep, waitFor } from './helpers';

/**
 * A short news story in Markdown, written for this test in the shape of wire copy as it is
 * pasted into notes: a heading, a byline, a dateline, two attributed quotes and one without a source.
 */
const MARKDOWN_STORY = `# Harbour town votes to rebuild sea wall after winter floods

*By Maria Lindqvist*

GOTHENBURG, March 4 (Nordic Wire) - Councillors in the harbour town of Varberg voted on Monday to rebuild the sea wall that failed during January's storms, Mayor Erik Johansson said.

"We will not ask families to bail out their kitchens again," Johansson told reporters after the vote.

The council's engineers said the new wall would stand a metre higher than the old one.

"The money is there, and the work starts in May."

Opposition leader Karin Holm said the plan came too late. "Two winters were lost arguing," she said.
`;

suite('Fits where people work', () => {
  let api: SourceLensApi;
  const markdownConfig = () => vscode.workspace.getConfiguration('sourcelens', { languageId: 'markdown' });

  suiteSetup(async () => {
    api = (await getExtension().activate()) as SourceLensApi;
  });

  suiteTeardown(async () => {
    // Editors closed first: a redraw for the setting must not race their closing.
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await markdownConfig().update('enable', undefined, vscode.ConfigurationTarget.Global, true);
  });

  test('"[markdown]": sourcelens.enable false leaves a Markdown story bare, and true brings everything back', async () => {
    const document = await vscode.workspace.openTextDocument({ language: 'markdown', content: MARKDOWN_STORY });
    await vscode.window.showTextDocument(document);
    const problems = () => vscode.languages.getDiagnostics(document.uri).filter((d) => d.source === 'Source Lens');
    const hoverAt = async (needle: string) => hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, document.positionAt(document.getText().indexOf(needle) + 2)));

    // Switched on (the default): marks, a problem for the quote without a source, a card.
    await waitFor('quotes drawn in the Markdown story', () => api.drawnQuotes(document.uri).length === 3);
    await waitFor('a problem for the quote without a source', () => problems().length === 1, () => `problems: ${problems().map((d) => d.message).join(' | ')}`);
    assert.match(await hoverAt('Karin Holm'), /Karin Holm/);
    assert.equal(api.articleStatus(), '2 people · 3 quotes · 1 without source');

    await markdownConfig().update('enable', false, vscode.ConfigurationTarget.Global, true);
    await waitFor('the marks cleared', () => api.drawnQuotes(document.uri).length === 0);
    await waitFor('the problems cleared', () => problems().length === 0);
    assert.equal(await hoverAt('Karin Holm'), '');
    assert.match(api.articleStatus(), /Source Lens off/);
    // Still nothing a moment later: no late analysis draws them again.
    await sleep(800);
    assert.equal(api.drawnQuotes(document.uri).length, 0);
    assert.equal(problems().length, 0);

    await markdownConfig().update('enable', undefined, vscode.ConfigurationTarget.Global, true);
    await waitFor('the marks back', () => api.drawnQuotes(document.uri).length === 3);
    await waitFor('the problem back', () => problems().length === 1);
  });

  test('a plain-text seed is untouched by the Markdown switch, and its status counts its people and quotes', async () => {
    await markdownConfig().update('enable', false, vscode.ConfigurationTarget.Global, true);
    // Let the redraw for the setting end before the editor changes (a redraw racing a closing editor is VS Code's "Illegal argument").
    await sleep(300);
    try {
      const folder = vscode.workspace.workspaceFolders![0];
      const document = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(folder.uri, SAMPLE_FILE));
      await vscode.window.showTextDocument(document);
      const analysis = analyzeArticle(document.getText());
      const people = storyPeople(analysis).length;
      const status = await waitFor('the status item on the seed', () => (api.articleStatus().startsWith(`${people} people · `) ? api.articleStatus() : undefined), () => `status: ${api.articleStatus()}`);
      assert.match(status, new RegExp(`^${people} people · ${analysis.quotes.length} quotes( · \\d+ without source)?$`));
      await waitFor('quotes drawn in the plain-text seed', () => api.drawnQuotes(document.uri).length > 0);
    } finally {
      await markdownConfig().update('enable', undefined, vscode.ConfigurationTarget.Global, true);
      await sleep(300);
    }
  });

  test('files.exclude keeps a file out of the Versions index at once, and taking it back re-indexes it', async () => {
    const folder = vscode.workspace.workspaceFolders![0];
    const document = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(folder.uri, SAMPLE_FILE));
    const british = (matches: Array<{ uri: vscode.Uri }>) => matches.some((match) => match.uri.path.endsWith(BRITISH_SEED));
    assert.ok(british(await api.siblingsOf(document)), 'the two seeds should start as versions of each other');
    const files = vscode.workspace.getConfiguration('files');
    const before = files.inspect<Record<string, boolean>>('exclude')?.globalValue;
    await files.update('exclude', { ...before, [`**/${BRITISH_SEED}`]: true }, vscode.ConfigurationTarget.Global);
    try {
      await waitFor('the British seed gone from the index', async () => !british(await api.siblingsOf(document)));
    } finally {
      await files.update('exclude', before, vscode.ConfigurationTarget.Global);
    }
    await waitFor('the British seed back in the index', async () => british(await api.siblingsOf(document)));
  });

  test('sourcelens.enable off for plain text keeps .txt files out of the Versions index until it is on again', async () => {
    const folder = vscode.workspace.workspaceFolders![0];
    const document = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(folder.uri, SAMPLE_FILE));
    const british = (matches: Array<{ uri: vscode.Uri }>) => matches.some((match) => match.uri.path.endsWith(BRITISH_SEED));
    const plainText = () => vscode.workspace.getConfiguration('sourcelens', { languageId: 'plaintext' });
    await plainText().update('enable', false, vscode.ConfigurationTarget.Global, true);
    try {
      await waitFor('the seeds gone from the index', async () => !british(await api.siblingsOf(document)));
    } finally {
      await plainText().update('enable', undefined, vscode.ConfigurationTarget.Global, true);
    }
    await waitFor('the seeds back in the index', async () => british(await api.siblingsOf(document)));
  });
});
