import assert from 'node:assert/strict';
import { analyzeArticle } from '../../src/analysis';
import { closingMarkFor, closingMarkOffset } from '../../src/editor/closingMark';

/** Applies the fix as the code action does, for the first unclosed quote the analysis finds. */
function closeFirstOpenQuote(text: string): string {
  const open = analyzeArticle(text).quotes.find((quote) => quote.unbalanced);
  assert.ok(open, 'the analysis should find an unclosed quote');
  const at = closingMarkOffset(text, open.outer.start, open.outer.end);
  return text.slice(0, at) + closingMarkFor(text, open.outer.start) + text.slice(at);
}

describe('closing mark quick fix', () => {
  it('closes a curly quote at the end of its paragraph, before the line break', () => {
    const text = 'The harbour master said the pier would reopen.\n\n“We have checked every pile twice, and it holds.\n\nWork resumes on Friday, she added.\n';
    const fixed = closeFirstOpenQuote(text);
    assert.ok(fixed.includes('it holds.”\n\nWork'), fixed);
    assert.equal(analyzeArticle(fixed).quotes.filter((quote) => quote.unbalanced).length, 0);
  });

  it('uses the same kind of mark as the opening one', () => {
    assert.equal(closingMarkFor('"a', 0), '"');
    assert.equal(closingMarkFor('«a', 0), '»');
    assert.equal(closingMarkFor('‘a', 0), '’');
    assert.equal(closingMarkFor("''a", 0), "''");
    assert.equal(closingMarkFor('„a', 0), '“');
  });

  it('places the mark after trailing punctuation and before trailing spaces', () => {
    const text = '"Nobody told us.  \n';
    assert.equal(closingMarkOffset(text, 0, text.length), text.indexOf('.') + 1);
  });
});
