import { stripAccents } from '../text/accents';
import type { Person, QuoteSourceKind } from '../types';
import type { SourcesInput, SummaryQuote } from './fileSummary';

/**
 * An analysed article of the workspace: its file (a path or URI) and its analysis, whole or as
 * the summary the editor keeps (`summarizeSources`).
 */
export interface AnalysedFile {
  file: string;
  analysis: SourcesInput;
}

/** Where one quote of a source is. */
export interface QuoteRef {
  file: string;
  start: number;
  end: number;
  text: string;
}

/**
 * A source quoted across the workspace: a person merged across articles by name, or an
 * organisation, document, outlet, group or anonymous source by the words that give it.
 */
export interface WorkspaceSource {
  /** Stable across runs for the same files: the kind and the folded name. */
  key: string;
  kind: QuoteSourceKind;
  /** The fullest form seen. */
  name: string;
  /** The titles the articles give (a person may hold several over time), most frequent first. */
  titles: string[];
  /** True when any article makes the person an official. */
  official: boolean;
  /** Inferred gender when the articles agree on one; null when none says or they disagree. */
  gender: Person['gender'];
  quoteCount: number;
  files: string[];
  /** The earliest and latest article dates (ISO) among its articles that carry one. */
  firstDate: string | null;
  lastDate: string | null;
  quotes: QuoteRef[];
}

/** Folds a name for matching: case, accents, possessive and leading article ignored. */
export function foldName(name: string): string {
  return stripAccents(name)
    .toLowerCase()
    .replace(/['’]s$/u, '')
    .replace(/^(?:the|a|an)\s+/u, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * The key under which a person's quotes are merged across the workspace: `person:` and the folded
 * name. A surname alone ("Ortiz") takes the one full name of the workspace that ends in it ("Lena
 * Ortiz"); where several do ("Lena Ortiz", "Marco Ortiz"), the title tells them apart ("Mayor
 * Ortiz" joins the full name some article calls "Mayor" when only one is), and otherwise it stays
 * itself. Find All References uses the same keys.
 */
export class PersonKeys {
  /** Surname → the folded full names that end in it. */
  private readonly fullNames = new Map<string, Set<string>>();
  /** Folded full name → the folded titles articles give it. */
  private readonly titles = new Map<string, Set<string>>();
  // The same names recur across thousands of articles: fold each once (the editor merges on every change).
  private readonly foldedNames = new Map<string, string>();

  constructor(files: readonly AnalysedFile[]) {
    for (const { analysis } of files) {
      for (const person of analysis.people) {
        const folded = this.fold(person.name);
        const parts = folded.split(' ');
        if (parts.length > 1) {
          const last = parts[parts.length - 1];
          this.fullNames.set(last, (this.fullNames.get(last) ?? new Set()).add(folded));
          if (person.title) this.titles.set(folded, (this.titles.get(folded) ?? new Set()).add(this.fold(person.title)));
        }
      }
    }
  }

  fold(name: string): string {
    let folded = this.foldedNames.get(name);
    if (folded === undefined) this.foldedNames.set(name, (folded = foldName(name)));
    return folded;
  }

  of(name: string, title?: string | null): string {
    const folded = this.fold(name);
    const known = !folded.includes(' ') ? this.fullNames.get(folded) : undefined;
    return `person:${(known && joinSurname(known, title ? this.fold(title) : null, (full) => this.titles.get(full))) ?? folded}`;
  }
}

/**
 * The full name a surname alone joins: the only one ending in it, or among several the only one
 * given the same title; undefined when it stays apart.
 */
export function joinSurname(fullNames: Iterable<string>, title: string | null, titlesOf: (fullName: string) => { has(title: string): boolean } | undefined): string | undefined {
  const names = [...fullNames];
  if (names.length === 1) return names[0];
  if (!title) return undefined;
  const titled = names.filter((name) => titlesOf(name)?.has(title));
  return titled.length === 1 ? titled[0] : undefined;
}

/**
 * Every quoted source of the files, most quoted first. A person named by surname alone in one
 * article ("Ortiz") joins the one full name in the workspace that ends in it ("Lena Ortiz");
 * with two such names ("Lena Ortiz", "Marco Ortiz") it joins the one with its title, or stays
 * apart, since it is ambiguous (see `PersonKeys`).
 */
export function collectSources(files: readonly AnalysedFile[]): WorkspaceSource[] {
  const byKey = new Map<string, WorkspaceSource & { titleCounts: Map<string, number>; genders: Set<string> }>();
  const keys = new PersonKeys(files);
  const fold = (name: string): string => keys.fold(name);
  const personKey = (person: Pick<Person, 'name' | 'title'>): string => keys.of(person.name, person.title);
  for (const { file, analysis } of files) {
    const date = analysis.metadata.date?.date ?? null;
    const people = new Map(analysis.people.map((person) => [person.id, person]));
    for (const quote of analysis.quotes) {
      if (quote.kind !== 'quotation' || !quote.source) continue;
      const person = quote.speakerId ? people.get(quote.speakerId) : undefined;
      const key = person ? personKey(person) : `${quote.source.kind}:${fold(quote.source.name)}`;
      let source = byKey.get(key);
      if (!source) {
        source = { key, kind: person ? 'person' : quote.source.kind, name: person?.name ?? quote.source.name, titles: [], official: false, gender: null, quoteCount: 0, files: [], firstDate: null, lastDate: null, quotes: [], titleCounts: new Map(), genders: new Set() };
        byKey.set(key, source);
      }
      addQuote(source, file, quote, date);
      if (person) {
        if (person.name.length > source.name.length) source.name = person.name;
        if (person.title) source.titleCounts.set(person.title, (source.titleCounts.get(person.title) ?? 0) + 1);
        source.official ||= person.official;
        if (person.gender) source.genders.add(person.gender);
      }
    }
  }
  return [...byKey.values()]
    .map(({ titleCounts, genders, ...source }) => ({
      ...source,
      titles: [...titleCounts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([title]) => title),
      gender: genders.size === 1 ? ([...genders][0] as Person['gender']) : null,
    }))
    .sort((a, b) => b.quoteCount - a.quoteCount || a.name.localeCompare(b.name));
}

function addQuote(source: WorkspaceSource, file: string, quote: SummaryQuote, date: string | null): void {
  source.quoteCount++;
  source.quotes.push({ file, start: quote.start, end: quote.end, text: quote.text });
  // Files are read one after the other, so a file already counted is the last one.
  if (source.files[source.files.length - 1] !== file) source.files.push(file);
  if (date) {
    if (!source.firstDate || date < source.firstDate) source.firstDate = date;
    if (!source.lastDate || date > source.lastDate) source.lastDate = date;
  }
}
