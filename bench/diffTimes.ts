/**
 * How long a diff takes: the common subsequence of two word lists and `compareVersions` of two
 * texts, for a 1,000-word article and a long text, each against a version with words changed,
 * dropped and added (every 15th word, by a seeded generator), and two unrelated long texts.
 *
 *   npx tsx bench/diffTimes.ts
 */
import { compareVersions, normalizeWords } from '../src/analysis/siblings';
import { commonSubsequence } from '../src/analysis/siblings/lcs';
import { random as seeded } from '../eval/random';
import { articleTexts, wordCount } from './corpusTexts';

/** A version of the text with about one word in `every` replaced, dropped or doubled. */
function edited(text: string, every: number, seed: number): string {
  const random = seeded(seed);
  return text.replace(/\S+/g, (word) => {
    if (random() * every >= 1) return word;
    const what = random();
    return what < 1 / 3 ? 'changed' : what < 2 / 3 ? '' : `${word} ${word}`;
  });
}

/** Milliseconds per call, over at least half a second of calls. */
function timeMs(run: () => unknown): number {
  let calls = 0;
  const started = performance.now();
  do {
    run();
    calls++;
  } while (performance.now() - started < 500);
  return (performance.now() - started) / calls;
}

const { texts } = articleTexts();
const article = texts.find((text) => Math.abs(wordCount(text) - 1000) < 60) ?? texts[0];
let long = '';
for (const text of texts) {
  if (wordCount(long) >= 40_000) break;
  long += `${text}\n\n`;
}
let other = '';
for (const text of [...texts].reverse()) {
  if (wordCount(other) >= 40_000) break;
  other += `${text}\n\n`;
}

compareVersions(article, article); // loads compromise's model, which would otherwise count in the first case

const keys = (text: string): string[] => normalizeWords(text).map((word) => word.key);
const cases: Array<[string, string, string]> = [
  [`article (${wordCount(article)} words), edited`, article, edited(article, 15, 1)],
  [`long text (${wordCount(long)} words), edited`, long, edited(long, 15, 2)],
  [`long text as one paragraph (${wordCount(long)} words), edited`, long.replace(/\n+/g, ' '), edited(long.replace(/\n+/g, ' '), 15, 3)],
  [`two unrelated long texts (${wordCount(long)}, ${wordCount(other)} words)`, long, other],
];
for (const [name, a, b] of cases) {
  const wordsA = keys(a);
  const wordsB = keys(b);
  // Allowed 100 million comparisons (seconds at worst), to see what a whole long text costs.
  const pairs = commonSubsequence(wordsA, wordsB, 1e8);
  const subsequence = timeMs(() => commonSubsequence(wordsA, wordsB, 1e8));
  const compare = timeMs(() => compareVersions(a, b));
  console.log(
    `${name}: common subsequence of the words ${subsequence.toFixed(2)} ms (${pairs ? `${pairs.length} in common` : 'gave up'}), ` +
      `compareVersions ${compare.toFixed(2)} ms`,
  );
}
