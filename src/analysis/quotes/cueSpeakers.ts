import { sentenceAt } from '../text/sentences';
import type { Token } from '../text/tokens';
import type { Mention, Span } from '../types';
import { isGroupWord, sourceKind } from './sourceKind';
import { clauseSubject, nearestSubject } from './subject';
import { AUXILIARIES, DETERMINERS, firstMentionFrom, isOwner, lastMentionIn, OBJECT_PREPOSITIONS, opensApposition, PRONOUN_GENDER, span, tokensIn, tokenSpan, type Context, type Found, type Speaker } from './attributionContext';

const RELATIVE = new Set(['who', 'which']);
const POSSESSIVE_DETERMINERS = new Set(['his', 'her', 'their']);
/** Past tenses of common cue verbs that do not end in "-ed". */
const IRREGULAR_PAST_CUES = new Set(['said', 'told', 'wrote', 'spoke', 'thought', 'felt']);
/** Group words that can stand alone before a verb as its subject ("staff wrote"); quantifiers ("few", "all") cannot. */
const QUANTIFIERS = new Set(['many', 'some', 'others', 'both', 'all', 'several', 'few', 'they', 'we', 'majority', 'minority', 'everyone', 'everybody']);
/** Words that may join the capitalised words of a body's name ("Council on Foreign Relations"). */
export const NAME_JOINERS = new Set(['of', 'for', 'on', 'and', 'the']);
const DESCRIPTION_START = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'one', 'another', 'this', 'these']);
/**
 * Between a speaker and the cue verb: nothing, a label in brackets ("(D-Wis.)"), where they are
 * from ("Ms. Hill of the Sierra Club said", "X of the Center for Nonproliferation Studies wrote"), a descriptor
 * set off by commas ("Hugh Hill, a doctor, said"), an adverb, a verb joined by "and", perhaps with its particle ("he laughed and said", "she leaned in and said").
 */
const SUBJECT_GAP = /^(?:['’](?:s|d|ll|ve|re))?\s*(?:\([^()]{1,80}\))?(?:\s+(?:of|from|at)\s+(?:the\s+)?\p{Lu}[\p{L}.'’&-]*(?:\s+(?:(?:of|for|on|and)\s+(?:the\s+)?)?\p{Lu}[\p{L}.'’&-]*){0,7}\s*)?\s*(?:(?:,[^,"“”]{1,150}){1,5},)?(?:\s*\b(?:went on to|goes on to|go on to|continued to|himself|herself|themselves|itself|is|was|are|were|has|had|have|will|would|did|does|do|can|could|may|might|should|must|also|again|then|later|once|further|repeatedly|recently|been|not|never|all|both|often|still|now|always|usually|sometimes|even|just|\p{L}+ly|\p{Ll}{3,}ed(?:\s+(?:in|up|over|back|forward|down|out|around|away))?\s+and)\b)*\s*$/u;
/** Between a cue verb and a speaker after it: nothing, or a descriptor ("said a US spokesman, X"; "according to"). */
const OBJECT_GAP = /^\s+(?:(?:a|an|the|his|her|their|its)\s[^,"“”.!?;]{1,60},\s*)?$/u;
/** Words of a description standing before its cue verb ("the Ohio senator and presidential candidate said"). */
const MAX_DESCRIPTION = 9;

/** A description set off by a comma after a name, up to a relative pronoun: "X, a former aide who". */
const APPOSED_DESCRIPTION = /^\s*,\s*(?:\d{1,3},\s*)?(?:(?:a|an|the|one)\s[^,;:"“”()]{1,160}?)?\s*$/u;

/**
 * The person a relative pronoun at `at` stands for: the name just before its comma ("X, who"), or
 * before the description it follows ("X, 32, a former aide who"); null for anything else ("a voice that").
 */
export function relativeAntecedent(context: Context, from: number, at: number): string | null {
  // The description may name others: "X, a former chairman of Mr. Y's council who".
  for (let i = firstMentionFrom(context, at) - 1, seen = 0; i >= 0 && seen < 3 && context.mentions[i].start >= from; i--, seen++) {
    const antecedent = context.mentions[i];
    if (antecedent.end <= at && APPOSED_DESCRIPTION.test(context.text.slice(antecedent.end, at))) return antecedent.personId;
  }
  return null;
}

/** Finds a cue verb in [from, to) and the speaker tied to it. `before` prefers the last cue. */
export function findCueAndSpeaker(context: Context, from: number, to: number, where: 'before' | 'after'): Found | null {
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
export function capitalisedRunEndingAt(context: Context, before: readonly Token[], last: number): Span | null {
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
export function premodifiersOnly(context: Context, from: number, to: number, determiner = false): boolean {
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
