import type * as vscode from 'vscode';
import { reportableQuotes, speakerSlots, type ArticleAnalysis, type Person, type Quote } from '../analysis';
import { toRange } from './documents';
import type { ArticleText } from './speakerLabels';

// Look-ups over a whole analysis that every redraw of a long article needs, built once per
// result: decorations and inlay hints are redrawn on every scroll, and a 1 MB article has
// thousands of people and tens of thousands of quotes to go through each time.

const people = new WeakMap<ArticleAnalysis, Map<string, Person>>();
const slots = new WeakMap<ArticleAnalysis, { size: number; slots: Map<string, number> }>();

const reportable = new WeakMap<ArticleAnalysis, readonly Quote[]>();

/** The quotes the Problems panel and the status bar count (see `reportableQuotes`). */
export function reportableQuotesOf(analysis: ArticleAnalysis): readonly Quote[] {
  let found = reportable.get(analysis);
  if (!found) {
    found = reportableQuotes(analysis);
    reportable.set(analysis, found);
  }
  return found;
}

const quotations = new WeakMap<ArticleAnalysis, readonly Quote[]>();
const markedWords = new WeakMap<ArticleAnalysis, readonly Quote[]>();

/** The quotations, in document order: what the status bar counts and the Article view lists as quotes. */
export function quotationsOf(analysis: ArticleAnalysis): readonly Quote[] {
  let found = quotations.get(analysis);
  if (!found) quotations.set(analysis, (found = analysis.quotes.filter((quote) => quote.kind === 'quotation')));
  return found;
}

/** Scare quotes, terms and titles: marks around words nobody is quoted as saying. */
export function markedWordsOf(analysis: ArticleAnalysis): readonly Quote[] {
  let found = markedWords.get(analysis);
  if (!found) markedWords.set(analysis, (found = analysis.quotes.filter((quote) => quote.kind !== 'quotation')));
  return found;
}

/** The analysis's people by id. */
export function peopleById(analysis: ArticleAnalysis): Map<string, Person> {
  let found = people.get(analysis);
  if (!found) {
    found = new Map(analysis.people.map((person) => [person.id, person]));
    people.set(analysis, found);
  }
  return found;
}

/** Each speaker's colour slot (see `speakerSlots`). */
export function speakerSlotsOf(analysis: ArticleAnalysis, size: number): Map<string, number> {
  let found = slots.get(analysis);
  if (!found || found.size !== size) {
    found = { size, slots: speakerSlots(analysis, size) };
    slots.set(analysis, found);
  }
  return found.slots;
}

/** The document's text read a range at a time, for labels that look at a few words around each quote. */
export function documentText(document: vscode.TextDocument): ArticleText {
  return { slice: (start, end) => (end <= start ? '' : document.getText(toRange(document, start, end))) };
}
