import type { ArticleAnalysis, Mention, Paragraph, Person, Quote } from '../analysis';

/**
 * A large analysis travels from the worker in pieces, each small enough to be received in a few
 * milliseconds: receiving a whole result of hundreds of thousands of quotes at once stalls the
 * extension host's event loop for as long as it takes to copy. The host asks for the next piece
 * only after taking one, so other work runs between them.
 */
export type ResultPiece =
  | { quotes: Quote[] }
  | { paragraphs: Paragraph[] }
  /** People in order; a person with very many mentions comes with none, and they follow in `mentionsOf` pieces. */
  | { people: Person[] }
  | { mentionsOf: number; mentions: Mention[] };

/**
 * Characters of JSON per piece, about 2 ms to receive on the project machine. Pieces are cut by
 * size, not count: 2,000 quotes came to 1 MB and took 22–27 ms to receive under load (measured
 * with `v8.deserialize` on the 1 MB test article), 2,000 paragraphs 46 kB and 2 ms.
 */
export const PIECE_CHARS = 64_000;

const sizeOf = (item: unknown): number => JSON.stringify(item).length;

/** Consecutive runs of `items` of at most `maxChars` each (an item larger than that travels alone). */
function runsOf<T>(items: readonly T[], maxChars: number, size: (item: T) => number = sizeOf): T[][] {
  const runs: T[][] = [];
  let run: T[] = [];
  let chars = 0;
  for (const item of items) {
    const itemChars = size(item);
    if (run.length > 0 && chars + itemChars > maxChars) {
      runs.push(run);
      run = [];
      chars = 0;
    }
    run.push(item);
    chars += itemChars;
  }
  if (run.length > 0) runs.push(run);
  return runs;
}

/** Splits a result into its skeleton (empty lists) and pieces; a small result has no pieces. */
export function splitResult(result: ArticleAnalysis, maxChars = PIECE_CHARS): { head: ArticleAnalysis; pieces: ResultPiece[] } {
  if (sizeOf(result) <= maxChars) return { head: result, pieces: [] };
  const pieces: ResultPiece[] = [];
  for (const quotes of runsOf(result.quotes, maxChars)) pieces.push({ quotes });
  for (const paragraphs of runsOf(result.paragraphs, maxChars)) pieces.push({ paragraphs });
  // A person too large for a piece travels without mentions, and they follow in pieces of their own.
  const heavy: number[] = [];
  const people = result.people.map((person, index) => {
    const chars = sizeOf(person);
    if (chars <= maxChars) return { person, chars };
    heavy.push(index);
    const bare = { ...person, mentions: [] };
    return { person: bare, chars: sizeOf(bare) };
  });
  for (const run of runsOf(people, maxChars, (entry) => entry.chars)) pieces.push({ people: run.map((entry) => entry.person) });
  for (const index of heavy) {
    for (const mentions of runsOf(result.people[index].mentions, maxChars)) pieces.push({ mentionsOf: index, mentions });
  }
  return { head: { ...result, people: [], quotes: [], paragraphs: [] }, pieces };
}

/**
 * Strings up to this long are shared between the pieces of one result: ids, kinds, cue words and
 * names repeat thousands of times in a long article, and each arrives as its own copy.
 */
const SHARED_MAX_LENGTH = 32;

/**
 * One copy of each short string of a result being put together. Received copies left unused die
 * young, which costs the garbage collector nothing; each one kept would be copied by it. In the
 * extension host, the minor collections while a 1 MB article's result arrived took 11–18 ms
 * (CPU profiles of the integration suite); with the short strings shared, the longest took about
 * half as long in plain Node on the same result (5.8–12.9 ms against 3.4–5.1 ms).
 */
export class SharedStrings {
  private readonly known = new Map<string, string>();
  /** Copies replaced by the one already known (for tests). */
  replaced = 0;

  /** Replaces, in place, every short string in `value` (objects and arrays, at any depth) by the first equal one seen. */
  share(value: unknown): void {
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) value[i] = this.shared(value[i]);
    } else if (value !== null && typeof value === 'object') {
      const record = value as Record<string, unknown>;
      // for…in rather than Object.keys: no array per object (the results are plain data, with no inherited keys).
      for (const key in record) record[key] = this.shared(record[key]);
    }
  }

  private shared(value: unknown): unknown {
    if (typeof value !== 'string') {
      this.share(value);
      return value;
    }
    if (value.length > SHARED_MAX_LENGTH) return value;
    const known = this.known.get(value);
    if (known === undefined) {
      this.known.set(value, value);
      return value;
    }
    this.replaced++;
    return known;
  }
}

/**
 * Adds one piece to a result being put together (lists are appended item by item: they can be
 * longer than a call takes arguments); with `strings`, its short strings are shared with the
 * pieces before.
 */
export function addPiece(result: ArticleAnalysis, piece: ResultPiece, strings?: SharedStrings): void {
  strings?.share(piece);
  const append = <T>(list: T[], items: readonly T[]): void => {
    for (const item of items) list.push(item);
  };
  if ('quotes' in piece) append(result.quotes, piece.quotes);
  else if ('paragraphs' in piece) append(result.paragraphs, piece.paragraphs);
  else if ('people' in piece) append(result.people, piece.people);
  else append(result.people[piece.mentionsOf].mentions, piece.mentions);
}
