import type { ArticleContext, ArticleWords } from '../context';
import type { Lexicon } from '../lexicon';
import { firstIndex } from '../text/search';
import type { Token } from '../text/tokens';
import type { CreditKind } from '../types';
import { tailCredit } from '../page/captions';

/** A stretch of text that credits people for the story or a picture rather than telling the story. */
export interface CreditSpan {
  start: number;
  end: number;
  kind: CreditKind;
}

/** "Image: Jane Roe.", "Photo by Jane Roe", "Video: a & b": up to the end of the sentence or line. */
const PICTURE_LABEL = /\b(?:Photo(?:graph(?:er)?)?s?|Images?|Pictures?|Video|Audio|Credit|Illustration|Graphic)(?:\s*:|\s+by\b)[ \t]*([^\n]{1,120}?)(?=\.(?:\s|$)|\n|$)/gu;
/**
 * The label in capitals, as broadcasters print it, before a credit joined by a slash ("PHOTO: JANE
 * ROE/AFP", "CREDIT: JANE ROE/GETTY IMAGES"); before a caption's words ("PHOTO: Crews arrive …") it opens the caption.
 */
const PICTURE_LABEL_IN_CAPITALS = /\b(?:PHOTO|PICTURE|IMAGE|CREDIT)S?:[ \t]*([^\n/]{2,80}\/[^\n]{1,60}?)(?=\.(?:\s|$)|\n|$)/gu;
/** The words for pictures that close a picture agency's name. */
const PICTURE_WORD = /^(?:Photos?|Foto|Images|Pictures|PHOTOS?|FOTO|IMAGES|PICTURES)$/u;
/** "(Jane Roe/The Canadian Press)", "(AP Photo/Jane Roe)": a parenthesis with a slash in it. */
const PICTURE_PARENTHESIS = /\(([^()\n]{1,100}\/[^()\n]{1,100})\)/gu;
/** "Reporting by Jane Roe; Editing by John Doe", "Additional reporting by …", Bloomberg's "With assistance by …". */
const WIRE_CREDIT = /\b(Additional reporting|Reporting|Writing|Editing|Compiled|Edited|With assistance)\s+by\s+([^;\n()]{2,120}?)(?=;|\n|\)|$|\.(?:\s|$))/gu;
/** "By JANE ROE and JOHN DOE, Associated Press" on a line of its own. */
const BYLINE = /^[ \t]*By[ \t]+(\p{Lu}[^\n]{2,100})$/gmu;
/** "Associated Press writer Jane Roe contributed to this report.", "… contributed reporting", "… contributed." */
const CONTRIBUTED = /(?:^|[.!?]["”]?[ \t]+|\n)([^.!?\n]{3,160}?),?[ \t]+contributed(?=\.|[ \t]+(?:reporting|research|to (?:this|the) (?:report|story|article)))/gu;

/** Words a byline may hold besides names: "By Jane Roe and John Doe, for The Post". */
const BYLINE_SMALL_WORDS = new Set(['and', 'of', 'the', 'for', 'in', 'at', 'de', 'van', 'von', 'da', 'bin', 'al']);

/** The lower-case words a credit holds besides names: "Jane Roe for The Post", "Bay of Plenty Times file", "courtesy of Ann Lee". */
const CREDIT_SMALL_WORDS = new Set([...BYLINE_SMALL_WORDS, 'via', 'file', 'courtesy', 'handout', 'supplied', 'staff', 'photo', 'photos']);

/** After "Video:" or "Photo:", words of a sentence ("Carr Fire creates 'fire whirl' as it races into Redding 1:52") are a caption, not a credit. */
function isCaptionWords(value: string): boolean {
  return value.split(/[\s/|,;()]+/u).filter((word) => /^\p{Ll}/u.test(word) && !CREDIT_SMALL_WORDS.has(word)).length >= 2;
}

/** Every credit in the text, with the byline the page's structure gives, sorted. Linear: each pattern is one pass over the text. */
export function findCreditSpans(article: Pick<ArticleContext, 'text' | 'lexicon' | 'furniture'>): CreditSpan[] {
  const { text, lexicon, furniture } = article;
  const spans: CreditSpan[] = furniture.byline ? [{ start: furniture.byline.start, end: furniture.byline.end, kind: 'byline' }] : [];
  const add = (match: RegExpMatchArray, group: number, kind: CreditKind): void => {
    const value = match[group];
    const start = match.index! + match[0].lastIndexOf(value);
    spans.push({ start, end: start + value.length, kind });
  };
  // Most articles have few credits: each pattern runs only when its key word is in the text.
  for (const match of text.matchAll(PICTURE_LABEL)) if (!isCaptionWords(match[1])) add(match, 1, 'photo');
  if (text.includes(':')) for (const match of text.matchAll(PICTURE_LABEL_IN_CAPITALS)) add(match, 1, 'photo');
  if (text.includes('/')) for (const match of text.matchAll(PICTURE_PARENTHESIS)) add(match, 1, 'photo');
  if (text.includes('ing by') || text.includes('ed by') || text.includes('assistance by')) {
    for (const match of text.matchAll(WIRE_CREDIT)) add(match, 2, /^(?:Reporting|Writing)$/.test(match[1]) ? 'byline' : 'contributor');
  }
  if (text.includes('By ')) {
    for (const match of text.matchAll(BYLINE)) {
      const words = match[1].split(/[\s,&]+/).filter(Boolean);
      if (words.every((word) => /^\p{Lu}/u.test(word) || BYLINE_SMALL_WORDS.has(word))) add(match, 1, 'byline');
    }
  }
  if (text.includes('contributed')) for (const match of text.matchAll(CONTRIBUTED)) add(match, 1, 'contributor');
  // A caption's credit after its last sentence, or a credit line alone: "… 2018. REUTERS/Jane Roe", "© Jane Roe / Reuters".
  for (const caption of furniture.captions) {
    const at = tailCredit(caption.text, lexicon);
    if (at !== null) spans.push({ start: caption.start + at, end: caption.end, kind: 'photo' });
  }
  const byline = nameLineUnderHeadline(text, lexicon);
  if (byline) spans.push(byline);
  return withoutOverlaps(spans.sort((a, b) => a.start - b.start));
}

/** Sorted spans with no two overlapping (the earlier one wins), so that ends rise with starts. */
function withoutOverlaps(sorted: readonly CreditSpan[]): CreditSpan[] {
  const out: CreditSpan[] = [];
  for (const span of sorted) {
    const last = out[out.length - 1];
    if (last && span.start < last.end) last.end = Math.max(last.end, span.end);
    else out.push({ ...span });
  }
  return out;
}

/**
 * "JANE ROE" or "Jane Roe" alone on the second or third line, under a headline: a byline. Only
 * lines of two to four capitalised words whose first is a given name compromise knows.
 */
function nameLineUnderHeadline(text: string, lexicon: Lexicon): CreditSpan | null {
  const lines = /^\s*[^\n]+\n+([^\n]*)\n+(?:([^\n]*)\n)?/u.exec(text.slice(0, 600));
  if (!lines) return null;
  let offset = lines.index + lines[0].indexOf(lines[1]);
  for (const line of [lines[1], lines[2]]) {
    if (line === undefined) continue;
    const trimmed = line.trim();
    const words = trimmed.split(/\s+/);
    if (trimmed.length <= 40 && words.length >= 2 && words.length <= 4 && words.every((word) => /^\p{Lu}[\p{L}'’.-]*$/u.test(word)) && lexicon.wordClass(words[0].toLowerCase()) === 'firstName') {
      const start = text.indexOf(trimmed, offset);
      return { start, end: start + trimmed.length, kind: 'byline' };
    }
    offset = text.indexOf(line, offset) + line.length;
  }
  return null;
}

/** One word after a slash, closing a credit: "Karlo Reyes/Rappler", "(State Emergency Service / Telegram)". */
const OUTLET_AFTER_SLASH = /\/[ \t]*(\p{Lu}[\p{L}\p{N}'’.-]*)[ \t.]*$/u;

/**
 * The outlets the credits name: a picture credit gives the photographer, then a slash and the
 * agency, paper or platform that ran it ("Karlo Reyes/Rappler"), so one word there is an outlet
 * wherever the article names it ("she told Rappler", "wrote on Telegram"). "AP Photo/Jane Roe" puts
 * the name after the slash: it has two words.
 */
export function creditOutlets(text: string, spans: readonly CreditSpan[]): ReadonlySet<string> {
  const outlets = new Set<string>();
  for (const span of spans) {
    const outlet = OUTLET_AFTER_SLASH.exec(text.slice(span.start, span.end));
    if (outlet) outlets.add(outlet[1]);
  }
  return outlets;
}

/** A person's name found in a credit: its words (tokens) and the kind of credit. */
export interface CreditedName {
  tokens: Token[];
  /** Index of the first of `tokens` in the article's tokens. */
  firstToken: number;
  kind: CreditKind;
}

/**
 * The people a credit names: runs of capitalised words (or words in capitals) broken by
 * punctuation, "and", "&" and lower-case words, less agencies, sites, places and bodies.
 */
export function creditedNames(article: ArticleWords, spans: readonly CreditSpan[], outlets: ReadonlySet<string>): CreditedName[] {
  const { text, tokens, lexicon } = article;
  const names: CreditedName[] = [];
  for (const span of spans) {
    let k = firstIndex(tokens, (token) => token.start >= span.start);
    let run: Token[] = [];
    let runStart = k;
    const flush = (): void => {
      const name = run.length === 1 && outlets.has(run[0].text) ? null : trimToName(run, lexicon, span);
      if (name) names.push({ tokens: name, firstToken: runStart + run.indexOf(name[0]), kind: span.kind });
      run = [];
    };
    for (; k < tokens.length && tokens[k].end <= span.end; k++) {
      const token = tokens[k];
      const previous = run[run.length - 1];
      const joined = previous !== undefined && /^(?: |\. ?|-)$/u.test(text.slice(previous.end, token.start)) && !previous.possessive;
      if (previous && !joined) flush();
      // Words run into a word for pictures are an agency's name ("Antara Foto", "Anadolu Images"), no one's;
      // before an agency's own name they are the photographer's ("Jane Roe AP").
      if (joined && PICTURE_WORD.test(token.text) && text.slice(previous.end, token.start) === ' ') run = [];
      // "AMINA YUSUF FOR MAILONLINE": a preposition in capitals ends the name; the outlet follows it.
      if (run.length > 0 && /^\p{Lu}+$/u.test(token.text) && CAPITALS_PREPOSITIONS.has(token.norm)) {
        flush();
        continue;
      }
      if (token.capitalized && !lexicon.isCreditSource(token.text)) {
        // A place after "in", "from", "at": "… Jane Roe in Madison, Wisconsin, contributed".
        const before = tokens[k - 1];
        if (run.length === 0 && before && ['in', 'from', 'at', 'of'].includes(before.norm) && before.end >= span.start) continue;
        if (run.length === 0) runStart = k;
        run.push(token);
      } else if (run.length > 0) {
        // One capitalised word joined by "of" to more opens a body's name ("Bay of Plenty Times", "Bureau of
        // Meteorology"); a name of two words before "of" is someone's ("Jill Abrams of McClatchy's bureau").
        if (token.norm === 'of' && run.length === 1 && tokens[k + 1]?.capitalized) run = [];
        flush();
      }
    }
    flush();
  }
  return names;
}

/** Prepositions a byline in capitals sets between a name and its outlet or place ("FOR MAILONLINE", "IN PARIS"). */
const CAPITALS_PREPOSITIONS: ReadonlySet<string> = new Set(['for', 'in', 'at', 'from', 'with']);

/** A paper named for its place ("Orlando Sentinel", "Miami Herald"): a place, then an outlet's last word. */
function isPlacePaper(name: readonly Token[], lexicon: Lexicon): boolean {
  if (name.length < 2 || !lexicon.isPublicationName(name[name.length - 1].text)) return false;
  return lexicon.phraseClass(name.slice(0, -1).map((token) => token.norm).join(' ')) === 'place' || lexicon.wordClass(name[0].norm) === 'place';
}

/** A word class of ordinary English, not of names. */
const ordinary = (c: string | undefined): boolean => c === 'other' || c === 'verb' || c === 'function';

function trimToName(run: Token[], lexicon: Lexicon, span: CreditSpan): Token[] | null {
  // "The" opens an outlet's or a body's name ("/ The Verge", "The Canadian Press"), never a person's.
  if (run[0]?.norm === 'the') return null;
  // Leading function words and acronyms: "NASA Bill Ingalls".
  let first = 0;
  while (first < run.length && (lexicon.wordClass(run[first].norm) === 'function' || /^\p{Lu}{2,5}$/u.test(run[first].text) && run.length - first > 1 && lexicon.wordClass(run[first].norm) !== 'firstName')) first++;
  // A link's words run on after the name ("REUTERS/Jane Roe Purchase Licensing Rights"): two ordinary
  // English words in a row after the first word end it.
  const ordinaryWord = (token: Token | undefined): boolean => token !== undefined && ordinary(lexicon.wordClass(token.norm));
  let end = run.length;
  for (let k = first + 1; k + 1 < run.length; k++) {
    if (ordinaryWord(run[k]) && ordinaryWord(run[k + 1])) {
      end = k;
      break;
    }
  }
  const name = run.slice(first, end);
  // A figure is in an agency's name ("Flash90"), never in a person's.
  if (name.length === 0 || name.length > 4 || name.some((token) => /\p{N}/u.test(token.text))) return null;
  const last = name[name.length - 1];
  if (lexicon.isOrganisationWord(last.text) || lexicon.nationality(last.text) !== undefined) return null;
  if (isPlacePaper(name, lexicon)) return null;
  // An outlet's own brand ("Video / Herald NOW"): a word of a paper's name, not after a given name.
  if (name.some((token) => lexicon.isPublicationName(token.text)) && lexicon.wordClass(name[0].norm) !== 'firstName') return null;
  const classes = name.map((token) => lexicon.wordClass(token.norm));
  // "HOME AFFAIRS EDITOR": a desk and a job, unless a given name opens it ("Jane Baker").
  if (lexicon.isRoleNoun(last.norm) && classes[0] !== 'firstName') return null;
  const whole = lexicon.phraseClass(name.map((token) => token.norm).join(' '));
  if (whole === 'place' || whole === 'organization' || whole === 'date') return null;
  // A given name first vouches for a surname that is also a place: "Todd Richmond".
  if (classes[0] !== 'firstName' && classes.some((c) => c === 'place' || c === 'date' || c === 'organization')) return null;
  // Not two ordinary English words in a row: "Global Risk Insights" (but "Bill Ingalls").
  if (ordinary(classes[0]) && (name.length === 1 || ordinary(classes[1]))) return null;
  // One word is a name only where a credit is no more than a name: "Image: Jdoe".
  if (name.length === 1 && (span.kind !== 'photo' || /^\p{Lu}+$/u.test(name[0].text) || classes[0] === 'other' || classes[0] === 'function' || classes[0] === 'verb')) return null;
  return name;
}
