import type { QuoteSourceKind, WorkspaceSource } from '../../analysis';
import { foldName } from '../../analysis';

/** How the Sources view orders its sources. */
export type SourceOrder = 'quotes' | 'articles' | 'name' | 'latest';

/** What the Sources view shows: every source unless narrowed. */
export interface SourceFilter {
  order: SourceOrder;
  /** Only sources of this kind; null for all. */
  kind: QuoteSourceKind | null;
  officialsOnly: boolean;
  /** Words the name (or a title) must contain, case and accents ignored; empty for all. */
  text: string;
}

export const NO_FILTER: SourceFilter = { order: 'quotes', kind: null, officialsOnly: false, text: '' };

export const KIND_LABELS: Record<QuoteSourceKind, string> = {
  person: 'person',
  organisation: 'organisation',
  document: 'document',
  publication: 'publication',
  group: 'group',
  anonymous: 'anonymous',
};

const plural = (count: number, one: string, many = `${one}s`): string => `${count.toLocaleString('en')} ${count === 1 ? one : many}`;

/** The line beside a source's name: kind · quotes · articles · official · inferred gender. */
export function sourceDescription(source: WorkspaceSource): string {
  return [
    KIND_LABELS[source.kind],
    plural(source.quoteCount, 'quote'),
    plural(source.files.length, 'article'),
    source.official ? 'official' : null,
    source.gender ? `${source.gender} (inferred)` : null,
  ]
    .filter(Boolean)
    .join(' · ');
}

/** The sources the filter lets through, in its order. */
export function filterSources(sources: readonly WorkspaceSource[], filter: SourceFilter): WorkspaceSource[] {
  const words = foldName(filter.text).split(' ').filter(Boolean);
  const kept = sources.filter((source) => {
    if (filter.kind && source.kind !== filter.kind) return false;
    if (filter.officialsOnly && !source.official) return false;
    if (words.length === 0) return true;
    const haystack = foldName([source.name, ...source.titles].join(' '));
    return words.every((word) => haystack.includes(word));
  });
  const byName = (a: WorkspaceSource, b: WorkspaceSource): number => a.name.localeCompare(b.name);
  const compare: Record<SourceOrder, (a: WorkspaceSource, b: WorkspaceSource) => number> = {
    quotes: (a, b) => b.quoteCount - a.quoteCount || byName(a, b),
    articles: (a, b) => b.files.length - a.files.length || b.quoteCount - a.quoteCount || byName(a, b),
    name: byName,
    latest: (a, b) => (b.lastDate ?? '').localeCompare(a.lastDate ?? '') || b.quoteCount - a.quoteCount || byName(a, b),
  };
  return kept.sort(compare[filter.order]);
}

/** The filter in words, for the view's message; undefined when nothing is narrowed or reordered. */
export function describeFilter(filter: SourceFilter, shown: number, total: number): string | undefined {
  const parts = [
    filter.kind ? `${KIND_LABELS[filter.kind]} only` : null,
    filter.officialsOnly ? 'officials only' : null,
    filter.text ? `matching “${filter.text}”` : null,
  ].filter(Boolean);
  const order = filter.order === 'quotes' ? null : `by ${filter.order === 'latest' ? 'latest date' : filter.order === 'articles' ? 'articles' : 'name'}`;
  if (parts.length === 0 && !order) return undefined;
  return [parts.length > 0 ? `${shown.toLocaleString('en')} of ${total.toLocaleString('en')} sources: ${parts.join(', ')}` : null, order].filter(Boolean).join(' · ');
}
