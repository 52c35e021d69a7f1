import type { PeopleContext } from '../context';
import cueData from '../lexicon/cues.json';
import { sentenceAt } from '../text/sentences';
import { firstIndex } from '../text/search';
import { surnameWord } from '../people/names';
import type { Token } from '../text/tokens';
import type { Mention, Person, QuoteSource, Span } from '../types';
import { isGroupWord, sourceKind } from './sourceKind';
import type { QuoteSpan } from './spans';
import { objectPronounIn } from '../text/pronouns';
import { hasQuotationMark } from '../text/quotationMarks';
import { clauseSubject, isVerbLike, nearestSubject, possessiveSource, subjectAt } from './subject';
import { SUBORDINATORS } from '../text/subordinators';

export interface Attribution {
  speakerId: string | null;
  speakerMention: Span | null;
  cue: Span | null;
  source: QuoteSource | null;
  /** The "according to" source of a sentence whose subject is the speaker; see `Quote.relayedBy`. */
  relayedBy: QuoteSource | null;
}

/**
 * How an attribution names its speaker; pronouns and descriptions are resolved afterwards, a
 * relative pronoun ("X, who said") stands for the name before it, a body is not a person.
 */
type Via = 'name' | 'pronoun' | 'description' | 'relative' | 'body';
/** `antecedentId`: the person a pronoun speaker stands for when its own sentence names them ("X said …, which he called "…""). */
type Found = Omit<Attribution, 'source' | 'relayedBy'> & { via: Via | null; antecedentId?: string | null; relay?: Found };
type Speaker = Omit<Found, 'cue'>;

/** Pronouns that may name a speaker; "they" and "we" name a group, never one person. */
const PRONOUN_GENDER: Readonly<Record<string, Person['gender']>> = { he: 'male', she: 'female', they: null, we: null, i: null, it: null, his: 'male', her: 'female', their: null };
const RELATIVE = new Set(['who', 'which']);
const POSSESSIVE_DETERMINERS = new Set(['his', 'her', 'their']);
/** Past tenses of common cue verbs that do not end in "-ed". */
const IRREGULAR_PAST_CUES = new Set(['said', 'told', 'wrote', 'spoke', 'thought', 'felt']);
const DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'few', 'many', 'these', 'those', 'this', 'that', 'some', 'several', 'two', 'three']);
/** Group words that can stand alone before a verb as its subject ("staff wrote"); quantifiers ("few", "all") cannot. */
const QUANTIFIERS = new Set(['many', 'some', 'others', 'both', 'all', 'several', 'few', 'they', 'we', 'majority', 'minority', 'everyone', 'everybody']);
/** Words that may join the capitalised words of a body's name ("Council on Foreign Relations"). */
const NAME_JOINERS = new Set(['of', 'for', 'on', 'and', 'the']);
const DESCRIPTION_START = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'one', 'another', 'this', 'these']);
/**
 * Between a speaker and the cue verb: nothing, a label in brackets ("(D-Wis.)"), where they are
 * from ("Ms. Hill of the Sierra Club said", "X of the Center for Nonproliferation Studies wrote"), a descriptor
 * set off by commas ("Hugh Hill, a doctor, said"), an adverb, a verb joined by "and", perhaps with its particle ("he laughed and said", "she leaned in and said").
 */
const SUBJECT_GAP = /^(?:['’](?:s|d|ll|ve|re))?\s*(?:\([^()]{1,80}\))?(?:\s+(?:of|from|at)\s+(?:the\s+)?\p{Lu}[\p{L}.'’&-]*(?:\s+(?:(?:of|for|on|and)\s+(?:the\s+)?)?\p{Lu}[\p{L}.'’&-]*){0,7}\s*)?\s*(?:(?:,[^,"“”]{1,150}){1,5},)?(?:\s*\b(?:went on to|goes on to|go on to|continued to|himself|herself|themselves|itself|is|was|are|were|has|had|have|will|would|did|does|do|can|could|may|might|should|must|also|again|then|later|once|further|repeatedly|recently|been|not|never|all|both|often|still|now|always|usually|sometimes|even|just|\p{L}+ly|\p{Ll}{3,}ed(?:\s+(?:in|up|over|back|forward|down|out|around|away))?\s+and)\b)*\s*$/u;
/** A dash after the closing mark introduces the speaker: "…" — X. */
const DASH_AFTER = /^\s*[―—–-]{1,2}\s*$/u;
/** Between a cue verb and a speaker after it: nothing, or a descriptor ("said a US spokesman, X"; "according to"). */
const OBJECT_GAP = /^\s+(?:(?:a|an|the|his|her|their|its)\s[^,"“”.!?;]{1,60},\s*)?$/u;

/** The article as attribution reads it, with what it finds once per article. */
interface Context extends PeopleContext {
  personById: ReadonlyMap<string, Person>;
  insideQuote(offset: number): boolean;
  mainSubjects: Map<QuoteSpan, Found | null>;
  /** Per sentence, the sources its "according to" phrases name: found once, however many quotes it holds. */
  sentenceSources: Map<number, Found[]>;
  /** Per sentence, its last quote and the frame closing the sentence after it ("…, Comey said."), if any. */
  closingFrames: Map<number, { last: number; frame: Found | null }>;
  /** The article's people by surname, filled when a relative is first described ("her father"). */
  bySurname?: Map<string, Person[]>;
}

/** Phrases that name the source of their whole sentence, as words: "according to" (cues.json). */
const SOURCE_PHRASES = cueData.sourcePhrases.map((phrase) => phrase.split(' '));

const AUXILIARIES = new Set(['is', 'was', 'are', 'were', 'has', 'had', 'have', 'will', 'would', 'did', 'does', 'do', 'can', 'could', 'may', 'might', 'should', 'must', 'been']);
/** Words of a description standing before its cue verb ("the Ohio senator and presidential candidate said"). */
const MAX_DESCRIPTION = 9;

/** How far before its quote a subject and cue verb that frame it directly may start ("…, she said, "…""). */
const DIRECT_REACH = 80;

/** How far back a pronoun or a description looks for its person, in mentions. */
const LOOK_BACK = 200;
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

/**
 * A document of someone's gives their words: "His field notebooks … : "…"", "Her statement said …",
 * "Kawabata's statement said …" are the owner's, the possessive resolved as a pronoun or a name is.
 */
function documentOwner(context: Context, found: Found, previous: { attribution: Attribution; paragraph: number } | null, paragraph: number, offset: number, quoteEnd: number): string | null {
  const words = found.speakerMention;
  if (!words || sourceKind(words.text, context.lexicon) !== 'document') return null;
  const owner = /^(his|her)\s/iu.exec(words.text);
  if (owner) return resolvePronoun(context, { ...found, speakerMention: { start: words.start, end: words.start + owner[1].length, text: owner[1] }, via: 'pronoun' }, previous, paragraph, offset, quoteEnd);
  const mention = context.mentions[firstMentionFrom(context, words.start)];
  if (mention !== undefined && mention.start === words.start && isOwner(context, mention)) return mention.personId;
  return issuerBefore(context, words) ?? writerBefore(context, words);
}

/** Verbs by which "it" gives a document's words: "…," it read. */
const DOCUMENT_VERBS: ReadonlySet<string> = new Set(['read', 'reads', 'said', 'says', 'stated', 'states', 'added', 'continued']);
/** A document someone sent, in the sentence before: "an email Ward sent the next morning". */
const SENT_DOCUMENT = /\b(?:an?|the)\s+(?:[\p{L}-]+\s+){0,2}?(?:email|e-mail|letter|text|message|memo|note|post|tweet)\s+(?:that\s+)?(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?)\s+(?:had\s+)?(?:sent|wrote|posted|signed)\b/u;

/**
 * "Prosecutors then showed the jury an email Ward sent the next morning. "…," it read.": the person
 * who sent the document the sentence before names, when "it" gives its words.
 */
function senderOfDocumentBefore(context: Context, found: Found): string | null {
  const words = found.speakerMention;
  if (!words || words.text.toLowerCase() !== 'it' || !found.cue || !DOCUMENT_VERBS.has(found.cue.text.toLowerCase())) return null;
  const k = sentenceAt(context.sentences, words.start);
  for (let j = k - 1; j >= Math.max(0, k - 2); j--) {
    const sentence = context.sentences[j];
    const sent = SENT_DOCUMENT.exec(context.text.slice(sentence.start, sentence.end));
    if (!sent) continue;
    const at = sentence.start + sent.index + sent[0].indexOf(sent[1]);
    const mention = context.mentions[firstMentionFrom(context, at)];
    return mention !== undefined && mention.start === at ? mention.personId : null;
  }
  return null;
}

/** How many sentences back "the statement" may find the one that issued it. */
const ISSUED_REACH = 3;

/**
 * "Hollis apologised in a statement released through his office … ¶ "…," the statement said": the
 * person named as the subject of the sentence, a few before, whose verb issued that document.
 */
function issuerBefore(context: Context, words: Span): string | null {
  const noun = /^the\s+(\p{L}+)$/iu.exec(words.text)?.[1].toLowerCase();
  const k = sentenceAt(context.sentences, words.start);
  if (!noun || k < 0) return null;
  const issued = new RegExp(String.raw`\b(?:in|issued|released|sent|posted|published|wrote)\s+(?:a|an)\s+(?:[\p{L}-]+\s+){0,2}${noun}\b`, 'iu');
  for (let j = k - 1; j >= Math.max(0, k - ISSUED_REACH); j--) {
    const sentence = context.sentences[j];
    if (!issued.test(context.text.slice(sentence.start, sentence.end))) continue;
    const subject = subjectAt(context, sentence.start, sentence.end);
    return subject?.via === 'name' ? subject.personId : null;
  }
  return null;
}

/** Verbs by which someone writes a document: "a letter she had written", "a text he sent", "signed by". */
const WRITING_VERBS = String.raw`(?:sent|wrote|written|posted|signed|typed|penned|drafted)`;
/** How far after "signed by" the writer's name may stand, past their office ("signed by the chair of the board, Linda Forsberg"). */
const WRITER_REACH = 100;

/**
 * "the letter said" after "a letter she had written" or "a letter signed by the chair of the board, Linda
 * Forsberg", in its sentence or the few before: the one who wrote it. "He", "she" there are the last person
 * named before of that sex.
 */
function writerBefore(context: Context, words: Span): string | null {
  const noun = /^the\s+(\p{L}+)$/iu.exec(words.text)?.[1].toLowerCase();
  const k = sentenceAt(context.sentences, words.start);
  if (!noun || k < 0) return null;
  const byWriter = new RegExp(String.raw`\b(?:an?|the|his|her)\s+(?:[\p{L}-]+\s+){0,2}?${noun}\s+(?:(?:that|which)\s+)?(?:(he|she)|(\p{Lu}[\p{L}'’-]+))\s+(?:had\s+|has\s+)?${WRITING_VERBS}\b`, 'iu');
  const signedBy = new RegExp(String.raw`\b${noun}\s+(?:[\p{L}-]+\s+){0,2}?${WRITING_VERBS}\s+by\s`, 'iu');
  for (let j = k; j >= Math.max(0, k - ISSUED_REACH); j--) {
    const sentence = context.sentences[j];
    const end = Math.min(sentence.end, words.start);
    const text = context.text.slice(sentence.start, end);
    const written = byWriter.exec(text);
    if (written) {
      const at = sentence.start + written.index + written[0].lastIndexOf(written[1] ?? written[2]);
      if (written[1]) {
        const gender = written[1].toLowerCase() === 'he' ? 'male' : 'female';
        return lastPersonBefore(context, at, (person) => person.gender === gender && (person.credit === null || person.credit === 'pictured'));
      }
      const mention = context.mentions[firstMentionFrom(context, at)];
      return mention !== undefined && mention.start === at ? mention.personId : null;
    }
    const signed = signedBy.exec(text);
    if (signed) {
      const after = sentence.start + signed.index + signed[0].length;
      const mention = context.mentions[firstMentionFrom(context, after)];
      return mention !== undefined && mention.start - after <= WRITER_REACH && mention.end <= end ? mention.personId : null;
    }
  }
  return null;
}

/** "he said": the speaker quoted just before if the gender fits, else the last person named who fits. */
function resolvePronoun(
  context: Context,
  found: Found,
  previous: { attribution: Attribution; paragraph: number } | null,
  paragraph: number,
  offset: number,
  quoteEnd: number,
): string | null {
  const pronoun = found.speakerMention?.text.toLowerCase() ?? '';
  // A group, a thing, or the writer: never a person named in the article.
  if (pronoun === 'they' || pronoun === 'we' || pronoun === 'their' || pronoun === 'it' || pronoun === 'i') return null;
  const gender = PRONOUN_GENDER[pronoun] ?? null;
  const fits = (id: string | null): boolean => {
    const person = id === null ? undefined : context.personById.get(id);
    // A writer or a photographer credited on the page is no one the story's pronouns stand for.
    const credited = person?.credit !== null && person?.credit !== 'pictured';
    return person !== undefined && !credited && (gender === null || person.gender === null || person.gender === gender) && !namedInside(context, person.id, offset, quoteEnd);
  };
  if (found.antecedentId && fits(found.antecedentId)) return found.antecedentId;
  if (previous && paragraph - previous.paragraph <= 2 && fits(previous.attribution.speakerId)) {
    // A speaker of no known gender yields to someone named since, in the quote's paragraph, whose gender is the
    // pronoun's ("Her husband, Marek Ostrowski, … "…," he said" after a quote of the panel's chair).
    const since = previous.attribution.speakerMention?.end ?? offset;
    // So does someone so named in the paragraph before, when the last speaker spoke before it ("… and Kowalski-Nakamura knows it. ¶ "…," he says").
    const gendered = (id: string): boolean => context.personById.get(id)?.gender === gender;
    const named = gender !== null && context.personById.get(previous.attribution.speakerId ?? '')?.gender === null
      ? namedInParagraphSince(context, since, offset, paragraph, gendered) ?? (previous.paragraph < paragraph - 1 ? namedInParagraphSince(context, since, offset, paragraph - 1, gendered, true) : null)
      : null;
    // Someone named since as the subject of a speech verb takes the word ("Gethin Pryce-Adeleke, a retired teacher,
    // said he had come … "…," he said"), unless a later paragraph names the last speaker again.
    const lastNamedAgain = previous.paragraph < paragraph && namedInParagraphSince(context, since, offset, paragraph, (id) => id === previous.attribution.speakerId) !== null;
    const newcomer = lastNamedAgain ? null : speakingSubjectSince(context, since, offset, paragraph, fits);
    // "X reacted furiously when told. He called it "…"": a new paragraph opened by someone else as its subject.
    const opener = previous.paragraph < paragraph && !lastNamedAgain ? paragraphOpener(context, offset, fits) : null;
    // "X, a professor, said such tactics … ¶ "…," he said": someone speaking in the paragraph before, since the last speaker.
    const newcomerBefore = previous.paragraph < paragraph - 1 && !lastNamedAgain ? speakingSubjectSince(context, since, offset, paragraph - 1, fits) : null;
    // "X has not yet responded …, although he kept up … ¶ "…," he tweeted": the subject opening the paragraph before.
    const openerBefore = previous.paragraph < paragraph - 1 && !lastNamedAgain && opensParagraph(context, offset) ? paragraphOpener(context, offset, fits, true) : null;
    // "Ruiz-Takeda had mostly done stage work, and she describes … as "…"": the subject of the clause joined before.
    const joined = joinedClauseSubject(context, found, fits);
    // "X, a stage veteran, drew applause at the Q&A, where she said …": the named subject opening the pronoun's own sentence.
    const sentenceSubject = namedSentenceSubject(context, found, fits);
    // "Szymanski asked Janelle what she would do … ¶ "Go home," she said": the one asked answers, not the one asking.
    const answerer = previous.paragraph < paragraph - 1 && opensParagraph(context, offset) ? answererBefore(context, offset, fits) : null;
    // "Mr Moreau-Diallo points to the older vines. "…," he says": someone named since in the quote's paragraph, before
    // the pronoun, as a verb's subject.
    const actor = previous.paragraph < paragraph && !lastNamedAgain ? namedInParagraphSince(context, since, Math.min(offset, found.speakerMention?.start ?? offset), paragraph, fits, true) : null;
    // "Lily Tran called the office every day. She kept a log. ¶ "…," she said": the last named subject of a paragraph that quotes nobody.
    // The one asked there is `answerer` already.
    const topic = previous.paragraph < paragraph - 1 && !lastNamedAgain && opensParagraph(context, offset) ? topicBefore(context, offset, fits, gender, false) : null;
    return joined ?? sentenceSubject ?? answerer ?? named ?? newcomer ?? actor ?? opener ?? newcomerBefore ?? topic ?? openerBefore ?? previous.attribution.speakerId;
  }
  if (gender === null) return null;
  // "The judge seized on that sentence. In her ruling, she wrote …": the subject opening the pronoun's paragraph, then the last person named.
  // A quote opening its paragraph: the subject opening the paragraph before ("Mahoney, 69, … wired the motor. He walked over … ¶ "…," he said").
  const opens = opensParagraph(context, offset);
  const openerBefore = opens ? paragraphOpener(context, offset, fits, true) : null;
  const topic = opens ? topicBefore(context, offset, fits, gender) : null;
  // "Levin, 70, was apologetic …, at Marsh, at himself, at what he called "…"": the named subject of the pronoun's own sentence first.
  return (
    joinedClauseSubject(context, found, fits) ??
    namedSentenceSubject(context, found, fits) ??
    paragraphOpener(context, offset, fits) ??
    topic ??
    openerBefore ??
    lastPersonBefore(context, offset, (person) => fits(person.id)) ??
    (opensSentence(context, found.speakerMention!) ? namedFirstAfter(context, offset, fits) : null)
  );
}

/**
 * The quote names the person by a given name: "Mae came over …," she said" is not Mae's; speakers do not call
 * themselves so. A surname alone may be a relative's ("Mr Kilbride was my father"), a name in a quotation inside
 * the quote or a name addressed ("Ruth, go home") may be the speaker's own.
 */
function namedInside(context: Context, personId: string, start: number, end: number): boolean {
  for (let i = firstMentionFrom(context, start); i < context.mentions.length && context.mentions[i].start < end; i++) {
    const mention = context.mentions[i];
    if (mention.personId !== personId || (mention.form !== 'full' && mention.form !== 'given')) continue;
    const before = context.text.slice(start + 1, mention.start);
    const addressed = /(?:^|[,.!?:])\s*$/u.test(before) && /^[,.!?]/u.test(context.text.slice(mention.end, mention.end + 1));
    if (!addressed && !hasQuotationMark(before)) return true;
  }
  return false;
}

/** The words open their sentence ("He insists …"), as a subject of its own does. */
function opensSentence(context: Context, words: Span): boolean {
  const sentence = context.sentences[sentenceAt(context.sentences, words.start)];
  return sentence !== undefined && context.text.slice(sentence.start, words.start).trim() === '';
}

/**
 * A pronoun opening its sentence before anyone is named, as a standfirst opens ("He insists the messages were 'banter'" under
 * a headline naming nobody): the first person the story names after it, within the head's reach, whose
 * sex fits. Not when anyone is named before it (the pronoun is theirs, or no one's).
 */
function namedFirstAfter(context: Context, offset: number, fits: (id: string | null) => boolean): string | null {
  if (lastPersonBefore(context, offset, (person) => person.credit === null || person.credit === 'pictured') !== null) return null;
  const paragraph = paragraphAt(context, offset);
  for (let i = firstMentionFrom(context, offset); i < context.mentions.length; i++) {
    const mention = context.mentions[i];
    if (paragraphAt(context, mention.start) - paragraph > NAMED_AFTER_HEADLINE_REACH) break;
    const person = context.personById.get(mention.personId);
    if (!person || (person.credit !== null && person.credit !== 'pictured') || context.insideQuote(mention.start)) continue;
    return fits(person.id) ? person.id : null;
  }
  return null;
}

/**
 * A pronoun opening a clause joined by "and" or "but" to one whose subject, opening the sentence, is a
 * person named: "Ruiz-Takeda had mostly done stage work before the show, and she describes …".
 */
function joinedClauseSubject(context: Context, found: Found, fits: (id: string | null) => boolean): string | null {
  const pronoun = found.speakerMention;
  if (!pronoun || !/,\s+(?:and|but)\s+$/u.test(context.text.slice(Math.max(0, pronoun.start - 8), pronoun.start))) return null;
  const k = sentenceAt(context.sentences, pronoun.start);
  if (k < 0) return null;
  const subject = subjectAt(context, context.sentences[k].start, pronoun.start, false);
  return subject?.via === 'name' && subject.personId !== null && fits(subject.personId) ? subject.personId : null;
}

/**
 * The person named as the subject opening the sentence a pronoun stands in, before it, the pronoun's
 * gender fitting: "Kaur-Lindqvist, a stage veteran, drew applause at the Q&A, where she said …". Not the
 * subject of a clause opened by "while", "when" and the like.
 */
function namedSentenceSubject(context: Context, found: Found, fits: (id: string | null) => boolean): string | null {
  const pronoun = found.speakerMention;
  if (!pronoun) return null;
  const k = sentenceAt(context.sentences, pronoun.start);
  if (k < 0) return null;
  const sentence = context.sentences[k];
  const opening = context.tokens[firstIndex(context.tokens, (token) => token.start >= sentence.start)];
  if (SUBORDINATORS.has(opening?.norm ?? '')) return null;
  const subject = subjectAt(context, sentence.start, pronoun.start, false) ?? relativeClauseOwner(context, sentence.start, pronoun.start);
  if (subject?.via !== 'name' || subject.personId === null || subject.mention.end > pronoun.start || !fits(subject.personId)) return null;
  // An owner opening the sentence is no subject: "President Joe Biden's plan "is a mistake," he said".
  return isOwner(context, subject.mention) ? null : subject.personId;
}

/** How many words a description may take before the name opening a sentence ("The writer X", "Former state senator X"). */
const MAX_LEAD_WORDS = 4;

/**
 * The name opening a sentence when the pronoun stands in the relative clause set off after it, the only person named
 * before the pronoun: "The writer X, whose book … traces what she calls "…"". The clause is about the name it follows.
 */
function relativeClauseOwner(context: Context, start: number, pronounStart: number): { via: 'name'; personId: string; mention: Span } | null {
  const { mentions, tokens, text } = context;
  const m = firstIndex(mentions, (mention) => mention.start >= start);
  const mention = mentions[m];
  if (!mention || mention.end > pronounStart || (mentions[m + 1] && mentions[m + 1].start < pronounStart)) return null;
  if (firstIndex(tokens, (token) => token.start >= mention.start) - firstIndex(tokens, (token) => token.start >= start) > MAX_LEAD_WORDS) return null;
  if (!/^,\s+(?:who|whose|whom)\s/u.test(text.slice(mention.end, mention.end + 8))) return null;
  return { via: 'name', personId: mention.personId, mention: span(mention) };
}

/**
 * Who the paragraph before the one at `offset` is about, when it quotes nobody: the named subject of
 * its last sentence that has one, its gender fitting, read back past sentences whose subject is a
 * pronoun, a description or not found ("Benson, hearing this, nods slowly. She had been on the road
 * … ¶ "…," she says"). A clause opened by "when" or "while" is no sentence's subject.
 */
function topicBefore(context: Context, offset: number, fits: (id: string | null) => boolean, gender: Person['gender'], askedFirst = true): string | null {
  const range = unquotedParagraphBefore(context, offset);
  if (!range) return null;
  const { sentences } = context;
  const { first, last: k } = range;
  // "Wilk asked Mchedlishvili whether he would sign. Quintanilla … remembers the silence. ¶ "No," he said": the one asked answers.
  const asked = askedFirst ? answererIn(context, sentences[first].start, sentences[k].end, fits) : null;
  if (asked !== null) return asked;
  for (let i = k; i >= first; i--) {
    const subject = mainSubject(context, sentences[i]);
    // "The chief said she would not": a description of someone named before.
    const described = describedSubject(context, subject, sentences[i].start, fits);
    if (described !== null) return described;
    if (subject?.via !== 'name' || subject.personId === null || isOwner(context, subject.mention)) continue;
    // "Kowalski had to walk over and tap him on the shoulder": the one tapped, of the pronoun's gender, is who the paragraph was about.
    // Not one in a clause of its own: in "because the subscription let him send …", "him" is the subject again.
    if (gender !== null && objectPronounIn(context, mainClauseOf(context, sentences[i]), gender)) continue;
    // "Hannity asked Trump how high the wall would be. ¶ "…," he told Hannity": the one asked answers.
    const answering = askedBy(context, subject.verb, fits) ?? (fits(subject.personId) ? subject.personId : null);
    if (answering !== null) return answering;
  }
  // "Naypyidaw sent its permanent secretary, Kyaw Thiha Naing, who …": no one named is its subject, but it brings in someone new.
  return introducedIn(context, sentences[first].start, sentences[k].end, fits);
}

/** The sentences of the paragraph before the one at `offset`, when it quotes nobody. */
function unquotedParagraphBefore(context: Context, offset: number): { first: number; last: number } | null {
  const { sentences, text } = context;
  const at = sentenceAt(sentences, offset);
  const range = at > 0 ? paragraphSentences(context, at, sentences[at].paragraph - 1) : null;
  return range && !hasQuotationMark(text.slice(sentences[range.first].start, sentences[range.last].end)) ? range : null;
}

/** The one asked a question in the paragraph before, when it quotes nobody: "Szymanski asked Janelle what she would do … ¶ "…," she said". */
function answererBefore(context: Context, offset: number, fits: (id: string | null) => boolean): string | null {
  const range = unquotedParagraphBefore(context, offset);
  return range ? answererIn(context, context.sentences[range.first].start, context.sentences[range.last].end, fits) : null;
}

/** Words that open a clause of its own inside a sentence: its pronouns may stand for the sentence's subject. */
const CLAUSE_OPENING = new Set([...SUBORDINATORS, 'that', 'which', 'who', 'whom', 'so']);

/** A sentence up to the first word that opens a clause of its own after its start. */
function mainClauseOf(context: Context, sentence: { start: number; end: number }): { start: number; end: number } {
  const { tokens } = context;
  for (let i = firstIndex(tokens, (token) => token.start >= sentence.start) + 1; i < tokens.length && tokens[i].start < sentence.end; i++) {
    if (CLAUSE_OPENING.has(tokens[i].norm)) return { start: sentence.start, end: tokens[i].start };
  }
  return sentence;
}

/** How far into a sentence an opening phrase set off by a comma may run ("Every morning at half past five, …"). */
const OPENING_PHRASE = 80;

/**
 * The subject of a sentence's main clause: at its start, or after an opening phrase with no verb set off by a comma
 * ("After the hearing, Akintola said …", "Every morning at half past five, Martha Ndlovu walks …"). A clause opened by
 * "when" or "while" has its own subject, which is not the sentence's.
 */
function mainSubject(context: Context, sentence: { start: number; end: number }): ReturnType<typeof subjectAt> {
  const { tokens, text } = context;
  const from = firstIndex(tokens, (token) => token.start >= sentence.start);
  if (!SUBORDINATORS.has(tokens[from]?.norm ?? '')) {
    const subject = subjectAt(context, sentence.start, sentence.end, false) ?? openingSubject(context, sentence);
    if (subject !== null) return subject;
  }
  const comma = text.slice(sentence.start, Math.min(sentence.end, sentence.start + OPENING_PHRASE)).indexOf(',');
  if (comma < 0) return null;
  // A verb makes the phrase a clause of its own; a word in -ing after a determiner is a noun ("After the hearing").
  for (let i = from; i < tokens.length && tokens[i].start < sentence.start + comma; i++) {
    if (!tokens[i].capitalized && isVerbLike(context, tokens[i]) && !DETERMINERS.has(tokens[i - 1]?.norm ?? '')) return null;
  }
  const after = sentence.start + comma + 1 + (/^\s*/u.exec(text.slice(sentence.start + comma + 1))?.[0].length ?? 0);
  return subjectAt(context, after, sentence.end, false) ?? openingSubject(context, { start: after, end: sentence.end });
}

/** Words that open what is asked: "asked X whether …", "asked the chief what …". */
const QUESTION_OPENERS: ReadonlySet<string> = new Set(['whether', 'if', 'what', 'how', 'why', 'when', 'where', 'who', 'which', 'about', 'to']);

/** The last person in the span asked something by name or by a description of someone named before ("asked the chief whether"), if `fits`. */
function answererIn(context: Context, start: number, end: number, fits: (id: string | null) => boolean): string | null {
  const { tokens, text } = context;
  const wordAt = (offset: number): string => tokens[firstIndex(tokens, (token) => token.start >= offset)]?.norm ?? '';
  let answerer: string | null = null;
  for (let i = firstIndex(tokens, (token) => token.start >= start); i < tokens.length && tokens[i].start < end; i++) {
    if (!QUESTION_VERBS.has(tokens[i].norm)) continue;
    const verb = tokenSpan(tokens[i]);
    const named = askedBy(context, verb, fits);
    if (named !== null) {
      if (QUESTION_OPENERS.has(wordAt(context.mentions[firstMentionFrom(context, verb.end)].end))) answerer = named;
      continue;
    }
    // "asked the chief whether …": one or two words after "the", then what is asked.
    const object = /^\s+(the\s+\p{Ll}+(?:\s+\p{Ll}+)??)\s+(\p{Ll}+)/u.exec(text.slice(verb.end, verb.end + 60));
    if (!object || !QUESTION_OPENERS.has(object[2])) continue;
    const from = verb.end + object[0].indexOf(object[1]);
    const words = { start: from, end: from + object[1].length, text: object[1] };
    const described = describedBefore(context, { speakerId: null, speakerMention: words, cue: verb, via: 'description' }, verb.start);
    if (described !== null && fits(described)) answerer = described;
  }
  return answerer;
}

/** A name opening the sentence as the subject of the verb after it, past a phrase set off by commas ("Benson, hearing this, nods slowly"). */
function openingSubject(context: Context, sentence: { start: number; end: number }): { via: 'name'; personId: string; mention: Span; verb: Span } | null {
  const mention = context.mentions[firstMentionFrom(context, sentence.start)];
  if (!mention || mention.start >= sentence.end || !opensWithName(context, context.text.slice(sentence.start, mention.start)) || !isSubjectOfVerb(context, mention)) return null;
  return { via: 'name', personId: mention.personId, mention: span(mention), verb: span(mention) };
}

/** Nothing before the name but, perhaps, the relative they are of someone ("Her daughter Farzana works …"). */
function opensWithName(context: Context, lead: string): boolean {
  return lead.trim() === '' || isPossessiveRelative(context, lead);
}

/** "her daughter", "His father", "their mother": a possessive and a word for a relative, alone. */
function isPossessiveRelative(context: Context, words: string): boolean {
  const relative = /^\s*(?:his|her|their)\s+(\p{L}+)\s*$/iu.exec(words)?.[1];
  return relative !== undefined && context.lexicon.isRelative(relative.toLowerCase());
}

/** The one person named in full for the first time in the span, fitting: someone the paragraph brings in to speak next. */
function introducedIn(context: Context, start: number, end: number, fits: (id: string | null) => boolean): string | null {
  let found: string | null = null;
  for (let i = firstMentionFrom(context, start); i < context.mentions.length && context.mentions[i].start < end; i++) {
    const mention = context.mentions[i];
    const person = context.personById.get(mention.personId);
    // An owner or a name modifying a noun ("Thomas Ruiz's pitch", "the Thomas Ruiz camp") is brought in as no one who acts.
    if (!person || !fits(person.id) || isOwner(context, mention) || namesAThing(context, mention)) continue;
    if (found !== null && found !== person.id) return null;
    if (person.mentions[0] !== mention || mention.form !== 'full') return null;
    found = person.id;
  }
  return found;
}

/** Whether a quote starting at `outerStart` opens its paragraph. */
function opensParagraph(context: Context, outerStart: number): boolean {
  const k = sentenceAt(context.sentences, outerStart);
  return k >= 0 && (k === 0 || context.sentences[k - 1].paragraph !== context.sentences[k].paragraph) && startsParagraph(context, outerStart, k);
}

/**
 * The person named as the subject of the first sentence of the paragraph at `offset` (a sentence
 * before the one at `offset`), or with `before`, of the paragraph before it.
 */
function paragraphOpener(context: Context, offset: number, fits: (id: string | null) => boolean, before = false): string | null {
  const k = sentenceAt(context.sentences, offset);
  if (k <= 0) return null;
  const range = paragraphSentences(context, k, context.sentences[k].paragraph - (before ? 1 : 0));
  if (!range || (range.first === k && !before)) return null;
  const sentence = context.sentences[range.first];
  // In the paragraph before, only a main clause's subject: "While Obama had …" is not the paragraph's.
  const opening = context.tokens[firstIndex(context.tokens, (token) => token.start >= sentence.start)];
  if (before && SUBORDINATORS.has(opening?.norm ?? '')) return null;
  const subject = subjectAt(context, sentence.start, sentence.end, !before);
  if (subject?.via === 'name') return askedBy(context, subject.verb, fits) ?? (subject.personId !== null && fits(subject.personId) ? subject.personId : null);
  // "The judge seized on that sentence. In her ruling, she wrote …": a definite description of someone named before.
  return before ? null : describedSubject(context, subject, sentence.start, fits);
}

/** A subject that is a definite description ("The chief said …") of someone named before `at`, if `fits`. */
function describedSubject(context: Context, subject: ReturnType<typeof subjectAt>, at: number, fits: (id: string | null) => boolean): string | null {
  if (subject?.via !== 'description') return null;
  // "the chief", or a relative by a possessive ("Her mother was more direct"), as the relative is named in the story.
  if (!/^the\s/iu.test(subject.mention.text) && !isPossessiveRelative(context, subject.mention.text)) return null;
  const described = describedBefore(context, { speakerId: null, speakerMention: subject.mention, cue: subject.verb, via: 'description' }, at);
  return described !== null && fits(described) ? described : null;
}

/** The first and last sentence of paragraph `paragraph`, looked for back from sentence `k`; null if it has none there. */
function paragraphSentences(context: Context, k: number, paragraph: number): { first: number; last: number } | null {
  const { sentences } = context;
  let last = k;
  while (last > 0 && sentences[last].paragraph > paragraph) last--;
  if (sentences[last].paragraph !== paragraph) return null;
  let first = last;
  while (first > 0 && sentences[first - 1].paragraph === paragraph) first--;
  return { first, last };
}

/**
 * "the ambassador said": the person last named before with that word in their title or role;
 * failing that, "the rookie defenceman said" (a definite description of a person) is the person
 * named last, if that was within the paragraph or the one before.
 */
function resolveDescription(context: Context, found: Found, offset: number): string | null {
  return namedInApposition(context, found) ?? describedBefore(context, found, offset) ?? describedAfter(context, found, offset);
}

/** The description's own apposition names the person: "The jury president, Senegalese poet X, praised …". */
function namedInApposition(context: Context, found: Found): string | null {
  const words = found.speakerMention!;
  const mention = context.mentions[firstMentionFrom(context, words.end)];
  if (!mention || mention.start - words.end > 40 || !/^,/u.test(context.text.slice(words.end, mention.start))) return null;
  return opensApposition(context, context.text.slice(words.end, mention.start)) && /^\s*,/u.test(context.text.slice(mention.end, mention.end + 2)) ? mention.personId : null;
}

/** How many paragraphs on a lead's description may be named ("A curator has accused … Ann Lee, the show's curator, said"). */
const NAMED_AFTER_REACH = 2;
const NAMED_AFTER_HEADLINE_REACH = 16;

/**
 * A description nobody named before answers to: the first person named in the next paragraphs whose
 * title or role holds its noun, as leads describe someone first and name them after ("The curator of
 * a Bristol exhibition has accused …" before "Ann Lee, the show's guest curator, said").
 */
function describedAfter(context: Context, found: Found, offset: number): string | null {
  const words = found.speakerMention?.text ?? '';
  // A headline drops the article, and the page's head lines stand between it and the story.
  const inHeadline = context.metadata.headline?.start === found.speakerMention!.start;
  if (!/^(?:the|a|an)\s/iu.test(words) && !inHeadline) return null;
  // The noun before the phrase that follows it: "The curator of a Bristol exhibition".
  const head = /(\p{L}+)\s*$/u.exec(words.split(/\s(?:of|for|at|from|with|in|on)\s/u)[0])?.[1]?.toLowerCase();
  if (!head || !context.lexicon.isRoleNoun(head)) return null;
  const paragraph = paragraphAt(context, offset);
  const heads = new Set([head]);
  for (let i = firstMentionFrom(context, found.speakerMention!.end); i < context.mentions.length; i++) {
    const mention = context.mentions[i];
    if (paragraphAt(context, mention.start) - paragraph > (inHeadline ? NAMED_AFTER_HEADLINE_REACH : NAMED_AFTER_REACH)) break;
    const person = context.personById.get(mention.personId);
    if (person && holdsOffice([person.title, person.role], heads)) return person.id;
  }
  return null;
}

/** Whether a word of one of a person's offices (their title, their role) is one of `heads`. */
function holdsOffice(offices: ReadonlyArray<string | null>, heads: ReadonlySet<string>): boolean {
  return offices.some((office) => office !== null && office.toLowerCase().split(/[\s-]+/).some((word) => heads.has(word)));
}

/** The paragraph of the sentence at `at`, or -1. */
function paragraphAt(context: Context, at: number): number {
  return context.sentences[sentenceAt(context.sentences, at)]?.paragraph ?? -1;
}

/** "of two", "of 3" after a word for a parent: the count of their children ("the father of two"), not the phrase's head. */
const CHILDREN_COUNTED = /\s+of\s+(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten)\s*$/iu;

function describedBefore(context: Context, found: Found, offset: number): string | null {
  const words = found.speakerMention?.text ?? '';
  const head = /(\p{L}+)\s*$/u.exec(words.replace(CHILDREN_COUNTED, ''))?.[1]?.toLowerCase();
  if (!head) return null;
  // "the senior Cruz adviser" is not Cruz: a person named inside the description only modifies it.
  const inside = new Set<string>();
  for (let i = firstMentionFrom(context, found.speakerMention!.start); context.mentions[i]?.end <= found.speakerMention!.end; i++) inside.add(context.mentions[i].personId);
  // "the Prime Minister" is whoever holds that whole title, before anyone whose title only ends in its head ("Local Government Minister").
  const phrase = words.replace(/^\s*the\s+/iu, '').trim().toLowerCase();
  const whole = phrase.includes(' ') ? lastPersonBefore(context, offset, (person) => !inside.has(person.id) && person.title?.toLowerCase() === phrase) : null;
  if (whole) return whole;
  const heads = new Set([head]);
  const titled = lastPersonBefore(context, offset, (person) => !inside.has(person.id) && holdsOffice([person.title, person.role], heads));
  // "Her father": a relative of someone named. "The father of two" is a description like any other.
  if (!titled && context.lexicon.isRelative(head) && !/^the\s/iu.test(words)) return relativeOfLastNamed(context, words, head, offset) ?? relatedToLastNamed(context, words, head, offset);
  // A noun for someone: a role, or a demonym as sports copy names the person just quoted or named ("said the Spaniard").
  // So is an age: "said the 21-year-old".
  const forSomeone = context.lexicon.isRoleNoun(head) || context.lexicon.wordClass(head) === 'demonym' || /\b\d{1,3}-year-old$/u.test(words);
  if (titled || !/^the\s/i.test(words) || !forSomeone || /[^s]s$/u.test(head)) return titled;
  // Last, the title written out and the nouns for its holder ("Rep." is "the congresswoman"), after
  // the person just named: "Sen. X … Rubio spoke. The senator said" is Rubio's, whatever his title.
  const holderHeads = new Set([head, context.lexicon.officeOfHolderNoun(head)]);
  const writtenOut = (): string | null => lastPersonBefore(context, offset, (person) => !inside.has(person.id) && holdsOffice([person.title && context.lexicon.canonicalTitle(person.title), person.role], holderHeads));
  // "Mr Justice X … the judge wrote": the office written another way, before whoever was named last.
  if (holderHeads.size > 1) {
    const holder = writtenOut();
    if (holder) return holder;
  }
  // "The New Hampshire Union Leader said": capitalised words ending in the noun name a body, no one described.
  if (/\p{Lu}\p{L}*\s+\p{Lu}\p{L}*\s*$/u.test(words)) return writtenOut();
  const last = lastMentionOutsideQuotes(context, found.speakerMention!.start);
  if (!last || inside.has(last.personId) || !describedNearby(context, found.speakerMention!.start, last)) return writtenOut();
  // A noun that names a sex ("the congresswoman", "the woman") is not someone of the other.
  const gender = context.lexicon.roleGender(head);
  const lastGender = context.personById.get(last.personId)?.gender ?? null;
  return gender === null || lastGender === null || lastGender === gender ? last.personId : writtenOut();
}


/**
 * The person named last stands in the description's paragraph or the one before; or two back, when the
 * paragraph between, naming nobody, goes on about them as "he" or "she" ("Orla Fitzgerald was a sub … ¶
 * Thirty years later she is the first-choice goalkeeper … ¶ "…," the 44-year-old said").
 */
function describedNearby(context: Context, at: number, last: Mention): boolean {
  const gap = paragraphAt(context, at) - paragraphAt(context, last.start);
  if (gap <= 1) return true;
  if (gap > 2) return false;
  const sentences = paragraphSentences(context, sentenceAt(context.sentences, at), paragraphAt(context, at) - 1);
  if (!sentences) return false;
  const gender = context.personById.get(last.personId)?.gender ?? null;
  const { tokens } = context;
  const from = context.sentences[sentences.first].start;
  const to = context.sentences[sentences.last].end;
  for (let i = firstIndex(tokens, (token) => token.start >= from); i < tokens.length && tokens[i].start < to; i++) {
    const pronoun = PRONOUN_GENDER[tokens[i].norm];
    if ((tokens[i].norm === 'he' || tokens[i].norm === 'she') && !context.insideQuote(tokens[i].start) && (gender === null || pronoun === gender)) return true;
  }
  return false;
}

/** How many mentions inside quotes are passed over looking back for the last person named. */
const QUOTED_MENTIONS_REACH = 8;

/**
 * The last person named before `offset` in the reporter's words, not a writer's or a photographer's
 * credit: "“Donald is a leader,” said the 46-year-old" is not Donald's, nor is "Jane Roe via Getty
 * Images. “…,” the 43-year-old asked" Jane Roe's. One only pictured in a caption may be the one described.
 */
function lastMentionOutsideQuotes(context: Context, offset: number): Mention | undefined {
  const k = firstMentionFrom(context, offset) - 1;
  for (let i = k; i >= 0 && k - i <= QUOTED_MENTIONS_REACH; i--) {
    const mention = context.mentions[i];
    const credit = context.personById.get(mention.personId)?.credit;
    if (!context.insideQuote(mention.start) && (!credit || credit === 'pictured')) return mention;
  }
  return undefined;
}

/**
 * "Her father added": the one other person sharing the surname of the last person named whom the
 * possessive fits, of the sex the word for the relative names or of none known yet (Ray Kowalczyk, after
 * his daughter Jenna Kowalczyk: pronouns give sexes only once quotes are attributed). Only when the
 * possessive's owner has a known sex and only one such relative is named.
 */
function relativeOfLastNamed(context: Context, words: string, head: string, offset: number): string | null {
  const possessive = /^(his|her)\s+\p{L}+$/iu.exec(words.trim())?.[1].toLowerCase();
  const sex = context.lexicon.roleGender(head);
  if (!possessive || !sex) return null;
  const ownerId = lastPersonBefore(context, offset, (person) => person.gender === (possessive === 'his' ? 'male' : 'female'));
  const owner = ownerId === null ? undefined : context.personById.get(ownerId);
  const ownerWords = owner?.name.split(/\s+/u) ?? [];
  if (!owner || ownerWords.length < 2) return null;
  const relatives = peopleBySurname(context).get(surnameWord(ownerWords))?.filter((person) => person !== owner && (person.gender === sex || person.gender === null)) ?? [];
  return relatives.length === 1 ? relatives[0].id : null;
}

/**
 * "Her mother said", after the daughter was brought in as someone's ("… the home of her daughter, Funmi
 * Bello"): the one the possessive's owner (the last person named of its sex) is a relative of, when the
 * word is what that relative makes them ("mother" of a "daughter") and their sex, if known, fits it.
 */
function relatedToLastNamed(context: Context, words: string, head: string, offset: number): string | null {
  const possessive = /^(his|her)\s+\p{L}+$/iu.exec(words.trim())?.[1].toLowerCase();
  if (!possessive) return null;
  const ownerId = lastPersonBefore(context, offset, (person) => person.gender === (possessive === 'his' ? 'male' : 'female'));
  const owner = ownerId === null ? undefined : context.personById.get(ownerId);
  if (!owner?.role || !context.lexicon.isInverseRelative(owner.role, head)) return null;
  const anchorId = relationAnchor(context, owner);
  const sex = context.lexicon.roleGender(head);
  const anchor = anchorId === null ? undefined : context.personById.get(anchorId);
  return anchor && (sex === null || anchor.gender === null || anchor.gender === sex) ? anchor.id : null;
}

/** Who a relative was introduced as the relative of: "Ann Lee's daughter, X" is Ann Lee's; "her daughter, X", the last woman named before. */
function relationAnchor(context: Context, person: Person): string | null {
  const role = person.role?.trim().split(/\s+/u).pop() ?? '';
  const introduction = new RegExp(String.raw`(?:\b(his|her)|(['’]s?))\s+(?:\p{L}+\s+)?${role.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')},\s*$`, 'iu');
  for (const mention of person.mentions) {
    const lead = context.text.slice(Math.max(0, mention.start - 60), mention.start);
    const introduced = introduction.exec(lead);
    if (!introduced) continue;
    const at = mention.start - lead.length + introduced.index;
    if (introduced[2]) {
      const owner = context.mentions[firstMentionFrom(context, at) - 1];
      return owner && owner.end === at && owner.personId !== person.id ? owner.personId : null;
    }
    const gender = introduced[1].toLowerCase() === 'his' ? 'male' : 'female';
    return lastPersonBefore(context, at, (candidate) => candidate.id !== person.id && candidate.gender === gender);
  }
  return null;
}

function peopleBySurname(context: Context): Map<string, Person[]> {
  if (!context.bySurname) {
    context.bySurname = new Map();
    for (const person of context.personById.values()) {
      const surname = surnameWord(person.name.split(/\s+/u));
      const list = context.bySurname.get(surname);
      if (list) list.push(person);
      else context.bySurname.set(surname, [person]);
    }
  }
  return context.bySurname;
}

/** The word before the mention is a preposition ("said of Trump", "met with Stevens", "went after Bush"). */
function mentionAfterPreposition(context: Context, mention: Mention): boolean {
  const before = /(\p{L}+)\s+$/u.exec(context.text.slice(Math.max(0, mention.start - 20), mention.start))?.[1].toLowerCase() ?? '';
  return NAME_OBJECT_PREPOSITIONS.has(before);
}

/**
 * The person last named in [from, offset), in paragraph `paragraph` (perhaps one before `offset`'s), not
 * after a preposition, that passes `test`; with `asSubject`, only as the subject of a verb.
 */
function namedInParagraphSince(context: Context, from: number, offset: number, paragraph: number, test: (id: string) => boolean, asSubject = false): string | null {
  for (let i = firstMentionFrom(context, offset) - 1; i >= 0 && context.mentions[i].start >= from; i--) {
    const mention = context.mentions[i];
    const at = context.sentences[sentenceAt(context.sentences, mention.start)]?.paragraph;
    if (at !== undefined && at > paragraph) continue;
    if (at !== paragraph) break;
    if (!mentionAfterPreposition(context, mention) && test(mention.personId) && (!asSubject || (isSubjectOfVerb(context, mention) && !reportedByPronoun(context, mention)))) return mention.personId;
  }
  return null;
}

/** The subject of a clause reported by someone the sentence calls by a pronoun: "He said Eroğlu is particular …", "She says that Lee …". */
function reportedByPronoun(context: Context, mention: Mention): boolean {
  const { tokens, lexicon, sentences } = context;
  const sentenceStart = sentences[sentenceAt(sentences, mention.start)]?.start ?? mention.start;
  let k = firstIndex(tokens, (token) => token.start >= mention.start) - 1;
  if (tokens[k]?.norm === 'that') k--;
  return k >= 1 && tokens[k - 1].start >= sentenceStart && lexicon.isCueVerb(tokens[k].norm) && (tokens[k - 1].norm === 'he' || tokens[k - 1].norm === 'she');
}

/** A mention as an owner: "Trump's grasp", "Kawabata’s statement" (the possessive inside the mention or straight after it). */
function isOwner(context: Context, mention: Span): boolean {
  return /['’]s?$/u.test(mention.text) || /^['’]/u.test(context.text.slice(mention.end, mention.end + 1));
}

/** The last item of a list before a name: "Govs. Jeb Bush and …". */
const LIST_ENDING = /\b(?:and|or)\s+(?:\S+\s+){0,3}$/u;

/** A space and perhaps an adverb before a verb: " ", " also ", " originally ". */
const ADVERB_GAP = String.raw`\s+(?:\p{L}+ly\s+|also\s+)?`;

/** Between a subject and its verb: nothing but an adverb, the comma closing an apposition the name is ("One local woman, X, pulled"), or an appositive ("X, the organist at …, remembered"). */
const SUBJECT_BEFORE_VERB = new RegExp(String.raw`^(?:${ADVERB_GAP}|,\s*|,[^;:.]+,\s*(?:\p{L}+ly\s+)?)$`, 'u');

/**
 * The mention is the subject of the first verb after it in its sentence: "Kowalski-Nakamura knows it",
 * "Aalto-Nwosu originally planned …"; not an owner ("Trump's grasp"), an object ("attacked Clinton and
 * Rubio during …"), nor a name in a phrase ("went after Trump at the debate", "in the Bernie Sanders camp").
 */
function isSubjectOfVerb(context: Context, mention: Mention): boolean {
  const { text, tokens, lexicon } = context;
  if (isOwner(context, mention)) return false;
  // After an article a name modifies a noun: "in the Bernie Sanders camp".
  const before = tokens[firstIndex(tokens, (token) => token.start >= mention.start) - 1];
  if (before !== undefined && DETERMINERS.has(before.norm)) return false;
  // The second of two people joined by "and" shares the subject with the first: "Mr. Rubio and Mr. Cruz, who …, had".
  const previous = context.mentions[firstMentionFrom(context, mention.start) - 1];
  if (previous !== undefined && COORDINATED.test(text.slice(previous.end, mention.start))) return false;
  const end = Math.min(context.sentences[sentenceAt(context.sentences, mention.start)]?.end ?? mention.end, mention.end + SUBJECT_REACH);
  for (let k = firstIndex(tokens, (token) => token.start >= mention.end); k < tokens.length && tokens[k].start < end; k++) {
    const token = tokens[k];
    // Auxiliaries and copulas are function words to compromise, but a subject's verb all the same.
    // "Mr Moreau-Diallo points to the vines": a word in -s straight after the name, before a small word, is its verb, whatever else compromise reads it as.
    // So is one after the comma closing a phrase set off after the name, before a small word, an adverb or the clause's end ("Jo Whitaker, leaning in the doorway, shrugs.").
    const straightAfter = /^\s+$/u.test(text.slice(mention.end, token.start));
    const afterPhrase = /^,[^;:.]+,\s+$/u.test(text.slice(mention.end, token.start));
    const next = tokens[k + 1];
    const closes = next === undefined || /^\s*[.,;!?]/u.test(text.slice(token.end, token.end + 2)) || /ly$/u.test(next.norm);
    const present = /[^su'’]s$/u.test(token.norm) && (straightAfter || afterPhrase) && (lexicon.wordClass(next?.norm ?? '') === 'function' || (afterPhrase && closes));
    const verb = !token.capitalized && (present || lexicon.wordClass(token.norm) === 'verb' || AUXILIARIES.has(token.norm) || (/ed$/u.test(token.norm) && token.norm.length > 4));
    if (!verb) continue;
    const gap = text.slice(mention.end, token.start);
    // A verb inside a phrase set off by commas is the phrase's ("X, 58, whose house was submerged …, watched").
    if (/^,/u.test(gap) && !/,\s*(?:\p{L}+ly\s+)?$/u.test(gap)) continue;
    return SUBJECT_BEFORE_VERB.test(gap);
  }
  return false;
}

/** Between two names of one subject: "and", perhaps a title ("Mr. Rubio and Mr. Cruz", "Bush and Gov. Chris Christie"). */
const COORDINATED = /^\s*,?\s+(?:and|or)\s+(?:\S+\s+){0,2}$/u;

/** How far after a name its speech verb may stand, past an appositive ("X, a retired teacher from Redland, said"). */
const SUBJECT_REACH = 120;

/** The first person named in [from, offset), in paragraph `paragraph`, as the subject of a speech verb in the same sentence, that passes `test`. */
function speakingSubjectSince(context: Context, from: number, offset: number, paragraph: number, test: (id: string) => boolean): string | null {
  const { tokens, mentions, sentences, lexicon } = context;
  for (let i = firstMentionFrom(context, from); i < mentions.length && mentions[i].start < offset; i++) {
    const mention = mentions[i];
    const sentence = sentences[sentenceAt(sentences, mention.start)];
    // A name inside someone's words ("heard Bob say") is theirs to use, not the reporter's subject.
    if (sentence?.paragraph !== paragraph || !test(mention.personId) || context.insideQuote(mention.start)) continue;
    // "Calderon's remarks": an owner, not a subject.
    if (mentionAfterPreposition(context, mention) || isOwner(context, mention)) continue;
    const end = Math.min(sentence.end, offset, mention.end + SUBJECT_REACH, mentions[i + 1]?.start ?? Infinity);
    for (let k = firstIndex(tokens, (token) => token.start >= mention.end); k < tokens.length && tokens[k].start < end; k++) {
      if (!lexicon.isCueVerb(tokens[k].norm)) continue;
      const gap = context.text.slice(mention.end, tokens[k].start);
      // "Govs. Jeb Bush and Chris Christie, who say …": "who" after a list is said of all of them.
      const listed = /^,\s+who\s/u.test(gap) && LIST_ENDING.test(context.text.slice(Math.max(0, mention.start - 30), mention.start));
      if (!SUBJECT_THEN_VERB.test(gap) || listed) break;
      // "Host Dean Hartley asked Benavides whether …": the one asked gives the answer that follows.
      return askedBy(context, tokens[k], (id) => id !== null && test(id)) ?? mention.personId;
    }
  }
  return null;
}

/** Verbs of asking: their object answers ("asked Benavides whether …"). */
const QUESTION_VERBS: ReadonlySet<string> = new Set(['asked', 'asks', 'pressed', 'presses', 'questioned', 'questions']);

/** The person named straight after a verb of asking ("Hannity asked Trump how high …"), who answers, if `fits`; not an owner. */
function askedBy(context: Context, verb: Span, fits: (id: string | null) => boolean): string | null {
  if (!QUESTION_VERBS.has(verb.text.toLowerCase())) return null;
  const asked = context.mentions[firstMentionFrom(context, verb.end)];
  // "questioned Trump's logic" asks nobody.
  return asked !== undefined && /^\s+$/u.test(context.text.slice(verb.end, asked.start)) && !isOwner(context, asked) && fits(asked.personId) ? asked.personId : null;
}

/**
 * What may stand between a subject and its verb: nothing but an adverb ("Kerry said", "Obama also said"), an
 * appositive between commas ("X, a retired teacher from Redland, said"), or "who" opening the relative clause
 * whose verb it is ("X, who also sits on the council and who defended …"). Not a possessive ("Sanders's attacks"),
 * nor a clause ("Perez hammered Trump, calling him").
 */
const SUBJECT_THEN_VERB = new RegExp(String.raw`^(?:${ADVERB_GAP}|,[^,;:.]+,\s*(?:\p{L}+ly\s+)?|,\s+who(?:\s+[^,;:.]+?\s+and\s+who)?${ADVERB_GAP})$`, 'u');

/** The person of the nearest of the last LOOK_BACK mentions before `offset` that passes `test`. */
function lastPersonBefore(context: Context, offset: number, test: (person: Person) => boolean): string | null {
  const end = firstMentionFrom(context, offset);
  for (let i = end - 1; i >= Math.max(0, end - LOOK_BACK); i--) {
    const person = context.personById.get(context.mentions[i].personId);
    if (person && test(person) && !namesAThing(context, context.mentions[i])) return person.id;
  }
  return null;
}

/** "the Holloway mix-up", "a Trump rally": a name between a determiner and the noun it modifies names a thing, not the person acting. */
function namesAThing(context: Context, mention: Mention): boolean {
  const before = /\b(?:the|a|an)\s+$/iu.test(context.text.slice(Math.max(0, mention.start - 5), mention.start));
  const next = context.tokens[firstIndex(context.tokens, (token) => token.start >= mention.end)];
  // Not "the Clinton of lore": a preposition after the name makes it the phrase's head.
  return before && !/['’]/u.test(mention.text) && next !== undefined && /^ \p{Ll}/u.test(context.text.slice(mention.end, next.start + 1)) && context.lexicon.wordClass(next.norm) !== 'function';
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

/** A description set off by a comma after a name, up to a relative pronoun: "X, a former aide who". */
const APPOSED_DESCRIPTION = /^\s*,\s*(?:\d{1,3},\s*)?(?:(?:a|an|the|one)\s[^,;:"“”()]{1,160}?)?\s*$/u;

/**
 * The person a relative pronoun at `at` stands for: the name just before its comma ("X, who"), or
 * before the description it follows ("X, 32, a former aide who"); null for anything else ("a voice that").
 */
function relativeAntecedent(context: Context, from: number, at: number): string | null {
  // The description may name others: "X, a former chairman of Mr. Y's council who".
  for (let i = firstMentionFrom(context, at) - 1, seen = 0; i >= 0 && seen < 3 && context.mentions[i].start >= from; i--, seen++) {
    const antecedent = context.mentions[i];
    if (antecedent.end <= at && APPOSED_DESCRIPTION.test(context.text.slice(antecedent.end, at))) return antecedent.personId;
  }
  return null;
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

/** Finds a cue verb in [from, to) and the speaker tied to it. `before` prefers the last cue. */
function findCueAndSpeaker(context: Context, from: number, to: number, where: 'before' | 'after'): Found | null {
  const { text, tokens, lexicon } = context;
  const inWindow = tokensIn(tokens, from, to);
  const cues: Span[] = [];
  for (let i = 0; i < inWindow.length; i++) {
    const token = inWindow[i];
    const opening = i === 0 && /^\s*$/.test(text.slice(from, token.start));
    // After a determiner a cue word is a noun: "the report", "a few questions", "his claims".
    // A past tense is no noun: "Several said", "Some chanted" open with a quantifier as subject.
    const past = /ed$/.test(token.norm) || IRREGULAR_PAST_CUES.has(token.norm);
    // So is one after a determiner and a capitalised word: "the Baltic states", "the Trump claims".
    const named = i > 1 && !past && inWindow[i - 1].capitalized && !inWindow[i - 1].possessive && DETERMINERS.has(inWindow[i - 2].norm)
      && /^ +$/.test(gapText(context, inWindow[i - 2], inWindow[i - 1])) && /^ +$/.test(gapText(context, inWindow[i - 1], token));
    const noun = named || (i > 0 && DETERMINERS.has(inWindow[i - 1].norm) && /^ +$/.test(gapText(context, inWindow[i - 1], token)) && !(past && QUANTIFIERS.has(inWindow[i - 1].norm)));
    // "the congressional report said", "an early tweet quoted": a cue word right before a past tense is the subject's noun.
    const next = inWindow[i + 1];
    const subjectNoun = !past && next !== undefined && !next.capitalized && / /.test(gapText(context, token, next)) && gapText(context, token, next).length === 1
      && (/ed$/.test(next.norm) || IRREGULAR_PAST_CUES.has(next.norm) || (lexicon.isCueVerb(next.norm) && /s$/.test(next.norm) && !/s$/.test(token.norm)));
    if ((!token.capitalized || opening) && !noun && !subjectNoun && lexicon.isCueVerb(token.norm)) cues.push({ start: token.start, end: token.end, text: token.text });
    for (const words of lexicon.cuePhraseWords) {
      if (words.every((word, k) => inWindow[i + k]?.norm === word)) {
        const last = inWindow[i + words.length - 1];
        cues.push({ start: token.start, end: last.end, text: text.slice(token.start, last.end) });
      }
    }
  }
  const ordered = where === 'before' ? [...cues].reverse() : cues;
  for (const cue of ordered) {
    // A participle ("…, saying", "released a statement calling") speaks for its clause's subject.
    const participle = where === 'before' && /ing$/.test(cue.text) && text.slice(from, cue.start).trim() !== '';
    // A name straight before it is its own subject: "…, with shadow home secretary X branding the policy "…"".
    const subject = participle ? nameBeforeParticiple(context, from, cue) ?? describedBeforeParticiple(context, from, cue) ?? clauseSpeaker(context, from, cue) : speakerBefore(context, inWindow, from, cue);
    if (subject) return { ...subject, cue };
    // "said X", "according to X"; not "called X" or "told reporters", whose X is the object. Before
    // the quote only a phrase or a verb opening the sentence does ("According to X, "…""; "Said X: "…""),
    if (!lexicon.cueMayPrecedeSpeaker(cue.text.toLowerCase())) continue;
    // Or one set off by commas inside the sentence, its speaker too: "The result, says X, a biologist, is "…"".
    const setOff = where === 'before' && !cue.text.includes(' ') && !/^\s*$/.test(text.slice(from, cue.start));
    if (setOff && !/,\s*$/.test(text.slice(from, cue.start))) continue;
    const object = speakerAfter(context, inWindow, cue, to);
    if (object && (!setOff || /^\s*,/u.test(text.slice(object.speakerMention?.end ?? to)))) return { ...object, cue };
  }
  if (where === 'before') {
    // "Blinken: "…"": a name followed by a colon just before the quote.
    const colon = /:\s*$/.test(text.slice(from, to)) ? lastMentionIn(context, from, to) : null;
    if (colon && SUBJECT_GAP.test(text.slice(colon.end, to).replace(/:\s*$/, ''))) {
      return { speakerId: colon.personId, speakerMention: span(colon), cue: null, via: 'name' };
    }
    // "HuffPollster: "…"": a body's name before the colon.
    const beforeColon = /:\s*$/.test(text.slice(from, to)) ? inWindow.filter((t) => t.end <= to) : [];
    const body = beforeColon.length > 0 && /^:\s*$/.test(text.slice(beforeColon[beforeColon.length - 1].end, to))
      ? capitalisedRunEndingAt(context, beforeColon, beforeColon.length - 1) : null;
    if (body) return { speakerId: null, speakerMention: body, cue: null, via: 'body' };
  }
  return null;
}

/** A person named straight before a participle cue, no owner: "with X branding …", "X calling …". */
function nameBeforeParticiple(context: Context, from: number, cue: Span): Speaker | null {
  const mention = context.mentions[firstMentionFrom(context, cue.start) - 1];
  if (!mention || mention.start < from || !/^ $/u.test(context.text.slice(mention.end, cue.start)) || isOwner(context, mention)) return null;
  return { speakerId: mention.personId, speakerMention: span(mention), via: 'name' };
}

/** "with the Minister for Justice promising …": a description after "with" is the participle's own subject. */
const WITH_DESCRIPTION = /\bwith\s+((?:the|a|an|his|her|its|their)\s+[^\s,;:"“”()]+(?:\s+[^\s,;:"“”()]+){0,6})\s+$/u;

function describedBeforeParticiple(context: Context, from: number, cue: Span): Speaker | null {
  const lead = WITH_DESCRIPTION.exec(context.text.slice(Math.max(from, cue.start - 80), cue.start));
  if (!lead) return null;
  const start = cue.start - (lead[0].length - lead[0].indexOf(lead[1]));
  const words = tokensIn(context.tokens, start, cue.start);
  // A noun phrase: no clause inside ("with the crowd that had gathered chanting").
  if (words.some((t) => RELATIVE.has(t.norm) || t.norm === 'that' || (!t.capitalized && context.lexicon.wordClass(t.norm) === 'verb'))) return null;
  return { speakerId: null, speakerMention: { start, end: start + lead[1].length, text: lead[1] }, via: 'description' };
}

/** The subject of the clause a participle cue belongs to: the sentence's subject, or the nearest one before the cue. */
function clauseSpeaker(context: Context, from: number, cue: Span): Speaker | null {
  const subject = clauseSubject(context, from, cue.start) ?? nearestSubject(context, from, cue.start);
  if (!subject) return null;
  return { speakerId: subject.personId, speakerMention: subject.mention, via: subject.via };
}

/** "a spokesman for", "an aide to the": a role noun whose post-modifier the mention is part of; the start of its phrase. */
function roleBefore(context: Context, from: number, mention: Mention): { start: number } | null {
  const lead = context.text.slice(Math.max(from, mention.start - 80), mention.start);
  const match = /\b(a|an|the|one|another|two|three|several|his|her|their)\s+(?:[\p{L}.'’-]+\s+){0,3}?([\p{Ll}-]+)\s+(?:for|of|to|at|with|from)\s+(?:the\s+)?(?:[\p{L}.'’-]+\s+){0,3}$/u.exec(lead);
  if (!match || !context.lexicon.isRoleNoun(match[2])) return null;
  return { start: mention.start - lead.length + match.index };
}

/**
 * A comma and up to three words that describe the name after them ("Senegalese poet"): nouns and
 * adjectives, not a clause's words ("who backs X", "including X", "especially X").
 */
function opensApposition(context: Context, lead: string): boolean {
  const words = /,\s*((?:[\p{L}'’-]+\s+){0,3})$/u.exec(lead)?.[1].trim().split(/\s+/u).filter(Boolean);
  return words !== undefined && words.every((word) => !/ly$/u.test(word) && !['function', 'verb'].includes(context.lexicon.wordClass(word.toLowerCase())));
}

/** "X said", "X, a doctor, said", "he said", "the ambassador said". */
function speakerBefore(context: Context, inWindow: readonly Token[], from: number, cue: Span): Speaker | null {
  // The last name before the cue, or one before it set off by an apposition ("X, Y's manager, said").
  for (let i = firstMentionFrom(context, cue.start) - 1, seen = 0; i >= 0 && seen < 3 && context.mentions[i].start >= from; i--, seen++) {
    const mention = context.mentions[i];
    if (mention.end > cue.start) continue;
    const gap = context.text.slice(mention.end, cue.start);
    // "a spokesman for X said": the spokesman speaks, not X.
    const role = roleBefore(context, from, mention);
    if (role && SUBJECT_GAP.test(gap)) {
      return { speakerId: null, speakerMention: { start: role.start, end: mention.end, text: context.text.slice(role.start, mention.end) }, via: 'description' };
    }
    // "the assailant, X, told", "The jury president, Senegalese poet X, praised": the name closing an apposition, perhaps after
    // words that describe it, keeps its comma.
    const closesApposition = /^,\s*$/.test(gap) && opensApposition(context, context.text.slice(Math.max(from, context.mentions[i - 1]?.end ?? 0, mention.start - 40), mention.start));
    if (SUBJECT_GAP.test(gap) || closesApposition) return { speakerId: mention.personId, speakerMention: span(mention), via: 'name' };
  }
  const before = inWindow.filter((t) => t.end <= cue.start);
  // The pronoun may stand a few words back: "he did say", "she has repeatedly said".
  let p = before.length - 1;
  while (p > 0 && before.length - p < 4 && !(before[p].norm in PRONOUN_GENDER) && !RELATIVE.has(before[p].norm)) p--;
  const pronoun = before[p];
  if (pronoun && pronoun.norm in PRONOUN_GENDER && SUBJECT_GAP.test(context.text.slice(pronoun.end, cue.start))) {
    return { speakerId: null, speakerMention: tokenSpan(pronoun), via: 'pronoun' };
  }
  if (pronoun && RELATIVE.has(pronoun.norm) && SUBJECT_GAP.test(context.text.slice(pronoun.end, cue.start))) {
    // "X, who said": the relative pronoun speaks for the name just before its comma.
    return { speakerId: relativeAntecedent(context, from, pronoun.start), speakerMention: tokenSpan(pronoun), via: 'relative' };
  }
  // A description or a body: a short noun phrase opening with "the", "a", "his"…, right before the verb.
  for (let k = before.length - 1; k >= Math.max(0, before.length - MAX_DESCRIPTION); k--) {
    if (k < before.length - 1 && !joinsDescription(context, before[k], before[k + 1])) break;
    // "the report said", "Powell's office said": a determiner or a possessor opens the phrase.
    const opens = DESCRIPTION_START.has(before[k].norm) || (before[k].possessive && k < before.length - 1);
    if (opens && k < before.length - 1) {
      // Auxiliaries before the cue are not the phrase's: "the man had posted".
      let end = before.length - 1;
      while (end > k + 1 && AUXILIARIES.has(before[end].norm)) end--;
      const last = before[end];
      // The word before the cue is the phrase's head noun, even one that can be a verb ("report").
      const inner = before.slice(k + 1, end);
      // "the Ohio senator and presidential candidate said": "and" may join two descriptions.
      // A participle right after the determiner is an adjective: "the retired neurosurgeon", "the unsigned opinion".
      const adjective = (t: Token, i: number): boolean => i === 0 && /ed$/.test(t.norm) && !AUXILIARIES.has(t.norm);
      if (!/^ +$/.test(context.text.slice(before[before.length - 1].end, cue.start)) || inner.some((t, i) => t.norm !== 'and' && !adjective(t, i) && isVerb(context, t)) || context.lexicon.wordClass(last.norm) === 'function') break;
      const head = describedHead(context, before, k, from);
      // "X in his speech called", "Y, who has in the past described": the object of a preposition is no subject.
      if (!head && afterPreposition(context, before, before[k].start)) break;
      // "the paper's editorial board": the determiner before a possessor opens the phrase.
      const owner = before[k].possessive && k > 0 && DESCRIPTION_START.has(before[k - 1].norm) && joinsDescription(context, before[k - 1], before[k]) ? before[k - 1] : before[k];
      const start = head?.start ?? owner.start;
      return { speakerId: null, speakerMention: { start, end: last.end, text: context.text.slice(start, last.end) }, via: 'description' };
    }
  }
  // A bare plural: "protesters chanted", "city staff wrote".
  const plural = before[before.length - 1];
  if (plural && !plural.capitalized && isBarePlural(context, plural) && SUBJECT_GAP.test(context.text.slice(plural.end, cue.start))) {
    let k = before.length - 1;
    while (k > 0 && before.length - k < 3 && !before[k - 1].capitalized && /^ $/.test(gapText(context, before[k - 1], before[k])) && !isVerb(context, before[k - 1])) k--;
    return { speakerId: null, speakerMention: { start: before[k].start, end: plural.end, text: context.text.slice(before[k].start, plural.end) }, via: 'body' };
  }
  // A quantifier opening the sentence stands for people named before: "Several said", "Others warned".
  if (plural?.capitalized && (QUANTIFIERS.has(plural.norm) || plural.norm === 'another') && SUBJECT_GAP.test(context.text.slice(plural.end, cue.start))
    && sentenceAt(context.sentences, plural.start) >= 0 && context.sentences[sentenceAt(context.sentences, plural.start)].start === plural.start) {
    return { speakerId: null, speakerMention: tokenSpan(plural), via: 'body' };
  }
  // A body by its name: "Pew said", "TransLink told"; not "… of Republican claims", the object of a preposition.
  const body = capitalisedRunEndingAt(context, before, before.length - 1);
  if (body && SUBJECT_GAP.test(context.text.slice(body.end, cue.start)) && !afterPreposition(context, before, body.start)) return { speakerId: null, speakerMention: body, via: 'body' };
  return null;
}

/** Prepositions whose object cannot be the subject of the verb after it; not "to" ("according to"), "as" or "after" (which open clauses). */
const OBJECT_PREPOSITIONS = new Set(['in', 'during', 'on', 'over', 'of', 'at', 'with', 'by', 'from', 'for', 'about', 'through', 'into', 'against', 'under', 'among', 'without', 'within', 'throughout']);
/** Before a name, these too make it an object, not who goes on speaking ("went after Bush", "wrote to Ann Lee", "more than Trump"). */
const NAME_OBJECT_PREPOSITIONS = new Set([...OBJECT_PREPOSITIONS, 'after', 'to', 'than', 'like', 'toward', 'towards']);

/** Whether the phrase starting at `start` (a token of `before`) is the object of a preposition right before it. */
function afterPreposition(context: Context, before: readonly Token[], start: number): boolean {
  const k = before.findIndex((t) => t.start === start);
  return k > 0 && OBJECT_PREPOSITIONS.has(before[k - 1].norm) && /^ +$/.test(gapText(context, before[k - 1], before[k]));
}

/** Prepositions that open a post-modifier of a speaking noun: "a spokesman for the port", "a source close to the talks". */
const POST_MODIFIER = new Set(['for', 'of', 'to', 'at', 'with', 'from', 'in']);

/**
 * "a spokesman for the port said": a phrase opening at `before[k]` that is the object of a
 * preposition after a role noun or a source word is that noun's post-modifier; the noun's own
 * phrase ("a spokesman") is the speaker. Returns the token opening it, or null.
 */
function describedHead(context: Context, before: readonly Token[], k: number, from: number): Token | null {
  let p = k - 1;
  if (p < 1 || !POST_MODIFIER.has(before[p].norm) || before[p].start < from) return null;
  // "close to", "familiar with", "near to": an adjective between the noun and its preposition.
  if (/^(?:close|familiar|near|loyal)$/.test(before[p - 1].norm)) p--;
  const head = before[p - 1];
  if (!head || head.capitalized || !(context.lexicon.isRoleNoun(head.norm) || sourceKind(head.norm, context.lexicon) === 'anonymous')) return null;
  // The noun's own determiner, a few modifiers back: "a senior official with", "one longtime aide to".
  for (let j = p - 2; j >= Math.max(0, p - 5) && before[j].start >= from; j--) {
    if (!joinsDescription(context, before[j], before[j + 1])) return null;
    if (DESCRIPTION_START.has(before[j].norm)) return before[j];
    if (isVerb(context, before[j])) return null;
  }
  return null;
}

/** Capitalised words (with "of", "the"… between them) ending at `before[last]`, not a person's name. */
function capitalisedRunEndingAt(context: Context, before: readonly Token[], last: number): Span | null {
  const end = before[last];
  if (!end?.capitalized || isFunctionWord(context, end)) return null;
  let k = last;
  while (k > 0 && last - k < 5 && /^[ -]$/.test(gapText(context, before[k - 1], before[k])) && !before[k - 1].possessive
    && (before[k - 1].capitalized ? !isFunctionWord(context, before[k - 1]) : NAME_JOINERS.has(before[k - 1].norm))) k--;
  while (k < last && !before[k].capitalized) k++;
  if (lastMentionIn(context, before[k].start, end.end)) return null;
  return { start: before[k].start, end: end.end, text: context.text.slice(before[k].start, end.end) };
}

/** "protesters", "officials", "staff": a plural noun that can speak, by its ending or the group words of sourceWords.json. */
function isBarePlural(context: Context, token: Token): boolean {
  if (QUANTIFIERS.has(token.norm)) return false;
  if (isGroupWord(token.norm)) return true;
  if (!/[^su]s$/.test(token.norm) || token.norm.length < 5) return false;
  return context.lexicon.isRoleNoun(token.norm) || context.lexicon.isRoleNoun(token.norm.replace(/ies$/, 'y'));
}

function isFunctionWord(context: Context, token: Token): boolean {
  const wordClass = context.lexicon.wordClass(token.norm);
  return wordClass === 'function' || wordClass === 'date' || (wordClass === 'verb' && !token.capitalized);
}

/** "said X", "said a US spokesman, X", "according to X", "said he", "said the announcer". */
function speakerAfter(context: Context, inWindow: readonly Token[], cue: Span, to: number): Speaker | null {
  const m = firstMentionFrom(context, cue.end);
  let candidate = context.mentions[m];
  // "said Cruz constituent Dan Golvach", "said Clinton's aide Jake Sullivan": the last name of the chain.
  const next = context.mentions[m + 1];
  if (candidate && next && next.end <= to && (premodifiersOnly(context, candidate.end, next.start) || premodifiersOnly(context, candidate.end, next.start, true))) candidate = next;
  // "said the senior Cruz adviser": a name before a role noun only modifies it.
  const nextWord = candidate === undefined ? '' : /^\s+(\p{Ll}+)\b/u.exec(context.text.slice(candidate.end, candidate.end + 40))?.[1] ?? '';
  // "said one Trump confidant": after a determiner, a name before a common noun is that noun's modifier too.
  // An adjective may stand between ("said the printed Cruz flyer").
  const determined = candidate !== undefined && /^\s+(?:a|an|one|another|the)\s+(?:\p{Ll}+\s+)?$/u.test(context.text.slice(cue.end, candidate.start));
  // A noun that can also be a verb ("campaign", "slate") is a noun here when it ends the phrase or another noun follows.
  const nounLike = (word: string): boolean => /^(?:other|unknown|verb)$/.test(context.lexicon.wordClass(word)) && !/(?:ed|ing|ly|s)$/.test(word);
  const commonNoun = determined && nextWord !== '' && (/^(?:other|unknown)$/.test(context.lexicon.wordClass(nextWord)) ? !/(?:ed|ing|ly)$/.test(nextWord) : nounLike(nextWord));
  const modifies = candidate !== undefined && (context.lexicon.isRoleNoun(nextWord) || commonNoun);
  const mention = candidate && candidate.end <= to && !modifies ? candidate : undefined;
  if (mention && (OBJECT_GAP.test(context.text.slice(cue.end, mention.start)) || premodifiersOnly(context, cue.end, mention.start) || premodifiersOnly(context, cue.end, mention.start, true))) {
    return { speakerId: mention.personId, speakerMention: span(mention), via: 'name' };
  }
  const after = inWindow.filter((t) => t.start >= cue.end);
  const first = after[0];
  if (!first || !/^\s+$/.test(context.text.slice(cue.end, first.start))) return null;
  // "said his wife", "according to her doctor": a possessive before a noun opens a description.
  const owner = POSSESSIVE_DETERMINERS.has(first.norm) && after[1] !== undefined && /^ +$/.test(gapText(context, first, after[1])) && !after[1].capitalized && !isVerb(context, after[1]);
  if (first.norm in PRONOUN_GENDER && !owner) return { speakerId: null, speakerMention: tokenSpan(first), via: 'pronoun' };
  if (DESCRIPTION_START.has(first.norm)) {
    let k = 1;
    // The word right after the determiner is a noun even when it could be a verb ("the report").
    while (k < after.length && k < 7 && joinsDescription(context, after[k - 1], after[k]) && (k === 1 || !isVerb(context, after[k]))) k++;
    // "… and said her office had documented …": a description with its verb is what was said, not who said it.
    const reported = POSSESSIVE_DETERMINERS.has(first.norm) && k < after.length && /^ +$/.test(gapText(context, after[k - 1], after[k])) && AUXILIARIES.has(after[k].norm);
    if (k > 1 && !reported) {
      const last = after[k - 1];
      return { speakerId: null, speakerMention: { start: first.start, end: last.end, text: context.text.slice(first.start, last.end) }, via: 'description' };
    }
  }
  // "according to Pew", "said CNN".
  let k = 0;
  while (k + 1 < after.length && k < 5 && /^ $/.test(gapText(context, after[k], after[k + 1])) && !after[k].possessive
    && (after[k + 1].capitalized || NAME_JOINERS.has(after[k + 1].norm))) k++;
  while (k > 0 && !after[k].capitalized) k--;
  const body = capitalisedRunEndingAt(context, after, k);
  if (body && body.start === first.start) return { speakerId: null, speakerMention: body, via: 'body' };
  return null;
}

/**
 * Only words that may stand before a name between `from` and `to`: "said former tech executive X",
 * "said Atlantic City Mayor X"; with `determiner`, one opening article or possessive too ("said the
 * younger Mr. X"; "'s top aide X").
 */
function premodifiersOnly(context: Context, from: number, to: number, determiner = false): boolean {
  const gap = context.text.slice(from, to);
  if (!/^(?:['’]s?)?\s[\p{L}\p{N}\s.'’-]*$/u.test(gap)) return false;
  let words = tokensIn(context.tokens, from, to);
  if (determiner && words.length > 0 && /^(?:the|a|an)$/.test(words[0].norm)) words = words.slice(1);
  else if (determiner && !/^['’]/.test(gap)) return false;
  return words.length <= 6 && words.every((t) => {
    const wordClass = context.lexicon.wordClass(t.norm);
    return wordClass !== 'function' && wordClass !== 'date';
  });
}

function isVerb(context: Context, token: Token): boolean {
  if (token.capitalized) return false;
  const wordClass = context.lexicon.wordClass(token.norm);
  return wordClass === 'verb' || wordClass === 'function' || (/ed$/.test(token.norm) && token.norm.length > 4);
}

/** Words of one description: a space or a hyphen between them, the dots of initials ("a former U.S. trade official"), a possessive ending. */
function joinsDescription(context: Context, left: Token, right: Token): boolean {
  const gap = gapText(context, left, right);
  // "the paper's editorial board": a possessive inside the phrase.
  return /^(?: +|-)$/.test(gap) || (/^\p{Lu}$/u.test(left.text) && /^\.(?: +)?$/.test(gap)) || (left.possessive && /^['’]s? +$/u.test(gap));
}

function gapText(context: Context, left: Token, right: Token): string {
  return context.text.slice(left.end, right.start);
}

function tokenSpan(token: Token): Span {
  return { start: token.start, end: token.end, text: token.text };
}

/** Tokens lying wholly in [from, to). */
function tokensIn(tokens: readonly Token[], from: number, to: number): Token[] {
  const result: Token[] = [];
  for (let k = firstIndex(tokens, (token) => token.start >= from); k < tokens.length && tokens[k].end <= to; k++) result.push(tokens[k]);
  return result;
}

/** Index of the first mention starting at or after `offset`. */
function firstMentionFrom(context: Context, offset: number): number {
  return firstIndex(context.mentions, (mention) => mention.start >= offset);
}

/** The last mention lying wholly in [from, to). */
function lastMentionIn(context: Context, from: number, to: number): Mention | null {
  for (let i = firstMentionFrom(context, to) - 1; i >= 0; i--) {
    const mention = context.mentions[i];
    if (mention.start < from) return null;
    if (mention.end <= to) return mention;
  }
  return null;
}

/** Whether only spaces stand between the start of the sentence `sentenceIndex` and a quote starting at `outerStart`. */
function startsParagraph(context: Context, outerStart: number, sentenceIndex: number): boolean {
  if (sentenceIndex < 0) return false;
  return context.text.slice(context.sentences[sentenceIndex].start, outerStart).trim() === '';
}

function span(mention: Mention): Span {
  return { start: mention.start, end: mention.end, text: mention.text };
}
