import { personById } from '../query';
import type { ArticleAnalysis, Person, Quote } from '../types';
import { LineIndex } from './lines';

/** One quotation of one file, flat: a CSV row or a JSON line. Lines and columns are 1-based. */
export interface QuoteRecord {
  type: 'quote';
  file: string;
  start: number;
  end: number;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  text: string;
  kind: Quote['kind'];
  partial: boolean;
  unclosed: boolean;
  sourceKind: string | null;
  source: string | null;
  speaker: string | null;
  speakerTitle: string | null;
  official: boolean | null;
  cue: string | null;
  /** The article's date (ISO), when it gives one. */
  date: string | null;
}

/** One person of one file. */
export interface PersonRecord {
  type: 'person';
  file: string;
  id: string;
  name: string;
  title: string | null;
  titleSource: Person['titleSource'];
  affiliation: string | null;
  affiliationSource: Person['affiliationSource'];
  official: boolean;
  gender: Person['gender'];
  genderEvidence: string | null;
  credit: Person['credit'];
  mentions: number;
  quotes: number;
  /** The first mention. */
  start: number;
  end: number;
  line: number;
  column: number;
}

export type ExportRecord = QuoteRecord | PersonRecord;

/** The quotes and people of one analysed file as flat records, in reading order. */
export function exportRecords(file: string, text: string, analysis: ArticleAnalysis): { quotes: QuoteRecord[]; people: PersonRecord[] } {
  const lines = new LineIndex(text);
  const date = analysis.metadata.date?.date ?? null;
  const quotes = analysis.quotes.map((quote): QuoteRecord => {
    const speaker = personById(analysis, quote.speakerId);
    const from = lines.at(quote.start);
    const to = lines.at(quote.end);
    return {
      type: 'quote',
      file,
      start: quote.start,
      end: quote.end,
      line: from.line,
      column: from.column,
      endLine: to.line,
      endColumn: to.column,
      text: quote.text,
      kind: quote.kind,
      partial: quote.partial,
      unclosed: quote.unbalanced,
      sourceKind: quote.source?.kind ?? null,
      source: quote.source?.name ?? null,
      speaker: speaker?.name ?? null,
      speakerTitle: speaker?.title ?? null,
      official: speaker ? speaker.official : null,
      cue: quote.cue?.text ?? null,
      date,
    };
  });
  const quoteCounts = new Map<string, number>();
  for (const quote of analysis.quotes) if (quote.speakerId) quoteCounts.set(quote.speakerId, (quoteCounts.get(quote.speakerId) ?? 0) + 1);
  const people = analysis.people.map((person): PersonRecord => {
    const first = person.mentions[0];
    const at = lines.at(first.start);
    const evidence = person.genderEvidence;
    return {
      type: 'person',
      file,
      id: person.id,
      name: person.name,
      title: person.title,
      titleSource: person.titleSource,
      affiliation: person.affiliation,
      affiliationSource: person.affiliationSource,
      official: person.official,
      gender: person.gender,
      genderEvidence: evidence ? `${evidence.kind}: ${evidence.text}${evidence.count > 1 ? ` ×${evidence.count}` : ''}` : null,
      credit: person.credit,
      mentions: person.mentions.length,
      quotes: quoteCounts.get(person.id) ?? 0,
      start: first.start,
      end: first.end,
      line: at.line,
      column: at.column,
    };
  });
  return { quotes, people };
}
