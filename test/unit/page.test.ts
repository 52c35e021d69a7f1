import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyzeArticle, type Span } from '../../src/analysis';
import { reportableQuotes } from '../../src/analysis/query';
import { runAnalyze } from '../../src/cli/analyzeCommand';
import { ROOT } from './helpers';

const metadataOf = (lines: readonly string[]) => {
  const text = lines.join('\n');
  return { text, metadata: analyzeArticle(text).metadata };
};
const texts = (spans: readonly Span[]) => spans.map((span) => span.text);

describe('page structure', () => {
  it('finds an agency dateline a few paragraphs down, with its agency, and the page furniture above it', () => {
    const { metadata } = metadataOf([
      'Ferry strike strands island visitors',
      'By ANNA BERG and LUKE HOLT',
      'August 2, 2021',
      '1 / 4',
      'Passengers wait at the harbour in Stromness, Scotland, Monday, Aug. 2, 2021. (AP Photo/Ian Rowe)',
      'STROMNESS, Scotland (AP) — Hundreds of tourists were stuck on Orkney on Monday after ferry crews walked out over pay.',
      '"We have a wedding to get to," said one visitor from Leeds.',
    ]);
    assert.equal(metadata.headline?.text, 'Ferry strike strands island visitors');
    assert.equal(metadata.byline?.text, 'ANNA BERG and LUKE HOLT');
    assert.equal(metadata.date?.date, '2021-08-02');
    assert.equal(metadata.date?.text, 'August 2, 2021');
    assert.deepEqual([metadata.dateline?.text, metadata.dateline?.agency], ['STROMNESS', 'AP']);
    assert.deepEqual(texts(metadata.captions), ['Passengers wait at the harbour in Stromness, Scotland, Monday, Aug. 2, 2021. (AP Photo/Ian Rowe)']);
    assert.deepEqual(texts(metadata.boilerplate), ['1 / 4']);
  });

  it('takes a skip link at the top of the page for furniture, not the headline', () => {
    const { metadata } = metadataOf([
      'Skip to main content',
      'The homepage',
      'Politics',
      '',
      'Why is there protein in everything now?',
      '',
      'If you have walked down a grocery aisle lately, you have probably noticed the protein number on the front of the box.',
    ]);
    assert.equal(metadata.headline?.text, 'Why is there protein in everything now?');
    assert.ok(texts(metadata.boilerplate).some((text) => text.startsWith('Skip to main content')));
  });

  it('reads the dates pages print, as ISO', () => {
    const dateOf = (line: string) => metadataOf(['Council approves harbour plan', line, 'LERWICK — The council approved the plan on a vote of nine to two.']).metadata.date?.date;
    assert.equal(dateOf('Updated 11:05 AM EST, Wed December 1, 2021'), '2021-12-01');
    assert.equal(dateOf('2021-12-01'), '2021-12-01');
    assert.equal(dateOf('Published Dec. 1, 2021'), '2021-12-01');
    assert.equal(dateOf('1 December 2021'), '2021-12-01');
  });

  it('takes no page word for a dateline', () => {
    for (const word of ['WATCH LIVE', 'LIVE STREAM', 'PHOTOS']) {
      const { metadata } = metadataOf([word, 'Storm cuts power to thousands', 'Thousands of homes lost power overnight as the storm crossed the coast, the utility said.']);
      assert.equal(metadata.dateline, null, word);
      assert.ok(texts(metadata.boilerplate).some((text) => text.includes(word)), word);
    }
    const colon = metadataOf(['Storm cuts power to thousands', 'PHOTOS: Crews worked through the night to restore power in the valley.']);
    assert.equal(colon.metadata.dateline, null);
  });

  it('finds a dateline that opens the story with a dash, without an agency', () => {
    const { metadata } = metadataOf(['Mayor vetoes budget', 'By Lee Tran', 'SPRINGFIELD — The mayor vetoed the city budget on Friday, saying it spent too much on consultants.']);
    assert.deepEqual([metadata.dateline?.text, metadata.dateline?.agency], ['SPRINGFIELD', null]);
  });

  it('takes calls to action, code, counters, coordinates, menus and notices for boilerplate, and no story paragraph', () => {
    const story = [
      'LISBON (Reuters) - Portugal will raise the minimum wage next year, the labour minister said on Thursday.',
      '"This is a fair increase," Minister Rui Costa told reporters.',
      'Unions had asked for more. The employers\' federation said it would study the plan.',
    ];
    const furniture = [
      'Get our free morning newsletter in your inbox',
      'Subscribe now',
      'window.dataLayer = window.dataLayer || []; dataLayer.push({event: "view"});',
      'Slide 2 of 9',
      '38.722252 -9.139337',
      'Home | World | Business | Markets',
      'We use cookies to improve your experience on our site.',
      'Related: Spain freezes rents for a year',
    ];
    const { text, metadata } = metadataOf(['Portugal to raise minimum wage', story[0], furniture[0], furniture[1], story[1], furniture[2], furniture[3], furniture[4], story[2], furniture[5], furniture[6], furniture[7]]);
    const inBoilerplate = (line: string) => {
      const at = text.indexOf(line);
      return metadata.boilerplate.some((span) => span.start <= at && at + line.length <= span.end);
    };
    for (const line of furniture) assert.ok(inBoilerplate(line), line);
    for (const line of story) assert.ok(!inBoilerplate(line), line);
  });

  it('takes a page\'s structured data for code, so its quoted keys are no quotes', () => {
    const data = [
      '{"@context":"https://schema.org","@type":"NewsArticle","headline":"Portugal to raise minimum wage","author":{"@type":"Person","name":"Rita Sousa"}}',
      "var player = {'autoplay': false, 'muted': true, 'src': 'wage-vote.mp4'};",
    ];
    const story = ['LISBON (Reuters) - Portugal will raise the minimum wage next year, the labour minister said on Thursday.', '"This is a fair increase," Minister Rui Costa told reporters.'];
    const text = ['Portugal to raise minimum wage', story[0], data[0], story[1], data[1]].join('\n');
    const analysis = analyzeArticle(text);
    for (const line of data) {
      const at = text.indexOf(line);
      assert.ok(analysis.metadata.boilerplate.some((span) => span.start <= at && at + line.length <= span.end), line);
    }
    assert.deepEqual(
      reportableQuotes(analysis).map((quote) => quote.text),
      ['This is a fair increase,'],
    );
    // A quoted word and a colon in prose, once, is no data.
    const prose = metadataOf(['Portugal to raise minimum wage', story[0], 'The union\'s answer was one word, "Finally": it had asked for the rise {in writing} since 2019.']);
    assert.deepEqual(prose.metadata.boilerplate, []);
  });

  it('keeps a headline that looks like a link line, and a repeated story sentence', () => {
    const { metadata } = metadataOf([
      'Minister: Wage Rise Is "Fair"',
      'The minister defended the rise on Thursday in a speech to parliament.',
      'She said it would help families.',
      'She said it would help families.',
    ]);
    assert.equal(metadata.headline?.text, 'Minister: Wage Rise Is "Fair"');
    assert.deepEqual(metadata.boilerplate, []);
  });

  it('scores every line of the tuning pages as tagged', () => {
    const dir = join(ROOT, 'test', 'fixtures', 'webcopy', 'train');
    for (const file of readdirSync(dir).filter((name) => name.endsWith('.page.txt'))) {
      const tagged = readFileSync(join(dir, file), 'utf8').split('\n').filter((line) => !line.startsWith('#'));
      const text = tagged.map((line) => line.replace(/^[A-Z]\| /, '')).join('\n');
      const { metadata } = analyzeArticle(text);
      let at = 0;
      for (const line of tagged) {
        const body = line.replace(/^[A-Z]\| /, '');
        const middle = at + body.length / 2;
        at += body.length + 1;
        const inside = (spans: readonly Span[]) => spans.some((span) => span.start <= middle && middle < span.end);
        if (line.startsWith('S| ')) assert.ok(!inside(metadata.boilerplate) && !inside(metadata.captions), `${file}: ${body}`);
        if (line.startsWith('F| ')) assert.ok(inside(metadata.boilerplate), `${file}: ${body}`);
        if (line.startsWith('C| ')) assert.ok(inside(metadata.captions), `${file}: ${body}`);
      }
    }
  });
});

describe('page structure in use', () => {
  const page = [
    'Harbour fire closes fish market',
    'By NORA VAAGE',
    'Updated 9:12 AM CET, Fri March 8, 2024',
    'Firefighters at the fish market in Bergen, Norway, Friday, March 8, 2024. (AP Photo/Erik Dahl)',
    'Sign up for our "Morning Catch" newsletter and never miss a story',
    'BERGEN, Norway (AP) — A fire closed the city\'s fish market on Friday. "We lost everything," said one trader.',
    'Officials called the blaze a "setback" for the harbour.',
  ].join('\n');

  it('reports only quotations outside the furniture to the Problems panel', () => {
    const analysis = analyzeArticle(page);
    const reportable = reportableQuotes(analysis).map((quote) => quote.text);
    assert.ok(analysis.quotes.some((quote) => quote.text === 'Morning Catch'));
    assert.ok(!reportable.includes('Morning Catch'));
    assert.ok(reportable.includes('We lost everything,'));
  });

  it('puts metadata and quote kinds in the JSON, and byline, date and dateline in the summary', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'sourcelens-page-'));
    const path = join(folder, 'page.txt');
    writeFileSync(path, page);
    let json = '';
    await runAnalyze([path], { format: 'json' }, (text) => (json += text));
    const [doc] = JSON.parse(json).documents;
    assert.equal(doc.date, '2024-03-08');
    assert.deepEqual([doc.metadata.dateline.text, doc.metadata.dateline.agency], ['BERGEN', 'AP']);
    assert.equal(doc.metadata.byline.text, 'NORA VAAGE');
    assert.equal(doc.metadata.captions.length, 1);
    assert.ok(doc.quotes.every((quote: { kind: string }) => ['quotation', 'scare', 'term', 'title'].includes(quote.kind)));
    let summary = '';
    await runAnalyze([path], { format: 'text' }, (text) => (summary += text));
    assert.match(summary, /\(dated 2024-03-08, filed from BERGEN \(AP\), by NORA VAAGE\)/);
  });
});

describe('page structure: more shapes of saved pages', () => {
  it('reads date lines with a dotted time or an ISO stamp', () => {
    assert.equal(metadataOf(['Dock strike ends', 'Tue 14 May 2019 09.41 BST', 'Dockers went back to work on Tuesday after a week-long strike over pay and shifts.']).metadata.date?.date, '2019-05-14');
    assert.equal(metadataOf(['Dock strike ends', '2019-05-14T09:41:00Z', 'Dockers went back to work on Tuesday after a week-long strike over pay and shifts.']).metadata.date?.date, '2019-05-14');
  });

  it('reads a byline of names compromise does not know, and one with its outlet after a bar', () => {
    const story = 'Dockers went back to work on Tuesday after a week-long strike over pay and shifts.';
    assert.equal(metadataOf(['Dock strike ends', 'TOMASZ WIERZBA', story]).metadata.byline?.text, 'TOMASZ WIERZBA');
    assert.equal(metadataOf(['Dock strike ends', 'Ilse Varga | The Harbour Times', story]).metadata.byline?.text, 'Ilse Varga | The Harbour Times');
  });

  it('takes a menu without separators and pointers to the site for furniture, and keeps a subhead in the story', () => {
    const { metadata } = metadataOf([
      'News Sport Business Weather Travel Culture',
      'Dock strike ends after a week',
      'Dockers went back to work on Tuesday after a week-long strike over pay and shifts.',
      'What comes next',
      'The union said talks on shift patterns would resume in June, and both sides called the deal fair.',
      'More stories by Ilse Varga',
      'Story continues below advertisement',
      'The port handles about a fifth of the country\'s container traffic, officials said on Tuesday.',
    ]);
    const furniture = texts(metadata.boilerplate).join('\n');
    assert.match(furniture, /News Sport Business/);
    assert.match(furniture, /More stories by Ilse Varga/);
    assert.match(furniture, /Story continues below advertisement/);
    assert.doesNotMatch(furniture, /What comes next/);
    assert.equal(metadata.headline?.text, 'Dock strike ends after a week');
  });

  it('takes the headlines listed under a label after the story for furniture, even with a quotation', () => {
    const { metadata } = metadataOf([
      'Dock strike ends after a week',
      'Dockers went back to work on Tuesday after a week-long strike over pay and shifts.',
      'Related',
      'Union leader calls deal "the best we could get in a hard year"',
      'Port traffic falls for a third month',
    ]);
    assert.match(texts(metadata.boilerplate).join('\n'), /best we could get[\s\S]*third month/);
  });
});

// Pages written for these tests in the shapes of issue 18's second round: link lists whose
// headlines run past twenty words, comment rules, paywall, sign-up and cookie notices.
describe('page structure: long link headlines and the site speaking to its readers', () => {
  const story = [
    'GALWAY — The county council voted on Monday to close the old bridge to cars from next spring, after engineers found cracks in two of its piers.',
    'Traders on the quay said the closure would cost them passing trade. The council said a shuttle bus would run every ten minutes.',
    'Work on a new crossing is due to start in 2026, and the council expects it to take three years.',
  ];
  const inBoilerplate = (text: string, boilerplate: readonly Span[], line: string) => {
    const at = text.indexOf(line);
    return boilerplate.some((span) => span.start <= at && at + line.length <= span.end);
  };

  it('takes a list of long headlines after the story for furniture: title case, a date after it, "Read more" after it', () => {
    const links = [
      'More from the west',
      'Fishing Crews Say New Quotas Agreed in Brussels Last Week Will Force Half the Fleet in the Harbour to Stay Tied Up Until the Autumn',
      'The ferry to the islands will run a winter timetable for the first time in a decade after the operator lost two of its crews to a rival company (March 3, 2025)',
      'Residents of the estate near the docks have waited more than a year for repairs to the roofs that were damaged in the January storms Read more »',
    ];
    const { text, metadata } = metadataOf(['Council to close old bridge to cars', ...story, ...links]);
    for (const line of links) assert.ok(inBoilerplate(text, metadata.boilerplate, line), line);
    for (const line of story) assert.ok(!inBoilerplate(text, metadata.boilerplate, line), line);
  });

  it('takes a run of long link headlines between story paragraphs for furniture, and one after "Read more:"', () => {
    const links = [
      'Read more: The harbour master says the pier will have to be rebuilt from the waterline up before any larger boats can berth there again',
      'Two families who lost their homes in the flood are still living in a hotel on the edge of town while the insurers argue over the bill',
    ];
    const { text, metadata } = metadataOf(['Council to close old bridge to cars', story[0], ...links, story[1], story[2]]);
    for (const line of links) assert.ok(inBoilerplate(text, metadata.boilerplate, line), line);
    for (const line of story) assert.ok(!inBoilerplate(text, metadata.boilerplate, line), line);
  });

  it('keeps a long unpunctuated line alone in the story: a statement signed with a name', () => {
    const signed = 'We are proud to have served this town for forty years and we will keep serving it from our new home across the river Maeve Doyle, owner';
    const { text, metadata } = metadataOf(['Council to close old bridge to cars', story[0], story[1], signed, '53.270668 -9.056791', story[2]]);
    assert.ok(!inBoilerplate(text, metadata.boilerplate, signed));
    assert.ok(inBoilerplate(text, metadata.boilerplate, '53.270668 -9.056791'));
  });

  it('takes comment rules, paywall, sign-up and cookie notices for furniture, and keeps story sentences about comments and members', () => {
    const notices = [
      'Comments close after three days. We remove posts that attack other readers or stray from the subject.',
      'Please read our house rules before you comment.',
      'Sign in or register to keep reading this story.',
      'You have used all of your free articles for this month.',
      'Back our reporting: become a member today.',
      'Share your views',
      'By continuing you accept the cookies we use to measure our audience.',
    ];
    const storyAboutComments = [
      'The councillor’s comments on the shuttle bus drew complaints from members of the traders’ association on Monday.',
      'Debate moderators cut the candidates’ microphones twice, and the station later apologised to viewers.',
      // "you" in a compound addresses no reader.
      'Her sister came up twice to bring cookies. Reid keeps one of the thank-you cards on his desk at the depot.',
      // Nor is a reader's word in someone's reported words the site's.
      '"Now I have two kids asking me for cookies every Sunday," she said.',
    ];
    const lines = ['Council to close old bridge to cars', story[0], notices[5], storyAboutComments[0], story[1], storyAboutComments[1], storyAboutComments[2], storyAboutComments[3], story[2], ...notices.slice(0, 5), notices[6]];
    const { text, metadata } = metadataOf(lines);
    for (const line of notices) assert.ok(inBoilerplate(text, metadata.boilerplate, line), line);
    for (const line of [...story, ...storyAboutComments]) assert.ok(!inBoilerplate(text, metadata.boilerplate, line), line);
  });
});

describe('page structure: datelines under a standfirst, and capitals that are no place', () => {
  it('finds a dateline in the paragraph under a one-sentence standfirst', () => {
    const { metadata } = metadataOf([
      'Town counts the cost of the flood',
      'Shops reopen, but the lower streets are still under water.',
      'KELSO — Nearly a week after the river burst its banks, traders in the town centre were still pumping out their cellars on Monday.',
    ]);
    assert.deepEqual([metadata.dateline?.text, metadata.dateline?.agency], ['KELSO', null]);
  });

  it('finds the datelines wires write in plain text and from two places, with their agency', () => {
    // Shapes of agency copy as sites print it: Reuters' two-place datelines, the double hyphen and AP's underscore of
    // plain-text feeds, dpa's lower-case name and a release wire's name between slashes.
    const cases: Array<[string, string, string | null]> = [
      ['MOSCOW/KYIV (Reuters) - The two sides met for a third round of talks on Monday.', 'MOSCOW/KYIV', 'Reuters'],
      ['BOCA RATON, Fla. -- Weeds cover the greens of the old course, and the club has closed its doors.', 'BOCA RATON', null],
      ['BERLIN (dpa) - The two sides met for a third round of talks on Monday.', 'BERLIN', 'dpa'],
      ['WASHINGTON (AP) _ The two sides met for a third round of talks on Monday.', 'WASHINGTON', 'AP'],
      ['BRUSSELS (Bloomberg) -- The two sides met for a third round of talks on Monday.', 'BRUSSELS', 'Bloomberg'],
      ['NEW YORK, July 16, 2018 /PRNewswire/ -- The harbour company said on Monday it would buy two ferries.', 'NEW YORK', 'PRNewswire'],
    ];
    for (const [lead, place, agency] of cases) {
      const { metadata } = metadataOf(['Talks resume', 'By Lee Tran', 'July 16, 2018', lead, 'Both sides said the talks would go on.']);
      assert.deepEqual([metadata.dateline?.text, metadata.dateline?.agency], [place, agency], lead);
    }
    // A picture's direction in brackets after a name in title case is no agency.
    const { metadata } = metadataOf(['Pilots weigh strike', 'The harbour pilots said on Monday that talks had failed.', 'Ann Lee (left) shook hands with the harbour master on Monday after the vote.']);
    assert.equal(metadata.dateline, null);
  });

  it('takes no headline in capitals before a dash for a dateline', () => {
    const { metadata } = metadataOf([
      'Weekly poll round-up',
      'Here is what the latest surveys say about the race, and what they leave out.',
      'LOCAL SURVEYS SHOW A TIGHT RACE, BUT TURNOUT IS UNCLEAR - Two county polls put the candidates within a point of each other this week.',
    ]);
    assert.equal(metadata.dateline, null);
  });

  it('takes no sentence opening with a bracketed party tag or acronym further on for a dateline', () => {
    for (const line of [
      'Also Tuesday, Finance Committee Chairman Dana Reyes (D-Ore.) sent a letter to the agency asking for its records.',
      'In March, the National Association of Harbour Pilots (NAHP) voted to strike over the new shift rules.',
    ]) {
      const { metadata } = metadataOf(['Pilots weigh strike', 'The harbour pilots said on Monday that talks had failed.', line]);
      assert.equal(metadata.dateline, null, line);
    }
    const { metadata } = metadataOf(['Pilots weigh strike', 'Portland, Ore. (AP) — The harbour pilots said on Monday that talks had failed.']);
    assert.deepEqual([metadata.dateline?.text, metadata.dateline?.agency], ['Portland', 'AP']);
  });

  it('keeps a link list going past a headline cut short with an ellipsis', () => {
    const links = ['Trending now', 'Mayor Says Harbour Plan Will Go Ahead, But …', 'Ferry crews vote on new contract'];
    const { text, metadata } = metadataOf(['Pilots weigh strike', 'The harbour pilots said on Monday that talks had failed and a strike was likely.', ...links]);
    for (const line of links) {
      const at = text.indexOf(line);
      assert.ok(metadata.boilerplate.some((span) => span.start <= at && at + line.length <= span.end), line);
    }
  });

  it('takes an author box under the story, stamps, read times and ad breaks for boilerplate, and keeps a story paragraph about a reporter', () => {
    // Written for this test in the shape of saved news pages: a bio box after the story, an update stamp and a read time in the head.
    const story = [
      'OSLO (Reuters) - Norway will open two new ferry routes in the north next spring, the transport ministry said on Friday.',
      'Local councils had asked for the routes for years, said Ola Brekke, a ministry official.',
      'Brekke is a former reporter who covered the fjord towns for a regional paper before he joined the ministry.',
    ];
    const furniture = ['Updated 4:52 p.m.', '3 min read', 'Article continues after this ad', 'About the author', 'Ingrid Vale is a staff reporter covering transport for the Northern Post. Write to her at desk@example.com.'];
    const { text, metadata } = metadataOf(['Norway adds ferry routes in the north', furniture[0], furniture[1], story[0], story[1], furniture[2], story[2], furniture[3], furniture[4]]);
    const inBoilerplate = (line: string) => {
      const at = text.indexOf(line);
      return metadata.boilerplate.some((span) => span.start <= at && at + line.length <= span.end);
    };
    for (const line of furniture) assert.ok(inBoilerplate(line), line);
    for (const line of story) assert.ok(!inBoilerplate(line), line);
    const people = analyzeArticle(text).people.map((person) => person.name);
    assert.ok(!people.some((name) => name.includes('Vale')), people.join(', '));
  });

  it('takes an author box whose verb is the job for boilerplate', () => {
    const bio = 'Marit Olsen writes about shipping and the North Sea oil trade from Bergen.';
    const { text, metadata } = metadataOf(['Tanker fees go up', 'Port fees for tankers will rise next year, the harbour board said on Monday.', 'The board said the money would pay for new berths.', bio]);
    const at = text.indexOf(bio);
    assert.ok(metadata.boilerplate.some((span) => span.start <= at && at + bio.length <= span.end));
  });

  it('takes a label over short link headlines in the story for boilerplate, and keeps a subhead over story paragraphs', () => {
    const list = ['Elsewhere on the site', 'Harbour board picks new chair after long search', 'Five things to know about the ferry timetable'];
    const subhead = 'Fees and the fishing fleet';
    const story = ['Port fees for tankers will rise next year, the harbour board said on Monday.', 'The board said the money would pay for new berths and a longer breakwater.', 'Fishing boats will pay the old rate until 2027, the board said in its statement.'];
    const { text, metadata } = metadataOf(['Tanker fees go up', story[0], ...list, story[1], subhead, story[2]]);
    const inBoilerplate = (line: string) => {
      const at = text.indexOf(line);
      return metadata.boilerplate.some((span) => span.start <= at && at + line.length <= span.end);
    };
    for (const line of list) assert.ok(inBoilerplate(line), line);
    for (const line of [...story, subhead]) assert.ok(!inBoilerplate(line), line);
  });

  it('takes a paid-placement label and a sign-off to the reader after the story for boilerplate', () => {
    const furniture = ['Paid posts', 'Thanks for reading, and see you on Friday.'];
    const story = ['Port fees for tankers will rise next year, the harbour board said on Monday.', 'The board said the money would pay for new berths and a longer breakwater.'];
    const { text, metadata } = metadataOf(['Tanker fees go up', story[0], furniture[0], story[1], furniture[1]]);
    const inBoilerplate = (line: string) => {
      const at = text.indexOf(line);
      return metadata.boilerplate.some((span) => span.start <= at && at + line.length <= span.end);
    };
    for (const line of furniture) assert.ok(inBoilerplate(line), line);
    for (const line of story) assert.ok(!inBoilerplate(line), line);
  });

  it('keeps a reader letter signature after the story, between ad marks', () => {
    const signature = ['Marta Kowal.', 'Duluth, Minn.'];
    const { text, metadata } = metadataOf(['Letters: keep the ferry running', 'The island ferry is the only way most of us can reach the hospital in winter, and the county should not cut it.', 'ADVERTISEMENT', signature[0], 'ADVERTISEMENT', signature[1], 'Copyright 2024 The Lake Herald. All rights reserved.']);
    for (const line of signature) {
      const at = text.indexOf(line);
      assert.ok(!metadata.boilerplate.some((span) => span.start <= at && at + line.length <= span.end), line);
    }
  });

  it('takes no live blog clock time and no story sentence about commenters for boilerplate', () => {
    const lines = ['Storm live: roads closed across the valley', 'The storm closed three roads overnight, the police said.', '7:45 a.m.', 'Crews reopened the bridge road after clearing fallen trees, a council spokesman said.', 'Commenters on the council page asked why the warning came so late in the evening.'];
    const { metadata } = metadataOf(lines);
    assert.deepEqual(texts(metadata.boilerplate), []);
  });

  it('takes comment rules said of the comments, without the site speaking, for boilerplate', () => {
    const rule = 'All comments are read by a moderator before they appear.';
    const { text, metadata } = metadataOf(['Ferry fares to rise', 'Ferry fares will rise by four percent in April, the operator said on Tuesday.', 'The operator blamed fuel costs.', rule]);
    const at = text.indexOf(rule);
    assert.ok(metadata.boilerplate.some((span) => span.start <= at && at + rule.length <= span.end));
  });
});

// Issue 18, fourth round: sentences written for these tests in the shapes of saved pages.
describe('page furniture without the reader addressed', () => {
  const story = [
    'Harbour tolls rise for fishing fleet',
    'KIRKWALL, Scotland (AP) — The harbour board raised mooring tolls by a fifth on Tuesday, the first rise in nine years.',
    'Skippers said the rise would push smaller boats to moor at Stromness instead, where the tolls are lower.',
  ];
  const boilerplateOf = (lines: readonly string[]) => texts(metadataOf(lines).metadata.boilerplate).join('\n');

  it('takes a sponsor credit for the page, and keeps a line that only starts like one', () => {
    const found = boilerplateOf([...story.slice(0, 2), 'Underwritten by Northsea Mutual', ...story.slice(2), 'The board said the money would go to dredging the inner basin before winter storms arrive.']);
    assert.match(found, /Underwritten by Northsea Mutual/);
    const kept = boilerplateOf([...story.slice(0, 2), 'Pressed by skippers, the board agreed to review the rise in spring.', ...story.slice(2)]);
    assert.doesNotMatch(kept, /Pressed by skippers/);
  });

  it('takes a sign-off after the story for the page when it does not say "you"', () => {
    const found = boilerplateOf([...story, 'Enjoy the long weekend.', 'Until Friday.']);
    assert.match(found, /Enjoy the long weekend\./);
    assert.match(found, /Until Friday\./);
    // A signature under a letter stays the story's.
    assert.doesNotMatch(boilerplateOf([...story, 'Morag Flett.']), /Morag Flett/);
  });

  it('takes a note on moderated replies for the page, not a debate moderated by someone', () => {
    const found = boilerplateOf([...story, 'Replies are pre-moderated and may take an hour to appear.']);
    assert.match(found, /Replies are pre-moderated/);
    const debate = boilerplateOf([...story.slice(0, 2), 'The debate was moderated by the harbour master, who asked skippers to keep to two minutes each.', ...story.slice(2)]);
    assert.equal(debate, '');
  });

  it('keeps a subhead naming a person beside a link list as the story\'s', () => {
    const { metadata } = metadataOf([
      ...story.slice(0, 2),
      'Related stories',
      'Ferry Operator Cuts Winter Sailings to Westray',
      'Isla Rendall of the Fishermen\'s Association',
      'Rendall said the association would ask the council to cap the tolls for boats under ten metres.',
      ...story.slice(2),
    ]);
    const found = texts(metadata.boilerplate).join('\n');
    assert.match(found, /Ferry Operator Cuts/);
    assert.doesNotMatch(found, /Isla Rendall/);
  });
});

describe('link lines whose label asks the reader to follow them', () => {
  const lines = (middle: string) => [
    'Island council delays ferry contract',
    'LERWICK, Scotland (AP) — The council put off a decision on the ferry contract on Wednesday after bidders asked for more time.',
    middle,
    'Councillors will meet again in March, when the three bids are due to be opened in public.',
  ];
  it('takes a link headline ending as a sentence or a question for the page after "Read more:" or "See also:"', () => {
    for (const middle of ['Read more: Can the islands keep their schools open?', 'See also: Fuel costs push fares up for a second year.']) {
      assert.deepEqual(texts(metadataOf(lines(middle)).metadata.boilerplate), [middle]);
    }
  });
  it('keeps an interview question after a one-word label as the story\'s', () => {
    assert.deepEqual(texts(metadataOf(lines('Q: Why did the council wait so long?')).metadata.boilerplate), []);
  });
});

describe('a link list after the story', () => {
  it('goes on below a headline ending in a question mark', () => {
    const { metadata } = metadataOf([
      'Island council delays ferry contract',
      'LERWICK, Scotland (AP) — The council put off a decision on the ferry contract on Wednesday after bidders asked for more time.',
      'Councillors will meet again in March, when the three bids are due to be opened in public.',
      'Most read',
      'Can the islands keep their village schools open?',
      'Harbour Board Names New Chief After Long Search',
      'Fuel costs push fares up for a second year',
    ]);
    const found = texts(metadata.boilerplate).join('\n');
    assert.match(found, /Harbour Board Names New Chief/);
    assert.match(found, /Fuel costs push fares up/);
  });
});

describe('page structure: heads of more sites', () => {
  // Written for these tests in the shapes sites print around agency and staff copy.
  it('reads a date line that gives the date twice, published and updated, or first published', () => {
    const dateOf = (line: string) => metadataOf(['Council approves harbour plan', line, 'LERWICK — The council approved the plan on a vote of nine to two.']).metadata.date;
    assert.equal(dateOf('Published: 09:23 EDT, 16 July 2018 | Updated: 11:07 EDT, 17 July 2018')?.date, '2018-07-16');
    assert.equal(dateOf('Mon 16 Jul 2018 13.50 BST First published on Mon 16 Jul 2018 10.07 BST')?.date, '2018-07-16');
    // A sentence with two dates in it is story.
    assert.equal(dateOf('The council met on 16 July 2018 and again, after the storm had passed, on 17 July 2018.'), null);
    // A participle labels the date's kind; a weekday is cut short.
    assert.equal(dateOf('Reviewed: March 4, 2021')?.date, '2021-03-04');
    assert.equal(dateOf('Tue., Oct. 17, 2023')?.date, '2023-10-17');
    assert.equal(dateOf('The plan: March 4, 2021'), null);
  });

  it('reads the writer and the date on one line under a standfirst, whatever compromise knows of the names', () => {
    const { metadata } = metadataOf([
      'Harbour lander tips over after touchdown',
      'The company says the mission was a success, though its lander is lying on its side near the quay.',
      'Amaru Condori-Fitch - Jan 22, 2025 4:51 pm UTC',
      'A privately built lander that touched down near the harbour on Tuesday came to rest on its side, its operator said.',
    ]);
    assert.equal(metadata.byline?.text, 'Amaru Condori-Fitch');
    assert.equal(metadata.date?.date, '2025-01-22');
  });

  it('reads a byline with its outlet after a dot, over a date line of two dates too long for one short line', () => {
    const { metadata } = metadataOf([
      'Ferry workers begin strike as province tables back-to-work bill',
      'Rhianna Schmunk-Dhillon · CBC News',
      'PUBLISHED: March 27, 2025 at 5:00 AM CDT | UPDATED: March 27, 2025 at 6:41 PM CDT',
      'Thousands of travellers were stranded at ferry terminals on Tuesday as workers walked off the job.',
    ]);
    assert.equal(metadata.byline?.text, 'Rhianna Schmunk-Dhillon · CBC News');
    assert.equal(metadata.date?.date, '2025-03-27');
  });

  it('takes a name and where its writer filed from for a byline', () => {
    const { metadata } = metadataOf(['Storm hits coast', 'Ann Berg in Bergen and Luke Holt in New York', 'The storm hit the coast on Monday, the weather service said, and thousands lost power.']);
    assert.equal(metadata.byline?.text, 'Ann Berg in Bergen and Luke Holt in New York');
    const people = analyzeArticle(metadataOf(['Storm hits coast', 'Ann Berg in Bergen', 'The storm hit the coast on Monday, the weather service said.']).text).people;
    assert.deepEqual(people.map((person) => [person.name, person.credit]), [['Ann Berg', 'byline']]);
  });

  it('takes the lines a broadcaster labels as a caption or its credit for captions', () => {
    const caption = 'Image caption The ferry crews met on the quay before the vote';
    const { metadata } = metadataOf(['Ferry crews vote to strike', 'Image copyright Reuters', caption, 'Ferry crews voted on Monday to strike over pay, their union said.']);
    assert.deepEqual(texts(metadata.captions), ['Image copyright Reuters', caption]);
  });

  it('takes the line that tells what the lead tells for the headline, not the site name or a skip link over it', () => {
    const lead = 'Ferry crews on the island routes voted on Monday to strike over pay, their union said, leaving thousands of summer visitors stranded.';
    for (const top of [['Skip to main content'], ['The Harbour Times'], ['See all News'], ['Island Weekly News', 'Menu', 'News', 'Sport']]) {
      const { metadata } = metadataOf([...top, 'Ferry crews vote to strike over pay', 'By Lee Tran', 'July 16, 2018', lead, 'Talks are set to resume on Friday.']);
      assert.equal(metadata.headline?.text, 'Ferry crews vote to strike over pay', top[0]);
    }
    // A headline may ask.
    const asked = metadataOf(['Island Weekly News', 'Menu', 'News', 'Why are ferry crews on the islands striking?', 'By Lee Tran', lead, 'Talks are set to resume on Friday.']);
    assert.equal(asked.metadata.headline?.text, 'Why are ferry crews on the islands striking?');
    // A headline that shares little with its lead stays the headline when nothing under it shares more.
    const { metadata } = metadataOf(['A long summer ahead', 'By Lee Tran', lead]);
    assert.equal(metadata.headline?.text, 'A long summer ahead');
  });

  it('tells the site’s name from the headline when the lead names the site, and keeps a headline in sentence case over its standfirst', () => {
    // The lead names the site, so its name shares two words with it; the headline shares more than twice as many.
    const scoop = 'Island ferry crews will strike over pay from Friday, The Harbour Times has learned, leaving thousands of summer visitors stranded.';
    const named = metadataOf(['The Harbour Times', 'News', 'Sport', 'Island ferry crews to strike over pay from Friday', 'By Lee Tran', 'July 16, 2018', scoop, 'Talks are set to resume on Friday.']);
    assert.equal(named.metadata.headline?.text, 'Island ferry crews to strike over pay from Friday');
    // Over a standfirst, neither sharing words with a column's lead, a short line with no verb is a
    // series' name only in title case; in sentence case it is the headline.
    const lead = 'I have nothing against councils asking people what they think; it beats the old method of deciding for them and sending a leaflet.';
    const standfirst = 'Why every public body now wants to co-produce everything, and why nobody is allowed to say no';
    const column = metadataOf(['The tyranny of ‘listening’', standfirst, 'By Lee Tran', 'July 16, 2018', lead, 'Talks are set to resume on Friday.']);
    assert.equal(column.metadata.headline?.text, 'The tyranny of ‘listening’');
  });

  it('reads dates in figures, month first unless the first number cannot be a month, and day first with stops', () => {
    const dateOf = (line: string) => metadataOf(['Council approves harbour plan', line, 'LERWICK — The council approved the plan on a vote of nine to two.']).metadata.date?.date;
    assert.equal(dateOf('07/17/2018 12:41 PM EDT'), '2018-07-17');
    assert.equal(dateOf('Issued on: 15/07/2018 - 18:42'), '2018-07-15');
    assert.equal(dateOf('Date 18.07.2018'), '2018-07-18');
    assert.equal(dateOf('Published on 28-08-2018 Modified on 28-08-2018 at 17:52'), '2018-08-28');
    assert.equal(dateOf('JULY 16, 2018 / 10:24 AM / UPDATED 2 HOURS AGO'), '2018-07-16');
    assert.equal(dateOf('CBS NEWS July 17, 2018, 6:32 PM'), '2018-07-17');
    assert.equal(dateOf('Published on 13/08/2024 - 14:22 GMT+2'), '2024-08-13');
  });

  it('reads a date in figures that could be either way round day first on a page that writes dates day first', () => {
    const dateOf = (line: string, story: string) => metadataOf(['Council approves harbour plan', line, story]).metadata.date?.date;
    const lead = 'LERWICK — The council approved the plan on a vote of nine to two.';
    assert.equal(dateOf('12/06/2018 4:12 PM', lead), '2018-12-06');
    // With nothing else to go by, a time in the 24-hour clock on the date line says day first, as US sites print "4:12 PM".
    assert.equal(dateOf('12/06/2018 16:12', lead), '2018-06-12');
    assert.equal(dateOf('Issued on: 12/06/2018 - 16:12', lead), '2018-06-12');
    // Another date on the page says which way round: a first number past twelve, or a month's name after the day.
    assert.equal(dateOf('12/06/2018 4:12 PM', `${lead} Work starts on 15/07/2018.`), '2018-06-12');
    assert.equal(dateOf('12/06/2018 4:12 PM', `${lead} The last plan was approved on 3 May 2016.`), '2018-06-12');
    assert.equal(dateOf('12/06/2018', `${lead} The last plan was approved on May 3, 2016.`), '2018-12-06');
    // The date line's own clock says more of its figures than the story's way with month names.
    assert.equal(dateOf('12/06/2018 16:12', `${lead} The last plan was approved on May 3, 2016.`), '2018-06-12');
    assert.equal(dateOf('12/06/2018 16:12', `${lead} Work starts on 07/15/2018.`), '2018-12-06');
  });

  it('takes names beside the date line for the byline whatever compromise knows of them, in the head or under a standfirst, but not an outlet', () => {
    const lead = 'Ferry crews on the island routes voted on Monday to strike over pay, their union said.';
    const standfirst = 'The union said talks had failed after three weeks of meetings with the company.';
    const bylineOf = (lines: string[]): string | undefined => metadataOf(['Ferry crews vote to strike over pay', ...lines, lead]).metadata.byline?.text;
    // "Salem" is a place to compromise; beside the date it opens a name.
    assert.equal(bylineOf(['Salem Gebreyes', 'July 9, 2018 10:47 AM']), 'Salem Gebreyes');
    assert.equal(bylineOf([standfirst, 'Tesfa Bhatt-Rao', 'Harbour Times, Kirkwall', 'Updated: Jul 03, 2018 23:12 IST']), 'Tesfa Bhatt-Rao');
    assert.equal(bylineOf([standfirst, 'Aoife Kerr, Asia correspondent, in Chiang Rai\nTuesday 10 July 2018 17:31, UK']), 'Aoife Kerr, Asia correspondent, in Chiang Rai');
    // A name opened by a given name vouches for the names joined to it.
    assert.equal(bylineOf([standfirst, 'Simon Hale in Oslo and Ewan Price in Moscow', 'Mon 16 Jul 2018 13.50 BST']), 'Simon Hale in Oslo and Ewan Price in Moscow');
    // An outlet beside the date is not a writer; a news agency alone there, or after a label, signs the story.
    assert.equal(bylineOf(['Kirkwall Tribune', 'July 9, 2018 10:47 AM']), undefined);
    assert.equal(bylineOf(['July 9, 2018 10:47 AM', 'AFP']), 'AFP');
    assert.equal(bylineOf(['published : 24 Jul 2018 at 16:05', 'writer: AFP']), 'AFP');
  });

  it('takes the names of a byline signed "By" that goes on with the writer\'s bio, under a standfirst too', () => {
    const lead = 'Ferry crews on the island routes voted on Monday to strike over pay, their union said.';
    const standfirst = 'The union said talks had failed after three weeks of meetings with the company.';
    const bylineOf = (lines: string[]): string | undefined => metadataOf(['Ferry crews vote to strike over pay', ...lines, lead]).metadata.byline?.text;
    assert.equal(bylineOf([standfirst, 'By Tesfa Bhatt-Rao, a senior reporter covering ports, ferries and freight. She has covered the islands for nine years.']), 'Tesfa Bhatt-Rao');
    // One capitalised word is no writer: "By April, the vote was won." is the story.
    assert.equal(bylineOf([standfirst, 'By April, the union had voted to strike and the company had cut its routes in half.']), undefined);
  });

  it('takes names with particles in lower case, and "Reported by" or "Posted by", for bylines', () => {
    const lead = 'Ferry crews on the island routes voted on Monday to strike over pay, their union said.';
    for (const [line, names] of [['Ana de la Cruz', 'Ana de la Cruz'], ['Pieter van der Berg and Ann Lee', 'Pieter van der Berg and Ann Lee'], ['Ranj Tahsin Rasul and Layla al-Khafaji\nJuly 18, 2023', 'Ranj Tahsin Rasul and Layla al-Khafaji'], ['Reported by Tom Reid', 'Tom Reid'], ['Posted by Tom Reid', 'Tom Reid']]) {
      assert.equal(metadataOf(['Ferry crews vote to strike over pay', line, lead]).metadata.byline?.text, names, line);
    }
  });

  it('takes no site name of unknown words over the headline for the byline, and reads the labels and date shapes of more sites', () => {
    const lead = 'Ferry crews on the island routes voted on Monday to strike over pay, their union said.';
    const standfirst = 'The union said talks had failed after three weeks of meetings with the company.';
    const site = metadataOf(['Orkadia Insight', 'Home', 'News', 'Ferry crews vote to strike over pay', standfirst, 'Milica Stojan-Brkic, Dragan Kovac-Lukic | HNS | Kirkwall', '12/07/2018 16:12', lead]).metadata;
    assert.equal(site.byline?.text, 'Milica Stojan-Brkic, Dragan Kovac-Lukic | HNS | Kirkwall');
    const byLine = (line: string) => metadataOf(['Ferry crews vote to strike over pay', line, lead]).metadata;
    assert.equal(byLine('Words: Zuki Mthembu-Dan and Sipho Ndlovu').byline?.text, 'Zuki Mthembu-Dan and Sipho Ndlovu');
    assert.equal(byLine('BYLINE: Ann Berg.').byline?.text, 'Ann Berg.');
    const published = byLine('By TOVA BEN-HAR, YONA MIZ-KESS   Published: SEPTEMBER 4, 2018 16:12');
    assert.deepEqual([published.byline?.text, published.date?.date], ['TOVA BEN-HAR, YONA MIZ-KESS', '2018-09-04']);
    assert.equal(byLine('Tue, Jul 17, 2018 - page 3').date?.date, '2018-07-17');
  });

  it('takes a sign-off under the story for the byline when the head has none, and names a few short lines over the date', () => {
    const lead = 'Ferry crews on the island routes voted on Monday to strike over pay, their union said.';
    const last = 'Talks with the company are set to resume on Friday, a spokesman for the union said.';
    const signed = metadataOf(['Ferry crews vote to strike over pay', 'Published: July 16, 2018 16:12', lead, last, '— Rania Khour-Abdel, Reuters', 'Also in Orkney']).metadata;
    assert.equal(signed.byline?.text, 'Rania Khour-Abdel, Reuters');
    // A dash before words that are no names is the story's.
    assert.equal(metadataOf(['Ferry crews vote to strike over pay', 'Published: July 16, 2018 16:12', lead, '— and the crews were not alone.', last]).metadata.byline, null);
    const standfirst = 'Issue #38 — the crews say they have not been paid since March, and the company says it is waiting on the council.';
    const below = metadataOf(['Who pays the ferry crews?', standfirst, 'Kwame Asan-Boak', 'Follow', 'Published in The Harbour Ledger', '6 min read · Feb 11, 2019', lead]).metadata;
    assert.equal(below.byline?.text, 'Kwame Asan-Boak');
  });

  it('takes a byline run on to the next line, and credits every writer in it', () => {
    const lines = ['Ferry crews vote to strike over pay', 'By Tracy Wen Hu', 'and Dominic Ashgrove', 'September 18, 2018, 4:47 AM EDT', 'Ferry crews on the island routes voted on Monday to strike over pay, their union said.'];
    const { text, metadata } = metadataOf(lines);
    assert.equal(metadata.byline?.text, 'Tracy Wen Hu\nand Dominic Ashgrove');
    const credited = analyzeArticle(text).people.map((person) => [person.name, person.credit]);
    assert.deepEqual(credited, [['Tracy Wen Hu', 'byline'], ['Dominic Ashgrove', 'byline']]);
    // A line of the story opened by "and" is not a writer's.
    assert.equal(metadataOf(['Ferry crews vote to strike over pay', 'By Tracy Wen Hu', 'and the union said talks had failed.', lines[4]]).metadata.byline?.text, 'Tracy Wen Hu');
  });

  it('takes a headline opened by a page word and a colon for the headline, not for a dateline that starts the story', () => {
    const headline = 'LIVE: Harbour tunnel closed after van fire - updates as queues build in Kirkwall';
    const { metadata } = metadataOf(['Harbour Echo', 'News', 'Orkney News', 'Stromness Town News', headline, 'By Ann Berg', '07:58, 19 JUL 2018', 'Emergency services were called to the tunnel this morning after a van caught fire, police said.']);
    assert.equal(metadata.headline?.text, headline);
    assert.equal(metadata.dateline, null);
  });

  it('reads a byline and its date from one line, and cuts the date from the names', () => {
    const cases: Array<[string, string, string]> = [
      ['BY ANN BERG - 07/18/18 04:22 PM EDT', 'ANN BERG', '2018-07-18'],
      ['By Luke Holt On 7/18/18 at 6:52 AM EDT', 'Luke Holt', '2018-07-18'],
      ['By Ann Berg - The Harbour Times - Thursday, July 19, 2018', 'Ann Berg - The Harbour Times', '2018-07-19'],
      ['By Ann Berg@annberg Jul 17, 2018, 5:40pm EDT', 'Ann Berg', '2018-07-17'],
    ];
    for (const [line, names, date] of cases) {
      const { metadata } = metadataOf(['Ferry crews vote to strike over pay', line, 'Ferry crews on the island routes voted on Monday to strike over pay, their union said.']);
      assert.deepEqual([metadata.byline?.text, metadata.date?.date], [names, date], line);
    }
  });

  it('finds the date line and byline set in one block under a standfirst, and the byline again over the writer\'s box', () => {
    const { metadata } = metadataOf([
      'Ferry crews vote to strike over pay',
      'The union said talks had failed after three weeks.',
      'July 19, 2018, 7:58 PM EDT / Updated July 19, 2018, 9:12 PM EDT\nBy Ann Berg and Luke Holt',
      'Ferry crews on the island routes voted on Monday to strike over pay, their union said, and talks are set to resume on Friday.',
      'Ann Berg',
      'Ann Berg is a reporter for the Harbour Times.',
    ]);
    assert.deepEqual([metadata.byline?.text, metadata.date?.date], ['Ann Berg and Luke Holt', '2018-07-19']);
    const box = metadataOf(['Ferry crews vote to strike over pay', 'Ann Berg', 'July 19, 2018', 'Ferry crews on the island routes voted on Monday to strike over pay, their union said.', 'Ann Berg', 'Ann Berg is a reporter for the Harbour Times.']);
    assert.equal(box.metadata.byline?.text, 'Ann Berg');
  });

  it('takes a line opened by "By" for the byline over the weather, a menu item or a picture credit', () => {
    const { metadata } = metadataOf(['Mostly Sunny', 'Hong Kong', 'JANE ROE/AFP/GETTY IMAGES', 'Ferry crews vote to strike over pay', 'By LUKE HOLT', 'Ferry crews on the island routes voted on Monday to strike over pay, their union said.']);
    assert.equal(metadata.byline?.text, 'LUKE HOLT');
    const alone = metadataOf(['Hong Kong', 'Business / Tech', 'Ferry crews vote to strike over pay', 'Ferry crews on the island routes voted on Monday to strike over pay, their union said.']);
    assert.equal(alone.metadata.byline, null);
  });

  it('takes a caption ending in its credit, or a credit line alone, for a caption, and its photographer for a credit', () => {
    // Credit shapes of agency and paper captions: the agency and the photographer after the last sentence, a "©", a line of its own.
    const captions = [
      'Ferry crews walk out at the harbour in Stromness, Scotland, July 16, 2018. REUTERS/Ann Vale',
      'Passengers wait on the quay in Kirkwall © Luke Marr / AFP',
      'The last ferry leaves Stromness on Monday, July 16, 2018. Tom Reid AP',
      'Jane Roe / Getty Images file',
      'Ferry crews vote on the quay in less than an hour CREDIT: MARK ODDIE/GETTY IMAGES',
      // The Boston Globe sets its credit straight after the caption's full stop.
      'Crews gather on the quay at Stromness before dawn.Rosa Quint/Globe Staff',
    ];
    const story = ['Ferry crews on the island routes voted on Monday to strike over pay, their union said.', 'The two sides met on Monday. Reuters reported the talks ran long.'];
    const text = ['Ferry crews vote to strike over pay', story[0], ...captions, story[1]].join('\n');
    const { metadata, people } = analyzeArticle(text);
    assert.deepEqual(texts(metadata.captions), captions);
    assert.deepEqual(people.map((person) => [person.name, person.credit]), [['Ann Vale', 'photo'], ['Luke Marr', 'photo'], ['Tom Reid', 'photo'], ['Jane Roe', 'photo'], ['Mark Oddie', 'photo'], ['Rosa Quint', 'photo']]);
  });

  it('takes a credit followed by a link\'s words and its hint for screen readers, and the photographer without the link\'s words', () => {
    // As a wire site prints it: the credit, then a rights link's text and ", opens new tab".
    const caption = 'Ferry crews walk out at the harbour in Stromness, Scotland, July 16, 2018. REUTERS/Ann Vale-Brodie Purchase Licensing Rights, opens new tab';
    const text = ['Ferry crews vote to strike over pay', 'Ferry crews on the island routes voted on Monday to strike over pay, their union said.', caption, 'The two sides met on Monday.'].join('\n');
    const { metadata, people } = analyzeArticle(text);
    assert.deepEqual(texts(metadata.captions), [caption]);
    assert.deepEqual(people.map((person) => [person.name, person.credit]), [['Ann Vale-Brodie', 'photo']]);
  });

  it('reads bylines labelled "Author" or "Text by", with the writer\'s job and place after the names, and a date and author printed under the story', () => {
    const story = 'Ferry crews on the island routes voted on Monday to strike over pay, their union said, and talks are set to resume on Friday.';
    const bylineOf = (line: string) => metadataOf(['Ferry crews vote to strike over pay', line, 'July 16, 2018', story]).metadata.byline?.text;
    assert.equal(bylineOf('Author Ann Berg'), 'Ann Berg');
    assert.equal(bylineOf('Text by: Ann Berg'), 'Ann Berg');
    assert.equal(bylineOf('Ann Berg, Political Editor'), 'Ann Berg, Political Editor');
    assert.equal(bylineOf('Ann Berg, Asia correspondent, in Bergen'), 'Ann Berg, Asia correspondent, in Bergen');
    // A headline that names someone and goes on is no byline.
    assert.equal(metadataOf(['Ann Berg, husband expecting second child', story]).metadata.headline?.text, 'Ann Berg, husband expecting second child');
    const foot = metadataOf(['Ferry crews vote to strike over pay', story, 'Both sides said the talks would go on.', 'Date 18.07.2018', 'Author Ann Berg', 'Related Subjects Ferries, Strikes']).metadata;
    assert.deepEqual([foot.byline?.text, foot.date?.date], ['Ann Berg', '2018-07-18']);
  });

  it('takes credits in square brackets and after a "©" for a caption\'s, and a caption opened by PHOTO:', () => {
    const captions = ['Crews on the quay in Kirkwall [Harbour Pictures/Ann Vale via Reuters]', 'Crews march in Kirkwall on July 15, 2018. © Ann Vale, Harbour Pictures / AFP', 'PHOTO: Crews arrive for the vote in Kirkwall, July 16, 2018.'];
    const story = ['Ferry crews on the island routes voted on Monday to strike over pay, their union said.', 'The strike will start on Friday, the union said, unless the company improves its offer. [Reuters]'];
    const { metadata } = metadataOf(['Ferry crews vote to strike over pay', story[0], ...captions, story[1]]);
    assert.deepEqual(texts(metadata.captions), captions);
  });

  it('keeps a standfirst left without its full stop in the story, and a menu above the headline in the boilerplate', () => {
    const standfirst = 'Union says crews on the island routes will walk out over pay from Friday';
    const { text, metadata } = metadataOf(['News > Islands', 'Ferry crews vote to strike over pay', standfirst, 'By Ann Berg', 'July 16, 2018', 'Ferry crews on the island routes voted on Monday to strike over pay from Friday, their union said, after talks failed.']);
    const at = text.indexOf(standfirst);
    assert.ok(!metadata.boilerplate.some((span) => span.start <= at && at < span.end), standfirst);
    assert.deepEqual(texts(metadata.boilerplate), ['News > Islands']);
  });

  it('takes no time of day for a prime minister', () => {
    const text = ['Council sets vote', 'Updated 1:23 PM ET, Mon July 16, 2018', 'The council will vote at 3 PM ET on Monday, the clerk said, and PM Ann Lee will attend.'].join('\n');
    assert.deepEqual(analyzeArticle(text).people.map((person) => [person.name, person.title]), [['Ann Lee', 'PM']]);
  });
});
