import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import picomatch from 'picomatch';
import { ROOT } from './helpers';

interface Step {
  id: string;
  description: string;
  media: { svg?: string; image?: string; markdown?: string };
}
const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  contributes: { walkthroughs: Array<{ id: string; steps: Step[] }>; commands: Array<{ command: string }> };
};

/** The .vscodeignore's allow-list ("!path") patterns: what ships in the .vsix despite the leading "**". */
const shipped = readFileSync(join(ROOT, '.vscodeignore'), 'utf8')
  .split('\n')
  .filter((line) => line.startsWith('!'))
  .map((line) => picomatch(line.slice(1)));

describe('walkthrough', () => {
  const [walkthrough] = manifest.contributes.walkthroughs;

  it('has steps for the sample, people, quotes, Versions and Sources', () => {
    assert.deepEqual(walkthrough.steps.map((step) => step.id).slice(0, 5), ['openSample', 'hoverPerson', 'quoteSources', 'versions', 'sources']);
  });

  it('points every step at media that exists and ships in the .vsix, and the sample too', () => {
    const files = walkthrough.steps.map((step) => step.media.svg ?? step.media.image ?? step.media.markdown ?? '');
    for (const file of [...files, 'samples/harbour-ferry.article']) {
      assert.ok(existsSync(join(ROOT, file)), `${file} is missing`);
      assert.ok(shipped.some((matches) => matches(file)), `${file} is left out of the .vsix by .vscodeignore`);
    }
  });

  it('links only to commands that exist (ours declared, views\' focus commands by view id)', () => {
    const ours = new Set(manifest.contributes.commands.map((command) => command.command));
    const linked = walkthrough.steps.flatMap((step) => [...step.description.matchAll(/\(command:(sourcelens\.[\w.]+)/g)].map((match) => match[1]));
    assert.ok(linked.length >= 5);
    for (const command of linked) assert.ok(ours.has(command) || /^sourcelens\.(article|versions|sources)\.focus$/.test(command), command);
  });
});
