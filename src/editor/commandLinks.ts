import * as vscode from 'vscode';
import { LINK_COMMANDS } from './markdownText';

// The pure parts live in markdownText.ts, so that tests can run them without VS Code.
export { commandLink, escapeMarkdown } from './markdownText';

/** Markdown that runs only our listed commands and shows theme icons. */
export function trustedMarkdown(value = ''): vscode.MarkdownString {
  const markdown = new vscode.MarkdownString(value, true);
  markdown.isTrusted = { enabledCommands: [...LINK_COMMANDS] };
  return markdown;
}
