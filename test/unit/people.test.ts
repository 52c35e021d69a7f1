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
