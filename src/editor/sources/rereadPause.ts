/** Watched files and edited documents are re-read at least this long after their last change. */
export const CHANGE_DEBOUNCE_MS = 800;

/**
 * About how long the worker takes to summarise a character of news copy (ms): a 1 MB article
 * takes about 0.7 s on one core of the project's 2-core machine (the analysis bench and the
 * editor's 1 MB test).
 */
const ANALYSIS_MS_PER_CHARACTER = 0.0007;

/** The pause is at least this many times the analysis, so typing in a long article keeps the worker busy a quarter of the time at most. */
const PAUSE_PER_ANALYSIS = 4;

/**
 * How long after an edit of an article of `length` characters its summary is made again: the
 * usual pause for news-length copy, longer for very long articles, whose every re-read costs the
 * worker most of a second and the host a copy of the text.
 */
export function rereadPauseMs(length: number): number {
  return Math.max(CHANGE_DEBOUNCE_MS, Math.round(length * ANALYSIS_MS_PER_CHARACTER * PAUSE_PER_ANALYSIS));
}
