// Entry point of the integration suite. VS Code loads the bundled file
// (out/integration/suite/index.js) in the extension host and calls `run()`; a rejected
// promise makes VS Code end the run with a failure exit code.
//
// Environment, set by the runners in test/integration/:
// - SOURCELENS_TEST_RESULTS: a file to write {passed, failed, pending, total, failures} to,
//   so the runner can report counts without parsing log text.
// - SOURCELENS_TEST_LOG_PREFIX: in the browser route the extension host's console reaches the
//   runner mixed into the workbench's own log; each reporter line is marked with this prefix
//   so the runner can relay exactly the suite's output.
// - SOURCELENS_TEST_GREP: run only the tests whose full title matches this pattern.
import * as fs from 'node:fs';
import * as util from 'node:util';
import Mocha from 'mocha';
import * as vscode from 'vscode';

export interface SuiteResults {
  vscodeVersion?: string;
  timings?: Record<string, number | number[]>;
  passed: number;
  failed: number;
  pending: number;
  total: number;
  failures: string[];
}

export async function run(): Promise<void> {
  const prefix = process.env.SOURCELENS_TEST_LOG_PREFIX;
  if (prefix) {
    // Reporters print through Base.consoleLog at call time, so replacing it marks every line.
    Mocha.reporters.Base.consoleLog = (...data: unknown[]) => console.log(prefix + util.format(...data));
  }

  // Which VS Code really ran the suite, as its API reports it.
  const host = vscode.env.uiKind === vscode.UIKind.Web ? 'in the browser' : 'desktop';
  Mocha.reporters.Base.consoleLog(`VS Code ${vscode.version} (${vscode.env.appName}, ${host}), extension host on Node ${process.version}`);

  const mocha = new Mocha({ ui: 'tdd', reporter: 'spec', color: false, timeout: 30_000, slow: 2_000 });
  if (process.env.SOURCELENS_TEST_GREP) mocha.grep(process.env.SOURCELENS_TEST_GREP);

  // The suite is bundled into this one file, so test files cannot be added by path. Instead
  // install the tdd globals (suite, test, suiteSetup, ...) the way Mocha does before it
  // requires a spec file, then load the test modules; their top-level `suite(...)` calls
  // register with this Mocha instance. Dynamic imports keep them from running before this.
  const modules: Array<[string, () => Promise<unknown>]> = [
    ['extension.test', () => import('./extension.test.js')],
    ['article.test', () => import('./article.test.js')],
    ['versions.test', () => import('./versions.test.js')],
    ['quoteTrail.test', () => import('./quoteTrail.test.js')],
    ['sources.test', () => import('./sources.test.js')],
    ['report.test', () => import('./report.test.js')],
    ['fit.test', () => import('./fit.test.js')],
    ['screenshots.test', () => import('./screenshots.test.js')],
  ];
  for (const [file, load] of modules) {
    mocha.suite.emit(Mocha.Suite.constants.EVENT_FILE_PRE_REQUIRE, globalThis, file, mocha);
    const testModule = await load();
    mocha.suite.emit(Mocha.Suite.constants.EVENT_FILE_REQUIRE, testModule, file, mocha);
    mocha.suite.emit(Mocha.Suite.constants.EVENT_FILE_POST_REQUIRE, globalThis, file, mocha);
  }

  const results = await new Promise<SuiteResults>((resolve) => {
    const failures: string[] = [];
    const runner = mocha.run(() => {
      const stats = runner.stats;
      resolve({
        passed: stats?.passes ?? 0,
        failed: stats?.failures ?? failures.length,
        pending: stats?.pending ?? 0,
        total: runner.total,
        failures,
      });
    });
    runner.on(Mocha.Runner.constants.EVENT_TEST_FAIL, (test) => failures.push(test.fullTitle()));
  });

  const { timings } = await import('./helpers.js');
  results.timings = { ...timings };
  results.vscodeVersion = vscode.version;
  if (process.env.SOURCELENS_TEST_RESULTS) {
    fs.writeFileSync(process.env.SOURCELENS_TEST_RESULTS, JSON.stringify(results));
  }
  if (results.failed > 0) {
    throw new Error(`${results.failed} integration test(s) failed.`);
  }
  if (results.passed === 0) {
    throw new Error('No integration test ran.');
  }
}
