// Source Lens where people work: switched off per language, and the article's figures in the language status.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import JSZip from 'jszip';
import * as vscode from 'vscode';
import { analyzeArticle, storyPeople } from '../../../src/analysis';
import type { ArticleNode } from '../../../src/editor/articleView';
import type { SourceLensApi } from '../../../src/extension';
import { BRITISH_SEED, getExtension, openUnsaved, hoverText, SAMPLE_FILE, sleep, waitFor } from './helpers';

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

/**
 * A plain-text story written for this test in the shape of regional agency copy: a headline, a
 * dateline, an attributed quote, a quote left open by a typing slip, and one without a source.
 */
const OPEN_QUOTE_STORY = `Library reopens after roof repairs

DUNDEE, May 12 (Tay News) - The city's central library reopened on Friday after eight months of repairs, council officials said.

"The reading room is back, and the children's floor is bigger than before," chief librarian Fiona Baird said at the door.

The council's budget papers put the cost of the work at just over 2 million pounds.

"We expected the roof to last another twenty years.

Borrowing figures will be published in the autumn.

"Nobody warned us about the gutters."
`;

/** A saved web page of an article's paragraphs (what a browser's "Save page" keeps, trimmed): site navigation, the story, a footer. */
function savedPage(article: string): string {
  const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const [headline, ...paragraphs] = article.split(/\n\s*\n/).map((paragraph) => paragraph.trim()).filter(Boolean);
  return `<!doctype html><html><head><meta charset="utf-8"><title>${escape(headline)} | Tay News</title></head><body>
<nav><a href="/">Home</a> <a href="/local">Local</a> <a href="/sport">Sport</a></nav>
<article><h1>${escape(headline)}</h1>${paragraphs.map((paragraph) => `<p>${escape(paragraph)}</p>`).join('\n')}</article>
<footer><p>Sign up for our newsletter. All rights reserved.</p></footer></body></html>`;
}

/** A minimal Word file of plain paragraphs (the parts mammoth needs). */
async function wordFile(paragraphs: string[]): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file('[Content_Types].xml', '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>');
  zip.file('_rels/.rels', '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>');
  const body = paragraphs.map((text) => `<w:p><w:r><w:t xml:space="preserve">${text.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</w:t></w:r></w:p>`).join('');
  zip.file('word/document.xml', `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`);
  return zip.generateAsync({ type: 'uint8array' });
}

/**
 * A new unsaved document takes the name of one just closed ("Untitled-1"): the closed one must be
 * gone from the extension host first, else VS Code hands the new one the old text under that name.
 */
/** Written for this test: one quotation, one scare quote, one title. */
const MARKED_WORDS_STORY = `Harbour bridge reopens

PORT ELLIS, May 3 (Harbour Wire) - The "temporary" footbridge over the harbour reopened on Friday after repairs.

"We are glad to have it back," harbourmaster Ruth Calder said at the opening.

The bridge appears in the television drama "Harbour Lights".
`;

async function closeUnsavedDocuments(): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  await waitFor('no unsaved documents left', () => !vscode.workspace.textDocuments.some((document) => document.uri.scheme === 'untitled' && !document.isClosed));
}

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
    const document = await openUnsaved(MARKDOWN_STORY, 'md');
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
      assert.match(status, new RegExp(`^${people} people · ${analysis.quotes.filter((quote) => quote.kind === 'quotation').length} quotes( · \\d+ without source)?$`));
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
  test('quick fixes: the missing closing mark is inserted, and a problem dismissed in this workspace stays away until shown again', async () => {
    await closeUnsavedDocuments();
    const document = await openUnsaved(OPEN_QUOTE_STORY);
    await vscode.window.showTextDocument(document);
    const problems = (code: string) => vscode.languages.getDiagnostics(document.uri).filter((d) => d.source === 'Source Lens' && d.code === code);
    const actionsFor = async (diagnostic: vscode.Diagnostic) => (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, diagnostic.range)) ?? [];

    const [open] = await waitFor('the unclosed-quote problem', () => (problems('unclosed-quote').length === 1 ? problems('unclosed-quote') : undefined));
    const insert = (await actionsFor(open)).find((action) => action.title.startsWith('Insert the closing quotation mark'));
    assert.ok(insert?.edit, 'a quick fix inserting the closing mark');
    assert.ok(await vscode.workspace.applyEdit(insert.edit));
    assert.match(document.getText(), /another twenty years\."\n\nBorrowing/);
    await waitFor('the unclosed-quote problem gone', () => problems('unclosed-quote').length === 0);

    const [unsourced] = await waitFor('the problem for the quote without a source', () => (problems('quote-without-speaker').length >= 1 ? problems('quote-without-speaker') : undefined));
    const count = problems('quote-without-speaker').length;
    const dismiss = (await actionsFor(unsourced)).find((action) => action.title.startsWith('Dismiss'));
    assert.ok(dismiss?.command, 'a quick fix dismissing the problem');
    await vscode.commands.executeCommand(dismiss.command.command, ...(dismiss.command.arguments ?? []));
    await waitFor('the dismissed problem gone', () => problems('quote-without-speaker').length === count - 1);
    // An edit elsewhere re-analyses the article; the dismissal holds.
    const edit = new vscode.WorkspaceEdit();
    edit.insert(document.uri, new vscode.Position(0, 0), 'UPDATED: ');
    await vscode.workspace.applyEdit(edit);
    await sleep(800);
    assert.equal(problems('quote-without-speaker').length, count - 1);

    await vscode.commands.executeCommand('sourcelens.restoreDismissedProblems');
    await waitFor('the problem shown again', () => problems('quote-without-speaker').length === count);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  test('scare quotes, terms and titles are drawn faintly, carded as what they are and listed apart, and hidden by the setting', async () => {
    await closeUnsavedDocuments();
    const document = await openUnsaved(MARKED_WORDS_STORY);
    await vscode.window.showTextDocument(document);
    const quotation = 'We are glad to have it back,';
    const styleOf = (words: string) => api.drawnQuotes(document.uri).find((quote) => document.getText(quote.range) === words)?.style;
    const hoverAt = async (words: string) => hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, document.positionAt(document.getText().indexOf(words) + 2)));
    const config = vscode.workspace.getConfiguration('sourcelens.quotes');
    try {
      await waitFor('the quotes drawn', () => styleOf(quotation) !== undefined && styleOf('temporary') !== undefined);
      assert.equal(styleOf('temporary'), 'marked words');
      assert.equal(styleOf('Harbour Lights'), 'marked words');
      assert.equal(styleOf(quotation), 'full');
      // Counted as what they are: one person, one quotation.
      assert.equal(api.articleStatus(), '1 person · 1 quote');
      assert.match(await hoverAt('temporary'), /Scare quote — \*not a quotation\*/);
      assert.match(await hoverAt('Harbour Lights'), /Title — \*not a quotation\*/);
      assert.match(await hoverAt(quotation), /Ruth Calder/);

      await vscode.commands.executeCommand('sourcelens.article.focus');
      const label = (item: vscode.TreeItem) => (typeof item.label === 'string' ? item.label : item.label?.label ?? '');
      const groupOf = (pattern: RegExp) => api.articleGroups().find((group) => pattern.test(label(group.item)));
      const marked = await waitFor('the Article view\'s group of marked words', () => groupOf(/^Scare quotes, terms and titles/));
      assert.equal(label(marked.item), 'Scare quotes, terms and titles (2)');
      assert.deepEqual(marked.children.map((item) => item.description), ['scare quote', 'title']);
      assert.equal(label(groupOf(/^Quotes/)!.item), 'Quotes (1)');
      assert.deepEqual(api.articleQuotes().map(({ item }) => item.description), ['Ruth Calder']);

      await config.update('markedWords', 'hidden', vscode.ConfigurationTarget.Global);
      await waitFor('the marked words no longer drawn', () => styleOf('temporary') === undefined && styleOf('Harbour Lights') === undefined && styleOf(quotation) === 'full');
      assert.equal(await hoverAt('temporary'), '');
      await waitFor('the Article view without marked words', () => groupOf(/^Quotes/) !== undefined && groupOf(/^Scare quotes/) === undefined);
    } finally {
      await config.update('markedWords', undefined, vscode.ConfigurationTarget.Global);
      await vscode.window.showTextDocument(document);
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    }
  });

  test('the Article view\'s menus: copy a quote with its source, reveal a quote, look up a person', async () => {
    await closeUnsavedDocuments();
    const document = await openUnsaved(OPEN_QUOTE_STORY);
    await vscode.window.showTextDocument(document);
    await waitFor('quotes drawn', () => api.drawnQuotes(document.uri).length > 0);
    const analysis = analyzeArticle(document.getText());
    const quote = analysis.quotes.find((candidate) => candidate.text.startsWith('The reading room'));
    assert.ok(quote);
    // The menu commands get the item's node, as VS Code passes it from the view.
    const quoteNode: ArticleNode = { kind: 'quote', analysis, quote };
    await vscode.commands.executeCommand('sourcelens.copyQuoteWithSource', quoteNode);
    assert.equal(await vscode.env.clipboard.readText(), '“The reading room is back, and the children\'s floor is bigger than before” — Fiona Baird, librarian');

    // Reveal from the view: the focus leaves the editor, then comes back with the quote selected.
    vscode.window.activeTextEditor!.selection = new vscode.Selection(0, 0, 0, 0);
    await vscode.commands.executeCommand('sourcelens.article.focus');
    await vscode.commands.executeCommand('sourcelens.revealInArticle', quoteNode);
    await waitFor('the quote selected', () => {
      const editor = vscode.window.activeTextEditor;
      return editor?.document === document && editor.document.getText(editor.selection) === quote.text;
    });

    const manifest = getExtension().packageJSON as { contributes: { menus: Record<string, Array<{ command: string; when?: string }>> } };
    const contextMenu = manifest.contributes.menus['view/item/context'];
    const whenFor = (command: string) => contextMenu.filter((item) => item.command === command).map((item) => item.when ?? '');
    assert.ok(whenFor('sourcelens.lookUpPersonInView').some((when) => when.includes('viewItem == sourcelens:person')));
    assert.ok(whenFor('sourcelens.copyQuoteWithSource').some((when) => when.includes('viewItem == sourcelens:quote')));
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });
  test('the walkthrough opens, and its first step opens the sample as an unsaved News Article with quotes marked', async () => {
    await closeUnsavedDocuments();
    await vscode.commands.executeCommand('workbench.action.openWalkthrough', `${getExtension().id}#gettingStarted`, false);
    const walkthroughTab = await waitFor('the walkthrough tab', () => {
      const label = vscode.window.tabGroups.activeTabGroup.activeTab?.label;
      return label && /Welcome|Walkthrough|Source Lens/i.test(label) ? label : undefined;
    }, () => `active tab: ${vscode.window.tabGroups.activeTabGroup.activeTab?.label}`);
    assert.ok(walkthroughTab);
    const editor = await vscode.commands.executeCommand<vscode.TextEditor>('sourcelens.openSample');
    assert.equal(editor.document.languageId, 'news-article');
    assert.equal(editor.document.uri.scheme, 'untitled');
    const sample = fs.readFileSync(path.join(getExtension().extensionPath, 'samples', 'harbour-ferry.article'), 'utf8');
    assert.equal(editor.document.getText(), sample);
    await waitFor('the sample\'s quotes drawn', () => api.drawnQuotes(editor.document.uri).length >= 5, () => `${editor.document.uri.toString()} v${editor.document.version} (${editor.document.getText().length} characters${editor.document.isClosed ? ', closed' : ''}): ${api.drawnQuotes(editor.document.uri).length} drawn; visible: ${vscode.window.visibleTextEditors.map((e) => e.document.uri.toString()).join(', ')}`);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    // A closed unsaved document's name goes to the next one: nothing drawn is reported for it.
    await waitFor('the closed sample\'s quotes forgotten', () => editor.document.isClosed && api.drawnQuotes(editor.document.uri).length === 0);
  });
  test('Open as Article shows a saved web page and a Word file as read-only article text with quotes marked', async () => {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'sourcelens-open-as-article-'));
    const page = path.join(folder, 'library.html');
    fs.writeFileSync(page, savedPage(OPEN_QUOTE_STORY));
    const word = path.join(folder, 'library.docx');
    fs.writeFileSync(word, await wordFile(OPEN_QUOTE_STORY.split(/\n\s*\n/).map((paragraph) => paragraph.trim())));
    try {
      for (const file of [page, word]) {
        const editor = await vscode.commands.executeCommand<vscode.TextEditor>('sourcelens.openAsArticle', vscode.Uri.file(file));
        assert.equal(editor.document.uri.scheme, 'sourcelens-article');
        assert.equal(editor.document.languageId, 'news-article');
        const text = editor.document.getText();
        assert.match(text, /chief librarian Fiona Baird said/, file);
        assert.ok(!/<p>|Sign up for our newsletter/.test(text), `${file}: markup or furniture left in`);
        await waitFor(`quotes drawn in ${path.basename(file)}`, () => api.drawnQuotes(editor.document.uri).length >= 3);
        assert.match(api.articleStatus(), /^\d+ (person|people) · \d+ quotes/);
        // Read-only: the quick fix for the open quote offers only to dismiss.
        const [open] = await waitFor('the open-quote problem', () => {
          const found = vscode.languages.getDiagnostics(editor.document.uri).filter((d) => d.code === 'unclosed-quote');
          return found.length ? found : undefined;
        });
        const actions = (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', editor.document.uri, open.range)) ?? [];
        assert.ok(actions.some((action) => action.title.startsWith('Dismiss')));
        assert.ok(!actions.some((action) => action.title.startsWith('Insert the closing')), actions.map((action) => action.title).join(' | '));
        await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
      }
    } finally {
      fs.rmSync(folder, { recursive: true, force: true });
    }
  });

  test('with html in sourcelens.versions.include, a saved web page of a seed is indexed as its version', async () => {
    const folder = vscode.workspace.workspaceFolders![0];
    const seed = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(folder.uri, SAMPLE_FILE));
    const pageDir = path.join(folder.uri.fsPath, 'fit-test-pages');
    fs.mkdirSync(pageDir, { recursive: true });
    fs.writeFileSync(path.join(pageDir, 'seed-as-page.html'), savedPage(seed.getText()));
    const config = vscode.workspace.getConfiguration('sourcelens.versions');
    const page = (matches: Array<{ uri: vscode.Uri }>) => matches.some((match) => match.uri.path.endsWith('seed-as-page.html'));
    try {
      await config.update('include', '**/*.{txt,md,markdown,story,article,html,htm,docx}', vscode.ConfigurationTarget.Global);
      await waitFor('the web page among the seed\'s versions', async () => page(await api.siblingsOf(seed)), undefined, 20_000);
      // Compared as its article text too, never its markup.
      const pageUri = vscode.Uri.file(path.join(pageDir, 'seed-as-page.html'));
      await vscode.commands.executeCommand('sourcelens.compareIgnoringStyle', { current: seed.uri.toString(), sibling: pageUri.toString() });
      const comparison = await waitFor('the style-blind comparison with the page', () => vscode.workspace.textDocuments.find((d) => d.uri.scheme === 'sourcelens-compare' && d.uri.toString().includes('seed-as-page')));
      assert.ok(!/<p>|<nav>|Sign up for our newsletter/.test(comparison.getText()), comparison.getText().slice(0, 300));
      assert.ok(comparison.getText().includes('Blinken'));
      await sleep(500);
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      // A place in the page (a version's difference, a quote found there) is revealed in its article text.
      const articleText = (await vscode.workspace.openTextDocument(vscode.Uri.from({ scheme: 'sourcelens-article', path: `${pageUri.path}.article`, query: pageUri.toString() }))).getText();
      const at = articleText.indexOf('Blinken');
      await vscode.commands.executeCommand('sourcelens.revealRange', pageUri.toString(), at, at + 'Blinken'.length);
      const revealed = await waitFor('the page revealed', () => {
        const editor = vscode.window.activeTextEditor;
        return editor?.document.uri.scheme === 'sourcelens-article' ? editor : undefined;
      });
      assert.equal(revealed.document.getText(revealed.selection), 'Blinken');
      await sleep(500);
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      // The plain diff shows the page's article text (Open as Article) beside the seed.
      await vscode.commands.executeCommand('sourcelens.compareVersions', seed.uri.toString(), pageUri.toString());
      const diff = await waitFor('a diff with the page', () => {
        const input = vscode.window.tabGroups.activeTabGroup.activeTab?.input;
        return input instanceof vscode.TabInputTextDiff ? input : undefined;
      });
      assert.equal(diff.modified.scheme, 'sourcelens-article');
      // Closed once its marks are drawn: closing while they are on the way is VS Code's "Illegal argument" in the log.
      await waitFor('the page\'s article text analysed', () => api.drawnQuotes(diff.modified).length > 0);
      await sleep(500);
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    } finally {
      await config.update('include', undefined, vscode.ConfigurationTarget.Global);
      fs.rmSync(pageDir, { recursive: true, force: true });
    }
    await waitFor('the web page gone again', async () => !page(await api.siblingsOf(seed)));
  });
  test('in Restricted Mode (an untrusted folder) hovers, marks and the Versions index work, and the folder\'s look-up address is ignored', async function () {
    // Only the runner's --restricted run opens an untrusted folder (with the look-up address set in its settings).
    if (process.env.SOURCELENS_TEST_RESTRICTED !== '1') return this.skip();
    assert.equal(vscode.workspace.isTrusted, false, 'the folder should be open in Restricted Mode');
    const folder = vscode.workspace.workspaceFolders![0];
    const folderSettings = new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(folder.uri, '.vscode', 'settings.json')));
    assert.match(folderSettings, /names\.example\.invalid/, 'the folder\'s settings should carry the address');
    assert.equal(api.lookUpAddress('Fiona Baird'), 'https://en.wikipedia.org/w/index.php?search=Fiona%20Baird');

    const document = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(folder.uri, SAMPLE_FILE));
    await vscode.window.showTextDocument(document);
    await waitFor('quotes drawn in the untrusted folder', () => api.drawnQuotes(document.uri).length > 0);
    const person = storyPeople(analyzeArticle(document.getText()))[0];
    const mention = person.mentions[0];
    const hover = hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, document.positionAt(mention.start + 1)));
    assert.ok(hover.includes(person.name), hover.slice(0, 200));
    const british = (matches: Array<{ uri: vscode.Uri }>) => matches.some((match) => match.uri.path.endsWith(BRITISH_SEED));
    assert.ok(british(await api.siblingsOf(document)), 'the Versions index works in Restricted Mode');
  });
});
