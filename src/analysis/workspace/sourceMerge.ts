import type { Person } from '../types';
import type { SourcesInput, SummaryQuote } from './fileSummary';
import { foldName, joinSurname, type QuoteRef, type WorkspaceSource } from './sources';

/** One quotation a file gives a source, with the person behind it (for name, title, office, gender). */
interface Contribution {
  quote: SummaryQuote;
  /** Made once, shared by every merge of the source: a source quoted in thousands of files is merged again on each change. */
  ref: QuoteRef;
  person: Pick<Person, 'name' | 'title' | 'official' | 'gender'> | undefined;
}

interface FileEntry {
  /** Its place in the workspace's order: kept when the file changes, as the editor's map keeps it. */
  seq: number;
  summary: SourcesInput;
  date: string | null;
  /** The sources it gives quotations to. */
  keys: Set<string>;
  /** The surnames alone ("ortiz") of people it quotes by surname only: their key depends on the other files. */
  loneSurnames: Set<string>;
}

interface SourceState {
  perFile: Map<string, Contribution[]>;
}

/** When more sources than this share changed, sorting them all is cheaper than placing each. */
const RESORT_SHARE = 0.125;

/**
 * `collectSources` kept up to date one file at a time: per source, what each file gives it; a
 * changed file takes back its old contributions and gives its new ones, and only the sources it
 * touches are merged again and moved in the sorted list. The result equals `collectSources` over
 * the files in the order they were first set (the unit tests check it). A surname alone joins the
 * one full name ending in it (or the one with its title), so when a file adds or removes a full
 * name or its title, the files quoting that surname alone are re-keyed too.
 */
export class SourceMerge {
  private readonly files = new Map<string, FileEntry>();
  private nextSeq = 0;
  private readonly states = new Map<string, SourceState>();
  /** Surname → folded full name → how many people (across files) carry it. */
  private readonly fullNames = new Map<string, Map<string, number>>();
  /** Folded full name → folded title → how many people (across files) carry the two together. */
  private readonly titles = new Map<string, Map<string, number>>();
  /** Surname alone → the files that quote a person by it. */
  private readonly loneSurnameFiles = new Map<string, Set<string>>();
  private readonly foldedNames = new Map<string, string>();
  private readonly merged = new Map<string, WorkspaceSource>();
  /** Where each source first appears (file order, then quotation order): `collectSources` keeps that order among equals. */
  private readonly firstSeen = new Map<string, [number, number]>();
  private sorted: WorkspaceSource[] = [];
  private readonly dirty = new Set<string>();
  private snapshot: WorkspaceSource[] | undefined;

  get size(): number {
    return this.files.size;
  }

  /** Adds a file's summary, or replaces it (the file keeps its place in the order). */
  set(file: string, summary: SourcesInput): void {
    const old = this.files.get(file);
    const before = this.signatures([...this.surnamesOf(old?.summary), ...this.surnamesOf(summary)]);
    if (old) {
      this.withdraw(file, old);
      this.countFullNames(old.summary, -1);
    }
    const entry: FileEntry = { seq: old?.seq ?? this.nextSeq++, summary, date: summary.metadata.date?.date ?? null, keys: new Set(), loneSurnames: new Set() };
    this.files.set(file, entry);
    this.countFullNames(summary, +1);
    this.rekey(before, file);
    this.contribute(file, entry);
  }

  delete(file: string): void {
    const old = this.files.get(file);
    if (!old) return;
    const before = this.signatures(this.surnamesOf(old.summary));
    this.withdraw(file, old);
    this.countFullNames(old.summary, -1);
    this.files.delete(file);
    this.rekey(before, undefined);
  }

  /** The key a person's quotes are merged under, as `PersonKeys.of` gives it over the same files. */
  personKey(name: string, title?: string | null): string {
    const folded = this.fold(name);
    const known = !folded.includes(' ') ? this.fullNames.get(folded) : undefined;
    return `person:${(known && joinSurname(known.keys(), title ? this.fold(title) : null, (full) => this.titles.get(full))) ?? folded}`;
  }

  /** Every source, most quoted first: what `collectSources` gives over the same files. */
  sources(): WorkspaceSource[] {
    if (this.dirty.size === 0 && this.snapshot) return this.snapshot;
    const resort = this.dirty.size > this.sorted.length * RESORT_SHARE;
    for (const key of this.dirty) {
      const old = this.merged.get(key);
      if (old && !resort) this.sorted.splice(this.sorted.indexOf(old), 1);
      const state = this.states.get(key);
      if (!state || state.perFile.size === 0) {
        this.states.delete(key);
        this.merged.delete(key);
        this.firstSeen.delete(key);
        continue;
      }
      const source = this.materialize(key, state);
      this.merged.set(key, source);
      if (!resort) this.sorted.splice(this.insertionPoint(source), 0, source);
    }
    this.dirty.clear();
    if (resort) this.sorted = [...this.merged.values()].sort((a, b) => this.compare(a, b));
    this.snapshot = this.sorted.slice();
    return this.snapshot;
  }

  private fold(name: string): string {
    let folded = this.foldedNames.get(name);
    if (folded === undefined) this.foldedNames.set(name, (folded = foldName(name)));
    return folded;
  }

  /** The signatures of the surnames that some file quotes alone: only their keys can change. */
  private signatures(surnames: readonly string[]): Map<string, string> {
    const signatures = new Map<string, string>();
    for (const surname of surnames) if (!signatures.has(surname) && this.loneSurnameFiles.get(surname)?.size) signatures.set(surname, this.signature(surname));
    return signatures;
  }

  /** What a surname alone may join: the full names ending in it and their titles (a change re-keys the files quoting it). */
  private signature(surname: string): string {
    const names = [...(this.fullNames.get(surname)?.keys() ?? [])].sort();
    return JSON.stringify(names.map((name) => [name, [...(this.titles.get(name)?.keys() ?? [])].sort()]));
  }

  private surnamesOf(summary: SourcesInput | undefined): string[] {
    if (!summary) return [];
    const surnames: string[] = [];
    for (const person of summary.people) {
      const parts = this.fold(person.name).split(' ');
      if (parts.length > 1) surnames.push(parts[parts.length - 1]);
    }
    return surnames;
  }

  private countFullNames(summary: SourcesInput, by: 1 | -1): void {
    for (const person of summary.people) {
      const folded = this.fold(person.name);
      const parts = folded.split(' ');
      if (parts.length < 2) continue;
      addCount(this.fullNames, parts[parts.length - 1], folded, by);
      if (person.title) addCount(this.titles, folded, this.fold(person.title), by);
    }
  }

  /** Files quoting a surname alone whose full names (or their titles) changed are merged again under their new key. */
  private rekey(before: ReadonlyMap<string, string>, except: string | undefined): void {
    const again = new Set<string>();
    for (const [surname, was] of before) {
      if (this.signature(surname) === was) continue;
      for (const file of this.loneSurnameFiles.get(surname) ?? []) if (file !== except) again.add(file);
    }
    for (const file of again) {
      const entry = this.files.get(file)!;
      this.withdraw(file, entry);
      this.contribute(file, entry);
    }
  }

  private withdraw(file: string, entry: FileEntry): void {
    for (const key of entry.keys) {
      this.states.get(key)?.perFile.delete(file);
      this.dirty.add(key);
    }
    entry.keys.clear();
    for (const surname of entry.loneSurnames) this.loneSurnameFiles.get(surname)?.delete(file);
    entry.loneSurnames.clear();
  }

  private contribute(file: string, entry: FileEntry): void {
    const people = new Map(entry.summary.people.map((person) => [person.id, person]));
    entry.summary.quotes.forEach((quote) => {
      if (quote.kind !== 'quotation' || !quote.source) return;
      const person = quote.speakerId ? people.get(quote.speakerId) : undefined;
      const key = person ? this.personKey(person.name, person.title) : `${quote.source.kind}:${this.fold(quote.source.name)}`;
      if (person && !this.fold(person.name).includes(' ')) {
        const surname = this.fold(person.name);
        entry.loneSurnames.add(surname);
        let files = this.loneSurnameFiles.get(surname);
        if (!files) this.loneSurnameFiles.set(surname, (files = new Set()));
        files.add(file);
      }
      let state = this.states.get(key);
      if (!state) this.states.set(key, (state = { perFile: new Map() }));
      let given = state.perFile.get(file);
      if (!given) state.perFile.set(file, (given = []));
      given.push({ quote, ref: { file, start: quote.start, end: quote.end, text: quote.text }, person });
      entry.keys.add(key);
      this.dirty.add(key);
    });
  }

  /** The source as `collectSources` builds it: its files' quotations replayed in file order. */
  private materialize(key: string, state: SourceState): WorkspaceSource {
    const files = [...state.perFile.keys()].map((file) => ({ file, entry: this.files.get(file)! }));
    // Files join in order; only a changed one (given back its old place) breaks it.
    if (files.some((item, i) => i > 0 && files[i - 1].entry.seq > item.entry.seq)) files.sort((a, b) => a.entry.seq - b.entry.seq);
    // Where it first appears, among the files that give it quotations now.
    this.firstSeen.set(key, [files[0].entry.seq, files[0].entry.summary.quotes.indexOf(state.perFile.get(files[0].file)![0].quote)]);
    let source: WorkspaceSource | undefined;
    const titleCounts = new Map<string, number>();
    const genders = new Set<string>();
    for (const { file, entry } of files) {
      for (const { quote, ref, person } of state.perFile.get(file)!) {
        source ??= { key, kind: person ? 'person' : quote.source!.kind, name: person?.name ?? quote.source!.name, titles: [], official: false, gender: null, quoteCount: 0, files: [], firstDate: null, lastDate: null, quotes: [] };
        source.quoteCount++;
        source.quotes.push(ref);
        if (source.files[source.files.length - 1] !== file) source.files.push(file);
        if (entry.date) {
          if (!source.firstDate || entry.date < source.firstDate) source.firstDate = entry.date;
          if (!source.lastDate || entry.date > source.lastDate) source.lastDate = entry.date;
        }
        if (person) {
          if (person.name.length > source.name.length) source.name = person.name;
          if (person.title) titleCounts.set(person.title, (titleCounts.get(person.title) ?? 0) + 1);
          source.official ||= person.official;
          if (person.gender) genders.add(person.gender);
        }
      }
    }
    return {
      ...source!,
      titles: [...titleCounts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([title]) => title),
      gender: genders.size === 1 ? ([...genders][0] as Person['gender']) : null,
    };
  }

  /** `collectSources`' order: most quoted, then by name, then where first seen. */
  private compare(a: WorkspaceSource, b: WorkspaceSource): number {
    const [seqA, indexA] = this.firstSeen.get(a.key)!;
    const [seqB, indexB] = this.firstSeen.get(b.key)!;
    return b.quoteCount - a.quoteCount || a.name.localeCompare(b.name) || seqA - seqB || indexA - indexB;
  }

  private insertionPoint(source: WorkspaceSource): number {
    let low = 0;
    let high = this.sorted.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (this.compare(this.sorted[mid], source) <= 0) low = mid + 1;
      else high = mid;
    }
    return low;
  }
}

/** Adds `by` to the count of `inner` under `outer`, dropping counts and groups that reach zero. */
function addCount(counts: Map<string, Map<string, number>>, outer: string, inner: string, by: number): void {
  let group = counts.get(outer);
  if (!group) counts.set(outer, (group = new Map()));
  const count = (group.get(inner) ?? 0) + by;
  if (count > 0) group.set(inner, count);
  else group.delete(inner);
  if (group.size === 0) counts.delete(outer);
}
