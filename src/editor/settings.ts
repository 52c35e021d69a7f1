import * as vscode from 'vscode';
import { ARTICLE_GLOB, SKIPPED_GLOB } from '../analysis';

/**
 * Where a setting is read for: a document (so folder settings and `[markdown]` overrides apply),
 * or nothing for the window-wide value.
 */
export type SettingsScope = vscode.ConfigurationScope | undefined;

/** Whether Source Lens works on this document at all (`sourcelens.enable`, per folder and language). */
export function isEnabledFor(scope: SettingsScope): boolean {
  return vscode.workspace.getConfiguration('sourcelens', scope).get<boolean>('enable', true) !== false;
}

/** Our settings, read fresh each time so changes apply without a reload. */
export function settings(scope?: SettingsScope) {
  const config = vscode.workspace.getConfiguration('sourcelens', scope);
  return {
    hoverEnabled: config.get<boolean>('hover.enabled', true),
    showCredits: config.get<boolean>('people.showCredits', false),
    maxDocumentLength: Math.max(1000, config.get<number>('analysis.maxDocumentLength', 2_000_000)),
    // Clamped: a delay of zero would re-analyse on every keystroke.
    analysisDelay: Math.min(5000, Math.max(50, config.get<number>('analysis.delay', 300))),
    extraTitles: config.get<string[]>('titles.extra', []).filter((title) => typeof title === 'string'),
    lookUpUrl: config.get<string>('lookUp.url', 'https://en.wikipedia.org/w/index.php?search=${query}'),
  };
}

export function quoteSettings(scope?: SettingsScope) {
  const config = vscode.workspace.getConfiguration('sourcelens.quotes', scope);
  return {
    decorate: config.get<boolean>('decorate', true),
    speakerLabels: speakerLabelPlace(config),
    maxDecorations: Math.max(1, config.get<number>('maxDecorations', 2000)),
    diagnostics: config.get<boolean>('diagnostics', true),
    anonymousInProblems: config.get<boolean>('anonymousInProblems', false),
    /** Scare quotes, terms and titles: a faint mark and a hover that says what they are, or nothing. */
    markedWords: config.get<string>('markedWords', 'quiet') === 'hidden' ? ('hidden' as const) : ('quiet' as const),
  };
}

/** Window-wide: one index covers the whole workspace. */
export function versionSettings() {
  const config = vscode.workspace.getConfiguration('sourcelens.versions');
  return {
    include: config.get<string>('include', ARTICLE_GLOB),
    exclude: config.get<string>('exclude', SKIPPED_GLOB),
    maxFileSize: Math.max(1000, config.get<number>('maxFileSize', 2_000_000)),
  };
}

/** Where speaker labels show: as inlay hints, or nowhere. The older on/off setting, when turned off, still turns them off. */
function speakerLabelPlace(config: vscode.WorkspaceConfiguration): 'inlayHint' | 'off' {
  if (config.get<boolean>('showSpeakerLabels', true) === false) return 'off';
  return config.get<string>('speakerLabels', 'inlayHint') === 'off' ? 'off' : 'inlayHint';
}
