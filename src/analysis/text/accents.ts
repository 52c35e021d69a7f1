/** Drops accents and other combining marks: "Erdoğan" → "Erdogan", "José" → "Jose". */
export function stripAccents(word: string): string {
  // Most words are plain ASCII: nothing to decompose.
  if (/^\p{ASCII}*$/u.test(word)) return word;
  return word.normalize('NFD').replace(/\p{M}/gu, '');
}
