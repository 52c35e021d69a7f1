import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeArticle } from '../../src/analysis';
import { looksLikeNews, reportableQuotes } from '../../src/analysis/query';
import { blankMarkdown } from '../../src/analysis/text/markdown';

// A story of our own, as a newsroom CMS exports it to Markdown.
const STORY = [
  '---',
  'title: "Ferry cuts shelved"',
  'author: "Desk"',
  '---',
  '',
  '# Ferry cuts shelved after protest',
  '',
  '<!-- editor: check the figures -->',
  'HARBOUR CITY — **Mayor Lena Ortiz** said on Tuesday the [ferry plan](https://example.org/plan "The plan") would not cut routes.',
  '',
  '"We will not cut a single route," _Ortiz_ said.',
  '',
  '[1]: https://example.org/plan',
].join('\n');

describe('Markdown', () => {
  it('blanks front matter, fences, inline code, comments, tags, link targets and emphasis, keeping every offset', () => {
    const text = '---\nkey: "a"\n---\nSee `npm "run"` and <b>this</b> [link](http://x.org/"a") **bold**.\n```sh\necho "hi"\n```\nEnd.';
    const blanked = blankMarkdown(text);
    assert.equal(blanked.length, text.length);
    assert.deepEqual([...blanked].flatMap((c, i) => (c === '\n' ? [i] : [])), [...text].flatMap((c, i) => (c === '\n' ? [i] : [])));
    assert.equal(blanked.replace(/\s+/g, ' ').trim(), 'See and this [link] bold . End.');
  });

  it('leaves a fence open to the end blanked, and text after a closed one alone', () => {
    assert.equal(blankMarkdown('A.\n~~~\n"x" he said').trim(), 'A.');
    assert.equal(blankMarkdown('```\ncode\n```\n"Yes," she said.').trim(), '"Yes," she said.');
  });

  it('finds the same people and quotes in a story written in Markdown, with the words as written', () => {
    const analysis = analyzeArticle(STORY, { markdown: true });
    const ortiz = analysis.people.find((person) => person.name === 'Lena Ortiz');
    assert.ok(ortiz, JSON.stringify(analysis.people.map((person) => person.name)));
    assert.equal(ortiz.title, 'Mayor');
    const [quote] = reportableQuotes(analysis);
    assert.equal(quote.text, 'We will not cut a single route,');
    assert.equal(quote.speakerId, ortiz.id);
    for (const mention of ortiz.mentions) assert.equal(mention.text, STORY.slice(mention.start, mention.end));
    assert.ok(!analysis.quotes.some((q) => q.text.includes('Ferry cuts shelved')), 'front matter read as a quote');
    assert.ok(looksLikeNews(analysis));
  });

  it("does not take this repository's README for news copy, so it gets no problems", () => {
    const readme = readFileSync(join(__dirname, '..', '..', 'README.md'), 'utf8');
    assert.equal(looksLikeNews(analyzeArticle(readme, { markdown: true })), false);
  });

  it('takes a story with a dateline, or with most quotes attributed, for news copy', () => {
    assert.ok(looksLikeNews(analyzeArticle('OSLO (Reuters) - The talks ended early.')));
    assert.ok(looksLikeNews(analyzeArticle('"It is over," Mayor Lena Ortiz said. Run `npm "test"` later.', { markdown: true })));
    assert.ok(!looksLikeNews(analyzeArticle('Set "editor.wordWrap" to "on" and the "files.exclude" glob to "**/out".')));
  });
});
