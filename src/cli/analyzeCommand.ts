import { analyzeArticle, type ArticleAnalysis, type QuoteKind } from '../analysis';
import { affiliationLabel, personById, plural, quoteOpening, quotesBy } from '../analysis/query';
import { expandPaths, readArticle } from './files';

/** One document in the JSON output: the public contract of `sourcelens analyze --json`. */
function documentJson(path: string, analysis: ArticleAnalysis) {
  return {
    path,
    date: analysis.metadata.date?.date ?? null,
    dateline: analysis.metadata.dateline?.text ?? null,
    metadata: analysis.metadata,
    people: analysis.people.map((person) => ({
      id: person.id,
      name: person.name,
      title: person.title,
      affiliation: person.affiliation,
      affiliationSource: person.affiliationSource,
      official: person.official,
      role: person.role,
      mentions: person.mentions.map(({ start, end, text }) => ({ start, end, text })),
    })),
    quotes: analysis.quotes.map((quote) => ({
      start: quote.start,
      end: quote.end,
      text: quote.text,
      kind: quote.kind,
      partial: quote.partial,
      speakerId: quote.speakerId,
      speakerMention: quote.speakerMention,
      cue: quote.cue,
      unbalanced: quote.unbalanced,
    })),
  };
}

/** `sourcelens analyze [--json] PATH...`: returns the exit code. */
export async function runAnalyze(paths: readonly string[], json: boolean, out: (line: string) => void): Promise<number> {
  const documents: unknown[] = [];
  let failures = 0;
  for (const path of await expandPaths(paths)) {
    const read = await readArticle(path);
    if ('error' in read) {
      failures++;
      documents.push({ path, error: read.error });
      if (!json) out(`${path}: error: ${read.error}\n`);
      continue;
    }
    const analysis = analyzeArticle(read.text);
    if (json) documents.push(documentJson(path, analysis));
    else out(summary(path, analysis));
  }
  if (json) out(`${JSON.stringify({ documents }, null, 2)}\n`);
  return failures > 0 ? 1 : 0;
}

/** How the summary names quotes that are not someone's words. */
const KIND_LABELS: Record<Exclude<QuoteKind, 'quotation'>, string> = { scare: 'scare quote', term: 'term', title: 'title' };

function summary(path: string, analysis: ArticleAnalysis): string {
  const lines: string[] = [];
  const { date, dateline, byline } = analysis.metadata;
  const about = [
    date ? `dated ${date.date}` : null,
    dateline ? `filed from ${dateline.text}${dateline.agency ? ` (${dateline.agency})` : ''}` : null,
    byline ? `by ${byline.text}` : null,
  ].filter(Boolean).join(', ');
  lines.push(`${path}${about ? ` (${about})` : ''}`);
  lines.push(`  People (${analysis.people.length})`);
  for (const person of analysis.people) {
    const facts = [person.title, affiliationLabel(person)].filter(Boolean).join(', ');
    const quoteCount = quotesBy(analysis, person.id).length;
    lines.push(`    ${person.name}${facts ? ` — ${facts}` : ''}${person.official ? ' (official)' : ''} · ${plural(person.mentions.length, 'mention')}${quoteCount ? `, ${plural(quoteCount, 'quote')}` : ''}`);
  }
  lines.push(`  Quotes (${analysis.quotes.length})`);
  for (const quote of analysis.quotes) {
    const speaker = quote.kind === 'quotation' ? personById(analysis, quote.speakerId)?.name ?? 'no speaker found' : KIND_LABELS[quote.kind];
    const flags = [quote.partial ? 'partial' : null, quote.unbalanced ? 'unclosed' : null].filter(Boolean).join(', ');
    lines.push(`    “${quoteOpening(quote, 10)}” — ${speaker}${flags ? ` (${flags})` : ''}`);
  }
  return `${lines.join('\n')}\n\n`;
}

