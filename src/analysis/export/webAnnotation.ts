import { personById } from '../query';
import type { ArticleAnalysis } from '../types';
import { CodePoints } from './lines';

/**
 * W3C Web Annotation Data Model (https://www.w3.org/TR/annotation-model/): one annotation per
 * quotation and one per person mention, each targeting its words in the file with a
 * TextQuoteSelector (exact words and some context) and a TextPositionSelector. The model counts
 * positions in Unicode code points, so our UTF-16 offsets are converted.
 */
export interface WebAnnotation {
  id: string;
  type: 'Annotation';
  motivation: 'identifying' | 'describing';
  body: Array<{ type: 'TextualBody'; value: string; purpose: 'identifying' | 'describing' | 'tagging' }>;
  target: {
    source: string;
    selector: [
      { type: 'TextQuoteSelector'; exact: string; prefix: string; suffix: string },
      { type: 'TextPositionSelector'; start: number; end: number },
    ];
  };
}

/** The JSON-LD context of the model, given once on the page that holds the annotations. */
export const ANNOTATION_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

/** How much context the TextQuoteSelector carries either side, in UTF-16 units (never cutting a pair). */
const CONTEXT = 32;

/** `source` is the file's URI (e.g. `file:///…/story.txt`); ids are `source#quote-N` and `source#mention-N`. */
export function webAnnotations(source: string, text: string, analysis: ArticleAnalysis): WebAnnotation[] {
  const points = new CodePoints(text);
  const target = (start: number, end: number): WebAnnotation['target'] => ({
    source,
    selector: [
      { type: 'TextQuoteSelector', exact: text.slice(start, end), prefix: text.slice(safe(text, start - CONTEXT), start), suffix: text.slice(end, safe(text, end + CONTEXT)) },
      { type: 'TextPositionSelector', start: points.of(start), end: points.of(end) },
    ],
  });
  const annotations: WebAnnotation[] = [];
  analysis.quotes.forEach((quote, i) => {
    const speaker = personById(analysis, quote.speakerId);
    const body: WebAnnotation['body'] = [{ type: 'TextualBody', value: quote.kind === 'quotation' ? 'quotation' : quote.kind, purpose: 'tagging' }];
    const who = speaker?.name ?? quote.source?.name;
    if (who) body.push({ type: 'TextualBody', value: who, purpose: 'identifying' });
    if (quote.source) body.push({ type: 'TextualBody', value: `source: ${quote.source.kind}`, purpose: 'describing' });
    annotations.push({ id: `${source}#quote-${i + 1}`, type: 'Annotation', motivation: 'describing', body, target: target(quote.start, quote.end) });
  });
  let n = 0;
  for (const person of analysis.people) {
    const described = [person.title, person.affiliation].filter(Boolean).join(', ');
    for (const mention of person.mentions) {
      const body: WebAnnotation['body'] = [{ type: 'TextualBody', value: person.name, purpose: 'identifying' }];
      if (described) body.push({ type: 'TextualBody', value: described, purpose: 'describing' });
      annotations.push({ id: `${source}#mention-${++n}`, type: 'Annotation', motivation: 'identifying', body, target: target(mention.start, mention.end) });
    }
  }
  return annotations;
}

/** `offset` clamped to the text and moved off the middle of a surrogate pair. */
function safe(text: string, offset: number): number {
  const at = Math.max(0, Math.min(text.length, offset));
  const c = text.charCodeAt(at);
  return c >= 0xdc00 && c <= 0xdfff && at > 0 ? at - 1 : at;
}
