import type { PeopleContext } from '../context';
import type { Lexicon } from '../lexicon';
import { hasQuotationMark } from '../text/quotationMarks';
import { firstIndex } from '../text/search';
import { SUBORDINATORS } from '../text/subordinators';
import { surnameWord } from './names';
import type { GenderEvidence, Person, Quote } from '../types';
import type { Draft } from './registry';

type Gender = Person['gender'];

export interface InferredGender {
  gender: Gender;
  evidence: GenderEvidence | null;
}

const NONE: InferredGender = { gender: null, evidence: null };

/**
 * What the article's own words say: an honorific ("Mrs Okafor"), else a gendered title
 * ("Queen", "Spokeswoman"), else a gendered role ("her husband, …"), else — weakest — a given
 * name compromise lists as male or female.
 * Pronouns come later, once quotes are attributed (`addPronounEvidence`).
 */
export function genderFromWords(draft: Draft, lexicon: Lexicon): InferredGender {
  let honorific: { word: string; gender: Gender; count: number } | null = null;
  for (const mention of draft.mentions) {
    // An honorific opens the mention ("Mrs Okoro"); two that disagree leave only the given name.
    const word = /^[^\s.]+/.exec(mention.text)?.[0] ?? '';
    const gender = openingHonorificGender(mention.text, lexicon);
    if (!gender) continue;
    if (honorific && honorific.gender !== gender) return genderFromNames(draft, lexicon);
    if (honorific) honorific.count++;
    else honorific = { word, gender, count: 1 };
  }
  if (honorific) return { gender: honorific.gender, evidence: { kind: 'honorific', text: honorific.word, count: honorific.count } };
  for (const facts of draft.facts) {
    const gender = facts.title ? lexicon.titleGender(facts.title) : null;
    if (gender) return { gender, evidence: { kind: 'title', text: facts.title!, count: 1 } };
  }
  // What the article calls them: "her husband, Marek Ostrowski", "a woman, 34".
  for (const facts of draft.facts) {
    const gender = facts.role ? lexicon.roleGender(facts.role) : null;
    if (gender) return { gender, evidence: { kind: 'role', text: facts.role!, count: 1 } };
  }
  return genderFromNames(draft, lexicon);
}

/** The gender of the honorific a mention opens with ("Mrs. Okoro" → female), if it opens with one that has one. */
export function openingHonorificGender(text: string, lexicon: Lexicon): Gender {
  const word = /^[^\s.]+/u.exec(text)?.[0] ?? '';
  return lexicon.honorificGender(word.toLowerCase());
}

/** The weakest evidence: a given name compromise lists as male or female. */
function genderFromNames(draft: Draft, lexicon: Lexicon): InferredGender {
  if (draft.nameWords.length > 1) {
    const given = draft.nameWords[0];
    const gender = lexicon.gender(given.toLowerCase());
    const written = given === given.toUpperCase() ? given[0] + given.slice(1).toLowerCase() : given;
    if (gender) return { gender, evidence: { kind: 'givenName', text: written, count: 1 } };
  }
  return NONE;
}

const PRONOUN_GENDER: ReadonlyMap<string, 'male' | 'female'> = new Map([
  ['he', 'male'],
  ['him', 'male'],
  ['his', 'male'],
  ['she', 'female'],
  ['her', 'female'],
]);

/**
 * "she said", resolved to a person by quote attribution: such pronouns outweigh a given name, and
 * give a gender to a person who had none. An honorific or a gendered title, stated by the article,
 * is kept; pronouns that disagree among themselves give nothing.
 */
export function addPronounEvidence(people: readonly Person[], quotes: readonly Quote[]): void {
  const counts = new Map<string, Map<'male' | 'female', { text: string; count: number }>>();
  for (const quote of quotes) {
    if (!quote.speakerId || !quote.speakerMention) continue;
    const gender = PRONOUN_GENDER.get(quote.speakerMention.text.toLowerCase());
    if (!gender) continue;
    const byGender = counts.get(quote.speakerId) ?? new Map();
    const entry = byGender.get(gender) ?? { text: quote.speakerMention.text.toLowerCase(), count: 0 };
    entry.count++;
    byGender.set(gender, entry);
    counts.set(quote.speakerId, byGender);
  }
  for (const person of people) {
    const byGender = counts.get(person.id);
    if (!byGender || byGender.size !== 1) continue;
    if (person.genderEvidence?.kind === 'honorific' || person.genderEvidence?.kind === 'title') continue;
    const [[gender, entry]] = [...byGender];
    person.gender = gender;
    person.genderEvidence = { kind: 'pronoun', text: entry.text, count: entry.count };
  }
}

/**
 * "Raman, 35, trained in Ahmedabad. She pays weavers double": a sentence that names one person and
 * nobody else, and the next sentence of its paragraph opening with "he" or "she", give that person
 * the pronoun's gender — when the first sentence holds no other word of that gender ("his brother",
 * "him") the pronoun could stand for, and no quotation marks. Only people with no gender from the
 * article's words get one, and only when every such pair agrees: names no given-name list knows
 * ("Kavitha", "Murugesan") are where attribution most needs it. Changes `people` in place.
 */
export function addNarrativeGender(article: PeopleContext): void {
  const { text, sentences, tokens, mentions, lexicon } = article;
  const votes = new Map<string, Set<'male' | 'female'>>();
  const vote = (personId: string, gender: 'male' | 'female'): void => {
    const byPerson = votes.get(personId) ?? new Set();
    byPerson.add(gender);
    votes.set(personId, byPerson);
  };
  const personName = new Map(article.people.map((person) => [person.id, person.name]));
  const surnameCounts = new Map<string, number>();
  for (const person of article.people) surnameCounts.set(surnameOf(person.name), (surnameCounts.get(surnameOf(person.name)) ?? 0) + 1);
  const sharedSurnames = new Set([...surnameCounts].filter(([, count]) => count > 1).map(([surname]) => surname));
  let m = 0;
  let t = 0;
  for (let s = 0; s + 1 < sentences.length; s++) {
    const sentence = sentences[s];
    const next = sentences[s + 1];
    while (m < mentions.length && mentions[m].start < sentence.start) m++;
    while (t < tokens.length && tokens[t].start < next.start) t++;
    const opener = tokens[t];
    // The pronoun opens the sentence itself, not a quotation in it ("“She is a good girl,” he says").
    const opens = opener !== undefined && opener.start < next.end && opener.capitalized && /^\s*$/u.test(text.slice(next.start, opener.start));
    const gender = opens ? PRONOUN_GENDER.get(opener.norm) : undefined;
    if (!gender || next.paragraph !== sentence.paragraph || mentions[m] === undefined || mentions[m].start >= sentence.end) continue;
    const personId = mentions[m].personId;
    let only = true;
    for (let k = m; k < mentions.length && mentions[k].start < sentence.end; k++) only &&= mentions[k].personId === personId;
    // A sentence holding quotation marks may name someone who is only spoken of.
    if (!only || hasQuotationMark(text.slice(sentence.start, sentence.end))) continue;
    // "Clinton" in an article about both Clintons may be either: only a name that tells them apart counts.
    if (mentions[m].form !== 'full' && sharedSurnames.has(surnameOf(personName.get(personId) ?? ''))) continue;
    if (sameGenderWordIn(article, sentence, gender, lexicon)) continue;
    vote(personId, gender);
  }
  for (const sentence of sentences) {
    const clause = subordinateClauseVote(article, sentence, sharedSurnames);
    if (clause) vote(clause.personId, clause.gender);
  }
  for (const person of article.people) {
    const genders = votes.get(person.id);
    if (person.gender !== null || genders?.size !== 1) continue;
    person.gender = [...genders][0];
    person.genderEvidence = { kind: 'pronoun', text: person.gender === 'male' ? 'he' : 'she', count: 1 };
  }
}

const surnameOf = (name: string): string => surnameWord(name.split(/\s+/u)).toLowerCase();

/**
 * "When Şükran Eroğlu retired after 38 years, she planned …": a sentence opened by a clause before the
 * main one whose subject is a person, naming nobody else and no other word of a gender, and whose main
 * clause opens with "he" or "she" after the comma. The pronoun is the person named, as the clause before it has nobody else.
 */
function subordinateClauseVote(article: PeopleContext, sentence: { start: number; end: number }, sharedSurnames: ReadonlySet<string>): { personId: string; gender: 'male' | 'female' } | null {
  const { text, tokens, mentions, lexicon } = article;
  const first = firstIndex(tokens, (token) => token.start >= sentence.start);
  if (!SUBORDINATORS.has(tokens[first]?.norm ?? '') || tokens[first].start >= sentence.end) return null;
  // The main clause's pronoun: the first "he" or "she" straight after a comma.
  let k = first + 1;
  while (k < tokens.length && tokens[k].start < sentence.end && !(PRONOUN_GENDER.has(tokens[k].norm) && /,\s*$/u.test(text.slice(tokens[k - 1].end, tokens[k].start)))) k++;
  const pronoun = tokens[k];
  const gender = pronoun !== undefined && pronoun.start < sentence.end && (pronoun.norm === 'he' || pronoun.norm === 'she') ? PRONOUN_GENDER.get(pronoun.norm) : undefined;
  if (!gender) return null;
  const clause = { start: sentence.start, end: pronoun.start };
  const m = firstIndex(mentions, (mention) => mention.start >= clause.start);
  const mention = mentions[m];
  // The person is the clause's subject, straight after its first word.
  if (mention === undefined || mention.start !== tokens[first + 1]?.start || mention.end > clause.end || hasQuotationMark(text.slice(sentence.start, sentence.end))) return null;
  for (let i = m; i < mentions.length && mentions[i].start < clause.end; i++) if (mentions[i].personId !== mention.personId) return null;
  const person = article.people.find((candidate) => candidate.id === mention.personId);
  if (!person || (mention.form !== 'full' && sharedSurnames.has(surnameOf(person.name)))) return null;
  return sameGenderWordIn(article, clause, gender, lexicon) ? null : { personId: person.id, gender };
}

/** The third-person words of each gender a sentence may hold for someone other than the person it names. */
const GENDERED_WORDS: ReadonlyMap<string, 'male' | 'female'> = new Map([...PRONOUN_GENDER, ['himself', 'male'], ['hers', 'female'], ['herself', 'female']]);

/**
 * A word of the gender in the sentence besides the person's name: a pronoun ("lost her job" too: reading a
 * possessive as the subject's own gained nothing on the pages it was tried on) or a role ("his brother").
 */
function sameGenderWordIn(article: PeopleContext, sentence: { start: number; end: number }, gender: 'male' | 'female', lexicon: Lexicon): boolean {
  const { tokens } = article;
  for (let i = firstIndex(tokens, (token) => token.start >= sentence.start); i < tokens.length && tokens[i].start < sentence.end; i++) {
    const norm = tokens[i].norm;
    if ((GENDERED_WORDS.get(norm) ?? lexicon.roleGender(norm)) === gender) return true;
  }
  return false;
}
