/** Particles that open a surname: "von der Leyen", "da Silva", "bin Salman". */
const SURNAME_PARTICLES = new Set(['von', 'van', 'der', 'den', 'de', 'del', 'della', 'di', 'da', 'dos', 'das', 'du', 'la', 'le', 'bin', 'ibn', 'al', 'el', 'ter', 'ten']);

/** Lower case without accents, so that "Erdoğan" and "Erdogan" compare equal. */
export function foldName(word: string): string {
  return word.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');
}

/** Splits a name into given names and a surname that keeps its particles, folded. */
export function nameParts(words: readonly string[]): { given: string[]; surname: string } {
  const folded = words.map(foldName);
  let split = folded.findIndex((word, i) => i < folded.length - 1 && SURNAME_PARTICLES.has(word));
  if (split < 0) split = folded.length - 1;
  return { given: folded.slice(0, split), surname: folded.slice(split).join(' ') };
}

/** "Robert F. Kennedy" and "Robert Kennedy" are one name, as are "Ursula von der Leyen" and "Von der Leyen"; "John Kennedy" is another. */
export function sameName(a: readonly string[], b: readonly string[]): boolean {
  const partsA = nameParts(a);
  const partsB = nameParts(b);
  if (partsA.surname !== partsB.surname) return false;
  if (partsA.given.length === 0 || partsB.given.length === 0) return true;
  const firstA = partsA.given[0].replace(/\.$/, '');
  const firstB = partsB.given[0].replace(/\.$/, '');
  return firstA === firstB || (firstA.length === 1 && firstB.startsWith(firstA)) || (firstB.length === 1 && firstA.startsWith(firstB));
}
