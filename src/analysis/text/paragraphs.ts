import type { Paragraph } from '../types';

/**
 * Paragraphs are runs of non-blank lines. Copy from the wire often has one paragraph a line,
 * and archives sometimes join them with blank lines; both split here. Handles \n, \r\n and lone \r.
 */
export function findParagraphs(text: string): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  const lineBreak = /\r\n|\r|\n/g;
  let lineStart = 0;
  let match: RegExpExecArray | null;
  const pushLine = (start: number, end: number): void => {
    let s = start;
    let e = end;
    while (s < e && isSpace(text.charCodeAt(s))) s++;
    while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
    if (e > s) paragraphs.push({ start: s, end: e });
  };
  while ((match = lineBreak.exec(text)) !== null) {
    pushLine(lineStart, match.index);
    lineStart = match.index + match[0].length;
  }
  pushLine(lineStart, text.length);
  return paragraphs;
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 0xa0 || code === 0xfeff || (code >= 0x2000 && code <= 0x200b);
}
