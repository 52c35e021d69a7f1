import * as vscode from 'vscode';
import type { ArticleAnalysis, Quote } from '../analysis';
import { personById } from '../analysis/query';
import { commandLink, escapeMarkdown, trustedMarkdown } from './commandLinks';

/** The hover card for a quotation: who said it, with their title, and the words that say so. */
export function quoteCard(document: vscode.TextDocument, analysis: ArticleAnalysis, quote: Quote): vscode.MarkdownString {
  const md = trustedMarkdown();
  const speaker = personById(analysis, quote.speakerId);
  const kind = quote.partial ? 'Partial quote' : 'Quote';
  if (speaker) {
    md.appendMarkdown(`$(quote) ${kind} — **${escapeMarkdown(speaker.name)}**`);
    if (speaker.title) md.appendMarkdown(`, ${escapeMarkdown(speaker.title)}`);
  } else {
    md.appendMarkdown(`$(quote) ${kind} — *no speaker found*`);
  }
  md.appendMarkdown('\n\n');
  const uri = document.uri.toString();
  if (quote.cue) {
    const link = commandLink('sourcelens.revealRange', [uri, quote.cue.start, quote.cue.end]);
    md.appendMarkdown(`Attributed by “[${escapeMarkdown(quote.cue.text)}](${link})”`);
    if (quote.speakerMention) md.appendMarkdown(` with “${escapeMarkdown(quote.speakerMention.text)}”`);
    md.appendMarkdown('\n\n');
  } else if (speaker) {
    md.appendMarkdown('Continues the speaker of the previous paragraph\n\n');
  }
  if (quote.unbalanced) md.appendMarkdown('$(warning) The quotation mark is not closed; the quote is taken to end with the paragraph.\n\n');
  md.appendMarkdown('---\n\n*Source Lens*');
  return md;
}
