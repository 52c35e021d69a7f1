/** The little of the `vscode` module that the hover cards use, for unit tests outside VS Code. */
export class MarkdownString {
  value = '';
  isTrusted: unknown;
  constructor(value = '', readonly supportThemeIcons = false) {
    this.value = value;
  }
  appendMarkdown(text: string): this {
    this.value += text;
    return this;
  }
}
