/** Our commands that may run from links in hover Markdown; nothing else is trusted. */
export const LINK_COMMANDS = ['sourcelens.revealRange', 'sourcelens.lookUpPerson', 'sourcelens.quoteTrail'] as const;

export function commandLink(command: (typeof LINK_COMMANDS)[number], args: unknown[]): string {
  return `command:${command}?${encodeURIComponent(JSON.stringify(args))}`;
}

/**
 * Escapes article text for inline Markdown so that it shows as written and cannot make links,
 * HTML or theme icons ($(…)). Line breaks become spaces: the text then never starts a line, so
 * list, heading and rule marks in it stay plain text.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\r\n?|[\n\u2028\u2029]/g, ' ')
    .replace(/[\\`*_{}[\]()#|<>&~$]/g, (c) => (c === '<' ? '&lt;' : c === '>' ? '&gt;' : c === '&' ? '&amp;' : `\\${c}`));
}

/** Markdown built piece by piece, as `vscode.MarkdownString` is, without needing VS Code. */
export class MarkdownText {
  value = '';
  appendMarkdown(markdown: string): this {
    this.value += markdown;
    return this;
  }
}
