/** The typed arrays the sibling tables keep their columns in. */
type Column = Int32Array | Uint32Array | Uint8Array;

/** A copy of `column` with room for `size` entries, the new ones set to `fill`: how a table grows. */
export function resized<T extends Column>(column: T, size: number, fill = 0): T {
  const bigger = new (column.constructor as new (length: number) => T)(size);
  if (fill !== 0) bigger.fill(fill, column.length);
  bigger.set(column);
  return bigger;
}
