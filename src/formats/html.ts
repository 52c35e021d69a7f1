import { Readability } from '@mozilla/readability';

/** The little of the DOM read here (the project's types leave the DOM library out). */
interface Block {
  textContent: string | null;
  querySelector(selectors: string): Block | null;
  querySelectorAll(selectors: string): Iterable<Block>;
}

/** What a web page gives as an article: its story as plain paragraphs, with what the page says of it. */
export interface PageArticle {
  text: string;
  title: string | null;
  byline: string | null;
}

/** Elements whose text is one paragraph of the article. */
const BLOCKS = 'h1, h2, h3, h4, h5, h6, p, li, blockquote, figcaption, pre, td';

/**
 * The story of a saved web page, found by Readability (Firefox's Reader View) over a linkedom
 * DOM, as plain text: the headline, the byline, then one paragraph per block, separated by blank
 * lines — the form the analysis reads. A page Readability finds no story in gives its body's paragraphs.
 */
export async function htmlToArticle(html: string): Promise<PageArticle> {
  // linkedom is an ES module; loaded when the first page is read.
  const { parseHTML } = await import('linkedom');
  const parse = (markup: string): Block & { body: Block } => (parseHTML(markup) as unknown as { document: Block & { body: Block } }).document;
  const document = parse(html);
  // The page's own headline; <title> carries the site's name too ("… | Harbour Times").
  const headline = document.querySelector('h1')?.textContent?.replace(/\s+/g, ' ').trim() || null;
  // Readability changes the document it reads; the fallback reads a fresh one.
  const story = new Readability(document as never).parse();
  const body = story?.content ? parse(`<!doctype html><html><body>${story.content}</body></html>`) : parse(html);
  const paragraphs = blockTexts(body.body);
  const title = headline || story?.title?.trim() || null;
  const byline = story?.byline?.replace(/\s+/g, ' ').trim() || null;
  // Headline and byline open the text as they open a page, so the analysis finds them as such.
  if (byline && !paragraphs.includes(byline)) paragraphs.unshift(byline);
  if (title && paragraphs[0] !== title) paragraphs.unshift(title);
  return { text: paragraphs.join('\n\n') + '\n', title, byline };
}

/** The text of every innermost block, whitespace folded, in document order. */
function blockTexts(root: Block): string[] {
  const texts: string[] = [];
  for (const block of root.querySelectorAll(BLOCKS)) {
    // A block holding other blocks (a list item with paragraphs) is read through them.
    if (block.querySelector(BLOCKS)) continue;
    const text = (block.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (text) texts.push(text);
  }
  if (texts.length === 0) {
    const all = (root.textContent ?? '').replace(/[ \t]+/g, ' ').split(/\n\s*\n/).map((part) => part.replace(/\s+/g, ' ').trim());
    texts.push(...all.filter(Boolean));
  }
  return texts;
}
