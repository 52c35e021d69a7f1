import assert from 'node:assert/strict';
import fc from 'fast-check';
import { analyzeArticle, inFurniture, reportableQuotes, type ArticleAnalysis } from '../../src/analysis';
import { propertyOptions } from './properties';

/** The plain definition: some caption or boilerplate span holds [start, end). */
function referenceInFurniture(analysis: ArticleAnalysis, start: number, end: number): boolean {
  return [...analysis.metadata.captions, ...analysis.metadata.boilerplate].some((span) => span.start <= start && end <= span.end);
}

describe('furniture spans', () => {
  // Random spans over a short stretch of text, overlapping and nested, unsorted; quotes likewise.
  const span = fc.tuple(fc.nat(60), fc.nat(20)).map(([start, length]) => ({ start, end: start + length, text: '' }));

  it('finds a span holding a range exactly as a pass over every span would', () => {
    const base = analyzeArticle('“We will build it,” the mayor said.');
    assert.equal(base.quotes[0]?.kind, 'quotation');
    fc.assert(
      fc.property(fc.array(span, { maxLength: 12 }), fc.array(span, { maxLength: 12 }), fc.array(span, { maxLength: 20 }), (captions, boilerplate, ranges) => {
        const analysis = { ...base, metadata: { ...base.metadata, captions, boilerplate } };
        for (const range of ranges) assert.equal(inFurniture(analysis, range.start, range.end), referenceInFurniture(analysis, range.start, range.end), JSON.stringify(range));
        const quotes = ranges.map((range) => ({ ...base.quotes[0], outer: range }));
        const withQuotes = { ...analysis, quotes };
        assert.deepEqual(reportableQuotes(withQuotes), quotes.filter((quote) => !referenceInFurniture(analysis, quote.outer.start, quote.outer.end)));
      }),
      propertyOptions(300),
    );
  });
});
