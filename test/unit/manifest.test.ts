import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './helpers';

interface Manifest {
  capabilities?: { untrustedWorkspaces?: { supported: boolean | 'limited'; restrictedConfigurations?: string[] }; virtualWorkspaces?: boolean };
  contributes: { configuration: { properties: Record<string, { scope?: string }> }; commands: Array<{ command: string }>; menus: Record<string, Array<{ command: string; when?: string }>> };
}

const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as Manifest;
const properties = manifest.contributes.configuration.properties;

describe('package.json: settings and capabilities', () => {
  it('gives every setting a scope, so folder settings and language overrides work where they should', () => {
    const unscoped = Object.entries(properties).filter(([, property]) => property.scope === undefined).map(([name]) => name);
    assert.deepEqual(unscoped, []);
    assert.equal(properties['sourcelens.enable'].scope, 'language-overridable');
  });

  it('keeps the look-up address out of workspace hands: user settings only, restricted in Restricted Mode', () => {
    assert.equal(properties['sourcelens.lookUp.url'].scope, 'application');
    assert.equal(manifest.capabilities?.untrustedWorkspaces?.supported, 'limited');
    assert.deepEqual(manifest.capabilities?.untrustedWorkspaces?.restrictedConfigurations, ['sourcelens.lookUp.url']);
    assert.equal(manifest.capabilities?.virtualWorkspaces, true);
  });

  it('offers the Show Log command', () => {
    assert.ok(manifest.contributes.commands.some((command) => command.command === 'sourcelens.showLog'));
  });

  it('puts the quote-marks toggle in the title bar of article editors only', () => {
    const [toggle] = manifest.contributes.menus['editor/title'].filter((item) => item.command === 'sourcelens.toggleQuoteDecorations');
    assert.match(toggle.when ?? '', /resourceLangId in sourcelens\.supportedLanguages/);
  });
});
