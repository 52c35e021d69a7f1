import assert from 'node:assert/strict';
import { enabledGlobs, excludedPath } from '../../src/editor/versions/excludeGlobs';

describe('Versions index: exclude globs', () => {
  it('leaves out files inside an excluded folder, and only those', () => {
    const excluded = excludedPath(['**/{node_modules,.git}/**', '**/drafts-archive', 'wire/*.tmp.txt']);
    assert.equal(excluded('node_modules/pkg/README.md'), true);
    assert.equal(excluded('site/node_modules/pkg/CHANGELOG.md'), true);
    assert.equal(excluded('.git/COMMIT_EDITMSG.txt'), true);
    assert.equal(excluded('desk/drafts-archive/2023/flood-story.txt'), true);
    assert.equal(excluded('wire/reuters-0412.tmp.txt'), true);
    assert.equal(excluded('wire/reuters-0412.txt'), false);
    assert.equal(excluded('desk/drafts/flood-story.txt'), false);
    assert.equal(excluded('node_modules_notes.md'), false);
  });

  it('reads only the switched-on globs of files.exclude', () => {
    assert.deepEqual(enabledGlobs({ '**/.git': true, '**/.DS_Store': true, '**/*.bak': false, '**/*.js': { when: '$(basename).ts' } }), ['**/.git', '**/.DS_Store']);
    assert.deepEqual(enabledGlobs(undefined), []);
    assert.equal(excludedPath([])('anything.txt'), false);
  });
});
