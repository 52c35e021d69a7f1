/**
 * Shapes of a single paragraph that tell page furniture from story text. Pure string tests; the
 * few that need to know a word's class take the lexicon.
 */
import type { Lexicon } from '../lexicon';
import { letterOrDigitWidth } from '../text/wordChars';

/**
 * The words of a paragraph: a letter or digit, then letters, digits and the marks inside names,
 * numbers and addresses ('’.&@/-). What /[\p{L}\p{N}][\p{L}\p{N}'’.&@/-]*&#47;gu matches, found by a
 * loop over character codes (text/wordChars.ts): the expression was the page reader's largest cost.
 */
export function wordsOf(paragraph: string): string[] {
  const words: string[] = [];
  let at = 0;
  while (at < paragraph.length) {
    const width = letterOrDigitWidth(paragraph, at);
    if (width === 0) {
      at++;
      continue;
    }
    const start = at;
    at += width;
    for (;;) {
      const next = letterOrDigitWidth(paragraph, at);
      if (next > 0) at += next;
      else if (isInnerMark(paragraph.charCodeAt(at))) at++;
      else break;
    }
    words.push(paragraph.slice(start, at));
  }
  return words;
}

/** ' ’ . & @ / - */
function isInnerMark(code: number): boolean {
  return code === 0x27 || code === 0x2019 || code === 0x2e || code === 0x26 || code === 0x40 || code === 0x2f || code === 0x2d;
}

/**
 * The words of a paragraph short enough to be furniture, a byline or a date line; a longer one
 * (over `LONG_PARAGRAPH` characters) is story or code, and only its length in words matters, so
 * it is not split (most of a page's text is in such paragraphs).
 */
export const LONG_PARAGRAPH = 320;

export function shortWordsOf(paragraph: string): { words: string[]; count: number } {
  // A word of news copy with its space averages about six characters.
  if (paragraph.length > LONG_PARAGRAPH) return { words: [], count: Math.floor(paragraph.length / 6) };
  const words = wordsOf(paragraph);
  return { words, count: words.length };
}

/**
 * Ends as a sentence does: a full stop, question or exclamation mark, colon, or a closing mark after one.
 * What /[.!?…:;]["'”’)\]]*$/u or /[.!?,]\s*["”’]$/u matches, read backwards from the end by
 * character codes: the expressions tried every position of the paragraph, and every paragraph is asked.
 */
export function endsSentence(paragraph: string): boolean {
  let at = paragraph.length - 1;
  while (at >= 0 && isClosingMark(paragraph.charCodeAt(at))) at--;
  if (at >= 0 && isSentenceEnd(paragraph.charCodeAt(at))) return true;
  if (paragraph.charCodeAt(paragraph.length - 1) === 0x5d && endsSentenceBeforeSourceTag(paragraph)) return true;
  // A quotation mark after the sentence's end and spacing: `."`, `, ”`.
  const last = paragraph.charCodeAt(paragraph.length - 1);
  if (last !== 0x22 && last !== 0x201d && last !== 0x2019) return false;
  at = paragraph.length - 2;
  while (at >= 0 && isSpace(paragraph, at)) at--;
  const code = paragraph.charCodeAt(at);
  return at >= 0 && (code === 0x2e || code === 0x21 || code === 0x3f || code === 0x2c);
}

/**
 * A sentence, then the name of its source in square brackets, as link digests print each item
 * ("… more likely to vote. [Gallup]"): the sentence ends before the tag. A headline left without
 * its full stop stays one with a tag after it.
 */
function endsSentenceBeforeSourceTag(paragraph: string): boolean {
  const open = paragraph.lastIndexOf('[');
  if (open < 1 || paragraph.length - open > 40) return false;
  let at = open - 1;
  while (at >= 0 && isSpace(paragraph, at)) at--;
  if (at === open - 1) return false;
  while (at >= 0 && isClosingMark(paragraph.charCodeAt(at))) at--;
  const code = paragraph.charCodeAt(at);
  return at >= 0 && (code === 0x2e || code === 0x21 || code === 0x3f);
}

/** . ! ? … : ; */
function isSentenceEnd(code: number): boolean {
  return code === 0x2e || code === 0x21 || code === 0x3f || code === 0x2026 || code === 0x3a || code === 0x3b;
}

/** " ' ” ’ ) ] */
function isClosingMark(code: number): boolean {
  return code === 0x22 || code === 0x27 || code === 0x201d || code === 0x2019 || code === 0x29 || code === 0x5d;
}

/** `\s` of a regular expression, with the common ASCII cases first. */
function isSpace(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  if (code === 0x20 || (code >= 0x09 && code <= 0x0d)) return true;
  return code > 0x7f && /\s/u.test(text[at]);
}

/** No sentence ends before the paragraph's last words ("… on Wednesday." is one; "… said. She …" two). */
export function isOneSentence(paragraph: string): boolean {
  return !/\p{Ll}{2}[.!?]["”’]?\s+\p{Lu}/u.test(paragraph);
}

/** Double quotation marks: a paragraph with a quotation in it is someone's words, not furniture. */
export function hasQuotation(paragraph: string): boolean {
  return /["“”«»„]|''|^['‘]/u.test(paragraph);
}

/** A title in marks: a few words in title case ("the “Clementine Adair” premiere", "“Harbor Patrol”"). */
const TITLE_IN_MARKS = /["“][\p{Lu}\p{N}][\p{L}\p{N}'’:-]*(?:\s+(?:of|the|and|a|an|in|on|at|to|for|[\p{Lu}\p{N}][\p{L}\p{N}'’:-]*)){0,5}["”]/gu;

/** Quotation marks other than around a title ("the “Clementine Adair” premiere" has none). */
export function hasQuotationBesidesTitles(paragraph: string): boolean {
  return hasQuotation(paragraph) && hasQuotation(paragraph.replace(TITLE_IN_MARKS, 'Title'));
}

/** A quotation of four words or more: someone's words. Shorter ones are a headline's scare quotes or a title. */
export function hasSpeech(paragraph: string): boolean {
  return /["“«„][^"“”«»„]*?(?:\s+[^\s"“”«»„]+){3,}[^"“”«»„]*["”»]/u.test(paragraph);
}

/** Capitalised words make up nearly all of the longer words: a headline or a title, not a sentence. */
export function isTitleCase(words: readonly string[]): boolean {
  const long = words.filter((word) => word.length > 3 && /^\p{L}/u.test(word));
  if (long.length === 0) return false;
  const capitalised = long.filter((word) => /^\p{Lu}/u.test(word)).length;
  return capitalised / long.length >= 0.8;
}

/** A word of four letters or more in lower case: a caption naming people and where they are has one ("at her home"), a heading in title case seldom. */
export function hasLongWordInLowerCase(words: readonly string[]): boolean {
  return words.some((word) => /^\p{Ll}{4}/u.test(word));
}

/** A gallery or list counter: "1 / 6", "Photo 3 of 12", "Image 1 of 4", a lone list number. */
export function isCounter(paragraph: string): boolean {
  return /^(?:(?:photo|image|picture|slide|video)s?\s+)?\d{1,3}(?:\s*(?:\/|of)\s*\d{1,3})?$/i.test(paragraph);
}

/** Map coordinates left by an embedded map: two decimal degrees with four or more decimals. */
export function hasCoordinates(paragraph: string, wordCount: number): boolean {
  return wordCount <= 10 && /-?\b\d{1,3}\.\d{4,}\s*[,;]?\s+-?\d{1,3}\.\d{4,}\b/u.test(paragraph);
}

/**
 * Scraps of script or markup: the characters of code are dense ("googletag.cmd.push(function()
 * {…});"), or a construct no prose has (a call on a dotted name, an arrow, a tag).
 */
const CODE_CHARACTERS = new Set([...'{}()=;<>[]$|&'].map((c) => c.charCodeAt(0)));

export function isCode(paragraph: string): boolean {
  // Prose has brackets, semicolons and dollars, but next to never braces, equals signs or angle brackets.
  if (!/[{}=<>]|\);/.test(paragraph)) return false;
  if (isJsonData(paragraph)) return true;
  let codeCharacters = 0;
  for (let i = 0; i < paragraph.length; i++) if (CODE_CHARACTERS.has(paragraph.charCodeAt(i))) codeCharacters++;
  if (codeCharacters < 3) return false;
  // Markup around prose (an embedded post with its text) is the prose's, not code.
  if (/<[^>]*>/u.test(paragraph) && wordsOf(paragraph.replace(/<[^>]*>/gu, ' ')).length >= 8) return false;
  if (codeCharacters >= 6 && codeCharacters / paragraph.length >= 0.05) return true;
  const construct = /\bfunction\s*\(|=>|<\/?[a-z]+[\s>/]|\b[a-z_$][\w$]*\.[a-z_$][\w$]*(?:\.[\w$]+)*\(|\)\s*;\s*$|^\s*(?:var|let|const)\s+\w+\s*=/i;
  return construct.test(paragraph);
}

/**
 * Data a page carries for machines (the structured data of a story, a player's settings): braces
 * around two or more quoted keys, each with its colon ({"@type":"NewsArticle","headline":"…"}).
 * The keys' marks would otherwise be read as quotes.
 */
function isJsonData(paragraph: string): boolean {
  if (!/[{[]/.test(paragraph)) return false;
  const keys = paragraph.match(/["'][@$]?[\w-]{1,40}["']\s*:\s*["'{[\d\-tfn]/g);
  return keys !== null && keys.length >= 2;
}

/**
 * A navigation or share bar: three or more short items separated by bars, bullets, arrows or wide
 * gaps ("News    Sports    Opinion", "Terms of Use | Privacy Policy"), or a breadcrumb ("Home > World").
 */
export function isMenu(paragraph: string, lexicon?: Lexicon): boolean {
  if (/^[^>]{1,30}(?:\s[>»]\s[^>]{1,30})+$/u.test(paragraph)) return true;
  // A menu saved without its separators: five or more capitalised words and nothing else, not one of
  // them a function word ("News Politics World Local Sports"); a headline has its "in", "of", "to".
  if (lexicon && /^\p{Lu}[\p{L}&]*(?: \p{Lu}[\p{L}&]*){4,}$/u.test(paragraph)) {
    return paragraph.split(' ').every((word) => lexicon.wordClass(word.toLowerCase()) !== 'function');
  }
  if (!/[|·•\t]|\s{3}/u.test(paragraph)) return false;
  const items = paragraph.split(/\s*[|·•]\s*|\s{3,}|\t+/u).filter((item) => item.trim() !== '');
  return items.length >= 3 && items.every((item) => wordsOf(item).length <= 4 && !endsSentence(item));
}

/** A web address or e-mail address standing alone or nearly so. */
export function isAddressLine(paragraph: string, wordCount: number): boolean {
  return wordCount <= 12 && /\bhttps?:\/\/\S+|\bwww\.\S+|\b[\w.+-]+@[\w-]+\.[\w.]+\b/u.test(paragraph);
}

/**
 * A link line: a short label and a colon, then a headline ("Related: …", "ALSO READ: …"), or the
 * label alone ("Read more:"). The headline is told by its shape: no closing full stop, or title case.
 */
export function isLinkLine(paragraph: string, lexicon?: Lexicon): boolean {
  const match = /^([^:.!?"“”]{2,24}):\s*(.*)$/u.exec(paragraph);
  if (!match) return false;
  const [, label, rest] = match;
  const labelWords = wordsOf(label);
  if (labelWords.length > 3) return false;
  // A label alone that holds a verb of speech in a said form ("He added:", "Stated Stone:") brings in a quotation.
  if (rest === '') return !lexicon || !labelWords.some((word) => isSaidForm(word, lexicon));
  // A label asking the reader to follow the link ("Read more:", "See also:") heads a headline however it ends.
  if (lexicon && labelWords.length >= 2 && opensWithImperative(labelWords, lexicon, true)) return true;
  const restWords = wordsOf(rest);
  // A headline of any length leaves off the full stop; a short one in title case may keep it.
  return !endsSentence(rest) || (restWords.length <= 12 && isTitleCase(restWords));
}

/** A cue verb in a form other than its plain one ("said", "adds", "tweeted"): someone spoke; "Read", "Note" ask the reader. */
function isSaidForm(word: string, lexicon: Lexicon): boolean {
  const norm = word.toLowerCase();
  const cue = lexicon.cueVerb(norm);
  return cue !== undefined && cue.infinitive !== norm;
}

/** Words that stand before an imperative without changing it ("Never miss a story", "Please sign in"). */
const IMPERATIVE_LEAD = new Set(['never', "don't", 'don’t', 'please', 'now', 'also']);
/** The English modal verbs (a closed class of the grammar), which compromise's lexicon files as verbs. */
const MODALS = new Set(['may', 'might', 'can', 'could', 'shall', 'should', 'will', 'would', 'must']);
/** Words that follow a verb but not a noun opening a sentence: an object's determiner, a particle. */
const VERB_FOLLOWER = /^(?:the|a|an|our|your|this|these|us|up|down|out|off|back|left|right|in|here|now|to|for|more|all)$/u;
/**
 * Words that address the reader or point at the page ("your inbox", "sign up here", "follow us"); not
 * inside a compound ("thank-you cards", "a here-and-now feel").
 */
const READER_WORD = /(?<![\w-])(?:you|your|yours|our|us|here|now|today)(?![\w-])/i;

/**
 * A call to action: a sentence that opens with a verb in its plain form, short or addressed to
 * the reader ("Sign up for our newsletter", "Download the app on your phone", "Share this story").
 * News sentences open with their subject, so an imperative outside quotation marks is the page talking.
 */
export function isCallToAction(paragraph: string, words: readonly string[], lexicon: Lexicon): 'addressed' | 'short' | null {
  if (words.length === 0 || words.length > 25 || hasQuotation(paragraph) || opensWithAside(paragraph)) return null;
  // A question opening with a verb is the writer asking ("Come again?"); the page asks the reader with "you".
  if (/\?["'”’]?$/u.test(paragraph) && !READER_WORD.test(paragraph)) return null;
  // Short and unaddressed, it may still be a headline ("Judge blocks …": the noun is a verb too).
  // In title case it may be a headline ("Don't Let Them Tell You …").
  const titleCase = isTitleCase(words);
  const kind = READER_WORD.test(paragraph) && !titleCase ? 'addressed' : words.length <= 8 || titleCase ? 'short' : null;
  // The verb test last: it may ask compromise's tagger, the costliest step of reading a page.
  return kind !== null && opensWithImperative(words, lexicon) ? kind : null;
}

/**
 * Words by which a line points at the page around it or at the reader's screen rather than at the
 * news: a place on the page ("above", "below", "here"), a handle to follow ("@desk"), the page
 * naming itself ("a story", "this article"), or the media a page shows and its reader taps, clicks
 * and plays (photos, galleries, videos, players, buttons; written for this module from the shapes of
 * gallery and embed prompts).
 */
const PAGE_MEDIA = /\b(?:photos?|images?|pictures?|galler(?:y|ies)|slideshows?|videos?|clips?|player|button|screen)\b/iu;
const PAGE_POINTER = /\b(?:above|below|here)\b|(?:^|\s)@\w|\b(?:a|an|every|the|this|our) (?:story|article|site|page|post|podcast)\b/iu;

export function pointsAtPage(line: string): boolean {
  return PAGE_POINTER.test(line) || PAGE_MEDIA.test(line);
}

/**
 * The line's first word is set off by a comma or a colon ("Now, the board …", "Meanwhile, …", "Q: …"):
 * an adverb, a name addressed or a label, never an imperative's verb.
 */
export function opensWithAside(line: string): boolean {
  return /^[^\s,:]+[,:]/u.test(line);
}

/** The words open with a verb in its plain form, perhaps after "Never" or "Please": an imperative. */
export function opensWithImperative(words: readonly string[], lexicon: Lexicon, knownVerb = false): boolean {
  if (words.length === 0) return false;
  const led = IMPERATIVE_LEAD.has(words[0].toLowerCase()) && words.length > 1;
  const verb = words[led ? 1 : 0].toLowerCase();
  if (/(?:ed|ing|[^s]s)$/u.test(verb)) return false;
  // A modal opening the line makes a wish or a question ("May the best team win."), never a request.
  if (MODALS.has(verb)) return false;
  // After "Never" or "Please" any plain word is the verb ("Never miss…": compromise files "miss" as a title).
  // compromise's lexicon files many verbs of the web ("sign", "download", "watch") as nouns or not at
  // all; such a word opening the line is a verb when an object or particle follows ("Sign up", "Watch the").
  const wordClass = lexicon.wordClass(verb);
  const next = words[led ? 2 : 1]?.toLowerCase();
  const verbLike = wordClass === 'verb' || ((wordClass === 'other' || wordClass === 'unknown') && next !== undefined && VERB_FOLLOWER.test(next));
  // A number is no verb, nor a verb of speech in a said form ("Wrote one skipper:").
  if (!/^\p{L}/u.test(verb) || isSaidForm(verb, lexicon)) return false;
  if (!(led ? wordClass !== 'function' && wordClass !== 'date' : knownVerb ? wordClass === 'verb' : verbLike)) return false;
  if (wordClass === 'verb') return true;
  // Such a word before an object or particle, in a line about the page's media ("Tap the photo to
  // enlarge"), is the reader's action on the page: decided without the tagger, which misreads these verbs.
  if (!led && !knownVerb && PAGE_MEDIA.test(words.join(' '))) return true;
  // A word the lexicon does not file as a verb ("outlook", "abroad", a name) is one only if compromise's
  // tagger, reading the words from it on, takes it for a verb in its plain form ("stay safe").
  return lexicon.opensWithPlainVerb(plainVerbPhrase(words, led ? 1 : 0));
}

/** The words from `from` on (at most six), the first lower-cased: a capital opening a line says nothing of its class. */
function plainVerbPhrase(words: readonly string[], from: number): string {
  const phrase = words.slice(from, from + 6);
  return [phrase[0].toLowerCase(), ...phrase.slice(1)].join(' ');
}

/**
 * A notice from the site rather than the story: copyright and rights lines, and sentences in which
 * the page speaks of itself ("this site", "this article") or of the reader's cookies. The nouns are
 * the names a web page gives itself; "©"/"Copyright" open every rights line.
 */
export function isSiteNotice(paragraph: string, wordCount: number, lexicon?: Lexicon): boolean {
  if (isRightsLine(paragraph)) return true;
  if (wordCount > 45) return false;
  // A cookie notice reports nobody's words ("\"… cookies every Sunday,\" she said" is the story's).
  if (/\bcookies?\b/i.test(paragraph) && READER_WORD.test(paragraph) && !reportsSpeech(paragraph)) return true;
  // A pointer to the site's other pages ("More stories by …", "Latest videos from …") or its ads.
  if (wordCount <= 8 && (/^(?:more|other|latest|all|recent) (?:stories|articles|posts|videos|news|columns)\b/i.test(paragraph) || /\badvertisement\b/i.test(paragraph))) return true;
  // The labels sites print over paid placements ("Sponsored", "Paid content", "Promoted stories").
  if (wordCount <= 4 && /\b(?:sponsored|promoted|paid (?:content|posts?)|partner content)\b/i.test(paragraph) && !endsSentence(paragraph)) return true;
  // A sponsor's credit over a section or newsletter: a participle and "by" or "with", then a name ("Brought to you by …", "Underwritten by …").
  if (wordCount <= 8 && isSponsorCredit(paragraph)) return true;
  // The page pointing past its own ad slot: "Story continues below", "Article continues after this ad".
  if (wordCount <= 8 && /^(?:the )?(?:story|article|content|text|report) continues\b/i.test(paragraph)) return true;
  // Where the story ran in print, with its printed headline in marks ("Appeared in the July 17, 2018, print
  // edition as '…'", "A version of this article appears in print on …").
  if (/^(?:appeared in\b.*\bprint edition|a version of this (?:article|story) appear(?:s|ed) in print)\b/i.test(paragraph)) return true;
  if (hasQuotation(paragraph)) return false;
  // Without the `u` flag: its case folding made this and SITE_NOUN the page reader's costliest expressions,
  // and on these ASCII words they match the same.
  for (const match of paragraph.matchAll(/\b(?:this|our) (?:site|website|page|article|story|post|feed|newsletters?|app)\b/gi)) {
    if (!lexicon || !isReportingFor(paragraph.slice(0, match.index), lexicon)) return true;
  }
  return false;
}

/**
 * The words before "this story" end in a verb and "for" ("declined to comment for this story",
 * "interviewed for this article"): the reporting behind the story, told in it, not the page speaking.
 */
function isReportingFor(before: string, lexicon: Lexicon): boolean {
  const verb = /([\p{L}’']+) for $/u.exec(before)?.[1].toLowerCase();
  return verb !== undefined && (lexicon.wordClass(verb) === 'verb' || lexicon.isCueVerb(verb));
}

/** A participle ("Presented", "Made possible", "Brought to you") with "by" or "with", then a capitalised name, and no sentence after it. */
function isSponsorCredit(paragraph: string): boolean {
  return /^(?:\p{Lu}\p{Ll}+(?:ed|en|ght)(?: (?:for|to you|possible|in partnership))?|In (?:partnership|association|collaboration)) (?:by|with) \p{Lu}[^.!?:;"“”]*$/u.test(paragraph);
}

/**
 * The things a site asks of its readers or tells them about its own workings: comments and their
 * moderation, subscriptions and sign-ins, newsletters, inboxes, browsers, ad blockers, cookies,
 * free articles. Written for this module from the shapes of comment rules, paywall and sign-up
 * prompts; news prose names them seldom, and then not speaking to the reader. Without the `u` flag, for
 * speed (see isSiteNotice).
 */
const SITE_NOUN =
  /\b(?:comments?|commenting|commenters?|community (?:guidelines|standards)|house rules|subscri(?:be|bers?|bed|bing|ptions?)|newsletters?|inbox|e-?mail address|(?:log|sign)(?:ging)? (?:in|up|out)|signing up|free (?:account|articles?|trial)|membership|become a member|(?:digital|unlimited|full) access|browser|ad[- ]?blockers?|whitelist|cookies?|moderation|(?:pre-)?moderated|this e-?mail|(?:discussion|comment|posting) (?:guidelines|rules|policy))\b/i;
/** The site speaking: to the reader ("you"), as itself ("we", "our"); not inside a compound ("thank-you cards"). */
const SITE_VOICE = /(?<![\w-])(?:you|your|yours|we|our|us)(?![\w-])/iu;

/**
 * A notice in which the site speaks of its own workings: a sentence with one of the site's nouns
 * (comments, subscriptions, cookies, …) said to or by the site ("we moderate…", "your inbox"), as
 * a request ("Please keep comments civil", "Log in to keep reading"), or with that noun as its
 * subject ("Comments are closed", "Commenting is limited to …").
 */
export function isReaderNotice(paragraph: string, wordCount: number, lexicon: Lexicon): boolean {
  if (wordCount > 45 || hasQuotation(paragraph)) return false;
  if (isStandingRuleOnContributions(paragraph, wordCount)) return true;
  if (!SITE_NOUN.test(paragraph)) return false;
  // The noun as the sentence's subject, perhaps after a determiner ("Every comment is checked …", "All comments are …").
  if (SITE_VOICE.test(paragraph) || /^(?:(?:all|every|each|any|new|reader) )?(?:comments?|commenting|replies|posts|subscri\w+|cookies)\b/iu.test(paragraph)) return true;
  // A request opens one of its sentences, perhaps after a short label's colon ("Support us: become a member …",
  // "A member already? Sign in …"). A name at the head of a sentence may look like a verb: compromise's tagger tells.
  // Sentences end at ". ", "? " or "! ", but not after an abbreviation ("Mr.", "U.S.").
  return paragraph.split(/(?<=(?<!\b\p{Lu}[\p{L}.]{0,2})[.!?])\s+/u).some((sentence) => {
    const opening = /^(?:[^:.!?]{2,30}:\s+)?([^.!?]*)/u.exec(sentence)?.[1] ?? '';
    return !opensWithAside(opening) && opensWithImperative(wordsOf(opening), lexicon);
  });
}

/**
 * What readers send in, as the notes under forums and letters pages name it, opening the sentence
 * ("Posts are …", "All letters may be …"). Written for this module from the shape of those notes;
 * "comments" and the site's other nouns are `SITE_NOUN`'s.
 */
const CONTRIBUTIONS = /^(?:(?:all|any|every|each|new|reader|readers['’]) )?(?:posts|replies|submissions|letters|responses|contributions|messages)\b/iu;
/** A passive in the present or after a modal, within a few words: a standing rule ("are screened", "will be taken down", "may be edited"). */
const STANDING_PASSIVE = /^\S+(?: \S+){0,5}? (?:are|is|will be|may be|can be|must be|might be|could be|should be)(?: \p{Ll}+ly)? \p{Ll}+(?:ed|en|wn)\b/u;

/**
 * A note on moderation without the word "comment": what readers send, as the subject of a standing
 * rule in the passive, with no name, number or date in it, as news of a letter or a post would have.
 */
function isStandingRuleOnContributions(paragraph: string, wordCount: number): boolean {
  return wordCount <= 25 && CONTRIBUTIONS.test(paragraph) && STANDING_PASSIVE.test(paragraph) && !/\s\p{Lu}|\d/u.test(paragraph);
}

/**
 * The headline of a link list that runs long (a headline and its standfirst, a teaser sentence):
 * thirteen words or more that never end as a sentence does, often with a date or "Read more" after
 * them. Story paragraphs of that length end with a full stop or a closing quotation mark.
 */
export function isLongLinkHeadline(paragraph: string, wordCount: number): boolean {
  if (wordCount < 13) return false;
  // An arrow after the link ("Read more »") is no quotation mark.
  // An ellipsis at the end ("[…]", "…") is the site cutting a teaser short, not a sentence's end.
  // Each expression is tried only on a paragraph ending in its last character: they tried every position.
  const last = paragraph.charCodeAt(paragraph.length - 1);
  let line = last === 0xbb || last === 0x203a || last === 0x2192 ? paragraph.replace(/\s[»›→]+$/u, '') : paragraph;
  if (line.endsWith('…') || line.endsWith('...') || line.endsWith(']')) line = line.replace(/\s*(?:\[(?:…|\.\.\.)\]|…|\.\.\.)$/u, '');
  return !endsSentence(line) && !hasQuotation(line) && !hasSentencesInside(line);
}

/**
 * Two sentences or more end inside the line ("It is. We are. And they …"): story text cut short, not a
 * headline, which is one sentence, or two with its standfirst. A full stop after a capital and up to
 * two letters is an abbreviation's ("U.S.", "Mr."), not a sentence's end.
 */
function hasSentencesInside(line: string): boolean {
  let ends = 0;
  for (const _ of line.matchAll(/(?<!\b\p{Lu}[\p{L}.]{0,2})[.!?]["'”’]?\s+(?=["'“‘]?\p{Lu})/gu)) if (++ends >= 2) return true;
  return false;
}

/**
 * A long link headline that needs no list beside it: besides never ending as a sentence, it ends in
 * a request to follow it ("… Read more", "… Continue reading", "…more"), as no sentence of a story does.
 */
export function isLoneLinkHeadline(paragraph: string, wordCount: number, lexicon: Lexicon): boolean {
  if (!isLongLinkHeadline(paragraph, wordCount)) return false;
  if (/(?:…|\.\.\.)\s*more$/iu.test(paragraph)) return true;
  // The last two words ask the reader to go on: a verb, then "more" or "reading" (an arrow may follow).
  const follow = /\s(\p{L}+)\s+(?:more|reading)(?:\s*[»›→]+)?$/iu.exec(paragraph);
  return follow !== null && lexicon.wordClass(follow[1].toLowerCase()) === 'verb';
}

/**
 * A newsletter's or column's leave-taking after the story, with no "you" in it: a line of ten words
 * or fewer without a subject, opening with a verb ("Stay safe out there", "Thanks for reading") or a
 * preposition ("Until next week"), or a short exclamation. Only asked of lines after the story's last sentence.
 */
export function isSignOff(paragraph: string, words: readonly string[], lexicon: Lexicon): boolean {
  if (words.length === 0 || words.length > 10 || hasQuotation(paragraph) || !/\p{Lu}/u.test(paragraph[0] ?? '')) return false;
  const first = lexicon.wordClass(words[0].toLowerCase());
  // A word compromise has never filed, with an object after it ("Savour the weekend."), which the tagger
  // reads as a noun: a noun opening a sentence is followed by its verb, not by an article. Asked before
  // the tagger is.
  if (first === 'unknown' && /^\p{Lu}\p{Ll}+$/u.test(words[0]) && /^(?:the|a|an|your|our|this|every)$/u.test(words[1] ?? '') && /[.!]["'”’]?$/u.test(paragraph)) return true;
  if (!opensWithAside(paragraph) && opensWithImperative(words, lexicon)) return true;
  // A participle opening the line is a headline's or a label's ("Declared candidates"), not a farewell.
  if (first === 'verb') return !/(?:ed|ing)$/iu.test(words[0]);
  // A verb the lexicon files as a noun or not at all ("Stay dry", "Sleep well"): compromise's tagger tells.
  // A line in title case is a headline, whatever its first word.
  if ((first === 'other' || first === 'unknown') && /^\p{L}/u.test(words[0]) && !isTitleCase(words) && lexicon.opensWithPlainVerb(plainVerbPhrase(words, 0))) return true;
  // No verb at all after a preposition: a farewell's time ("Until Monday", "From all of us at the desk").
  if (first === 'function' && words.every((word) => lexicon.wordClass(word.toLowerCase()) !== 'verb') && !/^(?:the|a|an|this|that|these|those)$/iu.test(words[0])) return true;
  return words.length <= 6 && /!["'”’]?$/u.test(paragraph);
}

/**
 * A phrase naming someone or something, as a subhead over the paragraphs about them ("Ann Lee of the
 * Greens", "Harbour Party's Tom Roe"): two to six words, none a verb, and one of them a name compromise knows.
 */
export function isNamingPhrase(words: readonly string[], lexicon: Lexicon): boolean {
  if (words.length < 2 || words.length > 6) return false;
  let named = false;
  for (const word of words) {
    const bare = word.replace(/['’]s$/u, '');
    const wordClass = lexicon.wordClass(bare.toLowerCase());
    // A capitalised word that is a verb only in its plain form is a name's ("Labour Party", "Green Party"):
    // headlines in title case tell with "-s", "-ed" or "-ing" ("Calls", "Declared").
    if (wordClass === 'verb' && (/^\p{Ll}/u.test(bare) || /(?:s|ed|ing)$/u.test(bare))) return false;
    if (wordClass === 'function' && !/^(?:of|the|and|for|from)$/iu.test(word)) return false;
    if (wordClass === 'firstName' || wordClass === 'lastName' || wordClass === 'person') named = true;
  }
  return named;
}

/** A copyright or rights line. */
export function isRightsLine(paragraph: string): boolean {
  return /^(?:©|\(c\)|copyright\b)/i.test(paragraph) || (paragraph.length < 400 && /all rights reserved/i.test(paragraph));
}

/** A label: four words or fewer and no sentence ending ("PHOTOS", "LIVE STREAM", "3 min read", "Most Popular"). */
export function isLabel(paragraph: string, wordCount: number): boolean {
  return wordCount <= 4 && !endsSentence(paragraph) && !hasQuotation(paragraph);
}

/**
 * Words of a newsroom job or beat, as author boxes and staff pages describe their writers
 * ("… is a staff writer covering …", "… covers City Hall", "… has reported on courts"). Written
 * for this module from the shape of author bios under news stories.
 */
const NEWSROOM_WORD = /\b(?:reporters?|writers?|correspondents?|editors?|columnists?|journalists?|producers?|photographers?|contributors?|critics?|bureau|newsroom|covers|covering|covered|writes|wrote|reports|reported|reporting)\b/iu;
/** A name of two or three capitalised words opening the paragraph, then a verb ("Jane Roe is …", "Jane Roe-Lind covers …"). */
const NAME_OPENING = /^(\p{Lu}[\p{Ll}'’.-]+(?: \p{Lu}\.?)?(?: \p{Lu}[\p{Ll}'’]+(?:-\p{Lu}?[\p{Ll}'’]+)*){1,2}) (?:is|was|has|had|covers|writes|reports|joined|lives|works)\b/u;

/** Reports what someone said, or gives a source ("according to the poll"): a caption, a writer's box or a page label never does. */
export function reportsSpeech(paragraph: string): boolean {
  return /\b(?:said|says|told|according\s+to)\b/u.test(paragraph);
}

/**
 * An author box: a short paragraph that opens with a person's name and speaks of their newsroom
 * job or beat. Returns the name, or null. Whether the name is the story's is the caller's to tell.
 */
export function authorBioName(paragraph: string, wordCount: number): string | null {
  // A box describes its writer; a sentence that reports what someone said is the story's.
  if (wordCount < 5 || wordCount > 60 || hasQuotation(paragraph) || reportsSpeech(paragraph)) return null;
  const name = NAME_OPENING.exec(paragraph);
  // The verb after the name may be the job itself ("… covers", "… writes about").
  return name && NEWSROOM_WORD.test(paragraph.slice(name[1].length)) ? name[1] : null;
}

/** A line crediting the story's writers, as agencies end their copy ("Reporting by …; Editing by …", "… contributed to this report."). */
export function isStoryCredit(paragraph: string): boolean {
  return /\b(?:reporting|writing|editing) by\b|\bcontributed(?:\.|\s+(?:reporting|research|to (?:this|the) (?:report|story|article)))/iu.test(paragraph);
}

/**
 * The accessibility links at the top of a saved page: "Skip to main content", "Skip to navigation", "Jump to content",
 * "Skip Navigation", "SKIP ADVERTISEMENT", and two run together when the page's markup loses the break ("Skip to contentSkip to site index").
 */
const SKIP_LINK = /^(?:(?:skip|jump)\s+(?:to\s+)?(?:the\s+)?(?:main\s+|primary\s+|site\s+)?(?:content|navigation|nav|menu|search|footer|article|story|main|index|advertisement|ad)[\s.!]*)+$/iu;

export function isSkipLink(paragraph: string): boolean {
  return SKIP_LINK.test(paragraph.trim());
}
