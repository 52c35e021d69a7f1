/**
 * Makes a saved web page out of a corpus article: the article's own paragraphs, unchanged, wrapped
 * in page furniture written for this script (headline, byline, date line, gallery counters,
 * captions with credits, an agency dateline a few paragraphs down, newsletter, cookie and share
 * lines, ad code, map coordinates, contributor lines, related links). Every line is tagged as
 * eval/pageFigures.ts scores it, and the article's offsets are mapped into the page, so the
 * corpus gold (GUM names, PolNeAR quotations) can be scored on the page.
 *
 * All furniture wording, the names of photographers, reporters and caption subjects, and the
 * places are invented for this script; the shapes follow the pages described in issues 11 and 18.
 */
import type { Page, Tag } from './pageFigures';

type Rng = () => number;

export interface SourceArticle {
  id: string;
  text: string;
  /** ISO date of the article, when known (PolNeAR's `date`; GUM's own date line is read from its text). */
  date: string | null;
  /** Gold spans (source offsets): furniture is never put inside one. */
  spans: ReadonlyArray<{ start: number; end: number }>;
}

/**
 * The furniture added for issue 18's second round (long related-link headlines, comment rules,
 * paywall, newsletter and cookie lines), drawn from a random stream of its own so that every
 * other choice of a page stays as it was without it. `wording` picks one of two pools of lines
 * written separately: `tune` for the tuning and dev pages, `heldBack` for the held-back pages
 * (written once, never tuned on). `teasers` are sentences of other articles of the same split
 * (20 words or more), for the long headlines of link lists.
 */
export interface MoreFurniture {
  rng: Rng;
  wording: 'tune' | 'heldBack';
  teasers: readonly string[];
  /**
   * The shapes of saved pages added in issue 18's third round (read times, update stamps, share
   * bars, bare image credits, ad marks, topic lists, republication notes, author bio boxes, comment rules in the third person, newsletter sign-offs, sponsored-content labels), from
   * a stream of their own, in the same two pools of wording (`SAVED_PAGE`).
   */
  saved?: Rng;
  /**
   * The shapes of issue 18's fourth round, from a stream of their own and in the tune wording only
   * (`UNADDRESSED`; the held-back pages get none, so their figures stay comparable across rounds):
   * sign-offs opening with a verb compromise's lexicon does not file as one, notes on moderated posts
   * without the word "comment", and a single long link headline between paragraphs with no list beside it.
   */
  unaddressed?: Rng;
  /**
   * The shapes of issue 18's fifth round, from a stream of their own and in the tune wording only
   * (`IN_COLUMN`; the held-back pages get none): the page's labels in capitals and its short requests
   * to the reader ending in a full stop, between paragraphs, beside which the story's own subheads in
   * capitals and a column's short imperatives are told apart.
   */
  inColumn?: Rng;
}

export interface MadePage extends Page {
  /** Source offset → page offset, for offsets inside the article's paragraphs. */
  toPage(offset: number): number;
  /** Page offsets of the article's own paragraphs (the story lines and the headline). */
  storyRanges: Array<{ start: number; end: number }>;
}

// ---------------------------------------------------------------------------------------------
// Invented wording

const PHOTOGRAPHERS = ['Maren Lindqvist', 'Tomasz Wolak', 'Adaeze Okonkwo', 'Hugo Ferreira', 'Priya Raman', 'Declan Moody', 'Ines Kovac', 'Luis Arenas', 'Greta Holm', 'Samuel Oduya', 'Noor Haddad', 'Ruth Ellery', 'Carlos Benitez', 'Jenna Whitcombe'];
const REPORTERS = ['Colin Featherstone', 'Dana Okafor', 'Matthew Brennan', 'Lucy Tran', 'Erik Saarinen', 'Fatima Qureshi', 'Paul Delacroix', 'Helen Mbeki', 'Ryan Castellano', 'Megan Ashdown', 'Tariq Najjar', 'Sophie Lavoie'];
const SUBJECTS = ['Marta Iglesias', 'Kwame Asante', 'Lena Forsberg', 'Dmitri Volkov', 'Grace Whitaker', 'Yusuf Demir', 'Alice Renwick', 'Jonah Pellegrino'];
const PAPERS = ['The Canadian Press', 'Reuters', 'AFP', 'The Daily Courier', 'Getty Images', 'Bloomberg'];
const CITIES: ReadonlyArray<[string, string]> = [['HALIFAX', 'Nova Scotia'], ['TORONTO', ''], ['OTTAWA', ''], ['WINNIPEG', 'Manitoba'], ['DES MOINES', 'Iowa'], ['HELSINKI', ''], ['GLASGOW', 'Scotland'], ['NAIROBI', 'Kenya'], ['WASHINGTON', ''], ['CHARLOTTE', 'N.C.'], ['LONDON', ''], ['PHOENIX', 'Arizona']];
const AGENCIES = ['AP', 'Reuters', 'AFP', 'CP', 'UPI'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const AP_MONTHS = ['Jan.', 'Feb.', 'March', 'April', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

const MENUS = ['Home | News | Sports | Business | Opinion | Arts | Life', 'News Politics World Local Sports Weather Video', 'Canada · World · Business · Sports · Entertainment'];
const SHARE = ['Share this article', 'Share on Facebook Share on Twitter Email', 'SHARE', 'Comments (12)', 'Print this page'];
const NEWSLETTER = [
  'Never miss a story. Sign up for our daily newsletter and get the top headlines in your inbox every morning.',
  'Get breaking news alerts: download our free app for iPhone and Android.',
  'Choose the plan that is right for you and get unlimited access to every story.',
  'WATCH LIVE',
  'ADVERTISEMENT',
  'Story continues below advertisement',
  'This website uses cookies to improve your experience. By continuing to browse the site you agree to our use of cookies.',
];
const AD_CODE = [
  "googletag.cmd.push(function() { googletag.display('div-gpt-ad-1542'); });",
  'window.adsQueue = window.adsQueue || []; adsQueue.push({ slot: "mid-article", sizes: [[300, 250]] });',
  '<div class="ad-slot" data-position="inline-2"></div>',
];
const CAPTION_SCENES = [
  'Supporters wave flags outside the convention centre',
  'Police stand guard near the entrance to the legislature',
  'Fans cheer during the second period of the game',
  'A worker walks past the company headquarters',
  'Smoke rises over the hills north of the city',
  'Delegates listen to a speech on the opening day',
];
const TEAM_WORDS = ['the Halifax Mooseheads', 'the Carolina Hurricanes', 'the San Jose Sharks', 'Nova Scotia'];

/**
 * Comment rules, paywall and membership prompts, newsletter sign-ups and cookie notices, in two
 * pools written separately for this script (see `MoreFurniture`).
 */
const NOTICES: Record<MoreFurniture['wording'], { comments: readonly string[]; access: readonly string[]; labels: readonly string[]; more: readonly string[] }> = {
  tune: {
    comments: [
      'Comments on this story are open for 48 hours. Keep the discussion civil and on topic.',
      'We moderate every comment before it appears. Personal attacks, spam and links to other sites will be removed.',
      'Commenting is limited to registered readers. Please review the community guidelines before you post.',
      'Join the conversation',
      'Be respectful. Comments that break the house rules may be removed without notice.',
      'Comments are welcome, but we ask readers to stay civil and stick to the subject of the article.',
    ],
    access: [
      'You have reached your limit of free articles this month. Subscribe today for unlimited digital access.',
      'Already a subscriber? Log in to keep reading.',
      'Support local journalism: become a member for less than the price of a coffee a week.',
      'We use cookies and similar technologies to personalise content and measure traffic. Manage your preferences at any time.',
      'Accept all cookies',
      'Enter your email address to get the morning briefing delivered to your inbox.',
      'Thanks for signing up! Check your inbox to confirm your subscription.',
      'Turn off your ad blocker to continue reading, or subscribe for an ad-free experience.',
    ],
    labels: ['Related stories', 'More on this topic', 'You might also like', 'RELATED COVERAGE'],
    more: ['Read more', 'Read More »', 'Continue reading', '…more'],
  },
  heldBack: {
    comments: [
      'Readers may share their views below. Abusive or off-topic posts will be deleted by our moderators.',
      'All comments are reviewed by staff and may take up to a day to appear.',
      'Please keep comments respectful and relevant to the story.',
      'Discussion guidelines: stay on topic, no personal attacks, no advertising.',
      'Leave a comment',
      'We value your opinion, but we do not publish comments containing hate speech or personal information.',
    ],
    access: [
      'This article is for subscribers only. Start your free trial today and cancel anytime.',
      'Your browser is blocking ads that help fund our reporting. Please whitelist us or take out a subscription.',
      'Get the latest headlines sent straight to your email every weekday afternoon.',
      'By clicking accept, you consent to the storage of cookies on your device for analytics and advertising.',
      'Log in or create a free account to continue reading.',
      'You can cancel your digital subscription online at any time.',
    ],
    labels: ['Further reading', 'Around the web', "Don't miss", 'MORE HEADLINES'],
    more: ['Full story', 'Keep reading »', 'Read the full article', '[…]'],
  },
};

/**
 * Saved-page furniture of issue 18's third round, in two pools written separately for this script
 * (the held-back pool after the tune pool, in other words and never tuned on). `{name}`, `{first}`,
 * `{pronoun}`, `{paper}` and `{city}` are filled in with invented names; bios name the reporter.
 */
const SAVED_PAGE: Record<MoreFurniture['wording'], { readTime: readonly string[]; stamps: readonly string[]; share: readonly string[]; credits: readonly string[]; ads: readonly string[]; topics: readonly string[]; origin: readonly string[]; bioLabels: readonly string[]; bios: readonly string[]; rules: readonly string[]; signOffs: readonly string[]; sponsored: readonly string[] }> = {
  tune: {
    readTime: ['4 min read', 'Reading time: 3 minutes', '6 minute read'],
    stamps: ['Updated 3:14 p.m.', 'Last updated: 11:02 AM', 'Updated 2 hours ago'],
    share: ['Share this: Facebook Twitter Email', 'Share: Facebook · Twitter · LinkedIn · Email', 'Facebook Twitter Reddit Email Print'],
    credits: ['Getty Images', 'AFP via Getty Images', 'Photo: Reuters'],
    ads: ['Advertisement', 'Story continues below', 'Article continues after this ad'],
    topics: ['Topics: Elections, Congress, Health care', 'Tags: politics, campaign 2016, polls', 'More on: Courts · Immigration · Budget'],
    origin: [
      'This article was originally published by {paper}.',
      'A version of this story appeared in print on Page A12 of the morning edition.',
      'This story has been updated to include comment from the governor’s office.',
    ],
    bioLabels: ['About the author', 'ABOUT THE WRITER'],
    bios: [
      '{name} is a staff writer covering state politics for {paper}. Reach {pronoun} at newsroom@example.com.',
      '{name} covers City Hall and transportation. Before joining {paper}, {first} reported from {city} for six years.',
      '{name} is a national correspondent based in {city}.',
    ],
    rules: ['Every comment is checked by an editor before it goes live.', 'Comment sections close after seven days on all stories.'],
    signOffs: ['Thanks for reading. See you tomorrow.', 'That is all for today. Have a question for our team? Just reply to this email.'],
    sponsored: ['Sponsored', 'Paid content', 'Promoted stories'],
  },
  heldBack: {
    readTime: ['Estimated reading time: 5 min', '7-minute read', 'Read time 2 mins'],
    stamps: ['Last modified 10:41 a.m. ET', 'Updated at 6:05 pm', 'Modified: 9:30 AM CDT'],
    share: ['Share via WhatsApp Facebook X Copy link', 'Tweet Share Pin Email', 'SHARE THIS STORY'],
    credits: ['Image: Shutterstock', 'Photograph: Alamy', 'Credit: EPA'],
    ads: ['Sponsored', 'Content continues after advertisement', 'AD'],
    topics: ['Filed under: Politics, Elections', 'Related topics: Senate / Budget / Taxes', 'Keywords: campaign finance; primaries'],
    origin: [
      'This story first appeared in {paper} and is republished here with permission.',
      'Originally posted on {paper}’s website.',
      'An earlier version of this article gave the wrong day for the vote.',
    ],
    bioLabels: ['Meet the reporter', 'Author'],
    bios: [
      '{name} writes about energy and the environment. {first} joined {paper} in 2015.',
      '{name} has reported on courts and crime since 2012 and lives in {city}.',
      '{name} is the paper’s Washington bureau chief and a former editor at {paper}.',
    ],
    rules: ['Replies containing links are held back for moderation.', 'The comment thread for this article has been closed.'],
    signOffs: ['Until next time, stay safe out there.', 'Enjoy the rest of your week, and thanks for being a reader.'],
    sponsored: ['Partner content', 'Presented by our sponsors', 'From our advertisers'],
  },
};

/**
 * Written for this script in issue 18's fourth round, for the tune and dev pages only: sign-offs
 * that do not say "you" and open with a verb compromise's lexicon files as a noun or not at all
 * ("stay", "sleep", "dress", "savour"), and the notes letters pages and forums print under their
 * replies, without "comment", "moderate" or any other word of the page reader's comment notices.
 */
const UNADDRESSED = {
  signOffs: ['Stay dry this weekend.', 'Sleep well, and see everyone on Monday.', 'Dress warmly for the parade tomorrow.', 'Savour the long weekend.', 'Recharge, and back next week.'],
  moderation: [
    'Posts are screened by a member of staff before they appear.',
    'Replies naming private individuals will be taken down.',
    'Letters may be edited for length and clarity.',
    'Reader submissions are checked before they go live and may take a day to show.',
  ],
};

/**
 * Written for this script in issue 18's fifth round, for the tune and dev pages only: labels sites
 * print in capitals between a story's paragraphs (over a live blog, a gallery, a video or a reading
 * list), and short requests to the reader that end in a full stop, as galleries and embeds ask.
 */
const IN_COLUMN = {
  labels: ['LIVE UPDATES', 'MOST READ', 'TOP VIDEOS', 'IN PICTURES', 'EDITORS’ PICKS'],
  requests: ['Tap the photo to enlarge.', 'Scroll down for more photos.', 'Click the image to open the gallery.', 'Press play to start the video.', 'Swipe left for the next picture.'],
};

const pick = <T>(rng: Rng, items: readonly T[]): T => items[Math.floor(rng() * items.length)];
const chance = (rng: Rng, p: number): boolean => rng() < p;
const between = (rng: Rng, low: number, high: number): number => low + Math.floor(rng() * (high - low + 1));

interface Day {
  year: number;
  month: number;
  day: number;
}

function parseIso(date: string): Day {
  const [year, month, day] = date.split('-').map(Number);
  return { year, month, day };
}

const weekday = (d: Day): string => WEEKDAYS[new Date(Date.UTC(d.year, d.month - 1, d.day)).getUTCDay()];
const iso = (d: Day): string => `${d.year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;

/** A date line as sites print them. */
function dateLine(rng: Rng, d: Day): string {
  const month = MONTHS[d.month - 1];
  const hour = between(rng, 1, 12);
  const minute = String(between(rng, 0, 59)).padStart(2, '0');
  return pick(rng, [
    `${month} ${d.day}, ${d.year}`,
    `Published ${hour}:${minute} p.m. ET ${AP_MONTHS[d.month - 1]} ${d.day}, ${d.year}`,
    `Updated ${hour}:${minute} AM EDT, ${weekday(d).slice(0, 3)} ${month} ${d.day}, ${d.year}`,
    `${weekday(d).slice(0, 3)} ${d.day} ${month.slice(0, 3)} ${d.year} ${String(hour + 8).padStart(2, '0')}.${minute} BST`,
    `Posted: ${d.day} ${month} ${d.year}`,
    `${iso(d)}T${String(hour + 6).padStart(2, '0')}:${minute}:00Z`,
  ]);
}

function byline(rng: Rng): string {
  const one = pick(rng, REPORTERS);
  const two = pick(rng, REPORTERS.filter((name) => name !== one));
  return pick(rng, [
    `By ${one.toUpperCase()} and ${two.toUpperCase()} Associated Press`,
    one.toUpperCase(),
    `By ${one}, Staff Writer`,
    `${one} | ${pick(rng, PAPERS)}`,
    `By ${one} and ${two}`,
    one,
  ]);
}

/** A photo caption with its credit, in one of the agencies' or papers' shapes. */
function caption(rng: Rng, d: Day): string {
  const shot = pick(rng, PHOTOGRAPHERS);
  const scene = pick(rng, CAPTION_SCENES);
  const city = pick(rng, CITIES)[0].replace(/\B\p{Lu}+/gu, (letters) => letters.toLowerCase());
  const when = `${weekday(d)}, ${AP_MONTHS[d.month - 1]} ${d.day}, ${d.year}`;
  const subject = pick(rng, SUBJECTS);
  return pick(rng, [
    `${scene} in ${city}, ${when}. (AP Photo/${shot})`,
    `${subject}, left, speaks with reporters in ${city} on ${weekday(d)}. (${shot}/${pick(rng, PAPERS)})`,
    `${scene}. Photo: ${shot} / ${pick(rng, PAPERS)}`,
    `FILE - In this ${AP_MONTHS[d.month - 1]} ${d.day}, ${d.year - 1}, file photo, ${subject} arrives for a hearing in ${city}. (AP Photo/${shot}, File)`,
    `${subject} of ${pick(rng, TEAM_WORDS)} celebrates a goal. (Photo by ${shot}/Getty Images)`,
    `${scene}. (${shot}/${pick(rng, PAPERS)})`,
  ]);
}

function contributorLine(rng: Rng): string {
  const city = pick(rng, CITIES)[0].replace(/\B\p{Lu}+/gu, (letters) => letters.toLowerCase());
  return pick(rng, [
    `Reporting by ${pick(rng, REPORTERS)} in ${city}; Editing by ${pick(rng, REPORTERS)}`,
    `Associated Press writer ${pick(rng, REPORTERS)} in ${city} contributed to this report.`,
    `AP researcher ${pick(rng, REPORTERS)} contributed.`,
  ]);
}

function boilerplateWithName(rng: Rng): string {
  const name = pick(rng, REPORTERS);
  return pick(rng, [`Follow ${name} on Twitter`, `Contact ${name} at newsroom@example.com`, `More stories by ${name}`]);
}

// ---------------------------------------------------------------------------------------------

/** The article's paragraphs with their source offsets. */
function paragraphsOf(text: string): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  for (const match of text.matchAll(/[^\n]+/gu)) {
    if (match[0].trim() === '') continue;
    out.push({ start: match.index!, end: match.index! + match[0].length });
  }
  return out;
}

/**
 * A dateline the article already opens its story with ("HEMPSTEAD, N.Y., Sept. 26 (UPI) —", "WASHINGTON ― …" with a
 * horizontal bar, "BOCA RATON, Fla. -- …" with the double hyphen of plain-text copy); a colon after capitals is as often a label ("UPDATE:").
 */
const OWN_DATELINE = /^(\p{Lu}[\p{Lu}.' -]+\p{Lu}\.?)(?:,[^()\n—–―-]{1,30})?(?:\s*\((\p{Lu}[\p{L}]{1,9})\))?\s*(?:[—–―]|--?)\s/u;

/** The agencies' title-case form ("Cleveland (AFP) -"). */
const TITLE_CASE_DATELINE = /^(\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?)(?:, [^()\n]{1,30})? \((AFP|AP|Reuters|UPI)\) [—–-]\s/u;

/** The GUM date line under the headline ("Friday, July 21, 2017"). */
function ownDate(line: string): Day | null {
  const match = /^(?:\p{Lu}\p{Ll}+day, )?(\p{Lu}\p{Ll}+) (\d{1,2}), (\d{4})$/u.exec(line.trim());
  if (!match || !MONTHS.includes(match[1])) return null;
  return { year: Number(match[3]), month: MONTHS.indexOf(match[1]) + 1, day: Number(match[2]) };
}

/** Words a headline leaves in lower case. */
const HEADLINE_SMALL = new Set(['a', 'an', 'the', 'and', 'or', 'but', 'of', 'to', 'in', 'on', 'at', 'for', 'by', 'with', 'from', 'as']);

/** A sentence as a site's headline: title case, no full stop. */
function titleCased(sentence: string): string {
  return sentence
    .replace(/[.!?]$/u, '')
    .split(' ')
    .map((word, i) => (i > 0 && HEADLINE_SMALL.has(word) ? word : word.charAt(0).toUpperCase() + word.slice(1)))
    .join(' ');
}

/**
 * A long headline of a link list (20 words or more): another article's sentence as a headline in
 * title case, or as it is without its full stop, often with a "Read more" or a date after it.
 */
function longHeadline(rng: Rng, teaser: string, d: Day, more: readonly string[]): string {
  const plain = teaser.replace(/[.!?]$/u, '');
  const month = MONTHS[(d.month + between(rng, 0, 10)) % 12];
  return pick(rng, [
    titleCased(teaser),
    `${plain} ${pick(rng, more)}`,
    `${titleCased(teaser)} ${pick(rng, ['|', '-', '—'])} ${month} ${between(rng, 1, 28)}, ${d.year}`,
    `${plain} (${month} ${between(rng, 1, 28)}, ${d.year})`,
    `${pick(rng, ['Read more', 'READ MORE', 'Related'])}: ${plain}`,
  ]);
}

/** A block of long link headlines, with or without a label above it. */
function linkBlock(more: MoreFurniture, d: Day, put: (tag: Tag, line: string) => void): void {
  const words = NOTICES[more.wording];
  if (chance(more.rng, 0.6)) put('F', pick(more.rng, words.labels));
  for (let n = between(more.rng, 2, 4); n > 0; n--) put('F', longHeadline(more.rng, pick(more.rng, more.teasers), d, words.more));
}

/** A line of `SAVED_PAGE` with its names filled in. */
function savedLine(rng: Rng, template: string): string {
  const name = pick(rng, REPORTERS);
  const city = pick(rng, CITIES)[0].replace(/\B\p{Lu}+/gu, (letters) => letters.toLowerCase());
  return template
    .replaceAll('{name}', name)
    .replaceAll('{first}', name.split(' ')[0])
    .replaceAll('{pronoun}', pick(rng, ['her', 'him', 'them']))
    .replaceAll('{paper}', pick(rng, PAPERS.filter((paper) => paper !== 'Getty Images')))
    .replaceAll('{city}', city);
}

/** A headline as a link list prints it: PolNeAR's titles carry a full stop the pages never showed. */
const asLink = (headline: string): string => headline.replace(/[.;](['’"”]?)$/u, '$1');

/**
 * One page for `source`. `related` are headlines of other articles of the same split, for link
 * lists. The page's choices come from `rng` alone.
 */
export function makePage(source: SourceArticle, related: readonly string[], rng: Rng, more?: MoreFurniture): MadePage {
  const paragraphs = paragraphsOf(source.text);
  let text = '';
  const lines: Page['lines'] = [];
  const segments: Array<{ from: number; to: number; at: number }> = [];
  const storyRanges: MadePage['storyRanges'] = [];
  const put = (tag: Tag, line: string): void => {
    if (text) text += '\n\n';
    lines.push({ tag, start: text.length, end: text.length + line.length });
    text += line;
  };
  const putSource = (tag: Tag, index: number, prefix = ''): void => {
    const p = paragraphs[index];
    if (text) text += '\n\n';
    const start = text.length;
    text += prefix;
    segments.push({ from: p.start, to: p.end, at: text.length });
    text += source.text.slice(p.start, p.end);
    lines.push({ tag, start, end: text.length });
    storyRanges.push({ start, end: text.length });
  };

  // The head: headline, then the article's own date line (GUM) or one of ours.
  let next = 0;
  const gumDate = paragraphs.length > 1 ? ownDate(source.text.slice(paragraphs[1].start, paragraphs[1].end)) : null;
  const day = gumDate ?? (source.date ? parseIso(source.date) : { year: 2016, month: 10, day: 3 });
  if (chance(rng, 0.3)) put('F', pick(rng, MENUS));
  putSource('H', next++);
  let date: string | null = null;
  const head: Array<() => void> = [];
  if (gumDate) {
    date = iso(gumDate);
    head.push(() => putSource('D', next++));
  } else if (chance(rng, 0.8)) {
    date = iso(day);
    head.push(() => put('D', dateLine(rng, day)));
  }
  if (chance(rng, 0.7)) head.push(() => put('B', byline(rng)));
  if (chance(rng, 0.5)) head.reverse();
  for (const step of head) step();
  if (gumDate && next === 1) next = 2;
  if (chance(rng, 0.4)) put('F', pick(rng, SHARE));
  const saved = more?.saved;
  const savedWords = more ? SAVED_PAGE[more.wording] : null;
  if (saved && savedWords) {
    if (chance(saved, 0.3)) put('F', pick(saved, savedWords.stamps));
    if (chance(saved, 0.3)) put('F', pick(saved, savedWords.readTime));
    if (chance(saved, 0.3)) put('F', pick(saved, savedWords.share));
  }
  const gallery = chance(rng, 0.5) ? between(rng, 2, 8) : 0;
  for (let shown = 1; shown <= Math.min(gallery, between(rng, 1, 2)); shown++) {
    put('F', `${shown} / ${gallery}`);
    put('C', caption(rng, day));
  }
  if (!gallery && chance(rng, 0.4)) put('C', caption(rng, day));

  // The story, with the agency dateline on its first paragraph when the page is agency copy.
  let dateline: Page['dateline'] = null;
  const first = next;
  // A dateline the article already has in its lead is the page's; otherwise agency copy gets one on
  // its first sentence of prose (some corpus texts open with a label such as "ABSTRACT.").
  let datelined = -1;
  for (let k = first; k < Math.min(paragraphs.length, first + 8) && !dateline; k++) {
    const own = OWN_DATELINE.exec(source.text.slice(paragraphs[k].start, paragraphs[k].end)) ?? TITLE_CASE_DATELINE.exec(source.text.slice(paragraphs[k].start, paragraphs[k].end));
    // Four capitalised words or more before a dash are a section head ("POLLS NOT NECESSARILY WRONG -"), not a place.
    if (own && own[1].trim().split(/\s+/u).length <= 3) dateline = { place: own[1].trim(), agency: own[2] ?? null };
  }
  let prefix = '';
  if (!dateline && chance(rng, 0.6)) {
    datelined = paragraphs.findIndex((p, k) => k >= first && /^\p{Lu}.{60,}[.!?"”]$/u.test(source.text.slice(p.start, p.end)) && !/\b(?:Image|Photo|Video): /u.test(source.text.slice(p.start, p.end)));
    if (datelined >= 0 && datelined < first + 4) {
      const [place, region] = pick(rng, CITIES);
      const agency = pick(rng, AGENCIES);
      dateline = { place, agency };
      prefix = `${place}${region ? `, ${region}` : ''} (${agency})${pick(rng, [' —', ' -', ' –'])} `;
    } else datelined = -1;
  }
  const crosses = (index: number): boolean => {
    const cut = paragraphs[index].end;
    return source.spans.some((span) => span.start < cut && span.end > cut);
  };
  const breaks = [
    () => put('F', pick(rng, NEWSLETTER)),
    () => put('C', caption(rng, day)),
    () => put('F', `Read more: ${asLink(pick(rng, related))}`),
    () => put('F', pick(rng, AD_CODE)),
    () => put('F', `${(rng() * 120 - 60).toFixed(6)} ${(rng() * 300 - 150).toFixed(6)}`),
    () => put('F', boilerplateWithName(rng)),
  ];
  for (; next < paragraphs.length; next++) {
    putSource('S', next, next === datelined ? prefix : '');
    const inBetween = next + 1 < paragraphs.length && next - first >= 1 && !crosses(next);
    if (inBetween && chance(rng, 0.12)) pick(rng, breaks)();
    if (more && inBetween && chance(more.rng, 0.05)) {
      if (chance(more.rng, 0.4)) linkBlock(more, day, put);
      else put('F', pick(more.rng, chance(more.rng, 0.5) ? NOTICES[more.wording].comments : NOTICES[more.wording].access));
    }
    if (saved && savedWords && inBetween && chance(saved, 0.06)) {
      const kind = saved();
      if (kind < 0.4) put('F', pick(saved, savedWords.ads));
      else if (kind < 0.8) put('C', pick(saved, savedWords.credits));
      else put('F', pick(saved, savedWords.sponsored));
    }
    const unaddressed = more?.unaddressed;
    if (more && unaddressed && inBetween && chance(unaddressed, 0.01)) put('F', longHeadline(unaddressed, pick(unaddressed, more.teasers), day, NOTICES.tune.more));
    const inColumn = more?.inColumn;
    if (inColumn && inBetween && chance(inColumn, 0.02)) put('F', pick(inColumn, chance(inColumn, 0.5) ? IN_COLUMN.labels : IN_COLUMN.requests));
  }

  // The tail: credits, sign-up and rights lines, related links.
  if (chance(rng, 0.4)) put('X', contributorLine(rng));
  if (chance(rng, 0.5)) put('F', pick(rng, NEWSLETTER));
  if (chance(rng, 0.5)) {
    put('F', pick(rng, ['Related', 'More from News', 'Recommended for you', 'Trending now']));
    for (let n = between(rng, 2, 4); n > 0; n--) put('F', asLink(pick(rng, related)));
  }
  if (more && chance(more.rng, 0.4)) linkBlock(more, day, put);
  if (more && chance(more.rng, 0.4)) put('F', pick(more.rng, NOTICES[more.wording].access));
  if (more && chance(more.rng, 0.4)) {
    const comments = NOTICES[more.wording].comments;
    const rule = pick(more.rng, comments);
    put('F', rule);
    if (chance(more.rng, 0.4)) put('F', pick(more.rng, comments.filter((line) => line !== rule)));
  }
  if (saved && savedWords) {
    if (chance(saved, 0.3)) put('F', savedLine(saved, pick(saved, savedWords.origin)));
    if (chance(saved, 0.3)) put('F', pick(saved, savedWords.topics));
    if (chance(saved, 0.3)) {
      if (chance(saved, 0.5)) put('F', pick(saved, savedWords.bioLabels));
      put('F', savedLine(saved, pick(saved, savedWords.bios)));
    }
    if (chance(saved, 0.2)) put('F', pick(saved, savedWords.share));
    if (chance(saved, 0.2)) put('F', pick(saved, savedWords.rules));
    if (chance(saved, 0.15)) put('F', pick(saved, savedWords.signOffs));
  }
  const unaddressed = more?.unaddressed;
  if (unaddressed) {
    if (chance(unaddressed, 0.15)) put('F', pick(unaddressed, UNADDRESSED.moderation));
    if (chance(unaddressed, 0.15)) put('F', pick(unaddressed, UNADDRESSED.signOffs));
  }
  if (chance(rng, 0.5)) put('F', `Copyright ${day.year} ${pick(rng, PAPERS)}. All rights reserved.`);

  const toPage = (offset: number): number => {
    for (const segment of segments) if (offset >= segment.from && offset <= segment.to) return segment.at + (offset - segment.from);
    return -1;
  };
  return { name: source.id, text, lines, dateline, date, toPage, storyRanges };
}
