import assert from 'node:assert/strict';
import fc from 'fast-check';
import { preview } from '../../src/editor/plainLabels';
import { versionShare } from '../../src/editor/versions/versionLabels';
import { propertyOptions } from './properties';

/** The first words by folding every space of the whole text, as preview() once did: the reference for its shortcut. */
function referenceFirstWords(text: string, words: number): string {
  const all = text.replace(/\s+/gu, ' ').trim().split(' ');
  const cut = all.length > words;
  let shown = (cut ? all.slice(0, words) : all).join(' ');
  shown = shown.replace(cut ? /[\s,;:…-]+$|\.{3}$/u : /[\s,;:-]+$/u, '');
  if (cut) shown = `${shown.replace(/(?:…|\.{3})$/u, '')}…`;
  return shown;
}

describe('plain labels', () => {
  it('a quote preview has its marks, one ellipsis and no trailing comma', () => {
    assert.equal(preview('We will keep the harbour open, whatever the weather brings this winter,', 6, true), '“We will keep the harbour open…”');
    assert.equal(preview('The crews are tired but proud,', 12, true), '“The crews are tired but proud”');
    assert.equal(preview('We backed the... plan and we still do', 3, true), '“We backed the…”');
    assert.equal(preview('their unwavering support for… the rebuilding of the port', 4), 'their unwavering support for…');
  });

  it('a preview reads only the words it shows and gives what folding the whole text gives', () => {
    // Quote-like text: words, punctuation, ellipses and odd spaces (tabs, newlines, no-break spaces).
    const token = fc.constantFrom('we', 'will', 'stay', 'open,', '...', '…', ' ', '  ', '\n', '\t', '\u00a0', '-', ';', 'port.');
    const text = fc.array(token, { maxLength: 30 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(text, fc.integer({ min: 1, max: 12 }), (quote, words) => {
        assert.equal(preview(quote, words), referenceFirstWords(quote, words));
      }),
      propertyOptions(500),
    );
  });

  it('a version says how much it contains and how alike it is, never a bare percentage', () => {
    assert.equal(versionShare({ containment: 1, similarity: 0.69 }, { version: 900, article: 700 }), 'contains 100% of this · 69% alike');
    assert.equal(versionShare({ containment: 0.95, similarity: 0.8 }, { version: 500, article: 700 }), '95% of it is in this · 80% alike');
    assert.equal(versionShare({ containment: 0.9, similarity: 0.9 }), '90% shared · 90% alike');
  });
});
