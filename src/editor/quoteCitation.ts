import type { ArticleAnalysis, Quote } from '../analysis';
import { personById } from '../analysis';
import { titleLabel } from './plainLabels';

/** How a source that is not a person is described after its name, so a pasted quote keeps what kind of source it had. */
const SOURCE_KIND_NOTES: Record<string, string> = {
  organisation: 'organisation',
  document: 'document',
  publication: 'news outlet',
  group: 'group',
  anonymous: 'unnamed source',
};

/**
 * A quotation with its attribution, for pasting into notes or a fact-check sheet:
 * `“We will not wait” — Erik Johansson, Mayor` (a role such as "spokesman" when there is no title). Without a source found, it says so rather than
 * leaving the quote bare (a bare quote in notes reads as checked).
 */
export function quoteWithSource(analysis: ArticleAnalysis, quote: Quote): string {
  // The comma or space that joined the quote to "he said" is not the speaker's.
  const words = quote.text.replace(/\s+/gu, ' ').trim().replace(/[\s,]+$/u, '');
  const person = personById(analysis, quote.speakerId);
  let source: string;
  if (person) source = [person.name, titleLabel(person) ?? person.role].filter(Boolean).join(', ');
  else if (quote.source) source = `${quote.source.name} (${SOURCE_KIND_NOTES[quote.source.kind] ?? quote.source.kind})`;
  else source = 'no source found';
  return `“${words}” — ${source}`;
}
