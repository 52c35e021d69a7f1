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

/** Items (quotes, mentions, paragraphs) per piece: about 1–2 ms to receive on the project machine. */
export const PIECE_ITEMS = 2_000;

/** Splits a result into its skeleton (empty lists) and pieces; a small result has no pieces. */
export function splitResult(result: ArticleAnalysis, maxItems = PIECE_ITEMS): { head: ArticleAnalysis; pieces: ResultPiece[] } {
  const mentionCount = result.people.reduce((sum, person) => sum + person.mentions.length, 0);
  if (result.quotes.length + result.paragraphs.length + mentionCount + result.people.length <= maxItems) return { head: result, pieces: [] };
  const pieces: ResultPiece[] = [];
  for (let i = 0; i < result.quotes.length; i += maxItems) pieces.push({ quotes: result.quotes.slice(i, i + maxItems) });
  for (let i = 0; i < result.paragraphs.length; i += maxItems) pieces.push({ paragraphs: result.paragraphs.slice(i, i + maxItems) });
  let batch: Person[] = [];
  let weight = 0;
  const heavy: number[] = [];
  result.people.forEach((person, index) => {
    if (person.mentions.length > maxItems) {
      heavy.push(index);
      batch.push({ ...person, mentions: [] });
      weight += 1;
    } else {
      batch.push(person);
      weight += 1 + person.mentions.length;
    }
    if (weight >= maxItems) {
      pieces.push({ people: batch });
      batch = [];
      weight = 0;
    }
  });
  if (batch.length > 0) pieces.push({ people: batch });
  for (const index of heavy) {
    const mentions = result.people[index].mentions;
    for (let i = 0; i < mentions.length; i += maxItems) pieces.push({ mentionsOf: index, mentions: mentions.slice(i, i + maxItems) });
  }
  return { head: { ...result, people: [], quotes: [], paragraphs: [] }, pieces };
}

/** Adds one piece to a result being put together (lists are appended item by item: they can be longer than a call takes arguments). */
export function addPiece(result: ArticleAnalysis, piece: ResultPiece): void {
  const append = <T>(list: T[], items: readonly T[]): void => {
    for (const item of items) list.push(item);
  };
  if ('quotes' in piece) append(result.quotes, piece.quotes);
  else if ('paragraphs' in piece) append(result.paragraphs, piece.paragraphs);
  else if ('people' in piece) append(result.people, piece.people);
  else append(result.people[piece.mentionsOf].mentions, piece.mentions);
}
