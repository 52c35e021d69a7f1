import type * as vscode from 'vscode';
import { mentionVariants, quoteOpening, quotesBy } from '../analysis';
import type { ArticleAnalysis, Person } from '../analysis';
import { commandLink, escapeMarkdown, MarkdownText } from './markdownText';
import { CREDIT_LABELS } from './plainLabels';

/** Quotes listed in the card; the rest are counted. Few enough that the card fits its box with its footer. */
const MAX_QUOTES_LISTED = 3;
/** Words of each quote shown: enough to recognise it. */
const QUOTE_PREVIEW_WORDS = 12;

/** What a card needs of the document: its address, its lines and, for quotes, its text. */
export type CardDocument = Pick<vscode.TextDocument, 'uri' | 'positionAt' | 'getText'>;

/**
 * The hover card for a person, as Markdown: who they are, how the article names them, what they
 * said. Plain text out, so it is checked without VS Code; the hover wraps it in trusted Markdown.
 */
export function personCard(document: CardDocument, analysis: ArticleAnalysis, person: Person): string {
  const md = new MarkdownText();
  const uri = document.uri.toString();
  md.appendMarkdown(`$(person) **${escapeMarkdown(person.name)}**`);
  if (person.title) md.appendMarkdown(` · ${escapeMarkdown(person.title)}`);
  // A title the article never states ("his counterpart" → Defence Minister) is marked as deduced.
  if (person.title && person.titleSource === 'inferred') md.appendMarkdown(' *(inferred: the article does not state it)*');
  md.appendMarkdown('\n\n');
  if (person.credit === 'pictured') md.appendMarkdown('*Named only in a picture caption, not in the story.*\n\n');
  else if (person.credit) md.appendMarkdown(`*Credited in this article (${CREDIT_LABELS[person.credit]}), not a subject of it.*\n\n`);

  const facts: string[] = [person.official ? 'Official' : 'Named person, no office given'];
  if (person.affiliation) {
    // Say so when the article itself does not place the person: a reader checking copy must know.
    const source = person.affiliationSource === 'reference' ? ` *(not stated in the article; from Source Lens’s list of office holders${referenceNote(person)})*` : '';
    facts.push(`${escapeMarkdown(person.affiliation)}${source}`);
  }
  // "counterpart" already shows as the office it implies; other roles ("spokesman") add to the title.
  if (person.role && person.role !== 'counterpart' && person.role !== person.title?.toLowerCase()) facts.push(`role: ${escapeMarkdown(person.role)}`);
  md.appendMarkdown(`${facts.join(' · ')}\n\n`);
  const gender = genderLine(person);
  if (gender) md.appendMarkdown(`${gender}\n\n`);

  const variants = mentionVariants(person)
    .map((variant) => `“${escapeMarkdown(variant.text)}” ×${variant.count}`)
    .join(', ');
  const times = person.mentions.length === 1 ? 'once' : `${person.mentions.length} times`;
  const first = person.mentions[0];
  const line = document.positionAt(first.start).line + 1;
  // One paragraph for how and where: the card stays short enough to show whole.
  md.appendMarkdown(`Mentioned ${times}, as ${variants}; first on [line ${line}](${commandLink('sourcelens.revealRange', [uri, first.start, first.end])})\n\n`);

  const quotes = quotesBy(analysis, person.id);
  if (quotes.length > 0) {
    md.appendMarkdown(`Quotes (${quotes.length}):\n\n`);
    for (const quote of quotes.slice(0, MAX_QUOTES_LISTED)) {
      const link = commandLink('sourcelens.revealRange', [uri, quote.start, quote.end]);
      md.appendMarkdown(`- [${escapeMarkdown(`“${quoteOpening(quote, QUOTE_PREVIEW_WORDS)}”`)}](${link})${quote.partial ? ' *(partial)*' : ''}\n`);
    }
    if (quotes.length > MAX_QUOTES_LISTED) md.appendMarkdown(`- and ${quotes.length - MAX_QUOTES_LISTED} more (the Article view lists them all)\n`);
    md.appendMarkdown('\n');
  }
  md.appendMarkdown(`[$(link-external) Look up ${escapeMarkdown(person.name)} on the web](${commandLink('sourcelens.lookUpPerson', [person.name])}) · *Source Lens*`);
  return md.value;
}

/** Gender as inferred, never as fact, with what it rests on. */
function genderLine(person: Person): string | null {
  const evidence = person.genderEvidence;
  if (!person.gender || !evidence) return null;
  const word = escapeMarkdown(evidence.text);
  const from = {
    pronoun: `“${word}” ×${evidence.count} resolved to them`,
    honorific: `the honorific “${word}”`,
    title: `the title “${word}”`,
    role: `the article calling them “${word}”`,
    givenName: `the given name “${word}” (weakest: a list of names)`,
  }[evidence.kind];
  return `*Gender, inferred and not stated: ${person.gender}, from ${from}.*`;
}

/** Where the list's entry comes from and as of when: ", Wikidata Q7747, as of 2026-11-25" or ", typed by hand, as of …". */
function referenceNote(person: Person): string {
  const reference = person.affiliationReference;
  if (!reference) return '';
  return reference.source === 'wikidata' && reference.wikidataId
    ? `, Wikidata ${reference.wikidataId}, as of ${reference.asOf}`
    : `, typed by hand, as of ${reference.asOf}`;
}
