// The Source Report webview over the seeds: what its page was sent and what it drew, and a figure leading to its quotes.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { ReportChart, ReportView } from '../../../src/analysis';
import type { SourceLensApi } from '../../../src/extension';
import { BRITISH_SEED, getExtension, SAMPLE_FILE, sleep, waitFor } from './helpers';

suite('Source Report', () => {
  let api: SourceLensApi;
  const lastReport = (): { title: string; view: ReportView } | undefined => {
    const sent = [...api.sourceReport.sent].reverse().find((message) => message.type === 'report');
    return sent?.type === 'report' ? sent : undefined;
  };
  const chart = (view: ReportView, id: string): ReportChart => {
    const found = view.charts.find((candidate) => candidate.id === id);
    assert.ok(found, `${id} among ${view.charts.map((c) => c.id).join(', ')}`);
    return found;
  };
  const figures = (c: ReportChart): Record<string, number> => Object.fromEntries(c.categories.map((category, i) => [category, c.series[0].counts[i]]));

  suiteSetup(async () => {
    api = (await getExtension().activate()) as SourceLensApi;
  });

  suiteTeardown(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  test('opens on the seeds; its page runs under its policy and draws each chart with its table', async () => {
    api.sourceReport.received.length = 0;
    await vscode.commands.executeCommand('sourcelens.showSourceReport');
    // The page says what it drew only if its script ran (nonce, no inline code) and Chart.js drew on its canvases.
    const drawn = await waitFor('the report page to draw', () => api.sourceReport.received.find((message) => message.type === 'drawn' && message.charts > 0), () => JSON.stringify(api.sourceReport.received), 30_000);
    const report = lastReport();
    assert.ok(report);
    assert.match(report.title, /^Source Report: /);
    const { view } = report;
    assert.equal(drawn.type === 'drawn' && drawn.charts, view.charts.length);
    assert.equal(drawn.type === 'drawn' && drawn.tables, view.charts.length);
    // The seeds: two versions of one story, every quotation from a named official (what `sourcelens report seeds` counts too).
    assert.deepEqual([view.quotations, view.articles], [16, 2]);
    assert.deepEqual(figures(chart(view, 'all-sourceKind')), { person: 16 });
    assert.deepEqual(figures(chart(view, 'all-official')), { official: 16 });
    // Pat Ryder is a man by the article's "spokesman"; the others by their titles or given names.
    assert.deepEqual(figures(chart(view, 'all-gender')), { 'men (inferred)': 16 });
    assert.deepEqual(figures(chart(view, 'all-named')), { named: 16 });
    const months = chart(view, 'month-sourceKind');
    assert.deepEqual([months.categories, months.totals], [['2022-10', 'no date'], [7, 9]]);
    assert.deepEqual(chart(view, 'folder-sourceKind').categories, ['seeds']);
  });

  test('a figure lists the quotations behind it, and the one chosen is selected in its article', async () => {
    // No article open, and the report open again: the article that shows next is the one the link revealed.
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    const before = api.sourceReport.sent.length;
    await vscode.commands.executeCommand('sourcelens.showSourceReport');
    const sent = await waitFor('the report again', () => api.sourceReport.sent.slice(before).find((message) => message.type === 'report'));
    assert.ok(sent.type === 'report');
    const gender = chart(sent.view, 'all-gender');
    const men = gender.series[0].links[gender.categories.indexOf('men (inferred)')];
    assert.ok(men);
    let settled = false;
    const listing = api.sourceReport.receive({ type: 'open', link: men }).finally(() => (settled = true));
    // The quick pick of the sixteen quotations: take the first.
    for (let tries = 0; !settled && tries < 50; tries++) {
      await sleep(300);
      await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
    }
    await listing;
    const editor = await waitFor('a seed with a quotation selected', () => {
      const active = vscode.window.activeTextEditor;
      return active && [SAMPLE_FILE, BRITISH_SEED].some((name) => active.document.uri.path.endsWith(`/${name}`)) && !active.selection.isEmpty ? active : undefined;
    });
    assert.ok(editor.document.getText(editor.selection).length > 10);
  });

  test('a folder’s report (the explorer’s context menu) covers that folder', async () => {
    const folder = vscode.workspace.workspaceFolders?.[0];
    assert.ok(folder);
    const before = api.sourceReport.sent.length;
    await vscode.commands.executeCommand('sourcelens.showSourceReport', folder.uri);
    const report = await waitFor('the folder’s report', () => api.sourceReport.sent.slice(before).find((message) => message.type === 'report'));
    assert.ok(report.type === 'report');
    assert.match(report.title, new RegExp(folder.name));
    assert.equal(report.view.quotations, 16);
  });
});

// The README's picture of the report (only with the runner's --screenshots; see screenshots.test.ts).
const screenshotDir = process.env.SOURCELENS_SCREENSHOT_DONE_DIR;
(screenshotDir ? suite : suite.skip)('Screenshot of the Source Report', () => {
  test('the Source Report over the seeds', async () => {
    const api = (await getExtension().activate()) as SourceLensApi;
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.commands.executeCommand('workbench.action.closePanel');
    await vscode.commands.executeCommand('workbench.action.closeAuxiliaryBar');
    await vscode.commands.executeCommand('workbench.action.closeSidebar');
    const before = api.sourceReport.received.length;
    await vscode.commands.executeCommand('sourcelens.showSourceReport');
    await waitFor('the report drawn', () => api.sourceReport.received.slice(before).find((message) => message.type === 'drawn'), undefined, 30_000);
    await sleep(1500);
    console.log(`${process.env.SOURCELENS_TEST_LOG_PREFIX ?? ''}SCREENSHOT screenshot-report`);
    await waitFor('the screenshot', () => fs.existsSync(path.join(screenshotDir!, 'screenshot-report.done')), undefined, 20_000);
  });
});
