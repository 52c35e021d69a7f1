import assert from 'node:assert/strict';
import { analyzeArticle } from '../../src/analysis';

/**
 * Story lines the page reader used to take for furniture, on pages written for these tests in the
 * shapes the generated pages showed on the tune split: items of a link digest with their source in
 * brackets, a column's short imperatives and fragments, its closing line, and subheads in capitals.
 * Each line beside them is of the page's, so each test also shows what the rule leaves alone.
 */
const boilerplateOf = (lines: readonly string[]): string[] =>
  analyzeArticle(lines.join('\n\n')).metadata.boilerplate.map((span) => span.text);

const head = [
  'Ferry fares rise for island commuters',
  'STORNOWAY, Scotland (AP) — The ferry operator raised fares on the Ullapool crossing by a tenth on Monday, the second rise this year.',
  'Commuters said the rise would cost a family of four more than a hundred pounds a month in the summer.',
];
const tail = [
  'The operator said the money would pay for a second vessel on the route before the winter timetable begins.',
  'A spokeswoman for the islands council said it would write to the transport minister about the rise this week.',
];

describe('page structure: story lines that are not the page’s', () => {
  it('keeps an item of a link digest with its source in brackets, beside an ad label', () => {
    const item = '-Island councillors say the fare rise breaks a promise made in the spring. [Gazette]';
    assert.deepEqual(boilerplateOf([...head, 'Advertisement', item, ...tail]), ['Advertisement']);
    // A headline without its full stop stays a link's, with or without a tag.
    const link = 'Council writes to minister over ferry fares [Gazette]';
    assert.deepEqual(boilerplateOf([...head, 'Advertisement', link, ...tail]), [`Advertisement\n\n${link}`]);
  });

  it('keeps a column’s short imperative or fragment on the story’s subject between paragraphs, not a request or a pointer to the page', () => {
    for (const line of ['Take the Monday sailing.', 'Price of a crossing.']) assert.deepEqual(boilerplateOf([...head, line, ...tail]), [], line);
    // A wish opening with a modal is no request, even with "our" in it.
    assert.deepEqual(boilerplateOf([...head, 'May our crossings be calmer this winter.', ...tail]), []);
    for (const line of ['Watch the crossing below.', 'Follow @ferrydesk for updates.', 'Never miss a story from the isles.', 'Create an account to save articles.']) {
      assert.deepEqual(boilerplateOf([...head, line, ...tail]), [line], line);
    }
  });

  it('keeps a paragraph cut short beside a link list when sentences end inside it', () => {
    const label = 'You might also like';
    const link = 'Council Writes to the Minister Over Ferry Fares and Asks for a Freeze Until the Second Vessel Arrives';
    const cut = 'The fares went up in March. The council wrote to the minister in April. The operator said the second vessel would arrive in the spring and the winter timetable would';
    assert.deepEqual(boilerplateOf([...head, label, link, cut, ...tail]), [`${label}\n\n${link}`]);
  });

  it('keeps a column’s closing line right after its last paragraph, not a farewell for the days ahead', () => {
    assert.deepEqual(boilerplateOf([...head, ...tail, 'Don’t count on a second vessel.']), []);
    assert.deepEqual(boilerplateOf([...head, ...tail, 'Keep warm out there.']), ['Keep warm out there.']);
    assert.deepEqual(boilerplateOf([...head, ...tail, 'Stay warm this weekend.']), ['Stay warm this weekend.']);
  });

  it('keeps a subhead in capitals that names its section, not a label of the page', () => {
    const section = 'The crew walked out at dawn, and the strike left two hundred passengers on the quay at Ullapool.';
    assert.deepEqual(boilerplateOf([...head, 'CREW STRIKE', section, ...tail]), []);
    const unrelated = 'The crew walked out at dawn, and two hundred passengers were left on the quay at Ullapool.';
    assert.deepEqual(boilerplateOf([...head, 'LIVE STREAM', unrelated, ...tail]), ['LIVE STREAM']);
    // A request in capitals stays the page's, whatever the story says next.
    const live = 'The crew walked out at dawn, and the vote was shown live on the union’s channel.';
    assert.deepEqual(boilerplateOf([...head, 'WATCH LIVE', live, ...tail]), ['WATCH LIVE']);
  });

  it('keeps a lead-in with a colon over a paragraph it brings in, not a label asking the reader', () => {
    const excerpt = 'The fare rise was needed to keep the route running through the winter months, the paper reported.';
    for (const line of ['From the Gazette:', 'Minutes as follows:']) assert.deepEqual(boilerplateOf([...head, line, excerpt, ...tail]), [], line);
    assert.deepEqual(boilerplateOf([...head, 'Read more:', excerpt, ...tail]), ['Read more:']);
  });

  it('keeps the items of a series of names with a colon, and a link line among other paragraphs', () => {
    const series = [
      'Harris: Hold the north.',
      'The councillor for the northern isles has held the seat for three terms and expects to keep it in May.',
      'Macleod: Win Lewis Back.',
      'The former minister lost the Lewis seat by forty votes last time and has campaigned there since January.',
      'Morrison: Stay in the race.',
      'The youngest of the candidates has raised less money than the others but says she will stand to the end.',
    ];
    assert.deepEqual(boilerplateOf([...head, ...series, ...tail]), []);
    const link = 'Related: Ferry Fares Rise Again.';
    assert.deepEqual(boilerplateOf([...head, link, ...tail]), [link]);
  });
});

describe('page structure: furniture the page reader used to miss', () => {
  it('takes a short request about the page’s media, even with a full stop and a verb the lexicon files otherwise', () => {
    for (const line of ['Tap the image to zoom in.', 'Scroll down for the full slideshow.']) assert.deepEqual(boilerplateOf([...head, line, ...tail]), [line], line);
    // A story sentence about a video is no request.
    const news = 'Police released the video on Tuesday.';
    assert.deepEqual(boilerplateOf([...head, news, ...tail]), []);
  });

  it('takes a sign-off after the story opening with a verb compromise has never filed, before an object', () => {
    assert.deepEqual(boilerplateOf([...head, ...tail, 'Declutter the week ahead.']), ['Declutter the week ahead.']);
    assert.deepEqual(boilerplateOf([...head, ...tail, 'Decompress the mind.']), ['Decompress the mind.']);
  });
});

