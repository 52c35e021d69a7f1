import { LineIndex } from '../export/lines';
import type { ArticleAnalysis, Person, Quote, QuoteSource } from '../types';

/** Where a name is: offsets, and its line and character (UTF-16, 0-based), so a search can point at it without opening the file. */
export interface MentionPlace {
  start: number;
  end: number;
  line: number;
  character: number;
}

/** A person of one article as the workspace views need them: who, and where named. */
export interface SummaryPerson extends Pick<Person, 'id' | 'name' | 'title' | 'official' | 'gender'> {
  firstMention: MentionPlace | null;
  /**
   * Every mention, first included, as [start, end, line, character, end line, end character]:
   * compact, since thousands of summaries are kept and saved; a name may wrap onto the next line
   * in hard-wrapped copy (Find All References across the workspace lists them).
   */
  mentions: Array<[start: number, end: number, line: number, character: number, endLine: number, endCharacter: number]>;
}

/** A quotation (with its source, or none found), without the spans the workspace views never show. */
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

/** Keeps of an analysis what `collectSources`, `sourceReport` and the workspace search read. Credited people (bylines, photo credits) are left out. */
export function summarizeSources(text: string, analysis: ArticleAnalysis): FileSourceSummary {
  const { date, dateLine } = analysis.metadata;
  const lines = new LineIndex(text);
  const place = ({ start, end }: { start: number; end: number }): MentionPlace => {
    const { line, column } = lines.at(start);
    return { start, end, line: line - 1, character: column - 1 };
  };
  return {
    metadata: { date: date && { date: date.date }, dateLine: dateLine && { date: dateLine.date } },
    people: analysis.people
      .filter((person) => !person.credit)
      .map(({ id, name, title, official, gender, mentions }) => {
        const mentionPlaces = mentions.map(({ start, end }): SummaryPerson['mentions'][number] => {
          const from = lines.at(start);
          const to = lines.at(end);
          return [start, end, from.line - 1, from.column - 1, to.line - 1, to.column - 1];
        });
        return { id, name, title, official, gender, firstMention: mentions.length > 0 ? place(mentions[0]) : null, mentions: mentionPlaces };
      }),
    // Quotations without a source too: the report counts them ("no source found"); the Sources view skips them.
    quotes: analysis.quotes
      .filter((quote) => quote.kind === 'quotation')
      .map(({ kind, speakerId, start, end, text, source }) => ({ kind, speakerId, start, end, text, source: source && { kind: source.kind, name: source.name } })),
  };
}

