import type { Lexicon } from '../lexicon';
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
