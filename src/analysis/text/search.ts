/**
 * The first index at which `reached` holds, in a list where it fails for a prefix and holds for
 * the rest (sorted by offset): a binary search, since articles can be long. `items.length` if none.
 */
export function firstIndex<T>(items: ArrayLike<T>, reached: (item: T) => boolean): number {
  let low = 0;
  let high = items.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (reached(items[middle])) high = middle;
    else low = middle + 1;
  }
  return low;
}
