import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyzeArticle, collectSources, exportRecords, sourceReport, webAnnotations, type AnalysedFile, type ReportBucket } from '../../src/analysis';
import { CodePoints, LineIndex } from '../../src/analysis/export/lines';
import { runExport, type ExportOptions } from '../../src/cli/exportCommand';

const SEEDS = join(__dirname, '..', '..', 'seeds');

async function exported(paths: string[], options: ExportOptions): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runExport(paths, options, (text) => (out += text), (text) => (err += text));
  return { code, out, err };
}

function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'sourcelens-export-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

// Our own story: an emoji before the quotes (two UTF-16 units, one code point), CRLF line ends.
const STORY = 'date 2024-05-02\r\n\r\nHARBOUR CITY — Mayor Lena Ortiz 🚢 defended the ferry plan on Tuesday.\r\n\r\n"We will not cut a single route," Ortiz said.\r\n\r\n"=SUM(A1:A9) is not a budget," a city official said.\r\n';

describe('export', () => {
  it('gives 1-based lines and columns after \\n, \\r\\n and a lone \\r', () => {
    const lines = new LineIndex('ab\ncd\r\nef\rgh');
    assert.deepEqual([0, 2, 3, 7, 10].map((offset) => lines.at(offset)), [
      { line: 1, column: 1 }, { line: 1, column: 3 }, { line: 2, column: 1 }, { line: 3, column: 1 }, { line: 4, column: 1 },
    ]);
  });

  it('counts code points, not UTF-16 units, after characters outside the basic plane', () => {
    const text = 'a😀b𝒳c';
    const points = new CodePoints(text);
    assert.deepEqual([0, 1, 3, 4, 6, 7].map((offset) => points.of(offset)), [0, 1, 2, 3, 4, 5]);
  });

  it('every Web Annotation selector finds its words in the file (positions in code points)', () => {
    // Files only: the integration suite opens this folder as its workspace and may give it a .vscode folder meanwhile.
    const seeds = readdirSync(SEEDS, { withFileTypes: true }).filter((entry) => entry.isFile());
    const texts = [STORY, ...seeds.map((entry) => readFileSync(join(SEEDS, entry.name), 'utf8'))];
    let checked = 0;
    for (const text of texts) {
      const points = Array.from(text);
      for (const annotation of webAnnotations('file:///story.txt', text, analyzeArticle(text))) {
        const [quote, position] = annotation.target.selector;
        assert.equal(points.slice(position.start, position.end).join(''), quote.exact);
        assert.ok(text.includes(quote.prefix + quote.exact + quote.suffix));
        checked++;
      }
    }
    assert.ok(checked > 50, `only ${checked} annotations checked`);
  });

  it('puts file, offsets, line and column and the source on each quote record', () => {
    const { quotes, people } = exportRecords('story.txt', STORY, analyzeArticle(STORY));
    const route = quotes.find((quote) => quote.text.startsWith('We will not'));
    assert.ok(route);
    assert.equal(STORY.slice(route.start, route.end), route.text);
    assert.deepEqual([route.line, route.column, route.speaker, route.sourceKind, route.date], [5, 2, 'Lena Ortiz', 'person', '2024-05-02']);
    const ortiz = people.find((person) => person.name === 'Lena Ortiz');
    assert.equal(ortiz?.quotes, 1);
  });

  it('CSV cells that a spreadsheet would run as a formula start with an apostrophe', async () => {
    const dir = folder({ 'story.txt': STORY });
    const { code, out } = await exported([dir], { format: 'csv' });
    assert.equal(code, 0);
    assert.match(out, /^type,file,start,end,line,column/);
    assert.ok(out.includes("'=SUM(A1:A9) is not a budget,"), out);
    assert.ok(!/(^|,)=SUM/m.test(out));
  });

  it('JSON lines stream one record a line; an unreadable file is reported on stderr and the rest exported', async () => {
    const dir = folder({ 'story.txt': STORY });
    const { code, out, err } = await exported([join(dir, 'story.txt'), join(dir, 'missing.txt')], { format: 'jsonl' });
    assert.equal(code, 1);
    assert.match(err, /missing\.txt/);
    const records = out.trim().split('\n').map((line) => JSON.parse(line));
    assert.ok(records.some((record) => record.type === 'person') && records.some((record) => record.type === 'quote'));
  });

  it('Web Annotation output is one JSON-LD annotation page, also for no files', async () => {
    const page = JSON.parse((await exported([SEEDS], { format: 'wadm' })).out);
    assert.equal(page['@context'], 'http://www.w3.org/ns/anno.jsonld');
    assert.ok(page.items.length > 50);
    const empty = JSON.parse((await exported([folder({})], { format: 'wadm' })).out);
    assert.deepEqual(empty.items, []);
  });
});

describe('sources across articles', () => {
  const file = (name: string, text: string): AnalysedFile => ({ file: name, analysis: analyzeArticle(text) });

  it('merges a person across articles, and a surname alone with the one full name ending in it', () => {
    const sources = collectSources([
      file('a.txt', 'Mayor Lena Ortiz spoke on Monday. "We are ready," Ortiz said.'),
      file('b.txt', '"The money is there," Ortiz said on Friday.'),
      file('c.txt', '"No comment," a senior official said.'),
    ]);
    const ortiz = sources.find((source) => source.name === 'Lena Ortiz');
    assert.ok(ortiz, JSON.stringify(sources.map((source) => source.key)));
    assert.deepEqual([ortiz.quoteCount, ortiz.files, ortiz.official], [2, ['a.txt', 'b.txt'], true]);
    assert.ok(sources.some((source) => source.kind === 'anonymous'));
  });

  it('keeps a surname alone apart when two full names end in it', () => {
    const sources = collectSources([
      file('a.txt', 'Mayor Lena Ortiz spoke. "We are ready," Ortiz said.'),
      file('b.txt', 'Coach Marco Ortiz spoke. "We lost," Ortiz said.'),
      file('c.txt', '"Nothing yet," Ortiz said.'),
    ]);
    assert.deepEqual(sources.filter((source) => source.kind === 'person').map((source) => source.name).sort(), ['Lena Ortiz', 'Marco Ortiz', 'Ortiz']);
  });
});

describe('source report', () => {
  const file = (name: string, text: string): AnalysedFile => ({ file: name, analysis: analyzeArticle(text) });
  const files = [
    file('city/a.txt', 'date 2024-05-02\n\nMayor Lena Ortiz spoke. "We are ready," she said. "No comment," a senior official said.'),
    file('city/b.txt', 'date 2024-06-10\n\n"The money is there," said Kerry Vale, a ferry user. The "temporary" bridge stays.'),
    file('port/c.txt', '"Nothing yet," the port authority said in a statement.'),
  ];
  const report = sourceReport(files, (name) => name.split('/')[0]);
  const counts = (buckets: ReportBucket[]): Record<string, number> => Object.fromEntries(buckets.map((bucket) => [bucket.value, bucket.count]));

  it('counts quotations only, by kind of source, official, inferred gender and named', () => {
    assert.equal(report.overall.quotations, 4);
    assert.deepEqual(counts(report.overall.dimensions.sourceKind), { person: 2, organisation: 1, anonymous: 1 });
    assert.deepEqual(counts(report.overall.dimensions.official), { official: 1, 'not official': 1, 'not a person': 2 });
    assert.deepEqual(counts(report.overall.dimensions.gender), { female: 1, unknown: 1, 'not a person': 2 });
    assert.deepEqual(counts(report.overall.dimensions.named), { named: 3, 'not named': 1 });
  });

  it('splits by folder and month, and every bucket leads back to its quotes', () => {
    assert.deepEqual(report.byFolder.map((section) => [section.group, section.quotations, section.articles]), [['city', 3, 2], ['port', 1, 1]]);
    assert.deepEqual(report.byMonth.map((section) => section.group), ['2024-05', '2024-06', 'no date']);
    for (const bucket of report.overall.dimensions.sourceKind) {
      for (const quote of bucket.quotes) {
        const source = files.find((f) => f.file === quote.file);
        assert.ok(source?.analysis.quotes.some((q) => q.start === quote.start && q.text === quote.text));
      }
    }
  });
});
