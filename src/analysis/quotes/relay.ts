import type { Mention, Person, Quote } from '../types';

const SPOKESPEOPLE = new Set(['spokesman', 'spokeswoman', 'spokesperson']);

/**
 * A spokesperson speaks for the official whose words they relay: in `Defense Secretary Lloyd
 * Austin "emphasized …", said a US spokesman, X`, Austin shares the spokesman's affiliation
 * when the article gives him none of his own.
 */
export function relayAffiliations(text: string, people: readonly Person[], quotes: readonly Quote[]): void {
  const byId = new Map(people.map((person) => [person.id, person]));
  const mentions = people.flatMap((person) => person.mentions).sort((a, b) => a.start - b.start);
  for (const quote of quotes) {
    const speaker = quote.speakerId === null ? undefined : byId.get(quote.speakerId);
    if (!speaker?.affiliation || !speaker.role || !SPOKESPEOPLE.has(speaker.role)) continue;
    const subject = lastMentionBefore(mentions, quote.outer.start);
    if (!subject || !/^\s*$/.test(text.slice(subject.end, quote.outer.start))) continue;
    const official = byId.get(subject.personId);
    if (official && official !== speaker && official.affiliation === null) official.affiliation = speaker.affiliation;
  }
}

function lastMentionBefore(mentions: readonly Mention[], offset: number): Mention | undefined {
  let low = 0;
  let high = mentions.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (mentions[middle].end <= offset) low = middle + 1;
    else high = middle;
  }
  return mentions[low - 1];
}
