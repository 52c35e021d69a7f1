// Pronouns as the words around them use them, for rules that ask who else a sentence speaks of.
import type { ArticleWords } from '../context';
import { firstIndex } from './search';

/** "him", or "her" as an object (before a function word or a mark or at the end, not before a noun it owns), in the span. */
export function objectPronounIn(article: ArticleWords, span: { start: number; end: number }, gender: 'male' | 'female'): boolean {
  const { tokens, lexicon, text } = article;
  for (let i = firstIndex(tokens, (token) => token.start >= span.start); i < tokens.length && tokens[i].start < span.end; i++) {
    const norm = tokens[i].norm;
    if (gender === 'male' && norm === 'him') return true;
    if (gender !== 'female' || norm !== 'her') continue;
    const next = tokens[i + 1];
    if (next === undefined || next.start >= span.end || /\S/u.test(text.slice(tokens[i].end, next.start)) || lexicon.wordClass(next.norm) === 'function') return true;
  }
  return false;
}
