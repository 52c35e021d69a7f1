import { getLexicon } from './lexicon';
import { readMetadata } from './metadata';
import { findNameCandidates } from './people/candidates';
import { addPronounEvidence } from './people/gender';
import { resolvePeople } from './people/resolve';
import { attributeQuotes } from './quotes/attribution';
import { quoteKind } from './quotes/kind';
import { isPartialQuote } from './quotes/partial';
import { relayAffiliations } from './quotes/relay';
import { findQuoteSpans } from './quotes/spans';
import { findParagraphs } from './text/paragraphs';
import { splitSentences } from './text/sentences';
import { tokenize } from './text/tokens';
import type { AnalysisOptions, ArticleAnalysis, Quote } from './types';

export type * from './types';

const NO_SPEAKER = { speakerId: null, speakerMention: null, cue: null, source: null } as const;
export { decodeArticle, type DecodedArticle } from './decode';

/**
 * Analyses one article: the people it names (each with every mention), the quotations with
 * their speakers, its paragraphs and its metadata. Pure: text in, plain data out.
 */
export function analyzeArticle(text: string, options: AnalysisOptions = {}): ArticleAnalysis {
  const lexicon = getLexicon(options.extraTitles);
  const paragraphs = findParagraphs(text);
  const sentences = splitSentences(text, paragraphs);
  const tokens = tokenize(text);
  const candidates = findNameCandidates(text, tokens, lexicon);
  const people = resolvePeople(text, tokens, candidates, lexicon);
  const spans = findQuoteSpans(text, paragraphs);
  // Every mention in reading order, for attribution and for relaying affiliations.
  const mentions = people.flatMap((person) => person.mentions).sort((a, b) => a.start - b.start);
  // Scare quotes, terms and titles get no speaker: only quotations go to attribution.
  const kinds = spans.map((span) => quoteKind(text, span, tokens, sentences, mentions, lexicon));
  const quotations = spans.filter((_, i) => kinds[i] === 'quotation');
  const attributed = attributeQuotes(text, tokens, sentences, quotations, people, mentions, lexicon);
  let next = 0;
  const attributions = kinds.map((kind) => (kind === 'quotation' ? attributed[next++] : NO_SPEAKER));
  const quotes: Quote[] = spans.map((span, i) => ({
    start: span.start,
    end: span.end,
    text: text.slice(span.start, span.end),
    kind: kinds[i],
    partial: isPartialQuote(text, span, sentences, lexicon),
    ...attributions[i],
    unbalanced: span.unbalanced,
    outer: { start: span.outerStart, end: span.outerEnd },
  }));
  relayAffiliations(text, people, mentions, quotes);
  addPronounEvidence(people, quotes);
  return { people, quotes, paragraphs, metadata: readMetadata(text, paragraphs) };
}
// For the editor's speaker labels and quote hovers.
export { shortName, speakerSlots } from './speakers';
export { SOURCE_KIND_WORDS } from './quotes/explain';
// For the editor's style-blind comparison of two versions.
export { normalizeWords } from './siblings';
export { commonSubsequence } from './siblings/lcs';
