import assert from 'node:assert/strict';
import fc from 'fast-check';
import MarkdownIt from 'markdown-it';
import type { ArticleAnalysis, Person, Quote } from '../../src/analysis';
import { personCard } from '../../src/editor/personCard';
import { markedWordsCard, quoteCard } from '../../src/editor/quoteCard';
import { propertyOptions } from './properties';

// Hostile pieces: links, images, HTML, theme icons, escapes and line breaks that article text may hold.
const HOSTILE = [
  '[click](command:workbench.action.terminal.new)', '](command:workbench.action.files.delete)', '![x](https://example.com/x.png)', '<a href="command:x">a</a>',
  '<img src=x onerror=alert(1)>', '<script>', '$(alert)', '$(', ')', '\\', '\\[', '`', '``', '*', '_', '~~', '#', '|', '&', '&lt;', '&#60;', '\n', '\n\n', '\n- ',
  '<https://example.com>', 'https://example.com', 'javascript:alert(1)', '[a]: command:workbench.action.terminal.new', '[a]', '[a][]', '{', '}', '"', '“', '”',
];
const text = fc.array(fc.oneof(fc.string({ unit: 'grapheme', maxLength: 12 }), fc.constantFrom(...HOSTILE)), { maxLength: 8 }).map((parts) => parts.join(''));
const nonEmpty = text.filter((value) => value.length > 0);

const span = (value: string) => ({ start: 0, end: value.length, text: value });
const person = fc.record({ name: nonEmpty, title: fc.option(text), role: fc.option(text), affiliation: fc.option(text), reference: fc.boolean(), official: fc.boolean(), mentions: fc.array(nonEmpty, { minLength: 1, maxLength: 3 }) });
const quote = fc.record({ text, partial: fc.boolean(), cue: fc.option(nonEmpty), speakerMention: fc.option(nonEmpty), relay: fc.option(nonEmpty), unbalanced: fc.boolean(), attributed: fc.boolean() });

type Generated<A> = A extends fc.Arbitrary<infer T> ? T : never;

function analysisOf(p: Generated<typeof person>, qs: Array<Generated<typeof quote>>): ArticleAnalysis {
  const subject: Person = {
    id: 'p1', name: p.name, title: p.title, role: p.role, affiliation: p.affiliation, affiliationSource: p.affiliation ? (p.reference ? 'reference' : 'article') : null,
    official: p.official, gender: null, genderEvidence: null, titleSource: p.title ? 'article' : null, affiliationReference: null, credit: null, mentions: p.mentions.map((mention) => ({ ...span(mention), personId: 'p1', form: 'full' })) as Person['mentions'],
  };
  const quotes: Quote[] = qs.map((q) => ({
    ...span(q.text), kind: 'quotation', partial: q.partial, speakerId: q.attributed ? 'p1' : null, cue: q.cue === null ? null : span(q.cue),
    speakerMention: q.speakerMention === null ? null : span(q.speakerMention), source: null, relayedBy: q.relay === null ? null : { kind: 'document', name: q.relay, start: 0, end: q.relay.length, personId: null }, unbalanced: q.unbalanced, outer: { start: 0, end: q.text.length },
  }));
  return { people: [subject], quotes, paragraphs: [], metadata: { dateLine: null, dateline: null } } as unknown as ArticleAnalysis;
}

const OUR_ICONS = new Set(['person', 'quote', 'warning', 'link-external', 'eye-closed', 'broadcast']);
const SAFE_TAGS = new Set(['p', 'strong', 'em', 'a', 'ul', 'li', 'hr']);

/** Links, tags and theme icons the Markdown makes, as VS Code would see them (HTML allowed, as in hovers). */
function assertOnlyOurs(markdown: string): void {
  const html = new MarkdownIt({ html: true }).render(markdown);
  for (const [, closing, tag, attributes] of html.matchAll(/<(\/?)([a-zA-Z][\w-]*)([^>]*)>/g)) {
    assert.ok(SAFE_TAGS.has(tag.toLowerCase()), `<${tag}> in ${html}`);
    if (closing) continue;
    const rest = attributes.replace(/^\s*href="(command:sourcelens\.(?:revealRange|lookUpPerson|quoteTrail)\?[^"]*)"/, '');
    assert.ok(tag.toLowerCase() !== 'a' || rest !== attributes, `a link elsewhere than our commands in ${html}`);
    assert.equal(rest.trim(), '', `attributes ${attributes} in ${html}`);
  }
  // A theme icon is $(name) not escaped by a backslash; VS Code expands them before rendering.
  for (const match of markdown.matchAll(/(\\*)\$\(([^)]*)\)/g)) {
    if (match[1].length % 2 === 0) assert.ok(OUR_ICONS.has(match[2]), `theme icon $(${match[2]}) in ${markdown}`);
  }
}

describe('hover cards escape what the article says', () => {
  const document = { getText: () => '', uri: { toString: () => 'file:///news/story.txt' }, positionAt: (offset: number) => ({ line: 0, character: offset }) } as never;

  it('a person card, whatever the names, titles and quotes hold, links only to our commands', () => {
    fc.assert(
      fc.property(person, fc.array(quote, { maxLength: 7 }), (p, qs) => {
        const analysis = analysisOf(p, qs);
        assertOnlyOurs(personCard(document, analysis, analysis.people[0]));
      }),
      propertyOptions(300),
    );
  });

  it('a quote card, whatever the speaker, cue and mention hold, links only to our commands', () => {
    fc.assert(
      fc.property(person, quote, (p, q) => {
        const analysis = analysisOf(p, [q]);
        assertOnlyOurs(quoteCard(document, analysis, analysis.quotes[0]));
      }),
      propertyOptions(300),
    );
  });

  it('the check itself catches an unescaped link and a stray icon', () => {
    assert.throws(() => assertOnlyOurs('**[x](command:workbench.action.terminal.new)**'));
    assert.throws(() => assertOnlyOurs('$(alert) <img src=x>'));
    assertOnlyOurs('\\$(alert) [line 1](command:sourcelens.revealRange?%5B%5D)');
  });
});

describe('the card of marks around words nobody is quoted as saying', () => {
  it('says which kind of marked words they are, that they are no quotation, and which setting hides them', () => {
    const scare = markedWordsCard('scare');
    assert.match(scare, /^\$\(symbol-string\) Scare quote — \*not a quotation\*/);
    assert.match(scare, /No source is looked for/);
    assert.match(scare, /`sourcelens\.quotes\.markedWords`/);
    assert.match(markedWordsCard('term'), /^\$\(symbol-string\) Term — /);
    assert.match(markedWordsCard('title'), /The title of a work/);
  });
});
