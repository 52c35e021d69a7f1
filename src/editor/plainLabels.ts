import { personById, SOURCE_KIND_WORDS, type ArticleAnalysis, type CreditKind, type Person, type Quote } from '../analysis';

/** How lists and cards name why a person stands apart from the story. */
export const CREDIT_LABELS: Readonly<Record<CreditKind, string>> = { byline: 'byline', photo: 'picture credit', pictured: 'pictured', contributor: 'contributor' };

/**
 * The first `words` words of a text for a one-line list entry, in quotation marks when it is a
 * quote: spaces folded, a trailing comma or ellipsis of the cut (or of the quote itself) dropped
 * so that one ellipsis marks the cut ("supporting…", never "supporting……" or "aggression,”").
 */
export function preview(text: string, words: number, quoted = false): string {
  // Only the words shown and one more (to know whether it is cut) are read: long quotes are many in a large article.
  const first: string[] = [];
  for (const match of text.matchAll(/\S+/gu)) {
    first.push(match[0]);
    if (first.length > words) break;
  }
  const cut = first.length > words;
  let shown = (cut ? first.slice(0, words) : first).join(' ');
  shown = shown.replace(cut ? /[\s,;:…-]+$|\.{3}$/u : /[\s,;:-]+$/u, '');
  if (cut) shown = `${shown.replace(/(?:…|\.{3})$/u, '')}…`;
  return quoted ? `“${shown}”` : shown;
}

/** A person's title as a label, marked when the article only implies it ("his counterpart" → "Defence Minister (inferred)"). */
export function titleLabel(person: Person): string | null {
  if (!person.title) return null;
  return person.titleSource === 'inferred' ? `${person.title} (inferred)` : person.title;
}

/** The affiliation as a label, saying where it comes from when the article does not state it: "Russia (from the reference list)". */
export function affiliationText(person: Person): string | null {
  if (!person.affiliation) return null;
  return person.affiliationSource === 'reference' ? `${person.affiliation} (from the reference list)` : person.affiliation;
}

/** Who a quotation is from, for lists: the person, or the source the article names and what it is. */
export function quoteSourceLabel(analysis: ArticleAnalysis, quote: Quote): string {
  const person = personById(analysis, quote.speakerId);
  if (person) return person.name;
  if (quote.source) return `${quote.source.name} (${SOURCE_KIND_WORDS[quote.source.kind]})`;
  return 'no source found';
}
