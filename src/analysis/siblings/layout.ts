import { findQuoteSpans } from '../quotes/spans';
import type { Paragraph } from '../types';

/**
 * Where each shingle of a text sits, as 16 bits stored beside its hash in the fingerprint:
 * whether it is inside quotation marks (a quoted statement is shared by stories that are not
 * versions of each other), which item of a digest it belongs to, and its paragraph (so that the
 * paragraphs two texts share can be checked to come in the same order).
 */
export const QUOTED_BIT = 0x8000;
/** A headline-like line (a title, a subhead, a list of links to other stories): neither narrative nor quotation. */
export const LABEL_BIT = 0x4000;
const SECTION_SHIFT = 8;
const SECTION_MASK = 0x3f;
const PARAGRAPH_MASK = 0xff;

export const isQuoted = (where: number): boolean => (where & QUOTED_BIT) !== 0;
export const sectionOf = (where: number): number => (where >>> SECTION_SHIFT) & SECTION_MASK;
export const paragraphOf = (where: number): number => where & PARAGRAPH_MASK;

export function packWhere(quoted: boolean, label: boolean, section: number, paragraph: number): number {
  return (quoted ? QUOTED_BIT : 0) | (label ? LABEL_BIT : 0) | (Math.min(section, SECTION_MASK) << SECTION_SHIFT) | Math.min(paragraph, PARAGRAPH_MASK);
}

/** Words a section needs to count as an item of its own (a headline or a time stamp alone is not). */
const ITEM_WORDS = 15;
/**
 * Words a line shaped like a headline (capitalised, not ending as a sentence) has at most: a
 * title, a subhead or a link to another story, not the story's prose (news prose ends its
 * paragraphs with punctuation). Real titles run past ten words.
 */
const LABEL_WORDS = 16;
const DIGEST_ITEMS = 3;
/** Mean words of an item under headlines in a news-in-brief page; a feature's subheads stand over longer sections (PolNeAR train: 290 and 641 words against 48–189 for the generated briefs). */
const BRIEF_ITEM_WORDS = 200;

/**
 * Digest items: "The Latest" files break items with time stamps ("3:15 p.m.") and rules ("___"),
 * news-in-brief pages with short headlines. A new item starts at such a paragraph once the current
 * one has prose, so a page's own headline and byline above the story start no item. Returns the
 * item of each paragraph, which paragraphs are such labels, and how many items have prose (1 for
 * an ordinary story). Paragraphs `skipped` (page furniture) are never an item's prose, though a
 * headline among them still starts one (a brief's headlines may read as a list of links).
 */
export function findSections(text: string, paragraphs: readonly Paragraph[], skipped: (index: number) => boolean = () => false): { sectionOf: number[]; labels: boolean[]; items: number } {
  const sections: number[] = [];
  const labels: boolean[] = [];
  let section = 0;
  let words = 0;
  let items = 0;
  let marked = 0;
  let proseWords = 0;
  for (let index = 0; index < paragraphs.length; index++) {
    const p = paragraphs[index];
    const line = text.slice(p.start, p.end);
    const count = wordsIn(line);
    const marker = count === 0 || TIME_STAMP.test(line);
    const breaks = marker || (count <= LABEL_WORDS && count >= 2 && HEADLINE.test(line));
    if (breaks && words >= ITEM_WORDS) {
      section++;
      words = 0;
      if (marker) marked++;
    }
    sections.push(section);
    const furniture = skipped(index);
    labels.push(furniture || breaks);
    if (!breaks && !furniture) {
      if (words < ITEM_WORDS && words + count >= ITEM_WORDS) items++;
      words += count;
      proseWords += count;
    }
  }
  // A digest: items broken by time stamps or rules, or short items under headlines (a feature's
  // subheads stand over longer sections).
  const digest = items >= DIGEST_ITEMS && (marked >= DIGEST_ITEMS - 1 || proseWords / items <= BRIEF_ITEM_WORDS);
  return { sectionOf: sections, labels, items: digest ? items : 1 };
}

/**
 * Offsets of the quotations with their marks, as sorted [start, end) pairs. A mark left open is
 * left out: in copy with odd marks ('' for a closing quote) it would turn whole paragraphs of
 * narrative into quotation.
 */
export function quotedRanges(text: string, paragraphs: readonly Paragraph[]): number[] {
  const ranges: number[] = [];
  for (const span of findQuoteSpans(text, paragraphs)) if (!span.unbalanced) ranges.push(span.outerStart, span.outerEnd);
  return ranges;
}

/** Whether `offset` falls in one of `ranges`; `from` is a cursor for offsets asked in ascending order. */
export function inRanges(ranges: readonly number[], offset: number, from: { at: number }): boolean {
  while (from.at < ranges.length && ranges[from.at + 1] <= offset) from.at += 2;
  return from.at < ranges.length && ranges[from.at] <= offset;
}

/** Runs of letters and digits (any non-ASCII character counts as a letter: cheap, and close enough to count items). */
function wordsIn(line: string): number {
  let count = 0;
  let inWord = false;
  for (let i = 0; i < line.length; i++) {
    const code = line.charCodeAt(i);
    const letter = code < 128 ? ASCII_LETTER_OR_DIGIT[code] === 1 : code !== 0x2019 && code !== 0x201c && code !== 0x201d && code !== 0x2014 && code !== 0x2013;
    if (letter && !inWord) count++;
    inWord = letter;
  }
  return count;
}

/** 1 for the ASCII digits and letters: a table, since every character of a text is asked. */
const ASCII_LETTER_OR_DIGIT = Uint8Array.from({ length: 128 }, (_, code) => ((code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) ? 1 : 0));

/** A line that is a time of day, alone or leading a short line. */
const TIME_STAMP = /^\s*\d{1,2}(?::\d{2})?\s*(?:a\.?m\.?|p\.?m\.?)\s*(?:\p{L}{2,4})?\s*$/iu;
/** Capitalised, and ending without the punctuation that ends a sentence or a caption (a closing mark after a word is fine). */
const HEADLINE = /^[\p{Lu}\p{N}‘“"'].*[\p{L}\p{N}][’”'"]?$/su;
