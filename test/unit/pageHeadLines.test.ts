/**
 * Date lines and bylines in the shapes more sites print them (issue 18, stop 46): the outlet, section
 * or place beside the date, an update stamp over the publishing one, the outlet or agencies after a
 * writer's name, a correspondent's box in the story. Names, outlets and places are made up.
 */
import assert from 'node:assert/strict';
import { analyzeArticle } from '../../src/analysis';
import { dateLineIn } from '../../src/analysis/page/dates';

const HEADLINE = 'Ferry crews vote to strike over pay';
const LEAD = 'Ferry crews on the island routes voted on Monday to strike over pay, their union said.';
const MORE = 'Talks with the company broke down last week after three months of meetings, the union said.';

const metadataOf = (lines: readonly string[]) => analyzeArticle(lines.join('\n')).metadata;

describe('page heads: date lines beside an outlet, a section or a place, and the publishing date under an update', () => {
  it('reads date lines with the outlet, section or place in title case, zones in brackets and read times', () => {
    const dateOf = (line: string) => metadataOf([HEADLINE, line, LEAD]).date?.date;
    const lines: Array<[string, string]> = [
      ['Saturday March 21 2026, 12.01am, The Harbour Times', '2026-03-21'],
      ['Updated on: August 27, 2025 / 4:51 PM EDT / Harbour News', '2025-08-27'],
      ['Nation May 18, 2018 4:05 PM EDT', '2018-05-18'],
      ['Kirkwall ● Tue, April 8, 2025', '2025-04-08'],
      ['Published March 22, 2025 5:30AM (EDT)', '2025-03-22'],
      ['March 27, 2025 5 PM Central', '2025-03-27'],
      ['Published time: 16 Jul, 2018 16:42 Edited time: 16 Jul, 2018 18:05', '2018-07-16'],
      ['08 Jul 2025 06:05PM (Updated: 08 Jul 2025 09:40PM)', '2025-07-08'],
      ['Published Jun 17, 2025  •  Last updated 5 hours ago  •  4 minute read', '2025-06-17'],
    ];
    for (const [line, date] of lines) assert.equal(dateOf(line), date, line);
  });

  it('takes no notice of another kind for a date line, and still reads names before a date as the byline', () => {
    assert.equal(dateLineIn('Correction: October 2, 2016, Sunday.'), null);
    // Three words in capitals or title case beside the date are more than an outlet's name: a sentence's.
    assert.equal(dateLineIn('Harbour Council Votes March 3, 2025'), null);
    const named = metadataOf([HEADLINE, 'Tesfa Bhatt-Rao - July 19, 2018', LEAD]);
    assert.deepEqual([named.byline?.text, named.date?.date], ['Tesfa Bhatt-Rao', '2018-07-19']);
  });

  it('takes the publishing date under an update stamp for the page’s date', () => {
    const dateOf = (stamps: string[]) => metadataOf([HEADLINE, ...stamps, LEAD]).date?.date;
    assert.equal(dateOf(['Updated: January 29, 2025', 'Published: January 28, 2025']), '2025-01-28');
    assert.equal(dateOf(['Updated - October 12, 2025 10:15 am IST', 'Published - October 11, 2025 04:00 pm IST']), '2025-10-11');
    // A publishing stamp comes first on most pages; an update under it changes nothing.
    assert.equal(dateOf(['Published: January 28, 2025', 'Updated: January 29, 2025']), '2025-01-28');
    assert.equal(dateOf(['Updated: January 29, 2025', LEAD]), '2025-01-29');
  });
});

describe('page heads: bylines with the outlet, the agencies or the desk after the names', () => {
  const bylineOf = (line: string): string | undefined => metadataOf([HEADLINE, line, 'July 9, 2018 10:47 AM', LEAD]).byline?.text;

  it('takes a name with its outlet in brackets or as a web address, the agencies it drew on, or its desk and job', () => {
    const lines: Array<[string, string]> = [
      ['Aulia Ramadhani (The Harbour Post)', 'Aulia Ramadhani'],
      ['Garrett Wahl-Olsen, Harbour.com', 'Garrett Wahl-Olsen'],
      ['Jonas Brandt-Amadi with Reuters, AFP, dpa', 'Jonas Brandt-Amadi'],
      ['Tamsin Harlow-Reed, with wires', 'Tamsin Harlow-Reed'],
      ['Rachel Amankwah Education correspondent', 'Rachel Amankwah'],
    ];
    // The byline is the line; the writer's name opens it.
    for (const [line, name] of lines) assert.ok(bylineOf(line)?.startsWith(name), line);
  });

  it('takes no caption naming people, with its credit in brackets, for a line of names over the writer’s', () => {
    // Names a given name opens would win over the writer's, which compromise does not know.
    const lines = [HEADLINE, 'Raghu Venkatesan | HNS | Updated: Jul 16, 2018, 21:04 IST', 'Maria Holm and Peter Kask in Oslo (Reuters photo)', LEAD, MORE];
    assert.equal(metadataOf(lines.flatMap((line) => [line, ''])).byline?.text, 'Raghu Venkatesan');
  });

  it('takes no skip link for the byline, and the writer’s name under the date lines instead', () => {
    assert.equal(metadataOf(['SKIP ADVERTISEMENT', HEADLINE, LEAD, MORE]).byline, null);
    const { byline } = metadataOf(['Skip Navigation', HEADLINE, 'Published Wed, Feb 26 2025 4:35 PM EST', 'Laura Whitcombe', '@LWhitcombeHN', LEAD, MORE]);
    assert.equal(byline?.text, 'Laura Whitcombe');
  });

  it('takes a name opened by "By" over the photographer’s credit for the byline, not for the people in a picture', () => {
    const caption = 'Dana Whitfield, the night charge nurse, in the hallway outside the six inpatient rooms.';
    // A date over the headline puts a line of the head before the picture, as under a byline.
    const metadata = metadataOf(['Sept. 10, 2025', '', HEADLINE, '', caption, 'Credit...Mara Lindqvist for The Harbour Times', '', 'By Jonah Keller', 'Photographs by Mara Lindqvist', 'Published Sept. 10, 2025', '', LEAD, '', MORE]);
    assert.equal(metadata.byline?.text, 'Jonah Keller');
    assert.ok(!metadata.captions.some((span) => span.text.includes('Jonah Keller')));
  });

  it('takes a line signed "By" in the story for the byline when the head has none: a correspondent’s box', () => {
    // Far enough down that it is no line under a standfirst.
    const story = Array.from({ length: 8 }, (_, i) => `Paragraph ${i + 1} of the story says the crews will meet again on Friday to decide how long the strike should last.`);
    const lines = [HEADLINE, '16 July 2018', LEAD, ...story, 'What happens next?', "By Neil O'Hare, Harbour News, Kirkwall", 'It was a press conference that will be pored over for years by both sides.', MORE];
    const { byline } = metadataOf(lines.flatMap((line) => [line, '']));
    assert.equal(byline?.text, "Neil O'Hare, Harbour News, Kirkwall");
  });

  it('takes the writer’s job in lower case after "By", but no sentence opened by "By"', () => {
    assert.equal(bylineOf('By court reporter Kristian Silva-Marsh'), 'court reporter Kristian Silva-Marsh');
    assert.equal(bylineOf('Author of the article: Marissa Dunleavy'), 'Marissa Dunleavy');
    assert.equal(bylineOf('By continuing you accept the cookies we use'), undefined);
  });
});

describe('page heads: agencies spelt out, papers joined by a hyphen, a report signed at the end and a date line updated days ago', () => {
  it('takes an agency spelt out beside the date for the byline, and a name with "Report by" at the story’s end', () => {
    assert.equal(metadataOf([HEADLINE, 'Associated Press', 'Published: July 29, 2025 at 3:47 PM', LEAD]).byline?.text, 'Associated Press');
    const story = Array.from({ length: 8 }, (_, i) => `Paragraph ${i + 1} of the story says the crews will meet again on Friday to decide how long the strike should last.`);
    const { byline } = metadataOf([HEADLINE, 'March 13, 2025', LEAD, ...story, 'Report by Declan Furlong-Hayes', 'Related'].flatMap((line) => [line, '']));
    assert.equal(byline?.text, 'Declan Furlong-Hayes');
  });

  it('takes no paper whose name a hyphen joins to a paper’s word for a writer, but the writer with their agency under the headline', () => {
    const { byline } = metadataOf(['Regina Harbour-Post', HEADLINE, 'Kendra Yaworski, The Harbour Press', 'Published May 27, 2025  •  3 minute read', LEAD]);
    assert.equal(byline?.text, 'Kendra Yaworski, The Harbour Press');
  });

  it('reads a date line updated days ago', () => {
    assert.equal(metadataOf([HEADLINE, 'Published Jun 04, 2025  •  Last updated 1 day ago  •  3 minute read', LEAD]).date?.date, '2025-06-04');
  });
});
