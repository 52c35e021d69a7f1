/** Progress is shown only after a run has lasted this long, and redrawn at most this often. */
const SHOW_AFTER_MS = 1000;
const REDRAW_MS = 200;

/**
 * "analyze: 1,200 of 4,000 files" on one line of a terminal's stderr, redrawn in place and
 * cleared at the end, for runs long enough to wonder about. Returns undefined when stderr is no
 * terminal (a pipe or a file), so logs and scripts never get it.
 */
export function terminalProgress(
  command: string,
  stream: Pick<NodeJS.WriteStream, 'isTTY' | 'write'> = process.stderr,
  clock: () => number = Date.now,
): ((done: number, total: number) => void) | undefined {
  if (!stream.isTTY) return undefined;
  const started = clock();
  let drawnAt = 0;
  let shown = false;
  return (done, total) => {
    const now = clock();
    if (done >= total) {
      if (shown) stream.write('\r\x1b[K');
      return;
    }
    if (now - started < SHOW_AFTER_MS || now - drawnAt < REDRAW_MS) return;
    drawnAt = now;
    shown = true;
    stream.write(`\r\x1b[K${command}: ${done.toLocaleString('en')} of ${total.toLocaleString('en')} files`);
  };
}
