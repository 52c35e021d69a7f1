import type { ArticleAnalysis, Person } from '../analysis';
import { storyPeople } from '../analysis';
import { settings, type SettingsScope } from './settings';

/** The people the editor lists and highlights: credited people only when `sourcelens.people.showCredits` is on (for the document's folder). */
export function listedPeople(analysis: ArticleAnalysis, scope?: SettingsScope): Person[] {
  return settings(scope).showCredits ? analysis.people : storyPeople(analysis);
}

/** Whether a person is listed and highlighted with the story's people. */
export function isListed(person: Person, scope?: SettingsScope): boolean {
  return person.credit === null || settings(scope).showCredits;
}
