import { surnameWord } from './people/names';
import type { ArticleAnalysis, Person } from './types';

/** Speakers in order of their first quote: the slot each gets in a palette of `size` colours. */
export function speakerSlots(analysis: ArticleAnalysis, size: number): Map<string, number> {
  const slots = new Map<string, number>();
  for (const quote of analysis.quotes) {
    if (quote.speakerId !== null && !slots.has(quote.speakerId)) slots.set(quote.speakerId, slots.size % size);
  }
  return slots;
}

/** The short name a label uses: the surname as the article writes it ("Blinken"). */
export function shortName(person: Person): string {
  const surnameMention = person.mentions.find((mention) => mention.form === 'surname');
  if (surnameMention) return surnameMention.text;
  return surnameWord(person.name.split(/\s+/));
}
