import type { QuoteRef } from './sources';
import type { ReportDimension, ReportSection, SourceReport } from './report';

/** Which part of the report a figure comes from: all quotations, one folder's, or one month's. */
export type ReportScope = 'all' | 'folder' | 'month';

/** Names the quotations behind one figure, so a click on a bar or a table cell can list them. */
export interface ReportLink {
  scope: ReportScope;
  /** "all", the folder or the month. */
  group: string;
  dimension: ReportDimension;
  /** The dimension's value as the report has it ("female", "anonymous", …). */
  value: string;
}

/** One series of a chart: one value of a dimension, with a figure per category. */
export interface ChartSeries {
  label: string;
  counts: number[];
  /** Percent of the category's total (what the chart shares are of, see `ReportChart.of`). */
  shares: number[];
  links: ReportLink[];
}

/**
 * A chart and its table, ready to draw: plain data, so the webview needs no analysis. Overall
 * charts have the dimension's values as categories and one series; per folder and per month
 * charts have the groups as categories and a series per value (stacked bars).
 */
export interface ReportChart {
  id: string;
  title: string;
  /** What the shares are of, in words. */
  of: string;
  scope: ReportScope;
  categories: string[];
  /** Each category's total, the base of its shares. */
  totals: number[];
  series: ChartSeries[];
}

export interface ReportView {
  quotations: number;
  articles: number;
  charts: ReportChart[];
}

const DIMENSIONS: ReadonlyArray<{ dimension: ReportDimension; title: string; of: string; peopleOnly: boolean }> = [
  { dimension: 'sourceKind', title: 'By kind of source', of: 'all quotations', peopleOnly: false },
  { dimension: 'official', title: 'Officials or not', of: 'quotations from people', peopleOnly: true },
  { dimension: 'gender', title: 'By inferred gender', of: 'quotations from people; unknown where the articles give nothing to infer from', peopleOnly: true },
  { dimension: 'named', title: 'Named or anonymous', of: 'all quotations', peopleOnly: false },
];

/** The words shown for a dimension's values; a value not listed shows as it is. */
const VALUE_LABELS: Record<string, string> = {
  none: 'no source found',
  publication: 'news outlet',
  female: 'women (inferred)',
  male: 'men (inferred)',
  unknown: 'gender unknown',
  'no source': 'no source found',
};

export function valueLabel(value: string): string {
  return VALUE_LABELS[value] ?? value;
}

/** Quotations that are not from a person have no office or gender: left out of those charts, not counted as unknown. */
const NOT_A_PERSON = 'not a person';

const percent = (part: number, whole: number): number => (whole === 0 ? 0 : Math.round((1000 * part) / whole) / 10);

/** The report as charts: overall, per folder and per month, for each dimension. */
export function reportCharts(report: SourceReport): ReportView {
  const charts: ReportChart[] = [];
  for (const { dimension, title, of, peopleOnly } of DIMENSIONS) {
    const buckets = report.overall.dimensions[dimension].filter((bucket) => !peopleOnly || bucket.value !== NOT_A_PERSON);
    const total = buckets.reduce((sum, bucket) => sum + bucket.count, 0);
    charts.push({
      id: `all-${dimension}`,
      title,
      of,
      scope: 'all',
      categories: buckets.map((bucket) => valueLabel(bucket.value)),
      totals: buckets.map(() => total),
      series: [
        {
          label: 'quotations',
          counts: buckets.map((bucket) => bucket.count),
          shares: buckets.map((bucket) => percent(bucket.count, total)),
          links: buckets.map((bucket) => ({ scope: 'all', group: 'all', dimension, value: bucket.value })),
        },
      ],
    });
  }
  for (const [scope, sections, per] of [
    ['folder', report.byFolder, 'per folder'],
    ['month', report.byMonth, 'per month'],
  ] as const) {
    if (sections.length === 0) continue;
    for (const { dimension, title, of, peopleOnly } of DIMENSIONS) charts.push(groupedChart(scope, sections, dimension, `${title}, ${per}`, of, peopleOnly));
  }
  return { quotations: report.overall.quotations, articles: report.overall.articles, charts };
}

function groupedChart(scope: ReportScope, sections: readonly ReportSection[], dimension: ReportDimension, title: string, of: string, peopleOnly: boolean): ReportChart {
  // The values in the overall order (the first section's order, then any later ones), so colours match across groups.
  const values: string[] = [];
  for (const section of sections) for (const bucket of section.dimensions[dimension]) if (!values.includes(bucket.value) && (!peopleOnly || bucket.value !== NOT_A_PERSON)) values.push(bucket.value);
  const countIn = (section: ReportSection, value: string): number => section.dimensions[dimension].find((bucket) => bucket.value === value)?.count ?? 0;
  const totals = sections.map((section) => values.reduce((sum, value) => sum + countIn(section, value), 0));
  return {
    id: `${scope}-${dimension}`,
    title,
    of,
    scope,
    categories: sections.map((section) => section.group),
    totals,
    series: values.map((value) => ({
      label: valueLabel(value),
      counts: sections.map((section) => countIn(section, value)),
      shares: sections.map((section, i) => percent(countIn(section, value), totals[i])),
      links: sections.map((section) => ({ scope, group: section.group, dimension, value })),
    })),
  };
}

/** The quotations behind a figure of the report (none for a link that no longer matches). */
export function quotesBehind(report: SourceReport, link: ReportLink): QuoteRef[] {
  const section = link.scope === 'all' ? report.overall : (link.scope === 'folder' ? report.byFolder : report.byMonth).find((candidate) => candidate.group === link.group);
  return section?.dimensions[link.dimension]?.find((bucket) => bucket.value === link.value)?.quotes ?? [];
}
