import type { ArticleAnalysis, Person, Span } from '../types';
import { normalizeWords } from './normalize';

/**
 * People named in one version only, or named or titled differently in the two. Names and titles
 * are compared on normalised words, so "Defence Secretary" and "Defense Secretary",
 * "Brigadier-General" and "Brigadier General", "Mr Blinken" and "Blinken" do not count.
 */
export interface PersonChange {
  kind: 'onlyInA' | 'onlyInB' | 'changed';
  a: PersonSide | null;
  b: PersonSide | null;
  /** The name differs beyond spelling ("Tony Blinken" / "Antony Blinken"). */
  nameChanged: boolean;
  /** The title differs, or one version gives none. */
  titleChanged: boolean;
}

export interface PersonSide {
  name: string;
  title: string | null;
  /** The first mention, to reveal in the editor. */
  mention: Span;
}

interface Item {
  person: Person;
  name: string[];
  title: string;
}

export function comparePeople(analysisA: ArticleAnalysis, analysisB: ArticleAnalysis): PersonChange[] {
  const a = analysisA.people.map((person) => item(person));
  const b = analysisB.people.map((person) => item(person));
  const pairs: Array<[number, number]> = [];
  const usedA = new Set<number>();
  const usedB = new Set<number>();
  const pair = (i: number, j: number): void => {
    pairs.push([i, j]);
    usedA.add(i);
    usedB.add(j);
  };
  // Same name first; then the same surname with compatible first names, when only one person
  // on each side has that surname (so Joe and Hunter Biden are not taken for one person).
  a.forEach((x, i) => {
    const j = b.findIndex((y, k) => !usedB.has(k) && y.name.join(' ') === x.name.join(' '));
    if (j !== -1) pair(i, j);
  });
  a.forEach((x, i) => {
    if (usedA.has(i)) return;
    const surname = x.name[x.name.length - 1];
    const onA = a.filter((y, k) => !usedA.has(k) && y.name[y.name.length - 1] === surname);
    const onB = b.map((y, k) => [y, k] as const).filter(([y, k]) => !usedB.has(k) && y.name[y.name.length - 1] === surname);
    if (onA.length === 1 && onB.length === 1 && compatibleFirstNames(x.name, onB[0][0].name)) pair(i, onB[0][1]);
  });
  const changes: PersonChange[] = [];
  for (const [i, j] of pairs) {
    const nameChanged = a[i].name.join(' ') !== b[j].name.join(' ');
    const titleChanged = a[i].title !== b[j].title;
    if (nameChanged || titleChanged) changes.push({ kind: 'changed', a: side(a[i].person), b: side(b[j].person), nameChanged, titleChanged });
  }
  a.forEach((x, i) => {
    if (!usedA.has(i)) changes.push({ kind: 'onlyInA', a: side(x.person), b: null, nameChanged: false, titleChanged: false });
  });
  b.forEach((y, j) => {
    if (!usedB.has(j)) changes.push({ kind: 'onlyInB', a: null, b: side(y.person), nameChanged: false, titleChanged: false });
  });
  const position = (change: PersonChange): number => change.a?.mention.start ?? Infinity;
  return changes.sort((x, y) => position(x) - position(y) || (x.b?.mention.start ?? 0) - (y.b?.mention.start ?? 0));
}

function item(person: Person): Item {
  const keys = (phrase: string): string[] => normalizeWords(phrase).map((w) => w.key);
  const name = keys(person.name);
  return { person, name: name.length > 0 ? name : [person.name.toLowerCase()], title: person.title ? keys(person.title).join(' ') : '' };
}

/** "Antony"/"Tony", "Robert"/"R", or one of them without a first name. */
function compatibleFirstNames(x: readonly string[], y: readonly string[]): boolean {
  if (x.length === 1 || y.length === 1) return true;
  const [p, q] = [x[0], y[0]];
  return p[0] === q[0] || p.endsWith(q) || q.endsWith(p);
}

function side(person: Person): PersonSide {
  const { start, end, text } = person.mentions[0];
  return { name: person.name, title: person.title, mention: { start, end, text } };
}
