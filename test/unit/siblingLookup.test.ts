import assert from 'node:assert/strict';
import fc from 'fast-check';
import { fingerprint, SIBLING_RULE, SiblingIndex, type Relation } from '../../src/analysis';
import { random } from '../../eval/random';
import { propertyOptions } from './properties';
import { newsSentence } from './helpers';

/**
 * A look-up drops the candidates that cannot be kept on a first count of their samples
 * (src/analysis/siblings/scoreFloor.ts) before scoring them in full. These tests check that this
 * changes no answer: on folders of wire copy generated here, seeded by fast-check, an index that
 * prunes answers `siblingsOf`, `related`, `pairs` and `relations` exactly as one that scores every candidate.
 *
 * The folders are made here from a small newsroom vocabulary: stories with a headline, a byline
 * and a dateline; versions of them (cut, extended, a paragraph reworded, a site footer added);
 * plain copies; write-throughs keeping a single paragraph of an earlier story in the same folder;
 * short pieces and other stories quoting the same statements; and "The Latest" digests carrying
 * a story as one of their items. Every kind of relation a look-up lists thus turns up.
 */
const NAMES = ['Maria Lopez', 'James Okafor', 'Helen Brandt', 'Tom Reyes', 'Aisha Khan'];
const PLACES = ['LEEDS', 'BRISTOL', 'CARDIFF', 'GLASGOW'];
const FOLDERS = ['file:///desk/wires', 'file:///desk/web', 'file:///desk/briefs'];
const FOOTER = 'Copyright 2025 The Evening Courier. All rights reserved. Sign up for our newsletter to get the morning headlines.';


function paragraph(rng: () => number): string {
  return Array.from({ length: 1 + Math.floor(rng() * 3) }, () => newsSentence(rng)).join(' ');
}

function story(rng: () => number, statements: readonly string[]): string {
  const name = NAMES[Math.floor(rng() * NAMES.length)];
  const paragraphs = Array.from({ length: 4 + Math.floor(rng() * 8) }, () => paragraph(rng));
  paragraphs[0] = `${PLACES[Math.floor(rng() * PLACES.length)]} (Courier) - ${paragraphs[0]}`;
  const statement = statements[Math.floor(rng() * statements.length)];
  paragraphs.splice(1 + Math.floor(rng() * 2), 0, rng() < 0.5 ? `"${statement}" said ${name}.` : `${name} said: "${statement}"`);
  return [newsSentence(rng).slice(0, 60), `By ${name}`, ...paragraphs].join('\n\n');
}

/** A cut or extended copy with one paragraph reworded, sometimes under a site footer. */
function versionOf(text: string, rng: () => number): string {
  const paragraphs = text.split('\n\n');
  const kept = paragraphs.slice(0, Math.max(4, Math.round(paragraphs.length * (0.4 + 0.6 * rng()))));
  kept[2 + Math.floor(rng() * (kept.length - 2))] = paragraph(rng);
  if (rng() < 0.4) kept.push(paragraph(rng), paragraph(rng));
  if (rng() < 0.3) kept.push(FOOTER);
  return kept.join('\n\n');
}

/** A new story keeping one paragraph of an earlier one. */
function writeThrough(text: string, rng: () => number, statements: readonly string[]): string {
  const paragraphs = story(rng, statements).split('\n\n');
  const old = text.split('\n\n');
  paragraphs.splice(3, 0, old[3 + Math.floor(rng() * Math.max(1, old.length - 3))] ?? paragraph(rng));
  return paragraphs.join('\n\n');
}

/** A short piece made of statements, near the thresholds of a copy and of shared quotations. */
function quotePiece(rng: () => number, statements: readonly string[]): string {
  const quoted = Array.from({ length: 1 + Math.floor(rng() * 3) }, () => `"${statements[Math.floor(rng() * statements.length)]}"`);
  return [`${NAMES[Math.floor(rng() * NAMES.length)]} spoke to reporters on Tuesday. ${newsSentence(rng, 4)}`, ...quoted, 'She did not take questions.'].join('\n\n');
}

/** The same piece with its closing line reworded: mostly quotations in common, and a little narrative. */
function pieceAgain(text: string, rng: () => number): string {
  const paragraphs = text.split('\n\n');
  paragraphs[paragraphs.length - 1] = newsSentence(rng, 6);
  return paragraphs.join('\n\n');
}

function digest(stories: readonly string[], rng: () => number): string {
  const items = Array.from({ length: 3 + Math.floor(rng() * 2) }, (_, k) => {
    const body = k === 1 && stories.length > 0 ? stories[Math.floor(rng() * stories.length)].split('\n\n').slice(2, 4).join('\n\n') : paragraph(rng);
    return `${9 - k}:${k}5 a.m.\n\n${body}`;
  });
  return ['The Latest: Storms across the region (all times local)', ...items].join('\n\n___\n\n');
}

function folder(seed: number, count: number): Array<[string, string]> {
  const rng = random(seed);
  // Statements from a few words (less than a shared quotation needs) to three sentences.
  const statements = Array.from({ length: 6 }, () => Array.from({ length: 1 + Math.floor(rng() * 3) }, () => newsSentence(rng, 4)).join(' '));
  const texts: Array<[string, string]> = [];
  for (let i = 0; i < count; i++) {
    const earlier = texts.length > 0 ? texts[Math.floor(rng() * texts.length)][1] : undefined;
    const roll = rng();
    let text: string;
    if (!earlier || roll < 0.35) text = story(rng, statements);
    else if (roll < 0.6) text = earlier.split('\n\n').length < 6 ? pieceAgain(earlier, rng) : versionOf(earlier, rng);
    else if (roll < 0.67) text = earlier;
    else if (roll < 0.8) text = writeThrough(earlier, rng, statements);
    else if (roll < 0.9) text = quotePiece(rng, statements);
    else text = digest(texts.map(([, t]) => t), rng);
    texts.push([`${FOLDERS[Math.floor(rng() * FOLDERS.length)]}/${i}.txt`, text]);
  }
  return texts;
}

function indexes(texts: ReadonlyArray<[string, string]>): { pruned: SiblingIndex; full: SiblingIndex } {
  const pruned = new SiblingIndex();
  const full = new SiblingIndex(SIBLING_RULE, undefined, { scoreEveryCandidate: true });
  for (const [id, text] of texts) {
    const fp = fingerprint(text);
    pruned.add(id, fp);
    full.add(id, fp);
  }
  return { pruned, full };
}

describe('siblings: look-ups that drop candidates on a first count', () => {
  it('answer siblingsOf, related, pairs and relations exactly as a look-up scoring every candidate', () => {
    const seen = new Set<Relation>();
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2 ** 30 }), fc.integer({ min: 12, max: 40 }), (seed, count) => {
        const texts = folder(seed, count);
        const { pruned, full } = indexes(texts);
        for (const [id] of texts) {
          assert.deepEqual(pruned.siblingsOf(id), full.siblingsOf(id), `siblingsOf ${id}`);
          const related = pruned.related(id);
          assert.deepEqual(related, full.related(id), `related ${id}`);
          for (const match of related) if (match.relation) seen.add(match.relation);
        }
        // Every pair, as the CLI and the evaluations ask for them.
        assert.deepEqual(pruned.pairs(), full.pairs());
        assert.deepEqual(pruned.relations(), full.relations());
        // By fingerprint, as the editor asks for an edited article.
        const edited = fingerprint(versionOf(texts[0][1], random(seed + 1)));
        assert.deepEqual(pruned.siblingsOf(edited), full.siblingsOf(edited));
        assert.deepEqual(pruned.related(edited), full.related(edited));
      }),
      propertyOptions(12),
    );
    // The folders exercise every relation a look-up lists.
    assert.deepEqual([...seen].sort(), ['contains', 'part of', 'shares quotes', 'version']);
  });
});
