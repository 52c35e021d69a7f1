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
// and something that can start a sentence. The two halves are matched separately: one regex with
// the second half as a lookahead retries it from every mark of a long run of marks (quadratic).
// Typewriter copy (NYT wire text among it) writes quotation marks as two apostrophes ('') or two
// backticks (``), so an opening mark may be one of those pairs.
const END_MARKS = /[.!?]+['"’”)\]]*/gu;
const NEXT_STARTS_SENTENCE = /\s+(?:''|``|['"‘“([`])?[\p{Lu}\p{N}]/uy;

export function splitSentences(text: string, paragraphs: readonly Paragraph[]): Sentence[] {
  const sentences: Sentence[] = [];
  paragraphs.forEach((paragraph, index) => {
    const body = text.slice(paragraph.start, paragraph.end);
    let sentenceStart = 0;
    END_MARKS.lastIndex = 0;
    let match: RegExpExecArray | null;
    while ((match = END_MARKS.exec(body)) !== null) {
      const end = match.index + match[0].length;
      NEXT_STARTS_SENTENCE.lastIndex = end;
      if (!NEXT_STARTS_SENTENCE.test(body)) continue;
      if (match[0][0] === '.' && endsWithAbbreviation(body, match.index)) continue;
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
  if (takesAbbreviationStop(word.replace(/\.$/, ''))) return true;
  // "No." before a figure is "number" ("the No. 2 Senate Democrat", "No. 10 Downing Street").
  if (/^nos?$/iu.test(word) && /^\.\s+\p{N}/u.test(body.slice(dotIndex, dotIndex + 4))) return true;
  // Two initials written together ("said G.K. Butterfield") join the name after them, as one initial
  // does; after a comma they are a state ("Raleigh, N.C. The …"), which may end a sentence.
  return /^\p{Lu}\.\p{Lu}$/u.test(word) && !/,\s*$/.test(body.slice(Math.max(0, dotIndex - word.length - 3), dotIndex - word.length));
}

/** Index of the sentence containing `offset`, or -1. */
export function sentenceAt(sentences: readonly Sentence[], offset: number): number {
  const index = firstIndex(sentences, (sentence) => sentence.end > offset);
  return index < sentences.length && sentences[index].start <= offset ? index : -1;
}
