import assert from 'node:assert/strict';
import { terminalProgress } from '../../src/cli/progress';

describe('sourcelens: progress on a terminal', () => {
  const terminal = (isTTY: boolean) => {
    const written: string[] = [];
    return { stream: { isTTY, write: (text: string) => written.push(text) > 0 }, written };
  };

  it('shows nothing when stderr is not a terminal', () => {
    assert.equal(terminalProgress('analyze', terminal(false).stream), undefined);
  });

  it('stays quiet for a short run, then draws one line in place and clears it at the end', () => {
    let now = 0;
    const { stream, written } = terminal(true);
    const progress = terminalProgress('analyze', stream, () => now)!;
    progress(0, 4000);
    now = 500;
    progress(10, 4000);
    assert.deepEqual(written, []);
    now = 1200;
    progress(1200, 4000);
    now = 1300; // too soon to redraw
    progress(1300, 4000);
    now = 1500;
    progress(1500, 4000);
    progress(4000, 4000);
    assert.deepEqual(written, ['\r\x1b[Kanalyze: 1,200 of 4,000 files', '\r\x1b[Kanalyze: 1,500 of 4,000 files', '\r\x1b[K']);
  });

  it('writes no clearing for a run that never showed progress', () => {
    const { stream, written } = terminal(true);
    const progress = terminalProgress('analyze', stream, () => 0)!;
    progress(3, 3);
    assert.deepEqual(written, []);
  });
});
