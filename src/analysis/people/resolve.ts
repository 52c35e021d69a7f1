import type { Lexicon } from '../lexicon';
import type { Token } from '../text/tokens';
import type { Mention, MentionForm, Person } from '../types';
import type { NameCandidate } from './candidates';
import { familyNameFirst, nameWords } from './names';
import { knownAffiliation } from './officeHolders';
import { PeopleRegistry, type Draft } from './registry';
import { readMentionFacts, type MentionFacts } from './roles';


/**
 * Turns name candidates into people: accepts the runs that are names, links every later
 * reference ("Mr Blinken", "Brig-Gen Ryder", "Blinken") to one person, and gathers what the
 * article says of each.
 */
export function resolvePeople(text: string, tokens: readonly Token[], candidates: readonly NameCandidate[], lexicon: Lexicon): Person[] {
  const registry = new PeopleRegistry();
  const claimed = new Set<number>();
  const claim = (candidate: NameCandidate): void => {
    for (let k = candidate.firstToken; k < candidate.endToken; k++) claimed.add(k);
  };
  const facts = new Map<NameCandidate, MentionFacts>();
  const factsOf = (candidate: NameCandidate): MentionFacts => {
    let found = facts.get(candidate);
    if (!found) {
      found = readMentionFacts(text, tokens, candidate, lexicon);
      facts.set(candidate, found);
    }
    return found;
  };

  // Full names first, so that shorter references can be linked to them wherever they occur.
  const fullNames = candidates.filter((candidate) => nameWords(candidate.nameTokens).length >= 2);
  const accepted = fullNames.map((candidate) => candidate.title !== null || candidate.honorific || looksLikePersonName(text, tokens, candidate, lexicon, factsOf(candidate)));
  acceptListedNames(text, fullNames, accepted, lexicon);
  for (const [index, candidate] of fullNames.entries()) {
    if (!accepted[index]) continue;
    const named = candidate.title !== null || candidate.honorific;
    const words = nameWords(candidate.nameTokens);
    const fullName = text.slice(candidate.nameTokens[0].start, candidate.end);
    const draft = registry.withName(words) ?? registry.create(words, fullName);
    registry.addNamingMention(draft, mentionOf(text, candidate, named ? formOf(candidate) : 'full'), factsOf(candidate));
    if (words.length > draft.nameWords.length) {
      draft.nameWords = words;
      draft.name = fullName;
    }
    claim(candidate);
  }

  // Titles and honorifics with a single name: "Mr Blinken", "President Putin", "Brig-Gen Ryder".
  for (const candidate of candidates) {
    if (nameWords(candidate.nameTokens).length !== 1 || (!candidate.title && !candidate.honorific)) continue;
    const surname = nameWords(candidate.nameTokens)[0];
    const draft = registry.withSurname(surname, candidate.start) ?? registry.create([surname], surname);
    registry.addNamingMention(draft, mentionOf(text, candidate, formOf(candidate)), factsOf(candidate));
    claim(candidate);
  }

  // A single name that speaks is a person's even with no full name in the article: "Melanie said", "said Caddell".
  for (let k = 0; k < tokens.length; k++) {
    const token = tokens[k];
    if (claimed.has(k) || !token.capitalized || token.hyphenBefore || tokens[k + 1]?.hyphenBefore || registry.withSurname(token.text, token.start)) continue;
    if (isSpeakingName(text, tokens, k, lexicon)) registry.create([token.text], token.text);
  }

  // A given name alone: the one person of that full name ("Daniel" for Daniel Montalvo), or else someone
  // the article calls only by that name, more than once ("Gloria developed eczema … Gloria's skin").
  const givenNames = new Map<string, number[]>();
  for (let k = 0; k < tokens.length; k++) {
    const token = tokens[k];
    if (claimed.has(k) || !token.capitalized || token.hyphenBefore || tokens[k + 1]?.hyphenBefore || tokens[k + 1]?.capitalized && /^ $/.test(text.slice(token.end, tokens[k + 1].start))) continue;
    if (lexicon.wordClass(token.norm) !== 'firstName' || registry.withSurname(token.text, token.start)) continue;
    const seen = givenNames.get(token.text) ?? [];
    seen.push(k);
    givenNames.set(token.text, seen);
  }
  for (const [name, seen] of givenNames) {
    const known = registry.withGivenName(name);
    if (known) {
      for (const k of seen) known.mentions.push({ start: tokens[k].start, end: tokens[k].end, text: tokens[k].text, personId: '', form: 'given' });
    } else if (seen.length >= 2) {
      registry.create([name], name);
    }
  }

  // A surname on its own, anywhere: "Blinken said".
  for (let k = 0; k < tokens.length; k++) {
    const token = tokens[k];
    if (claimed.has(k) || !token.capitalized || token.hyphenBefore || tokens[k + 1]?.hyphenBefore) continue;
    // "the Warhol Foundation", "Warhol Polaroids": a surname inside a longer name is not a mention.
    const next = tokens[k + 1];
    if (next?.capitalized && !token.possessive && /^ $/.test(text.slice(token.end, next.start))) continue;
    const draft = registry.withSurname(token.text, token.start);
    if (!draft) continue;
    draft.mentions.push({ start: token.start, end: token.end, text: token.text, personId: '', form: 'surname' });
  }

  return finish(registry.drafts, lexicon);
}

function formOf(candidate: NameCandidate): MentionForm {
  if (nameWords(candidate.nameTokens).length >= 2) return 'full';
  return candidate.honorific ? 'honorific' : 'title';
}

function mentionOf(text: string, candidate: NameCandidate, form: MentionForm): Mention {
  return { start: candidate.start, end: candidate.end, text: text.slice(candidate.start, candidate.end), personId: '', form };
}

/** The plainest speech verbs: a lone unknown word before one of these is a name ("Caddell continued"). */
const PLAIN_SPEECH = new Set(['said', 'says', 'told', 'tells', 'added', 'adds', 'asked', 'asks', 'wrote', 'writes', 'continued', 'explained', 'replied']);

/** Between two names of one list: a comma, "and", "or". */
const LIST_SEPARATOR = /^\s*(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)$/u;

/**
 * A name listed with people's names is a person's too: in "Romelu Lukaku, Yannick Carrasco and
 * Dries Mertens" one known given name vouches for the others. Runs with a place, a body or an
 * organisation word in them are never taken this way.
 */
function acceptListedNames(text: string, runs: readonly NameCandidate[], accepted: boolean[], lexicon: Lexicon): void {
  const plausible = runs.map((run) =>
    !lexicon.isOrganisationWord(run.nameTokens[run.nameTokens.length - 1].text) &&
    // A capitalised verb inside a list of names is a name too: "Dries Mertens".
    run.nameTokens.every((token) => ['unknown', 'firstName', 'lastName', 'person', 'verb'].includes(lexicon.wordClass(token.norm))),
  );
  /** Runs i and i + 1 stand in one list. */
  const listed = (i: number): boolean => LIST_SEPARATOR.test(text.slice(runs[i].end, runs[i + 1].start));
  // Forward then backward: acceptance spreads along a whole list in two sweeps, in linear time.
  for (let i = 1; i < runs.length; i++) {
    if (!accepted[i] && plausible[i] && accepted[i - 1] && listed(i - 1)) accepted[i] = true;
  }
  for (let i = runs.length - 2; i >= 0; i--) {
    if (!accepted[i] && plausible[i] && accepted[i + 1] && listed(i)) accepted[i] = true;
  }
}

/** "Melanie said" / "said Caddell": a lone capitalised word next to a speech verb, not a place or body. */
function isSpeakingName(text: string, tokens: readonly Token[], k: number, lexicon: Lexicon): boolean {
  const token = tokens[k];
  const wordClass = lexicon.wordClass(token.norm);
  const known = wordClass === 'firstName' || wordClass === 'lastName' || wordClass === 'person';
  if (!known && wordClass !== 'unknown') return false;
  if (lexicon.nationality(token.text) !== undefined || lexicon.isOrganisationWord(token.text) || lexicon.matchTitle(tokens, k) || lexicon.isHonorific(token) || /^\p{Lu}+$/u.test(token.text)) return false;
  const next = tokens[k + 1];
  const previous = tokens[k - 1];
  if (previous && ['the', 'a', 'an'].includes(previous.norm)) return false;
  const verbAfter = next !== undefined && !token.possessive && /^ +$/.test(text.slice(token.end, next.start))
    && (known ? lexicon.isCueVerb(next.norm) : PLAIN_SPEECH.has(next.norm));
  const verbBefore = previous !== undefined && /^ +$/.test(text.slice(previous.end, token.start)) && !/^\s*\p{L}/u.test(text.slice(token.end, token.end + 2))
    && (known ? lexicon.isCueVerb(previous.norm) : PLAIN_SPEECH.has(previous.norm));
  return verbAfter || verbBefore;
}

/** Evidence that a bare capitalised run such as "Sergei Shoigu" names a person, not a place or body. */
function looksLikePersonName(text: string, tokens: readonly Token[], candidate: NameCandidate, lexicon: Lexicon, facts: MentionFacts): boolean {
  const words = candidate.nameTokens;
  if (lexicon.isOrganisationWord(words[words.length - 1].text)) return false;
  const whole = lexicon.wordClass(words.map((w) => w.norm).join(' '));
  if (whole === 'place' || whole === 'organization') return false;
  const classes = words.map((w) => lexicon.wordClass(w.norm));
  const last = classes[classes.length - 1];
  if (classes[0] === 'firstName') return !classes.slice(1).some((c) => c === 'organization');
  // A role set beside the run outweighs one word that is also a place: "Valeska Paris, an Australian woman".
  if (facts.role !== null || facts.title !== null) return !classes.some((c) => c === 'organization');
  if (classes.some((c) => c === 'place' || c === 'organization')) return false;
  // The signature after a quotation: "…” — Pamela Padilla".
  if (/[”"’]\s*[―—–]{1,2}\s*$/u.test(text.slice(Math.max(0, candidate.start - 6), candidate.start))) return true;
  // A romanised given name with a lower-case hyphenated syllable ("Lee Cheuk-yan"), or a Chinese or
  // Korean family name before romanised given names ("Park Joo-Ho", "Wen Jiabao").
  if (/^\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+-\p{Ll}+$/u.test(text.slice(candidate.start, candidate.end))) return true;
  if (familyNameFirst(nameWords(words))) return true;
  // Words compromise does not know at all, or a known surname at the end: "Romelu Lukaku", "Ansel Adams".
  if (((last === 'lastName' || last === 'person') && classes[0] === 'unknown')) return true;
  const after = tokens[candidate.endToken];
  return after !== undefined && lexicon.isCueVerb(after.norm) && /^\s+$/.test(text.slice(candidate.end, after.start));
}

function finish(drafts: readonly Draft[], lexicon: Lexicon): Person[] {
  const people = drafts
    .filter((draft) => draft.mentions.length > 0)
    .map((draft) => {
      draft.mentions.sort((a, b) => a.start - b.start);
      return draft;
    })
    .sort((a, b) => a.mentions[0].start - b.mentions[0].start);

  const result: Person[] = [];
  people.forEach((draft, index) => {
    const id = `p${index + 1}`;
    const title = draft.facts.find((f) => f.title)?.title ?? null;
    const role = draft.facts.find((f) => f.role)?.role ?? null;
    const stated = draft.facts.find((f) => f.affiliation)?.affiliation ?? null;
    const known = stated ? null : knownAffiliation(draft.nameWords, title, lexicon);
    const counterpart = draft.facts.some((f) => f.counterpart);
    const person: Person = {
      id,
      name: draft.name || draft.nameWords.join(' '),
      title,
      role,
      affiliation: stated ?? known,
      affiliationSource: stated ? 'article' : known ? 'reference' : null,
      official: title !== null || (role !== null && lexicon.isOfficialRole(role)),
      gender: genderOf(draft, lexicon),
      mentions: draft.mentions.map((m) => ({ ...m, personId: id })),
    };
    if (counterpart && !title) person.title = counterpartTitle(result, draft.mentions[0].start, lexicon);
    result.push(person);
  });
  return result;
}

/** From an honorific in any mention ("Mr Blinken"), else from the given name. */
function genderOf(draft: Draft, lexicon: Lexicon): Person['gender'] {
  for (const mention of draft.mentions) {
    const gender = mention.form === 'honorific' ? lexicon.gender(mention.text.split(/[\s.]+/)[0].toLowerCase()) : null;
    if (gender) return gender;
  }
  return draft.nameWords.length > 1 ? lexicon.gender(draft.nameWords[0].toLowerCase()) : null;
}

/** "his Russian counterpart": the office of the official named last before, as held abroad. */
function counterpartTitle(earlier: readonly Person[], offset: number, lexicon: Lexicon): string | null {
  let referent: Person | undefined;
  let nearest = -1;
  for (const person of earlier) {
    if (!person.title) continue;
    for (const mention of person.mentions) {
      if (mention.start < offset && mention.start > nearest) {
        nearest = mention.start;
        referent = person;
      }
    }
  }
  if (!referent?.title) return null;
  let title = referent.title;
  for (const [pattern, to] of lexicon.counterpartTitles) {
    if (pattern.test(title)) {
      title = title.replace(pattern, to);
      break;
    }
  }
  return title;
}
