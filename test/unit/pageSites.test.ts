import assert from 'node:assert/strict';
import { analyzeArticle } from '../../src/analysis';

/** Page shapes the second round of site pages showed (test/fixtures/webcopy/sites2), in sentences written for these tests. */
describe('page shapes of more sites', () => {
  it('finds a dateline set close to its em dash', () => {
    const { metadata } = analyzeArticle(['Central bank lifts rates again', 'WASHINGTON—Central bank officials raised interest rates on Wednesday for the third time this year.'].join('\n'));
    assert.deepEqual([metadata.dateline?.text, metadata.dateline?.agency], ['WASHINGTON', null]);
    // A section label in capitals before a quoted headline is no dateline.
    const label = analyzeArticle(['City news in brief', 'NOW OPEN—"Gallery opens by the harbour," by Ann Lee: The gallery opened on Friday.'].join('\n'));
    assert.equal(label.metadata.dateline, null);
  });

  it('reads a byline whose "By" the saved page ran into the name', () => {
    const { metadata, people } = analyzeArticle(['England out after extra time', 'ByDarren Lusk', 'Chief Sports Writer', 'England lost to Croatia on Wednesday night after extra time in Moscow, ending their run.'].join('\n'));
    assert.equal(metadata.byline?.text, 'Darren Lusk');
    // Nor is the run-in word a person of the story.
    assert.ok(!people.some((person) => person.name.startsWith('By')), JSON.stringify(people.map((person) => person.name)));
  });

  it('takes the byline writers’ boxes for the page’s, hyphenated names too, past a pitch printed after the story', () => {
    const boxes = ['Ann Lind-Ortega is a staff writer covering the islands for the Harbour Times.', 'Tom Reid covers breaking news for the Harbour Times.'];
    const lines = [
      'Ferry crews vote to strike over pay',
      'By Ann Lind-Ortega and Tom Reid',
      'Ferry crews on the island routes voted on Monday to strike over pay, their union said, and talks will resume on Friday.',
      'The company said it would study the vote before answering the union.',
      'We have a small favour to ask. More people are reading our journalism than ever, and we want to keep it open to all.',
      ...boxes,
    ];
    const text = lines.join('\n');
    const { metadata } = analyzeArticle(text);
    for (const box of boxes) {
      const at = text.indexOf(box);
      assert.ok(metadata.boilerplate.some((span) => span.start <= at && at + box.length <= span.end), box);
    }
    // Someone the story is about, with a job like a writer's, is the story's.
    const story = analyzeArticle(['Reporter wins award', 'Ann Lind-Ortega is a staff writer who covered the island ferries for ten years, the jury said.', 'She will receive the award in May.'].join('\n'));
    assert.deepEqual(story.metadata.boilerplate, []);
  });

  it('takes the line saying where the story ran in print for the page’s, and its printed headline for no quote', () => {
    const line = "Appeared in the July 17, 2018, print edition as 'Crews Vote to Strike.'";
    const text = ['Ferry crews vote to strike over pay', 'Ferry crews on the island routes voted on Monday to strike over pay, their union said.', line].join('\n');
    const analysis = analyzeArticle(text);
    assert.deepEqual(
      analysis.metadata.boilerplate.map((span) => span.text),
      [line],
    );
    assert.deepEqual(analysis.quotes, []);
  });

  it('keeps a standfirst set as lines straight under the headline in the story, whatever words they share with the lead', () => {
    const bullets = ['Islands to lose winter crossings from January under the new timetable', 'Move comes hours after the operator announced losses of two million pounds'];
    const text = ['Ferry Firm to Cut Island Routes', ...bullets, 'By Ann Berg', 'July 16, 2018', 'KIRKWALL (Reuters) - The ferry firm will cut its island routes to the northern isles by half, it said on Monday.'].join('\n');
    const { metadata } = analyzeArticle(text);
    assert.deepEqual(metadata.boilerplate, []);
    assert.equal(metadata.byline?.text, 'Ann Berg');
    // A line of the site's under its menu, before the headline, is still the page's.
    const above = analyzeArticle(['Your local news from Orkney and Shetland every morning', 'Ferry Firm to Cut Island Routes', text.split('\n').slice(3).join('\n')].join('\n'));
    assert.deepEqual(
      above.metadata.boilerplate.map((span) => span.text),
      ['Your local news from Orkney and Shetland every morning'],
    );
  });

  it('reads the byline and the date from a line of parts set between bars, and a "By" with a dash', () => {
    const story = 'KIRKWALL: Ferry crews on the island routes voted on Monday to strike over pay, their union said, and talks will resume on Friday.';
    const head = (line: string) => analyzeArticle(['Ferry crews vote to strike over pay', line, story].join('\n')).metadata;
    const barred = head('Islands | Written by Ann Berg | Updated: July 20, 2018 23:41 IST');
    assert.deepEqual([barred.byline?.text, barred.date?.date], ['Ann Berg', '2018-07-20']);
    const agency = head('Ann Berg | HNS | Updated: Jul 16, 2018, 21:04 IST');
    assert.deepEqual([agency.byline?.text, agency.date?.date], ['Ann Berg', '2018-07-16']);
    assert.equal(head('By — Ann Berg, Associated Press').byline?.text, 'Ann Berg, Associated Press');
    // A menu set between bars is no byline.
    assert.equal(head('Home | News | Islands | Sport').byline, null);
  });

  it('takes a line of names opened by a known given name for the byline over a blog’s or section’s name of unknown words', () => {
    const story = 'Ferry crews on the island routes voted on Monday to strike over pay, their union said, and talks will resume on Friday.';
    const { metadata } = analyzeArticle(['Ferry crews vote to strike over pay', 'Te Ara Moana', 'Tobias Wren', 'July 16, 2018', story].join('\n'));
    assert.equal(metadata.byline?.text, 'Tobias Wren');
    // Alone, a line of names of unknown words is still the byline.
    assert.equal(analyzeArticle(['Ferry crews vote to strike over pay', 'Tariq Najjar', 'July 16, 2018', story].join('\n')).metadata.byline?.text, 'Tariq Najjar');
  });

  it('takes a pull quote, a line of the story printed again alone, for the page’s and gives it no second quotation', () => {
    const story = [
      'Fire crews reach the town',
      '"It was like driving into the mouth of hell," Mayor Ann Voss said. "I honestly did not think we would make it."',
      'The fire burned for three days before crews could reach the valley, officials said.',
    ];
    const pull = '"It was like driving into the mouth of hell."';
    const text = [...story, pull, 'Crews said most of the town was lost.'].join('\n');
    const analysis = analyzeArticle(text);
    const at = text.indexOf(pull);
    assert.ok(analysis.metadata.boilerplate.some((span) => span.start <= at && at + pull.length <= span.end));
    assert.deepEqual(
      analysis.quotes.map((quote) => quote.text),
      ['It was like driving into the mouth of hell,', 'I honestly did not think we would make it.'],
    );
    // A quotation printed once, alone on its line, is the story's.
    const once = analyzeArticle([story[0], story[2], '"We will rebuild every house on this street."', 'Crews said most of the town was lost.'].join('\n'));
    assert.deepEqual(once.metadata.boilerplate, []);
  });

  it('takes a pull quote in single marks, as British pages set them, for the page’s', () => {
    const text = ['Gallery pulls protest artwork', '“In 30 years of curating I have never been asked to switch an artwork off,” she said.', 'The gallery said a review would report next week.', '‘In 30 years of curating I have never been asked to switch an artwork off’', 'The work was taken down on Monday.'].join('\n');
    const analysis = analyzeArticle(text);
    assert.equal(analysis.quotes.length, 1);
  });
});

/** Page shapes of local US, UK and Australian sites (test/fixtures/webcopy/sites7), in lines written for these tests. */
describe('page shapes of local sites', () => {
  it('takes a date line long enough for a sentence for the page\'s date, not the story\'s start', () => {
    const { metadata } = analyzeArticle([
      'Harbour Times',
      'Council votes to close two harbour schools after enrolment falls again',
      'By Ann Lee | alee@harbourtimes.example | Harbour Times',
      'PUBLISHED: November 14, 2019 at 8:21 p.m. | UPDATED: November 15, 2019 at 6:03 a.m.',
      'The harbour council voted 5-2 on Thursday night to close two schools at the end of the year, citing falling enrolment across the district.',
    ].join('\n\n'));
    assert.equal(metadata.date?.date, '2019-11-14');
    assert.equal(metadata.headline?.text, 'Council votes to close two harbour schools after enrolment falls again');
  });

  it('takes the line that tells something for the headline under a short line with no verb, a series\' or a place\'s name', () => {
    const { metadata } = analyzeArticle([
      'Storm Season: One Year On',
      'A year after the flood, valley families still waiting on buyouts',
      'By Ann Lee, Staff writer',
      'Updated 6:15 pm CDT, Friday, August 24, 2018',
      'The Okafor family has lived in a trailer in their driveway for twelve months while the county decides what their house is worth.',
    ].join('\n\n'));
    assert.equal(metadata.headline?.text, 'A year after the flood, valley families still waiting on buyouts');
  });

  it('takes no item of a menu, no section path and no rubric in lower case for the headline', () => {
    // Menus as magazine sites print them, one item a line, with a longer item among the short ones.
    const menu = ['Skip to content', 'Harbour Weekly', 'Latest', 'Politics', 'Future of Work by Charter', 'Climate', 'Business', 'Next Generation Leaders', 'Culture', 'Video'];
    // The headline shares one word with the lead, as a headline that asks or teases may.
    const lead = 'Crossings after dark end in March, the operator said on Monday, after a year in which fewer than forty people a night used them.';
    const under = (headlineArea: string[]): string | undefined => analyzeArticle([...menu, ...headlineArea, 'By Ann Lee', 'March 20, 2025', lead].join('\n')).metadata.headline?.text;
    assert.equal(under(['Why the night ferry is going away']), 'Why the night ferry is going away');
    assert.equal(under(['Islands | Island ferries', 'Why the night ferry is going away']), 'Why the night ferry is going away');
    assert.equal(under(['the last crossing', '"We Always Knew the Night Run Would End"']), '"We Always Knew the Night Run Would End"');
  });

  it('takes the site’s name its rights line gives for no headline, however many words it shares with the lead', () => {
    const { metadata } = analyzeArticle([
      'Skip to Main Content',
      'The Harbour Beast',
      'Politics',
      'Staffers Joked About ‘The Family Plan’ as Campaign Cash Flowed to the Mayor’s Brother',
      'By Ann Lee',
      'Texts obtained by The Harbour Beast show aides to the mayor calling the arrangement a racket months before he hired his brother to run the campaign.',
      'The mayor’s office did not answer questions sent on Monday about the payments or the texts.',
      '© 2025 The Harbour Beast Company LLC',
    ].join('\n'));
    assert.equal(metadata.headline?.text, 'Staffers Joked About ‘The Family Plan’ as Campaign Cash Flowed to the Mayor’s Brother');
  });

  it('takes no standfirst straight under a headline that tells something for the headline, however many words it shares with the lead', () => {
    const { metadata } = analyzeArticle([
      'Harbour Weekly',
      'Island Ferries Are “Forgetting” Their Night Routes',
      'Timetables spanning 50 years show the night crossings thinning out—and fewer passengers may be only part of the story',
      'By Ann Lee',
      // The lead shares no word with the headline and two with the standfirst.
      'The boats that once ran after midnight now stop at ten, and timetables kept since 1975 show the change came slowly, then all at once.',
    ].join('\n\n'));
    assert.equal(metadata.headline?.text, 'Island Ferries Are “Forgetting” Their Night Routes');
  });

  it('takes a video\'s caption crediting its reporter for a caption, and the reporter for its credit', () => {
    const lines = [
      'Ice fisher found alive after a night on the lake',
      'By Ann Lee, Staff',
      'CTV\'s Dana Whitfield reports.',
      'A man who spent the night on the frozen lake was found alive on Sunday morning, police said.',
      '"He did what you are supposed to do," a searcher said.',
    ];
    const { metadata, people } = analyzeArticle(lines.join('\n\n'));
    assert.ok(metadata.captions.some((caption) => caption.text === 'CTV\'s Dana Whitfield reports.'), JSON.stringify(metadata.captions));
    assert.deepEqual(people.filter((person) => person.name === 'Dana Whitfield').map((person) => person.credit), ['photo']);
    // A story's sentence that reports something is no caption.
    const story = analyzeArticle(['Senator to endorse rival', 'The Harbour Times reports Ann Lee will endorse Tom Reid at a rally in Iowa on Saturday.'].join('\n\n'));
    assert.deepEqual(story.metadata.captions, []);
  });

  it('takes a caption credited to a photographer and their paper in brackets for a caption', () => {
    const lines = [
      'Harbour schools to close after vote',
      'By Ann Lee, Staff',
      'The harbour council voted on Thursday night to close two schools at the end of the year, citing falling enrolment.',
      'Parents said they would fight the decision in court, and the union said it would ballot its members.',
      'Mia Okafor, 11, reads a letter to the board as her mother looks on. (Dana Whitfield, The Harbour Post)',
      'The board will meet again in January to set a timetable for the closures.',
    ];
    const { metadata } = analyzeArticle(lines.join('\n\n'));
    assert.ok(metadata.captions.some((caption) => caption.text.startsWith('Mia Okafor, 11,')), JSON.stringify(metadata.captions));
  });
});

