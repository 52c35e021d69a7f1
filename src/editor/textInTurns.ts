/**
 * Copying a 1 MB document's text out of VS Code's document takes 2–9 ms of one turn of the
 * extension host (CPU profiles of the integration suite), often the same turn in which VS Code
 * has just handed the document over. Read in slices, a turn each, the copy no longer adds to that.
 */
export const TEXT_SLICE_CHARS = 100_000;

/**
 * The text of a document `length` characters long, read `read(start, end)` a slice at a time
 * with `nextTurn()` between slices; undefined if `current()` turns false on the way (the document
 * changed or closed). A text that does not come to `length` (slices that did not meet) is read
 * again whole with `whole()`.
 */
export async function readInTurns(
  length: number,
  read: (start: number, end: number) => string,
  whole: () => string,
  current: () => boolean,
  nextTurn: () => Promise<void>,
  sliceChars = TEXT_SLICE_CHARS,
): Promise<string | undefined> {
  const slices: string[] = [];
  for (let start = 0; start < length; start += sliceChars) {
    if (start > 0) await nextTurn();
    if (!current()) return undefined;
    slices.push(read(start, Math.min(length, start + sliceChars)));
  }
  const text = slices.join('');
  return text.length === length ? text : whole();
}
