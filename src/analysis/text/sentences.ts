import type { Paragraph } from '../types';
import { takesAbbreviationStop } from './abbreviations';
import { firstIndex } from './search';

export interface Sentence {
  start: number;
  end: number;
  /** Index of the paragraph the sentence belongs to. */
  paragraph: number;
}


// A sentence ends at . ! or ? (with any closing quotes or brackets after it) followed by space
// and something that can start a sentence.
const BOUNDARY = /[.!?]+['"’”)\]]*(?=\s+['"‘“(\[]?[\p{Lu}\p{N}])/gu;

export function splitSentences(text: string, paragraphs: readonly Paragraph[]): Sentence[] {
  const sentences: Sentence[] = [];
  paragraphs.forEach((paragraph, index) => {
    const body = text.slice(paragraph.start, paragraph.end);
    let sentenceStart = 0;
    BOUNDARY.lastIndex = 0;
    let match: RegExpExecArray | null;
    while ((match = BOUNDARY.exec(body)) !== null) {
      if (match[0][0] === '.' && endsWithAbbreviation(body, match.index)) continue;
      const end = match.index + match[0].length;
      sentences.push({ start: paragraph.start + sentenceStart, end: paragraph.start + end, paragraph: index });
      sentenceStart = end;
      while (sentenceStart < body.length && /\s/.test(body[sentenceStart])) sentenceStart++;
    }
    if (sentenceStart < body.length) {
      sentences.push({ start: paragraph.start + sentenceStart, end: paragraph.end, paragraph: index });
    }
  });
  return sentences;
}

function endsWithAbbreviation(body: string, dotIndex: number): boolean {
  const word = /([\p{L}.]+)$/u.exec(body.slice(Math.max(0, dotIndex - 12), dotIndex))?.[1] ?? '';
  return takesAbbreviationStop(word.replace(/\.$/, ''));
}

/** Index of the sentence containing `offset`, or -1. */
export function sentenceAt(sentences: readonly Sentence[], offset: number): number {
  const index = firstIndex(sentences, (sentence) => sentence.end > offset);
  return index < sentences.length && sentences[index].start <= offset ? index : -1;
}
