/** Drops accents and other combining marks: "Erdoğan" → "Erdogan", "José" → "Jose". */
export function stripAccents(word: string): string {
  return word.normalize('NFD').replace(/\p{M}/gu, '');
}
