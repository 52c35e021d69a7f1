import { commonSubsequence } from './lcs';
import { normalizeWords } from './normalize';

/** A marked stretch of the comparison's text. */
export interface ComparisonMark {
  start: number;
  end: number;
  /** Words only in the first version (shown struck through), only in the second, or the same words in another style. */
  kind: 'removed' | 'added' | 'style';
  /** For a style difference: how the first version writes it ("" when it writes nothing there). */
  other?: string;
}

/** The second version in its own words, with the first version's words it lacks set in, and marks. */
export interface StyleBlindComparison {
  text: string;
  marks: ComparisonMark[];
}

/** Word pairs compared at once; a longer stretch between equal paragraphs is shown removed and added whole. */
const MAX_CELLS = 4_000_000;

type Word = { key: string; start: number; end: number };
type Step = { a: number; b: number } | { a: number; b: null } | { a: null; b: number };

/**
 * Compares two versions word by word on the keys the sibling comparison uses (so spelling, quote
 * marks, dashes, honorifics, case and spacing are style) and writes the second version out in its
 * own words: words it adds are marked added, words of the first it lacks are set in and marked
 * removed, and words or punctuation that differ only in style are marked as such with the first
 * version's form, so nothing that differs goes unshown.
 */
export function styleBlindComparison(textA: string, textB: string): StyleBlindComparison {
  const a = normalizeWords(textA);
  const b = normalizeWords(textB);
  const steps = alignWords(textA, a, textB, b);
  let text = '';
  const marks: ComparisonMark[] = [];
  const mark = (start: number, kind: ComparisonMark['kind'], other?: string): void => {
    const last = marks[marks.length - 1];
    // Runs of one kind read as one mark.
    if (last && last.kind === kind && kind !== 'style' && last.end >= start - 1) last.end = text.length;
    else marks.push({ start, end: text.length, kind, ...(other === undefined ? {} : { other }) });
  };
  let endA = 0;
  let endB = 0;
  let previousEqual = true;
  /** The first version's words in a gap where the second has none (an honorific it drops). */
  let pendingStyle: string | null = null;
  /** Marks only the part of a gap that differs; if this side has nothing there, the next word carries the mark. */
  const markStyleGap = (gapStart: number, gap: string, gapA: string): void => {
    let head = 0;
    while (head < gap.length && head < gapA.length && gap[head] === gapA[head]) head++;
    let tail = 0;
    while (tail < gap.length - head && tail < gapA.length - head && gap[gap.length - 1 - tail] === gapA[gapA.length - 1 - tail]) tail++;
    // Whole words: "Defence Secretary" against "Defense Secretary", not "c" against "s".
    while (head > 0 && WORD_CHAR.test(gap[head - 1])) head--;
    while (tail > 0 && WORD_CHAR.test(gap[gap.length - tail])) tail--;
    const mine = gap.slice(head, gap.length - tail);
    const theirs = gapA.slice(head, gapA.length - tail);
    if (mine.trim() === '') pendingStyle = theirs.trim();
    else marks.push({ start: gapStart + head, end: gapStart + gap.length - tail, kind: 'style', other: theirs.trim() });
  };
  for (let s = 0; s < steps.length; s++) {
    const step = steps[s];
    if (step.b === null) {
      // A run of the first version's words the second lacks.
      let last = step.a;
      while (s + 1 < steps.length && steps[s + 1].b === null) last = steps[++s].a!;
      const from = Math.max(endA, a[step.a].start);
      if (a[last].end <= endA) continue;
      if (text.length > 0 && !/\s$/u.test(text)) text += ' ';
      const start = text.length;
      text += textA.slice(from, a[last].end);
      mark(start, 'removed');
      endA = a[last].end;
      previousEqual = false;
      continue;
    }
    const word = b[step.b];
    // An expansion ("US" → two keys) repeats one span: write it once, and keep the first version's whole form.
    if (word.end <= endB) {
      if (step.a !== null && a[step.a].end > endA) {
        const last = marks[marks.length - 1];
        const formA = textA.slice(endA, a[step.a].end);
        if (last?.kind === 'style' && last.end === text.length) last.other += formA;
        else if (squeeze(formA) !== '') marks.push({ start: text.length - (word.end - word.start), end: text.length, kind: 'style', other: formA.trim() });
        endA = a[step.a].end;
      }
      continue;
    }
    const gap = textB.slice(endB, word.start);
    // Words set in from the first version keep a space from the second's next word.
    if (!previousEqual && steps[s - 1]?.b === null && !/^\s/u.test(gap)) text += ' ';
    const gapStart = text.length;
    text += gap;
    if (step.a === null && !previousEqual && steps[s - 1]?.a === null) {
      // Inside a run of added words: their punctuation is added too.
      mark(gapStart, 'added');
    } else if (step.a !== null && previousEqual && endB > 0) {
      // Between two words both versions share: punctuation, marks or an honorific may differ.
      const gapA = textA.slice(endA, a[step.a].start);
      if (squeeze(gapA) !== squeeze(gap)) {
        if (sameKeys(textA, endA, a[step.a].end, textB, endB, word.end)) markStyleGap(gapStart, gap, gapA);
        else {
          const lead = /^\s*/u.exec(gap)![0];
          const extra = gapA.trim();
          text = text.slice(0, gapStart) + lead;
          if (extra) {
            const start = text.length;
            text += extra;
            mark(start, 'removed');
            text += ' ';
          }
          const rest = gap.slice(lead.length);
          const restStart = text.length;
          text += rest;
          if (rest.trim()) mark(restStart, 'added');
        }
      }
    }
    const wordStart = text.length;
    text += textB.slice(word.start, word.end);
    if (step.a === null) mark(wordStart, 'added');
    else {
      const wordA = a[step.a];
      const formA = textA.slice(Math.max(endA, wordA.start), wordA.end);
      const last = marks[marks.length - 1];
      if (wordA.end <= endA && last?.kind === 'style' && last.end === wordStart - gap.length) {
        // The second word of an expansion ("United States" for "US"): one mark for both.
        last.end = text.length;
      } else if (pendingStyle) {
        // The differing stretch of the gap was empty on this side: mark the word it stands before.
        marks.push({ start: wordStart, end: text.length, kind: 'style', other: `${pendingStyle} ${formA}`.trim() });
        pendingStyle = null;
      } else if (formA !== textB.slice(word.start, word.end)) marks.push({ start: wordStart, end: text.length, kind: 'style', other: formA });
      endA = Math.max(endA, wordA.end);
    }
    endB = word.end;
    previousEqual = step.a !== null;
  }
  const tailStart = text.length;
  text += textB.slice(endB);
  // The full stop after a run of added words belongs to them.
  if (steps.length > 0 && steps[steps.length - 1].a === null) mark(tailStart, 'added');
  return { text, marks: marks.filter((m) => m.end > m.start) };
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

function squeeze(gap: string): string {
  return gap.replace(/\s+/gu, ' ').trim();
}

/** Whether two stretches read the same once style is folded away. */
function sameKeys(textA: string, fromA: number, toA: number, textB: string, fromB: number, toB: number): boolean {
  const keysA = normalizeWords(textA, fromA, toA).map((w) => w.key).join(' ');
  const keysB = normalizeWords(textB, fromB, toB).map((w) => w.key).join(' ');
  return keysA === keysB;
}

/**
 * Pairs the words of the two versions: paragraphs equal in keys are matched first (so long
 * articles stay cheap), then the words between matched paragraphs by longest common subsequence.
 */
function alignWords(textA: string, a: readonly Word[], textB: string, b: readonly Word[]): Step[] {
  const paragraphsA = paragraphsOf(textA, a);
  const paragraphsB = paragraphsOf(textB, b);
  const anchors = commonSubsequence(paragraphsA.map((p) => p.key), paragraphsB.map((p) => p.key), MAX_CELLS) ?? [];
  const steps: Step[] = [];
  let fromA = 0;
  let fromB = 0;
  for (const [i, j] of [...anchors, [paragraphsA.length, paragraphsB.length] as const]) {
    const toA = i < paragraphsA.length ? paragraphsA[i].from : a.length;
    const toB = j < paragraphsB.length ? paragraphsB[j].from : b.length;
    steps.push(...alignRun(a, fromA, toA, b, fromB, toB));
    if (i < paragraphsA.length && j < paragraphsB.length) {
      const pa = paragraphsA[i];
      const pb = paragraphsB[j];
      for (let k = 0; k < pa.to - pa.from; k++) steps.push({ a: pa.from + k, b: pb.from + k });
      fromA = pa.to;
      fromB = pb.to;
    }
  }
  return steps;
}

function alignRun(a: readonly Word[], fromA: number, toA: number, b: readonly Word[], fromB: number, toB: number): Step[] {
  const keysA = a.slice(fromA, toA).map((w) => w.key);
  const keysB = b.slice(fromB, toB).map((w) => w.key);
  const pairs = commonSubsequence(keysA, keysB, MAX_CELLS) ?? [];
  const steps: Step[] = [];
  let i = 0;
  let j = 0;
  for (const [pi, pj] of [...pairs, [keysA.length, keysB.length] as const]) {
    while (i < pi) steps.push({ a: fromA + i++, b: null });
    while (j < pj) steps.push({ a: null, b: fromB + j++ });
    if (pi < keysA.length && pj < keysB.length) steps.push({ a: fromA + i++, b: fromB + j++ });
  }
  return steps;
}

/** Word ranges of each paragraph (a line break between two words ends one), with their keys joined. */
function paragraphsOf(text: string, words: readonly Word[]): Array<{ from: number; to: number; key: string }> {
  const paragraphs: Array<{ from: number; to: number; key: string }> = [];
  let from = 0;
  for (let i = 1; i <= words.length; i++) {
    if (i === words.length || text.slice(words[i - 1].end, words[i].start).includes('\n')) {
      paragraphs.push({ from, to: i, key: words.slice(from, i).map((w) => w.key).join(' ') });
      from = i;
    }
  }
  return paragraphs;
}
