/**
 * Shared helpers for the accuracy scripts: where the corpus is, reading it, command-line flags,
 * word tokens with offsets, and plain-text tables. Nothing here knows about the analysis.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const REPO_ROOT = join(__dirname, '..');

/** `../shared/corpus` next to the repository, or `$SOURCELENS_CORPUS`. */
export const CORPUS_DIR = process.env.SOURCELENS_CORPUS ?? join(REPO_ROOT, '..', 'shared', 'corpus');

/**
 * The corpus files a script needs, or null after printing one line saying what is skipped.
 * A missing corpus is normal (a user's clone), so the caller then exits 0.
 */
export function corpusFiles(script: string, what: string, files: readonly string[], json: boolean): string[] | null {
  const paths = files.map((file) => join(CORPUS_DIR, file));
  const missing = paths.filter((path) => !existsSync(path));
  if (missing.length > 0) {
    const message =
      `eval/${script}: skipped ${what}: evaluation corpus not found (${missing.join(', ')}); ` +
      'it is read from ../shared/corpus next to the repository, or from $SOURCELENS_CORPUS.';
    console.log(json ? JSON.stringify({ skipped: message }) : message);
    return null;
  }
  return paths;
}

export function readJsonl<T>(path: string): T[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as T);
}

export function readJson<T>(path: string): T {
  return JSON.parse(readFileSync(path, 'utf8')) as T;
}

export interface Flags {
  json: boolean;
  errors: boolean;
  /** Other flags the script knows about (`--names`). */
  has(flag: string): boolean;
}

export function parseFlags(script: string, known: readonly string[]): Flags {
  const args = process.argv.slice(2);
  const allowed = new Set(['--json', '--errors', '--help', ...known]);
  const unknown = args.filter((arg) => !allowed.has(arg));
  if (unknown.length > 0 || args.includes('--help')) {
    console.log(`usage: tsx eval/${script}.ts [${[...allowed].filter((a) => a !== '--help').join('] [')}]`);
    process.exit(unknown.length > 0 ? 2 : 0);
  }
  return { json: args.includes('--json'), errors: args.includes('--errors'), has: (flag) => args.includes(flag) };
}

// ---------------------------------------------------------------------------------------------
// Figures

export interface PRF {
  tp: number;
  predicted: number;
  gold: number;
  /** Gold items found (may differ from tp when several predictions fall in one gold item). */
  found: number;
  precision: number;
  recall: number;
  f1: number;
}

export function prf(tp: number, predicted: number, found: number, gold: number): PRF {
  const precision = predicted === 0 ? 0 : tp / predicted;
  const recall = gold === 0 ? 0 : found / gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { tp, predicted, gold, found, precision: round(precision), recall: round(recall), f1: round(f1) };
}

export function round(x: number, digits = 4): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

export function pct(x: number): string {
  return `${(x * 100).toFixed(1)}%`;
}

export function ratio(a: number, b: number): string {
  return b === 0 ? `${a}/0` : `${a}/${b} (${pct(a / b)})`;
}

// ---------------------------------------------------------------------------------------------
// Tables

export function table(header: readonly string[], rows: ReadonlyArray<ReadonlyArray<string | number>>): string {
  const cells = [header.map(String), ...rows.map((row) => row.map(String))];
  const widths = header.map((_, c) => Math.max(...cells.map((row) => (row[c] ?? '').length)));
  const numeric = header.map((_, c) => rows.length > 0 && rows.every((row) => /^[-\d.,/%() ]+$/.test(String(row[c]))));
  const line = (row: readonly string[]): string =>
    row
      .map((cell, c) => (numeric[c] ? cell.padStart(widths[c]) : cell.padEnd(widths[c])))
      .join('  ')
      .trimEnd();
  return [line(cells[0]), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.slice(1).map(line)].join('\n');
}

/** The text around [start, end) on one line, the span itself in [brackets]. */
export function context(text: string, start: number, end: number, width = 40): string {
  const flat = (s: string): string => s.replace(/\s+/g, ' ');
  const before = flat(text.slice(Math.max(0, start - width), start));
  const after = flat(text.slice(end, end + width));
  return `…${before}[${flat(text.slice(start, end))}]${after}…`;
}

// ---------------------------------------------------------------------------------------------
// Words

export interface Word {
  start: number;
  /** End of the word without a possessive ending or a final full stop. */
  end: number;
  text: string;
  /** Lower case, no diacritics, no possessive, no final full stop: "hazy" for "Házy’s". */
  norm: string;
  /** Starts with an upper-case letter. */
  cap: boolean;
  /** "Trump's", "DAB’s". */
  possessive: boolean;
  /** A single punctuation character rather than a word. */
  punct: boolean;
}

const TOKEN = /[\p{L}\p{M}\p{N}]+(?:[.'’-][\p{L}\p{M}\p{N}]+)*\.?|[^\s\p{L}\p{M}\p{N}]/gu;

export function normWord(word: string): string {
  return word
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’]s$/u, '')
    .replace(/\.$/, '');
}

/** Words and single punctuation marks of text.slice(start, end), offsets into text. */
export function words(text: string, start = 0, end = text.length): Word[] {
  const out: Word[] = [];
  const slice = text.slice(start, end);
  for (const match of slice.matchAll(TOKEN)) {
    const raw = match[0];
    const s = start + (match.index ?? 0);
    const punct = !/[\p{L}\p{N}]/u.test(raw);
    const possessive = !punct && /.['’]s$/u.test(raw);
    let core = raw;
    if (possessive) core = core.slice(0, -2);
    else if (core.endsWith('.') && core.length > 1) core = core.slice(0, -1);
    out.push({ start: s, end: s + core.length, text: core, norm: normWord(core), cap: /^\p{Lu}/u.test(core), possessive, punct });
  }
  return out;
}

/** The last word (not punctuation) of text.slice(start, end), or null. */
export function lastWord(text: string, start: number, end: number): Word | null {
  const ws = words(text, start, end).filter((w) => !w.punct);
  return ws.length > 0 ? ws[ws.length - 1] : null;
}

export function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

/** How many characters a predicted quote may reach past a gold quotation and still count as inside it (eval/README.md). */
export const QUOTE_SLACK = 2;

/** The index of the gold quotation (its fragments, joined) that holds a predicted quote, or -1. */
export function goldQuoteHolding(golds: ReadonlyArray<ReadonlyArray<{ start: number; end: number }>>, quote: { start: number; end: number }): number {
  return golds.findIndex((spans) => spans.some((span) => quote.start >= span.start - QUOTE_SLACK && quote.end <= span.end + QUOTE_SLACK));
}

/**
 * The spans of one PolNeAR attribution's content: its fragments in order, joined where only marks
 * and spaces stand between them ("…," he said, "…" stays two spans; `"A" "B"` becomes one).
 */
export function joinedFragments(text: string, content: ReadonlyArray<readonly [number, number]>): Array<{ start: number; end: number }> {
  const spans: Array<{ start: number; end: number }> = [];
  for (const [start, end] of [...content].sort((a, b) => a[0] - b[0])) {
    const last = spans[spans.length - 1];
    if (last && !/[\p{L}\p{N}]/u.test(text.slice(last.end, start))) last.end = Math.max(last.end, end);
    else spans.push({ start, end });
  }
  return spans;
}
