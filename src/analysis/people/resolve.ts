import type { Lexicon } from '../lexicon';
import type { Token } from '../text/tokens';
import type { Mention, MentionForm, Person } from '../types';
import type { NameCandidate } from './candidates';
import { readMentionFacts, type MentionFacts } from './roles';


interface Draft {
  /** The fullest name as written ("Robert F. Kennedy"). */
  name: string;
  nameTokens: string[];
  surname: string;
  mentions: Mention[];
  facts: MentionFacts[];
}

/**
 * Turns name candidates into people: accepts the runs that are names, links every later
 * reference ("Mr Blinken", "Brig-Gen Ryder", "Blinken") to one person, and gathers what the
 * article says of each.
 */
export function resolvePeople(text: string, tokens: readonly Token[], candidates: readonly NameCandidate[], lexicon: Lexicon): Person[] {
  const drafts: Draft[] = [];
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
  for (const candidate of candidates) {
    if (nameWords(candidate.nameTokens).length < 2) continue;
    const named = candidate.title !== null || candidate.honorific;
    if (!named && !looksLikePersonName(text, tokens, candidate, lexicon, factsOf(candidate))) continue;
    const nameTokens = nameWords(candidate.nameTokens);
    const fullName = text.slice(candidate.nameTokens[0].start, candidate.end);
    const draft = drafts.find((d) => sameName(d.nameTokens, nameTokens)) ?? newDraft(drafts, nameTokens);
    addMention(text, draft, candidate, named ? formOf(candidate) : 'full', factsOf(candidate));
    if (nameTokens.length > draft.nameTokens.length || !draft.name) {
      draft.nameTokens = nameTokens;
      draft.name = fullName;
    }
    claim(candidate);
  }

  // Titles and honorifics with a single name: "Mr Blinken", "President Putin", "Brig-Gen Ryder".
  for (const candidate of candidates) {
    if (nameWords(candidate.nameTokens).length !== 1 || (!candidate.title && !candidate.honorific)) continue;
    const surname = nameWords(candidate.nameTokens)[0];
    const draft = bySurname(drafts, surname, candidate.start) ?? newDraft(drafts, [surname]);
    addMention(text, draft, candidate, formOf(candidate), factsOf(candidate));
    claim(candidate);
  }

  // A single name that speaks is a person's even with no full name in the article: "Melanie said", "said Caddell".
  for (let k = 0; k < tokens.length; k++) {
    const token = tokens[k];
    if (claimed.has(k) || !token.capitalized || token.hyphenBefore || tokens[k + 1]?.hyphenBefore || bySurname(drafts, token.text, token.start)) continue;
    if (isSpeakingName(text, tokens, k, lexicon)) newDraft(drafts, [token.text]).name = token.text;
  }

  // A surname on its own, anywhere: "Blinken said".
  for (let k = 0; k < tokens.length; k++) {
    const token = tokens[k];
    if (claimed.has(k) || !token.capitalized || token.hyphenBefore || tokens[k + 1]?.hyphenBefore) continue;
    const draft = bySurname(drafts, token.text, token.start);
    if (!draft) continue;
    draft.mentions.push({ start: token.start, end: token.end, text: token.text, personId: '', form: 'surname' });
  }

  return finish(drafts, lexicon);
}

/** The words of a name, hyphenated parts joined again: ["Lee", "Cheuk-yan"]. */
function nameWords(tokens: readonly Token[]): string[] {
  const words: string[] = [];
  for (const token of tokens) {
    if (token.hyphenBefore && words.length > 0) words[words.length - 1] += `-${token.text}`;
    else words.push(token.text);
  }
  return words;
}

function formOf(candidate: NameCandidate): MentionForm {
  if (nameWords(candidate.nameTokens).length >= 2) return 'full';
  return candidate.honorific ? 'honorific' : 'title';
}

function newDraft(drafts: Draft[], nameTokens: string[]): Draft {
  const draft: Draft = { name: '', nameTokens, surname: surnameOf(nameTokens), mentions: [], facts: [] };
  drafts.push(draft);
  return draft;
}

function addMention(text: string, draft: Draft, candidate: NameCandidate, form: MentionForm, facts: MentionFacts): void {
  draft.mentions.push({ start: candidate.start, end: candidate.end, text: text.slice(candidate.start, candidate.end), personId: '', form });
  draft.facts.push(facts);
}

function surnameOf(nameTokens: readonly string[]): string {
  return nameTokens[nameTokens.length - 1];
}

/** "Robert F. Kennedy" and "Robert Kennedy" are one name; "John Kennedy" is another. */
function sameName(a: readonly string[], b: readonly string[]): boolean {
  if (surnameOf(a).toLowerCase() !== surnameOf(b).toLowerCase()) return false;
  const firstA = a[0].toLowerCase();
  const firstB = b[0].toLowerCase();
  return firstA === firstB || (a.length > 1 && b.length > 1 && (firstA[0] === firstB && firstB.length === 1 || firstB[0] === firstA && firstA.length === 1));
}

/** The person with this surname mentioned last before `offset`, or else first after it. */
function bySurname(drafts: readonly Draft[], surname: string, offset: number): Draft | undefined {
  const key = surname.toLowerCase();
  let best: Draft | undefined;
  let bestDistance = Infinity;
  for (const draft of drafts) {
    if (draft.surname.toLowerCase() !== key) continue;
    for (const mention of draft.mentions) {
      const distance = mention.start <= offset ? offset - mention.start : 1e12 + mention.start - offset;
      if (distance < bestDistance) {
        bestDistance = distance;
        best = draft;
      }
    }
  }
  return best;
}

/** "Melanie said" / "said Caddell": a lone capitalised word next to a speech verb, not a place or body. */
function isSpeakingName(text: string, tokens: readonly Token[], k: number, lexicon: Lexicon): boolean {
  const token = tokens[k];
  const wordClass = lexicon.wordClass(token.norm);
  if (!['firstName', 'lastName', 'person', 'unknown'].includes(wordClass) || lexicon.nationality(token.text) !== undefined) return false;
  if (lexicon.isOrganisationWord(token.text) || lexicon.matchTitle(tokens, k) || lexicon.isHonorific(token) || /^\p{Lu}+$/u.test(token.text)) return false;
  const next = tokens[k + 1];
  const previous = tokens[k - 1];
  const verbAfter = next !== undefined && lexicon.isCueVerb(next.norm) && /^ +$/.test(text.slice(token.end, next.start)) && !token.possessive;
  const verbBefore = previous !== undefined && lexicon.isCueVerb(previous.norm) && /^ +$/.test(text.slice(previous.end, token.start)) && !/^\s*\p{L}/u.test(text.slice(token.end, token.end + 2));
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
  if (classes.some((c) => c === 'place' || c === 'organization')) return false;
  if (facts.role !== null || facts.title !== null) return true;
  // The signature after a quotation: "…” — Pamela Padilla".
  if (/[”"’]\s*[―—–]{1,2}\s*$/u.test(text.slice(Math.max(0, candidate.start - 6), candidate.start))) return true;
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
    const affiliation = draft.facts.find((f) => f.affiliation)?.affiliation ?? null;
    const counterpart = draft.facts.some((f) => f.counterpart);
    const person: Person = {
      id,
      name: draft.name || draft.nameTokens.join(' '),
      title,
      role,
      affiliation,
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
  return draft.nameTokens.length > 1 ? lexicon.gender(draft.nameTokens[0].toLowerCase()) : null;
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
  for (const [from, to] of lexicon.counterpartTitles) {
    const pattern = new RegExp(`\\b${from}\\b`);
    if (pattern.test(title)) {
      title = title.replace(pattern, to);
      break;
    }
  }
  return title;
}
