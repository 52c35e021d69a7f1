import type { Lexicon } from '../lexicon';
import type { QuoteSourceKind } from '../types';
import words from '../lexicon/sourceWords.json';

const ANONYMOUS = new Set(words.anonymous);
const DOCUMENT = new Set(words.document);
const PUBLICATION = new Set(words.publication);
const ORGANISATION = new Set(words.organisation);
const GROUP = new Set(words.group);
const INDEFINITE = new Set(['a', 'an', 'one', 'another']);
const PERSON_PRONOUNS = new Set(['he', 'she', 'i', 'me', 'him', 'her', 'who', 'whom']);

/**
 * What kind of source the words naming a quote's source are, when they are not a named person:
 * "the report" a document, "the newspaper" or "The Washington Post" a publication, "TransLink" or
 * "the campaign" an organisation, "officials", "Democrats" or "they" a group, "a senior official" anonymous,
 * "the senator" a person. Decided by the head (last) word, then by how the phrase opens.
 */
export function sourceKind(phrase: string, lexicon: Lexicon): QuoteSourceKind {
  // The head phrase ends before a post-modifier: "a spokesman for the mayor", "the report by the panel".
  const headPhrase = phrase.split(/\s(?:for|of|to|at|from|with|by|on|in)\s/u)[0];
  const ws = headPhrase.split(/[\s—–-]+/).map((w) => w.replace(/['’]s?$|[.,;:]$/u, '')).filter(Boolean);
  if (ws.length === 0) return 'person';
  const head = ws[ws.length - 1];
  const norm = head.toLowerCase();
  const first = ws[0].toLowerCase();
  if (ws.length === 1 && PERSON_PRONOUNS.has(norm)) return 'person';
  if (ws.length === 1 && (norm === 'it' || norm === 'which' || norm === 'that')) return 'organisation';
  if (ANONYMOUS.has(norm)) return 'anonymous';
  if (DOCUMENT.has(norm)) return 'document';
  if (PUBLICATION.has(norm) || lexicon.isPublicationName(head)) return 'publication';
  const capitalised = /^\p{Lu}/u.test(head);
  // A name the people finder did not take: "Warren Gunnels" opens with a given name.
  const opening = lexicon.wordClass(ws[0].toLowerCase());
  if (capitalised && ws.length > 1 && (opening === 'firstName' || opening === 'person')) return 'person';
  if (ORGANISATION.has(norm) || (capitalised && (lexicon.isOrganisationWord(head) || lexicon.wordClass(norm) === 'organization'))) return 'organisation';
  if (GROUP.has(norm) || (!capitalised && isPlural(norm, lexicon)) || (capitalised && /[^sui]s$/.test(norm))) return 'group';
  if (INDEFINITE.has(first)) return 'anonymous';
  // A capitalised name that is not a person's ("TransLink", "Pew"): a body.
  if (capitalised && ws.every((w) => /^\p{Lu}/u.test(w) || w === 'the' || w === 'of')) return 'organisation';
  return 'person';
}

/** A word that names people as a group: "staff", "protesters", "many". */
export function isGroupWord(norm: string): boolean {
  return GROUP.has(norm);
}

/** "officials", "protesters": a plural noun, told by its ending and its singular. */
function isPlural(norm: string, lexicon: Lexicon): boolean {
  if (!/[^s]s$/.test(norm) || norm.length < 4) return false;
  const singular = norm.endsWith('ies') ? `${norm.slice(0, -3)}y` : norm.slice(0, -1);
  return lexicon.isRoleNoun(singular) || lexicon.wordClass(norm) !== 'verb';
}
