import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readPage, scorePages, pageRows } from './pageFigures';
const dir = process.argv[2];
const pages = readdirSync(dir).filter((f) => f.endsWith('.page.txt')).sort().map((f) => readPage(f, readFileSync(join(dir, f), 'utf8')));
const f = scorePages(pages);
const rows = pageRows(process.argv[3] ?? 'set', f);
for (const r of rows) console.log(r.join('  |  '));
if (process.argv[4] === '--errors') for (const e of f.errors) console.log('  ' + e);
