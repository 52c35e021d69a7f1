/**
 * Photo captions and credits. A caption ends with the picture's credit — "(AP Photo/Name)",
 * "(Photo by Name / AFP)", "Photo: Name / Paper", "… via Getty Images" — or opens with "FILE -",
 * the agencies' mark for an archive picture, or with the label some broadcasters' pages print
 * before a caption or its credit ("Image caption …", "Image copyright Reuters", "Media caption …").
 */
import type { Lexicon, WordClass } from '../lexicon';
import { MONTH_NAMES, WEEKDAY_NAMES } from '../lexicon/calendar';
import { endsSentence, hasLongWordInLowerCase, hasQuotation, isOneSentence, isRightsLine, isTitleCase, wordsOf } from './shapes';

/** A credit in brackets names a source after a slash, "by" or a colon: "(AP Photo/Name)", "(Photo by Name / AFP)", "(Credit: Name)". */
const CREDIT_IN_PARENS = /\((?=[^()]{2,70}\)\s*\.?$)[^()]*\b(?:photos?|photographs?|pictures?|images?|video|credit)\b\s*(?:\/|by\b|:|courtesy\s+of\b)[^()]*\)\s*\.?$/iu;
/**
 * A credit label and its source, after the caption's last sentence or alone, a paper's or desk's word
 * before it perhaps, a dash perhaps: "Photo: Jane Roe", "Express photo by Jane Roe", "Photo: Wikicommons.",
 * "Pic by Jane Roe", "— Picture via Google Maps", "Courtesy: Harbour Rail", "Courtesy of the Harbour
 * Museum"; drawings, charts and maps as pictures are ("Illustration by Jane Roe / Harbour Weekly",
 * "Chart: Harbour Weekly"); a distributor before a slash ("Harbour Films / Photo by Jane Roe"), square
 * brackets around it ("[Image: Harbour Rail]"); or "File photo" alone.
 */
const PICTURE_LABELS = String.raw`(?:photo|photograph|photographer|picture|pic|image|credit|illustration|graphic|chart|map|artwork|animation)`;
const CREDIT_AFTER_SENTENCE = new RegExp(String.raw`^(?:[—–-]\s*)?\[?(?:[^/[\].!?]{2,40}\s\/\s)?(?:(?:(?:\p{L}+\s+)?${PICTURE_LABELS}s?\s*(?::|by|via)|courtesy\s*(?::|of|by|via))\s*[^.!?[\]]{2,80}|file\s+photo)\]?$`, 'iu');
/** A word `CREDIT_AFTER_SENTENCE` needs, looked for first (most tails have none). */
const CREDIT_WORD = new RegExp(String.raw`${PICTURE_LABELS}|courtesy`, 'iu');
/** An outlet, a colon and its photographer's name in brackets, as the ABC prints credits: "(ABC News: Jane Roe)", "(AAP: Jane Roe)". Group 1 is the outlet's first word. */
const OUTLET_COLON_NAME = /\((\p{Lu}[\p{L}.&]*)(?:\s+\p{Lu}[\p{L}.&]*){0,2}:\s*\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){1,3}\)\s*\.?$/u;
/** A photographer working for a paper, in brackets: "(Jane Roe for The Washington Post)". Group 1 is the paper's last word. */
const NAME_FOR_PAPER = /\(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,3}\s+for\s+(?:\p{Lu}[\p{L}.&'’-]*\s+){0,3}(\p{Lu}[\p{L}.&'’-]*)\)\s*\.?$/u;
/** A credit of a name and its paper in brackets: "(Jane Roe/The Canadian Press)", "(Jane Roe / Reuters)". */
const NAME_SLASH_SOURCE = /\(\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){1,3}\s*\/\s*\p{Lu}[^()/]{1,40}\)\s*\.?$/u;
/** A caption that runs straight into its credit label, as wikis print them: "Two delegates in the hall Image: Jane Roe." */
const CREDIT_LABEL_AT_END = /\s(?:Photo|Photograph|Picture|Image|Credit)s?:\s*[^.!?:]{2,60}\.?$/u;
const GETTY = /\bGetty(?: Images)?\s*\)?\.?$/u;
/** The agencies' marks for an archive or handout picture: "FILE - …", "File photo: …", "In this July 16, 2018, file photo, …", "In this image made from video, …". */
const FILE_PICTURE = /^(?:FILE\s*[-–—―:]|File photo:|In this\b[^.!?]{0,60}?\b(?:photo|photograph|image|picture|frame grab)\b)/u;
/** A source and "photo" in brackets: "(Reuters photo)", "(AP file photo)", "(File photo)", "(Representative image)". */
const SOURCE_PHOTO = /\((?:\p{Lu}[\p{L}.]*\s+){1,3}(?:file\s+)?(?:photo|picture|image)s?\)\s*\.?$/u;
/**
 * A source alone in brackets after a caption's words, or after its last sentence and "Source:": "… in
 * Parliament Square (PA)", "… on Sunday. Source: SPA".
 */
const SOURCE_AFTER_CAPTION = /(?:\S\s+\(|(?:^|[.!?]\s+)Source:\s*)(\p{Lu}[\p{L}.]*)(?:\s\p{Lu}[\p{L}.]*){0,2}\)?\s*\.?$/u;
/**
 * A photographer and their paper in brackets after the caption's last sentence, as US papers print
 * the credit: "… looks on. (Hyun-woo Castellano, The Denver Post)". Group 1 is the paper's last word.
 */
const NAME_AND_PAPER = /[.!?]["”’]?\s+\(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,3},\s+(?:[Tt]he\s+)?\p{Lu}[\p{L}&.'’-]*(?:\s+\p{Lu}[\p{L}&.'’-]*){0,3}?\s+(\p{Lu}[\p{L}]*)\)\s*\.?$/u;
/**
 * After a caption's last sentence, a bar and its credit: a name or a source ("… in Mandya district. |
 * Shreya Rao", "… on Monday. | KYODO"), or the label "PHOTO" and its parts ("… in Nairobi. PHOTO | FILE
 * | NMG"). A bar after a name alone is a byline's ("Ann Lee | Staff Writer").
 */
const CREDIT_AFTER_BAR = /[.!?]\s+(?:\|\s*\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*){0,3}(?:\s*\|\s*\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*){0,3})?|PHOTO\s*\|[^|]{1,40}(?:\|[^|]{1,40})?)\s*$/u;
/** After a caption's last sentence, a slash and its credit, as some sites print it: "… on Wednesday. / Citizen journalist". */
const CREDIT_AFTER_SLASH = /[.!?]\s+\/\s*\p{Lu}[\p{L}'’.-]*(?:\s[\p{L}'’.-]+){0,3}\s*$/u;
/**
 * After a caption's last sentence, its photographer and their paper in the shapes US and Australian
 * sites print: a name and an email address ("… on Thursday. Jane Roe jroe@harbourstar.com"), a name and
 * "Special to" the paper ("… on Friday. Jane Roe / Special to The Harbour Star"), or "Source:" and the
 * outlet and name ("… on Sunday. Source: Harbour News / Jane Roe").
 */
const PHOTOGRAPHER = String.raw`\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,2}`;
const PHOTOGRAPHER_AFTER_SENTENCE = new RegExp(
  String.raw`[.!?]\s+(?:${PHOTOGRAPHER}\s+[\w.+-]+@[\w-]+(?:\.[\w-]+)+|${PHOTOGRAPHER}\s*\/\s*Special to\s+(?:[Tt]he\s+)?\p{Lu}[\p{L}.&'’-]*(?:\s+\p{Lu}[\p{L}.&'’-]*){0,3}|Source:\s*[^./!?]{2,40}\/\s*${PHOTOGRAPHER})\s*$`,
  'u',
);
/** The photographer's credit after a caption's last sentence (`PHOTOGRAPHER_AFTER_SENTENCE`), looked for only where its "@" or "/" is. */
function photographerAfterSentence(caption: string): RegExpExecArray | null {
  return caption.includes('@') || caption.includes('/') ? PHOTOGRAPHER_AFTER_SENTENCE.exec(caption) : null;
}

/** A photographer's line under a caption, as NPR and public broadcasters print it: "Jane Roe for MPR News". */
const NAME_FOR_OUTLET = new RegExp(String.raw`^${PHOTOGRAPHER}\s+for\s+(?:[Tt]he\s+)?\p{Lu}[\p{L}.&'’-]*(?:\s+\p{Lu}[\p{L}.&'’-]*){0,3}$`, 'u');

/** A caption's label alone on its line, the caption on the next ("Image:"). */
const CAPTION_LABEL_ALONE = /^(?:Image|Photo|Picture|IMAGE|PHOTO|PICTURE)S?:$/u;
/** A broadcaster's or paper's label for a credit, in capitals as some print it: "… in Helsinki CREDIT: JANE ROE/GETTY IMAGES". */
const CREDIT_LABEL_IN_CAPITALS = /\s(?:PHOTO|PICTURE|IMAGE|CREDIT)S?:\s*[^.!?:]{2,60}$/u;
const LABELLED = /^(?:image|photo|picture|media|video)\s+(?:caption|copyright|source|credit)\b/iu;
/**
 * A video's caption: its label, its title, and its running time or its source in brackets, as
 * players print them ("Video: Crews leave the quay 1:42", "WATCH: … 2:14", "VIDEO: … (ABC News)").
 */
const VIDEO_CAPTION = /^(?:video|watch)\s*:\s+\S.*(?:\s\d{1,2}:\d\d|\([^()]+\))$/iu;
/**
 * A video's reporter, as broadcasters' players credit them in the video's caption: a name, perhaps after
 * the outlet's possessive or a word for the job, that "reports" or "has more" (perhaps "on" something)
 * or "breaks down" something, last in the caption ("CTV's Ann Lee reports.", "VIDEO: KOMO News anchor
 * Ann Lee has more on the family's call.", "SportsCenter's Ann Lee breaks down the stretch run.");
 * "… reports Beck will …" is a story's, "… reports from Nairobi" a writers' box's. Group 1 is the name.
 */
const VIDEO_REPORTER = /(?:^|[.!?]\s+)(?:(?:VIDEO|Video|WATCH|Watch):\s+)?(?:\p{Lu}[\p{L}&.'’-]*(?:\s+\p{Lu}[\p{L}&.'’-]*){0,3}['’]s\s+|(?:\p{Lu}[\p{L}&.'’-]*\s+){0,3}(?:anchor|reporter|correspondent|meteorologist|host)\s+)?(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,2})\s+(?:(?:reports|has more|has the story|has the details)(?:\s+on\s.*)?|breaks (?:it )?down\s.*)[.!]$/u;
/** The verbs `VIDEO_REPORTER` needs, looked for first: most paragraphs have none. */
const VIDEO_REPORTER_WORDS = /\b(?:reports|has more|has the story|has the details|breaks (?:it )?down)\b/u;
/** A caption opened by its label in capitals, as broadcasters' pages print it: "PHOTO: Crews on the quay …". */
const LABEL_IN_CAPITALS = /^(?:PHOTO|PICTURE|IMAGE)S?:\s/u;

/**
 * A credit after the caption's last sentence, or a credit line alone: capitalised words joined by a
 * slash or "via", or a name and an agency, with a "©" or ", File" perhaps, or in square brackets
 * ("… July 16, 2018. REUTERS/Jane Roe", "… 2018. Jane Roe AP", "… before dawn.Jane Roe/Globe Staff" as the
 * Boston Globe prints it, "© Jane Roe, Lehtikuva / AFP",
 * "Jane Roe / Getty Images file", "… in Helsinki [Lehtikuva/Jane Roe via Reuters]", "[JANE ROE | Times]").
 * It counts only when one of its words is an agency or picture source (the lexicon's credit sources).
 * A link's hint for screen readers may close it ("…, opens new tab", "(opens in a new window)").
 */
const TAIL_CREDIT = /(?:^|[.!?]["”’]?\s+|(?<=\p{Ll}{2}[.!?])|©\s*|\[)(©\s*)?(\p{Lu}[\p{L}.'’-]*(?:(?:\s*[/|]\s*|\s+via\s+|,?\s+)\p{Lu}[\p{L}.'’-]*){0,6})(?:,?\s+[Ff]ile)?\]?(?:,?\s*\(?opens(?:\s+in)?(?:\s+a)?\s+new\s+(?:tab|window)\)?)?\s*\.?$/u;

/**
 * Where someone stands in the picture, set after their name between commas ("Ann Lee, left, and Tom
 * Roe at the summit", "President Ann Lee, centre, visits the quay"): only captions place people so.
 */
const PICTURE_POSITION = /\p{Lu}[\p{L}.'’-]*,\s+(?:left|right|centre|center|second\s+(?:left|right|from\s+(?:left|right))|far\s+(?:left|right)),\s/u;

/** Longer than any caption: a paragraph of story that happens to end in brackets. */
const MAX_CAPTION_LENGTH = 600;

export function isCaption(paragraph: string, lexicon: Lexicon, siteWords: ReadonlySet<string> = NO_WORDS): boolean {
  if (paragraph.length > MAX_CAPTION_LENGTH) return false;
  // Each pattern is tried only where what it must end or start with is there: most paragraphs are
  // story, and the patterns tried every position of each.
  if (endsInBracket(paragraph) && (CREDIT_IN_PARENS.test(paragraph) || NAME_SLASH_SOURCE.test(paragraph) || SOURCE_PHOTO.test(paragraph) || creditsKnownOutlet(paragraph, lexicon))) return true;
  if (CAPTION_LABEL_ALONE.test(paragraph)) return true;
  if (paragraph.includes(':') && CREDIT_LABEL_AT_END.test(paragraph)) return true;
  if (hasCreditAfterLastSentence(paragraph)) return true;
  if ((paragraph.includes('Getty') && GETTY.test(paragraph)) || FILE_PICTURE.test(paragraph) || LABELLED.test(paragraph) || LABEL_IN_CAPITALS.test(paragraph)) return true;
  if (paragraph.includes(':') && VIDEO_CAPTION.test(paragraph)) return true;
  if (VIDEO_REPORTER_WORDS.test(paragraph) && VIDEO_REPORTER.test(paragraph)) return true;
  if (PICTURE_POSITION.test(paragraph)) return true;
  if (photographerAfterSentence(paragraph) !== null) return true;
  if (endsWithSource(paragraph, lexicon) || (paragraph.includes('|') && CREDIT_AFTER_BAR.test(paragraph)) || (paragraph.includes('/') && CREDIT_AFTER_SLASH.test(paragraph))) return true;
  return (paragraph.includes(':') && CREDIT_LABEL_IN_CAPITALS.test(paragraph)) || tailCredit(paragraph, lexicon, siteWords) !== null || isPictureWithCredit(paragraph, lexicon);
}

/**
 * After a sentence's end, a credit of names the lexicon need not know: capitalised words joined by a
 * slash, a comma or "for", or in brackets, or two or more in capitals ("… on Tuesday. Jane Roe, Harbour
 * Free Press", "… in Oslo. Jane Roe/Harbour-Times", "… heating. (Jane Roe for Harbourgadget)", "…
 * meddling. USA TODAY"). Group 1 is the credit.
 */
const CREDIT_AFTER_PICTURE = /[.!?]["”’]?\s+(\(?\p{Lu}[\p{L}'’.-]*(?:(?:\s*\/\s*|,\s+|\s+for\s+|\s+)\p{Lu}[\p{L}'’.-]*){0,6}\)?)\s*$/u;

/**
 * A caption whose credit no list knows: a credit after the last sentence (`CREDIT_AFTER_PICTURE`)
 * and, before it, words that read as a picture's (compromise finds a scene or no verb), or a scene
 * told in the past that says where and when ("… was washed away near Oslo on Tuesday.").
 */
function isPictureWithCredit(paragraph: string, lexicon: Lexicon): boolean {
  const tail = CREDIT_AFTER_PICTURE.exec(paragraph);
  if (!tail) return false;
  const credit = tail[1];
  const bracketed = credit.startsWith('(') && credit.endsWith(')');
  const joined = /\/|,\s|\sfor\s/u.test(credit);
  const capitals = /^\p{Lu}[\p{Lu}'’.-]+(?:\s+\p{Lu}[\p{Lu}'’.-]+)+$/u.test(credit);
  if ((!bracketed && !joined && !capitals) || isRightsLine(paragraph)) return false;
  const body = paragraph.slice(0, tail.index + 1);
  if (wordsOf(body).length < STORY_CAPTION_WORDS.min || !isOneSentence(body) || hasQuotation(body)) return false;
  return lexicon.describesPicture(body) || (PICTURE_PLACE.test(body) && PICTURE_TIME.test(body));
}

const NO_WORDS: ReadonlySet<string> = new Set();

/** Words of a rights line that name no site: its own words and companies' endings ("© 2025 Rappler Inc. All rights reserved."). */
const RIGHTS_WORDS = /^(?:copyright|all|rights?|reserved|inc|llc|ltd|limited|plc|company|corporation|group|media|publishing|the|and|of)$/iu;

/** The site's own words, from its rights lines: a credit to the site ("Jane Roe/Rappler") is a picture's credit too. */
export function siteWordsOf(rightsLines: readonly string[]): Set<string> {
  const words = new Set<string>();
  for (const line of rightsLines) for (const word of line.match(/\p{Lu}[\p{L}\p{N}]{2,}/gu) ?? []) if (!RIGHTS_WORDS.test(word)) words.add(word);
  return words;
}

/**
 * Where the paragraph's credit after its last sentence (or the credit the line is) starts, or null:
 * joined by a slash or "via", or holding a source (the site's own name, in `siteWords`, joined), and never
 * a sentence's subject ("… said. Reuters reported").
 */
export function tailCredit(paragraph: string, lexicon: Lexicon, siteWords: ReadonlySet<string> = NO_WORDS): number | null {
  const match = TAIL_CREDIT.exec(paragraph);
  if (!match) return null;
  const credit = match[2];
  // A comma joins a credit's parts only after "©" ("© Jane Roe, Lehtikuva / AFP"); elsewhere it is a name and an office ("Ann Lee, NASA Administrator").
  if (credit.includes(',') && match[1] === undefined && !/©\s*$/u.test(paragraph.slice(0, match.index + match[0].indexOf(credit)))) return null;
  const words = credit.split(/\s*[/|]\s*|\s+/u).filter((word) => word !== 'via');
  // In square brackets a bar joins a photographer and the paper as a slash does ("[JANE ROE | Times]");
  // out of them it ends a writer's name in a byline ("Jane Roe | Reuters").
  if (credit.includes('|') && !match[0].startsWith('[')) return null;
  const joined = /[/|]|\svia\s/u.test(credit);
  // "©" and names joined by a slash credit a picture whatever the names ("© RFI/Ann Vale"); "© The Harbour Times" alone is a rights line.
  if (match[1] !== undefined && joined) return match.index + match[0].indexOf(credit);
  // Joined by a slash or "via", a paper's name or a photographer's given name tells a credit too
  // ("Jane Roe/ABC News", "JANE ROE/THE CANADIAN PRESS", "JANE ROE/STUFF").
  // An outlet's acronym after a name and a slash ("Jane Roe/STAT") credits its photographer too.
  const outletAfterName = (word: string, i: number): boolean => i === words.length - 1 && words.length >= 3 && /^\p{Lu}{2,6}$/u.test(word) && /\/\s*\p{Lu}{2,6}$/u.test(credit);
  // The site's own name credits a photographer named beside it, not the site's name alone ("RFE/RL").
  const namesSite = (word: string): boolean => siteWords.has(word) && words.some((other) => !siteWords.has(other) && /\p{Ll}/u.test(other));
  const credited = (word: string, i: number): boolean => lexicon.isCreditSource(word) || (joined && (isPaperOrGivenName(word, lexicon) || PICTURE_SOURCE_WORD.test(word) || outletAfterName(word, i) || namesSite(word)));
  if (!words.some(credited)) return null;
  // In square brackets a source alone cites a news item ("… the ban. [Reuters]"); a picture's credit there names its photographer too.
  if (match[0].startsWith('[') && !joined) return null;
  // A credit line alone is joined by a slash or "via" ("Jane Roe / Reuters"); a single source alone is a label ("AP").
  if (match.index === 0 && match[1] === undefined && !joined) return null;
  return match.index + match[0].indexOf(credit);
}

/**
 * "(ABC News: Jane Roe)", "(Jane Roe for The Washington Post)": a photographer and an outlet in brackets
 * are a credit when the lexicon knows the outlet's word, as a paper's ("News", "Post") or a source of pictures.
 */
function creditsKnownOutlet(paragraph: string, lexicon: Lexicon): boolean {
  const outlet = OUTLET_COLON_NAME.exec(paragraph)?.[1] ?? (paragraph.includes(' for ') ? NAME_FOR_PAPER.exec(paragraph)?.[1] : undefined);
  return outlet !== undefined && (lexicon.isPublicationName(outlet) || lexicon.isCreditSource(outlet));
}

/** Whether a caption's words end in a news agency's name alone, in brackets or after "Source:" (`SOURCE_AFTER_CAPTION`). */
function endsWithSource(paragraph: string, lexicon: Lexicon): boolean {
  const paper = endsInBracket(paragraph) ? NAME_AND_PAPER.exec(paragraph) : null;
  if (paper && lexicon.isPublicationName(paper[1])) return true;
  const source = SOURCE_AFTER_CAPTION.exec(paragraph);
  if (!source) return false;
  // The bracket closes only what it opened: "(PA)", not "Parliament (PA".
  const bracketed = source[0].includes('(');
  return bracketed === /\)\s*\.?$/u.test(source[0]) && lexicon.isCreditSource(source[1]);
}

/**
 * A source alone on its line ("Reuters", "EPA", "ABC News"), or in brackets ("(AFP)", "(Source: ANI)"):
 * a caption's credit under a caption, a label elsewhere.
 */
export function isSourceAlone(paragraph: string, lexicon: Lexicon): boolean {
  const source = paragraph.replace(/\.$/u, '').replace(/^\((?:Source:\s*)?([^()]+)\)$/iu, '$1');
  // "KIDS", "WEEK": words in capitals that look like call signs are English ones compromise knows.
  if (CALL_SIGN.test(source)) return lexicon.wordClass(source.split('-')[0].toLowerCase()) === 'unknown';
  const words = source.split(/\s+/u);
  if (words.length > 3 || !words.every((word) => /^\p{Lu}/u.test(word))) return false;
  // "The Canadian Press", "The Intelligencer": a paper's name is known by its last word after "The".
  const known = (word: string): boolean => lexicon.isCreditSource(word) || lexicon.isPublicationNameInAnyCase(word);
  return known(words[0]) || (words.length > 1 && /^the$/iu.test(words[0]) && known(words[words.length - 1]));
}

/** An American broadcaster's call sign, as its pictures are credited ("KSAT", "WBNS-TV"): the FCC gives them K west of the Mississippi and W east of it. */
const CALL_SIGN = /^[KW][A-Z]{2,3}(?:-(?:TV|DT|FM|AM))?$/u;

/** Whether a caption is its label alone ("Image:"), the caption under it. */
export function isCaptionLabel(paragraph: string): boolean {
  return CAPTION_LABEL_ALONE.test(paragraph);
}

/** The button of a player that folds a caption away, as NPR prints it over the caption ("hide caption") and over its credit ("toggle caption"). */
const CAPTION_TOGGLE = /^(?:hide|show|toggle|expand|collapse) caption$/iu;

/** A caption's folding button: the page's, not the caption's, but the line under it is the caption or its credit. */
export function isCaptionToggle(paragraph: string): boolean {
  return CAPTION_TOGGLE.test(paragraph);
}

/** A caption without its credit in the story runs to a sentence, at most; fewer words are a subhead or a label. */
const STORY_CAPTION_WORDS = { min: 5, max: 40 };
/** A caption with no verb is a short phrase ("Nurses outside Wellington Hospital this morning."); a longer one is a list's item or a heading. */
const FRAGMENT_CAPTION_WORDS = 20;
const capitalised = (name: string): string => name[0].toUpperCase() + name.slice(1);
/**
 * When a picture was taken, as captions say it: a day or a date not long past ("on Tuesday", "on July
 * 15", "earlier this month", "this morning"). Built from the lexicon's weekday and month names.
 */
const PICTURE_TIME = new RegExp(
  String.raw`\b(?:on\s+(?:${WEEKDAY_NAMES.map(([day]) => capitalised(day)).join('|')})\b|on\s+(?:${MONTH_NAMES.map(([month]) => capitalised(month)).join('|')})\s+\d|(?:earlier|later)\s+this\s+(?:week|month|year)|last\s+(?:week|month|year)|this\s+(?:morning|afternoon|evening)|yesterday)`,
  'u',
);
/** Where a picture was taken: a preposition of place before a name ("in Wellington", "outside Leinster House", "at the Yangshan port"). */
const PICTURE_PLACE = /\b(?:at|in|inside|outside|near|during)\s+(?:the\s+)?\p{Lu}/u;
/** Words of the past or of what is to come: a regular past tense, the commonest irregular ones, and the modals. */
const PAST_OR_TO_COME = /^(?:\p{Ll}{2,}ed|said|told|was|were|had|did|went|came|made|took|gave|would|will|could|should|might)$/u;
/** A list's item or a bullet opens with its mark. */
const LIST_MARK = /^[-–—~•*·]/u;

/**
 * A picture's caption printed in the story with no credit, as many sites print them between its
 * paragraphs: one sentence of a scene in the simple present that says where and on which day past ("A
 * man cleans mud from his home in Kurashiki on Tuesday." — the story tells a past day in the past
 * tense, and a day to come without a place: "The union meets on Tuesday"), or a phrase with no verb
 * that says where or when ("Shipping containers at the Yangshan Deepwater Port in Shanghai.").
 * Quotations, questions, title case and list items are the story's or its headings'. compromise
 * reads the verbs, and only of lines that say where or when.
 */
export function isCaptionInStory(paragraph: string, words: readonly string[], lexicon: Lexicon): boolean {
  const count = words.length;
  if (count < STORY_CAPTION_WORDS.min || count > STORY_CAPTION_WORDS.max || /[?:;]\s*$/u.test(paragraph) || LIST_MARK.test(paragraph)) return false;
  const timed = PICTURE_TIME.test(paragraph);
  const placed = PICTURE_PLACE.test(paragraph);
  // Before compromise is asked (loading it takes a while), a phrase with no verb is one where its lexicon knows no verb in lower case.
  const fragmentShaped = count <= FRAGMENT_CAPTION_WORDS && (placed || timed) && !words.some((word) => mayBeVerb(word, lexicon));
  // A scene in the present has no past tense, "said" or "will" in it, which most of a story's sentences have.
  const sceneShaped = timed && placed && !words.some((word) => PAST_OR_TO_COME.test(word));
  if (!fragmentShaped && !sceneShaped) return false;
  if (hasQuotation(paragraph) || !isOneSentence(paragraph)) return false;
  const reading = lexicon.pictureReading(paragraph);
  // Names and where they are look nearly like a heading in title case ("Playwright Ann Lee at her home in
  // Hessle."), but a heading has no full stop and seldom a long word in lower case.
  if (isTitleCase(words) && !(reading === 'fragment' && endsSentence(paragraph) && hasLongWordInLowerCase(words))) return false;
  return reading === 'fragment' ? count <= FRAGMENT_CAPTION_WORDS : reading === 'scene' && sceneShaped;
}

/**
 * A word in lower case that compromise's lexicon holds as a verb, a form of "be", or a past tense by
 * its ending. A word in "-ing" alone makes no clause ("a housing rally", "Protesters holding signs").
 */
function mayBeVerb(word: string, lexicon: Lexicon): boolean {
  if (!/^\p{Ll}/u.test(word) || word.endsWith('ing')) return false;
  return lexicon.wordClass(word) === 'verb' || /^(?:is|are|was|were|be|been|being)$/u.test(word) || /\p{L}{2}ed$/u.test(word);
}

/** A credit line is a few words ("Jane Roe/Getty Images", "Photo: J. Carter Lee/AP"), never a sentence. */
const CREDIT_LINE_WORDS = 8;

/** A photographer's line for an outlet ("Jane Roe for MPR News"): a caption's credit when it stands under one. */
export function isNameForOutlet(paragraph: string): boolean {
  return NAME_FOR_OUTLET.test(paragraph);
}

/**
 * Whether a paragraph taken for a caption is a credit alone, with the caption on the line above it,
 * as many sites print them. A credit in brackets alone ("(Getty)") is a picture's with no caption;
 * a labelled one ("Image copyright AFP") comes before its labelled caption.
 */
export function isCreditUnderCaption(paragraph: string, wordCount: number): boolean {
  return isCreditLineShaped(paragraph, wordCount) && !/^[([]/u.test(paragraph) && !LABELLED.test(paragraph) && !CAPTION_LABEL_ALONE.test(paragraph);
}

/** A few words and no sentence in them ("Jane Roe/Getty Images", "Photo: J. Carter Lee/AP"). */
function isCreditLineShaped(paragraph: string, wordCount: number): boolean {
  return wordCount <= CREDIT_LINE_WORDS && !/\p{Ll}{2}[.!?]\s/u.test(paragraph);
}

/** A photographer's name as credits print it: two to four capitalised words, or the same in capitals ("Jane Roe", "JANE ROE-LEE"). */
const CREDITED_NAME = String.raw`\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,3}`;
/**
 * A photographer's credit on its own line in the shapes that need the caption beside it to be told from a
 * byline: a name and their outlet after a bar, a slash or a comma ("Jane Roe | Harbour Radio", "Jane
 * Roe/Harbour News", "(Jane Roe, Harbour.com)"), perhaps after "Photo |" or "Source:", or a name and an
 * email address ("Jane Roe jroe@harbourbee.com").
 */
const NAME_AND_OUTLET_LINE = new RegExp(String.raw`^\(?(?:(?:Photo|Source)\s*[|:]\s*)?${CREDITED_NAME}\s*(?:[|/,]\s*\S[^|/]{0,40}|\s[\w.+-]+@[\w-]+(?:\.[\w-]+)+)\)?$`, 'u');
/** "Credit…" or "©" and a source ("Credit...Jane Roe for The Harbour Times", "Copyright © harbournews"), or "via" and a source. */
const LABELLED_CREDIT_LINE = /^(?:Credits?\s*(?:\.\.\.|…|:)\s*\p{Lu}|(?:Copyright\s*)?©\s*\S|via\s+\p{Lu})/u;
const NAME_IN_CAPITALS = /^\p{Lu}[\p{Lu}'’.-]+(?:\s+\p{Lu}[\p{Lu}'’.-]+){1,3}$/u;

/**
 * Whether a short line is shaped as a picture's credit standing alone (`NAME_AND_OUTLET_LINE`,
 * `LABELLED_CREDIT_LINE`, `NAME_IN_CAPITALS`, `NAME_FOR_OUTLET`): a credit only beside a line that
 * reads as the picture's caption, since a byline or a related story's writer may look the same.
 */
export function isCreditLineAlone(paragraph: string, wordCount: number, lexicon: Lexicon): boolean {
  // A credit line has no full stop of its own: "Ann Lee, the union's leader." is a sentence.
  if (!isCreditLineShaped(paragraph, wordCount) || endsSentence(paragraph)) return false;
  return NAME_AND_OUTLET_LINE.test(paragraph) || LABELLED_CREDIT_LINE.test(paragraph) || isNameForOutlet(paragraph) || (NAME_IN_CAPITALS.test(paragraph) && isNameInCapitals(paragraph, lexicon));
}

/** Words compromise knows as names, or does not know at all: "JANE ROE", not "RELATED STORIES" or "VIEW NEWSLETTERS". */
const NAME_WORD_CLASSES: ReadonlySet<WordClass> = new Set(['firstName', 'lastName', 'person', 'unknown']);

function isNameInCapitals(paragraph: string, lexicon: Lexicon): boolean {
  return paragraph.split(/\s+/u).every((word) => word.split('-').every((part) => NAME_WORD_CLASSES.has(lexicon.wordClass(part.toLowerCase()))));
}

/** Where a line first says where a picture was taken (`PICTURE_PLACE`, "… in Tulsa"), or -1. */
export function picturePlaceAt(paragraph: string): number {
  return PICTURE_PLACE.exec(paragraph)?.index ?? -1;
}

/** Whether a line says where or when a picture was taken (`PICTURE_PLACE`, `PICTURE_TIME`) or ends as a sentence does: a caption's, not a link's headline. */
export function saysWhereOrWhen(paragraph: string): boolean {
  return PICTURE_PLACE.test(paragraph) || PICTURE_TIME.test(paragraph) || endsSentence(paragraph);
}

/**
 * A source alone on line `j` as a picture's credit: not when another follows it, as a share bar's
 * items do ("Facebook", "Twitter").
 */
export function isSourceAloneNotListed(texts: readonly string[], j: number, lexicon: Lexicon): boolean {
  return isSourceAlone(texts[j] ?? '', lexicon) && !isSourceAlone(texts[j + 1] ?? '', lexicon);
}

/** The words that open a link to a gallery, not a credit: "In pictures", "More photos", "See all images". */
const GALLERY_LINK_WORDS = String.raw`(?:in|more|see|view|all|our|latest|related|top|best)`;
/**
 * A credit in words of a picture's credit alone, with no photographer named: "Advocate file photo",
 * "PROVIDED PHOTO", "Family handout", "Photo: RollingNews.ie" (a web address has full stops).
 */
const CREDIT_WORDS_LINE = new RegExp(String.raw`^(?:${PICTURE_LABELS}s?\s*:\s*\S{2,40}|(?!${GALLERY_LINK_WORDS}\s)(?:[\p{L}'’.-]+\s+){0,2}(?:file\s+)?(?:${PICTURE_LABELS}|handout)s?)$`, 'iu');

/** Whether a short line is a picture's credit in words alone (`CREDIT_WORDS_LINE`). */
export function isCreditInWords(paragraph: string): boolean {
  return CREDIT_WORDS_LINE.test(paragraph);
}

/** Words that say where a picture came from, joined by a slash to the rest of its credit: "Screenshot / Baza", "Ann Vale / Moskva News Agency". */
const PICTURE_SOURCE_WORD = /^(?:Screenshot|Screengrab|Agency|SCREENSHOT|AGENCY)$/u;

/** A paper's name ("Press", "PRESS") or a given name compromise knows ("KEVIN"), as a credit joined by a slash may hold. */
function isPaperOrGivenName(word: string, lexicon: Lexicon): boolean {
  return lexicon.isPublicationNameInAnyCase(word) || lexicon.wordClass(word.toLowerCase()) === 'firstName';
}

/** Ends as `CREDIT_IN_PARENS` and `NAME_SLASH_SOURCE` must: a closing bracket, then spacing and a full stop, or not. */
function endsInBracket(paragraph: string): boolean {
  let at = paragraph.length - 1;
  if (paragraph.charCodeAt(at) === 0x2e) at--;
  while (at >= 0 && /\s/u.test(paragraph[at])) at--;
  return paragraph.charCodeAt(at) === 0x29;
}

/**
 * Whether the paragraph's words after its last sentence (all of them when it has none) are a credit
 * label and its source (`CREDIT_AFTER_SENTENCE`). A full stop closing the credit ends no sentence.
 */
function hasCreditAfterLastSentence(paragraph: string): boolean {
  const body = paragraph.replace(/\.\s*$/u, '');
  let at = body.length - 1;
  while (at >= 0 && !isSentenceEnd(body.charCodeAt(at))) at--;
  // The label follows the last sentence's end and its spacing ("… on Monday. Photo: Jane Roe").
  if (at >= 0 && !/\s/u.test(body[at + 1] ?? '')) return false;
  const tail = at >= 0 ? body.slice(at + 1).trimStart() : body;
  // A credit in words alone after the sentence has no full stop of its own ("… food and water. Stock picture").
  if (at >= 0 && body === paragraph && CREDIT_WORDS_LINE.test(tail)) return true;
  return CREDIT_WORD.test(tail) && CREDIT_AFTER_SENTENCE.test(tail);
}

/** . ! ? */
function isSentenceEnd(code: number): boolean {
  return code === 0x2e || code === 0x21 || code === 0x3f;
}

/**
 * Where a caption's credit begins: after its last sentence ("… on July 11. Jane Roe/AP", "… 2018.Jane
 * Roe / Getty"), its last bracket ("(AP Photo/Jane Roe)"), a bar, or a credit label after the caption
 * ("… Credit: Jane Roe"); 0 for a credit line alone. Names before it are the people pictured. A
 * stop after a capitalised word is an abbreviation's ("Sen. Ann Lee"), not a sentence's end.
 */
export function creditPartStart(caption: string): number {
  if (isCreditLineShaped(caption, wordsOf(caption).length)) return 0;
  // A video's reporter is its credit, not someone pictured.
  const reporter = VIDEO_REPORTER_WORDS.test(caption) ? VIDEO_REPORTER.exec(caption) : null;
  if (reporter) return reporter.index + reporter[0].indexOf(reporter[1]);
  // A photographer and their paper after the last sentence: the credit, whatever stops its email address holds.
  const photographer = photographerAfterSentence(caption);
  if (photographer) return photographer.index + photographer[0].search(/\p{L}/u);
  let start = caption.length;
  for (const match of caption.matchAll(CREDIT_MARKER)) start = match.index + match[0].length;
  return start;
}

/** What ends a caption's words and opens its credit (see `creditPartStart`); labels at the very start open the caption itself. */
const CREDIT_MARKER = /(?:(?:\p{Ll}{2}|\p{N})[.!?]["”’]?(?:\s+|(?=\p{Lu}))|\(|\s\|\s|\s(?:credit|photo|photograph|picture|image)s?:\s*)/giu;
