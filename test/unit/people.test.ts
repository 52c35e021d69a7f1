import assert from 'node:assert/strict';
import { analyzeArticle } from '../../src/analysis';
import { shortName } from '../../src/analysis/speakers';

const people = (text: string) => analyzeArticle(text).people;
const names = (text: string) => people(text).map((p) => p.name);

describe('people', () => {
  it('links honorific, title and surname references to one person', () => {
    const text = 'Former President Barack Obama spoke. Mr. Obama later said little. Obama left.';
    const [obama, ...others] = people(text);
    assert.equal(others.length, 0);
    assert.equal(obama.name, 'Barack Obama');
    assert.deepEqual(obama.mentions.map((m) => m.text), ['Former President Barack Obama', 'Mr. Obama', 'Obama']);
  });

  it('gives a surname shared by relatives to the one not introduced as someone\'s relative, not to the one named last', () => {
    // Names made up for this test.
    const text = 'Marisol Quintero climbed into the wheelhouse at dawn.\n\nHer nephew, Tomas Quintero, was on the bow. Quintero took the wheel at noon.';
    const people = analyzeArticle(text).people;
    assert.deepEqual(people.map((person) => [person.name, person.mentions.length]), [['Marisol Quintero', 2], ['Tomas Quintero', 1]]);
  });

  it('takes a relative to be one introduced after the name by the relation ("who has been married to …", "the daughter of …"), unless named first', () => {
    // Names made up for this test.
    const married = 'Walter Kowalczyk, 74, carves horses.\n\n"It is fine," Kowalczyk said.\n\nJoan Kowalczyk, who has been married to Walter for 51 years, said she stopped asking long ago.\n\nKowalczyk is the only one who is not sure.';
    assert.deepEqual(analyzeArticle(married).people.map((person) => [person.name, person.mentions.length]), [['Walter Kowalczyk', 4], ['Joan Kowalczyk', 1]]);
    // Named first, the one the story is about keeps the surname, whoever she is the daughter of.
    const daughter = 'Lise Chenard, the daughter of former governor Dirk Chenard, won the primary.\n\nLise Chenard, 50, received 40 percent of the vote.\n\n"It is time to look forward," Chenard said.';
    assert.deepEqual(analyzeArticle(daughter).people.find((person) => person.name === 'Lise Chenard')?.mentions.map((mention) => mention.text), ['Lise Chenard', 'Lise Chenard', 'Chenard']);
  });

  it('names a relative brought in by given name after someone named in full with that person\'s surname', () => {
    // Names made up for this test.
    const text = 'Malcolm Haworth, 71, and his wife Brenda, 68, had to be rescued by boat. Brenda said the water rose in minutes. "It was up to our knees," Mrs Haworth added. The rescue was led by Tom Reid and his crew, Amy and Sam.';
    const found = people(text).map((person) => [person.name, person.mentions.map((mention) => mention.text)]);
    // Named in full before the honorifics are read, she is the Haworth "Mrs" names.
    assert.deepEqual(found.slice(0, 2), [['Malcolm Haworth', ['Malcolm Haworth']], ['Brenda Haworth', ['Brenda', 'Brenda', 'Mrs Haworth']]]);
    // Not a word for a relative ("his crew"): no surname given.
    assert.equal(found.some(([name]) => name === 'Amy Reid'), false);
  });

  it('takes a name written with an initial before the given name used and the name without it for one person, not someone of another given name', () => {
    // Names made up for this test, in the shape of South Indian copy.
    const text = 'His son, G. Ravi Teja, a bank employee, said he learnt of it late.\n\n"He is a clever man," Ravi Teja said.\n\nHis cousin Anil Teja did not comment.';
    const found = new Map(people(text).map((person) => [person.name, person.mentions.map((mention) => mention.text)]));
    assert.deepEqual(found.get('G. Ravi Teja'), ['G. Ravi Teja', 'Ravi Teja']);
    assert.deepEqual(found.get('Anil Teja'), ['Anil Teja']);
  });

  it('names the first of a couple named together with the surname they share, so "Mr" finds him', () => {
    // Names made up for this test.
    const text = 'Among the victims, Paul and Denise Vibert paid £18,500 for an extension. Mrs Vibert said the couple waited a year.\n\nOutside court, Mr Vibert said the sentence was "about what we expected".';
    const found = new Map(people(text).map((person) => [person.name, person.mentions.map((mention) => mention.text)]));
    assert.deepEqual(found.get('Paul Vibert'), ['Paul', 'Mr Vibert']);
    assert.deepEqual(found.get('Denise Vibert'), ['Denise Vibert', 'Mrs Vibert']);
    // Not the last word of a name, a word of someone else's name, nor one name of a list.
    assert.equal(names('Speaker Paul Ryan and Senate leader Mitch McConnell met. Later Ryan and Mitch McConnell spoke.').includes('Ryan McConnell'), false);
    assert.equal(names('Hillary Clinton campaigned. It will help Hillary and Tim Kaine.').includes('Hillary Kaine'), false);
    assert.equal(names('Stars like Brandy, Monica and Lauryn Hill sang.').includes('Monica Hill'), false);
    // A partner with a title before the name is someone else: "Jane and Mayor Mitch McConnell".
    assert.equal(names('The protesters met Jane and Mayor Mitch McConnell.').includes('Jane McConnell'), false);
  });

  it('gives "Mr." and "Mrs." with a shared surname to the relative of that gender, not to the one named last', () => {
    // "Bill" is also a word, so compromise gives the name no gender; "Mr. Harlan" names him first, and
    // "Mrs. Harlan" is then Helen though Bill was named last.
    const couple = people('Helen Harlan said the clinic would open in May. Her husband, former Mayor Bill Harlan, was there. Mrs. Harlan said the town had waited long enough. Mr. Harlan said little. Mrs. Harlan thanked the nurses.');
    const byName = new Map(couple.map((person) => [person.name, person.mentions.map((mention) => mention.text)]));
    assert.deepEqual(byName.get('Helen Harlan'), ['Helen Harlan', 'Mrs. Harlan', 'Mrs. Harlan']);
    assert.deepEqual(byName.get('Bill Harlan'), ['former Mayor Bill Harlan', 'Mr. Harlan']);
    // A man's name compromise lists, named last, does not take "Mrs."; a woman's does not take "Mr.".
    const mother = people('Ruth Okafor, 71, spoke first. Her son, Daniel Okafor, followed. Mrs. Okafor said she was proud. Mr. Okafor said nothing.');
    const okafors = new Map(mother.map((person) => [person.name, person.mentions.map((mention) => mention.text)]));
    assert.deepEqual(okafors.get('Ruth Okafor'), ['Ruth Okafor', 'Mrs. Okafor']);
    assert.deepEqual(okafors.get('Daniel Okafor'), ['Daniel Okafor', 'Mr. Okafor']);
  });

  it('takes a name after titles that stack, the first kept as the title', () => {
    const officer = people('Detective Constable Sian Brereton, of Greater Manchester Police, said the attack was unprovoked. Police prosecutor Sergeant Lachlan Whelan told the court. Chairman Rep. Jason Chaffetz agreed.');
    assert.deepEqual(officer.map((person) => [person.name, person.title]), [['Sian Brereton', 'Detective'], ['Lachlan Whelan', 'Prosecutor'], ['Jason Chaffetz', 'Chairman']]);
    // A given name that is also a title's abbreviation, without its stop, stays the name.
    assert.deepEqual(names('Defence Minister Gen Nakatani said so.'), ['Gen Nakatani']);
    // UK papers shorten Councillor to "Coun" as well as "Cllr".
    assert.deepEqual(people('Councillor Hester Ackroyd spoke. Coun Ackroyd said the plan would wait.').map((person) => person.mentions.length), [2]);
    // New Zealand papers write "Cr".
    assert.deepEqual(people('Cr Hemi Tawhai spoke first. Cr Tawhai said the pool should stay open.').map((person) => [person.name, person.mentions.length]), [['Hemi Tawhai', 2]]);
    // Before one name word the second title is a given name, and the title alone before that surname is theirs too.
    const forresters = people('Councillor Dean Forrester was suspended on Thursday. Dean Forrester, who was elected last May, shared the comments. His wife, Carol Forrester, defended him.');
    assert.deepEqual(forresters.map((person) => [person.name, person.mentions.length]), [['Dean Forrester', 2], ['Carol Forrester', 1]]);
  });

  it('reads "Dean" before one surname as a given name where the article never writes "dean" as an office, and two surnames as a full name', () => {
    const brothers = people('Lewis Carter scored the opener. His older brother Dean Carter admitted he had not known how to celebrate. Their father, Mick Carter, watched.');
    assert.deepEqual(brothers.map((person) => [person.name, person.title]), [['Lewis Carter', null], ['Dean Carter', null], ['Mick Carter', null]]);
    // Each alone later is that person's given name.
    const given = analyzeArticle('Lewis Carter scored first. His brother Dean Carter admitted he had not known how to celebrate.\n\nDean laughed. Lewis was less keen to talk.').people;
    assert.deepEqual(given.map((person) => [person.name, person.mentions.map((mention) => mention.text)]), [['Lewis Carter', ['Lewis Carter', 'Lewis']], ['Dean Carter', ['Dean Carter', 'Dean']]]);
    // With the office in the story, the title stays one.
    assert.deepEqual(people('Dean Farrow of the law school spoke. The dean said the school would grow.').map((person) => [person.name, person.title]), [['Farrow', 'Dean']]);
  });

  it('takes no run of three words or more holding a verb after a title for a name: a headline in title case', () => {
    assert.deepEqual(names('A Federal Judge Just Took Apart Georgia’s Voter Purge\n\nJudge Carmen Alvarado blocked the purge on Thursday, a month before the state votes in a special election.'), ['Carmen Alvarado']);
    assert.deepEqual(names('GOP Rep. Saul Mercado Announces Bill Revoking Clearances\n\nRep. Saul Mercado said on Tuesday that the bill would pass the House before the summer recess.'), ['Saul Mercado']);
  });

  it('reads a hyphenated surname in capitals as part of the name', () => {
    assert.deepEqual(names('The plant will close.\n\nMARISOL UNDERWOOD-ACHEBE finished second in the race.'), ['Marisol Underwood-Achebe']);
  });

  it('links the family name of Taiwanese and Hong Kong names, put first or after an English given name, to the person', () => {
    const taiwan = people('Legislator Tseng Hsiu-lan said the bill would pass. Tseng added that talks would go on.');
    assert.deepEqual(taiwan.map((person) => [person.name, person.mentions.length]), [['Tseng Hsiu-lan', 2]]);
    const hongKong = people('Lawmaker Edmund Kwok Wing-sze said the fare rise was unfair. Kwok said he would vote against it.');
    assert.deepEqual(hongKong.map((person) => [person.name, person.mentions.length]), [['Edmund Kwok Wing-sze', 2]]);
  });

  it('does not take a fire service or a named wildfire, a railway, a house of parliament or an oblast for a person', () => {
    const text = 'Cal Fire said the Carr Fire had grown overnight. Central Railway cut services, the Lok Sabha adjourned and Kherson Oblast sent crews. Ann Berg, a firefighter, said crews were tired.';
    assert.deepEqual(names(text), ['Ann Berg']);
  });

  it('expands abbreviated ranks and titles', () => {
    const text = 'Sen. Maria Cantwell and Lt. Col. Alex Vindman met Gov. Gavin Newsom.';
    assert.deepEqual(names(text), ['Maria Cantwell', 'Alex Vindman', 'Gavin Newsom']);
  });

  it('keeps particles and diacritics in names', () => {
    const text = 'European Commission President Ursula von der Leyen met José Manuel Barroso, a former president.';
    assert.deepEqual(names(text), ['Ursula von der Leyen', 'José Manuel Barroso']);
  });

  it('does not take places, organisations, months or weekdays for people', () => {
    const text = 'Kyiv and Washington talked on Monday in October, Newsweek reported. Russia did not reply.';
    assert.deepEqual(names(text), []);
  });

  it('gives an affiliation from a nationality word and a possessive country', () => {
    const [colonna, antonov] = people('French Foreign Minister Catherine Colonna met Russia’s ambassador to France, Mr Alexei Meshkov.');
    assert.equal(colonna.affiliation, 'France');
    assert.equal(antonov.affiliation, 'Russia');
    assert.equal(antonov.title, 'Ambassador to France');
  });

  it('a person the article gives no office is a person, not an official', () => {
    const [person] = people('"It was loud," said Maria Gonzalez, who lives nearby.');
    assert.equal(person.name, 'Maria Gonzalez');
    assert.equal(person.official, false);
  });

  it('recognises user-added titles', () => {
    const text = 'Mufti Ahmed Kabir spoke.';
    assert.deepEqual(analyzeArticle(text, { extraTitles: ['Mufti'] }).people.map((p) => p.title), ['Mufti']);
  });
});

describe('offices of legislatures and national security', () => {
  it('gives leaders, whips, the intelligence director and the security adviser their office', () => {
    const text = 'Senate Majority Leader Ann Cole, House Minority Leader Ben Ruiz, Minority Whip Dana Park, Director of National Intelligence Eli Stone and National Security Adviser Fay Lund met on Monday.';
    assert.deepEqual(people(text).map((p) => [p.name, p.title]), [
      ['Ann Cole', 'Senate Majority Leader'],
      ['Ben Ruiz', 'House Minority Leader'],
      ['Dana Park', 'Minority Whip'],
      ['Eli Stone', 'Director of National Intelligence'],
      ['Fay Lund', 'National Security Adviser'],
    ]);
  });

  it('keeps "former" with an office when a country or body stands between them', () => {
    const text = 'Former FBI Director Ann Cole, former U.S. Ambassador to Russia Ben Ruiz and former Florida Gov. Dana Park spoke. FBI Director Eli Stone did not.';
    assert.deepEqual(people(text).map((p) => [p.name, p.title]), [
      ['Ann Cole', 'Former Director'],
      ['Ben Ruiz', 'Former Ambassador to Russia'],
      ['Dana Park', 'Former Gov'],
      ['Eli Stone', 'Director'],
    ]);
  });

  it('gives an office named before a second name to that person, not to the one described', () => {
    const text = '"We will win," said Jane Doe, a former aide to Senate Majority Leader Ann Cole. "It is early," said Tom Roe, an adviser to President Ben Ruiz.';
    assert.deepEqual(people(text).map((p) => [p.name, p.title]), [
      ['Jane Doe', null],
      ['Ann Cole', 'Senate Majority Leader'],
      ['Tom Roe', null],
      ['Ben Ruiz', 'President'],
    ]);
  });
});

describe('words that are no one', () => {
  it('takes a plural word for people opening a sentence for no one, and keeps surnames in -s', () => {
    assert.deepEqual(names('Prosecutors said Ann Vale had taken the money. Officials said the harbour would reopen.'), ['Ann Vale']);
    assert.deepEqual(names('"We are ready," Sands said. Ann Sands leads the crew.'), ['Ann Sands']);
  });

  it('takes a name after the word for a body, or after an acronym, for the body', () => {
    assert.deepEqual(names('The state news agency RIA Novosti said the talks were useful. The broadcaster Harbour Vision agreed, said Ann Vale.'), ['Ann Vale']);
  });

  it('ends a name in a headline at a contraction or a pronoun', () => {
    assert.deepEqual(names("Ann Vale Won't Resign Over Ferry Deal\n\nAnn Vale said she would stay."), ['Ann Vale']);
    assert.deepEqual(names('A Warning For Hillary She Will Not Like\n\nHillary Clinton spoke on Monday.'), ['Hillary Clinton']);
  });
});

describe('affiliation', () => {
  it('comes from a country possessive before the title, or from a title only one country has', () => {
    const [lavrov, blinken] = analyzeArticle('Russia’s Foreign Minister Sergei Lavrov met Secretary of State Antony Blinken.').people;
    assert.equal(lavrov.affiliation, 'Russia');
    assert.equal(blinken.affiliation, 'United States');
  });
});

describe('family names written first', () => {
  const mentionsOf = (text: string) => analyzeArticle(text).people.map((p) => [p.name, p.mentions.map((m) => m.text)]);

  it('links "Xi", "Moon" and "Kim" to the Chinese and Korean names they open', () => {
    const text = 'Premier Wen Jiabao met Ban Ki-moon and Kim Dae Jung. Wen praised Ban; Kim left early.';
    assert.deepEqual(mentionsOf(text), [
      ['Wen Jiabao', ['Premier Wen Jiabao', 'Wen']],
      ['Ban Ki-moon', ['Ban Ki-moon', 'Ban']],
      ['Kim Dae Jung', ['Kim Dae Jung', 'Kim']],
    ]);
  });

  it('labels such a person by the family name even when the article never uses it alone', () => {
    const [wen] = analyzeArticle('"We will stay the course," said Premier Wen Jiabao.').people;
    assert.equal(shortName(wen), 'Wen');
  });

  it('takes such a name as a person with no other evidence, without the description before it', () => {
    assert.deepEqual(analyzeArticle('Pro-Beijing Tam Yiu-chung met Zhao Leji in Hong Kong.').people.map((p) => p.name), ['Tam Yiu-chung', 'Zhao Leji']);
  });

  it('keeps the last word as the surname of a Western name that starts with the same word', () => {
    assert.deepEqual(mentionsOf('Lee Anderson, a British MP, spoke. Anderson was brief.'), [['Lee Anderson', ['Lee Anderson', 'Anderson']]]);
  });
});

describe('nationalities of two words', () => {
  it('before a title, before a role, and as a possessive', () => {
    const people = analyzeArticle('South Korean President Yoon Suk-yeol met North Korean envoy Ri Son-gwon and New Zealand’s Prime Minister Chris Hipkins.').people;
    assert.deepEqual(people.map((p) => p.affiliation), ['South Korea', 'North Korea', 'New Zealand']);
  });
});

describe('affiliation of well-known office holders', () => {
  const person = (text: string) => analyzeArticle(text).people[0];

  it('comes from the reference list when the article does not state it, and says so', () => {
    const putin = person('The talks depended on President Vladimir Putin. President Putin did not reply.');
    assert.equal(putin.affiliation, 'Russia');
    assert.equal(putin.affiliationSource, 'reference');
    assert.equal(person('A letter reached Robert F. Kennedy, the attorney general.').affiliation, 'United States');
  });

  it('never overrides what the article says', () => {
    const johnson = person('British Prime Minister Boris Johnson spoke.');
    assert.equal(johnson.affiliation, 'United Kingdom');
    assert.equal(johnson.affiliationSource, 'article');
  });

  it('needs a matching office for a surname alone, and matching given names for a full name', () => {
    assert.equal(person('Senator Putin spoke.').affiliation, null);
    assert.equal(person('President Putin spoke.').affiliation, 'Russia');
    assert.equal(person('Recep Ali Erdogan, a plumber, spoke.').affiliation, null);
    assert.equal(person('Recep Tayyip Erdoğan spoke.').affiliation, 'Turkey');
    assert.equal(person('Marek Putin, a plumber, spoke.').affiliationSource, null);
  });
});

describe('affiliation through a spokesperson', () => {
  it('an official whose words a national spokesman relays shares his affiliation', () => {
    const { people } = analyzeArticle('Defense Secretary Lloyd Austin "stressed the need for talks," said a US spokesman, Brigadier General Pat Ryder.');
    const austin = people.find((p) => p.name === 'Lloyd Austin');
    assert.equal(austin?.affiliation, 'United States');
    assert.equal(austin?.affiliationSource, 'article', 'the article places him, through his spokesman, before any reference list does');
  });
});

describe('given names', () => {
  it('a given name alone is the one person of that full name, or a person of its own when repeated', () => {
    const text = 'Scientologist Daniel Montalvo was arrested. Daniel was released later. The couple lost Gloria. Gloria was nine months old, and Gloria had eczema.';
    const people = analyzeArticle(text).people;
    assert.deepEqual(people.map((p) => [p.name, p.mentions.map((m) => m.text)]), [
      ['Daniel Montalvo', ['Daniel Montalvo', 'Daniel']],
      ['Gloria', ['Gloria', 'Gloria', 'Gloria']],
    ]);
  });
});

describe('names with little evidence', () => {
  const names = (text: string) => analyzeArticle(text).people.map((p) => p.name);

  it('a name listed with people is a person', () => {
    assert.deepEqual(names('Belgium started with Romelu Lukaku, Yannick Carrasco and Axel Witsel in midfield.'), ['Romelu Lukaku', 'Yannick Carrasco', 'Axel Witsel']);
  });

  it('a romanised given name with a hyphenated syllable', () => {
    assert.deepEqual(names('Veteran politician Lee Cheuk-yan was defeated.'), ['Lee Cheuk-yan']);
  });

  it('a surname that is also a small word, after a given name', () => {
    assert.deepEqual(names('The seat went to James To of the Democratic Party.'), ['James To']);
  });

  it('a capitalised verb inside a list of names is a name', () => {
    assert.deepEqual(names('The squad named Kevin De Bruyne, Marco Reus, and Dries Mertens on Friday.'), ['Kevin De Bruyne', 'Marco Reus', 'Dries Mertens']);
  });

  it('a role given beside a name outweighs a word that is also a place, and the surname follows', () => {
    const [person, ...others] = analyzeArticle('Ilka Lisbon, a Portuguese nurse, filed the complaint. Lisbon said she was never paid.').people;
    assert.equal(others.length, 0);
    assert.equal(person.name, 'Ilka Lisbon');
    assert.equal(person.role, 'nurse');
    assert.equal(person.affiliation, 'Portugal');
    assert.deepEqual(person.mentions.map((m) => m.text), ['Ilka Lisbon', 'Lisbon']);
  });

  it('an office after a comma with no article, and initials run together', () => {
    const [person] = analyzeArticle('The gift was praised by J.D. Okafor, chief executive of the fund.').people;
    assert.equal(person.name, 'J.D. Okafor');
    assert.equal(person.title, 'Chief Executive');
  });

  it('a plural after a comma starts a new clause, not an office', () => {
    assert.deepEqual(names('They tested Gravity Runner, players said, for an hour.'), []);
  });

  it('a list of places stays a list of places', () => {
    assert.deepEqual(names('Teams came from New Zealand, South Korea and Costa Rica.'), []);
  });
});

describe('places, bodies, teams and works are not people', () => {
  const names = (text: string) => analyzeArticle(text).people.map((p) => p.name);

  it('a region named again and again, a county, a golf course', () => {
    assert.deepEqual(names('Ferries to Prince Edward Island stopped. Prince Edward Island said on Monday it would wait. Hamilton County said nothing.'), []);
    assert.deepEqual(names('The storm hit Nova Scotia. Nova Scotia said the roads were shut.'), []);
    assert.deepEqual(names('She won at Pine Hollow in June.'), []);
  });

  it('a state after "North" does not become a person, nor its second word', () => {
    assert.deepEqual(names('Voters in North Carolina lined up. North Carolina counted late, and Carolina officials were tired.'), []);
  });

  it('a team, whole or with its city cut off', () => {
    assert.deepEqual(names('The Tampa Bay Lightning beat the Vegas Golden Knights, and the San Jose Sharks lost.'), []);
  });

  it('a company with a rank word in it, and one that ends in Corp', () => {
    assert.deepEqual(names('General Motors cut jobs. The Overseas Private Investment Corp lent the money.'), []);
  });

  it('an office written like a name, and a work named after a royal', () => {
    assert.deepEqual(names('The Independent Police Review Director said the file was closed.'), []);
    assert.deepEqual(names('The film Mary Queen of Scots opened in London.'), []);
  });

  it('a programme named after someone is not that person', () => {
    assert.deepEqual(names('Prints came from the Andy Warhol Photographic Legacy Program last year.'), []);
  });

  it('a company listed with a person stays a company', () => {
    assert.deepEqual(names('She took loans from Goldman Sachs and Maria Ortiz.'), ['Maria Ortiz']);
  });

  it('ordinary words before "said" are a body, not a person', () => {
    assert.deepEqual(names('Global Affairs said the embassy was open.'), []);
  });

  it('streets, roads, schools by their grade, playgrounds and law firms named after people', () => {
    assert.deepEqual(names('Crews closed Sheridan Boulevard and the Bruce Hwy, near Evangeline Roudebush Elementary and the Rosa Delgado Playground. Keating Pruett LLP advised.'), []);
  });

  it('a place joined to a participle describes the name after it, and no name is left when nothing follows', () => {
    assert.deepEqual(names('Charlotte-based Whitacre & Lomax Industries Inc. bought it. The Texas-born Ann Lee said so.'), ['Ann Lee']);
  });

  it('a given name that stands where a place does: after "in", before "area", between "a" and "man"', () => {
    assert.deepEqual(names('A Logan man was refused bail. The shop opened in Charlotte in 1921 and is the largest in the Charlotte area.'), []);
    // The preposition is no place's with a possessive after it: "in Ann's footsteps".
    assert.deepEqual(names('Ann Lee spoke first. Her brother followed in Ann\'s footsteps.'), ['Ann Lee']);
  });

  it('while surnames that are place words stay people', () => {
    assert.deepEqual(names('Hugh Hill, a doctor, and Rebecca Woods spoke. Stephen King wrote back.'), ['Hugh Hill', 'Rebecca Woods', 'Stephen King']);
    // A body's word too ("Park"), after a noun for a person or before a speech verb; alone it names the park.
    assert.deepEqual(names('Stanwood Research analyst Ellen Park wrote in a note that the guidance was thin.'), ['Ellen Park']);
    assert.deepEqual(names('Ellen Park said the guidance was thin.'), ['Ellen Park']);
    assert.deepEqual(names('The rally filled Victoria Park on Sunday.'), []);
  });
});

describe('credits', () => {
  const credited = (text: string) => analyzeArticle(text).people.map((p) => [p.name, p.credit]);

  it('a photographer in a caption parenthesis, or after "Photo:", is a photo credit', () => {
    assert.deepEqual(credited('Crews cleared the road on Tuesday. (Marta Kowal/The Canadian Press)\n\nPhoto: Dale Nguyen. The bridge reopened.'), [
      ['Marta Kowal', 'photo'],
      ['Dale Nguyen', 'photo'],
    ]);
  });

  it('a byline line, a name line under the headline, and wire credits', () => {
    const text = 'Bridge reopens after storm\nOLIVIA GRANT\n\nCrews worked all night.\n\nBy Peter Salas and Nora Quint, Associated Press\n\nReporting by Simon Adeyemi; Editing by Helen Marsh';
    assert.deepEqual(credited(text), [
      ['Olivia Grant', 'byline'],
      ['Peter Salas', 'byline'],
      ['Nora Quint', 'byline'],
      ['Simon Adeyemi', 'byline'],
      ['Helen Marsh', 'contributor'],
    ]);
  });

  it('a contributor line names the writer, not the place or the agency', () => {
    assert.deepEqual(credited('The vote was close.\n\nAssociated Press writer Gavin Shore in Columbus, Ohio, contributed to this report.'), [['Gavin Shore', 'contributor']]);
  });

  it('someone the story is about keeps no credit when a caption also names them', () => {
    const people = analyzeArticle('Senator Ana Ruiz spoke in Reno. Image: Twitter / Ana Ruiz.').people;
    assert.deepEqual(people.map((p) => [p.name, p.credit, p.mentions.length]), [['Ana Ruiz', null, 2]]);
  });

  it('"contributed" in a story is not a credit', () => {
    assert.deepEqual(credited('The late Mayor Tom Menino, who contributed to the win, was praised.'), [['Tom Menino', null]]);
  });
});

describe('gender, with its evidence', () => {
  const person = (text: string, name: string) => analyzeArticle(text).people.find((p) => p.name === name)!;

  it('comes from an honorific, a gendered title, or a given name, in that order', () => {
    assert.deepEqual(person('Mrs Delia Okoro spoke.', 'Delia Okoro').genderEvidence, { kind: 'honorific', text: 'Mrs', count: 1 });
    assert.deepEqual(person('Crown Princess Victoria waved.', 'Victoria').genderEvidence, { kind: 'title', text: 'Crown Princess', count: 1 });
    const maria = person('Maria Feld, a nurse, spoke.', 'Maria Feld');
    assert.equal(maria.gender, 'female');
    assert.equal(maria.genderEvidence?.kind, 'givenName');
  });

  it('comes from a word for a relative, a man or a woman the article calls them, after an honorific or a title', () => {
    assert.deepEqual(person('Her husband, Marek Zorvath, sat beside her.', 'Marek Zorvath').genderEvidence, { kind: 'role', text: 'husband', count: 1 });
    assert.equal(person('Dana Zorvath, his sister, wept.', 'Dana Zorvath').gender, 'female');
  });

  it('pronouns resolved to a person through quotes count, and give a gender to an unknown name', () => {
    const jorunn = person('Okwudili Brandt, a farmer, spoke. "The rain came late," he said. "We lost half," he added.', 'Okwudili Brandt');
    assert.equal(jorunn.gender, 'male');
    assert.deepEqual(jorunn.genderEvidence, { kind: 'pronoun', text: 'he', count: 2 });
  });

  it('comes from a "he" or "she" opening the sentence after one that names that person alone', () => {
    const okwudili = person('Okwudili Brandt, a farmer, lives near the river. He grows maize and sorghum.', 'Okwudili Brandt');
    assert.equal(okwudili.gender, 'male');
    assert.deepEqual(okwudili.genderEvidence, { kind: 'pronoun', text: 'he', count: 1 });
    // A curly apostrophe is no quotation mark.
    assert.equal(person('Okwudili Brandt, a farmer, doesn’t sell seed. He grows maize.', 'Okwudili Brandt').gender, 'male');
    // Not when the sentence names someone else too, holds another word of the pronoun's gender, or the pronoun opens a quotation.
    assert.equal(person('Okwudili Brandt, a farmer, met Ifeoma Sesay, a trader. She grows maize.', 'Okwudili Brandt').gender, null);
    assert.equal(person('Okwudili Brandt, a farmer, works with his brother. He grows maize.', 'Okwudili Brandt').gender, null);
    assert.equal(person('Okwudili Brandt, a farmer, lives near the river. "She grows maize," he said of his sister.', 'Okwudili Brandt').genderEvidence?.text, 'he');
    // Pairs that disagree give nothing.
    assert.equal(person('Okwudili Brandt, a farmer, lives here. He grows maize.\n\nOkwudili Brandt sells seed. She buys seed.', 'Okwudili Brandt').gender, null);
  });

  it('comes from a "he" or "she" opening the main clause after a clause that names that person alone ("When X retired, she …")', () => {
    const retired = person('When Ifeoma Sesay retired after 38 years of teaching, she planned to rest.', 'Ifeoma Sesay');
    assert.equal(retired.gender, 'female');
    assert.deepEqual(retired.genderEvidence, { kind: 'pronoun', text: 'she', count: 1 });
    // Not when the clause names someone else too or holds another word of the pronoun's gender, nor without the clause.
    assert.equal(person('When Ifeoma Sesay retired, Okwudili Brandt took the class, and she planned to rest.', 'Ifeoma Sesay').gender, null);
    // Nor when the one named is not the clause's subject.
    assert.equal(person('When the school thanked Ifeoma Sesay for 38 years of teaching, she planned to rest.', 'Ifeoma Sesay').gender, null);
    assert.equal(person('When Ifeoma Sesay visited her sister, she planned to rest.', 'Ifeoma Sesay').gender, null);
    assert.equal(person('Ifeoma Sesay retired in May, and she planned to rest.', 'Ifeoma Sesay').gender, null);
  });

  it('is not read off a surname two people of the article share', () => {
    const text = 'Okwudili Brandt, a farmer, lives near the river. Ifeoma Brandt, a trader, runs the stall.\n\nBrandt opened early. She sold out by noon.';
    // "Brandt" may be either of them, so neither gets the pronoun's gender from it.
    assert.equal(person(text, 'Okwudili Brandt').gender, null);
    assert.equal(person(text, 'Ifeoma Brandt').gender, null);
  });

  it('gives nothing without evidence', () => {
    const person0 = analyzeArticle('Okwudili Brandt, a farmer, spoke.').people[0];
    assert.equal(person0.gender, null);
    assert.equal(person0.genderEvidence, null);
  });
});

describe('where a title comes from', () => {
  it('is the article, or inferred for a counterpart', () => {
    const [wallace, shoigu] = analyzeArticle('Defence Secretary Ben Wallace met his Russian counterpart Sergei Shoigu.').people;
    assert.equal(wallace.titleSource, 'article');
    assert.equal(shoigu.title, 'Defence Minister');
    assert.equal(shoigu.titleSource, 'inferred');
  });
});

describe('offices with a country or a body before them', () => {
  const facts = (text: string) => analyzeArticle(text).people.map((p) => [p.name, p.title, p.affiliation, p.affiliationSource]);

  it('"U.S." before a title places the holder, from the article', () => {
    assert.deepEqual(facts('U.K. Prime Minister Dana Whitfield met staff.'), [['Dana Whitfield', 'Prime Minister', 'United Kingdom', 'article']]);
  });

  it('an ambassador set off before the name belongs to the country before the office, not the one after', () => {
    assert.deepEqual(facts('They met the U.S. ambassador to Chile, Owen Marsh, on Friday.'), [['Owen Marsh', 'Ambassador to Chile', 'United States', 'article']]);
  });

  it('a lower-case office of several words becomes the title', () => {
    assert.deepEqual(facts('EU trade policy chief Lene Aalto met U.S. homeland security adviser Ravi Patel.'), [
      ['Lene Aalto', 'Trade Policy Chief', 'European Union', 'article'],
      ['Ravi Patel', 'Homeland Security Adviser', 'United States', 'article'],
    ]);
  });

  it('a seat of government stands for its country', () => {
    assert.deepEqual(facts('Kremlin chief of staff Ivan Belov spoke.'), [['Ivan Belov', 'Chief of Staff', 'Russia', 'article']]);
  });

  // Sentences written for this test, in the shapes of the wire copy.
  it('an office after the name, with a country in initials, with or without "the"', () => {
    assert.deepEqual(facts('Owen Marsh, the U.S. ambassador to Chile, said the talks went well.'), [['Owen Marsh', 'Ambassador to Chile', 'United States', 'article']]);
    assert.deepEqual(facts('Owen Marsh, U.S. ambassador to Chile, said the talks went well.'), [['Owen Marsh', 'Ambassador to Chile', 'United States', 'article']]);
    assert.deepEqual(facts('Dana Whitfield, the former U.K. foreign secretary, said the talks went well.'), [['Dana Whitfield', 'Foreign Secretary', 'United Kingdom', 'article']]);
  });

  it('an ambassador\'s posting before the name is part of the title, after "U.S." too', () => {
    assert.deepEqual(facts('U.S. Ambassador to Chile Owen Marsh said the talks went well.'), [['Owen Marsh', 'Ambassador to Chile', 'United States', 'article']]);
    assert.deepEqual(facts('Chilean Ambassador to the U.S. Lena Ortiz said the talks went well.'), [['Lena Ortiz', 'Ambassador to the U.S.', 'Chile', 'article']]);
  });

  it('capitalised words of the office between an abbreviated country and the title are part of the title', () => {
    assert.deepEqual(facts('U.S. Trade Representative Owen Marsh said the talks went well.'), [['Owen Marsh', 'Trade Representative', 'United States', 'article']]);
    assert.deepEqual(facts('EU Commission President Lena Ortiz said the talks went well.'), [['Lena Ortiz', 'Commission President', 'European Union', 'article']]);
    // After a nationality adjective such words are more often a body's name.
    assert.deepEqual(facts('American Harbour President Owen Marsh said the talks went well.'), [['Owen Marsh', 'President', null, null]]);
  });

  it('lower-case words of the office after a country are part of the title, before the name and after it', () => {
    assert.deepEqual(facts('U.S. trade representative Owen Marsh said the talks went well.'), [['Owen Marsh', 'Trade Representative', 'United States', 'article']]);
    assert.deepEqual(facts('Lene Aalto, the EU\'s trade policy chief, said the talks went well.'), [['Lene Aalto', 'Trade Policy Chief', 'European Union', 'article']]);
    assert.deepEqual(facts('Owen Marsh, the U.S. trade representative, said the talks went well.'), [['Owen Marsh', 'Trade Representative', 'United States', 'article']]);
    assert.deepEqual(facts('Ivan Belov, Russia\'s top diplomat, said the talks went well.'), [['Ivan Belov', 'Top Diplomat', 'Russia', 'article']]);
    // Without a country before them the words stay out of the title.
    assert.deepEqual(facts('Lena Ortiz, a party spokeswoman, said the talks went well.'), [['Lena Ortiz', 'Spokeswoman', null, null]]);
  });

  it('an office after the name keeps the hyphen of its title, and a seat of government of two words places it', () => {
    assert.deepEqual(facts('Lena Ortiz, the alliance\'s secretary-general, said the talks went well.'), [['Lena Ortiz', 'Secretary-General', null, null]]);
    assert.deepEqual(facts('Owen Marsh, the White House press secretary, said the talks went well.'), [['Owen Marsh', 'Press Secretary', 'United States', 'article']]);
  });

  it('an office after the name ends before a relative clause, and a country word inside a name places nobody', () => {
    assert.deepEqual(facts('They honoured Owen Marsh, the U.S. ambassador to Chile who retired in May.'), [['Owen Marsh', 'Ambassador to Chile', 'United States', 'article']]);
    assert.deepEqual(facts('Lena Ortiz, a retired Belgian general who studies defence, spoke first.'), [['Lena Ortiz', 'General', 'Belgium', 'article']]);
    assert.deepEqual(facts('Ravi Patel, a professor of history at American University, spoke first.'), [['Ravi Patel', null, null, null]]);
  });
});

describe('names found with less evidence', () => {
  const names = (text: string) => analyzeArticle(text).people.map((p) => p.name);

  it('a Western given name before a Chinese family name', () => {
    assert.deepEqual(names('The seat went to Marvis Lam of the new party.'), ['Marvis Lam']);
    assert.deepEqual(names('Voters backed the Muslim Ban repeal.'), []);
  });

  it('a well-known person named once, with no title', () => {
    assert.deepEqual(names('The deal was praised by Hosni Mubarak in a letter.'), ['Hosni Mubarak']);
  });

  it('the last of a list of names, though its surname is an English word', () => {
    assert.deepEqual(names('Prints by Ansel Adams, Diane Arbus, and Ulrike Baker hung there.'), ['Ansel Adams', 'Diane Arbus', 'Ulrike Baker']);
  });

  it('a contraction before a speech verb is not a name, an Irish surname is', () => {
    assert.deepEqual(names('"It was quiet," I\'m told by a guard.'), []);
    assert.deepEqual(names('"It held," said O\'Dowd.'), ["O'Dowd"]);
  });

  it('a title before two names stays with the first', () => {
    const people = analyzeArticle('Premier Doug Rafferty and Anne Marie Rafferty arrived in Lyon.').people;
    assert.deepEqual(people.map((p) => [p.name, p.title]), [['Doug Rafferty', 'Premier'], ['Anne Marie Rafferty', null]]);
  });
});

describe('a surname before a hyphenated suffix', () => {
  it('is a mention of the person: "a Rothko-like glow"', () => {
    const [person] = analyzeArticle('Painter Mark Rothko died in 1970. Critics saw a Rothko-like glow in her work.').people;
    assert.deepEqual(person.mentions.map((m) => m.text), ['Mark Rothko', 'Rothko']);
  });
});

describe('names in capitals', () => {
  it('a given name and a surname in capitals name a person, spelled as the article spells them elsewhere', () => {
    const people = analyzeArticle('LEADERBOARD\n\nCOREY MACPHAIL finished two shots back. MacPhail said he was pleased.').people;
    assert.deepEqual(people.map((p) => [p.name, p.mentions.map((m) => m.text)]), [['Corey MacPhail', ['COREY MACPHAIL', 'MacPhail']]]);
  });

  it('a dateline, a place or a headline verb in capitals is not a name', () => {
    assert.deepEqual(analyzeArticle('NEW YORK (AP) — Rain fell. MARIA WINS AGAIN was the banner.').people.map((p) => p.name), []);
  });
});

describe('names in title-case headlines', () => {
  it('ends a name at the capitalised verb of a headline', () => {
    const text = 'Nora Lindqvist Calls Bridge Plan "Reckless"\n\nThe engineer spoke at the council meeting on Monday.';
    assert.deepEqual(names(text), ['Nora Lindqvist']);
    assert.equal(analyzeArticle(text).quotes[0]?.source?.name, 'Nora Lindqvist');
  });

  it('does not take a headline verb after a title for a name', () => {
    assert.deepEqual(names('Former Colonel Reveals Budget Cuts To Training\n\nThe officer spoke on Monday.'), []);
  });

  it('keeps a surname that only looks like a verb', () => {
    const text = 'Olivia Burns Joins Board\n\nOlivia Burns was named on Friday.';
    assert.ok(names(text).includes('Olivia Burns'));
  });
});

describe('a given name that is also a month', () => {
  it('is a name before a surname framed by a comma or a speech verb, and a date after a preposition or a number', () => {
    const names = (text: string) => analyzeArticle(text).people.map((person) => person.name);
    assert.deepEqual(names('The vote came late. "We lost the room," said April Donnelly, a council aide.'), ['April Donnelly']);
    assert.deepEqual(names('The vote came late. "It was clean," Sen. Jan Brewster said.'), ['Jan Brewster']);
    assert.deepEqual(names('By April Trump had won the state. On June 5, Smith said so.'), ['Smith']);
  });
});

describe('names on local copy', () => {
  const names = (text: string) => analyzeArticle(text).people.map((p) => p.name);

  it('takes a name with an age after it for a person, whatever compromise reads its words as', () => {
    // compromise lists "Leroy" as a surname and "Jordan" as a country.
    assert.deepEqual(names('Across the street, Leroy Dunlevy, 79, decided not to wait. Jordan Callaghan, 27, was jailed on Friday.'), ['Leroy Dunlevy', 'Jordan Callaghan']);
    // A count is no age: "30,290" has a comma straight after its first digits.
    assert.deepEqual(names('According to the Vigo County Voter Registration Office, 30,290 are Democrats.'), []);
  });

  it('takes a given name alone with an age for a person, once is enough', () => {
    assert.deepEqual(names('The couple stayed at a hotel with their sons, Darius, 15, and Mateo, 12.'), ['Darius', 'Mateo']);
    assert.deepEqual(names('Gareth Penhaligon, 44, and his son Osian, 12, were paddling. Osian was very cold.'), ['Gareth Penhaligon', 'Osian']);
  });

  it('keeps a nickname in marks inside the name, and the surname after it', () => {
    const [spence] = analyzeArticle('A searcher, Ernest "Ernie" Spence, saw the light. "I thought I was imagining it," Spence said.').people;
    assert.equal(spence.name, 'Ernest "Ernie" Spence');
    assert.deepEqual(spence.mentions.map((mention) => mention.text), ['Ernest "Ernie" Spence', 'Spence']);
  });

  it('finds a person named with a nickname by the nickname too, alone or with the surname', () => {
    const [owner, ...others] = analyzeArticle('Gus Papadakis stands behind the counter. Konstantinos "Gus" Papadakis, 74, opened the diner in 1978. "It is time," Gus said.').people;
    assert.equal(others.length, 0);
    assert.equal(owner.name, 'Konstantinos "Gus" Papadakis');
    assert.deepEqual(owner.mentions.map((mention) => mention.text), ['Gus Papadakis', 'Konstantinos "Gus" Papadakis', 'Gus']);
    // After a title or an honorific too.
    const [priest, ...rest] = analyzeArticle('Father Gustavo "Toto" Giménez, 58, runs the parish. "We need mattresses," Padre Toto said.').people;
    assert.equal(rest.length, 0);
    assert.deepEqual(priest.mentions.map((mention) => mention.text), ['Father Gustavo "Toto" Giménez', 'Padre Toto']);
  });

  it('reads the Welsh "ap", a US council office and a job that shares a body\'s word', () => {
    assert.deepEqual(names('Duty controller Siôn ap Gwilym said the rescue was one of 11.'), ['Siôn ap Gwilym']);
    assert.deepEqual(analyzeArticle('Council Member Amara Lindqvist, who sponsored it, spoke.').people.map((p) => [p.name, p.title]), [['Amara Lindqvist', 'Council Member']]);
    assert.deepEqual(names('One regular, retired mail carrier Walt Brennan, said he eats there daily.'), ['Walt Brennan']);
  });

  it('reads the offices of US county and city government, and a double-barrelled surname ending in a word of bodies\' names', () => {
    const titled = (text: string) => analyzeArticle(text).people.map((p) => [p.name, p.title]);
    assert.deepEqual(titled('County Executive Tamsin Okereke-Boyd said the levy would pass.'), [['Tamsin Okereke-Boyd', 'County Executive']]);
    assert.deepEqual(titled('Police Chief Eduardo Salcido-Park said two officers were hurt.'), [['Eduardo Salcido-Park', 'Police Chief']]);
    assert.deepEqual(titled('The city\'s lawyer, City Attorney Wren Abernathy, declined to comment.'), [['Wren Abernathy', 'City Attorney']]);
    // Alone after a hyphen, the word is still the end of a body's name: a newspaper, a station.
    assert.deepEqual(names('He told the Spokesman-Review on Friday that the road was shut.'), []);
  });

  it('reads a titled name that opens a county\'s name as the county, wherever it stands alone', () => {
    const text = 'Prince George’s council cuts school budget\n\nThe Prince George’s County Council voted 6-5 on Thursday. Council Chair Rudolph Vance said the cut was painful.';
    assert.deepEqual(names(text), ['Rudolph Vance']);
    // A title-case headline names no place: its capitals run on.
    assert.deepEqual(names('Prince Harry’s Foundation Work Draws Praise\n\nPrince Harry spoke in London on Friday.'), ['Harry']);
  });

  it('takes the surname before a generational suffix, so that "Mr. Biden" is Joseph R. Biden Jr.', () => {
    const [biden, ...others] = analyzeArticle('Vice President Joseph R. Biden Jr. spoke on Monday. Mr. Biden said the plan would pass.').people;
    assert.equal(others.length, 0);
    assert.deepEqual(biden.mentions.map((mention) => mention.text), ['Vice President Joseph R. Biden Jr', 'Mr. Biden']);
  });

  it('keeps a father and a son apart by the suffix, links "Donald Jr." to the son, and finds "Joseph R. Biden Jr." in the list of office holders', () => {
    const family = analyzeArticle('Donald Trump spoke first. Donald Trump Jr. spoke later. Donald Jr. was cheered. Charles Elliott III was there.').people;
    assert.deepEqual(family.map((person) => [person.name, person.mentions.length]), [['Donald Trump', 1], ['Donald Trump Jr', 2], ['Charles Elliott III', 1]]);
    // Not King Charles III: "Charles … III" is no Charles III of the list.
    assert.equal(family[2].affiliation, null);
    // Named by given name and generation first, the son is still one person, and "Mr. Trump" after it is the father.
    const sonFirst = analyzeArticle('Donald Trump won the vote. His son Donald Jr. spoke. Mr. Trump thanked him. Later Donald Trump Jr. spoke again.').people;
    assert.deepEqual(sonFirst.map((person) => [person.name, person.mentions.map((mention) => mention.text)]), [['Donald Trump', ['Donald Trump', 'Mr. Trump']], ['Donald Trump Jr', ['Donald Jr', 'Donald Trump Jr']]]);
    const [biden] = analyzeArticle('Joseph R. Biden Jr. spoke on Monday.').people;
    assert.equal(biden.affiliation, 'United States');
  });

  it('takes a street named after someone, with its quarter after its type, and a diner for places', () => {
    assert.deepEqual(names('The boy was killed while crossing Martin Luther King Jr. Way South last week. Crews closed Pine Street NW.'), []);
    assert.deepEqual(names('Glen Ellyn Diner Since 1978 To Close This Month'), []);
  });
});


describe('styles written before a given name', () => {
  const names = (text: string) => analyzeArticle(text).people.map((person) => [person.name, person.mentions.length]);

  it('link one name after them to the person whose full name opens with it', () => {
    assert.deepEqual(names('Saudi Foreign Minister Prince Faisal bin Khalid met the envoys. Prince Faisal said the talks went well.'), [['Faisal bin Khalid', 2]]);
    assert.deepEqual(names('Prime Minister Keir Starmer met union leaders. Sir Keir said the talks went well.'), [['Keir Starmer', 2]]);
  });

  it('take a Malaysian style of two words, and the given name after it', () => {
    assert.deepEqual(names('The talks were chaired by Foreign Minister Datuk Seri Rosli Hamidon. Datuk Seri Rosli said the door was open.'), [['Rosli Hamidon', 2]]);
  });

  it('leave "Mr" with one name to a surname', () => {
    assert.deepEqual(names('Prime Minister Keir Starmer met union leaders. Mr Keir, a delegate, said little.').map(([name]) => name), ['Keir Starmer', 'Keir']);
  });
});
