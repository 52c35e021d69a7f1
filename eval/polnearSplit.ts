/**
 * The PolNeAR train split, cut once into a part to tune on and a held-back part that is only
 * looked at to report. An article is held back when the FNV-1a hash of its id is 0 modulo 5
 * (about 20%): stable across runs, machines and corpus order, and by article, never by quote.
 */

/** FNV-1a, 32 bits, over the UTF-16 code units of `s`. */
export function fnv1a(s: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    hash ^= s.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

export const HELD_BACK_MODULUS = 5;

export function isHeldBack(articleId: string): boolean {
  return fnv1a(articleId) % HELD_BACK_MODULUS === 0;
}

export function splitTrain<T extends { id: string }>(docs: readonly T[]): { tune: T[]; heldBack: T[] } {
  return { tune: docs.filter((d) => !isHeldBack(d.id)), heldBack: docs.filter((d) => isHeldBack(d.id)) };
}
