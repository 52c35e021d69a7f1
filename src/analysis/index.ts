import { articleContext, withPeople } from './context';
import { within } from './page/furniture';
import { findNameCandidates } from './people/candidates';
import { addNarrativeGender, addPronounEvidence } from './people/gender';
import { resolvePeople } from './people/resolve';
import { attributeQuotes } from './quotes/attribution';
import { kindWithoutSource, needsSecondLook, quoteKind, subheadsInSingleMarks, titlesAlongLists, titlesRepeated } from './quotes/kind';
import { echoedSpeakers } from './quotes/echoes';
import { quotesByParagraph } from './quotes/paragraphPieces';
import { isPartialQuote } from './quotes/partial';
import { relayAffiliations } from './quotes/relay';
import { findQuoteSpans } from './quotes/spans';
import { blankMarkdown, withOriginalTexts } from './text/markdown';
import type { AnalysisOptions, ArticleAnalysis, Quote } from './types';

export type * from './types';

const NO_SPEAKER = { speakerId: null, speakerMention: null, cue: null, source: null, relayedBy: null } as const;
export { decodeArticle, type DecodedArticle } from './decode';
// The public entry: the editor, the CLI and the worker reach the analysis only through here (lint
// checks), so what they use of it is listed below.
export * from './query';
export * from './siblings';
export { explainSource, MARKED_WORDS_EXPLAINED, MARKED_WORDS_LABELS, sourceName, SOURCE_KIND_WORDS, type MarkedWordsKind } from './quotes/explain';
export { shortName, speakerSlots } from './speakers';
export { firstIndex } from './text/search';
export { decodeIndex, encodeIndex, loadIndex, saveIndex, STORE_FORMAT, type FileStamp, type LoadedIndex, type StoreFile } from './siblings/indexStore';
export { MemorySampleStore, type KeptSample, type SampleStore } from './siblings/sampleStore';
export { ARTICLE_EXTENSIONS, ARTICLE_GLOB, SKIPPED_FOLDERS, SKIPPED_GLOB, inSkippedFolder, isArticleName, isArticlePath, isSkippedFolder, isMarkdownPath, isReadableName, CONVERTED_EXTENSIONS, MARKDOWN_EXTENSIONS } from './articlePaths';
export { findQuoteIn, quotationAt, type QuoteSighting } from './siblings/quoteTrail';

/**
 * Analyses one article: the people it names (each with every mention), the quotations with
 * their speakers, its paragraphs and its metadata. Pure: text in, plain data out.
 */
export function analyzeArticle(text: string, options: AnalysisOptions = {}): ArticleAnalysis {
  return options.markdown ? withOriginalTexts(text, analyzeProse(blankMarkdown(text), options)) : analyzeProse(text, options);
}

function analyzeProse(text: string, options: AnalysisOptions): ArticleAnalysis {
  const textOnly = articleContext(text, options);
  const people = resolvePeople(textOnly, findNameCandidates(textOnly));
  // Every stage from here on also sees the people and their mentions in reading order.
  const article = withPeople(textOnly, people);
  addNarrativeGender(article);
  const { paragraphs, metadata, furniture } = article;
  // Captions and the page's boilerplate never yield quotes.
  const spans = findQuoteSpans(text, paragraphs, { misturnedMarks: true, recoveredMarks: true }).filter((span) => !within(furniture.captions, span.outerStart, span.outerEnd) && !within(furniture.boilerplate, span.outerStart, span.outerEnd));
  // Scare quotes, terms and titles get no speaker: only quotations go to attribution.
  const kinds = spans.map((span) => quoteKind(article, span));
  titlesAlongLists(article, spans, kinds);
  titlesRepeated(article, spans, kinds);
  subheadsInSingleMarks(article, spans, kinds);
  const quotations = spans.filter((_, i) => kinds[i] === 'quotation');
  const attributed = attributeQuotes(article, quotations);
  let next = 0;
  const attributions = kinds.map((kind) => (kind === 'quotation' ? attributed[next++] : NO_SPEAKER));
  // A quotation attribution finds no source or no cue for is looked at again: a short one may be the reporter's mark.
  for (const [i, span] of spans.entries()) {
    if (kinds[i] !== 'quotation' || !needsSecondLook(text, spans, kinds, attributions, i)) continue;
    kinds[i] = kindWithoutSource(article, span);
    if (kinds[i] !== 'quotation') attributions[i] = NO_SPEAKER;
  }
  const quotes: Quote[] = spans.map((span, i) => ({
    start: span.start,
    end: span.end,
    text: text.slice(span.start, span.end),
    kind: kinds[i],
    partial: isPartialQuote(article, span),
    ...attributions[i],
    unbalanced: span.unbalanced,
    outer: { start: span.outerStart, end: span.outerEnd },
  }));
  echoedSpeakers(text, quotes, metadata.headline, paragraphs);
  relayAffiliations(article, quotes);
  addPronounEvidence(people, quotes);
  return { people, quotes: options.quotesByParagraph ? quotesByParagraph(article, spans, quotes) : quotes, paragraphs, metadata };
}

// Records for export, and the sources of many articles.
export { exportRecords, type ExportRecord, type PersonRecord, type QuoteRecord } from './export/rows';
export { ANNOTATION_CONTEXT, webAnnotations, type WebAnnotation } from './export/webAnnotation';
export { ExportWriter, type ExportFormat, type ExportTable } from './export/exportWriter';
export { collectSources, foldName, PersonKeys, type AnalysedFile, type QuoteRef, type WorkspaceSource } from './workspace/sources';
export { SourceMerge } from './workspace/sourceMerge';
export { summarizeSources, type FileSourceSummary, type MentionPlace, type SourcesInput, type SummaryPerson, type SummaryQuote } from './workspace/fileSummary';
export { sourceReport, type ReportBucket, type ReportDimension, type ReportSection, type SourceReport } from './workspace/report';
export { quotesBehind, reportCharts, valueLabel, type ChartSeries, type ReportChart, type ReportLink, type ReportScope, type ReportView } from './workspace/reportCharts';
// The style-blind comparison of two versions (the editor's, in place or in the worker).
export { styleBlindComparison, type ComparisonMark, type StyleBlindComparison } from './siblings/styleBlind';
