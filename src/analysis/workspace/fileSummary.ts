import { LineIndex } from '../export/lines';
import type { ArticleAnalysis, Person, Quote, QuoteSource } from '../types';

/** A person of one article as the workspace views need them: who, and where first named. */
export interface SummaryPerson extends Pick<Person, 'id' | 'name' | 'title' | 'official' | 'gender'> {
  /** With its line and character (UTF-16, 0-based), so a search can point at it without opening the file. */
  firstMention: { start: number; end: number; line: number; character: number } | null;
}

/** A quotation with a source, without the spans the workspace views never show. */
export interface SummaryQuote extends Pick<Quote, 'kind' | 'speakerId' | 'start' | 'end' | 'text'> {
  source: Pick<QuoteSource, 'kind' | 'name'> | null;
}

/** What `collectSources` reads of an article: a whole analysis fits, and so does a summary. */
export interface SourcesInput {
  metadata: { date: { date: string } | null; dateLine: { date: string } | null };
  people: Array<Pick<Person, 'id' | 'name' | 'title' | 'official' | 'gender'>>;
  quotes: SummaryQuote[];
}

/**
 * What the workspace's Sources view and search keep of one article: a few hundred bytes for an
 * ordinary story, so that it crosses from the worker thread cheaply and thousands fit in memory.
 * It has the shape `collectSources` reads, so the same merging serves the CLI and the editor.
 */
export interface FileSourceSummary extends SourcesInput {
  people: SummaryPerson[];
}

/** Keeps of an analysis what `collectSources` and the workspace search read. Credited people (bylines, photo credits) are left out. */
export function summarizeSources(text: string, analysis: ArticleAnalysis): FileSourceSummary {
  const { date, dateLine } = analysis.metadata;
  const lines = new LineIndex(text);
  const place = (offset: number): { line: number; character: number } => {
    const { line, column } = lines.at(offset);
    return { line: line - 1, character: column - 1 };
  };
  return {
    metadata: { date: date && { date: date.date }, dateLine: dateLine && { date: dateLine.date } },
    people: analysis.people
      .filter((person) => !person.credit)
      .map(({ id, name, title, official, gender, mentions }) => ({
        id,
        name,
        title,
        official,
        gender,
        firstMention: mentions.length > 0 ? { start: mentions[0].start, end: mentions[0].end, ...place(mentions[0].start) } : null,
      })),
    quotes: analysis.quotes
      .filter((quote) => quote.kind === 'quotation' && quote.source)
      .map(({ kind, speakerId, start, end, text, source }) => ({ kind, speakerId, start, end, text, source: source && { kind: source.kind, name: source.name } })),
  };
}

