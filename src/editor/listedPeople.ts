import type { ArticleAnalysis, Person } from '../analysis';
import { storyPeople } from '../analysis';
import { settings } from './settings';

/** The people the editor lists and highlights: credited people only when `sourcelens.people.showCredits` is on. */
export function listedPeople(analysis: ArticleAnalysis): Person[] {
  return settings().showCredits ? analysis.people : storyPeople(analysis);
}

/** Whether a person is listed and highlighted with the story's people. */
export function isListed(person: Person): boolean {
  return person.credit === null || settings().showCredits;
}
