/**
 * The analysis contract: plain data with character offsets.
 * Offsets are JavaScript string indices (UTF-16 code units) into the analysed text,
 * end-exclusive, so `text.slice(start, end)` is the span.
 */

export interface Span {
  start: number;
  end: number;
  text: string;
}

/** How a mention names its person; lets the hover card say "how the article refers to them". */
export type MentionForm = 'full' | 'surname' | 'given' | 'honorific' | 'title';

export interface Mention extends Span {
  personId: string;
  form: MentionForm;
}

/**
 * A person the page names only beside the story: to credit them (the byline, a picture, a
 * contribution), or in a picture's caption as the one pictured.
 */
export type CreditKind = 'byline' | 'photo' | 'pictured' | 'contributor';

/** What a person's gender was inferred from, strongest first; never a fact about the person. */
export interface GenderEvidence {
  kind: 'pronoun' | 'honorific' | 'title' | 'role' | 'givenName';
  /** The words it rests on: "she", "Mrs", "Queen", "husband", "Maria". */
  text: string;
  /** How many times (pronouns resolved to the person; 1 otherwise). */
  count: number;
}

/** An entry of the list of office holders: generated from Wikidata (with its Q-id) or typed by hand. */
export interface AffiliationReference {
  source: 'wikidata' | 'hand';
  wikidataId: string | null;
  /** The date the list (or its generated part) was made: YYYY-MM-DD. */
  asOf: string;
}

export interface Person {
  /** Stable within one analysis: `p1`, `p2`, … in order of first mention. */
  id: string;
  /** The fullest form of the name the article gives, without titles ("Antony Blinken"). */
  name: string;
  /** Title or office as the article states it ("Defence Secretary"), or null. */
  title: string | null;
  /** "article" when the article states the title, "inferred" when it is deduced ("his counterpart" → Defence Minister). */
  titleSource: 'article' | 'inferred' | null;
  /** A role the article gives besides the title ("spokesman"), or null. */
  role: string | null;
  /** Country or organisation the person belongs to, or null. */
  affiliation: string | null;
  /**
   * Where the affiliation comes from: the article's own words, or, for a well-known office holder
   * the article leaves unplaced ("President Vladimir Putin"), Source Lens's reference list.
   */
  affiliationSource: 'article' | 'reference' | null;
  /** For an affiliation from the reference list: where that list's entry comes from, and as of when. */
  affiliationReference: AffiliationReference | null;
  /** True when the article gives the person an office, rank or official role. */
  official: boolean;
  /** Inferred, never stated: from pronouns resolved to the person, an honorific, a gendered title or a given name. */
  gender: 'male' | 'female' | null;
  /** What `gender` rests on, or null. */
  genderEvidence: GenderEvidence | null;
  /** Set when every mention credits the person (byline, picture, contribution); editors list them apart. */
  credit: CreditKind | null;
  /** Every mention, in reading order. */
  mentions: Mention[];
}

/** What a quote's source is: a person, or a body, a document, a news outlet, a group, or someone unnamed. */
export type QuoteSourceKind = 'person' | 'organisation' | 'document' | 'publication' | 'group' | 'anonymous';

export interface QuoteSource {
  kind: QuoteSourceKind;
  /** The source as the article gives it ("TransLink", "the report", "a senior official"); a person's full name. */
  name: string;
  /** The words that name the source for this quote (a name, a pronoun, a description). */
  start: number;
  end: number;
  /** The person of `people`, when the source is one. */
  personId: string | null;
}

/**
 * A speaker's words (`quotation`), or marks around the reporter's own words: a scare quote, a term
 * being named, the title of a show, film, book or campaign.
 */
export type QuoteKind = 'quotation' | 'scare' | 'title' | 'term';

export interface Quote extends Span {
  /** Only quotations are attributed to speakers and reported without one. */
  kind: QuoteKind;
  /** A fragment woven into the reporter's sentence rather than the speaker's full sentence. */
  partial: boolean;
  /** The person the quote is attributed to, or null. */
  speakerId: string | null;
  /** The words (name, pronoun, description, body) that carry the attribution, or null. */
  speakerMention: Span | null;
  /** Who or what the quote comes from, of any kind, or null when the article does not say. */
  source: QuoteSource | null;
  /**
   * Who or what passed the words on, when the sentence names it beside a speaker who said them
   * ("Qiao said … "step by step", according to a readout"): the source spoke, this reported it.
   */
  relayedBy: QuoteSource | null;
  /** The verb or phrase of attribution ("said", "told", "according to"), or null. */
  cue: Span | null;
  /** The opening mark had no closing mark; the quote was closed at the paragraph end. */
  unbalanced: boolean;
  /** Where the quotation marks themselves are (the span above excludes them). */
  outer: { start: number; end: number };
}

export interface Paragraph {
  start: number;
  end: number;
}

export interface ArticleMetadata {
  /** A leading `date YYYY-MM-DD` line, with the ISO date. */
  dateLine: (Span & { date: string }) | null;
  /** The place the story was filed from ("WASHINGTON", "KYIV"), anywhere in the lead, with the agency in its brackets ("AP", "Reuters"). */
  dateline: (Span & { agency: string | null }) | null;
  /** The headline: the first line of the page that is not furniture, date or byline. */
  headline: Span | null;
  /** The byline's names ("JANE DOE and JOHN ROE", "Dana Whitfield, Capitol Correspondent"). */
  byline: Span | null;
  /** The date: the date line's, or the one printed on the page ("Updated 3:42 PM EDT, Mon July 16, 2018"), as ISO. */
  date: (Span & { date: string }) | null;
  /** Photo captions with their credits, one span each. */
  captions: Span[];
  /** Site furniture: navigation, counters, calls to action, ad code, share and cookie lines, link lists. */
  boilerplate: Span[];
}

export interface ArticleAnalysis {
  people: Person[];
  quotes: Quote[];
  paragraphs: Paragraph[];
  metadata: ArticleMetadata;
}

export interface AnalysisOptions {
  /** Extra titles to recognise besides the built-in lexicon (e.g. from a user setting). */
  extraTitles?: readonly string[];
  /** The text is Markdown: code, front matter, HTML and link targets are not read as prose. */
  markdown?: boolean;
  /**
   * Cut a quotation that runs over paragraphs into one quote per paragraph, each with the whole
   * quote's speaker, as PolNeAR annotates them (the evaluation's view). By default a quotation is
   * one quote however many paragraphs it runs over, so it is counted, listed and exported once.
   */
  quotesByParagraph?: boolean;
}
