import { sentenceAt } from '../text/sentences';
import { firstIndex } from '../text/search';
import { surnameWord } from '../people/names';
import type { Mention, Person } from '../types';
import { firstMentionFrom, inStory, lastPersonBefore, opensApposition, paragraphAt, paragraphSentences, PRONOUN_GENDER, type Context, type Found } from './attributionContext';

/**
 * "the ambassador said": the person last named before with that word in their title or role;
 * failing that, "the rookie defenceman said" (a definite description of a person) is the person
 * named last, if that was within the paragraph or the one before.
 */
export function resolveDescription(context: Context, found: Found, offset: number): string | null {
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
export const NAMED_AFTER_HEADLINE_REACH = 16;

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

/** "of two", "of 3" after a word for a parent: the count of their children ("the father of two"), not the phrase's head. */
const CHILDREN_COUNTED = /\s+of\s+(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten)\s*$/iu;

export function describedBefore(context: Context, found: Found, offset: number): string | null {
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
    if (!context.insideQuote(mention.start) && inStory(context.personById.get(mention.personId))) return mention;
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
