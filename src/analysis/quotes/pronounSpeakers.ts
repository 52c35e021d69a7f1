import { sentenceAt } from '../text/sentences';
import { firstIndex } from '../text/search';
import type { Mention, Person, Span } from '../types';
import { objectPronounIn } from '../text/pronouns';
import { hasQuotationMark } from '../text/quotationMarks';
import { isVerbLike, subjectAt } from './subject';
import { SUBORDINATORS } from '../text/subordinators';
import { AUXILIARIES, DETERMINERS, firstMentionFrom, inStory, isOwner, lastPersonBefore, NAME_OBJECT_PREPOSITIONS, namesAThing, paragraphAt, paragraphSentences, PRONOUN_GENDER, span, startsParagraph, tokenSpan, type Attribution, type Context, type Found } from './attributionContext';
import { describedBefore, NAMED_AFTER_HEADLINE_REACH } from './descriptionSpeakers';

/** "he said": the speaker quoted just before if the gender fits, else the last person named who fits. */
export function resolvePronoun(
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
  // Read once, when a candidate is first tried: the quote may be long and many candidates tried.
  let namedInQuote: ReadonlySet<string> | undefined;
  const fits = (id: string | null): boolean => {
    const person = id === null ? undefined : context.personById.get(id);
    // A writer or a photographer credited on the page is no one the story's pronouns stand for.
    return person !== undefined && inStory(person) && (gender === null || person.gender === null || person.gender === gender) && !(namedInQuote ??= namedInside(context, offset, quoteEnd)).has(person.id);
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
    const answerer = previous.paragraph < paragraph - 1 && opensParagraph(context, offset) ? answererBefore(context, offset, fits, gender) : null;
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
 * The people the quote names by a given name: "Mae came over …," she said" is not Mae's; speakers do not call
 * themselves so. A surname alone may be a relative's ("Mr Kilbride was my father"), a name in a quotation inside
 * the quote or a name addressed ("Ruth, go home") may be the speaker's own.
 */
function namedInside(context: Context, start: number, end: number): ReadonlySet<string> {
  const { text, mentions } = context;
  const named = new Set<string>();
  // Whether a quotation opens inside the quote before the mention, read on from the last mention: once each character.
  let read = start + 1;
  let quoted = false;
  for (let i = firstMentionFrom(context, start); i < mentions.length && mentions[i].start < end; i++) {
    const mention = mentions[i];
    quoted ||= hasQuotationMark(text.slice(read, mention.start));
    read = Math.max(read, mention.start);
    if (quoted || (mention.form !== 'full' && mention.form !== 'given')) continue;
    let k = mention.start;
    while (k > start + 1 && /\s/u.test(text[k - 1])) k--;
    const addressed = (k === start + 1 || /[,.!?:]/u.test(text[k - 1])) && /^[,.!?]/u.test(text.slice(mention.end, mention.end + 1));
    if (!addressed) named.add(mention.personId);
  }
  return named;
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
  if (lastPersonBefore(context, offset, inStory) !== null) return null;
  const paragraph = paragraphAt(context, offset);
  for (let i = firstMentionFrom(context, offset); i < context.mentions.length; i++) {
    const mention = context.mentions[i];
    if (paragraphAt(context, mention.start) - paragraph > NAMED_AFTER_HEADLINE_REACH) break;
    const person = context.personById.get(mention.personId);
    if (!person || !inStory(person) || context.insideQuote(mention.start)) continue;
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
  const asked = askedFirst ? answererIn(context, sentences[first].start, sentences[k].end, fits, gender) : null;
  if (asked !== null) return asked;
  for (let i = k; i >= first; i--) {
    // "For Carmel Hogan, the experience has left her worrying …": the one the sentence is for is its topic.
    const fronted = frontedTopic(context, sentences[i], fits);
    if (fronted !== null) return fronted;
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

/** "For" or "To" opening a sentence before the person it is about, set off by a comma ("For Shabalala, …", "To Ann Lee, …"). */
const FRONTED_FOR = /^\s*(?:For|To)\s+$/u;

/** The person named in a phrase fronting the sentence that says whom it concerns ("For Carmel Hogan, the wait …"), if `fits`. */
function frontedTopic(context: Context, sentence: { start: number; end: number }, fits: (id: string | null) => boolean): string | null {
  const mention = context.mentions[firstMentionFrom(context, sentence.start)];
  if (!mention || mention.end >= sentence.end || !FRONTED_FOR.test(context.text.slice(sentence.start, mention.start))) return null;
  return /^,/u.test(context.text.slice(mention.end, mention.end + 1)) && fits(mention.personId) ? mention.personId : null;
}

/** The sentences of the paragraph before the one at `offset`, when it quotes nobody. */
function unquotedParagraphBefore(context: Context, offset: number): { first: number; last: number } | null {
  const { sentences, text } = context;
  const at = sentenceAt(sentences, offset);
  const range = at > 0 ? paragraphSentences(context, at, sentences[at].paragraph - 1) : null;
  return range && !hasQuotationMark(text.slice(sentences[range.first].start, sentences[range.last].end)) ? range : null;
}

/** The one asked a question in the paragraph before, when it quotes nobody: "Szymanski asked Janelle what she would do … ¶ "…," she said". */
function answererBefore(context: Context, offset: number, fits: (id: string | null) => boolean, gender: Person['gender']): string | null {
  const range = unquotedParagraphBefore(context, offset);
  return range ? answererIn(context, context.sentences[range.first].start, context.sentences[range.last].end, fits, gender) : null;
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

/**
 * The last person in the span asked something by name or by a description of someone named before ("asked the chief whether"), if `fits`;
 * none asked by "he" or "she" when that is the quote's own pronoun (of `gender`).
 */
function answererIn(context: Context, start: number, end: number, fits: (id: string | null) => boolean, gender: Person['gender']): string | null {
  const { tokens, text } = context;
  const wordAt = (offset: number): string => tokens[firstIndex(tokens, (token) => token.start >= offset)]?.norm ?? '';
  let answerer: string | null = null;
  for (let i = firstIndex(tokens, (token) => token.start >= start); i < tokens.length && tokens[i].start < end; i++) {
    if (!QUESTION_VERBS.has(tokens[i].norm)) continue;
    // "In the letter, she asked the judge to consider … ¶ "…," she wrote": asked by the pronoun the quote has, the asker goes on.
    const subjectWord = tokens[i - 1]?.norm ?? '';
    if ((subjectWord === 'he' || subjectWord === 'she') && PRONOUN_GENDER[subjectWord] === gender) continue;
    const verb = tokenSpan(tokens[i]);
    const named = askedBy(context, verb, fits);
    if (named !== null) {
      if (QUESTION_OPENERS.has(wordAt(context.mentions[firstMentionFrom(context, verb.end)].end))) answerer = named;
      continue;
    }
    // "Sian asked her whether …": the last one named before of the pronoun's sex, other than the one asking.
    const pronoun = /^\s+(him|her)\s+(\p{Ll}+)/u.exec(text.slice(verb.end, verb.end + 30));
    if (pronoun && QUESTION_OPENERS.has(pronoun[2])) {
      // The one asking is a name straight before the verb; "I asked her" is the reporter.
      const before = context.mentions[firstMentionFrom(context, verb.start) - 1];
      const asker = before !== undefined && /^\s+$/u.test(text.slice(before.end, verb.start)) ? before : undefined;
      const sex = pronoun[1] === 'him' ? 'male' : 'female';
      const asked = lastPersonBefore(context, verb.start, (person) => person.id !== asker?.personId && person.gender === sex && fits(person.id));
      if (asked !== null) answerer = asked;
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
