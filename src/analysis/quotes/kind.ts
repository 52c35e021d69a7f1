/**
 * What a pair of quotation marks holds: a speaker's words (`quotation`, full or partial), or words
 * the reporter only marks — a scare quote ("the 'experts'"), a term being named ("the term
 * 'shovel-ready'"), or the title of a show, film, book or campaign (on NBC's "Meet the Press").
 * Only quotations are attributed to speakers.
 */
import type { ArticleWords, PeopleContext } from '../context';
import type { Lexicon } from '../lexicon';
import { firstIndex } from '../text/search';
import type { Token } from '../text/tokens';
import type { QuoteKind } from '../types';
import type { QuoteSpan } from './spans';

/** Scare quotes and terms are short: one to three words. */
const MAX_MARKED_WORDS = 3;
/** Titles run longer ("The Kid Who Would Be King", a book's title and subtitle), but not to a paragraph's length. */
const MAX_TITLE_WORDS = 15;
/** How much text either side of the marks is read for the words that introduce a title or term. */
const CONTEXT = 60;
/** How far either side of the marks the clause around them is read, at most (run-on text stays linear). */
const CLAUSE = 300;

/**
 * Nouns for the works news copy names by title (shows, films, books, songs, campaigns) and verbs
 * that introduce one. Written for this module from how copy introduces titles.
 */
const WORK_NOUNS = String.raw`(?:show|program|programme|broadcast|series|episode|segment|podcast|film|movie|feature|documentary|book|memoir|novel|biography|essay|poem|paper|study|song|track|opener|closer|interlude|instrumental|ballad|hit|theme|album|EP|LP|mixtape|single|anthem|play|musical|opera|drama|thriller|comedy|sitcom|procedural|miniseries|concert|game|autobiography|column|editorial|headline|title|article|report|poster|ad|commercial|commentary|campaign|slogan|initiative|hashtag|exhibition|tour|titled|entitled|website|blog|newsletter|painting|sculpture|print|production|adaptation|staging)`;
/**
 * Words that give a thing its name: "a reading club called", "branded the plan". "Called" only
 * after a noun phrase ("a club called"), since "Jacobs called Merkel …" is speech.
 */
const NAMING = String.raw`(?:\b(?:named|dubbed|branded|renamed|labelled|labeled)(?:\s+\S+){0,2}|\b(?:a|an|the)\s+(?:\S+\s+){0,2}\S+\s+called(?:\s+the)?)`;
/** The people and parts of a work that copy names after its title ("the 'Avatar' star", "a 'Dallas' reboot"). */
const WORK_PARTS = String.raw`(?:host|anchor|co-host|star|actor|actress|cast|director|producer|writer|showrunner|screenwriter|composer|fans|reboot|revival|remake|sequel|spinoff|spin-off|season|finale|premiere|trailer|creator|soundtrack|section|page|winner|contestant|finalist)`;
/** Things that carry a slogan ("a 'Feel the Bern' T-shirt"): the slogan is printed, nobody says it there. */
const SLOGAN_CARRIERS = String.raw`(?:hat|cap|shirt|t-shirt|tote|sign|banner|placard|sticker|button|bumper sticker)`;
/** Verbs whose object is a work: "self-published 'X'", "performed 'X'", "starred in 'X'". */
const WORK_VERBS = String.raw`(?:published|self-published|edits|edited|perform|performed|sang|played|released|aired|revival of|reboot of|starred in|stars in|co-starred in|to the tune of|hits including|songs including)`;
/**
 * Who made or presents a work ("author of", "host of"), and the programmes a guest speaks on ("told
 * 'Fox and Friends'", "in an interview with 'Meet the Press'"), and a work's cast, fans, episodes or clips
 * ("the cast of 'X'", "a clip from 'X'"): what follows in title case is a title.
 */
const MAKER_OR_GUEST = String.raw`(?:\b(?:author|co-author|authors|host|hosts|star|creator|director|editor|founder|co-founder)\s+of(?:\s+the)?|\b(?:fans|cast|episode|episodes|season|scene|scenes|clip|clips|reruns)\s+(?:of|from)(?:\s+the)?|\b(?:told|telling|speaking to|talking to|interview with|appearance on|appeared on))`;
/**
 * Before a title: a possessive or "on", "in", "its"; a word for a work, perhaps with a word after it or
 * a phrase and a comma ("a district report released in October, 'X'", not "a hat reading, 'X'", which
 * gives the words on it); a naming; a maker or a guest; a verb whose object is a work.
 */
const TITLE_BEFORE = new RegExp(String.raw`(?:['’]s|s['’]|\b(?:on|in|its)|\b${WORK_NOUNS}s?(?:\s+\S+)?|\b${WORK_NOUNS}s?\s(?![^,.;:"“”\n]*\b(?:read|reads|reading|say|says|saying|said)\b)[^,.;:"“”\n]{1,40},|${NAMING}|${MAKER_OR_GUEST}|\b${WORK_VERBS})\s*[,:]?\s*$`, 'iu');
/** After the title: what it is ("'X' documentary", "'X' TV show"), a part of it, or what carries it ("'X' hats"), a word between at most. */
const TITLE_AFTER = new RegExp(String.raw`^[,.]?\s*(?:\S+\s+)?(?:${WORK_NOUNS}|${WORK_PARTS}|${SLOGAN_CARRIERS})s?\b`, 'iu');
/**
 * What the title is, said in apposition or with "is" ("'X,' an HBO series that …", "'X' is an AMC
 * drama"): an article, at most two words, then the word for a work.
 */
const TITLE_DESCRIBED_AFTER = new RegExp(String.raw`^[,.]?\s*(?:is|was|,|--|—|–)?\s*(?:a|an|the)\s+(?:\S+\s+){0,2}${WORK_NOUNS}s?\b`, 'iu');
/** The channel a programme runs on, straight after it: "'X' on HBO", "'X' on Fusion". */
const OUTLET_AFTER = /^,?\s*on\s+(?:the\s+)?(\p{Lu}[\p{L}\p{N}&.-]*)/u;
/** A headline credited to its writer runs to a headline's length. */
const MAX_CREDITED_TITLE_WORDS = 25;
/** "by" and a name or outlet straight after the closing mark, perhaps after a comma. */
const CREDITED_AFTER = /^(,)?\s*by\s+(?:the\s+)?\p{Lu}/u;
/** An outlet (capitalised, or a web address) and a date after a cited headline, up to the closing bracket: ", Harbour Times, Monday)". */
const CITED_AFTER = /^,?\s*(?:the\s+)?\p{Lu}[\p{L}\p{N}.&'’-]*(?:\s+\p{Lu}[\p{L}\p{N}.&'’-]*){0,3},\s*[\p{L}\p{N}][\p{L}\p{N}.,\s]{1,20}\)/u;
/**
 * The groups election and poll copy sorts people into ("'very conservative' voters", "the 'at-large'
 * delegates", "'Remain' supporters"). Written for this module from how that copy labels groups.
 */
const GROUP_AFTER = /^\s+(?:voters|delegates|republicans|democrats|independents|conservatives|liberals|progressives|moderates|evangelicals|supporters|respondents)\b/iu;

/**
 * Marks straight before a word for a group of voters or members label the group: the category a
 * poll or a party sorts them by, nobody's words. A cue or an owner just before ("said 'zero' voters",
 * "his 'forgotten' voters") gives the words to someone and keeps them a quotation.
 */
function labelsGroupOfPeople(article: ArticleWords, span: QuoteSpan, first: number, after: string): boolean {
  const { text, tokens, lexicon } = article;
  if (!GROUP_AFTER.test(after) || /[,.;:?!]$/u.test(text.slice(span.start, span.end))) return false;
  for (let i = first - 1; i >= Math.max(0, first - OWNER_REACH); i--) {
    if (tokens[i].possessive || POSSESSIVE_WORDS.has(tokens[i].norm)) return false;
    // Only a cue right before the marks frames them ("said 'zero' voters", "self-described"); a word farther back may be a noun that looks like one ("no primary state where").
    if (i === first - 1 && isCueAt(tokens, i, lexicon, span.outerStart)) return false;
  }
  return true;
}

/**
 * A slogan, motto or hashtag named and then given, headlines and slogans given as examples, or a
 * title given as such: "the campaign slogan is 'X'", "its motto, 'X'", "headlines such as 'X'", "an
 * email titled 'X'". Slogans and headlines are often written in sentence case, so unlike other
 * titles these need no capitals.
 */
const SLOGAN_GIVEN_BEFORE = /\b(?:(?:slogan|motto|tagline|catchphrase|hashtag)\s*(?:is|was|,|:|—|–)?|(?:slogans|mottos|hashtags|headlines)\s+(?:such\s+as|like|including)|(?:titled|entitled|headlined)\s*[,:]?)\s*$/iu;
/** A name given in the passive, or by a participle set off by a comma: "what has been described as a 'X'", "being dubbed the 'X'", "a small rover, nicknamed 'X'". */
const NAMED_WITHOUT_NAMER_BEFORE = /(?:\b(?:is|are|was|were|been|being|be)\s+(?:\p{L}+ly\s+)?|,\s*)(?:described|dubbed|called|labell?ed|termed|branded|nicknamed|billed)(?:\s+as)?(?:\s+(?:a|an|the))?\s*$/iu;
/**
 * A name in use, given in the passive with how often or where it is used: "the reserve fund, often
 * called the county's 'X'", "Asean's approach, often summed up as 'X'", "the idea — referred to in
 * Brussels corridors as 'X'". Nobody's one utterance: the writer's aside, even in a sentence that
 * reports someone ("… told the council that the fund, often called 'X', stood at …").
 */
const NAME_IN_USE_BEFORE = /(?:(?:,|—|–|\b(?:is|are|was|were|been|being|be))\s*(?:often|commonly|widely|popularly|sometimes|frequently|usually|generally)\s+(?:called|dubbed|labell?ed|termed|nicknamed|(?:described|referred\s+to|summed\s+up)\s+as)|\b(?:called|referred\s+to|described)\s+(?:in|among|around|across)\s+(?:[\p{L}'’-]+\s+){1,3}as)(?:\s+(?:a|an|the))?(?:\s+\p{L}+['’]s)?\s*$/iu;
/**
 * A name given in the passive with nobody to give it: no agent after the marks and no cue elsewhere
 * in the sentence ("could be termed 'X', he acknowledged" gives his wording).
 */
function isNamedWithoutNamer(article: PeopleContext, span: QuoteSpan, before: string, after: string, properName: boolean): boolean {
  if (AGENT_AFTER.test(after)) return false;
  if (NAME_IN_USE_BEFORE.test(before)) return true;
  const passive = NAMED_WITHOUT_NAMER_BEFORE.exec(before);
  if (passive === null) return false;
  // A proper name set off by a comma or given ahead ("a song, she said, called 'Ocho Campanas'", "to be
  // called 'Women of the Harbor'") names the thing whoever speaks in the sentence.
  if (/^(?:,|be\b)/u.test(passive[0]) && properName) return true;
  return !hasCueAround(article, span, span.outerStart - before.length + passive.index);
}

/** Examples of words given as words: "words like 'maybe'", "terms such as 'X'". */
const WORDS_LIKE_BEFORE = /\b(?:words|terms|phrases|expressions)\s+(?:like|such\s+as)\s*$/iu;
/** "a bing sutt, or 'ice room'": the marks after a noun and ", or" give its other name or its gloss (not a list of quotes: "'bold,' or 'reckless'"). */
const GLOSS_OR_BEFORE = /[\p{L}\p{N})]\s*,\s+or\s*$/u;

/** Words that name what follows as a word or phrase rather than as someone's speech. */
const TERM_BEFORE = /\b(?:term|terms|word|words|phrase|expression|label|nickname|so-called|so called|dubbed|nicknamed|known as|coined)\s*$/iu;

/**
 * A noun that mentions the marked words as words, after a determiner: "the term 'X'", "the phrase
 * 'X'", whoever is said to use them, or the word's meaning ("definitions of 'X'"). A comma after it ("used the words, 'X'") gives them as an utterance.
 */
const WORD_NAMED_BEFORE = /\b(?:(?:the|a|this|that|these|those)\s+(?:term|terms|word|words|phrase|phrases|expression|label)|(?:definitions?|meanings?|senses?|usage)\s+of)\s*$/iu;

/**
 * A noun for a term or phrase, described or owned, and perhaps set off by a comma or a dash: "the
 * charged term, 'X'", "a new phrase, 'X'", "the agency's favourite phrase - 'X'". Unlike "words",
 * these nouns name the marked words as a unit of language even in apposition ("the practice has a name: 'X'").
 */
const TERM_NOUN_BEFORE = /(?:\b(?:the|a|an|this|that|his|her|their|its|our)|\p{L}['’]s?)\s+(?:[\p{L}-]+\s+){0,2}(?:term|phrase|expression|label|catchphrase|moniker|name)(?:\s+(?:for|online)(?:\s+[\p{L}'’-]+){0,4})?\s*[,:—–-]?\s*$/iu;

/**
 * A name only mentioned ("known as 'X'", "known in the trade as 'X'", "known on the island as the 'X'", "goes by 'X'", "his nickname, 'X'"), whoever gave it: the guide
 * calls it a term. A verb giving the name ("called him 'X'", "dubbed") reports the namer's words, so is left out.
 */
const NAME_MENTIONED_BEFORE = /\b(?:known(?:\s+(?:\p{L}+ly|online|locally|there|here))?(?:\s+(?:to|among|in|on|at|around|across)(?:\s+[\p{L}'’-]+){1,6})?\s+as|goes\s+by|went\s+by|go\s+by|nickname|nicknames|moniker)\s*,?\s*(?:(?:the|a|an)\s+)?$/iu;
/** A name in use runs longer than a scare quote, in lower case too: "known locally as the 'May long weekend freeze'". */
const MAX_NAME_WORDS = 6;

/** A nickname given, perhaps past what is nicknamed ("the crew nicknamed the lantern 'X'", "the team nicknamed 'Dusty'"): the guide's term, unless an agent after it makes it someone's characterisation. */
const NICKNAMED_BEFORE = /\bnicknamed(?:\s+(?:it|him|her|them|(?:the|a|an|its|their|his|her)\s+[\p{L}'’-]+(?:\s+[\p{L}'’-]+)?))?\s*,?\s*(?:the\s+)?$/iu;

/**
 * A naming verb in the present whose subject is people at large, then the marks, perhaps past the
 * thing named ("Residents call the crossing 'the Gap'", "what some call the 'X'", "whom everyone
 * calls 'Big Mike'", "what executives have taken to calling 'X'", "some engineers have started calling,
 * only half-jokingly, a 'X' landing"): the guide's term, a name in use. Someone calling something so once, in the
 * past, is quoted ("lawmakers called it a 'X'", "former employees have called him 'X'"): the guide's
 * naming verbs report an utterance; a name they "have long called" it is in use. The thing named ends at a relative pronoun, which opens another
 * clause ("The report describes a system that insiders call 'X'" is named by insiders, not the report),
 * and runs to six words ("Locals call the stretch of asphalt between them 'the Smoke Line'").
 */
const NAMED_BY_GROUP_BEFORE = /(?:^|[^\p{L}'’-])(\p{L}[\p{Ll}-]*)(?:\s+(?:in|on|at|of|from|around)\s+(?:(?:the|his|her|their|its|our)\s+)?[\p{Ll}-]+)?\s+(?:(?:often|still|now|also|sometimes|commonly|widely|all|affectionately|jokingly|online|internally|privately)\s+)*(?:call|calls|describe|describes|dub|dubs|nickname|refer\s+to|refers\s+to|(?:have|has)\s+(?:long|always)\s+called|(?:(?:have|has|had)\s+)?(?:already\s+)?(?:started|begun|began|taken\s+to|took\s+to)\s+calling)(?:\s*,(?:\s+[\p{L}-]+){1,3},)?(?:\s+(?:it|them|him|her|this|that|these|those|the|its|their|his|a|an)(?:\s+(?!(?:that|which|who|whom)\s)[\p{L}\p{N}'’-]+){0,6}?)?(?:\s+as)?(?:\s+(?:the|a|an))?\s*[,:]?\s*$/u;
/** Words for people at large that stand as such a subject, besides plural nouns for people ("residents", "critics"). */
const PEOPLE_AT_LARGE = new Set(['some', 'many', 'most', 'others', 'everyone', 'everybody', 'people', 'locals', 'folks']);
/** The endings of English nouns for people, plural ("snowmobilers", "residents", "activists", "Floridians"). */
const PEOPLE_PLURAL = /(?:er|or|ist|ent|ant|ian|an|ee)s$/u;

function namedByGroup(article: PeopleContext, span: QuoteSpan): boolean {
  const { text, lexicon } = article;
  const { start } = clauseAround(article, span);
  const lead = text.slice(Math.max(start, span.outerStart - CLAUSE), span.outerStart);
  const written = NAMED_BY_GROUP_BEFORE.exec(lead)?.[1];
  if (!written) return false;
  // Counted or pointed at, they are some people in particular ("Two councillors called it a 'X'").
  const at = span.outerStart - lead.length + lead.lastIndexOf(written);
  const previous = /(\S+)\s+$/u.exec(text.slice(Math.max(0, at - 20), at))?.[1].toLowerCase() ?? '';
  if (/^(?:\p{N}+|the|these|those|both|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands)$/u.test(previous)) return false;
  // Capitalised, only as the sentence's first word ("Critics have called …"), never a name ("Democrats call …" is a party).
  const subject = written.toLowerCase();
  if (written !== subject) {
    if (!/(?:^|[.!?]\s+|\n)$/u.test(text.slice(Math.max(0, at - 3), at))) return false;
    // A party's or a people's name ("Republicans call it …") is someone in particular: only a word for people at large.
    return PEOPLE_AT_LARGE.has(subject) || (subject.endsWith('s') && lexicon.isRoleNoun(subject.slice(0, -1)));
  }
  if (PEOPLE_AT_LARGE.has(subject)) return true;
  if (!subject.endsWith('s') || lexicon.wordClass(subject) === 'function') return false;
  return PEOPLE_PLURAL.test(subject) || lexicon.isRoleNoun(subject.slice(0, -1));
}

/**
 * A naming verb in the present in a relative clause whose subject is no person: an institution, a
 * place standing for its government, a document, "it" ("the effort, which the department calls
 * 'Operation X'", "what it calls a 'welcoming city'", "which Moscow calls the 'X Memorandum'"). The
 * present gives the name the body uses for its own thing, a term or a title; a person's present
 * naming ("what Trump calls 'X'") and anyone's naming in the past stay their words.
 */
const NAMED_BY_INSTITUTION_BEFORE = /(?:\b(?:what|which)\s+|\b\p{Ll}+\s+(?=(?:the|its|their)\s))((?:[\p{L}'’.-]+\s+){0,3}?[\p{L}'’.-]+)\s+(?:\p{L}+ly\s+)?(?:calls|describes|dubs|refers\s+to|terms|brands|labels)(?:\s+(?:it|them|this|these))?(?:\s+as)?(?:\s+(?:the|a|an))?\s*[,:]?\s*$/iu;
/** Pronouns for people as the subject of a naming verb. */
const PEOPLE_SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'we', 'i', 'you', 'who', 'one']);

function namedByInstitution(article: PeopleContext, span: QuoteSpan, before: string): boolean {
  const found = NAMED_BY_INSTITUTION_BEFORE.exec(before);
  if (!found) return false;
  const subject = found[1];
  const head = subject.slice(subject.lastIndexOf(' ') + 1).toLowerCase();
  if (PEOPLE_SUBJECT_PRONOUNS.has(head) || PEOPLE_AT_LARGE.has(head) || PEOPLE_PLURAL.test(head)) return false;
  if (article.lexicon.isRoleNoun(head)) return false;
  const subjectStart = span.outerStart - before.length + found.index + found[0].indexOf(subject);
  const subjectEnd = subjectStart + subject.length;
  // Mentions are sorted: only the first ending past the subject's start can overlap it (no scan of them all per quote).
  const mention = article.mentions[firstIndex(article.mentions, (m) => m.end > subjectStart)];
  return mention === undefined || mention.start >= subjectEnd;
}

/** "so-called" just before the marks: the writer names a label, whoever uses it ("so-called 'closed' primaries"). */
const SO_CALLED_BEFORE = /\bso[-\s]\s*called\s*$/iu;
/**
 * A word for a recording, perhaps with "is called" or a comma, straight before the marks ("the song
 * 'X'", "Another track, 'X'", "The single is called 'X'"). Recordings, unlike reports or books, are
 * often titled in lower case, and nobody's words stand there.
 */
const RECORDING_BEFORE = /\b(?:song|track|single|album|EP|LP|mixtape)s?\s*(?:,|(?:is|was)\s+(?:called|titled|named))?\s*$/iu;
/** The year of a work or a poster in brackets after it: "'Yes to the Bridge' (2009)", "'Harbour Lights' (1998)". */
const YEAR_AFTER = /^[,.]?\s*\((?:1[89]|20)\d\d\)/u;
/** A control on a page or a screen named by its label: "click 'Sign up'", "the 'Donate' button". */
const CONTROL_BEFORE = /\b(?:click|clicks|clicked|clicking|tap|taps|tapped|tapping)\s+(?:on\s+)?(?:the\s+)?$/iu;
const CONTROL_AFTER = /^[,.]?\s*(?:button|tab|icon|link)s?\b/iu;
/**
 * The words of a trade or a group named as such: "'X' in military parlance", "in Scientology jargon,
 * 'X'", "slang for 'X'". Written for this module: English's nouns for a group's own vocabulary.
 */
const JARGON = String.raw`(?:jargon|parlance|slang|lingo|argot|vernacular)`;
const JARGON_BEFORE = new RegExp(String.raw`\b${JARGON}\s*(?:for)?\s*[,:]?\s*$`, 'iu');
const JARGON_AFTER = new RegExp(String.raw`^[,.]?\s*(?:is\s+|was\s+)?(?:in|is)\s+(?:\S+\s+){0,2}${JARGON}\b`, 'iu');
/**
 * A gloss in brackets straight after the marks, in lower-case words: "the 'third map' (third round)",
 * "a 'kettle' (a police cordon)". The writer explains the wording as a term. An editor's note is no
 * gloss: "(sic)", "(emphasis added)", and a transcript's "(laughter)", "(applause)", "(inaudible)".
 */
const GLOSS_AFTER = /^[,.]?\s*\((?!(?:sic|emphasis|laughter|laughs|applause|inaudible|crosstalk|translated)\b)(?:(?:a|an|the)\s+)?\p{Ll}[\p{Ll}-]*(?:\s+\p{Ll}[\p{Ll}-]*){0,3}\)/u;
/** What the marked words are, said after them: "'X' is a legal term for …", "'X' was the word …". */
const TERM_DESCRIBED_AFTER = /^[,.]?\s*(?:is|was)\s+(?:a|an|the)\s+(?:\S+\s+){0,2}(?:term|word|phrase|expression|euphemism|acronym|abbreviation)\b/iu;

/**
 * A grade or class given to something by a rule or a register: "rated 'confidential'", "rated the city's
 * planning as 'critical'", "upgraded to
 * 'secret'", "registered as 'undeclared'", "listed in filings as a 'senior adviser'", "their status
 * changed to 'inactive'", "the 'top secret' level"; what a thing is sold or filed as ("marketed as a 'prestige
 * thriller'", "filed under 'slow cinema'"), calls itself ("a food can call itself 'high'"), or someone posts as. The marks set off the label's
 * wording; nobody is quoted. Written for this module from how copy reports classifications and ratings.
 */
const LABEL_BEFORE = /(?<![\p{L}-])(?:rated(?:(?:\s+[\p{L}'’-]+){1,5}\s+as)?|upgraded\s+to|downgraded\s+to|elevated\s+to|raised\s+to|lowered\s+to|changed\s+to|classified\s+as|designated(?:\s+as)?|stamped|registers?\s+as|registered\s+as|listed(?:\s+in\s+\p{Ll}+)?\s+as(?:\s+an?)?|(?:marketed|sold|billed|filed)\s+(?:as(?:\s+an?)?|under)|(?:calls?|called|calling)\s+(?:itself|themselves)|(?:posts|posted|posting|goes|went)\s+online\s+as|(?:posts|posted|posting)\s+as)(?:\s+the)?\s*$/iu;
const LABEL_AFTER = /^[,.]?\s*(?:level|levels|status|classification|designation|rating|category|tier|grade)\b/iu;
/** "by" and its agent after a label: someone's wording ("labeled 'reckless' by the judge"), which stays a quotation. */
const AGENT_AFTER = /^[,.]?\s*by\s/iu;

const DETERMINERS = new Set(['a', 'an', 'the', 'this', 'that']);

/** Third-person pronouns: someone in the sentence whose words the marks may be. */
const PERSON_PRONOUNS = new Set(['he', 'she', 'they', 'him', 'her', 'them', 'his', 'their', 'hers', 'theirs']);

export function quoteKind(article: PeopleContext, span: QuoteSpan): QuoteKind {
  const { text, tokens } = article;
  if (span.unbalanced) return 'quotation';
  const first = firstIndex(tokens, (token) => token.start >= span.start);
  const last = firstIndex(tokens, (token) => token.start >= span.end);
  const words = last - first;
  if (words === 0) return 'quotation';
  // A headline or title credited to its writer ("'Port reopens after strike,' by Ann Lee"): no speaker says "by".
  // Without the comma, "by" names the agent of a passive verb the quote holds ("'anointed' by God").
  const credited = CREDITED_AFTER.exec(text.slice(span.outerEnd, span.outerEnd + CONTEXT));
  const headlineLike = tokens[first].capitalized || /^\p{N}/u.test(tokens[first].text);
  // The comma may stand inside a quote the headline ends with ("'Ferry Ends 'Night Run,'' by Ann Lee").
  // Without the comma, three words or more in title case are a book's or an article's title ("'The Long Tide' by Ann Lee").
  const creditedTitle = credited?.[1] !== undefined || /,['’"”]?\s*$/u.test(text.slice(span.start, span.end)) || (words >= 3 && isTitleCased(tokens, first, last));
  if (credited && headlineLike && words <= MAX_CREDITED_TITLE_WORDS && creditedTitle) return 'title';
  // A story cited in brackets by its headline, outlet and date, as letters and opinion pages cite the paper ("("Port reopens," Harbour Times, Monday)").
  if (headlineLike && words <= MAX_CREDITED_TITLE_WORDS && /\(\s*$/u.test(text.slice(Math.max(0, span.outerStart - 3), span.outerStart)) && CITED_AFTER.test(text.slice(span.outerEnd, span.outerEnd + CONTEXT))) return 'title';
  if (words > MAX_TITLE_WORDS || hasEditorsInsertion(text, span)) return 'quotation';
  const before = text.slice(Math.max(0, span.outerStart - CONTEXT), span.outerStart);
  const after = text.slice(span.outerEnd, span.outerEnd + CONTEXT);
  // A year in brackets dates a work or a poster; nobody's words are dated that way.
  if (YEAR_AFTER.test(after)) return 'title';
  if (TERM_DESCRIBED_AFTER.test(after)) return 'term';
  if (words <= MAX_MARKED_WORDS && !tokens[first].capitalized && GLOSS_AFTER.test(after)) return 'term';
  if (SLOGAN_GIVEN_BEFORE.test(before)) return 'title';
  // Songs and albums, titled in lower case too ("the song 'lately (i don't sleep)'"): a title straight after the word for one.
  if (RECORDING_BEFORE.test(before)) return 'title';
  if (words <= MAX_MARKED_WORDS && WORDS_LIKE_BEFORE.test(before)) return 'term';
  if (words <= MAX_MARKED_WORDS && !tokens[first].capitalized && GLOSS_OR_BEFORE.test(before)) return 'term';
  const titleCased = isTitleCased(tokens, first, last);
  // An operation's code name is a title by the guide, in a headline too: "what DHS has called 'Operation Steel Gate.'"
  if (titleCased && words > 1 && tokens[first].norm === 'operation') return 'title';
  // Two words or more in title case: a name, not a phrase someone used.
  const properName = titleCased && words > 1;
  if (words <= MAX_MARKED_WORDS && isNamedWithoutNamer(article, span, before, after, properName)) return 'term';
  if (words <= MAX_MARKED_WORDS && (JARGON_BEFORE.test(before) || JARGON_AFTER.test(after))) return 'term';
  if (words <= MAX_MARKED_WORDS && (CONTROL_BEFORE.test(before) || CONTROL_AFTER.test(after))) return 'term';
  if (words <= MAX_MARKED_WORDS && (LABEL_BEFORE.test(before) || LABEL_AFTER.test(after)) && !AGENT_AFTER.test(after)) return 'term';
  if (words <= MAX_MARKED_WORDS && labelsGroupOfPeople(article, span, first, after)) return 'term';
  if (words <= MAX_MARKED_WORDS && namesNounInHeadline(article, span, first, last)) return 'term';
  // What follows names a work or what carries a slogan ("'Harbour Lights' Star", "'X' Hats"), in a headline too.
  if (titleCased && (TITLE_AFTER.test(after) || TITLE_DESCRIBED_AFTER.test(after) || isOutletAfter(article, after))) return 'title';
  // A line that holds nothing but a quote in title case is a subhead or a heading, not anyone's answer.
  if (titleCased && words > 1 && /(?:^|\n)\s*$/u.test(before) && /^\s*(?:\n|$)/u.test(after)) return 'title';
  // Headlines quote in shorthand ("Minister Calls Plan 'Fair'"): their quotes are someone's words,
  // unless the quote opens the headline as the thing it is about ("'Harbour First' Wins Vote").
  if (inHeadline(article, span)) return opensHeadlineAsSubject(article, span, first, last) ? 'term' : 'quotation';
  if (titleCased && TITLE_BEFORE.test(before)) return 'title';
  // A name given in the passive, in title case and longer than a term ("an oral history, to be called 'Women of the Working Harbor'").
  if (titleCased && words > MAX_MARKED_WORDS && isNamedWithoutNamer(article, span, before, after, properName)) return 'title';
  if (words <= 2 && titleCased && isNicknameInName(article, span, first, last)) return 'term';
  if (isTranslation(article, first)) return 'term';
  if (words <= MAX_MARKED_WORDS && /\b(?:pseudonym|alias|moniker)\s*,?\s*$/iu.test(before)) return 'term';
  // A name given as what someone or something is known by is a name, in title case too, and then of any
  // length ("known to the team as 'Coach Ann'", "the race known as 'The Test of the Champion'").
  // "known around several counties as 'the Lady with the Box'": a name of capitalised words after "the" is title-cased too.
  const namedCased = titleCased || (words > 2 && tokens[first].norm === 'the' && isTitleCased(tokens, first + 1, last));
  if ((words <= MAX_NAME_WORDS || namedCased) && NAME_MENTIONED_BEFORE.test(before)) return 'term';
  if ((words <= MAX_MARKED_WORDS || titleCased) && NICKNAMED_BEFORE.test(before) && !AGENT_AFTER.test(after)) return 'term';
  if (words <= MAX_MARKED_WORDS && namedByGroup(article, span)) return 'term';
  if (words <= MAX_MARKED_WORDS && namedByInstitution(article, span, before)) return titleCased ? 'title' : 'term';
  if (titleCased && words > 1 && endsInNameWord(article, last)) return 'title';
  if (titleCased && words > 1 && modifiesNoun(article, span, first, last)) return 'title';
  if (titleCased && words > 1 && isNamedThing(article, span, first)) return 'title';
  if (SO_CALLED_BEFORE.test(before)) return 'term';
  if (!titleCased && words <= MAX_MARKED_WORDS && modifiesNoun(article, span, first, last) && namesKindOfNoun(article, span, last)) return 'term';
  if (words <= MAX_MARKED_WORDS && (WORD_NAMED_BEFORE.test(before) || TERM_NOUN_BEFORE.test(before))) return 'term';
  if (words > MAX_MARKED_WORDS || !isReportersClause(article, span)) return 'quotation';
  return TERM_BEFORE.test(before) ? 'term' : 'scare';
}

/** What may stand between two items of a list of titles: a comma, "and" or "or", perhaps with an adverb ("'X,' 'Y' and, potentially, 'Z'"). */
const LIST_GAP = /^[\s,]*(?:(?:and|or|&)[\s,]+(?:\p{L}+ly,?\s+)?)?$/u;

/**
 * Titles come in lists ("starred in 'X,' 'Y' and 'Z'"), and the words that introduce the list
 * reach only its first item: a title-case quote joined by a comma, "and" or "or" to a title is a
 * title too. Changes `kinds` in place, forward and back along each list.
 */
export function titlesAlongLists(article: ArticleWords, spans: readonly QuoteSpan[], kinds: QuoteKind[]): void {
  const { text, tokens } = article;
  const listTitle = spans.map((span) => {
    const first = firstIndex(tokens, (token) => token.start >= span.start);
    const last = firstIndex(tokens, (token) => token.start >= span.end);
    return !span.unbalanced && last > first && last - first <= MAX_TITLE_WORDS && isTitleCased(tokens, first, last);
  });
  const joined = (i: number): boolean => listTitle[i] && listTitle[i + 1] && LIST_GAP.test(text.slice(spans[i].outerEnd, spans[i + 1].outerStart));
  for (let i = 0; i + 1 < spans.length; i++) if (joined(i) && kinds[i] === 'title') kinds[i + 1] = 'title';
  for (let i = spans.length - 2; i >= 0; i--) if (joined(i) && kinds[i + 1] === 'title') kinds[i] = 'title';
}

/**
 * A work named again: a quote in title case whose words another quote of the article gives as a
 * title, before or after it ("she loves 'Harbour Lights'" beside "'Harbour Lights' is a drama"), is
 * that title too. Changes `kinds` in place.
 */
export function titlesRepeated(article: ArticleWords, spans: readonly QuoteSpan[], kinds: QuoteKind[]): void {
  const { text, tokens, lexicon } = article;
  const titles = new Set<string>();
  const key = (span: QuoteSpan): string => text.slice(span.start, span.end).replace(/[\s,.;:!?]+$/u, '').toLowerCase();
  // Named as a title anywhere, before or after (a headline may name the work before the story says what it is).
  for (const [i, span] of spans.entries()) if (kinds[i] === 'title') titles.add(key(span));
  for (const [i, span] of spans.entries()) {
    if (kinds[i] !== 'quotation' || span.unbalanced || !titles.has(key(span))) continue;
    const first = firstIndex(tokens, (token) => token.start >= span.start);
    const last = firstIndex(tokens, (token) => token.start >= span.end);
    // Words given as what a sign or a speaker says ("a hat that says 'X'", "a banner reading, 'X'") stay theirs.
    const framed = /[,:]\s*$/u.test(text.slice(Math.max(0, span.outerStart - 3), span.outerStart)) || (first > 0 && (isCue(tokens[first - 1].norm, lexicon) || /^(?:read|reads|reading|bearing)$/u.test(tokens[first - 1].norm)));
    if (last > first && !framed && isTitleCased(tokens, first, last)) kinds[i] = 'title';
  }
}

/**
 * "on" and an outlet straight after the marks: an acronym ("HBO", "CNN") or a name
 * compromise knows as an organisation. A programme runs on a channel; nobody's words do.
 */
function isOutletAfter(article: ArticleWords, after: string): boolean {
  const outlet = OUTLET_AFTER.exec(after);
  if (!outlet) return false;
  const name = outlet[1].replace(/[.]$/u, '');
  return /^\p{Lu}{2,}$/u.test(name) || article.lexicon.wordClass(name.toLowerCase()) === 'organization';
}

/** Words in square brackets inside the marks: a reporter only inserts them into someone's words ("turning [Obama] around"). */
function hasEditorsInsertion(text: string, span: QuoteSpan): boolean {
  return /\[[\p{L}\p{N}][^\]]*\]/u.test(text.slice(span.start, span.end));
}

/** Words that own or point out the noun phrase the marks sit in: "the 'X' movement", "his 'X' wave". */
const NOUN_PHRASE_OPENERS = new Set(['a', 'an', 'the', 'this', 'that', 'these', 'those', 'his', 'her', 'their', 'its', 'our', 'my', 'your']);
/** How many words may stand between the opener and the marks ("a federal 'X' prison"). */
const OPENER_REACH = 2;

/**
 * The marks sit inside a noun phrase as a modifier of the noun that follows them: an opener (an
 * article, a possessive) before, a noun straight after, as compromise's tagger reads it ("the 'Never
 * Give Up' campaign", "a 'Harbour First' rally"). A name in title case used that way names a
 * movement, an event or a campaign; copy that reports someone's wording frames it with a cue verb
 * ("what she called the 'X' plan"), which keeps it a quotation.
 */
function modifiesNoun(article: ArticleWords, span: QuoteSpan, first: number, last: number): boolean {
  const { text, tokens, lexicon } = article;
  const next = tokens[last];
  if (!next || next.capitalized || next.start !== span.outerEnd + 1 || text[span.outerEnd] !== ' ') return false;
  if (/[,.;:?!]$/u.test(text.slice(span.start, span.end)) || lexicon.wordClass(next.norm) === 'function' || !lexicon.isNounAfterArticle(next.norm)) return false;
  for (let i = first - 1; i >= Math.max(0, first - 1 - OPENER_REACH); i--) {
    const gapEnd = i === first - 1 ? span.outerStart : tokens[i + 1].start;
    if (!/^['’s]*[\s-]*$/u.test(text.slice(tokens[i].end, gapEnd))) return false;
    // A verb that gives a name or a description just before the opener, perhaps past its object, frames
    // the phrase as its wording: "called it a 'X' moment". Other cues take the phrase as their object
    // ("denounced the 'X' movement", "mocked his 'X' banner"), which leaves the marks naming it.
    if (tokens[i].possessive || NOUN_PHRASE_OPENERS.has(tokens[i].norm)) return ![i - 1, i - 2].some((k) => k >= 0 && isNamingCueAt(tokens, k, lexicon, span.outerStart));
    if (isCueAt(tokens, i, lexicon, span.outerStart)) return false;
  }
  return false;
}

/** The forms of "be". */
const COPULAS = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', "'s", '’s']);
/** "referred to the 'X'": a speaker's name for a thing, like "called". */
const REFER_FORMS = new Set(['refer', 'refers', 'referred', 'referring']);
/** Possessives of a body or a group, which open a noun phrase as an article does: "its summer 'Heritage Tours'", "their 'Fair Start' plan". */
const BODY_POSSESSIVES = new Set(['its', 'their']);
/** Articles that make a noun phrase of the capitalised words after them: "the 'Gang of Eight'", "an 'Open Skies' deal". */
const ARTICLES = new Set(['the', 'a', 'an']);

/**
 * Title-case marks after an article, perhaps past a word or two that describe it ("the bipartisan
 * 'Gang of Eight'", "the low-rated 'Night Shift'"), name a thing: a group, a deal, a show, a song. A
 * speaker's wording for it comes with a verb that gives it ("called the 'X'", "referred to it as
 * the 'X'", "claimed that the 'X'"), so a cue or "as" just before the article keeps it a quotation.
 */
function isNamedThing(article: ArticleWords, span: QuoteSpan, first: number): boolean {
  const { text, tokens, lexicon } = article;
  for (let i = first - 1; i >= Math.max(0, first - 3); i--) {
    const gapEnd = i === first - 1 ? span.outerStart : tokens[i + 1].start;
    const opener = ARTICLES.has(tokens[i].norm) || BODY_POSSESSIVES.has(tokens[i].norm);
    if (!/^[\s-]*$/u.test(text.slice(tokens[i].end, gapEnd)) || (tokens[i].capitalized && !opener)) return false;
    if (isCueAt(tokens, i, lexicon, span.outerStart)) return false;
    if (!opener) continue;
    // After "is" or "was" the capitals describe the subject ("she is a 'Proud Harbour Girl'"): someone's wording for them.
    if (i > 0 && COPULAS.has(tokens[i - 1].norm)) return false;
    return ![i - 1, i - 2, i - 3].some((k) => k >= 0 && (tokens[k].norm === 'as' || REFER_FORMS.has(tokens[k].norm) || isCueAt(tokens, k, lexicon, span.outerStart)));
  }
  return false;
}

/**
 * Lower-case marks that modify the noun after them name a kind of it ("a 'unity' lunch", the "stand
 * down" order"), when compromise reads the phrase so, and not as describing it ("a 'rigged' process", "a 'good' job"):
 * a describing word in marks is a partial quote or a scare quote, which the rest of `quoteKind` tells apart.
 */
function namesKindOfNoun(article: ArticleWords, span: QuoteSpan, last: number): boolean {
  const modifier = article.text.slice(span.start, span.end).toLowerCase();
  return article.lexicon.modifierNamesKind(modifier, article.tokens[last].norm);
}

/** The names of campaigns, bills and bodies end in what they are ("… Initiative", "… Act", "… PAC"). */
const NAME_ENDINGS = new RegExp(String.raw`^(?:${WORK_NOUNS}|initiative|act|pac|caucus|coalition|movement)$`, 'iu');

/** A title-case quote whose last word says what it names: a work or a campaign ("the 'Clean Harbour Initiative'"). */
function endsInNameWord(article: ArticleWords, last: number): boolean {
  return NAME_ENDINGS.test(article.tokens[last - 1].norm);
}

/**
 * A gloss of a foreign word: a language, "for", then the marks ("Russian for 'goodbye'", "Spanish for
 * 'thanks'"). The language is a nationality word of the lexicon or a demonym compromise knows.
 */
function isTranslation(article: ArticleWords, first: number): boolean {
  const { tokens, lexicon } = article;
  const language = tokens[first - 2];
  if (tokens[first - 1]?.norm !== 'for' || !language?.capitalized) return false;
  return lexicon.wordClass(language.norm) === 'demonym' || lexicon.nationality(language.text) !== undefined;
}

/**
 * A nickname set inside a full name: a capitalised given name or initial just before the marks and
 * a capitalised surname just after them (Robert C. "Bobby" Scott).
 */
function isNicknameInName(article: ArticleWords, span: QuoteSpan, first: number, last: number): boolean {
  const { text, tokens } = article;
  const previous = tokens[first - 1];
  const next = tokens[last];
  if (!previous || !next || !previous.capitalized || !next.capitalized || previous.possessive) return false;
  const gapBefore = text.slice(previous.end + (previous.dotted ? 1 : 0), span.outerStart);
  const gapAfter = text.slice(span.outerEnd, next.start);
  return /^ $/u.test(gapBefore) && /^ $/u.test(gapAfter);
}

/** The short words titles leave in lower case ("The Kid Who Would Be King", "Law and Order"). */
const TITLE_SMALL_WORDS = new Set([
  'a', 'an', 'the', 'and', 'or', 'but', 'nor', 'of', 'to', 'in', 'on', 'at', 'for', 'by', 'with', 'from', 'as', 'vs',
  // The particles of Spanish, French, Italian, German and Dutch titles and names ("Los Hijos de Trump").
  'de', 'del', 'la', 'le', 'les', 'el', 'y', 'du', 'des', 'da', 'di', 'von', 'van', 'der', 'den', 'para', 'por', 'con', 'en', 'et', 'und',
  // The short verbs some styles leave in lower case inside a title ("Orange is the New Black").
  'is', 'are', 'was',
]);

/** Every word capitalised but the small ones, and the first word too. */
function isTitleCased(tokens: readonly Token[], first: number, last: number): boolean {
  const upper = (token: Token): boolean => token.capitalized || /^\p{N}/u.test(token.text);
  if (!upper(tokens[first])) return false;
  for (let i = first; i < last; i++) if (!upper(tokens[i]) && !TITLE_SMALL_WORDS.has(tokens[i].norm)) return false;
  return true;
}

/**
 * Headlines drop their articles, so a quote that modifies the noun after it there has no "the" before
 * it ("Mayor attacks 'open port' plan"): lower-case marks straight before a noun in the headline name
 * the thing the noun is, as "the 'open port' plan" would. Describing words stay with `quoteKind`'s
 * other rules, as in the body ("Mayor calls plan 'unfair'" has no noun after the marks).
 */
function namesNounInHeadline(article: PeopleContext, span: QuoteSpan, first: number, last: number): boolean {
  const { text, tokens, lexicon, metadata } = article;
  const headline = metadata.headline;
  if (!headline || span.outerStart < headline.start || span.outerEnd > headline.end || tokens[first].capitalized) return false;
  const next = tokens[last];
  if (!next || next.capitalized || next.start !== span.outerEnd + 1 || text[span.outerEnd] !== ' ' || next.start >= headline.end) return false;
  if (/[,.;:?!]$/u.test(text.slice(span.start, span.end)) || lexicon.wordClass(next.norm) === 'function' || !lexicon.isNounAfterArticle(next.norm)) return false;
  return namesKindOfNoun(article, span, last);
}

/** How many words a label opening a headline runs to ("'Harbour First' Wins Vote"); longer quotes there are someone's words. */
const MAX_HEADLINE_LABEL_WORDS = 4;

/**
 * A short quote that opens a headline and runs straight on into its next capitalised word, with no
 * comma, colon or end mark between ("'Harbour First' Wins Vote", "'Lost' Voters Return"), names what the
 * headline is about: a name or a label. A headline that gives someone's words puts a cue after them
 * ("'We Will Win,' Mayor Says") or a colon, so a cue anywhere after the quote keeps it a quotation.
 */
function opensHeadlineAsSubject(article: ArticleWords, span: QuoteSpan, first: number, last: number): boolean {
  const { text, tokens, lexicon } = article;
  const lineStart = text.lastIndexOf('\n', span.outerStart - 1) + 1;
  if (last - first > MAX_HEADLINE_LABEL_WORDS || !/^\s*$/u.test(text.slice(lineStart, span.outerStart))) return false;
  if (/[,.;:?!…]$/u.test(text.slice(span.start, span.end))) return false;
  const next = tokens[last];
  if (!next || !next.capitalized || !/^ $/u.test(text.slice(span.outerEnd, next.start))) return false;
  const lineEnd = newlineOrEnd(text, span.outerEnd, span.outerEnd + CLAUSE);
  for (let i = last; i < tokens.length && tokens[i].start < lineEnd; i++) if (isCue(tokens[i].norm, lexicon)) return false;
  return true;
}

/** The words around the marks are in title case too: a headline, where every quote looks like a title. */
function inHeadline(article: ArticleWords, span: QuoteSpan): boolean {
  const { text, tokens } = article;
  // The line around the marks, read no further than a clause's reach either side (long lines stay linear).
  const reach = text.slice(Math.max(0, span.outerStart - CLAUSE), span.outerStart);
  const lineStart = span.outerStart - reach.length + reach.lastIndexOf('\n') + 1;
  const lineEnd = newlineOrEnd(text, span.outerEnd, span.outerEnd + CLAUSE);
  const from = firstIndex(tokens, (token) => token.start >= lineStart);
  let capitalised = 0;
  let long = 0;
  for (let i = from; i < tokens.length && tokens[i].start < lineEnd; i++) {
    if (tokens[i].start >= span.outerStart && tokens[i].start < span.outerEnd) continue;
    if (tokens[i].text.length < 4) continue;
    long++;
    if (tokens[i].capitalized) capitalised++;
  }
  return long >= 2 && capitalised / long >= 0.8;
}

function newlineOrEnd(text: string, from: number, limit: number): number {
  for (let i = from; i < Math.min(limit, text.length); i++) if (text[i] === '\n') return i;
  return Math.min(limit, text.length);
}

/**
 * The marks sit inside the reporter's own sentence — words lead into them — and nobody in that
 * sentence may have said them: no cue verb ("said", "calling", "tweeted", "according to"), no
 * person named, no "he" or "they". Copy marks a person's word choice as a partial quote far more
 * often than it marks its own, so a short quote near anyone stays a quotation.
 */
function isReportersClause(article: PeopleContext, span: QuoteSpan): boolean {
  const { text, tokens, mentions, lexicon } = article;
  const { start, end } = clauseAround(article, span);
  const lead = text.slice(Math.max(start, span.outerStart - CONTEXT), span.outerStart).trimEnd();
  // A quote that opens its sentence, or follows a colon or dash, is someone's words.
  if (lead === '' || /[:—–-]$/u.test(lead)) return false;
  const mention = mentions[firstIndex(mentions, (m) => m.end > start)];
  if (mention && mention.start < end) return false;
  const from = firstIndex(tokens, (token) => token.start >= start);
  for (let i = from; i < tokens.length && tokens[i].start < end; i++) {
    if (tokens[i].start >= span.start && tokens[i].start < span.end) continue;
    if (isCueAt(tokens, i, lexicon, span.outerStart) || PERSON_PRONOUNS.has(tokens[i].norm)) return false;
  }
  return true;
}

/**
 * The sentence around the marks, read no further than a clause's reach either side (run-on text
 * stays linear). It runs on past the closing mark when the quote itself ends one.
 */
function clauseAround(article: PeopleContext, span: QuoteSpan): { start: number; end: number } {
  const { sentences } = article;
  const sentence = sentences[firstIndex(sentences, (candidate) => candidate.end > span.outerStart)];
  const inSentence = sentence !== undefined && sentence.start <= span.outerStart;
  const start = Math.max(inSentence ? sentence.start : span.outerStart, span.outerStart - CLAUSE);
  const end = Math.min(Math.max(inSentence ? sentence.end : span.outerEnd, span.outerEnd), span.outerEnd + CLAUSE);
  return { start, end };
}

/** A cue in the clause around the marks, outside them and outside the words from offset `skipFrom` up to them. */
function hasCueAround(article: PeopleContext, span: QuoteSpan, skipFrom = span.start): boolean {
  const { tokens, lexicon } = article;
  const { start, end } = clauseAround(article, span);
  for (let i = firstIndex(tokens, (token) => token.start >= start); i < tokens.length && tokens[i].start < end; i++) {
    if (tokens[i].start >= skipFrom && tokens[i].start < span.end) continue;
    if (isCueAt(tokens, i, lexicon, span.outerStart)) return true;
  }
  return false;
}

/** The word at `i` cues speech: a cue verb in any form, or "according to". */
function isCueAt(tokens: readonly Token[], i: number, lexicon: Lexicon, quoteStart: number): boolean {
  // "so-called" names a term; it attributes nothing.
  const soCalled = tokens[i].hyphenBefore && tokens[i - 1]?.norm === 'so';
  // After an article a cue word is a noun ("the term", "a word"), but "that" before an inflected form
  // ahead of the marks opens a relative clause that frames them: "signs that said 'X'", "letters that
  // called him 'X'".
  const previous = tokens[i - 1]?.norm ?? '';
  const relative = previous === 'that' && quoteStart >= tokens[i].end && lexicon.cueVerb(tokens[i].norm)?.infinitive !== tokens[i].norm;
  const noun = DETERMINERS.has(previous) && !relative;
  // A capitalised word after another is part of a name ("the United States", "Harbour Says Inc."), no verb.
  const inName = tokens[i].capitalized && tokens[i - 1]?.capitalized === true && tokens[i].start - tokens[i - 1].end === 1;
  if (isCue(tokens[i].norm, lexicon) && !soCalled && !noun && !inName) return true;
  return tokens[i].norm === 'according' && tokens[i + 1]?.norm === 'to';
}

/**
 * Cue verbs whose complement is the speaker's wording for a thing ("called it a", "described as a",
 * "dubbed the"), as against cues whose object is the thing itself. Written for this module from the
 * naming verbs of the guide (eval/adjudicated/README.md, "Naming verbs").
 */
const NAMING_CUE_VERBS = new Set(['call', 'dub', 'describe', 'label', 'term', 'brand', 'name', 'characterize', 'characterise', 'deem', 'refer', 'nickname', 'christen', 'hail', 'tout', 'pitch', 'bill', 'cast', 'portray', 'promise', 'pledge', 'vow']);

function isNamingCueAt(tokens: readonly Token[], i: number, lexicon: Lexicon, quoteStart: number): boolean {
  if (!isCueAt(tokens, i, lexicon, quoteStart)) return false;
  const norm = tokens[i].norm;
  const infinitive = lexicon.cueVerb(norm)?.infinitive ?? (norm.endsWith('ing') ? lexicon.cueVerb(`${norm.slice(0, -3)}ed`)?.infinitive : undefined);
  // A cue the lexicon knows only in some form other copy uses counts as naming, as before.
  return infinitive === undefined || NAMING_CUE_VERBS.has(infinitive);
}

/** A cue verb in any form copy uses: "calling" and "tweeting" as well as the listed "called", "tweeted". */
function isCue(norm: string, lexicon: Lexicon): boolean {
  if (lexicon.isCueVerb(norm)) return true;
  if (!norm.endsWith('ing')) return false;
  const stem = norm.slice(0, -3);
  return lexicon.isCueVerb(`${stem}ed`) || lexicon.isCueVerb(`${stem}s`) || lexicon.isCueVerb(`${stem}ied`);
}

/** Possessive determiners that give a marked phrase its owner: "his 'political revolution'". */
const POSSESSIVE_WORDS = new Set(['his', 'her', 'their', 'its']);
/** How many words before the marks an owner or a word for speech may stand ("Sanders's long-promised 'X'", "a line he used, 'X'"). */
const OWNER_REACH = 4;

/**
 * Whether a quotation gets the second look below: attribution found no source for it, or found one
 * only by where the quote stands (a subject nearby, the quote before) with no cue verb, and no
 * neighbouring quote in the same sentence has one ("called it 'X,' 'Y' and 'Z'" shares the cue).
 */
export function needsSecondLook(text: string, spans: readonly QuoteSpan[], kinds: readonly QuoteKind[], attributions: ReadonlyArray<{ source: unknown; cue: unknown }>, i: number): boolean {
  if (attributions[i].source === null) return true;
  if (attributions[i].cue !== null) return false;
  for (const j of [i - 1, i + 1]) {
    if (j < 0 || j >= spans.length || kinds[j] !== 'quotation' || attributions[j].cue === null) continue;
    const gap = j < i ? text.slice(spans[j].outerEnd, spans[i].outerStart) : text.slice(spans[i].outerEnd, spans[j].outerStart);
    if (!/[.!?]\s|\n/u.test(gap)) return false;
  }
  return true;
}

/**
 * Second look, once attribution has run. The point of a quotation is its source: a short quote (one
 * to three words) for which attribution found none, or none by a cue, stays a quotation only when its sentence still
 * points at someone's words — a cue verb anywhere in it ("according to" too), an owner or a word for
 * speech just before the marks ("his 'X'", "Ann's 'X'", "the phrase 'X'", "cries of 'X'"), a colon
 * before it, or a quote that opens its sentence with its own punctuation ("'Who cares?' …").
 * Otherwise nobody is said to have said it: the reporter marks a word (on PolNeAR train-tune this
 * set aside 44 false quotations and 7 gold ones).
 */
export function kindWithoutSource(article: PeopleContext, span: QuoteSpan): QuoteKind {
  const { text, tokens, lexicon } = article;
  if (span.unbalanced) return 'quotation';
  const first = firstIndex(tokens, (token) => token.start >= span.start);
  const last = firstIndex(tokens, (token) => token.start >= span.end);
  if (last - first === 0 || last - first > MAX_MARKED_WORDS || hasEditorsInsertion(text, span)) return 'quotation';
  if (inHeadline(article, span)) return 'quotation';
  const { start } = clauseAround(article, span);
  const lead = text.slice(Math.max(start, span.outerStart - CONTEXT), span.outerStart).trimEnd();
  if (/:$/u.test(lead)) return 'quotation';
  if ((lead === '' || /[—–-]$/u.test(lead)) && /[,.?!]$/u.test(text.slice(span.start, span.end))) return 'quotation';
  for (let i = first - 1; i >= Math.max(0, first - OWNER_REACH) && tokens[i].start >= start; i--) {
    if (tokens[i].possessive || POSSESSIVE_WORDS.has(tokens[i].norm) || isSpeechNoun(tokens[i].norm, lexicon)) return 'quotation';
  }
  if (hasCueAround(article, span)) return 'quotation';
  const before = text.slice(Math.max(0, span.outerStart - CONTEXT), span.outerStart);
  return TERM_BEFORE.test(before) ? 'term' : 'scare';
}

/** A word for something said, singular or plural ("remarks", "the phrase", "cries of"); the lexicon lists the singular (and some plurals). */
function isSpeechNoun(norm: string, lexicon: Lexicon): boolean {
  if (lexicon.isSpeechNoun(norm)) return true;
  // "cries" → "cry", "replies" → "reply"; "remarks" → "remark".
  return norm.endsWith('ies') ? lexicon.isSpeechNoun(`${norm.slice(0, -3)}y`) : norm.endsWith('s') && lexicon.isSpeechNoun(norm.slice(0, -1));
}

/** A subhead runs to a short phrase; longer lines in single marks are someone's words set apart. */
const MAX_SUBHEAD_WORDS = 8;
/** First- and second-person words: a line that holds them is someone speaking, subhead or not. */
const SPEAKER_WORDS = /(?:^|[^\p{L}'’])(?:i|i['’]m|i['’]ve|i['’]d|i['’]ll|me|my|we|we['’]re|we['’]ve|we['’]ll|us|our|you|you['’]re|your)(?=$|[^\p{L}'’])/iu;

/**
 * A paragraph that is nothing but a short phrase in single marks, in copy that quotes people in
 * double marks, is a subhead: US papers set display lines (headlines, subheads) in single marks and
 * lift a phrase of the section below ('A tough call.') as its heading. It quotes nobody there. A line
 * in the first or second person is left a quotation: it gives someone speaking. Changes `kinds` in place.
 */
export function subheadsInSingleMarks(article: ArticleWords, spans: readonly QuoteSpan[], kinds: QuoteKind[]): void {
  const { text, tokens } = article;
  const singleMark = (span: QuoteSpan): boolean => /^['‘’]$/u.test(text.slice(span.outerStart, span.start));
  // Copy that quotes in single marks throughout (British style) sets its quotations on lines of their own too.
  if (!spans.some((span) => !singleMark(span))) return;
  for (const [i, span] of spans.entries()) {
    if (kinds[i] !== 'quotation' || span.unbalanced || !singleMark(span)) continue;
    const lineStart = text.lastIndexOf('\n', span.outerStart - 1) + 1;
    // The first line is the headline, which `quoteKind` reads on its own terms.
    // Agency copy sets its subheads between dashes ("- 'A long wait' -").
    if (lineStart === 0 || !/^\s*(?:[–—-]\s*)?$/u.test(text.slice(lineStart, span.outerStart))) continue;
    if (!/^\s*(?:[–—-]\s*)?[\s.,!?]*(?:\n|$)/u.test(text.slice(span.outerEnd, newlineOrEnd(text, span.outerEnd, span.outerEnd + CONTEXT) + 1))) continue;
    const first = firstIndex(tokens, (token) => token.start >= span.start);
    const last = firstIndex(tokens, (token) => token.start >= span.end);
    const quoted = text.slice(span.start, span.end);
    if (last - first === 0 || last - first > MAX_SUBHEAD_WORDS || SPEAKER_WORDS.test(quoted)) continue;
    kinds[i] = 'title';
  }
}
