import assert from 'node:assert/strict';
import { join } from 'node:path';
import { ESLint } from 'eslint';
import { ROOT } from './helpers';

/**
 * The layer rules in eslint.config.mjs, tried on imports that break them: `npm run lint` passing
 * means something only if these are rejected. The files are linted as text, never written.
 */
describe('layer boundaries (lint)', function () {
  this.timeout(60_000);
  const eslint = new ESLint({ cwd: ROOT });

  async function restrictedImports(path: string, code: string): Promise<string[]> {
    const [result] = await eslint.lintText(code, { filePath: join(ROOT, path) });
    return result.messages.filter((message) => message.ruleId === 'no-restricted-imports').map((message) => message.message);
  }

  it('keeps vscode and Node built-ins out of the analysis', async () => {
    const code = "import * as vscode from 'vscode';\nimport { readFileSync } from 'node:fs';\nimport * as path from 'path';\nexport const used = [vscode, readFileSync, path];\n";
    assert.equal((await restrictedImports('src/analysis/people/scratch.ts', code)).length, 3);
  });

  it('lets the editor, the CLI and the worker reach the analysis only through its entry', async () => {
    const inside = "import { fingerprint } from '../analysis/siblings';\nexport const used = fingerprint;\n";
    const deeper = "import { mentionAt } from '../../analysis/query';\nexport const used = mentionAt;\n";
    const entry = "import { fingerprint } from '../analysis';\nexport const used = fingerprint;\n";
    assert.equal((await restrictedImports('src/editor/scratch.ts', inside)).length, 1);
    assert.equal((await restrictedImports('src/editor/versions/scratch.ts', deeper)).length, 1);
    assert.equal((await restrictedImports('src/cli/scratch.ts', inside)).length, 1);
    assert.equal((await restrictedImports('src/worker/scratch.ts', inside)).length, 1);
    assert.deepEqual(await restrictedImports('src/editor/scratch.ts', entry), []);
    assert.deepEqual(await restrictedImports('src/cli/scratch.ts', entry), []);
  });

  it('keeps the editor and the CLI apart', async () => {
    assert.equal((await restrictedImports('src/editor/scratch.ts', "import { runAnalyze } from '../cli/analyzeCommand';\nexport const used = runAnalyze;\n")).length, 1);
    assert.equal((await restrictedImports('src/cli/scratch.ts', "import { registerHover } from '../editor/hover';\nexport const used = registerHover;\n")).length, 1);
    assert.equal((await restrictedImports('src/cli/scratch.ts', "import * as vscode from 'vscode';\nexport const used = vscode;\n")).length, 1);
  });
});
