// The Source Report's page script, bundled by esbuild into dist/report.js (no CDN). It only draws:
// the figures come from the extension in a message, and a chosen figure goes back as a message.
import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, Tooltip, type ChartEvent, type ActiveElement } from 'chart.js';
import type { ReportChart, ReportView } from '../../../analysis';
import type { FromReport, ToReport } from '../messages';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Tooltip, Legend);

declare function acquireVsCodeApi(): { postMessage(message: FromReport): void };
const host = acquireVsCodeApi();

/** The theme's own chart colours (VS Code sets these CSS variables in every webview). */
const SERIES_COLOURS = ['--vscode-charts-blue', '--vscode-charts-orange', '--vscode-charts-green', '--vscode-charts-purple', '--vscode-charts-red', '--vscode-charts-yellow'];
const SCOPE_HEADINGS = { all: 'All quotations', folder: 'Per folder', month: 'Per month (from each article’s date line)' } as const;

let shown: { title: string; view: ReportView } | undefined;
let drawn: Chart[] = [];

const themeColour = (name: string, fallback: string): string => getComputedStyle(document.body).getPropertyValue(name).trim() || fallback;

/** Values that say nothing is known are drawn in the theme's muted colour, not as one more category. */
const UNKNOWN_VALUES = new Set(['unknown', 'none', 'no source']);

function colourOf(value: string | undefined, index: number): string {
  if (value !== undefined && UNKNOWN_VALUES.has(value)) return themeColour('--vscode-disabledForeground', '#888888');
  return themeColour(SERIES_COLOURS[index % SERIES_COLOURS.length], '#3794ff');
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string): HTMLElementTagNameMap[K] {
  const made = document.createElement(tag);
  if (text !== undefined) made.textContent = text;
  if (className) made.className = className;
  return made;
}

function render(): void {
  for (const chart of drawn) chart.destroy();
  drawn = [];
  const root = document.getElementById('report');
  if (!root || !shown) return;
  root.replaceChildren();
  const { title, view } = shown;
  root.append(element('h1', title), element('p', `${view.quotations.toLocaleString('en')} quotations in ${view.articles.toLocaleString('en')} articles. Gender is inferred from the articles (pronouns, honorifics, titles, words such as “her husband”, given names), never stated; where they give nothing to go on it is counted as unknown.`));
  if (view.quotations === 0) {
    root.append(element('p', 'No quotation was found in these articles.'));
    return post(0, 0, 0);
  }
  let tables = 0;
  let links = 0;
  for (const scope of ['all', 'folder', 'month'] as const) {
    const charts = view.charts.filter((chart) => chart.scope === scope);
    if (charts.length === 0) continue;
    const section = element('section');
    section.append(element('h2', SCOPE_HEADINGS[scope]));
    for (const chart of charts) {
      const figure = drawChart(chart);
      section.append(figure);
      tables++;
      links += figure.querySelectorAll('button').length;
    }
    root.append(section);
  }
  post(drawn.length, tables, links);
}

function post(charts: number, tables: number, links: number): void {
  host.postMessage({ type: 'drawn', charts, tables, links });
}

/** A chart (shares, as horizontal bars) and the same figures as a table whose counts are buttons. */
function drawChart(chart: ReportChart): HTMLElement {
  const figure = element('figure');
  const caption = element('figcaption');
  caption.append(element('strong', chart.title), document.createTextNode(` — shares of ${chart.of}`));
  figure.append(caption);
  const box = element('div', undefined, 'chart');
  // Set through the style object (not an attribute), which the page's Content-Security-Policy allows.
  box.style.height = `${Math.max(6, 2.2 * chart.categories.length + 3)}rem`;
  const canvas = element('canvas');
  canvas.setAttribute('role', 'img');
  canvas.setAttribute('aria-label', `${chart.title}: ${describe(chart)}. The table below gives the same figures.`);
  box.append(canvas);
  figure.append(box);
  const foreground = themeColour('--vscode-charts-foreground', themeColour('--vscode-foreground', '#888'));
  const lines = themeColour('--vscode-charts-lines', 'rgba(128,128,128,0.4)');
  const stacked = chart.series.length > 1;
  drawn.push(
    new Chart(canvas, {
      type: 'bar',
      data: {
        labels: chart.categories,
        datasets: chart.series.map((series, i) => ({
          label: series.label,
          data: series.shares,
          // One series: a colour per bar; several: a colour per series. The same value keeps its colour either way.
          backgroundColor: stacked ? colourOf(series.links[0]?.value, i) : series.links.map((link, bar) => colourOf(link.value, bar)),
        })),
      },
      options: {
        indexAxis: 'y',
        maintainAspectRatio: false,
        animation: false,
        color: foreground,
        scales: {
          x: { stacked, min: 0, max: 100, ticks: { color: foreground, callback: (value) => `${value}%` }, grid: { color: lines } },
          y: { stacked, ticks: { color: foreground }, grid: { color: lines } },
        },
        plugins: {
          legend: { display: stacked, labels: { color: foreground } },
          tooltip: { callbacks: { label: (item) => `${chart.series[item.datasetIndex].label}: ${chart.series[item.datasetIndex].counts[item.dataIndex]} (${item.parsed.x}%)` } },
        },
        onClick: (_event: ChartEvent, elements: ActiveElement[]) => {
          const hit = elements[0];
          if (hit) host.postMessage({ type: 'open', link: chart.series[hit.datasetIndex].links[hit.index] });
        },
        onHover: (event: ChartEvent, elements: ActiveElement[]) => {
          const target = event.native?.target;
          if (target instanceof HTMLElement) target.classList.toggle('pointing', elements.length > 0);
        },
      },
    }),
  );
  figure.append(table(chart));
  return figure;
}

function describe(chart: ReportChart): string {
  if (chart.series.length === 1) return chart.categories.map((category, i) => `${category} ${chart.series[0].shares[i]}%`).join(', ');
  return `${chart.categories.length} groups by ${chart.series.map((series) => series.label).join(', ')}`;
}

/** The chart's figures as a table: a row per category, a column per series; each count lists its quotes. */
function table(chart: ReportChart): HTMLTableElement {
  const made = element('table');
  made.append(element('caption', `${chart.title} (table)`, 'visually-hidden'));
  const head = element('tr');
  const column = (text: string): HTMLTableCellElement => {
    const th = element('th', text);
    th.scope = 'col';
    return th;
  };
  head.append(column(chart.scope === 'all' ? 'Value' : chart.scope === 'folder' ? 'Folder' : 'Month'));
  for (const series of chart.series) head.append(column(chart.series.length > 1 ? series.label : 'Quotations'));
  head.append(column('Total'));
  const body = element('tbody');
  chart.categories.forEach((category, row) => {
    const line = element('tr');
    const th = element('th', category);
    th.scope = 'row';
    line.append(th);
    for (const series of chart.series) {
      const cell = element('td');
      const count = series.counts[row];
      if (count > 0) {
        const button = element('button', `${count} (${series.shares[row]}%)`);
        button.type = 'button';
        button.title = `List the ${count} quotations`;
        button.addEventListener('click', () => host.postMessage({ type: 'open', link: series.links[row] }));
        cell.append(button);
      } else cell.textContent = '0';
      line.append(cell);
    }
    line.append(element('td', String(chart.totals[row])));
    body.append(line);
  });
  const thead = element('thead');
  thead.append(head);
  made.append(thead, body);
  return made;
}

window.addEventListener('message', (event: MessageEvent<ToReport>) => {
  const message = event.data;
  if (message.type === 'reading') {
    shown = undefined;
    document.getElementById('report')?.replaceChildren(element('p', `Reading the articles of ${message.title}…`));
  } else if (message.type === 'report') {
    shown = { title: message.title, view: message.view };
    render();
  }
});

// A theme change switches the body's class: draw again in the new colours.
new MutationObserver(() => shown && render()).observe(document.body, { attributes: true, attributeFilter: ['class'] });

host.postMessage({ type: 'ready' });
