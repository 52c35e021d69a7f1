import * as vscode from 'vscode';

/** Our commands that may run from links in hover Markdown; nothing else is trusted. */
const LINK_COMMANDS = ['sourcelens.revealRange', 'sourcelens.lookUpPerson'] as const;

export function commandLink(command: (typeof LINK_COMMANDS)[number], args: unknown[]): string {
  return `command:${command}?${encodeURIComponent(JSON.stringify(args))}`;
}

/** Markdown that runs only our listed commands and shows theme icons. */
export function trustedMarkdown(): vscode.MarkdownString {
  const markdown = new vscode.MarkdownString('', true);
  markdown.isTrusted = { enabledCommands: [...LINK_COMMANDS] };
  return markdown;
}

/**
 * Escapes article text for inline Markdown so that it shows as written and cannot make links,
 * HTML or theme icons ($(…)). Our text never starts a line, so list and heading marks are safe.
 */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()#|<>&~$]/g, (c) => (c === '<' ? '&lt;' : c === '>' ? '&gt;' : c === '&' ? '&amp;' : `\\${c}`));
}
