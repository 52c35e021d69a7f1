import type { ArticleAnalysis, Mention, Person, Quote } from './types';

/** The mention covering `offset` (end-inclusive, so a cursor just after a name still counts). */
export function mentionAt(analysis: ArticleAnalysis, offset: number): { person: Person; mention: Mention } | undefined {
  for (const person of analysis.people) {
    for (const mention of person.mentions) {
      if (mention.start <= offset && offset <= mention.end) return { person, mention };
    }
  }
  return undefined;
}

/** The quote whose words cover `offset`, marks included. */
export function quoteAt(analysis: ArticleAnalysis, offset: number): Quote | undefined {
  return analysis.quotes.find((quote) => quote.outer.start <= offset && offset < quote.outer.end);
}

/** The people the story is about: everyone but those it names only to credit (bylines, pictures). */
export function storyPeople(analysis: ArticleAnalysis): Person[] {
  return analysis.people.filter((person) => person.credit === null);
}

/** The people the article names only to credit them, listed apart. */
export function creditedPeople(analysis: ArticleAnalysis): Person[] {
  return analysis.people.filter((person) => person.credit !== null);
}

export function quotesBy(analysis: ArticleAnalysis, personId: string): Quote[] {
  return analysis.quotes.filter((quote) => quote.speakerId === personId);
}

/** How the article refers to a person: each distinct form with its count, in order of first use. */
export function mentionVariants(person: Person): Array<{ text: string; count: number }> {
  const counts = new Map<string, number>();
  for (const mention of person.mentions) {
    const text = mention.text.replace(/\s+/g, ' ');
    counts.set(text, (counts.get(text) ?? 0) + 1);
  }
  return [...counts].map(([text, count]) => ({ text, count }));
}

export function personById(analysis: ArticleAnalysis, id: string | null): Person | undefined {
  return id === null ? undefined : analysis.people.find((person) => person.id === id);
}

/** The first words of a text, with an ellipsis when there are more: labels for lists and cards. */
export function openingWords(text: string, words: number): string {
  const all = text.replace(/\s+/g, ' ').trim().split(' ');
  return all.length <= words ? all.join(' ') : `${all.slice(0, words).join(' ')}…`;
}

/** A short opening of a quote for lists and cards. */
export function quoteOpening(quote: Quote, words = 8): string {
  return openingWords(quote.text, words);
}

/** The affiliation for a one-line label, saying where it comes from when the article does not state it: "Russia (from the reference list)". */
export function affiliationLabel(person: Person): string | null {
  if (!person.affiliation) return null;
  return person.affiliationSource === 'reference' ? `${person.affiliation} (from the reference list)` : person.affiliation;
}

/** "1 mention", "3 mentions": for labels in the editor and the command line. */
export function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

/** Whether [start, end) lies inside a photo caption or the page's boilerplate. */
export function inFurniture(analysis: ArticleAnalysis, start: number, end: number): boolean {
  return furnitureTest(analysis)(start, end);
}

/**
 * A test for "inside a caption or the page's boilerplate", built once per analysis: the spans
 * sorted by start with the furthest end reached so far, so each question is one binary search
 * rather than a pass over every span (a 1 MB page has thousands of quotes and of spans).
 */
function furnitureTest(analysis: ArticleAnalysis): (start: number, end: number) => boolean {
  const spans = [...analysis.metadata.captions, ...analysis.metadata.boilerplate].sort((a, b) => a.start - b.start);
  const starts = spans.map((span) => span.start);
  const furthestEnd: number[] = [];
  for (const span of spans) furthestEnd.push(Math.max(span.end, furthestEnd.at(-1) ?? -Infinity));
  return (start, end) => {
    // The last span starting at or before `start`; any span up to it that reaches `end` contains [start, end).
    let low = 0;
    let high = starts.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (starts[middle] <= start) low = middle + 1;
      else high = middle;
    }
    return low > 0 && end <= furthestEnd[low - 1];
  };
}

/**
 * The quotes the Problems panel may report: quotations (not scare quotes, terms or titles) in the
 * story, not in a caption or the page's furniture.
 */
export function reportableQuotes(analysis: ArticleAnalysis): Quote[] {
  const inside = furnitureTest(analysis);
  return analysis.quotes.filter((quote) => quote.kind === 'quotation' && !inside(quote.outer.start, quote.outer.end));
}

/**
 * Whether the text reads as news copy: it has a dateline or a date, or someone is quoted and at
 * least a third of its quotations have a source. (A byline alone is no sign: a two-word title
 * line reads like one.) In a software README or notes file the marks go
 * around commands, names and terms, few of which anyone says.
 */
export function looksLikeNews(analysis: ArticleAnalysis): boolean {
  const { dateline, dateLine, date } = analysis.metadata;
  if (dateline || dateLine || date) return true;
  const quotations = analysis.quotes.filter((quote) => quote.kind === 'quotation');
  const sourced = quotations.filter((quote) => quote.source !== null);
  return sourced.some((quote) => quote.source?.kind === 'person') && sourced.length * 3 >= quotations.length;
}
