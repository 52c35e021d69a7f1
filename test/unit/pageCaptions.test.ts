import assert from 'node:assert/strict';
import { analyzeArticle, type Span } from '../../src/analysis';

const HEADLINE = 'Ferry crews vote to strike over pay';
const LEAD = 'Ferry crews on the island routes voted on Monday to strike over pay, their union said.';
const LAST = 'The strike will start on Friday unless the company improves its offer, the union said.';

const captionsOf = (lines: readonly string[]): string[] => analyzeArticle([HEADLINE, LEAD, ...lines, LAST].join('\n')).metadata.captions.map((span: Span) => span.text);
/** Each line, alone between the lead and the last paragraph, is taken whole for a caption. */
const assertEachACaption = (lines: readonly string[]): void => {
  for (const line of lines) assert.deepEqual(captionsOf([line]), [line], line);
};

describe('captions beside their pictures’ lines', () => {
  it('takes a scene in the present, or a line of names, over a credit line alone for its caption', () => {
    const scene = 'Crews arrive for the vote at the union hall in Kirkwall on July 16, 2018.';
    assert.deepEqual(captionsOf([scene, 'Ann Vale/Getty Images']), [scene, 'Ann Vale/Getty Images']);
    const names = 'Union leader Ann Berg and ferry captain Tom Reid.';
    assert.deepEqual(captionsOf([names, 'ANN VALE/AFP/GETTY IMAGES']), [names, 'ANN VALE/AFP/GETTY IMAGES']);
  });

  it('takes a credit line joined by a slash to a paper or after a given name, or labelled for the photographer, and a source alone under a caption', () => {
    const scene = 'Teachers march down the quay in Kirkwall on Wednesday.';
    // An outlet's acronym after the photographer's name and a slash, whatever the outlet ("/STAT").
    for (const credit of ['Ann Vale/ABC News', 'ANN VALE-ROSS/THE HARBOUR PRESS', 'KEVIN ASH-TAIT/STUFF', 'Photographer: Ann Vale/Bloomberg', 'Ngozi Ebere-Lindholm/HBX']) {
      assert.deepEqual(captionsOf([scene, credit]), [scene, credit], credit);
    }
    const captioned = 'Crews wait on the quay in Kirkwall, Scotland, July 16, 2018. (AP Photo/Ann Vale)';
    assert.deepEqual(captionsOf([captioned, 'Reuters']), [captioned, 'Reuters']);
    // A share bar under a caption is the page's.
    assert.deepEqual(captionsOf([captioned, 'Facebook', 'Twitter']), [captioned]);
  });

  it('takes credits for drawings, charts and maps, "Courtesy of", a distributor before a slash and square brackets for credit lines', () => {
    for (const credit of ['Illustration by Ann Vale / Harbour Weekly', 'Harbour illustration by Ann Vale', 'Chart: Harbour Weekly', 'Courtesy of the Orkney Ferry Museum', 'Northlight Films / Photo by Ann Vale', '[Image: Harbour Rail/Studio Vale]']) {
      assert.deepEqual(captionsOf([credit]), [credit], credit);
    }
    // A rights line's "courtesy of" after a verb is no picture's credit.
    assert.deepEqual(captionsOf(['From HARBOUR DAYS by Ann Vale. Reprinted courtesy of Northlight Books, an imprint of Harbour House.']), []);
  });

  it('takes a photographer and the site’s own name its rights line gives for a credit line, and not the site’s name alone', () => {
    const rights = 'Copyright © 2025 HBL Harbourline Inc. All rights reserved.';
    const page = (credit: string): string[] => analyzeArticle([HEADLINE, LEAD, 'Crews wait on the quay in Kirkwall on Monday.', credit, LAST, rights].join('\n')).metadata.captions.map((span: Span) => span.text);
    assert.deepEqual(page('Tamsin Vale/Harbourline'), ['Crews wait on the quay in Kirkwall on Monday.', 'Tamsin Vale/Harbourline']);
    assert.ok(!page('HBL/HL').includes('HBL/HL'));
  });

  it('takes one short sentence over a credit in the page’s head for the lead picture’s caption, whatever its tense', () => {
    const caption = 'Union leader Ann Berg spoke to crews on the quay on Monday.';
    const { metadata } = analyzeArticle(
      ['Ferry Crews Vote to Strike Over Pay', 'Union says walkout will start on Friday unless the company improves its offer', caption, 'PHOTO: TOM REID/HARBOUR NEWS', 'By Sara Holm', 'KIRKWALL, Scotland—Ferry crews on the island routes voted on Monday to strike over pay, their union said.', LAST].join('\n'),
    );
    assert.deepEqual(
      metadata.captions.map((span) => span.text),
      [caption, 'PHOTO: TOM REID/HARBOUR NEWS'],
    );
    assert.equal(metadata.headline?.text, 'Ferry Crews Vote to Strike Over Pay');
    assert.equal(metadata.dateline?.text, 'KIRKWALL');
  });

  it('takes the people in a picture named alone or with where they are, and a sentence under the standfirst and byline, over a credit in the page’s head', () => {
    const captions = [
      // A line of names under the byline is the picture's, not more writers'.
      'Ann Berg',
      'The Harbour Five’s Ann Berg and Tom Reid.',
      'The Harbour Five, from left: Ann Berg, Tom Reid, Joe Kerr and Sam Lund.',
      // Names, a title in marks and a place make a line nearly in title case, but it has no verb and ends in a full stop.
      'Ann Berg and Tom Reid at the “Harbour Nights” premiere in Kirkwall on Monday.',
      // Past tense: the prose over it is the standfirst, over the byline, not the story.
      'Crews rallied outside the company’s offices in Kirkwall in May.',
    ];
    for (const caption of captions) {
      const head = ['Ferry crews vote to strike over pay', 'The island routes’ crews want a rise of six percent, and the company says it cannot pay it this year.', 'By Sara Holm', 'July 16, 2018'];
      const { metadata } = analyzeArticle([...head, caption, 'Tom Lund/Getty Images', LEAD, LAST].join('\n'));
      assert.deepEqual(
        metadata.captions.map((span) => span.text),
        [caption, 'Tom Lund/Getty Images'],
        caption,
      );
      assert.equal(metadata.byline?.text, 'Sara Holm', caption);
    }
  });

  it('leaves the story, a list’s heading and the headline over the credit of a picture printed without its caption', () => {
    const told = 'The company did not comment, and talks broke down late on Sunday.';
    assert.deepEqual(captionsOf([told, 'Ann Vale/Getty Images']), ['Ann Vale/Getty Images']);
    const said = 'Managers say the offer is final and the union knows it.';
    assert.deepEqual(captionsOf([said, 'Ann Vale/Getty Images']), ['Ann Vale/Getty Images']);
    const heading = 'Crews Walk Out Over Pay And Hours.';
    assert.deepEqual(captionsOf([heading, 'Ann Vale/Getty Images']), ['Ann Vale/Getty Images']);
    // With no verb and every long word capitalised, a list's heading, not the people in a picture and where they are.
    const listHeading = 'Ann Berg’s Perfect Answer For The Harbour’s Pay Problem.';
    assert.deepEqual(captionsOf([listHeading, 'Ann Vale/Getty Images']), ['Ann Vale/Getty Images']);
    const quoted = 'Crews call the offer "an insult" on the quay.';
    assert.deepEqual(captionsOf([quoted, 'Ann Vale/Getty Images']), ['Ann Vale/Getty Images']);
    // A credit alone in brackets is a picture's with no caption, whatever stands above it.
    const scene = 'Crews arrive for the vote at the union hall in Kirkwall.';
    assert.deepEqual(captionsOf([scene, '(Getty)']), ['(Getty)']);
    const page = analyzeArticle(['Crews walk out in Kirkwall', 'Ann Vale/Getty Images', LEAD].join('\n'));
    assert.equal(page.metadata.headline?.text, 'Crews walk out in Kirkwall');
  });

  it('takes the agencies’ archive-picture opening and a source’s photo in brackets for captions', () => {
    const file = 'In this July 16, 2018, file photo, ferry crews wait on the quay in Kirkwall, Scotland.';
    const handout = 'In this image made from video, crews leave the ferry in Stromness.';
    const source = 'Ferry crews on the quay in Kirkwall (Reuters photo)';
    assert.deepEqual(captionsOf([file, handout, source]), [file, handout, source]);
    // A sentence of the story opening "In this" is no caption.
    const story = 'In this town the ferry is the only way out, the mayor said.';
    assert.deepEqual(captionsOf([story]), []);
  });

  it('takes a caption ending in a known outlet and its photographer in brackets, after a colon or "for", and not a story sentence ending in a body and a name so', () => {
    // Under the headline, as the lead picture's caption: nothing else there tells it from a standfirst.
    const underHeadline = (line: string) => analyzeArticle([HEADLINE, line, LEAD, LAST].join('\n')).metadata.captions.map((span: Span) => span.text);
    const caption = 'Crews leave the ferry terminal in Kirkwall on Tuesday. (ABC News: Jono Searle-Duffy)';
    const agency = 'The union hall in Kirkwall before the vote. (AAP: Dean Lewins)';
    assert.deepEqual(underHeadline(caption), [caption]);
    assert.deepEqual(underHeadline(agency), [agency]);
    assert.deepEqual(underHeadline('The vote was called by the regional chair. (Harbour Board: Ann Vale Reid)'), []);
    // A photographer working for a paper: the paper's last word is an outlet's.
    const forPaper = 'Crews rally outside the union hall before the vote. (Craig Hudson-Mbeki for The Washington Post)';
    assert.deepEqual(underHeadline(forPaper), [forPaper]);
    assert.deepEqual(underHeadline('The chair spoke for an hour on Monday. (Ann Vale Reid for Harbour Board)'), []);
  });

  it('takes a caption whose words end in a news agency alone, in brackets or after a bar or “Source:”, and an agency in brackets under a caption', () => {
    const captions = ['Crews wait on the quay in Kirkwall (PA)', 'Crews wait on the quay in Kirkwall on Monday. | KYODO', 'Crews wait on the quay in Kirkwall on Sunday. Source: SPA'];
    assertEachACaption(captions);
    const captioned = 'Crews wait on the quay in Kirkwall, Scotland, July 16, 2018. (AP Photo/Ann Vale)';
    assert.deepEqual(captionsOf([captioned, '(AFP)']), [captioned, '(AFP)']);
    // A bar after the caption's last sentence, then its photographer or the label "PHOTO" and its parts.
    assertEachACaption(['Cane waits to be cut on a farm outside Kirkwall. | Shreya Rao', 'A trader sorts clothes at the market in Kirkwall. PHOTO | FILE | HNS']);
    // A bar after a name is a byline's; brackets that do not hold an agency alone are the story's.
    assert.deepEqual(captionsOf(['Ann Lee | Staff Writer']), []);
    assert.deepEqual(captionsOf(['Crews wait on the quay in Kirkwall (and in Stromness) for the vote.']), []);
  });

  it('takes a credit labelled after a paper’s word, a credit label alone with its full stop, "File photo:", and "©" with names joined by a slash', () => {
    for (const line of ['Harbour photo by Ann Vale', 'Photo: Wikicommons.', 'File photo: A ferry at the quay in Kirkwall.', '© HNS/Ann Vale-Ross']) {
      assert.deepEqual(captionsOf([line]), [line], line);
    }
    // A rights line is the page's, not a picture's credit.
    assert.deepEqual(captionsOf(['© The Harbour Times']), []);
  });

  it('takes a video’s label, title and running time or source for a caption', () => {
    const videos = ['Video: Crews leave the quay in Kirkwall 1:42', 'WATCH: Ferry crews vote to strike 2:14', 'VIDEO: Crews describe the night on the quay (Harbour News)'];
    assert.deepEqual(captionsOf(videos), videos);
    // A label and a title with neither is a link's, not a caption.
    assert.deepEqual(captionsOf(['Watch: Ferry crews vote to strike']), []);
  });

  it('takes the line under a caption label alone, and a photographer named again under the caption crediting them', () => {
    const labelled = ['Image:', 'Crews left the quay in convoy as the last ferry sailed'];
    assert.deepEqual(captionsOf(labelled), labelled);
    const credited = ['FILE - In this July 9, 2018, file photo, crews wait in Kirkwall. (AP Photo/Ann Vale, File)', 'Ann Vale'];
    assert.deepEqual(captionsOf(credited), credited);
    // A short line under a caption that names someone else is not the caption's.
    assert.deepEqual(captionsOf([credited[0], 'Tom Reid']), [credited[0]]);
  });

  it('takes a caption ending in its photographer with an email address, "Special to" the paper or "Source:" and the outlet, and "Name for Outlet" under a caption', () => {
    for (const caption of [
      'Crews wait outside the Kirkwall courthouse on Thursday, March 6, 2025. Ann Vale avale@harbourstar.com',
      'Union leader Tom Reid talks to members after the vote on Friday. Ann Vale / Special to The Harbour Star',
      'New members take the pledge at the union hall on Sunday. Source: Harbour News / Ann Vale',
    ]) {
      assert.deepEqual(captionsOf([caption]), [caption], caption);
      const people = analyzeArticle([HEADLINE, LEAD, caption, LAST].join('\n')).people;
      assert.equal(people.find((person) => person.name === 'Ann Vale')?.credit, 'photo', caption);
    }
    const pictured = 'Union leader Tom Reid, left, and Ann Berg at the union hall in Kirkwall.';
    assert.deepEqual(captionsOf([pictured, 'Ann Vale for Harbour News']), [pictured, 'Ann Vale for Harbour News']);
    // Not a sentence of the story that ends in a name and a slash, nor "for" a paper alone.
    assert.deepEqual(captionsOf(['The union says the offer is fair to Ann Vale and Tom Reid.', 'Ann Vale for Harbour News']), []);
  });

  it('takes the caption and the credit under the buttons that fold them away ("hide caption", "toggle caption"), and leaves the buttons to the page', () => {
    const caption = 'Tom Reid, 78, on the quay in Kirkwall. He has sailed the island route for forty years.';
    const credit = 'Ann Vale for NPR';
    assert.deepEqual(captionsOf(['hide caption', caption, 'toggle caption', credit]), [caption, credit]);
    const article = analyzeArticle([HEADLINE, LEAD, 'hide caption', caption, 'toggle caption', credit, LAST].join('\n'));
    assert.deepEqual(article.metadata.boilerplate.map((span: Span) => span.text), ['hide caption', 'toggle caption']);
    // A button alone folds away a picture the page did not print: the story under it is the story.
    assert.deepEqual(captionsOf(['hide caption', 'The union meets the company again on Thursday.']), []);
  });
});

describe('captions printed in the story without a credit', () => {
  it('takes a scene in the simple present dated to a day past, or a phrase with no verb that says where, for a caption', () => {
    const scene = 'A man cleans mud from his home in Kirkwall on Tuesday.';
    const fragment = 'Crews outside the union hall in Kirkwall this morning.';
    assert.deepEqual(captionsOf([scene]), [scene]);
    assert.deepEqual(captionsOf([fragment]), [fragment]);
    // compromise's tagger reads a given name it does not know as an order ("Annalise"): a caption gives none.
    const named = 'Annalise Crewe at the union hall in Kirkwall on Friday.';
    assert.deepEqual(captionsOf([named]), [named]);
    // The credit or name under it goes with it, as under any caption.
    assert.deepEqual(captionsOf([scene, 'Reuters']), [scene, 'Reuters']);
  });

  it('takes a line that places people in the picture after their names ("left", "centre") for a caption, whatever its verbs', () => {
    const pair = 'Union leader Ann Berg, left, and ferry captain Tom Reid met at the quay in Kirkwall on Monday.';
    const visit = 'Minister Sara Holm, centre, visits the union hall.';
    assert.deepEqual(captionsOf([pair]), [pair]);
    assert.deepEqual(captionsOf([visit]), [visit]);
  });

  it('leaves the story’s sentences, its headings, list items and links under a label', () => {
    const story = [
      'The company meets the union on Tuesday to talk about pay.',
      'The crews were on the quay in Kirkwall on Tuesday.',
      'A man cleans mud from his home in Kirkwall every week, he said.',
      'Why do crews strike in Kirkwall on Tuesday?',
      '- Crews walk out in Kirkwall on Tuesday.',
      'Crews Walk Out In Kirkwall On Tuesday.',
      'Pay talks in Kirkwall.',
    ];
    for (const line of story) assert.deepEqual(captionsOf([line]), [], line);
    assert.deepEqual(captionsOf(['Related', 'Crews walk out in Kirkwall on Tuesday']), []);
    // The first paragraph of prose is the lead, whatever its tense: "faces a vote on Tuesday" is still to come.
    const lead = 'The ferry company’s offer to crews on the island routes faces a vote on Tuesday when the union meets in Kirkwall.';
    assert.deepEqual(analyzeArticle([HEADLINE, lead, LAST].join('\n')).metadata.captions, []);
  });
});

describe('captions credited as international sites print them', () => {
  it('takes "Pic by", a dash before the label, "courtesy of", a slash or two bars after the last sentence, "File photo" and a screenshot\'s or an agency\'s source for credits', () => {
    assertEachACaption([
      'Villagers block the main road at Manampitiya this morning. Pic by Chaminda Perera',
      'The court complex in Ipoh. — Picture via Google Maps',
      'Ferry crews are greeted at the quay on Monday. (Photo courtesy of Martha Reid)',
      'Villagers bury victims of the airstrike on Wednesday evening. / Citizen journalist',
      'Police disperse farmers outside the depot in Eldoret. | Jared Okemwa | Nation Media Group',
      'Harbour guards on patrol. File photo',
      'The city court building. Yegor Shapovalenko / Moskva News Agency',
      'The defendant in court in Moscow. Screenshot / Baza',
    ]);
  });

  it('leaves a story sentence that merely mentions a slash or a picture', () => {
    assert.deepEqual(captionsOf(['The council said the 24/7 service would return. It gave no date.', 'He showed reporters a photo of the damaged ferry on Monday.']), []);
  });
});

describe('captions whose credit no list knows', () => {
  it('takes a credit line alone (a name and an outlet after a bar, an email address, a name in capitals) with the picture’s line over it', () => {
    const scene = 'Teachers march down the quay in Kirkwall on Wednesday.';
    for (const credit of ['Ann Vale | Orkney Public Radio', 'Ann Vale avale@harbourbee.com', 'ANN VALE-ROSS', 'Credit...Ann Vale for The Harbour Times', '(Ann Vale, Harbour.com)']) {
      assert.deepEqual(captionsOf([scene, credit]), [scene, credit], credit);
    }
    // Over a link's headline or under a line that says neither where nor when, the same shapes are a writer's or the page's.
    assert.deepEqual(captionsOf(['Crews to vote again on pay offer', 'ANN VALE']), []);
    assert.deepEqual(captionsOf([scene, 'RELATED STORIES']), [scene]);
  });

  it('takes a credit after the caption’s last sentence when the words before it read as a picture', () => {
    assertEachACaption([
      'Ann Berg listens during the hearing at Kirkwall Sheriff Court on Tuesday, Sept. 9, 2025. Tom Reid, Harbour Free Press',
      'Crews wait on the quay in Kirkwall on Monday. Tom Reid/Harbour-Times',
      'The ferry’s new bridge glows orange at night. (Tom Reid for Harbourgadget)',
    ]);
    // A rights line and a story sentence ending in a name are not.
    assert.deepEqual(captionsOf(['© 2025 HARBOUR NEWS, A DIVISION OF NORTHLIGHT MEDIA, INC. ALL RIGHTS RESERVED.']).length, 0);
    assert.deepEqual(captionsOf(['The union said it had written to the company on Monday. Tom Reid, its leader, agreed.']), []);
  });

  it('takes the lead picture’s caption with no credit under the page’s buttons, between the date line and the lead', () => {
    const head = 'Ann Berg holds the union’s banner at the hall in Kirkwall on July 16, 2018.';
    const { metadata } = analyzeArticle([HEADLINE, 'By Sara Holm', 'July 16, 2018', 'Share', 'Comments', head, LEAD, LAST].join('\n'));
    assert.deepEqual(metadata.captions.map((span) => span.text), [head]);
  });

  it('takes a gallery slide’s lines between its counter and the next for its caption and credit, and after the last counter a line with a credit under it', () => {
    const slides = ['1/3', 'Crews gather on the quay', 'Reuters', '2/3', 'The ferry leaves Kirkwall for the last time', '3/3', 'Union members hold a vote', 'EPA'];
    assert.deepEqual(captionsOf(slides), ['Crews gather on the quay', 'Reuters', 'The ferry leaves Kirkwall for the last time', 'Union members hold a vote', 'EPA']);
    // After the last counter a share bar is the page's, and so is the line over it.
    assert.deepEqual(captionsOf(['1/2', 'Crews gather on the quay', '2/2', 'Union members hold a vote', 'Facebook', 'Twitter']), ['Crews gather on the quay']);
    // After the last counter, a paragraph of the story is no caption, and a source alone under it no credit.
    const story = `${LEAD} ${LAST} The company said talks would go on through the night, and that it hoped the crews would accept a better offer before the ferries stop running.`;
    assert.deepEqual(captionsOf(['1/2', 'Crews gather on the quay', '2/2', story, 'Reuters']), ['Crews gather on the quay']);
  });
});

describe('captions over a credit alone, read by their first sentence’s main clause', () => {
  const credit = 'Ann Vale / The Harbour Times';
  const pairOf = (caption: string): string[] => captionsOf([caption, credit]);

  it('takes a scene told before a clause of what happened, a participle for what is shown, or a noun joined to its verb', () => {
    for (const caption of [
      'Ruth Dane and her husband, Tom, on the lot in Kirkwall where their home stood before the fire.',
      'Commuters walk along the quay after ferry services were suspended on Tuesday.',
      'A bus wades through a waterlogged road at Stromness harbour.',
      'Mara Lind, photographed at her studio in Kirkwall in August.',
      'Volunteers try to put out a fire in the hills above Stromness.',
      'Ruth Dane speaks at the council meeting on Tuesday. Her son drowned in the harbour in 2019.',
    ]) {
      assert.deepEqual(pairOf(caption), [caption, credit], caption);
    }
  });

  it('takes no story sentence over a credit: one that opens on a link or a circumstance, gives a source or speaks, or is told in the past', () => {
    for (const line of [
      'But even after the strike ended, the ferries kept running late for a month.',
      'Despite the union’s claims of victory, the company remains in talks after the vote was lost.',
      'The ferry company leads the council by 46 votes to 42, according to the poll.',
      'Union leader Ann Berg is declaring victory at the quay after the vote was counted.',
      'Union leader Ann Berg arrived in Kirkwall on Sunday, the first visit by a union leader in a decade.',
    ]) {
      assert.deepEqual(pairOf(line), [credit], line);
    }
    // A company's registration over its rights line, under the story, is the site's footer.
    const registration = 'Harbour Newspapers Limited in Scotland No. 679215 Registered office: 1 Quay Street, Kirkwall, KW15 1HR. "The Harbour" and "Harbour Online" are registered trade marks of Harbour Newspapers Limited.';
    const footer = analyzeArticle([HEADLINE, LEAD, LAST, registration, '© Harbour Newspapers Limited in Scotland No. 679215'].join('\n')).metadata.captions;
    assert.deepEqual(footer, []);
  });
});

describe('captions over a source or a credit in words alone', () => {
  it('takes a caption ending as a sentence over an agency, a paper, a broadcaster’s call sign or a credit word alone', () => {
    const scene = 'Crews arrive for the vote at the union hall in Kirkwall on Monday.';
    for (const credit of ['Reuters', 'PA', 'The Canadian Press', 'The Harbour Times', 'KHAR', 'WKIR-TV', 'Contributed', 'SUPPLIED', 'Submitted']) {
      assert.deepEqual(captionsOf([scene, credit]), [scene, credit], credit);
    }
  });

  it('takes a credit in words with no photographer named, under the caption or after its last sentence', () => {
    const scene = 'Parents collect pupils from Stromness Academy at the end of the school day.';
    for (const credit of ['Harbour Times file photo', 'PROVIDED PHOTO', 'Family handout', 'Photo: harbournews.ie', 'Stock picture']) {
      assert.deepEqual(captionsOf([scene, credit]), [scene, credit], credit);
    }
    const told = 'Travellers were told to carry food and water. Stock picture';
    assert.deepEqual(captionsOf([told]), [told]);
    // Under a caption printed in the story with no credit of its own.
    const fragment = 'Ruth Dane at her home in the Shenandoah neighbourhood.';
    assert.deepEqual(captionsOf([fragment, 'PROVIDED PHOTO']), [fragment, 'PROVIDED PHOTO']);
  });

  it('leaves a related story’s headline over its source, a source over another, a reader’s network and a gallery’s link', () => {
    // Under the story, a related story's headline has no full stop; the agency under it says where the story is from.
    const related = ['Orkney ferry crews pledge calm talks in Kirkwall meeting', 'Reuters', 'Island council backs harbour plan', 'Reuters'];
    assert.deepEqual(analyzeArticle([HEADLINE, LEAD, LAST, 'Related', ...related].join('\n')).metadata.captions, []);
    // Readers' comments signed by name, place and network ("TWITTER.") in a letters page.
    assert.deepEqual(captionsOf(['Crews deserve better than this offer.', 'Ann Berg', 'Rhinelander, Wis.', 'TWITTER.']), []);
    // A story's sentence in the present over a link to the gallery.
    assert.deepEqual(captionsOf(['In each of the island’s towns, about a third of the crews want a new vote on the offer.', 'IN PICTURES']), []);
    // A scene between the story's paragraphs is a caption with no credit; the lines under it are not its credit.
    const scene = 'Crews walk out of the union hall in Kirkwall on Monday.';
    assert.deepEqual(captionsOf([scene, 'In pictures']), [scene]);
    assert.deepEqual(captionsOf([scene, 'Reuters', 'AFP']), [scene]);
    // An English word in capitals shaped as a call sign is no broadcaster.
    assert.ok(!captionsOf(['Crews arrive for the vote at the union hall in Kirkwall on Monday.', 'KIDS']).includes('KIDS'));
  });
});

describe('captions of names and where they are, over a credit', () => {
  it('takes people named and where they are between the story’s paragraphs, nearly in title case but ending as a sentence', () => {
    const caption = 'Playwright Shirley Holm at her home in Stromness.';
    assert.deepEqual(captionsOf([caption]), [caption]);
    // A heading in title case has no full stop.
    assert.deepEqual(captionsOf(['Playwright Shirley Holm at Home in Stromness']), []);
  });

  it('takes the people named and then the place and time, every word capitalised but the small ones, for the picture’s caption', () => {
    for (const caption of ['Harbour Static’s Ann Berg, Tom Reid and Joe Kerr in Kirkwall, Orkney, in August.', 'Ann Berg and Tom Reid at Kirkwall Pier on Monday.']) {
      assert.deepEqual(captionsOf([caption, 'Sam Lund for The Harbour Times']), [caption, 'Sam Lund for The Harbour Times'], caption);
    }
    // Without the place, a line in title case with no verb may be a list's heading (above).
    assert.deepEqual(captionsOf(['Ann Berg’s Perfect Answer For The Harbour’s Pay Problem.', 'Sam Lund for The Harbour Times']), []);
  });
});
