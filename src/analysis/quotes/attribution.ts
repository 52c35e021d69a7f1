import type { Lexicon } from '../lexicon';
import type { Sentence } from '../text/sentences';
import { sentenceAt } from '../text/sentences';
import type { Token } from '../text/tokens';
import type { Mention, Person, Span } from '../types';
import type { QuoteSpan } from './spans';

export interface Attribution {
  speakerId: string | null;
  speakerMention: Span | null;
  cue: Span | null;
}

const PRONOUNS = new Set(['he', 'she', 'they']);
/** Between a speaker and the cue verb: nothing, an adverb, or a descriptor set off by commas. */
const SUBJECT_GAP = /^\s*(?:,[^,"“”]{1,80},)?\s*(?:\p{L}+ly\s+)?$/u;
/** Between a cue verb and a speaker after it: nothing, or a descriptor ("said a US spokesman, X"; "according to"). */
const OBJECT_GAP = /^\s+(?:(?:a|an|the|his|her|their|its)\s[^,"“”.!?;]{1,60},\s*)?$/u;

interface Context {
  text: string;
  tokens: readonly Token[];
  sentences: readonly Sentence[];
  mentions: readonly Mention[];
  lexicon: Lexicon;
}

/**
 * Attributes each quote to a person: a cue after the quote in its sentence wins ("…," Ryder said;
 * "…," said a spokesman, X), then a cue before it (X urged … an "…"; X said: "…"). A pronoun
 * speaker is the last speaker quoted nearby, or the last person named. A quote standing alone as
 * a paragraph continues the previous paragraph's speaker.
 */
export function attributeQuotes(
  text: string,
  tokens: readonly Token[],
  sentences: readonly Sentence[],
  spans: readonly QuoteSpan[],
  people: readonly Person[],
  lexicon: Lexicon,
): Attribution[] {
  const mentions = people.flatMap((person) => person.mentions).sort((a, b) => a.start - b.start);
  const context: Context = { text, tokens, sentences, mentions, lexicon };
  const results: Attribution[] = [];
  let previous: { attribution: Attribution; paragraph: number } | null = null;
  for (const span of spans) {
    const closing = sentenceAt(sentences, Math.max(span.outerStart, span.outerEnd - 1));
    const opening = sentenceAt(sentences, span.outerStart);
    let attribution =
      afterQuote(context, span, closing, spans) ??
      beforeQuote(context, span, opening) ??
      null;
    const paragraph = opening >= 0 ? sentences[opening].paragraph : -1;
    if (attribution && attribution.speakerId === null && attribution.speakerMention) {
      // A pronoun: the speaker quoted just before, else the person last named.
      const speakerId = previous && paragraph - previous.paragraph <= 2 ? previous.attribution.speakerId : lastPersonBefore(context, span.outerStart);
      attribution = { ...attribution, speakerId };
    }
    if (!attribution && previous && paragraph - previous.paragraph === 1 && startsParagraph(context, span, opening)) {
      attribution = { speakerId: previous.attribution.speakerId, speakerMention: null, cue: null };
    }
    const result: Attribution = attribution ?? { speakerId: null, speakerMention: null, cue: null };
    results.push(result);
    if (result.speakerId) previous = { attribution: result, paragraph };
  }
  return results;
}

function afterQuote(context: Context, span: QuoteSpan, sentenceIndex: number, spans: readonly QuoteSpan[]): Attribution | null {
  if (sentenceIndex < 0) return null;
  const nextQuote = spans.find((other) => other.outerStart >= span.outerEnd);
  const windowEnd = Math.min(context.sentences[sentenceIndex].end, nextQuote?.outerStart ?? Infinity);
  return findCueAndSpeaker(context, span.outerEnd, windowEnd, 'after');
}

function beforeQuote(context: Context, span: QuoteSpan, sentenceIndex: number): Attribution | null {
  if (sentenceIndex < 0) return null;
  return findCueAndSpeaker(context, context.sentences[sentenceIndex].start, span.outerStart, 'before');
}

/** Finds a cue verb in [from, to) and the speaker tied to it. `before` prefers the last cue. */
function findCueAndSpeaker(context: Context, from: number, to: number, where: 'before' | 'after'): Attribution | null {
  const { text, tokens, lexicon } = context;
  const inWindow = tokensIn(tokens, from, to);
  const cues: Span[] = [];
  for (let i = 0; i < inWindow.length; i++) {
    const token = inWindow[i];
    if (lexicon.isCueVerb(token.norm)) cues.push({ start: token.start, end: token.end, text: token.text });
    for (const phrase of lexicon.cuePhrases) {
      const words = phrase.split(' ');
      if (words.every((word, k) => inWindow[i + k]?.norm === word)) {
        const last = inWindow[i + words.length - 1];
        cues.push({ start: token.start, end: last.end, text: text.slice(token.start, last.end) });
      }
    }
  }
  const ordered = where === 'before' ? [...cues].reverse() : cues;
  for (const cue of ordered) {
    const subject = speakerBefore(context, inWindow, from, cue);
    if (subject) return { ...subject, cue };
    const object = speakerAfter(context, inWindow, cue, to);
    if (object) return { ...object, cue };
  }
  if (where === 'before') {
    // "Blinken: "…"": a name followed by a colon just before the quote.
    const colon = /:\s*$/.test(text.slice(from, to)) ? lastMentionIn(context, from, to) : null;
    if (colon && SUBJECT_GAP.test(text.slice(colon.end, to).replace(/:\s*$/, ''))) {
      return { speakerId: colon.personId, speakerMention: span(colon), cue: null };
    }
  }
  return null;
}

/** "X said", "X, a doctor, said", "he said". */
function speakerBefore(context: Context, inWindow: readonly Token[], from: number, cue: Span): Omit<Attribution, 'cue'> | null {
  const mention = lastMentionIn(context, from, cue.start);
  if (mention && SUBJECT_GAP.test(context.text.slice(mention.end, cue.start))) {
    return { speakerId: mention.personId, speakerMention: span(mention) };
  }
  const pronoun = [...inWindow].reverse().find((t) => t.end <= cue.start && PRONOUNS.has(t.norm));
  if (pronoun && SUBJECT_GAP.test(context.text.slice(pronoun.end, cue.start))) {
    return { speakerId: null, speakerMention: { start: pronoun.start, end: pronoun.end, text: pronoun.text } };
  }
  return null;
}

/** "said X", "said a US spokesman, X", "according to X", "said he". */
function speakerAfter(context: Context, inWindow: readonly Token[], cue: Span, to: number): Omit<Attribution, 'cue'> | null {
  const mention = context.mentions.find((m) => m.start >= cue.end && m.end <= to);
  if (mention && OBJECT_GAP.test(context.text.slice(cue.end, mention.start))) {
    return { speakerId: mention.personId, speakerMention: span(mention) };
  }
  const pronoun = inWindow.find((t) => t.start >= cue.end);
  if (pronoun && PRONOUNS.has(pronoun.norm) && /^\s+$/.test(context.text.slice(cue.end, pronoun.start))) {
    return { speakerId: null, speakerMention: { start: pronoun.start, end: pronoun.end, text: pronoun.text } };
  }
  return null;
}

/** Tokens lying wholly in [from, to), found by binary search: articles can be long. */
function tokensIn(tokens: readonly Token[], from: number, to: number): Token[] {
  let low = 0;
  let high = tokens.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (tokens[middle].start < from) low = middle + 1;
    else high = middle;
  }
  const result: Token[] = [];
  for (let k = low; k < tokens.length && tokens[k].end <= to; k++) result.push(tokens[k]);
  return result;
}

function lastMentionIn(context: Context, from: number, to: number): Mention | null {
  let found: Mention | null = null;
  for (const mention of context.mentions) {
    if (mention.start >= to) break;
    if (mention.start >= from && mention.end <= to) found = mention;
  }
  return found;
}

function lastPersonBefore(context: Context, offset: number): string | null {
  let found: string | null = null;
  for (const mention of context.mentions) {
    if (mention.start >= offset) break;
    found = mention.personId;
  }
  return found;
}

function startsParagraph(context: Context, span: QuoteSpan, sentenceIndex: number): boolean {
  if (sentenceIndex < 0) return false;
  return context.text.slice(context.sentences[sentenceIndex].start, span.outerStart).trim() === '';
}

function span(mention: Mention): Span {
  return { start: mention.start, end: mention.end, text: mention.text };
}
