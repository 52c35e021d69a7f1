import type { QuoteSourceKind } from '../types';
import type { AnalysedFile, QuoteRef } from './sources';

/** The questions a media researcher asks of a set of articles, each a share of its quotations. */
export type ReportDimension = 'sourceKind' | 'official' | 'gender' | 'named';

/** One bar of a chart: a value of a dimension, how many quotations have it, and which. */
export interface ReportBucket {
  value: string;
  count: number;
  quotes: QuoteRef[];
}

export interface ReportSection {
  /** "all", a folder, or a month (YYYY-MM, from the articles' dates; "no date" for the rest). */
  group: string;
  quotations: number;
  articles: number;
  dimensions: Record<ReportDimension, ReportBucket[]>;
}

export interface SourceReport {
  overall: ReportSection;
  byFolder: ReportSection[];
  byMonth: ReportSection[];
}

const KIND_ORDER: ReadonlyArray<QuoteSourceKind | 'none'> = ['person', 'organisation', 'document', 'publication', 'group', 'anonymous', 'none'];

/** The value of each dimension for one quotation. Unknowns stay unknown: never guessed. */
interface QuoteFacts {
  ref: QuoteRef;
  file: string;
  folder: string;
  month: string;
  values: Record<ReportDimension, string>;
}

/**
 * Shares of quotations by kind of source, official or not (people only), inferred gender (people
 * only; "unknown" where nothing in the article says), and named or not (a group or an anonymous
 * source is not named), over all files, per folder and per month. Only quotations count, not
 * scare quotes, terms or titles. `folderOf` maps a file to its folder (the caller knows paths).
 */
export function sourceReport(files: readonly AnalysedFile[], folderOf: (file: string) => string): SourceReport {
  const facts: QuoteFacts[] = [];
  for (const { file, analysis } of files) {
    const people = new Map(analysis.people.map((person) => [person.id, person]));
    const date = analysis.metadata.date?.date ?? null;
    for (const quote of analysis.quotes) {
      if (quote.kind !== 'quotation') continue;
      const kind = quote.source?.kind ?? 'none';
      const person = quote.speakerId ? people.get(quote.speakerId) : undefined;
      facts.push({
        ref: { file, start: quote.start, end: quote.end, text: quote.text },
        file,
        folder: folderOf(file),
        month: date ? date.slice(0, 7) : 'no date',
        values: {
          sourceKind: kind,
          official: kind !== 'person' ? 'not a person' : person?.official ? 'official' : 'not official',
          gender: kind !== 'person' ? 'not a person' : person?.gender ?? 'unknown',
          named: kind === 'none' ? 'no source' : kind === 'group' || kind === 'anonymous' ? 'not named' : 'named',
        },
      });
    }
  }
  const grouped = (key: (fact: QuoteFacts) => string): ReportSection[] => {
    const groups = new Map<string, QuoteFacts[]>();
    for (const fact of facts) {
      const members = groups.get(key(fact));
      if (members) members.push(fact);
      else groups.set(key(fact), [fact]);
    }
    return [...groups].sort((a, b) => a[0].localeCompare(b[0])).map(([group, members]) => section(group, members));
  };
  return { overall: section('all', facts), byFolder: grouped((fact) => fact.folder), byMonth: grouped((fact) => fact.month) };
}

function section(group: string, facts: readonly QuoteFacts[]): ReportSection {
  const dimension = (name: ReportDimension): ReportBucket[] => {
    const buckets = new Map<string, ReportBucket>();
    for (const fact of facts) {
      const value = fact.values[name];
      const bucket = buckets.get(value) ?? { value, count: 0, quotes: [] };
      bucket.count++;
      bucket.quotes.push(fact.ref);
      buckets.set(value, bucket);
    }
    const rank = (value: string): number => (name === 'sourceKind' ? KIND_ORDER.indexOf(value as QuoteSourceKind) : 0);
    return [...buckets.values()].sort((a, b) => rank(a.value) - rank(b.value) || b.count - a.count || a.value.localeCompare(b.value));
  };
  return {
    group,
    quotations: facts.length,
    articles: new Set(facts.map((fact) => fact.file)).size,
    dimensions: { sourceKind: dimension('sourceKind'), official: dimension('official'), gender: dimension('gender'), named: dimension('named') },
  };
}
