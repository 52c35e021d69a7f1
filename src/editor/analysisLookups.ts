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

const byKind = new WeakMap<ArticleAnalysis, { quotations: Quote[]; markedWords: Quote[] }>();

/** The quotes split once into quotations and marked words (scare quotes, terms, titles), each in document order. */
function quotesByKind(analysis: ArticleAnalysis): { quotations: Quote[]; markedWords: Quote[] } {
  let found = byKind.get(analysis);
  if (!found) {
    found = { quotations: [], markedWords: [] };
    for (const quote of analysis.quotes) (quote.kind === 'quotation' ? found.quotations : found.markedWords).push(quote);
    byKind.set(analysis, found);
  }
  return found;
}

/** The quotations: what the status bar counts and the Article view lists as quotes. */
export function quotationsOf(analysis: ArticleAnalysis): readonly Quote[] {
  return quotesByKind(analysis).quotations;
}

/** Scare quotes, terms and titles: marks around words nobody is quoted as saying. */
export function markedWordsOf(analysis: ArticleAnalysis): readonly Quote[] {
  return quotesByKind(analysis).markedWords;
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
