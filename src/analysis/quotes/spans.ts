import type { Paragraph } from '../types';

/** A quotation as found by its marks, before attribution. */
export interface QuoteSpan {
  /** The quoted words, without the marks. */
  start: number;
  end: number;
  /** Including the marks (or up to the paragraph end when unbalanced). */
  outerStart: number;
  outerEnd: number;
  unbalanced: boolean;
}

type Kind = 'double' | 'single';

interface Open {
  kind: Kind;
  markStart: number;
  contentStart: number;
}

const LETTER = /[\p{L}\p{N}]/u;
const SPACE = /\s/u;
const OPENING_CONTEXT = /[\s([{\u2014\u2013\-/:;,]/u;

/**
 * Finds quotations by their marks, paragraph by paragraph. Straight and curly, double and single
 * marks; apostrophes ("Russia's", "Kyiv’s", "’90s") are told from single marks by what stands on
 * either side. A quote of the other kind inside a quote is part of it. A quote still open at the
 * end of a paragraph continues when the next paragraph reopens it (news style), and is otherwise
 * closed at the paragraph end and flagged, so that a stray mark never swallows the article.
 */
/** How marks are read. */
export interface SpanOptions {
  /**
   * Read a curly double mark turned the wrong way by where it stands: “ straight after a word or a
   * stop and before a space closes ("not,“ he said"), ” after a space and before a letter opens.
   * The quotation stages ask for it; the sibling layout keeps the strict reading it was tuned with.
   */
  misturnedMarks?: boolean;
  /**
   * Recover quotes that careless copy leaves unread or runs together: an opening mark before a space
   * and an ellipsis ("“ … if"), a curly opening mark starting a sentence while a quote is still open
   * (the earlier quote was left unclosed), and a source credit in square brackets
   * ending an unclosed quote's paragraph ("… the polls. [Gallup.]"). The quotation stages ask for it.
   */
  recoveredMarks?: boolean;
}

export function findQuoteSpans(text: string, paragraphs: readonly Paragraph[], options: SpanOptions = {}): QuoteSpan[] {
  const misturned = options.misturnedMarks === true;
  const recovered = options.recoveredMarks === true;
  const spans: QuoteSpan[] = [];
  let open: Open | null = null;
  for (let index = 0; index < paragraphs.length; index++) {
    const paragraph = paragraphs[index];
    let p = paragraph.start;
    const lastSingleClose = lastSingleCloseIn(text, paragraph);
    if (open) {
      // Continuing from the previous paragraph: skip the reopening mark.
      p += markLength(text, p);
    }
    while (p < paragraph.end) {
      const length = markLength(text, p);
      if (length === 0) {
        p++;
        continue;
      }
      const kind = markKind(text, p);
      if (open === null) {
        if (opens(text, p, length, kind, paragraph.end, lastSingleClose) || (misturned && opensMisturned(text, p, paragraph.start)) || (recovered && opensBeforeEllipsis(text, p, length, kind))) {
          open = { kind, markStart: p, contentStart: p + length };
        }
      } else if (recovered && kind === 'double' && opensAnew(text, p, open)) {
        // A plain opening mark while a quote is open: the open one was left unclosed and ends before it.
        spans.push({ start: open.contentStart, end: trimmedEnd(text, open.contentStart, p), outerStart: open.markStart, outerEnd: trimmedEnd(text, open.contentStart, p), unbalanced: true });
        open = { kind, markStart: p, contentStart: p + length };
      } else if (kind === open.kind && (closes(text, p, length, kind, open.contentStart) || (misturned && closesMisturned(text, p, paragraph.end)))) {
        const crossing = recovered && kind === 'single' ? doubleLeftOpen(text, open.contentStart, p, paragraph.end) : -1;
        if (crossing >= 0) {
          // A double quote opens inside and closes after it: the single marks were apostrophes ("how ‘bout …", "residents’ lives").
          open = null;
          p = crossing;
          continue;
        }
        spans.push({ start: open.contentStart, end: p, outerStart: open.markStart, outerEnd: p + length, unbalanced: false });
        open = null;
      }
      p += length;
    }
    if (open) {
      const next = paragraphs[index + 1];
      const reopened = next !== undefined && markLength(text, next.start) > 0 && markKind(text, next.start) === open.kind
        && opens(text, next.start, markLength(text, next.start), open.kind, next.end, lastSingleCloseIn(text, next));
      if (!reopened) {
        const end = recovered ? endBeforeAttribution(text, open.contentStart, endBeforeCredit(text, open.contentStart, paragraph.end)) : paragraph.end;
        spans.push({ start: open.contentStart, end, outerStart: open.markStart, outerEnd: end, unbalanced: true });
        open = null;
      }
    }
  }
  return spans.filter((span) => span.end > span.start);
}

/** Length of the quotation mark at `p`: 2 for a doubled '' (some archives), 1, or 0 for none. */
export function markLength(text: string, p: number): number {
  const c = text[p];
  if (c === '"' || c === '“' || c === '”' || c === '„' || c === '«' || c === '»') return 1;
  if (c === "'" && text[p + 1] === "'") return 2;
  if (c === "'" || c === '‘' || c === '’') return 1;
  if (c === '`' && text[p + 1] === '`') return 2;
  return 0;
}

function markKind(text: string, p: number): Kind {
  const c = text[p];
  if ((c === "'" && text[p + 1] === "'") || c === '`') return 'double';
  return c === "'" || c === '‘' || c === '’' ? 'single' : 'double';
}

/** Where the last possible closing single mark of a paragraph is (-1 if none): found once, not per mark. */
function lastSingleCloseIn(text: string, paragraph: Paragraph): number {
  for (let q = paragraph.end - 1; q > paragraph.start; q--) {
    if ((text[q] === '’' || text[q] === "'") && closes(text, q, 1, 'single', -1)) return q;
  }
  return -1;
}

function opens(text: string, p: number, length: number, kind: Kind, paragraphEnd: number, lastSingleClose: number): boolean {
  const c = text[p];
  const before = p > 0 ? text[p - 1] : ' ';
  const after = text[p + length] ?? ' ';
  if (c === '”' || c === '»' || SPACE.test(after) || p + length >= paragraphEnd) return false;
  if (kind === 'double') {
    return c === '“' || c === '„' || c === '«' || OPENING_CONTEXT.test(before) || p === 0 || markLength(text, p - 1) > 0;
  }
  // A single mark opens only after a space or bracket, not before an elided year ('90s),
  // and only when a closing single mark follows within the paragraph.
  if (c === '’' || !(OPENING_CONTEXT.test(before) || p === 0 || markLength(text, p - 1) > 0)) return false;
  if (/^\d{2}s?\b/.test(text.slice(p + length, p + length + 4))) return false;
  return lastSingleClose > p + length;
}

/** An opening mark, a space and an ellipsis: the quote starts in the middle of what was said ("“ … if the vote were held"). */
function opensBeforeEllipsis(text: string, p: number, length: number, kind: Kind): boolean {
  if (kind !== 'double' || !/^ (?:…|\.\.\.) ?[\p{L}\p{N}]/u.test(text.slice(p + length, p + length + 6))) return false;
  return text[p] === '“' || text[p] === '”' || p === 0 || OPENING_CONTEXT.test(text[p - 1]);
}

/**
 * A curly “ that can only open — after a sentence's end and a space, before a capital letter — while a
 * double quote is still open. Careful copy nests quotes in single marks, so the open quote was never
 * closed.
 */
function opensAnew(text: string, p: number, open: Open): boolean {
  if (text[p] !== '“' || !/\p{Lu}/u.test(text[p + 1] ?? '')) return false;
  return /[.!?…]['’]?\s$/u.test(text.slice(Math.max(open.contentStart, p - 3), p));
}

/** The first double mark opening inside [from, to) that only closes after `to`, or -1. */
function doubleLeftOpen(text: string, from: number, to: number, paragraphEnd: number): number {
  let opener = -1;
  for (let q = from; q < to; q++) {
    const length = markLength(text, q);
    if (length === 0 || markKind(text, q) !== 'double') continue;
    if (opener < 0 && opens(text, q, length, 'double', paragraphEnd, -1)) opener = q;
    else if (opener >= 0) opener = -1;
    q += length - 1;
  }
  return opener;
}

/** Where a quote cut short at `end` ends once the spaces before it are left out. */
function trimmedEnd(text: string, start: number, end: number): number {
  while (end > start && SPACE.test(text[end - 1])) end--;
  return end;
}

/**
 * The attribution news copy puts after a quote's comma (", said Ann Lee", ", Lee said", ", she says"):
 * an unclosed quote's words end at that comma. Only the reporting verb of the plain frame is read,
 * capitalised names or a pronoun beside it, so a quoted clause ("…, he said once, …") needs both.
 */
const ATTRIBUTION_AFTER_COMMA = /,\s+(?:(?:said|says)\s+\p{Lu}|(?:\p{Lu}[\p{L}.'’-]*\s+){1,3}(?:said|says)\b|(?:he|she|they)\s+(?:said|says)\b)/u;

/** An unclosed quote ends after the comma before its attribution, when one follows inside the paragraph. */
function endBeforeAttribution(text: string, start: number, end: number): number {
  const frame = ATTRIBUTION_AFTER_COMMA.exec(text.slice(start, end));
  return frame ? start + frame.index + 1 : end;
}

/** A source credited in square brackets at the end of an unclosed quote's paragraph ("… the polls. [Gallup.]") is not part of the quote. */
function endBeforeCredit(text: string, start: number, end: number): number {
  const credit = /\s*\[\p{Lu}[^\]\n]{0,40}\]\s*$/u.exec(text.slice(Math.max(start, end - 60), end));
  return credit ? trimmedEnd(text, start, end - credit[0].length) : end;
}

/** ” after a space (or at the paragraph's start) and before a letter: an opening mark typed the wrong way. */
function opensMisturned(text: string, p: number, paragraphStart: number): boolean {
  return text[p] === '”' && (p === paragraphStart || SPACE.test(text[p - 1])) && LETTER.test(text[p + 1] ?? '');
}

/** “ after a letter or a stop and before a space or the paragraph's end: a closing mark typed the wrong way. */
function closesMisturned(text: string, p: number, paragraphEnd: number): boolean {
  return text[p] === '“' && /[\p{L}\p{N}.,?!…]/u.test(text[p - 1] ?? '') && (p + 1 >= paragraphEnd || /[\s[]/u.test(text[p + 1]));
}

function closes(text: string, p: number, length: number, kind: Kind, contentStart: number): boolean {
  const c = text[p];
  if (c === '“' || c === '„' || c === '‘') return false;
  if (p === contentStart) return false;
  const after = text[p + length] ?? ' ';
  if (kind === 'single') {
    // "Kyiv’s" and "don't": a letter after the mark makes it an apostrophe.
    return !LETTER.test(after) && !SPACE.test(text[p - 1]);
  }
  return true;
}
