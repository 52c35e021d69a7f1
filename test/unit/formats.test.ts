import assert from 'node:assert/strict';
import JSZip from 'jszip';
import { analyzeArticle } from '../../src/analysis';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runAnalyze } from '../../src/cli/analyzeCommand';
import { articleFormat, articleFromBytes } from '../../src/formats';

// A news page of our own writing, saved from a site: navigation, headline, byline, a captioned
// photo, the story, a newsletter prompt and a footer.
const PAGE = `<!doctype html><html><head><meta charset="utf-8"><title>Ferry cuts shelved | Harbour Times</title></head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li></ul></nav>
<header><h1>Ferry cuts shelved after protest</h1><p class="byline">By Dana Whitfield</p></header>
<article>
<p>HARBOUR CITY (AP) — Mayor Lena Ortiz said on Tuesday the ferry plan would not cut routes after hundreds of commuters protested outside city hall for the second week running.</p>
<figure><img src="terminal.jpg" alt=""><figcaption>Commuters wait at the terminal. (Photo: Sam Reyes)</figcaption></figure>
<p>"We will not cut a single route," Ortiz said. "The money is there, and it will stay there for as long as I am in this office."</p>
<p>The council had proposed cutting three of the eleven routes to close a budget gap of $4 million, a plan that drew anger from island residents who depend on the boats every day.</p>
</article>
<aside><p>Never miss a story. Sign up for our morning newsletter.</p></aside>
<footer><p>© 2024 Harbour Times. All rights reserved.</p></footer></body></html>`;

/** A minimal .docx: the parts Word needs for a document of plain paragraphs. */
async function docx(paragraphs: string[]): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file('[Content_Types].xml', '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>');
  zip.file('_rels/.rels', '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>');
  const escape = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const body = paragraphs.map((text) => `<w:p><w:r><w:t xml:space="preserve">${escape(text)}</w:t></w:r></w:p>`).join('');
  zip.file('word/document.xml', `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`);
  return zip.generateAsync({ type: 'uint8array' });
}

describe('article formats', () => {
  it('knows web pages and Word files by their extension', () => {
    assert.deepEqual(['a.html', 'b.HTM', 'c.docx', 'd.txt', 'e.md'].map(articleFormat), ['html', 'html', 'docx', 'text', 'text']);
  });

  it('reads the story of a saved web page without its navigation, prompts and footer', async () => {
    const read = await articleFromBytes('page.html', new TextEncoder().encode(PAGE));
    assert.ok(read.ok);
    assert.equal(read.format, 'html');
    assert.match(read.text, /^Ferry cuts shelved after protest\n\nBy Dana Whitfield\n\nHARBOUR CITY \(AP\)/);
    for (const furniture of ['Home', 'Sign up', 'All rights reserved']) assert.ok(!read.text.includes(furniture), furniture);
    const analysis = analyzeArticle(read.text);
    assert.equal(analysis.metadata.dateline?.agency, 'AP');
    const ortiz = analysis.people.find((person) => person.name === 'Lena Ortiz');
    assert.ok(ortiz);
    assert.deepEqual(analysis.quotes.map((quote) => quote.speakerId), [ortiz.id, ortiz.id]);
    assert.deepEqual(analysis.people.filter((person) => person.credit).map((person) => [person.name, person.credit]), [['Dana Whitfield', 'byline'], ['Sam Reyes', 'photo']]);
  });

  it('reads a Word file paragraph by paragraph', async () => {
    const bytes = await docx(['Ferry cuts shelved', 'HARBOUR CITY — Mayor Lena Ortiz kept every route.', '"Not one route goes," Ortiz said.']);
    const read = await articleFromBytes('story.docx', bytes);
    assert.deepEqual(read, { ok: true, format: 'docx', text: 'Ferry cuts shelved\n\nHARBOUR CITY — Mayor Lena Ortiz kept every route.\n\n"Not one route goes," Ortiz said.\n' });
  });

  it('says why a file named .docx cannot be read', async () => {
    const read = await articleFromBytes('story.docx', new TextEncoder().encode('not a zip'));
    assert.equal(read.ok, false);
    assert.match(read.ok ? '' : read.reason, /^not a readable Word file/);
  });

  it('the CLI finds web pages and Word files in a folder and gives the converted text its offsets refer to', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'sourcelens-formats-'));
    writeFileSync(join(folder, 'page.html'), PAGE);
    writeFileSync(join(folder, 'story.docx'), await docx(['"Not one route goes," Mayor Lena Ortiz said.']));
    let json = '';
    assert.equal(await runAnalyze([folder], { format: 'json' }, (text) => (json += text)), 0);
    const documents = JSON.parse(json).documents as Array<{ format: string; text: string; quotes: Array<{ start: number; end: number; text: string }> }>;
    assert.deepEqual(documents.map((document) => document.format), ['html', 'docx']);
    for (const document of documents) {
      assert.ok(document.quotes.length > 0);
      for (const quote of document.quotes) assert.equal(document.text.slice(quote.start, quote.end), quote.text);
    }
  });
});
