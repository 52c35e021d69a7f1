import { readStoryHeader } from '../metadata';
import type { Paragraph } from '../types';

/**
 * The header of a story: the `date YYYY-MM-DD` line and the dateline ("WASHINGTON:",
 * "NEW YORK, Nov 3 (Reuters) -") up to where the first sentence begins. Outlets rewrite these
 * when they run the same copy, so versions are compared without them and the difference is
 * reported on its own.
 */
export interface StoryHeader {
  start: number;
  end: number;
  /** The ISO date of the date line, or null. */
  date: string | null;
  /** The place of the dateline, or null. */
  dateline: string | null;
}

export function findHeader(text: string, paragraphs: readonly Paragraph[]): StoryHeader | null {
  const { dateLine, dateline } = readStoryHeader(text, paragraphs);
  if (!dateLine && !dateline) return null;
  let end = 0;
  if (dateLine) end = dateLine.end;
  if (dateline) end = dateline.storyStart;
  const start = dateLine?.start ?? dateline?.start ?? 0;
  return { start, end, date: dateLine?.date ?? null, dateline: dateline?.text ?? null };
}
