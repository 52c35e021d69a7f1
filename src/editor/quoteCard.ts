import type { ArticleAnalysis, Quote } from '../analysis';
import { personById } from '../analysis';
import { explainSource, SOURCE_KIND_WORDS } from '../analysis';
import { commandLink, escapeMarkdown, MarkdownText } from './markdownText';
import type { CardDocument } from './personCard';

/** The hover card for a quotation, as Markdown: who said it, how (the cue) and why, in plain words. */
export function quoteCard(document: CardDocument, analysis: ArticleAnalysis, quote: Quote): string {
  const md = new MarkdownText();
  const speaker = personById(analysis, quote.speakerId);
  const kind = quote.partial ? 'Partial quote' : 'Quote';
  const source = quote.source;
  if (speaker) {
    md.appendMarkdown(`$(quote) ${kind} — **${escapeMarkdown(speaker.name)}**`);
    if (speaker.title) md.appendMarkdown(`, ${escapeMarkdown(speaker.title)}`);
  } else if (source?.kind === 'anonymous') {
    md.appendMarkdown(`$(quote) ${kind} — $(eye-closed) *anonymous:* ${escapeMarkdown(source.name)}`);
  } else if (source) {
    md.appendMarkdown(`$(quote) ${kind} — **${escapeMarkdown(source.name)}** (${SOURCE_KIND_WORDS[source.kind]})`);
  } else {
    md.appendMarkdown(`$(quote) ${kind} — *no source found*`);
  }
  md.appendMarkdown('\n\n');
  const uri = document.uri.toString();
  md.appendMarkdown(escapeMarkdown(explainSource(document.getText(), quote, speaker)));
  if (source) {
    const link = commandLink('sourcelens.revealRange', [uri, source.start, source.end]);
    md.appendMarkdown(` [Show where](${link})`);
  }
  md.appendMarkdown('\n\n');
  md.appendMarkdown(`[Where else is this quote?](${commandLink('sourcelens.quoteTrail', [uri, quote.start, quote.end])})\n\n`);
  if (quote.unbalanced) md.appendMarkdown('$(warning) The quotation mark is not closed; the quote is taken to end with the paragraph.\n\n');
  md.appendMarkdown('---\n\n*Source Lens*');
  return md.value;
}
