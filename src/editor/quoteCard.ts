import type { ArticleAnalysis, Quote } from '../analysis';
import { MARKED_WORDS_EXPLAINED, MARKED_WORDS_LABELS, personById, SOURCE_KIND_WORDS, type MarkedWordsKind, type Person } from '../analysis';
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
  md.appendMarkdown(escapeMarkdown(howAttributed(document.getText(), quote, speaker)));
  if (source) {
    const link = commandLink('sourcelens.revealRange', [uri, source.start, source.end]);
    md.appendMarkdown(` [Show where](${link})`);
  }
  md.appendMarkdown('\n\n');
  const relay = quote.relayedBy;
  if (relay) {
    const link = commandLink('sourcelens.revealRange', [uri, relay.start, relay.end]);
    md.appendMarkdown(`$(broadcast) Passed on by **${escapeMarkdown(relay.name)}** (${SOURCE_KIND_WORDS[relay.kind]}), “according to”. [Show where](${link})\n\n`);
  }
  md.appendMarkdown(`[Where else is this quote?](${commandLink('sourcelens.quoteTrail', [uri, quote.start, quote.end])})\n\n`);
  if (quote.unbalanced) md.appendMarkdown('$(warning) The quotation mark is not closed; the quote is taken to end with the paragraph.\n\n');
  md.appendMarkdown('---\n\n*Source Lens*');
  return md.value;
}

/** The hover card for marks around words nobody is quoted as saying: what they are, and that they get no source. */
export function markedWordsCard(kind: MarkedWordsKind): string {
  const label = MARKED_WORDS_LABELS[kind];
  const md = new MarkdownText();
  md.appendMarkdown(`$(symbol-string) ${label[0].toUpperCase()}${label.slice(1)} — *not a quotation*\n\n`);
  md.appendMarkdown(`${MARKED_WORDS_EXPLAINED[kind]} No source is looked for, and it is not counted among the quotes.\n\n`);
  md.appendMarkdown('---\n\n*Source Lens* · the setting `sourcelens.quotes.markedWords` hides these marks');
  return md.value;
}

/** Attribution words this far from the quote, or nearer, are quoted as the article writes them. */
const QUOTED_ATTRIBUTION = 60;

/**
 * How the article ties the quote to its source, in plain words: "The article says “Blinken
 * told” right after the quote." — "“he” is Antony Blinken." — "It continues the quote before,
 * which the article gives to Antony Blinken."
 */
export function howAttributed(text: string, quote: Quote, speaker: Person | undefined): string {
  const source = quote.source;
  if (!source) return 'No source found: no name, pronoun or description is tied to this quote.';
  const who = speaker?.name ?? source.name;
  const words = text.slice(source.start, source.end);
  const before = source.end <= quote.outer.start;
  const between = before ? text.slice(source.end, quote.outer.start) : text.slice(quote.outer.end, source.start);
  const kind = source.kind === 'person' ? '' : ` (${SOURCE_KIND_WORDS[source.kind]})`;
  const pronoun = speaker && !speaker.name.toLowerCase().split(/\s+/u).some((word) => words.toLowerCase().includes(word));
  if (!quote.cue && before && /[.!?]["”’']?\s|\n/u.test(between)) return `It continues the quote before, which the article gives to ${who}${kind}.`;
  // The attribution as written, cue and source together ("Blinken told", "said a US spokesman").
  const from = Math.min(source.start, quote.cue?.start ?? source.start);
  const to = Math.max(source.end, quote.cue?.end ?? source.end);
  const near = (before ? quote.outer.start - to : from - quote.outer.end) <= QUOTED_ATTRIBUTION;
  const where = before ? (near ? 'just before the quote' : 'earlier in the sentence') : near ? 'right after the quote' : 'later in the sentence';
  const phrase = to - from <= 80 ? text.slice(from, to).replace(/\s+/gu, ' ') : words;
  return `The article says “${phrase}” ${where}: ${pronoun ? `“${words}” is ${who}` : `the words of ${who}${kind}`}.`;
}
