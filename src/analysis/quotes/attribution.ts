import type { PeopleContext } from '../context';
import cueData from '../lexicon/cues.json';
import { sentenceAt } from '../text/sentences';
import { firstIndex } from '../text/search';
import type { QuoteSource, Span } from '../types';
import { sourceKind } from './sourceKind';
import type { QuoteSpan } from './spans';
import { clauseSubject, isVerbLike, nearestSubject, possessiveSource, subjectAt } from './subject';
import { SUBORDINATORS } from '../text/subordinators';
import { firstMentionFrom, lastMentionIn, PRONOUN_GENDER, span, startsParagraph, tokensIn, tokenSpan, type Attribution, type Context, type Found } from './attributionContext';
import { resolvePronoun } from './pronounSpeakers';
import { resolveDescription } from './descriptionSpeakers';
import { documentOwner, senderOfDocumentBefore } from './documentSpeakers';
import { capitalisedRunEndingAt, findCueAndSpeaker, NAME_JOINERS, premodifiersOnly, relativeAntecedent } from './cueSpeakers';

export type { Attribution } from './attributionContext';

/** A dash after the closing mark introduces the speaker: "…" — X. */
const DASH_AFTER = /^\s*[―—–-]{1,2}\s*$/u;

/** Phrases that name the source of their whole sentence, as words: "according to" (cues.json). */
const SOURCE_PHRASES = cueData.sourcePhrases.map((phrase) => phrase.split(' '));

/** How far before its quote a subject and cue verb that frame it directly may start ("…, she said, "…""). */
const DIRECT_REACH = 80;
/** How far from its quote an attribution may stand, in characters: bounds the work in run-on text. */
const REACH = 300;
/** Characters after a quote beyond which its attribution is not the quote's own frame ("…," X said). */
const DISTANT_AFTER = 40;
/** Characters an attribution opening the next sentence may leave after it ("Graham asked, before leaving."). */
const FRAME_TAIL = 60;
/** The same before the quote, where a long subject and its clause may come first. */
const REACH_BEFORE = 500;

/**
 * Attributes each quote to a person: a cue after the quote in its sentence wins ("…," Ryder said;
 * "…," said a spokesman, X), then a cue before it (X urged … an "…"; X said: "…"). A pronoun
 * speaker is the last speaker quoted nearby, or the last person named, of a matching gender. A
 * description ("the ambassador said") is the person last named with that title, or is kept as the
 * speaker's mention with no person. A quote with no attribution of its own that stands as a
 * sentence goes to the subject of the sentence before it when that sentence quotes no one;
 * otherwise it continues the speaker of the quote before it in the same paragraph, or of the
 * previous paragraph when it opens one.
 */
export function attributeQuotes(article: PeopleContext, spans: readonly QuoteSpan[]): Attribution[] {
  const { text, sentences } = article;
  const insideQuote = (offset: number): boolean => {
    const k = firstIndex(spans, (span) => span.outerEnd > offset);
    return k < spans.length && spans[k].outerStart <= offset;
  };
  const context: Context = { ...article, personById: new Map(article.people.map((p) => [p.id, p])), insideQuote, mainSubjects: new Map(), sentenceSources: new Map(), closingFrames: new Map() };
  const results: Attribution[] = [];
  let previous: { attribution: Attribution; paragraph: number } | null = null;
  for (const [index, span] of spans.entries()) {
    const closing = sentenceAt(sentences, Math.max(span.outerStart, span.outerEnd - 1));
    const opening = sentenceAt(sentences, span.outerStart);
    const paragraph = opening >= 0 ? sentences[opening].paragraph : -1;
    // Nothing inside an earlier quote of the sentence names this one's speaker.
    const sentenceStart = opening >= 0 ? sentences[opening].start : 0;
    const floor = Math.max(sentenceStart, spans[index - 1]?.outerEnd ?? 0);
    // A later quote of an attributed sentence keeps its speaker unless the words between name another.
    const sameSentence = floor > sentenceStart && results[index - 1]?.speakerMention != null;
    const after = afterQuote(context, span, closing, spans[index + 1]) ?? closingFrame(context, spans, index, closing);
    // A cue further on in the sentence ("… "…" while Y suggests …") or in the next sentence yields
    // to one before the quote; so does any cue after a quote woven into a clause whose subject
    // has a cue verb ("X said Y "caused death." Z called …"), unless it is the quote's own frame ("…," X said).
    const woven = !sameSentence && opening >= 0 && context.text.slice(sentenceStart, span.outerStart).trim() !== '';
    const ownFrame = after !== null && attributionStart(after) - span.outerEnd <= 3 && /[,?!]\s*$/.test(text.slice(Math.max(span.start, span.end - 2), span.end));
    // A later quote of a sentence whose person is found keeps them over a clause after it that is not its
    // own frame ("X said … and warned they would "bear all the consequences" if it continued …").
    const keepsSentenceSpeaker = sameSentence && after !== null && !ownFrame && results[index - 1].speakerId !== null;
    const distant = after !== null && (((attributionStart(after) - span.outerEnd > DISTANT_AFTER
      || opensOtherClause(context, span.outerEnd, attributionStart(after))) && !closesSentence(context, span.outerEnd, closing, after))
      || keepsSentenceSpeaker
      || (woven && !ownFrame && mainSpeakerWithCue(context, span, opening) !== null)
      // "When X said he would "…," the crowd applauded": a clause after a woven quote whose verb is no cue is not its frame.
      || (woven && after.cue !== null && !after.cue.text.includes(' ') && !isCue(context, after.cue)));
    // "Y said "…", according to X": X names the source, unless Y is a person named as saying it; then X only carried the words.
    const relayed = accordingTo(context, span, opening);
    const relayedBy = relayed && speaksBeforeRelay(context, span, opening, relayed) ? relayed : null;
    const found = (relayedBy ? null : relayed)
      ?? (distant ? null : after)
      ?? (sameSentence
        ? findCueAndSpeaker(context, floor, span.outerStart, 'before')
        : beforeQuote(context, span, opening, floor)
          ?? mainOrNearerPronoun(context, span, opening, sentenceStart)
          ?? nearestSubjectOf(context, span, opening, floor)
          ?? leadInParagraph(context, span, opening))
      ?? (keepsSentenceSpeaker ? null : after);
    let result: Attribution;
    // Failing that, the subject of the sentence before a quote that stands alone.
    const own = found ?? (sameSentence ? null : subjectOfSentenceBefore(context, span, opening, spans[index - 1]));
    if (sameSentence && !found) {
      result = { ...results[index - 1], cue: null };
    } else if (own) {
      const { via, antecedentId: _antecedent, relay, ...attribution } = own;
      attribution.speakerMention = withReflexive(context, attribution.speakerMention);
      if (via === 'pronoun') attribution.speakerId = resolvePronoun(context, own, previous, paragraph, span.outerStart, span.outerEnd);
      if (via === 'description') attribution.speakerId = resolveDescription(context, own, span.outerStart);
      if (attribution.speakerId === null && via !== 'pronoun') attribution.speakerId = documentOwner(context, own, previous, paragraph, span.outerStart, span.outerEnd);
      if (attribution.speakerId === null) attribution.speakerId = senderOfDocumentBefore(context, own);
      const passedOn = relayedBy ?? relay;
      result = { ...attribution, source: sourceOf(context, attribution), relayedBy: passedOn ? sourceOf(context, passedOn) : null };
    } else if (previous && (previous.paragraph === paragraph || (paragraph - previous.paragraph === 1 && startsParagraph(context, span.outerStart, opening)))) {
      // The words that named the speaker of the run stay its source ("…," he said. "…").
      const { speakerId, speakerMention, source } = previous.attribution;
      result = { speakerId, speakerMention, cue: null, source, relayedBy: null };
    } else {
      result = { speakerId: null, speakerMention: null, cue: null, source: null, relayedBy: null };
    }
    results.push(result);
    if (result.speakerId || result.speakerMention) previous = { attribution: result, paragraph };
  }
  return results;
}

/**
 * The sentence's subject is a person named with a cue verb before the quote, apart from the "according
 * to" source: "Qiao said Beijing would resume imports "step by step", according to a readout" quotes
 * Qiao; the readout only carried the words.
 */
function speaksBeforeRelay(context: Context, span: QuoteSpan, sentenceIndex: number, relayed: Found): boolean {
  const main = mainSpeakerWithCue(context, span, sentenceIndex);
  return main?.via === 'name' && main.speakerMention !== null && main.speakerMention.start !== relayed.speakerMention?.start && framesQuote(context, main, span, relayed.speakerMention);
}

/**
 * The subject, its verb straight after it (perhaps past an auxiliary or an adverb), and the quote in
 * the verb's clause with no comma between: "Qiao said Beijing would resume imports "…"", "Trump later
 * called Haley "…"". Not a clause that ends before the quote ("After X asked …, the Graysons became "…"")
 * nor a name modifying a noun ("22 Clinton emails as …").
 */
function framesQuote(context: Context, found: Found, span: QuoteSpan, relay: Span | null = null): boolean {
  const { speakerMention: who, cue } = found;
  if (!who || !cue || cue.start < who.end || cue.end > span.outerStart) return false;
  // A name after a number or a determiner modifies a noun ("22 Clinton emails"), whose verb-like word is no cue.
  if (/(?:^|\s)(?:\d[\d,.]*|the|a|an|his|her|their|its|our|several|many|some|all)\s+$/iu.test(context.text.slice(Math.max(0, who.start - 20), who.start))) return false;
  // The relay may stand between them, set off by commas ("Qiao, according to an official …, replied that").
  const between = relay && relay.start > who.end && relay.end < cue.start ? context.text.slice(relay.end, cue.start).replace(/^[^,]*,/u, '') : context.text.slice(who.end, cue.start);
  return /^\s*(?:(?:had|has|have|was|would|also|later|then|again|\p{Ll}+ly)\s+)*$/u.test(between) && !/[,;.!?]/u.test(context.text.slice(cue.end, span.outerStart));
}

/**
 * "According to X, Y had "…"", "Y said "…", according to X": a phrase that names the source of
 * what its sentence reports speaks for every quote in it.
 */
function accordingTo(context: Context, span: QuoteSpan, sentenceIndex: number): Found | null {
  if (sentenceIndex < 0) return null;
  const sources = sentenceSources(context, sentenceIndex);
  return sources.find((found) => found.speakerMention!.end <= span.outerStart || found.speakerMention!.start >= span.outerEnd) ?? null;
}

function sentenceSources(context: Context, sentenceIndex: number): Found[] {
  const known = context.sentenceSources.get(sentenceIndex);
  if (known) return known;
  const sentence = context.sentences[sentenceIndex];
  const inSentence = tokensIn(context.tokens, sentence.start, sentence.end);
  const sources: Found[] = [];
  for (let i = 0; i < inSentence.length; i++) {
    const words = SOURCE_PHRASES.find((phrase) => phrase.every((word, k) => inSentence[i + k]?.norm === word));
    if (!words || context.insideQuote(inSentence[i].start)) continue;
    const phraseEnd = inSentence[i + words.length - 1].end;
    // The source's words run to the next comma, mark or the sentence's end.
    const stop = /[,;"“”‘’()]|[.!?](?:\s|$)/u.exec(context.text.slice(phraseEnd, Math.min(sentence.end, phraseEnd + REACH)));
    const to = stop ? phraseEnd + stop.index : Math.min(sentence.end, phraseEnd + REACH);
    const found = findCueAndSpeaker(context, inSentence[i].start, to, 'after');
    if (found?.speakerMention) sources.push(found);
  }
  context.sentenceSources.set(sentenceIndex, sources);
  return sources;
}

/** The sentence's subject when its verb is a cue: "X said …", "X accuses …". */
function mainSpeakerWithCue(context: Context, span: QuoteSpan, sentenceIndex: number): Found | null {
  const main = subjectOf(context, span, sentenceIndex, context.sentences[sentenceIndex].start);
  return main?.cue && context.lexicon.isCueVerb(main.cue.text.toLowerCase()) ? main : null;
}

/**
 * A quote that stands as a sentence of its own with no attribution, after a sentence without
 * quotes whose subject is a person: that person speaks ("X continued his attack. "…"").
 */
function subjectOfSentenceBefore(context: Context, span: QuoteSpan, sentenceIndex: number, previousQuote: QuoteSpan | undefined): Found | null {
  if (sentenceIndex <= 0 || !startsParagraph(context, span.outerStart, sentenceIndex)) return null;
  const sentence = context.sentences[sentenceIndex];
  const before = context.sentences[sentenceIndex - 1];
  const opensParagraph = before.paragraph !== sentence.paragraph;
  if (opensParagraph && before.paragraph !== sentence.paragraph - 1) return null;
  if (previousQuote && previousQuote.outerEnd > before.start) return null;
  // "The rise in falls was a surprise, Villanueva said. "We expected …"": the frame closing the sentence before speaks.
  // Only the sentence's end can hold a frame that closes it: a run-on sentence is not read whole for each quote.
  const tail = Math.max(before.start, before.end - REACH);
  const frame = findCueAndSpeaker(context, tail, before.end, 'after');
  if (frame && closesSentence(context, tail, sentenceIndex - 1, frame)) return { ...frame, cue: null };
  const subject = clauseSubject(context, before.start, before.end);
  if (!subject || subject.via === 'body' || subject.via === 'relative') return null;
  // A description must name someone ("the senator"), not a thing that happened ("The storm passed").
  const head = subject.mention.text.toLowerCase().split(/\s+/).pop() ?? '';
  if (subject.via === 'description' && !context.lexicon.isRoleNoun(head)) return null;
  return { speakerId: subject.personId, speakerMention: subject.mention, cue: null, via: subject.via };
}

function isCue(context: Context, word: Span): boolean {
  return context.lexicon.isCueVerb(word.text.toLowerCase());
}

/** "Sanders himself acknowledged": a reflexive right after the words naming a source is part of them. */
function withReflexive(context: Context, words: Span | null): Span | null {
  if (!words) return words;
  const reflexive = /^\s+(?:himself|herself|themselves|itself)\b/u.exec(context.text.slice(words.end, words.end + 20));
  if (!reflexive) return words;
  const end = words.end + reflexive[0].length;
  return { start: words.start, end, text: context.text.slice(words.start, end) };
}

/**
 * The words between a quote and an attribution after it open a clause of their own ("…," even as Baku
 * insisted; "…," hours after a drone attack killed …): that clause is no frame for the quote. "As"
 * alone is left out, since "as X put it" frames the words before it.
 */
function opensOtherClause(context: Context, from: number, to: number): boolean {
  const words = tokensIn(context.tokens, from, to);
  return words.some((word, k) => (SUBORDINATORS.has(word.norm) && word.norm !== 'as') || (word.norm === 'as' && words[k - 1]?.norm === 'even'));
}

/** Characters a speaker's premodifiers may take between the comma and the name ("…, housing advocate Rosa Marquez said"). */
const PREMODIFIERS_REACH = 80;

/**
 * "The FBI made a "mistake" in the check, Comey has said.": a speaker and a cue verb that close the
 * sentence after a comma frame the quotes woven into it, however far back they stand.
 */
function closesSentence(context: Context, from: number, sentenceIndex: number, after: Found): boolean {
  if (sentenceIndex < 0 || !after.cue || !after.speakerMention || !isCue(context, after.cue)) return false;
  const start = attributionStart(after);
  if (start < from) return false;
  // A comma, then perhaps the speaker's premodifiers, a few words: "…, housing advocate Rosa Marquez said."
  const lead = Math.max(from, start - PREMODIFIERS_REACH);
  const comma = context.text.slice(lead, start).lastIndexOf(',');
  if (comma < 0 || !premodifiersOnly(context, lead + comma + 1, start)) return false;
  const restStart = Math.max(after.cue.end, after.speakerMention.end);
  const sentenceEnd = context.sentences[sentenceIndex].end;
  return sentenceEnd - restStart <= FRAME_TAIL && !/["“”]/u.test(context.text.slice(restStart, sentenceEnd));
}

/**
 * "X will carry "a great deal of weight" and bring the "grass-roots firepower" they need, Y said.":
 * the frame that closes the sentence after its last quote, for an earlier quote of the sentence.
 */
function closingFrame(context: Context, spans: readonly QuoteSpan[], index: number, sentenceIndex: number): Found | null {
  if (sentenceIndex < 0) return null;
  // Once per sentence: a sentence may hold many quotes.
  let closing = context.closingFrames.get(sentenceIndex);
  if (!closing) {
    const sentenceEnd = context.sentences[sentenceIndex].end;
    let last = index;
    while (last + 1 < spans.length && spans[last + 1].outerEnd <= sentenceEnd) last++;
    const frame = afterQuote(context, spans[last], sentenceIndex, spans[last + 1]);
    closing = { last, frame: frame && closesSentence(context, spans[last].outerEnd, sentenceIndex, frame) ? frame : null };
    context.closingFrames.set(sentenceIndex, closing);
  }
  return index < closing.last && closing.frame ? { ...closing.frame } : null;
}

/** Where the words of an attribution begin: its cue or its speaker, whichever comes first. */
function attributionStart(found: Found): number {
  return Math.min(found.cue?.start ?? Infinity, found.speakerMention?.start ?? Infinity);
}

/** The source of a found attribution: the person, or what the words naming it say it is. */
function sourceOf(context: Context, found: Omit<Attribution, 'source' | 'relayedBy'>): QuoteSource | null {
  const words = found.speakerMention;
  if (!words) return null;
  const person = found.speakerId === null ? undefined : context.personById.get(found.speakerId);
  if (person) return { kind: 'person', name: person.name, start: words.start, end: words.end, personId: person.id };
  return { kind: sourceKind(words.text, context.lexicon), name: words.text, start: words.start, end: words.end, personId: null };
}

function afterQuote(context: Context, span: QuoteSpan, sentenceIndex: number, nextQuote: QuoteSpan | undefined): Found | null {
  if (sentenceIndex < 0) return null;
  const limit = nextQuote?.outerStart ?? Infinity;
  const dashed = dashedSpeaker(context, span.outerEnd, limit);
  if (dashed) return dashed;
  const sentence = context.sentences[sentenceIndex];
  if (sentence.end > span.outerEnd + 1) {
    const end = Math.min(sentence.end, limit, span.outerEnd + REACH);
    return findCueAndSpeaker(context, span.outerEnd, end, 'after') ?? speechFrameAfter(context, span, end);
  }
  // The quote ends its sentence ("…is?” Graham asked."): the attribution opens the next one.
  const next = context.sentences[sentenceIndex + 1];
  if (!next || next.paragraph !== sentence.paragraph) return null;
  const end = Math.min(next.end, limit, span.outerEnd + REACH);
  const found = findCueAndSpeaker(context, span.outerEnd, end, 'after') ?? speechFrameAfter(context, span, end);
  // Only the sentence's first token: copying all of them would make run-on text quadratic.
  const k = firstIndex(context.tokens, (token) => token.start >= next.start);
  const first = context.tokens[k]?.end <= next.end ? context.tokens[k] : undefined;
  const opensSentence = found !== null && first !== undefined && (found.speakerMention?.start === first.start || found.cue?.start === first.start);
  // "…?" Graham asked. is a frame; "…." Russia insisted that Y "…" is a new sentence with a quote of its own.
  const rest = found ? context.text.slice(Math.max(found.cue?.end ?? 0, found.speakerMention?.end ?? 0), next.end) : '';
  // A quote standing alone that closes on a question or an exclamation is left open for its frame, a cue
  // verb, however long the frame runs ("…?" Trump asked reporters rhetorically during a news conference late last month.).
  const open = found?.cue != null && isCue(context, found.cue) && /[?!]\s*$/u.test(context.text.slice(span.start, span.end))
    && context.text.slice(context.sentences[sentenceIndex].start, span.outerStart).trim() === '';
  return opensSentence && (open || rest.length <= FRAME_TAIL) && !/["“”]/u.test(rest) ? found : null;
}

/**
 * "…," Trump barked; "…?" pressed Hannity: a quote ending in a comma, question or exclamation
 * mark, then a subject and a verb (or a verb and a name) that no cue list needs to know.
 */
function speechFrameAfter(context: Context, quote: QuoteSpan, end: number): Found | null {
  const { text } = context;
  if (!/[,?!]\s*$/.test(text.slice(Math.max(quote.start, quote.end - 2), quote.end)) && !/^,/.test(text.slice(quote.outerEnd))) return null;
  const start = quote.outerEnd + (/^,/.test(text.slice(quote.outerEnd)) ? 1 : 0);
  // Not "…," and the partner said: a new clause is not the quote's frame.
  const subject = subjectAt(context, start, end, false);
  if (subject && subject.verb.text !== ':' && subject.verb.start - quote.outerEnd < DISTANT_AFTER) {
    return { speakerId: subject.personId, speakerMention: subject.mention, cue: subject.verb, via: subject.via };
  }
  const k = firstIndex(context.tokens, (t) => t.start >= start);
  const verb = context.tokens[k];
  const mention = context.mentions[firstMentionFrom(context, verb?.end ?? end)];
  if (!verb || verb.capitalized || !isVerbLike(context, verb) || !/^\s*$/.test(text.slice(start, verb.start))) return null;
  if (!mention || mention.end > end || !premodifiersOnly(context, verb.end, mention.start) && !/^\s+$/.test(text.slice(verb.end, mention.start))) return null;
  return { speakerId: mention.personId, speakerMention: span(mention), cue: tokenSpan(verb), via: 'name' };
}

/** "…" — Pamela Padilla: a person named right after a dash that follows the closing mark. */
function dashedSpeaker(context: Context, from: number, limit: number): Found | null {
  const mention = context.mentions[firstMentionFrom(context, from)];
  if (!mention || mention.end > limit || !DASH_AFTER.test(context.text.slice(from, mention.start))) return null;
  return { speakerId: mention.personId, speakerMention: span(mention), cue: null, via: 'name' };
}

/** No cue: the quote is woven into a clause whose subject is the speaker ("X hailed the "…""). */
function subjectOf(context: Context, span: QuoteSpan, sentenceIndex: number, floor: number): Found | null {
  if (sentenceIndex < 0 || floor >= span.outerStart) return null;
  // The sentence's own subject is asked for several times per quote: found once.
  const main = floor === context.sentences[sentenceIndex].start;
  if (main && context.mainSubjects.has(span)) return context.mainSubjects.get(span)!;
  const subject = clauseSubject(context, floor, span.outerStart);
  const found: Found | null = subject && { speakerId: subject.personId, speakerMention: subject.mention, cue: subject.verb, via: subject.via };
  if (main) context.mainSubjects.set(span, found);
  return found && { ...found };
}

/** "his warning that "…"": the possessor of a speech noun right before the quote. */
function possessiveOf(context: Context, span: QuoteSpan, floor: number): Found | null {
  const found = possessiveSource(context, floor, span.outerStart);
  return found && { speakerId: found.personId, speakerMention: found.mention, cue: found.verb, via: found.via };
}

/** No cue and no subject opening the sentence: the subject of the clause nearest the quote ("…, who vowed "…""). */
function nearestSubjectOf(context: Context, span: QuoteSpan, sentenceIndex: number, floor: number): Found | null {
  if (sentenceIndex < 0 || floor >= span.outerStart) return null;
  const subject = nearestSubject(context, floor, span.outerStart);
  if (!subject) return null;
  let speakerId = subject.personId;
  if (subject.via === 'relative') {
    // "X, who vowed": the relative pronoun speaks for the name just before its comma.
    speakerId = relativeAntecedent(context, context.sentences[sentenceIndex].start, subject.mention.start);
  }
  const via = subject.via === 'relative' ? 'relative' : subject.via;
  return { speakerId, speakerMention: subject.mention, cue: subject.verb, via };
}

/**
 * "X said …, which he called "…"", "X endorsed it, although she made clear she has "…"": a clause
 * of its own between the main subject's cue and the quote, whose subject has a cue verb too, frames
 * the quote; its pronoun stands for the main subject when the gender fits.
 */
/** With `anyVerb`, a pronoun's verb need not be a cue ("X said …, and he still thinks it "…""); a relative's must. */
function nearerSpeaker(context: Context, span: QuoteSpan, sentenceIndex: number, main: Found, anyVerb = false): Found | null {
  // "She said … he had told MPs that the firm was "…"": a pronoun of the other gender with a speech verb nearer the quote is someone else speaking.
  if (main.via === 'pronoun') return otherPronounSpeaking(context, span, sentenceIndex, main);
  // Only past a named subject: a pronoun or a description opening the sentence is the gold's choice too.
  if (main.via !== 'name' || !main.speakerId) return null;
  const nearer = nearestSubjectOf(context, span, sentenceIndex, main.cue!.end);
  if (!nearer?.cue || !nearer.speakerMention || !(anyVerb || isCue(context, nearer.cue))) return null;
  // "…, who vowed "…"" speaks for a person before its comma; "a voice that said "…"" is no one's.
  if (nearer.via === 'relative') return nearer.speakerId && isCue(context, nearer.cue) ? nearer : null;
  if (nearer.via !== 'pronoun') return null;
  const gender = PRONOUN_GENDER[nearer.speakerMention.text.toLowerCase()] ?? null;
  const person = context.personById.get(main.speakerId);
  const fits = gender !== null && (person?.gender === null || person?.gender === gender);
  if (fits) return { ...nearer, antecedentId: main.speakerId };
  // "X has insisted on …, while Y has pushed for what he calls "…"": a pronoun that cannot be the
  // subject's is someone else's, found as any pronoun is.
  return gender !== null && person?.gender != null && isCue(context, nearer.cue) ? nearer : null;
}

/** A pronoun with a cue verb nearer the quote than the sentence's own pronoun subject, of the other gender: someone else speaking. */
function otherPronounSpeaking(context: Context, span: QuoteSpan, sentenceIndex: number, main: Found): Found | null {
  const nearer = nearestSubjectOf(context, span, sentenceIndex, main.cue!.end);
  if (nearer?.via !== 'pronoun' || !nearer.cue || !nearer.speakerMention || !main.speakerMention || !isCue(context, nearer.cue)) return null;
  const gender = PRONOUN_GENDER[nearer.speakerMention.text.toLowerCase()] ?? null;
  const mainGender = PRONOUN_GENDER[main.speakerMention.text.toLowerCase()] ?? null;
  return gender !== null && mainGender !== null && gender !== mainGender ? nearer : null;
}

/**
 * A document or a body that reports a person as speaking, by name or by pronoun ("The readout also said
 * Qiao had urged Japan to "…"", "The affidavit says he told investigators he "…""): the person's words,
 * the document only carried them.
 */
function reportedPerson(context: Context, span: QuoteSpan, sentenceIndex: number, main: Found): Found | null {
  if (main.speakerId !== null || (main.via !== 'body' && main.via !== 'description')) return null;
  const kind = sourceOf(context, main)?.kind;
  if (kind !== 'document' && kind !== 'publication' && kind !== 'organisation') return null;
  const nearer = nearestSubjectOf(context, span, sentenceIndex, main.cue!.end);
  const person = (nearer?.via === 'name' && nearer.speakerId !== null) || nearer?.via === 'pronoun';
  return person && framesQuote(context, nearer!, span) && isCue(context, nearer!.cue!) ? { ...nearer!, relay: main } : null;
}

/**
 * The sentence's subject when its verb frames no speech ("X endorsed the deal, although she made
 * clear she has "…""): a clause nearer the quote whose pronoun subject fits X is the quote's frame.
 */
function mainOrNearerPronoun(context: Context, span: QuoteSpan, sentenceIndex: number, floor: number): Found | null {
  const main = subjectOf(context, span, sentenceIndex, floor);
  if (!main?.cue || main.cue.text === ':') return main;
  const nearer = nearerSpeaker(context, span, sentenceIndex, main, true);
  return nearer?.via === 'pronoun' ? nearer : main;
}

/** "… - Carl Bialik: "…"", "… — HuffPollster: "…"": a name or a body alone between a dash and the colon before the quote. */
function dashedColonName(context: Context, quote: QuoteSpan, floor: number): Found | null {
  const lead = /\s[-—–]{1,2}\s+([^-—–:"“”]{1,60}):\s*$/u.exec(context.text.slice(Math.max(floor, quote.outerStart - 80), quote.outerStart));
  if (!lead) return null;
  const to = quote.outerStart - (lead[0].length - lead[0].indexOf(lead[1]) - lead[1].length);
  const from = to - lead[1].length;
  const mention = lastMentionIn(context, from, to);
  if (mention && mention.end === to) return { speakerId: mention.personId, speakerMention: span(mention), cue: null, via: 'name' };
  const words = tokensIn(context.tokens, from, to);
  const body = words.length > 0 && words.length <= 5 && words.every((t) => t.capitalized || NAME_JOINERS.has(t.norm)) ? capitalisedRunEndingAt(context, words, words.length - 1) : null;
  return body && body.start === from ? { speakerId: null, speakerMention: body, cue: null, via: 'body' } : null;
}

function beforeQuote(context: Context, span: QuoteSpan, sentenceIndex: number, floor: number): Found | null {
  if (sentenceIndex < 0) return null;
  // The main clause's subject with a cue verb speaks for the whole sentence, not a name inside
  // the reported clause: "X told reporters that Y's plan was "…"" is X's.
  // A person and a speech verb right before the quote frame it, whatever came before them in
  // the sentence: "As for X, she said, "…"", "When asked, he replied: "…"".
  // A name standing alone between a dash and a colon speaks, whatever the sentence's subject: "Pollsters agree - X: "…"".
  const dashed = dashedColonName(context, span, floor);
  if (dashed) return dashed;
  const direct = findCueAndSpeaker(context, Math.max(floor, span.outerStart - DIRECT_REACH), span.outerStart, 'before');
  if (direct?.cue && direct.speakerMention && (direct.via === 'name' || direct.via === 'pronoun') && direct.speakerMention.end <= direct.cue.start
    && context.lexicon.cueMayPrecedeSpeaker(direct.cue.text.toLowerCase()) && /^[\s,:]*$/.test(context.text.slice(direct.cue.end, span.outerStart))) {
    if (direct.via !== 'pronoun') return direct;
    // "Ms X, asked later …, said she agreed "…"": the pronoun of the reported clause is the named subject who said so.
    const reporter = subjectOf(context, span, sentenceIndex, context.sentences[sentenceIndex].start);
    const reported = reporter?.via === 'name' && reporter.speakerId !== null && reporter.cue !== null && reporter.cue.end <= direct.speakerMention.start && isCue(context, reporter.cue);
    return reported ? { ...direct, antecedentId: reporter.speakerId! } : direct;
  }
  const main = subjectOf(context, span, sentenceIndex, context.sentences[sentenceIndex].start);
  if (main?.cue && context.lexicon.isCueVerb(main.cue.text.toLowerCase())) return nearerSpeaker(context, span, sentenceIndex, main, true) ?? reportedPerson(context, span, sentenceIndex, main) ?? main;
  // A colon right before the quote makes the sentence's subject its speaker: "X fired back: "…"".
  if (main && /:\s*$/.test(context.text.slice(Math.max(0, span.outerStart - 3), span.outerStart))) return main;
  return possessiveOf(context, span, floor) ?? findCueAndSpeaker(context, Math.max(floor, span.outerStart - REACH_BEFORE), span.outerStart, 'before');
}

/**
 * A quote opening its paragraph after a paragraph that ends in a colon ("X continued:") is
 * introduced by that paragraph's last sentence.
 */
function leadInParagraph(context: Context, span: QuoteSpan, sentenceIndex: number): Found | null {
  if (sentenceIndex <= 0 || !startsParagraph(context, span.outerStart, sentenceIndex)) return null;
  const lead = context.sentences[sentenceIndex - 1];
  const ending = context.text.slice(Math.max(lead.start, lead.end - 3), lead.end);
  if (lead.paragraph !== context.sentences[sentenceIndex].paragraph - 1 || !/:\s*$/.test(ending)) return null;
  const colon = lead.start + context.text.slice(lead.start, lead.end).lastIndexOf(':');
  const pseudo = { ...span, outerStart: colon, start: colon };
  return findCueAndSpeaker(context, Math.max(lead.start, colon - REACH_BEFORE), colon, 'before')
    ?? subjectOf(context, pseudo, sentenceIndex - 1, lead.start);
}
