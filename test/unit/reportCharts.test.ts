import assert from 'node:assert/strict';
import { analyzeArticle, quotesBehind, reportCharts, sourceReport, type AnalysedFile, type ReportChart } from '../../src/analysis';

// Our own short stories in two folders and two months: agency copy with a date line, and a web page's plain text.
const file = (name: string, text: string): AnalysedFile => ({ file: name, analysis: analyzeArticle(text) });
const FILES = [
  file('council/ferries.txt', 'date 2024-03-04\n\nHARBOUR CITY — Mayor Lena Ortiz defended the ferry plan.\n\n"We will not cut a single route," she said.\n\n"It is too early to say," a council aide said.'),
  file('council/budget.txt', 'date 2024-04-11\n\n"The numbers do not add up," said Paul Hanley, a ferry user.\n\n"Fares will rise," the transit authority said in a statement.'),
  file('sport/final.txt', '"We played our game," said Coach Marco Diaz after the final.'),
];

describe('report charts', () => {
  const report = sourceReport(FILES, (name) => name.split('/')[0]);
  const view = reportCharts(report);
  const chart = (id: string): ReportChart => {
    const found = view.charts.find((candidate) => candidate.id === id);
    assert.ok(found, `${id} in ${view.charts.map((c) => c.id).join(', ')}`);
    return found;
  };

  it('gives each dimension overall, per folder and per month', () => {
    assert.deepEqual(
      view.charts.map((c) => c.id),
      ['sourceKind', 'official', 'gender', 'named'].flatMap((d) => [`all-${d}`]).concat(['folder', 'month'].flatMap((s) => ['sourceKind', 'official', 'gender', 'named'].map((d) => `${s}-${d}`))),
    );
    assert.equal(view.quotations, report.overall.quotations);
  });

  it('counts what the report counts, with shares of the chart’s own base', () => {
    const kinds = chart('all-sourceKind');
    assert.equal(kinds.series.length, 1);
    const byLabel = Object.fromEntries(kinds.categories.map((category, i) => [category, kinds.series[0].counts[i]]));
    for (const bucket of report.overall.dimensions.sourceKind) assert.ok(Object.values(byLabel).includes(bucket.count));
    assert.equal(kinds.series[0].counts.reduce((a, b) => a + b, 0), report.overall.quotations);
    // Office and gender are shares of the quotations from people: quotations from others are left out, not counted as unknown.
    const gender = chart('all-gender');
    const people = report.overall.dimensions.sourceKind.find((bucket) => bucket.value === 'person')?.count ?? 0;
    assert.equal(gender.totals[0], people);
    assert.ok(!gender.categories.includes('not a person'));
    assert.ok(gender.categories.includes('gender unknown') || gender.series[0].counts.every((n) => n > 0));
    const shares = gender.series[0].shares.reduce((a, b) => a + b, 0);
    assert.ok(Math.abs(shares - 100) < 0.5, String(shares));
  });

  it('stacks the groups: a category per folder, a series per value, each row’s shares summing to a hundred', () => {
    const named = chart('folder-named');
    assert.deepEqual(named.categories, ['council', 'sport']);
    for (let row = 0; row < named.categories.length; row++) {
      const sum = named.series.reduce((total, series) => total + series.shares[row], 0);
      assert.ok(Math.abs(sum - 100) < 0.5, `${named.categories[row]}: ${sum}`);
      assert.equal(named.series.reduce((total, series) => total + series.counts[row], 0), named.totals[row]);
    }
    assert.deepEqual(chart('month-sourceKind').categories, ['2024-03', '2024-04', 'no date']);
  });

  it('links every figure to exactly the quotations behind it', () => {
    for (const c of view.charts) {
      for (const series of c.series) {
        series.links.forEach((link, i) => {
          const quotes = quotesBehind(report, link);
          assert.equal(quotes.length, series.counts[i], `${c.id} ${series.label} ${c.categories[i]}`);
          for (const quote of quotes) if (link.scope === 'folder') assert.ok(quote.file.startsWith(`${link.group}/`));
        });
      }
    }
    assert.deepEqual(quotesBehind(report, { scope: 'folder', group: 'nowhere', dimension: 'gender', value: 'female' }), []);
  });

  it('draws an empty workspace as no figures rather than failing', () => {
    const empty = reportCharts(sourceReport([], () => '.'));
    assert.equal(empty.quotations, 0);
    assert.ok(empty.charts.every((c) => c.scope === 'all' && c.categories.length === 0));
  });
});
