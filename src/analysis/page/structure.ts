/**
 * The structure of a saved web page around the story: headline, byline, date, dateline (anywhere
 * in the lead, with its agency), photo captions and site boilerplate. Paragraph by paragraph, from
 * general shapes (see shapes.ts); nothing here depends on one site's wording.
 */
import type { Lexicon } from '../lexicon';
import type { Paragraph, Span } from '../types';
import { bylineStart, isSignOff } from './byline';
import { continuesByline, type HeadLines, isSignedBio, readHeadLines } from './headLines';
import { isCaption, isCaptionInStory, isCaptionLabel, isCaptionToggle, isCreditInWords, isCreditLineAlone, isCreditUnderCaption, isNameForOutlet, isSourceAlone, isSourceAloneNotListed, picturePlaceAt, saysWhereOrWhen, siteWordsOf } from './captions';
import { pullQuotes } from './pullQuotes';
import { dateLineIn, findDates, isPublishingStamp, isStampLine, isUpdateStamp, readDayFirst, writesDayFirst } from './dates';
import { datelineShape, type DatelineShape, isCommonWords, isKnownPlace, opensStory } from './datelines';
import * as shape from './shapes';

export interface PageStructure {
  headline: Span | null;
  byline: Span | null;
  date: (Span & { date: string }) | null;
  dateline: (Span & { agency: string | null }) | null;
  captions: Span[];
  boilerplate: Span[];
}

type Role = 'headline' | 'byline' | 'date' | 'caption' | 'boilerplate' | 'story';

/** How far into the page a dateline is looked for: agency copy on a page starts a few paragraphs down. */
const LEAD_PARAGRAPHS = 25;
/** A standfirst under the headline is one sentence, shorter than a lead paragraph. */
const STANDFIRST_WORDS = 25;
/** A standfirst runs to a sentence: fewer words are a label or a link's headline. */
const STANDFIRST_MIN_WORDS = 8;
/** How many paragraphs after a standfirst the page's date line and byline may stand (captions and a sign-up box between). */
const UNDER_STANDFIRST = 8;
/** How many lines a block of date line and byline runs to ("Updated …" over "By …"). */
const HEAD_BLOCK_LINES = 3;
const NO_HEAD_LINES: HeadLines = { date: null, byline: null };
/** Date lines and bylines are short; longer paragraphs are not read for them. */
const HEAD_LINE_WORDS = 16;
/** Longer than any call to action, link line or notice: only code and rights lines are looked for. */
const NOTICE_WORDS = 45;
/** Short lines next to boilerplate are part of it (the headlines of a link list, the items of a menu). */
const SHORT_LINE_WORDS = 12;
/** A headline in a link list after the story: longer than a menu's row, shorter than a paragraph. */
const TAIL_LINE_WORDS = 20;

/**
 * `first` is the index of the first paragraph after a `date YYYY-MM-DD` line (0 without one); a
 * dateline there is believed as before, as the news-article format puts it.
 */
export function readPageStructure(text: string, paragraphs: readonly Paragraph[], lexicon: Lexicon, first: number, firstStart: number): PageStructure {
  const starts = paragraphs.map((p, i) => (i === first ? skipSpace(text, Math.max(p.start, firstStart), p.end) : p.start));
  const texts = paragraphs.map((p, i) => text.slice(starts[i], p.end));
  const measured = texts.map((t) => shape.shortWordsOf(t));
  const words = measured.map((m) => m.words);
  const counts = measured.map((m) => m.count);
  // Date lines and bylines are short and unpunctuated too: they are told apart in the page's head below.
  // Names compromise does not know make a byline only in the page's head (below); anywhere else such a
  // line is read for furniture like any other.
  // Only short paragraphs are read for them: a date line and a byline set in one block at most.
  const heads = texts.map((t, i) => (counts[i] <= HEAD_LINE_WORDS * HEAD_BLOCK_LINES ? readHeadLines(t, lexicon, false) : NO_HEAD_LINES));
  // A line of two dates and their words only is one however long ("PUBLISHED: March 27, 2025 at 5:00 AM CDT | UPDATED: …").
  const headLines = texts.map((t, i) => (heads[i].date !== null || heads[i].byline !== null) && (t.split('\n').every((line) => shape.wordsOf(line).length <= HEAD_LINE_WORDS) || dateLineIn(t) !== null));
  // In the page's head a byline may also be of names compromise does not know: read once each, when asked.
  // Beside a date line, whatever words compromise knows them as (a given name that is a place's too); a
  // few short lines may stand between, the writer's job or outlet or a button ("Ann Berg" / "Hindustan
  // Times, Mumbai" / "Updated: …", "Ann Berg" / "Follow" / "Published in …" / "6 min read · Feb 11, 2019").
  const dateAt = (j: number): boolean => (heads[j]?.date ?? null) !== null;
  const shortBetween = (j: number): boolean => counts[j] !== undefined && counts[j] <= HEAD_LINE_WORDS && !shape.endsSentence(texts[j]);
  // The date may share the names' line after a dash or a bar ("Ann Berg - Jan 22, 2025 4:51 pm UTC").
  const dateAfterSeparator = (i: number): boolean => {
    const separator = /\s[-–—|·•]\s/u.exec(texts[i]);
    return separator !== null && dateLineIn(texts[i].slice(separator.index + separator[0].length)) !== null;
  };
  const besideDate = (i: number): boolean => {
    if (dateAt(i - 1) || dateAfterSeparator(i)) return true;
    for (let j = i + 1; j <= i + HEAD_BLOCK_LINES && j < texts.length; j++) {
      if (dateAt(j)) return true;
      if (!shortBetween(j)) return false;
    }
    return false;
  };
  const headReadings = new Map<number, HeadLines>();
  const headOf = (i: number): HeadLines => {
    let head = headReadings.get(i);
    if (!head) headReadings.set(i, (head = readHeadLines(texts[i], lexicon, true, besideDate(i))));
    return head;
  };
  const furniture = texts.map((t, i) => (i < first || headLines[i] ? null : furnitureStrength(t, words[i], counts[i], lexicon)));
  const rightsLines = texts.filter((t) => shape.isRightsLine(t));
  const siteWords = siteWordsOf(rightsLines);
  const roles: Array<Role | null> = texts.map((t, i) => (i < first ? null : isCaption(t, lexicon, siteWords) ? 'caption' : furniture[i] ? 'boilerplate' : null));
  markRepeatedLines(texts, counts, headLines, roles);
  for (const i of pullQuotes(texts, (j) => j < first || roles[j] !== null)) roles[i] = 'boilerplate';
  const datedLines = heads.map((head) => head.date !== null);
  const signedLines = heads.map((head) => head.byline?.signed === true);
  markCaptionsBesideCredits(texts, words, counts, headLines, datedLines, signedLines, roles, first, lexicon);
  markGallerySlides(texts, counts, headLines, roles, furniture, lexicon);
  const authorBox = markAuthorBoxes(texts, counts, roles, lexicon, first);

  // The site's name over the headline is the one its rights line gives ("The Daily Beast" … "© 2025 The Daily Beast Company LLC").
  const rights = rightsLines.map((t) => t.toLowerCase());
  const namesSite = (i: number): boolean => rights.length > 0 && rights.some((line) => line.includes(texts[i].trim().toLowerCase()));
  // The story starts at the first paragraph shaped like a sentence of prose; before it is the page's head.
  let storyStart = paragraphs.length;
  let headline = -1;
  // Lines shaped as the headline after the first: the headline itself when the first is the site's name or a skip link.
  const laterHeadlines: number[] = [];
  for (let i = first; i < paragraphs.length; i++) {
    // A headline may look like a link line ("Senator: …") or a label; nothing else of the page's is taken for one.
    const headlineShaped = furniture[i] === 'weak' && counts[i] >= 3;
    if (roles[i] && !headlineShaped) continue;
    const dateline = datelineShape(texts[i]);
    if (dateline && opensStory(texts[i].slice(dateline.length), true) && !isPageWordLabel(texts[i], dateline, lexicon)) {
      storyStart = i;
      break;
    }
    const head = headOf(i);
    const mayBeHeadline = counts[i] >= 3 && !head.date && !head.byline && opensWithCapital(texts[i]) && !isSectionPath(texts[i]) && !inMenuRun(texts, counts, heads, i) && !namesSite(i);
    if (headline < 0 && mayBeHeadline) {
      headline = i;
      roles[i] = 'headline';
      continue;
    }
    // A date line long enough for a sentence ("PUBLISHED: November 14, 2019 at 8:21 p.m. | UPDATED: …") is the page's head.
    const dateLine = head.date !== null && head.date.end >= texts[i].trimEnd().length - 1;
    if (!dateLine && isProse(texts[i], words[i], counts[i])) {
      storyStart = i;
      break;
    }
    // A short sentence of the story or a standfirst ends as sentences do; a headline, as a rule, does not, unless it asks.
    if (mayBeHeadline && (!roles[i] || headlineShaped) && (!shape.endsSentence(texts[i]) || /\?["”’]?$/u.test(texts[i]))) laterHeadlines.push(i);
  }
  const toldHeadline = headlineSharingLead(words, counts, lexicon, headline, laterHeadlines, storyStart);
  if (toldHeadline !== headline) {
    roles[headline] = furniture[headline] ? 'boilerplate' : null;
    roles[toldHeadline] = 'headline';
    headline = toldHeadline;
  }

  const lastStoryProse = lastProseIndex(texts, words, counts, roles, storyStart);
  const story: StoryParagraphs = { texts, words, counts, furniture, roles, storyStart, lastProse: lastStoryProse, lexicon };
  keepSubheads(story);
  const storyCloser = keepShortSentences(story);

  let date: PageStructure['date'] = null;
  let byline: Span | null = null;
  // A line opened by "By" is the byline over a line of names alone, which may be a menu's item ("Privacy Policy") or the weather.
  const signed = heads.some((head, i) => i >= first && i < storyStart + UNDER_STANDFIRST && head.byline?.signed);
  // A line of names opened by a given name compromise knows ("Tobias Wren") wins over one of words it
  // does not know, which may be a blog's or a section's name ("Beltway Confidential", "Te Ao Māori").
  const givenNamed = heads.some((head, i) => i >= first && i < storyStart && head.byline !== null);
  /** Takes the paragraph's date line and byline for the page's, where it has none yet; whether it took one. */
  const takeHead = (i: number, head: HeadLines): boolean => {
    const at = paragraphs[i].end - texts[i].length;
    const dated = date ? null : head.date;
    const named = byline || (signed && !head.byline?.signed) || (givenNamed && heads[i].byline === null) ? null : head.byline;
    if (dated) {
      roles[i] = 'date';
      date = { start: at + dated.start, end: at + dated.end, text: texts[i].slice(dated.start, dated.end), date: dated.date };
    }
    if (named) {
      roles[i] = 'byline';
      byline = { start: at + named.start, end: at + named.end, text: texts[i].slice(named.start, named.end) };
      // Names run on to the next line ("By Ann Berg" / "and Luke Holt") are the byline's too.
      if (named.end === texts[i].length && i + 1 < texts.length && roles[i + 1] !== 'caption' && roles[i + 1] !== 'headline' && continuesByline(texts[i + 1], lexicon)) {
        roles[i + 1] = 'byline';
        byline.end = paragraphs[i + 1].start + texts[i + 1].trimEnd().length;
        byline.text = text.slice(byline.start, byline.end);
      }
    }
    return dated !== null || named !== null;
  };
  const sharedWithLead = wordsSharedWithLead(words, counts, lexicon, storyStart);
  // Whether the paragraphs from the headline to here are all standfirst-shaped: a standfirst set as a
  // few lines or bullets straight under the headline ("Beijing to impose duties …" / "Move comes hours after …").
  let underHeadline = headline >= 0;
  for (let i = first; i < storyStart; i++) {
    const head = headOf(i);
    const standfirstShaped = counts[i] >= STANDFIRST_MIN_WORDS && !shape.isTitleCase(words[i]) && !head.date && !head.byline;
    if (i > headline && texts[i].trim() !== '' && !standfirstShaped) underHeadline = false;
    // A label-shaped line of names in the head is the byline ("TARIQ NAJJAR").
    if (!byline && roles[i] === 'boilerplate' && furniture[i] === 'weak' && head.byline) roles[i] = null;
    if (roles[i]) continue;
    // Over the headline, words compromise does not know are the site's name ("Balkan Insight"), not a writer's.
    const named = i < headline && heads[i].byline === null && !head.byline?.signed ? { date: head.date, byline: null } : head;
    if (takeHead(i, named)) continue;
    // What else sits in the head without being a sentence is the page's, not the story's, but for a
    // standfirst left without its full stop: words in sentence case that tell what the lead tells, or
    // that stand straight under the headline.
    const standfirst = i > headline && standfirstShaped && (underHeadline || sharedWithLead(i) >= HEADLINE_SHARES);
    if (!head.date && !standfirst && counts[i] <= SHORT_LINE_WORDS * 1.25 && !shape.endsSentence(texts[i]) && !shape.hasQuotation(texts[i])) roles[i] = 'boilerplate';
  }
  // Under a standfirst, which reads as the story's first sentence, the date line and byline still come before the story.
  // A byline there is a line of names, not a story sentence ("By April the vote was won.").
  // Beside a date line there, names compromise does not know are the byline too ("Sanjana Bhatt-Rao" over "Updated: …").
  for (let i = storyStart + 1; i < Math.min(texts.length, storyStart + UNDER_STANDFIRST) && (!date || !byline); i++) {
    const head = !headLines[i] && counts[i] <= HEAD_LINE_WORDS && besideDate(i) ? headOf(i) : heads[i];
    if (head !== heads[i] && head.byline && roles[i] === 'boilerplate' && furniture[i] === 'weak') roles[i] = null;
    if (!roles[i] && (headLines[i] || head.byline) && (head.date || !shape.endsSentence(texts[i]) || isSignedBio(texts[i]))) takeHead(i, head);
  }
  // Some sites print the date and the writer under the story ("Date 18.07.2018", "Author Ann Berg"): a
  // byline there must be signed, since the names alone under a story are its people's.
  for (let i = lastStoryProse + 1; i < texts.length && lastStoryProse >= storyStart && (!date || !byline); i++) {
    if (!roles[i] && headLines[i] && (heads[i].date || heads[i].byline?.signed)) takeHead(i, { date: heads[i].date, byline: heads[i].byline?.signed ? heads[i].byline : null });
  }
  // With no byline in the head, a sign-off in the story gives it ("— Ann Berg, Reuters" under the last paragraph).
  for (let i = storyStart + 1; i < texts.length && !byline; i++) if (!roles[i] && headLines[i] && isSignOff(texts[i], lexicon)) takeHead(i, heads[i]);
  // Or a line signed "By" in the body: a correspondent's box of analysis ("By Ann Berg, BBC News, Oslo").
  for (let i = storyStart + 1; i < texts.length && !byline; i++) if (!roles[i] && headLines[i] && heads[i].byline?.signed) takeHead(i, { date: null, byline: heads[i].byline });
  if (!date) date = dateFromCaptions(texts, roles, paragraphs, storyStart);
  else date = publishedUnderUpdated(texts, paragraphs, roles, heads, date);
  // "12/06/2018" on a page that writes dates day first, or beside a time in the 24-hour clock, is 12 June.
  if (date && writesDayFirst(text, text.slice(date.start, date.end))) date = { ...date, ...readDayFirst(date, text) };
  // A second date line or byline, or one in the story's body, is the page's.
  // In the body a bare name on its line is a subhead or a caption's ("Ann Lee of the NDP"), not a byline.
  const pageLine = (i: number): boolean => i < storyStart || ((dateLineIn(texts[i]) !== null || heads[i].byline?.signed === true) && isFurniture(texts[i], words[i], counts[i], lexicon));
  for (let i = first; i < texts.length; i++) if (!roles[i] && headLines[i] && pageLine(i)) roles[i] = 'boilerplate';
  spreadToShortLines(texts, words, counts, roles, lastProseIndex(texts, words, counts, roles, storyStart), storyStart, authorBox, storyCloser, lexicon);

  const dated = first > 0 || starts[first] > paragraphs[first].start;
  const dateline = findDateline(texts, paragraphs, roles, lexicon, first, dated, storyStart);
  return {
    headline: headline >= 0 ? spanOf(text, paragraphs[headline]) : null,
    byline,
    date,
    dateline,
    captions: paragraphs.filter((_, i) => roles[i] === 'caption').map((p) => spanOf(text, p)),
    boilerplate: mergeRuns(text, paragraphs, roles),
  };
}

function isFurniture(paragraph: string, words: readonly string[], count: number, lexicon: Lexicon): boolean {
  return furnitureStrength(paragraph, words, count, lexicon) !== null;
}

/**
 * 'strong' for shapes no story or headline has (counters, coordinates, code, menus, addresses,
 * site notices, calls to action addressed to the reader, a caption's folding button), 'weak' for those a headline may have (a
 * label, a link line, a short line opening with a word that may be a verb).
 */
function furnitureStrength(paragraph: string, words: readonly string[], count: number, lexicon: Lexicon): 'strong' | 'weak' | null {
  if (count > NOTICE_WORDS) return shape.isCode(paragraph) || shape.isRightsLine(paragraph) ? 'strong' : null;
  if (
    shape.isCounter(paragraph) ||
    shape.isSkipLink(paragraph) ||
    shape.hasCoordinates(paragraph, count) ||
    shape.isCode(paragraph) ||
    shape.isMenu(paragraph, lexicon) ||
    shape.isAddressLine(paragraph, count) ||
    shape.isSiteNotice(paragraph, count, lexicon) ||
    shape.isReaderNotice(paragraph, count, lexicon) ||
    isStampLine(paragraph) ||
    isCaptionToggle(paragraph)
  ) {
    return 'strong';
  }
  const call = shape.isCallToAction(paragraph, words, lexicon);
  if (call === 'addressed') return 'strong';
  if (shape.hasQuotation(paragraph)) return null;
  return call === 'short' || shape.isLinkLine(paragraph, lexicon) || shape.isLabel(paragraph, count) ? 'weak' : null;
}

/** A sentence of prose: ten words or more, ending as a sentence, not in title case. */
function isProse(paragraph: string, words: readonly string[], count: number): boolean {
  return count >= 10 && shape.endsSentence(paragraph) && !shape.isTitleCase(words);
}

/** The last paragraph after the story's start that is a sentence of prose and not the page's own notice (-1 if none). */
function lastProseIndex(
  texts: readonly string[],
  words: ReadonlyArray<readonly string[]>,
  counts: readonly number[],
  roles: ReadonlyArray<Role | null>,
  storyStart: number,
): number {
  for (let i = texts.length - 1; i > storyStart; i--) if (roles[i] !== 'boilerplate' && roles[i] !== 'caption' && isProse(texts[i], words[i], counts[i])) return i;
  return -1;
}

/** The page's paragraphs as the story readers below see them, with where the story's prose runs. */
interface StoryParagraphs {
  texts: readonly string[];
  words: ReadonlyArray<readonly string[]>;
  counts: readonly number[];
  furniture: ReadonlyArray<'strong' | 'weak' | null>;
  /** Changed in place as lines are kept as story. */
  roles: Array<Role | null>;
  storyStart: number;
  lastProse: number;
  lexicon: Lexicon;
}

/**
 * A short label between paragraphs of the story, in mixed case and printed once ("Election
 * results", "The exhibit"), is a subhead: the story's, not the page's. Labels in capitals
 * ("ADVERTISEMENT", "WATCH LIVE") and those after the last sentence of prose stay the page's.
 */
function keepSubheads(story: StoryParagraphs): void {
  const { texts, words, counts, furniture, roles, storyStart, lastProse, lexicon } = story;
  // How often each paragraph is printed: counted only once a label asks (most pages have none).
  let seen: Map<string, number> | undefined;
  const timesPrinted = (paragraph: string): number => {
    if (!seen) {
      seen = new Map<string, number>();
      for (const t of texts) seen.set(t, (seen.get(t) ?? 0) + 1);
    }
    return seen.get(paragraph) ?? 0;
  };
  for (let i = storyStart + 1; i < lastProse; i++) {
    if (roles[i] !== 'boilerplate' || furniture[i] !== 'weak' || !shape.isLabel(texts[i], counts[i])) continue;
    // A request to the reader ("Join the discussion") is no subhead.
    if (shape.opensWithImperative(words[i], lexicon, true)) continue;
    // A label over link headlines (long lines that never end as a sentence, or two short lines without a
    // full stop) heads a list, not a section: a subhead stands over paragraphs of story.
    if (i + 1 < texts.length && roles[i + 1] === null && shape.isLongLinkHeadline(texts[i + 1], counts[i + 1])) continue;
    const headlineLike = (j: number): boolean => j < texts.length && roles[j] !== 'caption' && counts[j] >= 3 && counts[j] <= TAIL_LINE_WORDS && !/\.["'”’]?$/u.test(texts[j]);
    if (headlineLike(i + 1) && headlineLike(i + 2)) continue;
    // In capitals a label is as often the page's ("LIVE STREAM"): a subhead names what the paragraphs under it are about.
    // A verb the lexicon files otherwise may open it ("WATCH LIVE"): compromise's tagger tells, asked last,
    // of the words in lower case (capitals say nothing of a word's class).
    // A word of the label comes back in the paragraphs under it ("HARBOUR STRIKE" over a paragraph on the strike): it names the section.
    const subhead = /\p{Ll}/u.test(texts[i]) || (words[i].length >= 2 && sharesStoryWord(words[i], texts, roles, i, 1, lexicon) && !lexicon.opensWithPlainVerb(words[i].join(' ').toLowerCase()));
    if (subhead && timesPrinted(texts[i]) === 1 && !/:\s*$/u.test(texts[i])) roles[i] = null;
  }
}

/** Story paragraphs under a subhead read for a word it shares with them. */
const SECTION_PARAGRAPHS = 3;

/**
 * A word of `line` (four letters or more, not a function word) comes back in one of the story
 * paragraphs next to paragraph `at`, read towards `step` (+1 below, -1 above, 0 both ways), at most
 * `SECTION_PARAGRAPHS` each way. Words are compared without case, a possessive or a plural's "s".
 */
function sharesStoryWord(line: readonly string[], texts: readonly string[], roles: ReadonlyArray<Role | null>, at: number, step: 1 | -1 | 0, lexicon: Lexicon): boolean {
  const stem = (word: string): string => word.toLowerCase().replace(/\.$/u, '').replace(/(?:['’]s|s)$/u, '');
  const wanted = new Set(line.filter((word) => word.length >= 4 && lexicon.wordClass(word.toLowerCase()) !== 'function').map(stem));
  if (wanted.size === 0) return false;
  for (const direction of step === 0 ? [1, -1] : [step]) {
    let read = 0;
    for (let j = at + direction; j >= 0 && j < texts.length && read < SECTION_PARAGRAPHS; j += direction) {
      if (roles[j]) continue;
      read++;
      if (shape.wordsOf(texts[j]).some((word) => wanted.has(stem(word)))) return true;
    }
  }
  return false;
}

/**
 * A short sentence between paragraphs of the story that reads as a request only by its first word
 * ("Take the ferry.", "Don't be fooled.", "Party of one.") and shares a word with the paragraphs
 * around it: a column's imperative or a fragment, the story's. The page's own short requests leave off the full stop ("Join the conversation"),
 * or point at the page or the reader's screen ("Watch the clip below.", "Follow @desk."). Right
 * after the story's last paragraph such a line closes a column ("Don't be fooled."), unless it
 * speaks to the reader or of the days ahead, as a newsletter's farewell does ("Stay dry this
 * weekend."). Returns the index of that closing line (-1 if none): the sign-offs leave it alone.
 */
function keepShortSentences(story: StoryParagraphs): number {
  const { texts, words, furniture, roles, storyStart, lastProse, lexicon } = story;
  // It goes on with the story: a word of it comes back in the paragraphs around ("Don't be a sucker." after "…
  // just for the suckers"); a request or a farewell speaks of other things ("Create an account to save articles.").
  const sentence = (i: number): boolean =>
    roles[i] === 'boilerplate' &&
    furniture[i] === 'weak' &&
    words[i].length >= 3 &&
    /[.!]["'”’]?$/u.test(texts[i]) &&
    !shape.pointsAtPage(texts[i]) &&
    !shape.isLinkLine(texts[i], lexicon) &&
    sharesStoryWord(words[i], texts, roles, i, 0, lexicon);
  let series: boolean | undefined;
  for (let i = storyStart + 1; i < lastProse; i++) {
    if (roles[i] !== 'boilerplate') continue;
    if (sentence(i) || leadIn(story, i)) roles[i] = null;
    else if (furniture[i] === 'weak' && NAMED_ITEM.test(texts[i]) && /[.!?]["'”’]?$/u.test(texts[i]) && (series ??= storySeries(texts, roles, storyStart, lastProse))) roles[i] = null;
  }
  const after = lastProse + 1;
  if (lastProse < 0 || after >= texts.length || words[after].length > 10 || !sentence(after)) return -1;
  if (/\b(?:you|your)\b/iu.test(texts[after]) || words[after].some((word) => lexicon.wordClass(word.toLowerCase().replace(/\.$/u, '')) === 'date')) return -1;
  roles[after] = null;
  return after;
}

/** An item opening with a name or a word and a colon, then its text ("Lee: Win the north.", "Q: Why now?"). */
const NAMED_ITEM = /^\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*)?:\s+\S/u;

/**
 * Two or more story paragraphs are items of one shape, a name and a colon ("Lee: Win the north.",
 * "A: We are."): the story runs a series (candidates' goals, an interview), and a line of the same
 * shape among them that ends as a sentence is one of its items, not a link (a link's headline has no full stop).
 */
function storySeries(texts: readonly string[], roles: ReadonlyArray<Role | null>, storyStart: number, lastProse: number): boolean {
  let items = 0;
  for (let j = storyStart; j <= lastProse; j++) if (roles[j] === null && NAMED_ITEM.test(texts[j]) && ++items >= 2) return true;
  return false;
}

/** A lead-in is a few words: a source, a speaker or a label ("From the ruling:", "Transcript as follows:"). */
const LEAD_IN_WORDS = 6;

/**
 * A few words ending in a colon right above a paragraph of prose or a quotation bring it in (an
 * excerpt, a transcript, a statement): the story's. The page's labels head links, addresses and lists,
 * or ask the reader ("Read more:", "Watch the video below:").
 */
function leadIn(story: StoryParagraphs, i: number): boolean {
  const { texts, words, counts, furniture, roles, lexicon } = story;
  if (roles[i] !== 'boilerplate' || furniture[i] !== 'weak' || counts[i] > LEAD_IN_WORDS || !/:\s*$/u.test(texts[i]) || roles[i + 1] !== null) return false;
  if (!isProse(texts[i + 1], words[i + 1], counts[i + 1]) && !shape.hasSpeech(texts[i + 1])) return false;
  return !shape.pointsAtPage(texts[i]) && !shape.opensWithImperative(words[i], lexicon, true);
}

/**
 * Author boxes under the story: after its last sentence of prose, a paragraph that opens with a
 * name the story never mentions and speaks of a newsroom job ("Jane Roe covers the courts for …").
 * Returns the index of the last one (-1 if none).
 */
function markAuthorBoxes(texts: readonly string[], counts: readonly number[], roles: Array<Role | null>, lexicon: Lexicon, first: number): number {
  let last = -1;
  // Past the tail (a sign-up pitch or a link's sentence may stand between the story and its writers'
  // boxes), a box counts only for a writer the byline names; a few are looked for, so that a page of
  // such lines is not read once per line.
  let inTail = true;
  let lookedPast = 0;
  for (let i = texts.length - 1; i > first && lookedPast < BOXES_PAST_TAIL; i--) {
    if (roles[i]) continue;
    const name = shape.authorBioName(texts[i], counts[i]);
    if (name) {
      const surname = name.slice(name.lastIndexOf(' ') + 1);
      if (!inTail) lookedPast++;
      // The byline and the agency's credit line may name the writer; the story does not.
      const inStory = texts.some((t, j) => j < i && !roles[j] && t.includes(surname) && bylineStart(t, lexicon) < 0 && !shape.isStoryCredit(t));
      const bylined = inTail || texts.some((t, j) => j < i && t.includes(surname) && bylineStart(t, lexicon) >= 0);
      if (!inStory && bylined) {
        roles[i] = 'boilerplate';
        last = Math.max(last, i);
        continue;
      }
    }
    // The story's last sentence ends the tail; labels and link headlines may stand between.
    if (counts[i] >= 10 && shape.endsSentence(texts[i])) inTail = false;
  }
  return last;
}

/** Writers' boxes looked for beyond the tail of the page (a story has at most a few writers). */
const BOXES_PAST_TAIL = 6;

/** Longer than a caption: a paragraph of story above a picture's credit. */
const CAPTION_WORDS = 40;
/** A lead's first sentence runs longer; a caption in the page's head is a short sentence. */
const HEAD_CAPTION_WORDS = 25;
/** Fewer words over a credit are a label, a time or a rule ("3:20 p.m.", "___."); a caption names someone or something and where. */
const CAPTION_MIN_WORDS = 4;
/** A photographer's name printed again under the caption that credits it ("Jane Roe" under "(AP Photo/Jane Roe)"). */
const NAME_WORDS = 4;

/** A name in a caption: up to four capitalised words ("Ann Lee", "Lorcan Ó Briain", "The Harbour Five"). */
const CAPTION_NAME = String.raw`\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,3}`;
/**
 * A caption that names the people in the picture and nothing else: a name, or a band's and its
 * members' ("The Harbour Five’s Ann Lee and Tom Roe", "The Harbour Five, from left: Ann Lee, Tom Roe and Joe Bloggs").
 */
const NAMES_IN_PICTURE = new RegExp(
  String.raw`^${CAPTION_NAME}(?:['’]s ${CAPTION_NAME})?(?:,? \(?(?:from left|left to right)\)?:? ${CAPTION_NAME})?(?:, ${CAPTION_NAME})*(?:,? and ${CAPTION_NAME})?\.?$`,
  'u',
);

/** The credit closing a caption, from its last bracket or slash on ("(AP Photo/Jane Roe, File)"), or nothing. */
function creditOf(caption: string): string {
  const from = Math.max(caption.lastIndexOf('('), caption.lastIndexOf('/'));
  return from < 0 ? '' : caption.slice(from);
}

/**
 * Captions told by the picture's lines beside them:
 * - the paragraph over a credit line alone ("Crews arrive on the quay in Oslo." over "Jane Roe/Getty
 *   Images") when it reads as a caption: a line of names, or a scene in the present, without
 *   quotation marks or title case. Over the credit of a picture printed without its caption stands
 *   the story, telling what was done and said, or a list's heading, or the headline (when nothing
 *   before it may be one);
 * - the paragraph under a caption's label alone ("Image:");
 * - the photographer's name alone under the caption that credits it, or a source alone ("Reuters"),
 *   unless another follows it, as the items of a share bar do ("Facebook", "Twitter");
 * - between paragraphs of the story, a caption printed with no credit (`isCaptionInStory`).
 */
function markCaptionsBesideCredits(
  texts: readonly string[],
  words: ReadonlyArray<readonly string[]>,
  counts: readonly number[],
  headLines: readonly boolean[],
  dated: readonly boolean[],
  signed: readonly boolean[],
  roles: Array<Role | null>,
  first: number,
  lexicon: Lexicon,
): void {
  let headlineBefore = false;
  let proseBefore = false;
  let headLineBefore = false;
  const shortLine = (j: number): boolean => counts[j] <= CAPTION_WORDS && !texts[j].includes('\n') && !shape.hasQuotationBesidesTitles(texts[j]);
  // A paragraph of the story's prose, not the headline (which may end in a full stop) or the page's.
  const isStoryProse = (j: number): boolean => roles[j] === null && isProse(texts[j], words[j], counts[j]);
  let storyProseBefore = false;
  const lastStoryProse = lastProseIndex(texts, words, counts, roles, first);
  // Lines that are or carry a picture's credit: a credit line under one is the byline's or the next picture's.
  const creditBearing = roles.map((role) => role === 'caption');
  // A name and an outlet after a bar reads as a byline too ("Ann Lee | Harbour News"); under a caption with no credit of its own, without a date, it is the picture's.
  const creditAlone = (j: number, underCaption = false): boolean =>
    (roles[j] === null || roles[j] === 'boilerplate') && (!headLines[j] || (underCaption && !dated[j])) && isCreditLineAlone(texts[j], counts[j], lexicon);
  // A source alone ("Reuters", "Supplied") or a credit in words ("Advocate file photo") credits the picture over
  // it when that picture's caption ends as a sentence; under a related story's headline, which has no full stop,
  // it names where the story is from. With a full stop of its own ("TWITTER.") it signs a reader's letter.
  const sourceCredit = (j: number): boolean =>
    shape.endsSentence(texts[j - 1]) &&
    (roles[j] === null || roles[j] === 'boilerplate') &&
    !headLines[j] &&
    !shape.endsSentence(texts[j]) &&
    (isSourceAlone(texts[j], lexicon) || isCreditInWords(texts[j]));
  // A picture's scene told in the first sentence's main clause, over a credit that is not the site's rights line.
  const mainClauseScene = (j: number, credit: number): boolean => !shape.isRightsLine(texts[credit]) && lexicon.describesPictureInMainClause(texts[j]);
  for (let i = first + 1; i < texts.length; i++) {
    const above = i - 1;
    // NPR's caption and credit lines sit under the buttons that fold them away.
    const toggled = betweenCaptionToggles(texts, i);
    // Under the byline, a line of names over a credit names the people in the picture, not more writers;
    // but names opened by "By" are a byline, over the photographer's credit ("By Ann Lee" / "Photographs by Tom Roe").
    const bylineOrCaption = headLines[above] && headLineBefore && !signed[above] && NAMES_IN_PICTURE.test(texts[above]);
    const creditLine = roles[i] === 'caption' ? isCreditUnderCaption(texts[i], counts[i]) : (creditAlone(i) && saysWhereOrWhen(texts[above])) || sourceCredit(i);
    if (creditLine && roles[above] === null && headlineBefore && (!headLines[above] || bylineOrCaption)) {
      // The people in the picture, named alone ("Ann Lee and Tom Roe", "The Harbour Five, from left: …"),
      // or where they are ("Ann Lee and Tom Roe at the “Harbour” premiere in Cannes on Monday."), are in
      // title case nearly as a headline is; but a headline has a verb, or no full stop, or capitalises every word.
      const verbless = (): boolean => lexicon.pictureReading(texts[above]) === 'fragment';
      const names = shortLine(above) && NAMES_IN_PICTURE.test(texts[above]) && verbless();
      const namesAndPlace = shape.endsSentence(texts[above]) && (shape.hasLongWordInLowerCase(words[above]) || namesThenPlace(texts[above])) && verbless();
      const titleCase = shape.isTitleCase(words[above]) && !namesAndPlace;
      const scene = names || (counts[above] >= CAPTION_MIN_WORDS && !texts[above].includes('?') && !titleCase);
      // In the page's head, before any paragraph of prose, one short sentence over a credit is the lead
      // picture's caption whatever its tense ("Chairman Ann Lee spoke on Wednesday."); a lead opens with
      // its dateline or reports what was said.
      const headPicture =
        !proseBefore && counts[above] <= HEAD_CAPTION_WORDS && shape.isOneSentence(texts[above]) && datelineShape(texts[above]) === null && !shape.reportsSpeech(texts[above]);
      if (scene && shortLine(above) && (headPicture || ((lexicon.describesPicture(texts[above]) || mainClauseScene(above, i)) && !shape.reportsSpeech(texts[above])))) {
        roles[above] = roles[i] = 'caption';
        creditBearing[i] = true;
      }
    } else if ((roles[above] === 'caption' || toggled) && roles[i] !== 'caption' && counts[i] > 0) {
      const underCaption =
        isCaptionLabel(texts[above]) || toggled
          ? shortLine(i)
          : isNameForOutlet(texts[i]) ||
            (!creditBearing[above] && creditAlone(i, true)) ||
            (counts[i] <= NAME_WORDS && (creditOf(texts[above]).includes(texts[i]) || isCreditInWords(texts[i]) || isSourceAloneNotListed(texts, i, lexicon)));
      if (underCaption) {
        roles[i] = 'caption';
        creditBearing[i] = true;
      }
    }
    if (roles[above] === null && counts[above] >= 3) headlineBefore = true;
    if (roles[above] === null && counts[above] >= 10 && shape.endsSentence(texts[above])) proseBefore = true;
    // Prose over the byline or the date line is the standfirst, or the byline's bio: the story starts under them.
    if (headLines[above]) proseBefore = false;
    if (headLines[above]) headLineBefore = true;
    if (above > first && isStoryProse(above)) storyProseBefore = true;
    // Between paragraphs of the story, a picture's caption printed with no credit (the line under it is
    // read next). Under a label ("Related", "Read more") stands a link's headline; a credit has its slash.
    // In the page's head, after its byline or date line, the lead picture's may stand under the page's buttons ("Share", "Comments").
    const underLabel = counts[above] <= 3 && !texts[above].includes('/') && !shape.endsSentence(texts[above]);
    if (roles[i] === null && (storyProseBefore ? !underLabel : headLineBefore) && i < lastStoryProse && !headLines[i] && isCaptionInStory(texts[i], words[i], lexicon)) roles[i] = 'caption';
  }
}

/** A caption of the people's names and then where they are, each word capitalised but the small ones ("Ann Lee and Tom Roe in Tulsa, Oklahoma, in August."). */
function namesThenPlace(paragraph: string): boolean {
  const place = picturePlaceAt(paragraph);
  return place > 0 && NAMES_IN_PICTURE.test(paragraph.slice(0, place).trimEnd());
}

/** A gallery's slide counter: "2 / 12", "Photo 3 of 14"; a lone number may be a list's. */
const SLIDE_COUNTER = /(?:\/|\bof)\s*\d/u;
/** A gallery slide's caption and credit run to a few lines between its counter and the next. */
const SLIDE_LINES = 3;

/**
 * A gallery's slides: the lines between one slide counter and the next ("2 / 12", the caption, its
 * credit, "3 / 12") are the slide's caption and credit; after the last counter, a line with a credit
 * or a source alone under it. Only short lines that nothing else has claimed but weak furniture.
 */
function markGallerySlides(
  texts: readonly string[],
  counts: readonly number[],
  headLines: readonly boolean[],
  roles: Array<Role | null>,
  furniture: ReadonlyArray<'strong' | 'weak' | null>,
  lexicon: Lexicon,
): void {
  const isSlideCounter = (j: number): boolean => j < texts.length && shape.isCounter(texts[j]) && SLIDE_COUNTER.test(texts[j]);
  const free = (j: number): boolean => (roles[j] === null || (roles[j] === 'boilerplate' && furniture[j] !== 'strong')) && !headLines[j] && counts[j] > 0 && counts[j] <= CAPTION_WORDS && !isSlideCounter(j);
  for (let c = 0; c < texts.length; c++) {
    if (!isSlideCounter(c)) continue;
    // The slide's lines run to the next counter, or stop at a line already the page's or the story's.
    let next = c + 1;
    while (next < texts.length && next - c <= SLIDE_LINES && !isSlideCounter(next) && (free(next) || roles[next] === 'caption')) next++;
    const closed = isSlideCounter(next);
    // After the last counter, the caption is the short line a credit stands under.
    const captionLine = free(c + 1) || roles[c + 1] === 'caption';
    const credited = !closed && captionLine && (roles[c + 2] === 'caption' || isSourceAloneNotListed(texts, c + 2, lexicon));
    if (!closed && !credited) continue;
    for (let j = c + 1; j < (closed ? next : c + 3); j++) if (free(j)) roles[j] = 'caption';
  }
}

/**
 * A caption and its credit under the buttons that fold them away, as NPR prints them ("hide caption",
 * the caption, "toggle caption", the credit): a line under one button with another beside it.
 */
function betweenCaptionToggles(texts: readonly string[], i: number): boolean {
  return i > 0 && isCaptionToggle(texts[i - 1]) && (isCaptionToggle(texts[i + 1] ?? '') || isCaptionToggle(texts[i - 3] ?? ''));
}

/** The dateline's shape ends in a colon ("PHOTOS:", "LIVE:"), not a dash. */
function endsInColon(paragraph: string, found: DatelineShape): boolean {
  return paragraph[found.length - 1] === ':' || /:\s*$/u.test(paragraph.slice(0, found.length));
}

/** A dateline's shape whose "place" is a page word before a colon ("LIVE: Tunnel closed …"), a headline's label, not a place. */
function isPageWordLabel(paragraph: string, found: DatelineShape, lexicon: Lexicon): boolean {
  const place = paragraph.slice(0, found.placeLength);
  return !found.agency && !found.region && endsInColon(paragraph, found) && !isKnownPlace(place, lexicon) && isCommonWords(place, lexicon);
}

/** Short lines printed more than once ("Advertisement", "Share") are the page's. */
function markRepeatedLines(texts: readonly string[], counts: readonly number[], headLines: readonly boolean[], roles: Array<Role | null>): void {
  const seen = new Map<string, number>();
  let repeated = false;
  for (let i = 0; i < texts.length; i++) {
    // Short and unpunctuated, or a word or two: a repeated sentence may be the story's refrain.
    if (counts[i] === 0 || counts[i] > 10 || shape.endsSentence(texts[i])) continue;
    const key = texts[i].toLowerCase();
    const times = (seen.get(key) ?? 0) + 1;
    seen.set(key, times);
    if (times > 1) repeated = true;
  }
  // Most pages repeat no line: then no paragraph is lower-cased again to look it up.
  if (!repeated) return;
  const firstSeen = new Set<string>();
  for (let i = 0; i < texts.length; i++) {
    const key = texts[i].toLowerCase();
    if (roles[i] || (seen.get(key) ?? 0) < 2 || shape.hasQuotation(texts[i])) continue;
    // The byline's name comes again over the writer's box at the foot of the page: the first is still the byline.
    const headFirst = headLines[i] && !firstSeen.has(key);
    firstSeen.add(key);
    if (!headFirst) roles[i] = 'boilerplate';
  }
}

/** Unpunctuated short lines next to boilerplate belong to it: the headlines under "Read more:", a menu's rows. */
function spreadToShortLines(
  texts: readonly string[],
  words: ReadonlyArray<readonly string[]>,
  counts: readonly number[],
  roles: Array<Role | null>,
  lastProse: number,
  storyStart: number,
  authorBox: number,
  storyCloser: number,
  lexicon: Lexicon,
): void {
  // Inside the story a few words naming someone, with no verb, are a subhead over the paragraphs about
  // them, even beside a list: the headlines of a link list say what happened.
  const subhead = (i: number): boolean => i > storyStart && i < lastProse && shape.isNamingPhrase(words[i], lexicon);
  // A long line that never ends as a sentence is a link's headline when another link sits beside it.
  const longHeadline = (i: number): boolean => i > storyStart && i < texts.length && roles[i] === null && shape.isLongLinkHeadline(texts[i], counts[i]);
  const linkLike = (i: number): boolean => longHeadline(i) || (roles[i] === 'boilerplate' && shape.isLinkLine(texts[i]));
  // Inside the story one needs no other link beside it when it ends as only a link does; after the
  // story's last sentence the lists below are read as lists.
  // Each paragraph is asked once here: the roles do not change until the runs are marked.
  const long = texts.map((_, i) => longHeadline(i));
  const loneHeadline = (i: number): boolean => i < lastProse && shape.isLoneLinkHeadline(texts[i], counts[i], lexicon);
  const run = long.map((isLong, i) => isLong && (linkLike(i - 1) || linkLike(i + 1) || loneHeadline(i)));
  for (let i = 0; i < texts.length; i++) if (run[i]) roles[i] = 'boilerplate';
  const joins = (i: number): boolean =>
    roles[i] === null && counts[i] <= SHORT_LINE_WORDS && !shape.endsSentence(texts[i]) && !shape.hasSpeech(texts[i]) && !subhead(i);
  // After the story's last sentence of prose, a list under a label ("Related", "Trending now") holds
  // headlines, which may end in a full stop or quote someone. Under a label a headline may run long
  // (above one, a long unpunctuated line is as often a statement signed with a name).
  // A few words ending in a full stop after the story are a letter's or column's signature ("Jane Roe.", "Springfield, Ill."), not a headline.
  const signature = (i: number): boolean => counts[i] <= 4 && /\.$/u.test(texts[i]);
  // Above an author box the story may still be running down (the box moved its end): a line ending a
  // sentence is the story's, unless it ends as headlines do, on a capital's abbreviation, "?" or "…".
  const storyLike = (i: number): boolean => i < authorBox && shape.endsSentence(texts[i]) && !/(?:…|\?|\p{Lu}\.)["'”’]?$/u.test(texts[i]);
  const joinsBelow = (i: number): boolean => joins(i) || longHeadline(i) || (i > lastProse && roles[i] === null && counts[i] <= TAIL_LINE_WORDS && !signature(i) && !storyLike(i));
  // Lists hang from labels, link lines and menus (a headline cut short with "…" among them); a notice
  // in sentences (a comment rule) heads none.
  const spreads = (i: number): boolean => roles[i] === 'boilerplate' && (!shape.endsSentence(texts[i].replace(/\s*(?:…|\.\.\.)$/u, '')) || /:\s*$/u.test(texts[i]));
  // After the story's last sentence a list goes on below a headline ending in "." or "?"; what ends in a
  // full stop below it is a sentence (a contributor's note, a credit), not a list's headline.
  const continuesTailList = (i: number): boolean =>
    lastProse >= 0 && i - 1 > lastProse && roles[i - 1] === 'boilerplate' && /[.?!]["'”’]?$/u.test(texts[i - 1]) && !/\.["'”’]?$/u.test(texts[i]) && !shape.isStoryCredit(texts[i]);
  for (let i = 1; i < texts.length; i++) if ((spreads(i - 1) || continuesTailList(i)) && joinsBelow(i)) roles[i] = 'boilerplate';
  // After the story's last sentence, a short line speaking to the reader is the site's sign-off ("Thanks for reading. See you …").
  // Or one taking leave without "you": a greeting or request ("Stay safe", "Thanks for reading", "Until tomorrow").
  for (let i = lastProse + 1; lastProse >= 0 && i < texts.length; i++) {
    if (roles[i] === null && i !== storyCloser && counts[i] <= TAIL_LINE_WORDS && !shape.hasQuotation(texts[i]) && (/\b(?:you|your)\b/iu.test(texts[i]) || shape.isSignOff(texts[i], words[i], lexicon))) roles[i] = 'boilerplate';
  }
  for (let i = texts.length - 2; i >= 0; i--) if (spreads(i + 1) && joins(i)) roles[i] = 'boilerplate';
}

/** Without a date line, the date a caption in the head gives ("…, Tuesday, June 4, 2019. (AP Photo/…)"). */
/**
 * A page's date is when it was published: an update stamp over a publishing one ("Updated: January 29,
 * 2025" / "Published: January 28, 2025") gives way to it.
 */
function publishedUnderUpdated(texts: readonly string[], paragraphs: readonly Paragraph[], roles: Array<Role | null>, heads: readonly HeadLines[], date: NonNullable<PageStructure['date']>): NonNullable<PageStructure['date']> {
  const i = roles.indexOf('date');
  const published = heads[i + 1]?.date;
  if (i < 0 || !published || !isUpdateStamp(texts[i]) || !isPublishingStamp(texts[i + 1]) || roles[i + 1]) return date;
  roles[i + 1] = 'date';
  const at = paragraphs[i + 1].end - texts[i + 1].length;
  return { start: at + published.start, end: at + published.end, text: texts[i + 1].slice(published.start, published.end), date: published.date };
}

function dateFromCaptions(texts: readonly string[], roles: ReadonlyArray<Role | null>, paragraphs: readonly Paragraph[], storyStart: number): PageStructure['date'] {
  for (let i = 0; i < Math.min(storyStart, texts.length); i++) {
    if (roles[i] !== 'caption' || /^FILE\b/u.test(texts[i])) continue;
    const [found] = findDates(texts[i]);
    if (found) {
      const start = paragraphs[i].start + found.start;
      return { start, end: start + (found.end - found.start), text: texts[i].slice(found.start, found.end), date: found.date };
    }
  }
  return null;
}

/**
 * The first dateline in the lead, believed when it has what a page word never has: an agency, a
 * state or country after the place, or a place the lexicon knows. Otherwise only where the story
 * opens: after a date line, or ahead of a dash when its words are not common words. A story
 * sentence must follow.
 */
function findDateline(
  texts: readonly string[],
  paragraphs: readonly Paragraph[],
  roles: ReadonlyArray<Role | null>,
  lexicon: Lexicon,
  first: number,
  dated: boolean,
  storyStart: number,
): PageStructure['dateline'] {
  const last = Math.min(paragraphs.length, storyStart + LEAD_PARAGRAPHS);
  for (let i = first; i < last; i++) {
    if (roles[i] === 'caption' || roles[i] === 'boilerplate') continue;
    const found = datelineShape(texts[i]);
    if (!found) continue;
    const afterDateLine = i === first && dated;
    // Under a standfirst (one short sentence over the story), the story opens a paragraph later.
    const underStandfirst = i === storyStart + 1 && !datelineShape(texts[storyStart]) && shape.wordsOf(texts[storyStart]).length <= STANDFIRST_WORDS;
    const opening = i === storyStart || afterDateLine || underStandfirst;
    if (!opensStory(texts[i].slice(found.length), opening)) continue;
    const place = texts[i].slice(0, found.placeLength);
    // Page words come before a colon ("PHOTOS:", "WATCH:"); a dash after common words is the page's too.
    const believed =
      found.agency || found.region || isKnownPlace(place, lexicon) || afterDateLine || (opening && !endsInColon(texts[i], found) && !isCommonWords(place, lexicon));
    if (believed) {
      const start = paragraphs[i].end - texts[i].length;
      return { start, end: start + found.placeLength, text: place, agency: found.agency };
    }
  }
  return null;
}

function skipSpace(text: string, from: number, to: number): number {
  let at = from;
  while (at < to && /\s/u.test(text[at])) at++;
  return at;
}

function spanOf(text: string, paragraph: Paragraph): Span {
  return { start: paragraph.start, end: paragraph.end, text: text.slice(paragraph.start, paragraph.end) };
}

/** Neighbouring boilerplate paragraphs as one span. */
function mergeRuns(text: string, paragraphs: readonly Paragraph[], roles: ReadonlyArray<Role | null>): Span[] {
  const spans: Span[] = [];
  for (let i = 0; i < paragraphs.length; i++) {
    if (roles[i] !== 'boilerplate') continue;
    const last = spans[spans.length - 1];
    if (last && roles[i - 1] === 'boilerplate') {
      last.end = paragraphs[i].end;
      last.text = text.slice(last.start, last.end);
    } else spans.push(spanOf(text, paragraphs[i]));
  }
  return spans;
}

/** A headline opens with a capital or a figure, after any opening mark; a line in lower case is a tag or a rubric ("the final season"). */
function opensWithCapital(line: string): boolean {
  return /^[\p{Pi}\p{Ps}"'‘“]*[\p{Lu}\p{N}]/u.test(line);
}

/** A section and its subsection set between a bar, each of three words at most ("Europe | French wine"): where the story is filed. */
function isSectionPath(line: string): boolean {
  const parts = line.split(' | ');
  return parts.length === 2 && parts.every((part) => shape.wordsOf(part).length <= 3);
}

/** A menu's item runs to this many words; so do the items around it. */
const MENU_ITEM_WORDS = 5;
/** How many short lines on each side make a run of them a menu. */
const MENU_SIDE_LINES = 2;

/**
 * Paragraph `i` is an item of a menu: it and the two lines on each side of it are short, none ends as
 * a sentence and none is a date line or a byline ("Climate" / "Future of Work by Charter" / "Business").
 * A headline stands apart, with its standfirst, byline or story under it.
 */
function inMenuRun(texts: readonly string[], counts: readonly number[], heads: readonly HeadLines[], i: number): boolean {
  // A date line or a byline is the head of a story, however short ("Wales edge Fiji" / "PETER HALLORAN").
  const item = (j: number): boolean => j >= 0 && j < texts.length && counts[j] <= MENU_ITEM_WORDS && !shape.endsSentence(texts[j]) && !heads[j].date && !heads[j].byline;
  if (!item(i)) return false;
  for (let step = 1; step <= MENU_SIDE_LINES; step++) if (!item(i - step) || !item(i + step)) return false;
  return true;
}

/** How many paragraphs of prose from the story's start the headline's words are looked for in. */
const LEAD_FOR_HEADLINE = 3;
/** Sharing this many words with the lead, a line is the headline; a site's name shares one at most ("China" in "South China Morning Post"). */
const HEADLINE_SHARES = 2;

/**
 * The headline tells what the lead tells: it shares words with the story's first paragraphs. Over the
 * headline a saved page may print the site's name ("The Harbour Times"), a skip link or a section's
 * menu, which share a word at most. When the first line shaped as a headline shares fewer than two
 * with the lead, the next line before the story that shares two or more is the headline.
 */
function headlineSharingLead(words: readonly string[][], counts: readonly number[], lexicon: Lexicon, headline: number, later: readonly number[], storyStart: number): number {
  if (headline < 0 || later.length === 0) return headline;
  const shared = wordsSharedWithLead(words, counts, lexicon, storyStart);
  const first = shared(headline);
  // A short title-case line with no verb is a site's, a place's or a series' name ("Glen Ellyn, IL",
  // "Hurricane Harvey: One Year Later"); a headline in sentence case is not ("The price of ‘free’ ferries").
  const named = (): boolean => counts[headline] <= SITE_NAME_WORDS && shape.isTitleCase(words[headline]) && lexicon.pictureReading(words[headline].join(' ')) === 'fragment';
  // A site's name shares a word or two where the lead names the site ("… The Harbour Times has learned"); its headline, more than twice as many.
  const outshares = (i: number): boolean => (first < HEADLINE_SHARES ? shared(i) >= HEADLINE_SHARES : shared(i) > 2 * first && named());
  // The line straight under a headline that tells something ("City Songbirds Are 'Forgetting' …") is its
  // standfirst, longer and in sentence case, and shares more with the lead as a rule: it is no headline.
  const standfirst = (i: number): boolean => i === headline + 1 && counts[i] > counts[headline] && !shape.isTitleCase(words[i]) && lexicon.pictureReading(words[headline].join(' ')) !== 'fragment';
  const sharing = later.find((i) => !standfirst(i) && outshares(i));
  if (sharing !== undefined) return sharing;
  if (first >= HEADLINE_SHARES) return headline;
  // Sharing too little either way, a name over a headline that tells something ("… families still
  // waiting on county buyouts"). Headlines with no verb are short too, so only then.
  const next = later[0];
  return named() && counts[next] > SITE_NAME_WORDS && lexicon.pictureReading(words[next].join(' ')) !== 'fragment' ? next : headline;
}

/** A site's, a section's or a series' name over the headline runs to this many words at most. */
const SITE_NAME_WORDS = 5;

/** How many content words paragraph `i` shares with the story's first paragraphs of prose. */
function wordsSharedWithLead(words: readonly string[][], counts: readonly number[], lexicon: Lexicon, storyStart: number): (i: number) => number {
  const lead = new Set<string>();
  let prose = 0;
  for (let i = storyStart; i < words.length && prose < LEAD_FOR_HEADLINE; i++) {
    if (counts[i] < 10) continue;
    prose++;
    for (const word of contentWords(words[i], lexicon)) lead.add(word);
  }
  return (i: number): number => new Set(contentWords(words[i], lexicon).filter((word) => lead.has(word))).size;
}

/** Words that carry content, folded: no function words (compromise's), none under four letters, a plural's "s" dropped. */
function contentWords(words: readonly string[], lexicon: Lexicon): string[] {
  return words
    .map((word) => word.toLowerCase())
    .filter((word) => word.length >= 4 && lexicon.wordClass(word) !== 'function')
    .map((word) => word.replace(/(?<=[^s])s$/u, ''));
}
