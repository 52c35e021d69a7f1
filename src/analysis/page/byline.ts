import type { Lexicon } from '../lexicon';
import { ARABIC_ARTICLE, SURNAME_PARTICLES } from '../people/names';
import { endsSentence, isSkipLink, wordsOf } from './shapes';

const NAME_CLASSES = new Set(['unknown', 'firstName', 'lastName', 'person']);
/** Beside a date line a name may hold a word compromise knows as a place ("Salem", "Austin"). */
const NAME_OR_PLACE_CLASSES = new Set([...NAME_CLASSES, 'place']);

/**
 * A byline: "By Name and Name", "By Name, Correspondent", "By Name | Paper staff", or a name
 * alone on its line ("JANE DOE", "Sarah Lind", "Sarah Lind | The Courier") whose first word compromise knows as a
 * given name, or whose words it knows only as names or not at all. A name may say where its writer
 * filed from, as some papers print it ("Sarah Lind in Oslo", "Sarah Lind in Oslo and Tom Roe in Rome").
 * Returns where the names start in the paragraph, or -1. Without `unknownNames`, only the first kind of
 * name line counts: the others are bylines only in the page's head. `besideDate`: the line is set in
 * one block with a date line, as a byline is; then a word compromise knows as a place may be a name
 * too ("Salem Gebrehiwet"), though not the whole line ("Hong Kong"), and a news agency alone ("AFP")
 * signs the story.
 */
export function bylineStart(paragraph: string, lexicon: Lexicon, unknownNames = true, besideDate = false): number {
  const words = wordsOf(paragraph);
  if (words.length === 0 || words.length > 14 || (endsSentence(paragraph) && !/\.$/u.test(paragraph))) return -1;
  // "Skip Navigation": compromise knows "Skip" as a given name.
  if (isSkipLink(paragraph)) return -1;
  const by = BY_LABEL.exec(paragraph) ?? GLUED_BY.exec(paragraph);
  // The label's pattern ignores case, and so would its look for a capital: the names open with one, or
  // with the writer's job in lower case ("By court reporter Ann Berg"), not "By continuing you accept …".
  if (by && NAMES_AFTER_LABEL.test(paragraph.slice(by[0].length))) {
    const job = /^(?:\p{Ll}+\s+)+/u.exec(paragraph.slice(by[0].length))?.[0];
    if (!job || wordsOf(job).some((word) => lexicon.isRoleNoun(word))) return by[0].length;
  }
  // A dash and names signs a story off, as some sites print the byline at its end ("— Ann Berg, Reuters").
  const dash = SIGN_OFF.exec(paragraph);
  if (dash) {
    const names = bylineStart(paragraph.slice(dash[0].length), lexicon, unknownNames, besideDate);
    return names === 0 ? dash[0].length : -1;
  }
  // Beside the date, a news agency alone signs the story ("AFP").
  if (besideDate && words.length <= 2 && (words.every((word) => lexicon.isNewsAgency(word)) || lexicon.isNewsAgency(words.join(' ')))) return 0;
  // "Jane Roe | The Daily Courier", "Jane Roe · CBC News": the outlet after a bar or a dot is not a name.
  const bar = paragraph.search(/[|·•]/u);
  const namePart = withoutAffiliation(bar > 0 ? paragraph.slice(0, bar) : paragraph, lexicon);
  // Slashes join a picture's credits ("JANE ROE/AFP/GETTY IMAGES") and a menu's items ("Business / Tech"), never names.
  if (namePart.includes('/')) return -1;
  const parts = namePart.split(/,\s*/u);
  // "Jane Roe, Political Editor", "Jane Roe, BBC News, Oslo": after the names, what the writer is and where.
  while (parts.length > 1 && isDescriptor(parts[parts.length - 1], lexicon, parts.length > 2 && isDescriptor(parts[parts.length - 2], lexicon))) parts.pop();
  const names = parts.join(', ').split(/\s+(?:and|&)\s+|,\s*/u).filter((name) => name.trim() !== '').map((name) => withoutFiledFrom(name, lexicon));
  const firstByGivenName = names.length > 1 && lexicon.wordClass((wordsOf(names[0])[0] ?? '').toLowerCase()) === 'firstName';
  const nameClasses = besideDate ? NAME_OR_PLACE_CLASSES : NAME_CLASSES;
  const looksLikeNames = wordsOf(names.join(' ')).length <= 8 && names.length > 0 && names.every((name, i) => {
    // Particles inside a name are in lower case ("Ana de la Cruz", "Pieter van der Berg", "Layla al-Khafaji"); the rest is capitalised.
    const parts = wordsOf(name).filter((part, k) => k === 0 || !SURNAME_PARTICLES.has(part)).map((part, k) => (k === 0 ? part : part.replace(ARABIC_ARTICLE, '')));
    if (parts.length < 2 || parts.length > 4 || !parts.every((part) => /^\p{Lu}/u.test(part))) return false;
    // A given name compromise knows, or two or three words it knows as no English word, place or body ("Tariq Najjar").
    // "Hong Kong", "New York": a place compromise knows, printed alone as a menu's item.
    if (lexicon.wordClass(parts.join(' ').toLowerCase()) === 'place') return false;
    // A paper's word joined by a hyphen names the paper ("Regina Leader-Post", "Pittsburgh Post-Gazette"), never a surname.
    if (parts.some((part) => part.includes('-') && part.split('-').some((piece) => lexicon.isPublicationName(piece)))) return false;
    const classes = parts.map((part) => lexicon.wordClass(part.toLowerCase()));
    // After a first name opened by a given name, the others are names by the company they keep ("Simon Hale and Ewan Price").
    if (classes[0] === 'firstName' || (i > 0 && firstByGivenName)) return true;
    // An outlet's name beside the date is the outlet's ("Chicago Tribune"), not a writer's.
    if (besideDate && parts.some((part) => lexicon.isPublicationNameInAnyCase(part) || lexicon.isOrganisationWord(part))) return false;
    return (unknownNames || besideDate) && parts.length <= 3 && classes.every((c) => nameClasses.has(c));
  });
  return looksLikeNames ? 0 : -1;
}

/** What opens a byline: "By" (with a colon or a dash, "By — Ann Berg"), or the labels some sites print instead ("Author", "Author of the article:", "Text by", "Words by", "Written by", "Report by", "Reported by", "Posted by", "writer:", "Words:", and the "BYLINE:" of news databases). */
const BY_LABEL = /^(?:(?:(?:text|words|written|story|report|reported|posted|compiled)\s+by|by|author(?:\s+of\s+the\s+article)?)\s*(?::|[—–-])?|(?:writer|reporter|words|byline)\s*:)\s+(?=\p{Lu})/iu;

/** After a byline's label: the names, perhaps after the writer's job in up to four lower-case words. */
const NAMES_AFTER_LABEL = /^(?:\p{Ll}+\s+){0,4}\p{Lu}/u;

/** The dash that opens a sign-off: "— Ann Berg, Reuters". */
const SIGN_OFF = /^[—–]\s*(?=\p{Lu})/u;

/** A dash and a byline's names on a line of their own, signing the story off ("— Ann Berg, Reuters"). */
export function isSignOff(paragraph: string, lexicon: Lexicon): boolean {
  return SIGN_OFF.test(paragraph) && bylineStart(paragraph, lexicon, false) > 0;
}

/** "By" run into the name, as a page's markup loses the space between them when saved as text ("ByDarren Lusk"). */
const GLUED_BY = /^By(?=\p{Lu}\p{Ll}+\s+\p{Lu})/u;

/**
 * A part of a byline after its names: the writer's job ("Political Editor", "Washington Staff"), the
 * outlet ("BBC News", "KSL.com") or a place compromise knows ("Oslo", "in Oslo"), in at most five words.
 */
function isDescriptor(part: string, lexicon: Lexicon, afterJob = false): boolean {
  // "in Oslo": where the writer filed from; after a job ("Asia correspondent, in Chiang Rai") the place need not be one compromise knows.
  if (WEB_ADDRESS.test(part.trim())) return true;
  const filedFrom = /^in\s+(.+)$/u.exec(part.trim());
  if (filedFrom) return lexicon.wordClass(filedFrom[1].toLowerCase()) === 'place' || (afterJob && /^\p{Lu}[\p{L}'’-]*(?:\s\p{Lu}[\p{L}'’-]*){0,2}$/u.test(filedFrom[1]));
  const words = wordsOf(part);
  if (words.length === 0 || words.length > 5) return false;
  const norms = words.map((word) => word.toLowerCase());
  const jobWord = (norm: string): boolean => lexicon.isRoleNoun(norm) || DESK_WORDS.has(norm);
  // Every word capitalised or a word for the job: "Asia correspondent", not "husband expecting second child".
  if (!words.every((word, i) => /^\p{Lu}/u.test(word) || jobWord(norms[i]))) return false;
  return norms.some(jobWord) || lexicon.isOrganisationWord(words[words.length - 1]) || lexicon.isNewsAgency(words[words.length - 1]) || lexicon.wordClass(norms.join(' ')) === 'place';
}

/** The outlet in brackets after the names, in capitalised words: "Ann Berg (The Harbour Post)", not "(Reuters photo)". */
const BRACKETED_OUTLET = /\s*\((?:The\s+)?\p{Lu}[\p{L}.&'’-]*(?:\s+(?:\p{Lu}[\p{L}.&'’-]*|of|and))*\)\s*$/u;
/** The agencies a writer drew on, after the names: "Ann Berg with Reuters, AFP, dpa", "Ann Berg, with wires". */
const WITH_AGENCIES = /,?\s+with\s+(\S[^]*)$/u;
/** The words for agencies' copy at large: "with wires", "with agencies". */
const WIRES = /^(?:(?:the\s+)?wires?|(?:news\s+)?agencies|wire\s+services)$/iu;
/** A desk and a job after the names with no comma, as some papers set them: "Ann Berg Education correspondent". */
const JOB_AFTER = /\s+(?:(\p{Lu}\p{Ll}+)\s+)?(\p{Ll}+)$/u;

/** The names of a byline without what some sites print after them with no comma: an outlet in brackets, agencies, a desk and job. */
function withoutAffiliation(names: string, lexicon: Lexicon): string {
  const bracketed = BRACKETED_OUTLET.exec(names);
  if (bracketed) return names.slice(0, bracketed.index);
  const agencies = WITH_AGENCIES.exec(names);
  // Agencies sign in their own case ("dpa"); the lexicon lists them in capitals.
  if (agencies && (WIRES.test(agencies[1].trim()) || agencies[1].split(/,\s*|\s+and\s+/u).every((agency) => lexicon.isNewsAgency(agency.trim()) || lexicon.isNewsAgency(agency.trim().toUpperCase())))) return names.slice(0, agencies.index);
  // The desk's word is a common word ("Education"), never a name's.
  const job = JOB_AFTER.exec(names);
  if (job && lexicon.isRoleNoun(job[2]) && (!job[1] || !NAME_CLASSES.has(lexicon.wordClass(job[1].toLowerCase())))) return names.slice(0, job.index);
  return names;
}

/** An outlet's web address: "KSL.com", "Harbour.co.uk". */
const WEB_ADDRESS = /^\p{L}[\p{L}\d-]+(?:\.\p{Ll}{2,6})+$/u;

/** Words for a newsroom's desks and staff that the role nouns leave out. */
const DESK_WORDS: ReadonlySet<string> = new Set(['staff', 'desk', 'bureau', 'wires', 'newsroom']);

/** Where a writer filed from, after the name: " in " and a place compromise knows ("in Oslo", "in New York"). */
const FILED_FROM = /\s+in\s+(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2})\s*$/u;

function withoutFiledFrom(name: string, lexicon: Lexicon): string {
  const place = FILED_FROM.exec(name);
  return place && lexicon.wordClass(place[1].toLowerCase()) === 'place' ? name.slice(0, place.index) : name;
}
