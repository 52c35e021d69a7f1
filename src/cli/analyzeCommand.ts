import { affiliationLabel, analyzeArticle, isMarkdownPath, MARKED_WORDS_LABELS, personById, plural, quoteOpening, quotesBy, type ArticleAnalysis } from '../analysis';
import { expandPaths, readArticle } from './files';

/** One document in the JSON output: the public contract of `sourcelens analyze --json`. */
function documentJson(path: string, analysis: ArticleAnalysis, converted: { format: string; text: string } | null) {
  return {
    path,
    // A web page or Word file: the text the offsets refer to, as converted.
    ...converted,
    date: analysis.metadata.date?.date ?? null,
    dateline: analysis.metadata.dateline?.text ?? null,
    metadata: analysis.metadata,
    people: analysis.people.map((person) => ({
      id: person.id,
      name: person.name,
      title: person.title,
      titleSource: person.titleSource,
      affiliation: person.affiliation,
      affiliationSource: person.affiliationSource,
      affiliationReference: person.affiliationReference,
      official: person.official,
      role: person.role,
      gender: person.gender,
      genderEvidence: person.genderEvidence,
      credit: person.credit,
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
      source: quote.source,
      relayedBy: quote.relayedBy,
      cue: quote.cue,
      unbalanced: quote.unbalanced,
    })),
  };
}

/** How `analyze` prints: a readable summary, one JSON object, or one JSON document a line. */
export type OutputFormat = 'text' | 'json' | 'jsonl';

export interface AnalyzeOptions {
  format: OutputFormat;
  /** Files larger than this many bytes are reported as errors, not read. */
  maxFileBytes?: number;
  /** Told after each file (and once at the end): progress for a terminal. */
  progress?: (done: number, total: number) => void;
}

/**
 * `sourcelens analyze [--json|--jsonl] PATH...`: returns the exit code. Each document is written
 * as soon as it is analysed, so the output has no size limit (`--json` too: its object is
 * streamed a document at a time). `out` may return a promise, to wait while the reader catches up.
 */
export async function runAnalyze(
  paths: readonly string[],
  { format, maxFileBytes, progress }: AnalyzeOptions,
  out: (text: string) => unknown,
  // Read errors in the readable summary go here, not into it, as `siblings` does; JSON keeps them as entries.
  err: (text: string) => void = (text) => void process.stderr.write(text),
): Promise<number> {
  let failures = 0;
  let written = 0;
  const write = async (document: object): Promise<void> => {
    if (format === 'jsonl') await out(`${JSON.stringify(document)}\n`);
    else await out(`${written === 0 ? '{\n  "documents": [\n' : ',\n'}${indent(JSON.stringify(document, null, 2), '    ')}`);
    written++;
  };
  const files = await expandPaths(paths);
  for (const [done, path] of files.entries()) {
    progress?.(done, files.length);
    const read = await readArticle(path, maxFileBytes);
    if ('error' in read) {
      failures++;
      if (format === 'text') err(`sourcelens analyze: ${path}: ${read.error}\n`);
      else await write({ path, error: read.error });
      continue;
    }
    const analysis = analyzeArticle(read.text, { markdown: isMarkdownPath(path) });
    if (format === 'text') await out(summary(path, analysis));
    else await write(documentJson(path, analysis, read.format === 'text' ? null : { format: read.format, text: read.text }));
  }
  progress?.(files.length, files.length);
  if (format === 'json') await out(written === 0 ? '{\n  "documents": []\n}\n' : '\n  ]\n}\n');
  return failures > 0 ? 1 : 0;
}

function indent(json: string, by: string): string {
  return by + json.replace(/\n/g, `\n${by}`);
}

/** The plain-text summary of one article: its facts, people and quotes. */
function summary(path: string, analysis: ArticleAnalysis): string {
  const lines: string[] = [];
  const { date, dateline, byline } = analysis.metadata;
  const about = [
    date ? `dated ${date.date}` : null,
    dateline ? `filed from ${dateline.text}${dateline.agency ? ` (${dateline.agency})` : ''}` : null,
    byline ? `by ${byline.text.replace(/\s+/gu, ' ')}` : null,
  ].filter(Boolean).join(', ');
  lines.push(`${path}${about ? ` (${about})` : ''}`);
  lines.push(`  People (${analysis.people.length})`);
  for (const person of analysis.people) {
    const facts = [person.title, affiliationLabel(person)].filter(Boolean).join(', ');
    const quoteCount = quotesBy(analysis, person.id).length;
    lines.push(`    ${person.name}${facts ? ` — ${facts}` : ''}${person.official ? ' · official' : ''}${person.credit ? ` · credit: ${person.credit}` : ''} · ${plural(person.mentions.length, 'mention')}${quoteCount ? `, ${plural(quoteCount, 'quote')}` : ''}`);
  }
  lines.push(`  Quotes (${analysis.quotes.length})`);
  for (const quote of analysis.quotes) {
    const speaker = quote.kind !== 'quotation'
      ? MARKED_WORDS_LABELS[quote.kind]
      : personById(analysis, quote.speakerId)?.name ?? (quote.source ? `${quote.source.name} (${quote.source.kind})` : 'no source found');
    const flags = [quote.partial ? 'partial' : null, quote.unbalanced ? 'unclosed' : null].filter(Boolean).join(', ');
    lines.push(`    “${quoteOpening(quote, 10)}” — ${speaker}${flags ? ` (${flags})` : ''}`);
  }
  return `${lines.join('\n')}\n\n`;
}

