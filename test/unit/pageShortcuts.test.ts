import assert from 'node:assert/strict';
import fc from 'fast-check';
import { isCaption, tailCredit } from '../../src/analysis/page/captions';
import { findDates } from '../../src/analysis/page/dates';
import { endsSentence, isLongLinkHeadline } from '../../src/analysis/page/shapes';
import { propertyOptions } from './properties';
import { getLexicon } from '../../src/analysis/lexicon';

const lexicon = getLexicon();

// The page reader's shape tests skip their regular expressions where these cannot match (a
// character-code check of the paragraph's end, a colon, a digit). Each is checked here against
// the expressions alone, as they were before the shortcuts, on lines built from pieces of captions,
// credits, teasers and story sentences.

// Issue 18's fifth round added a sentence ending before a bracketed source ("… vote. [Gallup]").
const endsSentenceByRegExp = (p: string): boolean => /[.!?…:;]["'”’)\]]*$/u.test(p) || /[.!?,]\s*["”’]$/u.test(p) || /[.!?]["'”’)\]]*\s+\[[^[]{0,38}\]$/u.test(p);

const longLinkHeadlineByRegExp = (p: string, wordCount: number): boolean => {
  const line = p.replace(/\s[»›→]+$/u, '').replace(/\s*(?:\[(?:…|\.\.\.)\]|…|\.\.\.)$/u, '');
  // And (the fifth round) a line with two sentence ends inside it is story cut short.
  const innerEnds = line.match(/(?<!\b\p{Lu}[\p{L}.]{0,2})[.!?]["'”’]?\s+(?=["'“‘]?\p{Lu})/gu)?.length ?? 0;
  return wordCount >= 13 && !endsSentenceByRegExp(line) && !/["“”«»„]|''|^['‘]/u.test(line) && innerEnds < 2;
};

const CAPTION_PATTERNS = [
  // Since stop 32 "courtesy of" after the word for the picture ("(Photo courtesy of Jane Roe)").
  /\((?=[^()]{2,70}\)\s*\.?$)[^()]*\b(?:photos?|photographs?|pictures?|images?|video|credit)\b\s*(?:\/|by\b|:|courtesy\s+of\b)[^()]*\)\s*\.?$/iu,
  // Since stop 31 a paper's or desk's word may come before the label, and a full stop may close the credit ("Express photo by …", "Photo: Wikicommons.");
  // since stop 32 a dash before it, "Pic", "Courtesy" and "via" ("— Picture via Google Maps"), and "File photo" alone.
  // Since stop 39 drawings, charts and maps ("Illustration by …", "Chart: …"), "Courtesy of" (with no word before it),
  // a distributor before a slash ("Harbour Films / Photo by …") and square brackets around the credit.
  /(?:^|[.!?]\s+)(?:[—–-]\s*)?\[?(?:[^/[\].!?]{2,40}\s\/\s)?(?:(?:(?:\p{L}+\s+)?(?:photo|photograph|photographer|picture|pic|image|credit|illustration|graphic|chart|map|artwork|animation)s?\s*(?::|by|via)|courtesy\s*(?::|of|by|via))\s*[^.!?[\]]{2,80}|file\s+photo)\]?(?:\.\s*)?$/iu,
  /\(\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){1,3}\s*\/\s*\p{Lu}[^()/]{1,40}\)\s*\.?$/u,
  /\s(?:Photo|Photograph|Picture|Image|Credit)s?:\s*[^.!?:]{2,60}\.?$/u,
  /\bGetty(?: Images)?\s*\)?\.?$/u,
  /^(?:FILE\s*[-–—―:]|File photo:)/u,
  // Added later: a broadcaster's label before a caption or its credit ("Image caption …", "Image copyright Reuters").
  /^(?:image|photo|picture|media|video)\s+(?:caption|copyright|source|credit)\b/iu,
  // And a credit label in capitals ("… CREDIT: JANE ROE/GETTY IMAGES"), and a caption opened by one.
  /\s(?:PHOTO|PICTURE|IMAGE|CREDIT)S?:\s*[^.!?:]{2,60}$/u,
  /^(?:PHOTO|PICTURE|IMAGE)S?:\s/u,
  // And (stop 31) a video's label, title and running time or source, and a credit after the last sentence and a bar.
  /^(?:video|watch)\s*:\s+\S.*(?:\s\d{1,2}:\d\d|\([^()]+\))$/iu,
  // Since stop 32 a second bar ("| Jane Roe | Nation Media Group"), and a slash after the last sentence ("… on Wednesday. / Citizen journalist").
  /[.!?]\s+(?:\|\s*\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*){0,3}(?:\s*\|\s*\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*){0,3})?|PHOTO\s*\|[^|]{1,40}(?:\|[^|]{1,40})?)\s*$/u,
  /[.!?]\s+\/\s*\p{Lu}[\p{L}'’.-]*(?:\s[\p{L}'’.-]+){0,3}\s*$/u,
];
/** Stop 31: a news agency alone closing a caption, in brackets or after its last sentence and "Source:". */
const SOURCE_CLOSING = /(?:\S\s+\((\p{Lu}[\p{L}.]*)(?:\s\p{Lu}[\p{L}.]*){0,2}\)|[.!?]\s+Source:\s*(\p{Lu}[\p{L}.]*)(?:\s\p{Lu}[\p{L}.]*){0,2})\s*\.?$/u;
const sourceClosing = (p: string): boolean => {
  const match = SOURCE_CLOSING.exec(p);
  return match !== null && lexicon.isCreditSource(match[1] ?? match[2]);
};
/**
 * Stop 47: a credit in words alone after the last sentence, with no full stop of its own ("… water. Stock picture",
 * "… centre. Advocate file photo"), not a gallery's link ("In pictures").
 */
const CREDIT_IN_WORDS_CLOSING =
  /[.!?]\s+(?:(?:photo|photograph|photographer|picture|pic|image|credit|illustration|graphic|chart|map|artwork|animation)s?\s*:\s*[^\s.!?]{2,40}|(?!(?:in|more|see|view|all|our|latest|related|top|best)\s)(?:[\p{L}'’-]+\s+){0,2}(?:file\s+)?(?:photo|photograph|photographer|picture|pic|image|credit|illustration|graphic|chart|map|artwork|animation|handout)s?)$/iu;
const creditInWordsClosing = (p: string): boolean => !/\.\s*$/u.test(p) && CREDIT_IN_WORDS_CLOSING.test(p);
// A credit after the last sentence is read word by word (`tailCredit`), with no shortcut before it.
const captionByRegExp = (p: string): boolean => p.length <= 600 && (CAPTION_PATTERNS.some((pattern) => pattern.test(p)) || sourceClosing(p) || creditInWordsClosing(p) || tailCredit(p, lexicon) !== null);

/** Pieces of page lines: story words, sentence ends, closing marks, spacing of several kinds, credits, teaser ends, dates. */
const PIECES = [
  'The minister', 'said', 'on Tuesday', 'Jane Roe', 'Reuters', 'AP Photo', 'photo', 'Photos', 'PICTURE', 'image', 'Credit', 'credits', 'by', 'By', 'via',
  'Getty', 'Getty Images', 'caption', 'Pic', 'courtesy', 'Courtesy of', 'Illustration', 'chart', 'Map', '[', 'File photo', '—', 'Screenshot', 'Agency', 'copyright', 'FILE', 'FILE -', '(', ')', '/', ':', '.', '!', '?', ',', ';', '…', '...', '[…]', '[...]', ']', '"', "'", '“', '”', '‘', '’',
  '|', '»', '›', '→', ' ', '  ', '\u00a0', '\t', '\n', '\u2009', 'Read more', 'May 4, 2021', '2021-05-04', '4 May 2021', '19', '7', 'İ', 'ſ', 'é',
];
const line = fc
  .array(fc.tuple(fc.constantFrom(...PIECES), fc.constantFrom(' ', '')), { maxLength: 24 })
  .map((pieces) => pieces.map(([piece, space]) => piece + space).join(''));

describe('page shape shortcuts', () => {
  it('end a sentence where the expressions they replaced say so', () => {
    fc.assert(fc.property(line, (p) => assert.equal(endsSentence(p), endsSentenceByRegExp(p), JSON.stringify(p))), propertyOptions(5000));
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (p) => assert.equal(endsSentence(p), endsSentenceByRegExp(p))), propertyOptions(2000));
  });

  it('take a long line for a link headline as the expressions did', () => {
    const counted = fc.tuple(line, fc.integer({ min: 0, max: 30 }));
    fc.assert(fc.property(counted, ([p, count]) => assert.equal(isLongLinkHeadline(p, count), longLinkHeadlineByRegExp(p, count), JSON.stringify(p))), propertyOptions(5000));
  });

  it('find captions as the expressions alone do', () => {
    fc.assert(fc.property(line, (p) => assert.equal(isCaption(p, lexicon), captionByRegExp(p), JSON.stringify(p))), propertyOptions(5000));
    for (const p of ['A crowd outside the court. (AP Photo/Jane Roe)', 'Ships in the harbour.  Photo by Jane Roe', 'Photo: Jane Roe', 'The ferry at dawn Image: Jane Roe.', 'FILE - The ferry.', 'Smoke over the port (Getty Images).', 'Image caption The ferry at dawn', 'Image copyright Reuters', 'The ferry at dawn, July 16, 2018. REUTERS/Jane Roe', 'Jane Roe / Getty Images file', 'Courtesy of The minister ']) {
      assert.equal(isCaption(p, lexicon), true, p);
    }
    assert.equal(isCaption('The minister said the photo was taken by a reporter.', lexicon), false);
    assert.equal(isCaption('The two sides met on Monday. Reuters reported the talks ran long.', lexicon), false);
  });

  it('find dates only in lines with digits, as before', () => {
    assert.deepEqual(findDates('Updated on Tuesday, the fourth of May'), []);
    assert.deepEqual(findDates('Updated May 4, 2021 and 2021-05-05').map((d) => d.date), ['2021-05-04', '2021-05-05']);
  });
});
