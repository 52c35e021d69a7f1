import { getLexicon, type Lexicon } from './lexicon';
import { readMetadata } from './metadata';
import { furnitureOf, type PageFurniture } from './page/furniture';
import { findParagraphs } from './text/paragraphs';
import { splitSentences, type Sentence } from './text/sentences';
import { tokenize, type Token } from './text/tokens';
import type { AnalysisOptions, ArticleMetadata, Mention, Paragraph, Person } from './types';

/**
 * One article as every stage of the analysis reads it: its text and what is found once from the
 * text alone (paragraphs, sentences, tokens, metadata, page furniture), with the lexicon in use.
 * Built once per article by `articleContext`, so no stage re-splits or re-tokenizes the text.
 */
export interface ArticleContext {
  readonly text: string;
  /** Handed out as the analysis's own paragraphs, so typed as the result types them. */
  readonly paragraphs: Paragraph[];
  readonly sentences: readonly Sentence[];
  readonly tokens: readonly Token[];
  readonly lexicon: Lexicon;
  readonly metadata: ArticleMetadata;
  /** Captions, boilerplate and byline of a scraped page; none for clean copy. */
  readonly furniture: PageFurniture;
}

/** The article once its people are resolved: what the quotation stages read as well. */
export interface PeopleContext extends ArticleContext {
  readonly people: readonly Person[];
  /** Every mention of every person, in reading order. */
  readonly mentions: readonly Mention[];
}

/** Reads the text once into the context every stage takes (also how tests build one). */
export function articleContext(text: string, options: AnalysisOptions = {}): ArticleContext {
  const lexicon = getLexicon(options.extraTitles);
  const paragraphs = findParagraphs(text);
  const sentences = splitSentences(text, paragraphs);
  const tokens = tokenize(text);
  // Metadata is read with the standard lexicon: the user's extra titles name people, not page parts.
  const metadata = readMetadata(text, paragraphs);
  const furniture = furnitureOf(metadata, paragraphs);
  return { text, paragraphs, sentences, tokens, lexicon, metadata, furniture };
}

/** Adds the resolved people and their mentions, sorted by where they start. */
export function withPeople(context: ArticleContext, people: readonly Person[]): PeopleContext {
  const mentions = people.flatMap((person) => person.mentions).sort((a, b) => a.start - b.start);
  return { ...context, people, mentions };
}

/** The part of the context that word-level helpers read: the text, its tokens and the lexicon. */
export type ArticleWords = Pick<ArticleContext, 'text' | 'tokens' | 'lexicon'>;
