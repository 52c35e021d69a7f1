/**
 * The page's furniture as the rest of the analysis uses it: people named only in captions are
 * credits, nobody in boilerplate is a person, and nothing in either yields a quote.
 */
import { firstIndex } from '../text/search';
import type { ArticleMetadata, Paragraph, Span } from '../types';

export interface PageFurniture {
  /** Photo captions, sorted. */
  captions: readonly Span[];
  /** Boilerplate, sorted. */
  boilerplate: readonly Span[];
  byline: Span | null;
}

export const NO_FURNITURE: PageFurniture = { captions: [], boilerplate: [], byline: null };

/** A text that is all captions and boilerplate has no story to set them apart from: it is read as story. */
export function furnitureOf(metadata: ArticleMetadata, paragraphs: readonly Paragraph[]): PageFurniture {
  const { captions, boilerplate, byline } = metadata;
  const story = paragraphs.some((p) => !within(captions, p.start, p.end) && !within(boilerplate, p.start, p.end));
  return story ? { captions, boilerplate, byline } : NO_FURNITURE;
}

/** Whether [start, end) lies inside one of the sorted, non-overlapping `spans`. */
export function within(spans: readonly Span[], start: number, end: number): boolean {
  if (spans.length === 0) return false;
  const index = firstIndex(spans, (span) => span.end > start);
  return index < spans.length && spans[index].start <= start && end <= spans[index].end;
}

/** Whether [start, end) overlaps one of the sorted, non-overlapping `spans`. */
export function overlapsAny(spans: readonly Span[], start: number, end: number): boolean {
  if (spans.length === 0) return false;
  const index = firstIndex(spans, (span) => span.end > start);
  return index < spans.length && spans[index].start < end;
}
