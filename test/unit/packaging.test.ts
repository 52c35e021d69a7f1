import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import picomatch from 'picomatch';
import { ROOT } from './helpers';

const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  categories: string[];
  keywords: string[];
  galleryBanner?: { color: string; theme: string };
  main: string;
  browser?: string;
  contributes: { menus: Record<string, Array<{ command: string; when?: string }>> };
};
const ignore = readFileSync(join(ROOT, '.vscodeignore'), 'utf8').split('\n');
/** Whether a file ships in the .vsix: .vscodeignore leaves out everything ("**") but its "!" lines. */
const ships = (file: string) => ignore.filter((line) => line.startsWith('!')).some((line) => picomatch(line.slice(1))(file));

describe('packaging', () => {
  it('fills the marketplace fields: categories beyond "Other", a banner, at most 30 keywords (the marketplace limit)', () => {
    assert.ok(manifest.categories.some((category) => category !== 'Other'));
    assert.match(manifest.galleryBanner?.color ?? '', /^#[0-9A-Fa-f]{6}$/);
    assert.ok(manifest.keywords.length >= 5 && manifest.keywords.length <= 30);
  });

  it('ships the extension, its shared analysis, workers and converters, the browser build, and not the command-line tool', () => {
    for (const file of ['dist/extension.js', 'dist/analysis.js', 'dist/analysisWorker.js', 'dist/analysisWorkerLoader.js', 'dist/fingerprintWorker.js', 'dist/formats.js', 'dist/web/extension.js']) assert.ok(ships(file), file);
    for (const file of ['dist/cli.js', 'dist/extension.js.map', 'src/extension.ts']) assert.ok(!ships(file), file);
  });

  it('has a browser entry beside the Node one, and ships both', () => {
    assert.equal(manifest.browser, './dist/web/extension.js');
    for (const entry of [manifest.main, manifest.browser]) assert.ok(ships(entry.replace(/^\.\//, '')), entry);
  });

  it('offers Open as Article in the explorer for web pages and Word files only', () => {
    const [item] = manifest.contributes.menus['explorer/context'].filter((entry) => entry.command === 'sourcelens.openAsArticle');
    const extensions = /resourceExtname =~ \/(.+)\/i/.exec(item.when ?? '');
    assert.ok(extensions, item.when);
    const pattern = new RegExp(extensions[1], 'i');
    assert.deepEqual(['.html', '.HTM', '.docx', '.txt', '.md', '.doc'].map((extension) => pattern.test(extension)), [true, true, true, false, false, false]);
  });
});
