import type { ArticleAnalysis, Span } from '../types';

/**
 * Markdown that is not prose — front matter, fenced code, inline code, HTML comments and tags,
 * link and image targets, reference definitions, heading and emphasis marks — blanked out with spaces, line
 * ends kept, so the text keeps its length and every offset into it still points at the file.
 * Not a Markdown parser: only the constructs whose words would be read as story (a command in a
 * code fence as a quotation, a URL as a name).
 */
export function blankMarkdown(text: string): string {
  const out = text.split('');
  const blank = (start: number, end: number): void => {
    for (let i = start; i < end; i++) if (out[i] !== '\n' && out[i] !== '\r') out[i] = ' ';
  };
  blankFrontMatter(text, blank);
  const fenced = blankFences(text, blank);
  const outsideFences = (start: number): boolean => {
    // The fenced blocks are in order and apart: the last one starting at or before `start`.
    let low = 0;
    let high = fenced.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (fenced[mid][0] <= start) low = mid + 1;
      else high = mid;
    }
    return low === 0 || start >= fenced[low - 1][1];
  };
  const each = (pattern: RegExp, span: (match: RegExpExecArray) => [number, number]): void => {
    for (const match of text.matchAll(pattern)) {
      if (outsideFences(match.index)) blank(...span(match));
    }
  };
  each(/<!--[\s\S]*?(?:-->|$)/g, (m) => [m.index, m.index + m[0].length]);
  each(/`+[^`\n]+?`+/g, (m) => [m.index, m.index + m[0].length]);
  // Autolinks and HTML tags: <https://…>, <a href="…">, </div>.
  each(/<\/?[A-Za-z][^<>\n]*>/g, (m) => [m.index, m.index + m[0].length]);
  // The target of a link or image, after "]": (https://… "title").
  each(/\]\([^()\n]*(?:\([^()\n]*\)[^()\n]*)*\)/g, (m) => [m.index + 1, m.index + m[0].length]);
  // Heading marks: "## Ferry cuts" is the headline "Ferry cuts".
  each(/^ {0,3}#{1,6}(?=[ \t]|$)/gm, (m) => [m.index, m.index + m[0].length]);
  // Reference definitions: "[1]: https://…".
  each(/^ {0,3}\[[^\]\n]+\]:[^\n]*/gm, (m) => [m.index, m.index + m[0].length]);
  // Emphasis and strong marks at a word's edge: **Name**, _word_.
  each(/(?<![\p{L}\p{N}])[*_]{1,3}(?=[\p{L}\p{N}"“'‘])|(?<=[\p{L}\p{N}.,!?"”'’])[*_]{1,3}(?![\p{L}\p{N}])/gu, (m) => [m.index, m.index + m[0].length]);
  return out.join('');
}

/** A YAML (---) or TOML (+++) block opening the file. */
function blankFrontMatter(text: string, blank: (start: number, end: number) => void): void {
  const open = /^(---|\+\+\+)[ \t]*\r?\n/.exec(text);
  if (!open) return;
  const close = new RegExp(`\\n${open[1] === '---' ? '(?:---|\\.\\.\\.)' : '\\+\\+\\+'}[ \\t]*(?:\\r?\\n|$)`).exec(text.slice(open[0].length - 1));
  if (close) blank(0, open[0].length - 1 + close.index + close[0].length);
}

/** Fenced code blocks (``` or ~~~, closed by a fence of the same mark at least as long, or the end). */
function blankFences(text: string, blank: (start: number, end: number) => void): Array<[number, number]> {
  const blocks: Array<[number, number]> = [];
  const fence = /^ {0,3}(`{3,}|~{3,})[^\n]*$/gm;
  let match: RegExpExecArray | null;
  while ((match = fence.exec(text)) !== null) {
    const start = match.index;
    const mark = match[1];
    const closing = new RegExp(`^ {0,3}${mark[0] === '`' ? '`' : '~'}{${mark.length},}[ \\t]*\\r?$`, 'gm');
    closing.lastIndex = fence.lastIndex + 1;
    const close = closing.exec(text);
    const end = close ? close.index + close[0].length : text.length;
    blank(start, end);
    blocks.push([start, end]);
    fence.lastIndex = end;
  }
  return blocks;
}

/** The analysis of blanked Markdown with every span's `text` taken from the file as written. */
export function withOriginalTexts(original: string, analysis: ArticleAnalysis): ArticleAnalysis {
  const fix = <T extends Span | null>(span: T): T => (span ? { ...span, text: original.slice(span.start, span.end) } : span);
  const { metadata } = analysis;
  return {
    ...analysis,
    people: analysis.people.map((person) => ({ ...person, mentions: person.mentions.map(fix) })),
    quotes: analysis.quotes.map((quote) => ({ ...fix(quote), speakerMention: fix(quote.speakerMention), cue: fix(quote.cue) })),
    metadata: {
      ...metadata,
      dateLine: fix(metadata.dateLine),
      dateline: fix(metadata.dateline),
      headline: fix(metadata.headline),
      byline: fix(metadata.byline),
      date: fix(metadata.date),
      captions: metadata.captions.map(fix),
      boilerplate: metadata.boilerplate.map(fix),
    },
  };
}

