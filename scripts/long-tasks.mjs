#!/usr/bin/env node
// Lists the long tasks in CPU profiles of the extension host (written by the integration suite
// when SOURCELENS_PROFILE_DIR is set; see test/integration/suite/cpuProfile.ts): every stretch of
// consecutive busy samples of at least --min ms (default 15), with its garbage-collection share,
// the functions with the most self time, the frames nearest the root (what started it: a timer,
// a message from the worker, one of VS Code's `$`-named RPC handlers) and the first frame of our
// extension on the stack, if any.
//   node scripts/long-tasks.mjs <dir or .cpuprofile files…> [--min 15] [--top 4]
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseArgs } from 'node:util';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { min: { type: 'string', default: '15' }, top: { type: 'string', default: '4' } },
});
const minMs = Number(values.min);
const topN = Number(values.top);

const files = positionals.flatMap((arg) =>
  fs.statSync(arg).isDirectory()
    ? fs.readdirSync(arg).filter((name) => name.endsWith('.cpuprofile')).sort(byRound).map((name) => path.join(arg, name))
    : [arg],
);

/** ours-0, alone-0, ours-1, … in the order they ran. */
function byRound(a, b) {
  const round = (name) => Number(/-(\d+)\./.exec(name)?.[1] ?? 0);
  return round(a) - round(b) || (a.startsWith('ours') ? -1 : 1);
}

/** Our code: the extension's bundles (dist/) or the suite's (out/). */
const isOurs = (url) => /\/(dist|out)\/[^/]*\.js$/.test(url) && !url.includes('node_modules');
const label = ({ functionName, url, lineNumber }) =>
  `${functionName || '(anonymous)'}${url ? ` ${path.basename(url)}:${lineNumber + 1}` : ''}`;

function longTasks(profile) {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const stackOf = (id) => {
    const stack = [];
    for (let at = id; at !== undefined; at = parent.get(at)) stack.push(byId.get(at));
    return stack.reverse().slice(1); // root first, without (root)
  };
  const names = (id) => byId.get(id).callFrame.functionName;
  const hasIdle = profile.samples.some((id) => names(id) === '(idle)');
  // Without (idle) samples, a sample with no JS frame but (program) is the loop waiting.
  const busy = (id) => (hasIdle ? names(id) !== '(idle)' : names(id) !== '(program)' && names(id) !== '(idle)');

  const times = [];
  let t = profile.startTime;
  for (const delta of profile.timeDeltas) times.push((t += delta));
  const tasks = [];
  let current;
  let busyMs = 0;
  let gcMs = 0;
  for (let i = 0; i < profile.samples.length; i++) {
    const id = profile.samples[i];
    const ms = ((times[i + 1] ?? profile.endTime) - times[i]) / 1000;
    if (!busy(id)) {
      if (current) tasks.push(current);
      current = undefined;
      continue;
    }
    busyMs += ms;
    if (names(id) === '(garbage collector)') gcMs += ms;
    current ??= { startMs: (times[i] - profile.startTime) / 1000, ms: 0, samples: [] };
    current.ms += ms;
    current.samples.push({ id, ms });
  }
  if (current) tasks.push(current);
  const totalMs = (profile.endTime - profile.startTime) / 1000;
  return { totalMs, busyMs, gcMs, hasIdle, tasks: tasks.filter((task) => task.ms >= minMs).map((task) => describe(task, stackOf, names)) };
}

function describe(task, stackOf, names) {
  const self = new Map();
  const roots = new Map();
  const oursFirst = new Map();
  let gc = 0;
  let ours = 0;
  for (const { id, ms } of task.samples) {
    const stack = stackOf(id);
    const leaf = stack[stack.length - 1];
    if (names(id) === '(garbage collector)') gc += ms;
    const selfKey = label(leaf.callFrame);
    self.set(selfKey, (self.get(selfKey) ?? 0) + ms);
    const rootKey = stack.slice(0, 3).map((node) => label(node.callFrame)).join(' > ');
    roots.set(rootKey, (roots.get(rootKey) ?? 0) + ms);
    const rpc = stack.find((node) => node.callFrame.functionName.startsWith('$'));
    const mine = stack.find((node) => isOurs(node.callFrame.url));
    if (mine) ours += ms;
    const key = [rpc && `rpc ${rpc.callFrame.functionName}`, mine && `ours ${label(mine.callFrame)}`].filter(Boolean).join(' · ');
    if (key) oursFirst.set(key, (oursFirst.get(key) ?? 0) + ms);
  }
  const top = (map) => [...map].sort((a, b) => b[1] - a[1]).slice(0, topN).map(([key, ms]) => `${ms.toFixed(1)} ms ${key}`);
  return { startMs: task.startMs, ms: task.ms, gc, ours, self: top(self), roots: top(roots), entries: top(oursFirst) };
}

for (const file of files) {
  const result = longTasks(JSON.parse(fs.readFileSync(file, 'utf8')));
  console.log(
    `\n== ${path.basename(file)}: ${result.totalMs.toFixed(0)} ms profiled, busy ${result.busyMs.toFixed(0)} ms, ` +
      `GC ${result.gcMs.toFixed(1)} ms (${((100 * result.gcMs) / Math.max(1, result.busyMs)).toFixed(0)}% of busy)` +
      `${result.hasIdle ? '' : ', no (idle) samples: (program) counted as idle'}; ${result.tasks.length} task(s) ≥ ${minMs} ms`,
  );
  for (const task of result.tasks) {
    console.log(`  at ${task.startMs.toFixed(0)} ms: ${task.ms.toFixed(1)} ms (GC ${task.gc.toFixed(1)}, our frames on stack ${task.ours.toFixed(1)})`);
    console.log(`    self:    ${task.self.join(' | ')}`);
    console.log(`    started: ${task.roots.join(' | ')}`);
    if (task.entries.length) console.log(`    rpc/ours: ${task.entries.join(' | ')}`);
  }
}
