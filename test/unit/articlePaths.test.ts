import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ARTICLE_EXTENSIONS, ARTICLE_GLOB, inSkippedFolder, isArticleName, isArticlePath, isReadableName, SKIPPED_GLOB } from '../../src/analysis';
import { expandPaths } from '../../src/cli/files';
import { ROOT } from './helpers';

interface Manifest {
  activationEvents: string[];
  contributes: {
    languages: Array<{ id: string; extensions?: string[] }>;
    configuration: { properties: Record<string, { default?: unknown }> };
  };
}

/**
 * File endings of the languages VS Code itself defines that the extension works in: `plaintext`
 * from VS Code's core (modesRegistry.ts), `markdown` from its markdown-basics extension
 * (package.json). Of Markdown's many endings only the two the article rule takes are listed.
 */
const BUILT_IN_LANGUAGES: Record<string, string[]> = { plaintext: ['.txt'], markdown: ['.md', '.markdown'] };

describe('article paths', () => {
  const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as Manifest;

  it('are what package.json indexes by default and leaves out', () => {
    const settings = manifest.contributes.configuration.properties;
    assert.equal(settings['sourcelens.versions.include'].default, ARTICLE_GLOB);
    assert.equal(settings['sourcelens.versions.exclude'].default, SKIPPED_GLOB);
  });

  it('are files of the languages the extension activates on, and every file of its own language', () => {
    const activated = manifest.activationEvents.filter((event) => event.startsWith('onLanguage:')).map((event) => event.slice('onLanguage:'.length));
    const ownLanguages = manifest.contributes.languages.filter((language) => activated.includes(language.id));
    const endings = new Map<string, string>();
    for (const language of activated) for (const ending of BUILT_IN_LANGUAGES[language] ?? []) endings.set(ending, language);
    for (const language of ownLanguages) {
      for (const ending of language.extensions ?? []) {
        assert.ok(ARTICLE_EXTENSIONS.includes(ending), `${ending} (${language.id}) is not an article ending`);
        endings.set(ending, language.id);
      }
    }
    assert.deepEqual([...ARTICLE_EXTENSIONS].sort(), [...endings.keys()].sort());
  });

  it('are told by their ending, in any case, outside dependency and version-control folders', () => {
    assert.ok(isArticleName('Ukraine talks.TXT'));
    assert.ok(isArticleName('notes.markdown'));
    assert.ok(!isArticleName('notes.txt.bak'));
    assert.ok(!isArticleName('photo.jpg'));
    assert.ok(isArticlePath('/desk/wires/2024/reuters-0912.story'));
    assert.ok(isArticlePath('C:\\desk\\wires\\ap-0912.article'));
    assert.ok(!isArticlePath('/desk/node_modules/pkg/readme.md'));
    assert.ok(!isArticlePath('/desk/.git/description.txt'));
    assert.ok(inSkippedFolder('file:///desk/.git/COMMIT_EDITMSG'));
    assert.ok(!inSkippedFolder('/desk/.github/notes.md'));
  });

  it('are the files the CLI takes from a folder, with saved web pages and Word files, which it converts', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'sourcelens-paths-'));
    const names = ['a.txt', 'b.MD', 'c.markdown', 'd.story', 'e.article', 'f.html', 'g.txt.orig'];
    for (const name of names) writeFileSync(join(folder, name), 'WASHINGTON (AP) - Text.\n');
    mkdirSync(join(folder, 'node_modules'));
    writeFileSync(join(folder, 'node_modules', 'readme.md'), 'A package.\n');
    const found = (await expandPaths([folder])).map((path) => path.slice(folder.length + 1));
    assert.deepEqual(found, names.filter(isReadableName));
    assert.deepEqual(found, ['a.txt', 'b.MD', 'c.markdown', 'd.story', 'e.article', 'f.html']);
  });
});
