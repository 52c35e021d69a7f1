import { firstIndex } from '../text/search';
import type { PeopleContext } from '../context';
import type { Quote } from '../types';

const SPOKESPEOPLE = new Set(['spokesman', 'spokeswoman', 'spokesperson']);

/**
 * A spokesperson speaks for the official whose words they relay: in `Defense Secretary Lloyd
 * Austin "emphasized …", said a US spokesman, X`, Austin shares the spokesman's affiliation
 * when the article gives him none of his own.
 */
export function relayAffiliations(article: PeopleContext, quotes: readonly Quote[]): void {
  const { text, people, mentions } = article;
  const byId = new Map(people.map((person) => [person.id, person]));
  for (const quote of quotes) {
    const speaker = quote.speakerId === null ? undefined : byId.get(quote.speakerId);
    if (!speaker?.affiliation || speaker.affiliationSource !== 'article' || !speaker.role || !SPOKESPEOPLE.has(speaker.role)) continue;
    const subject = mentions[firstIndex(mentions, (mention) => mention.end > quote.outer.start) - 1];
    if (!subject || !/^\s*$/.test(text.slice(subject.end, quote.outer.start))) continue;
    const official = byId.get(subject.personId);
    // The article's own words beat the reference list.
    if (official && official !== speaker && official.affiliationSource !== 'article') {
      official.affiliation = speaker.affiliation;
      official.affiliationSource = 'article';
      official.affiliationReference = null;
    }
  }
}
