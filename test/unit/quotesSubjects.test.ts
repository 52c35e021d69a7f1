import assert from 'node:assert/strict';
import { analyzeArticle } from '../../src/analysis';

/** Who a quote's source is: the words that name it and the person they resolve to. Sentences written for these tests. */
function sourceOf(text: string, index = 0): { words: string; person: string | undefined } | null {
  const analysis = analyzeArticle(text);
  const source = analysis.quotes[index]?.source ?? null;
  if (!source) return null;
  return { words: text.slice(source.start, source.end), person: analysis.people.find((p) => p.id === source.personId)?.name };
}

describe('the subject of the clause a quote stands in', () => {
  it('a name among the premodifiers of the subject is not the subject', () => {
    const text = 'Mayor Ines Varga and Paolo Brandt clashed again. Varga aide Tomas Kerr said Tuesday that Brandt’s plan was "a fantasy".';
    assert.equal(sourceOf(text)?.person, 'Tomas Kerr');
  });

  it('a subject the people finder does not know, named by capitalised words, with a verb after it', () => {
    // A body's name, and a person's name in a sentence that opens with an introductory phrase.
    assert.equal(sourceOf('In a new survey, Halvorsen Research found that "most renters are worried".')?.words, 'Halvorsen Research');
    assert.equal(sourceOf('Vandersloot, a retired judge, said the verdict was "long overdue".')?.words, 'Vandersloot');
  });

  it('a place or a participle opening the sentence is not a subject', () => {
    const text = 'Coach Dana Whitlock arrived late. At a rally in Duluth, Minnesota, on Friday, Whitlock promised "a better season".';
    assert.equal(sourceOf(text)?.person, 'Dana Whitlock');
    const asked = 'Chief Omar Delacroix spoke. Asked about the fire, Delacroix said it was "under control".';
    assert.equal(sourceOf(asked)?.person, 'Omar Delacroix');
  });
});

describe('a description with "of" after its head', () => {
  it('keeps its object, even a word that can be a verb', () => {
    const text = 'Ambassador Lena Hurst met the press. The former secretary of state said the plan was "dead on arrival."';
    assert.equal(sourceOf(text)?.words, 'The former secretary of state');
    const after = '"We will keep the lights on," the head of the regional grid said on Monday.';
    assert.equal(sourceOf(after)?.words, 'the head of the regional grid');
  });
});

describe('a description after an inverted cue', () => {
  it('a name inside it, before a noun that can also be a verb, only modifies that noun', () => {
    const text = 'Mayor Ivo Brandt backed the plan. "Vote for the whole list," said the glossy Brandt campaign mailer.';
    assert.equal(sourceOf(text)?.words, 'the glossy Brandt campaign mailer');
    const named = 'Mayor Ivo Brandt backed the plan. "Vote for the whole list," said the mayor, Ivo Brandt.';
    assert.equal(sourceOf(named)?.person, 'Ivo Brandt');
  });
});

describe('a plural subject without a determiner', () => {
  it('a hyphenated modifier does not end the subject', () => {
    const text = 'Governor Ruth Abernathy spoke first. Hundreds of anti-toll drivers blocked the bridge on Sunday, shouting "not one more dollar."';
    assert.equal(sourceOf(text)?.words, 'Hundreds of anti-toll drivers');
    const bare = 'Governor Ruth Abernathy spoke first. Angry pro-union porters marched past the terminal, shouting "fair pay now."';
    assert.equal(sourceOf(bare)?.words, 'Angry pro-union porters');
  });
});

describe('the source a sentence names for all its quotes', () => {
  it('a long subordinate clause or participle phrase opening the sentence does not give the subject', () => {
    const text = 'Senator Rosa Quill and Governor Abel Dunn met twice. After Governor Abel Dunn attacked the proposal during a long televised debate on Friday night, Quill replied that it was "the only plan on the table".';
    assert.equal(sourceOf(text)?.person, 'Rosa Quill');
  });

  it('"according to X" names the source, before or after the quote, unless a person is named as saying it', () => {
    assert.equal(sourceOf('Mayor Lars Eklund spoke. According to the city auditor, Eklund approved "every single invoice".')?.words, 'the city auditor');
    assert.equal(sourceOf('The deal was "dead", according to the Valley Courier.')?.words, 'the Valley Courier');
    // Eklund said it; the paper passed it on.
    assert.equal(sourceOf('Mayor Lars Eklund said the deal was "dead", according to the Valley Courier.')?.person, 'Lars Eklund');
  });
});

describe('a later quote of a sentence whose speaker is found', () => {
  it('keeps that speaker over a clause after it that is not its own frame', () => {
    const text = 'Ministry spokesman Tomas Ferreira said the rival had "broken every promise" and warned it would "pay the price" if it continued what he called "provocations" at the reef, which Lisbon calls a shoal.';
    assert.deepEqual([0, 1, 2].map((index) => sourceOf(text, index)?.person), ['Tomas Ferreira', 'Tomas Ferreira', 'Tomas Ferreira']);
  });
});

describe('an attribution after the quote', () => {
  it('is no frame when the words before it open a clause of their own, but "as X put it" is', () => {
    const step = 'The two sides initialled the text on Wednesday, a step President Lena Varga called "a door opened after thirty years," even as Baku insisted it would not sign.';
    assert.equal(sourceOf(step)?.person, 'Lena Varga');
    const attack = 'Foreign Minister Ivo Marek on Monday rejected the paper as "an ultimatum, not a plan," hours after a drone attack on the port killed nine people.';
    assert.equal(sourceOf(attack)?.person, 'Ivo Marek');
    assert.equal(sourceOf('The market was "a casino," as Senator Ruth Okoye put it on Monday.')?.person, 'Ruth Okoye');
  });
});

describe('between a subject and its verb', () => {
  it('an apposition with commas of its own, before a verb that has a phrase of its own', () => {
    const text = 'An aide to Mayor Juno Pratt, who asked not to be named, said of the mayor, "She will not resign."';
    assert.equal(sourceOf(text)?.words, 'An aide to Mayor Juno Pratt');
  });

  it('words of time: "X last week said", "X on Thursday told"', () => {
    assert.equal(sourceOf('Treasurer Elif Sandoval (D-Ore.) last week said the fund was "nearly empty".')?.person, 'Elif Sandoval');
  });
});

describe('headlines and other short frames', () => {
  it('a headline in title case: the name before its capitalised verb, linked to the person the story names', () => {
    const text = 'Holm Calls Transit Plan ‘A Fantasy’\n\nCouncillor Vera Holm on Monday attacked the plan again.';
    assert.deepEqual(sourceOf(text), { words: 'Holm', person: 'Vera Holm' });
  });

  it('a description with no article after a headline\'s quote: "\'…\', supermarket boss warns"', () => {
    const headline = (line: string) => sourceOf(`${line}\n\nAround 1,100 workers at Bramwell Foods are to strike on Monday over pay.`)?.words;
    assert.equal(headline("Chilled food strike 'will empty shelves within days', supermarket boss warns"), 'supermarket boss');
    assert.equal(headline("'I heard the wall go and then I was under it', injured worker tells court"), 'injured worker');
  });

  it('a comma after a party label, and "went on:" before a colon', () => {
    assert.equal(sourceOf('Rep. Nils Aberg (D-Minn.), said the bill was "a good start".')?.person, 'Nils Aberg');
    assert.equal(sourceOf('Ida Marsh was tired. She went on: "We will not stop."')?.person, 'Ida Marsh');
  });

  it('a description with a relative clause of its own before the verb, in a headline or a sentence, not the clause\'s object', () => {
    const headline = 'Sports minister who took £14k of free football tickets says he did ‘nothing wrong’\n\nSports minister Jory Tamblyn took the tickets last year.';
    assert.deepEqual(sourceOf(headline), { words: 'Sports minister', person: 'Jory Tamblyn' });
    assert.equal(sourceOf('A harbour pilot who asked not to be named said the crossing was “a gamble”.')?.words, 'A harbour pilot');
    // The pronoun is the object of the clause: its own subject speaks.
    assert.equal(sourceOf('Courses are closing every month, a trend that the foundation predicts will continue “for years.”')?.words.endsWith('a trend'), false);
  });

  it('a picture note in brackets between the name and the verb, as tabloids print it', () => {
    assert.equal(sourceOf("Home Secretary Ffion Gallard (pictured leaving Downing Street on Monday) said the numbers were 'deeply frustrating'.")?.person, 'Ffion Gallard');
    assert.equal(sourceOf("Union leader Ffion Gallard (pictured with striking crews at the dock gates in June) told the rally it was 'a scandal'.")?.person, 'Ffion Gallard');
  });
});

describe('quotes with no attribution of their own', () => {
  it('a quote standing alone after a sentence whose subject is a person, even when someone else was quoted before', () => {
    const text = '"We will rebuild," said Mayor Otto Lind.\n\nCouncillor Greta Vos was less hopeful about the schedule. "It will take years, not months."';
    assert.equal(sourceOf(text, 1)?.person, 'Greta Vos');
  });

  it('a cue after a comma is a verb even after a word that can be a determiner', () => {
    const text = '"That would be a defeat" if the margin is smaller than that, said Pia Lund, an analyst.';
    assert.equal(sourceOf(text)?.person, 'Pia Lund');
  });
});

describe('where a speaker is from', () => {
  it('"X of the Y Club said": X speaks, not the club', () => {
    assert.equal(sourceOf('"It was the least bad outcome," Ms. Hana Brook of the Harbour Trust said.')?.person, 'Hana Brook');
  });
});

describe('a description and the name set off after it', () => {
  it('"the director of the agency, X, said": the name speaks', () => {
    const text = 'The director of the forestry agency, Mona Ekdahl, said the fires were "the worst in decades".';
    assert.equal(sourceOf(text)?.person, 'Mona Ekdahl');
  });
});

describe('what follows a woven quote', () => {
  it('a clause after the quote whose verb is no cue is not its frame', () => {
    const text = 'When Mayor Ulla Berg said she would "fight for every bus route," the audience rose and cheered.';
    assert.equal(sourceOf(text)?.person, 'Ulla Berg');
  });

  it('a hyphenated name after the quote is one name', () => {
    assert.equal(sourceOf('"We were never consulted," Garcia-Ferreira said on Monday.')?.words, 'Garcia-Ferreira');
  });
});

describe('a speaker and a speech verb right before the quote', () => {
  it('frame it, whatever subject opened the sentence', () => {
    const text = 'Mayor Lina Voss said the plan was dead, though as for the buses, Councillor Ari Holm said, "Nothing is final."';
    assert.equal(sourceOf(text)?.person, 'Ari Holm');
  });
});

describe('a name inside a description', () => {
  it('"said the senior Cruz adviser": the adviser speaks, and is not the person named', () => {
    const text = 'Senator Ada Cruz spoke first.\n\n"Voters are practical people," said the senior Cruz adviser.';
    const source = sourceOf(text);
    assert.equal(source?.words, 'the senior Cruz adviser');
    assert.equal(source?.person, undefined);
  });
});

describe('a description before its cue verb', () => {
  it('two descriptions joined by "and", after the quote', () => {
    const text = 'Senator Iris Vane spoke late. "The treaty is dead," the Oregon senator and presidential candidate said in a statement.';
    assert.equal(sourceOf(text)?.words, 'the Oregon senator and presidential candidate');
  });
});

describe('an apposition of several commas', () => {
  it('age, home town and a relative clause between the name and the verb', () => {
    const text = '"Both of them scare me," Peter Lund, 30, of Bergen, Norway, who was among those polled, said in an interview.';
    assert.equal(sourceOf(text)?.person, 'Peter Lund');
  });
});

describe('a clause whose only verb is an auxiliary-like word', () => {
  it('"X went further, endorsing …" is X’s', () => {
    const text = 'Senator Lena Marsh campaigned in Ohio. On Friday, Marsh went further, endorsing six candidates for "a clean break."';
    assert.equal(sourceOf(text)?.person, 'Lena Marsh');
  });

  it('a negated auxiliary in a subordinate clause is not the frame: the main clause’s subject speaks', () => {
    const text = 'Although the agency did not name the mayor, it criticised "reckless spending" at city hall.';
    assert.equal(sourceOf(text)?.words, 'it');
  });
});

describe('a clause of its own between the main cue and the quote', () => {
  it('"X said …, which she called "…"": the nearer pronoun with a cue verb frames the quote and stands for X', () => {
    const text = 'Councillor Marta Okafor said she backs the new zoning rules, which she called "long overdue for renters."';
    assert.deepEqual(sourceOf(text), { words: 'she', person: 'Marta Okafor' });
  });

  it('"She said … he had told MPs that …": a pronoun of the other gender with a cue verb nearer the quote is the other person', () => {
    const text = 'Dame Ruth Oyelowo chairs the committee. Its members questioned Mr Adam Pettit in January.\n\nShe said the committee would recall Mr Pettit, adding that he had told MPs in January that the firm was "turning a corner".';
    assert.deepEqual(sourceOf(text), { words: 'he', person: 'Adam Pettit' });
    // The same gender is the same speaker: "She said she had told …" stays hers.
    assert.equal(sourceOf(text.replace('that he had told', 'that she had told'))?.person, 'Ruth Oyelowo');
  });

  it('"X, who vowed "…"" after a main cue: the relative speaks for the person before its comma', () => {
    const text = 'Mayor Ivo Rask praised Bishop Tomas Lind, who has promised "a shelter in every parish."';
    assert.equal(sourceOf(text)?.person, 'Tomas Lind');
  });

  it('a pronoun that does not fit the main subject, or a relative with no person, leaves the main subject', () => {
    const text = 'Judge Helen Marsh wrote that the appeal echoed a slogan that said "no more delays."';
    assert.equal(sourceOf(text)?.person, 'Helen Marsh');
  });
});

describe('a noun phrase after a preposition', () => {
  it('is not the subject of the verb after it: the name before the phrase speaks', () => {
    const text = 'Governor Nadia Feld toured the port. Feld in her budget speech called the harbour tax "a relic of another age."';
    assert.equal(sourceOf(text)?.person, 'Nadia Feld');
    const relative = 'Critics pounced on Pastor Glen Aubry, who has in the past described the council as "a den of thieves."';
    assert.equal(sourceOf(relative)?.person, 'Glen Aubry');
  });

  it('a description standing alone before its verb still speaks', () => {
    assert.equal(sourceOf('"We will appeal," the union lawyer said after the hearing.')?.words, 'the union lawyer');
  });
});

describe('a subject whose head noun can be a verb', () => {
  it('"An early tweet quoted …", "the audit report said": the noun before a past-tense cue closes the subject', () => {
    assert.equal(sourceOf('By noon an early tweet quoted the minister as saying "the bridge will reopen."')?.words, 'an early tweet');
    assert.equal(sourceOf('"The books were never balanced," the county audit report said.')?.words, 'the county audit report');
  });
});

describe('a capitalised word the article keeps capitalised', () => {
  it('a surname never given with a first name, written inside sentences, is a name', () => {
    const text = 'Critics have turned on Okonjo. Supporters of Okonjo rallied on Friday.\n\nAt the hearing, Okonjo compared himself to a referee, saying, "I only call the fouls."';
    assert.equal(sourceOf(text)?.words, 'Okonjo');
  });
});

describe('a relative clause in an apposition', () => {
  it('"said X, a former chairman of Y’s council who …. "…"": the relative stands for X, so the next quote stays X’s', () => {
    // Doubled apostrophes as quotation marks, as some agencies' archives print them.
    const text = "''We knew the numbers,'' said Dora Quist, a former chairman of Mayor Leon Hart's budget council who has advised Governor Ruth Ames. ''Nobody wanted to hear them.''";
    const analysis = analyzeArticle(text);
    const names = analysis.quotes.map((q) => analysis.people.find((p) => p.id === q.speakerId)?.name);
    assert.deepEqual(names, ['Dora Quist', 'Dora Quist']);
  });
});

describe('a capitalised word after a preposition', () => {
  it('is not a body speaking: "Y rated 30% of Republican claims as "…""', () => {
    const text = 'The fact-checkers were busy. TruthMeter rated 30% of Republican claims as "false" last year.';
    assert.equal(sourceOf(text)?.words, 'TruthMeter');
  });
});

describe('a pronoun clause nearer the quote than a named subject', () => {
  it('"X endorsed the plan, although she made clear she had "…"": the pronoun frames the quote and stands for X', () => {
    const text = 'Governor Ilse Marek endorsed the harbour plan, although she made clear she had "grave doubts" about its cost.';
    assert.deepEqual(sourceOf(text), { words: 'she', person: 'Ilse Marek' });
  });

  it('is someone else\'s when the pronoun cannot be the subject\'s: "X has insisted on …, while Y has pushed for what he calls "…""', () => {
    // Y's given name says no sex; X is a woman, so "he" is Y.
    const text = 'Greek Cypriot leader Eleni Markidou-Shaw has insisted on a federation, while Turkish Cypriot leader Tuvan Oztoprak has pushed for what he calls "sovereign equality" between two states.';
    assert.deepEqual(sourceOf(text), { words: 'he', person: 'Tuvan Oztoprak' });
  });
});

describe('a verb compromise does not know', () => {
  it('"X admires Y as a "…"": an unknown third-person form after the subject, before its object, is the verb', () => {
    const text = 'Senator Hal Brenner toured the plant. Brenner openly admires the governor as a "tough negotiator."';
    assert.equal(sourceOf(text)?.person, 'Hal Brenner');
  });
});

describe('a description with a possessive or a demonstrative', () => {
  it('"…," the paper\'s editorial board wrote; "…," this source told', () => {
    assert.equal(sourceOf('“The council has failed,” the paper’s editorial board wrote on Sunday.')?.words, 'the paper’s editorial board');
    assert.equal(sourceOf('“Nobody trusts the treasurer,” this source told the Ledger.')?.words, 'this source');
  });
});

describe('a participle right after the determiner', () => {
  it('is an adjective of the description: "the unsigned opinion said", "The retired colonel has …, saying"', () => {
    assert.equal(sourceOf('"The panel takes no side" in the dispute, the unsigned opinion said.')?.words, 'the unsigned opinion');
    const woven = 'The retired colonel has given no details of the plan, saying only that it would be "ready by spring."';
    assert.equal(sourceOf(woven)?.words, 'The retired colonel');
  });
});

describe('a name inside a description after the cue', () => {
  it('"…," said one Varga confidant: the name modifies the noun after it, the description speaks', () => {
    const text = 'Mayor Ines Varga stayed silent. "She will not back down," said one Varga confidant.';
    const source = sourceOf(text);
    assert.equal(source?.words, 'one Varga confidant');
    assert.equal(source?.person, undefined);
  });
});

describe('two verbs joined by "and" after the subject', () => {
  it('"When X was asked …, he laughed and said, "…"": the pronoun before both verbs speaks', () => {
    const text = 'When Eli Tran, the mayor’s spokesman was asked on Friday whether the mayor would resign, he laughed and said, "Not this week."';
    assert.deepEqual(sourceOf(text), { words: 'he', person: 'Eli Tran' });
  });

  it('the first verb may take a particle: "…, after a contestant broke down …, she leaned in and said, "…"" is hers', () => {
    const text = 'Even Odile Marchetti, who hosts the quiz with relish, knows where the line is. In the third season, after a contestant broke down sobbing over a failed launch, she leaned in and said, "Take a breath."';
    assert.deepEqual(sourceOf(text), { words: 'she', person: 'Odile Marchetti' });
  });
});

describe('a name alone between a dash and a colon', () => {
  it('speaks, whatever the sentence’s subject: "Analysts agree - X: "…""', () => {
    const text = 'Analysts agree - Mara Olsen: "The early vote decided this race long before polling day."';
    assert.equal(sourceOf(text)?.words, 'Mara Olsen');
  });
});

describe('an apposition between the subject and its verb', () => {
  it('may hold a quoted title, with a comma inside its marks', () => {
    const text = 'Farah Odenkirk, the host of "Night Desk," spoke to the board. Odenkirk, host of "Night Desk," about late news, said the cuts were "a slow death".';
    assert.equal(sourceOf(text, 2)?.person, 'Farah Odenkirk');
    const wire = "Sunday papers sold well. Ilse Marchetti, author of ''Paper Towns,'' argued that print was ''not finished yet.''";
    assert.equal(sourceOf(wire, 1)?.person, 'Ilse Marchetti');
  });

  it('may be set off by dashes; a name in it after a description is the source', () => {
    const text = 'The council met on Monday. A longtime rival -- Bruno Castellanos, who lost the 2019 race to the mayor -- said the budget was "a shell game."';
    assert.equal(sourceOf(text)?.person, 'Bruno Castellanos');
    const set = 'The council met on Monday. Bruno Castellanos — a former deputy mayor — called the budget "a shell game."';
    assert.equal(sourceOf(set)?.person, 'Bruno Castellanos');
  });
});

describe('an introductory phrase holding a title in quotation marks or a possessive', () => {
  it('ends at its comma, and the description after it is the subject, not a pronoun in the reported clause', () => {
    const text = 'Mayor Lena Marsh spoke on the radio. On Friday’s episode of “The Noon Call,” the former deputy of state and current Democratic Senate nominee said she wanted to talk “straight to young renters” and let them know.';
    assert.match(sourceOf(text, 1)?.words ?? '', /^the former deputy/);
  });
});

describe('a quantifier standing alone as the subject', () => {
  it('speaks for the people it counts, whatever its verb: "Many fear …"', () => {
    const text = 'Shop owners met on Friday. Many fear the levy will be "the last straw" for them.';
    assert.equal(sourceOf(text)?.words, 'Many');
  });
});

describe('a name with "\'s" before a word in -s', () => {
  it('owns a noun there, it is no subject with a verb: "In response to X\'s comments, Y released …"', () => {
    const text = 'Mayor Rhea Lindqvist visited the plant on Friday.\n\nIn response to Lindqvist\'s comments at the plant, union secretary Ottmar Bellweather released a statement saying that Lindqvist had "broken every promise" to the workers.';
    assert.equal(sourceOf(text)?.person, 'Ottmar Bellweather');
  });
});

describe('a role with a phrase after it before a name', () => {
  it('is the name\'s title without a determiner, and a description of its own with one', () => {
    const titled = 'Cabinet member for community safety Ffion Marsh-Tudor said lessons had been learned from what she called a "really hard night for everyone".';
    assert.equal(sourceOf(titled)?.person, 'Ffion Marsh-Tudor');
    const role = 'A spokesman for Mayor Ffion Marsh-Tudor called the report "deeply unfair".';
    assert.equal(sourceOf(role)?.words, 'A spokesman for Mayor Ffion Marsh-Tudor');
  });
});

describe('where a speaker is from, between the name and the verb', () => {
  it('may be a body\'s name with "for", "on" or "and" in it: "X of the Center for Harbour Studies wrote"', () => {
    const text = '"It would be a stretch," Jeffrey Lane of the Center for Harbour Studies wrote in December.';
    assert.equal(sourceOf(text)?.person, 'Jeffrey Lane');
  });
});

describe('a cue word after a determiner and a capitalised word', () => {
  it('is a noun, not a verb: "accused the Baltic states of "…""', () => {
    const text = 'Kremlin spokesman Vadim Lyskov told reporters that NATO was "inventing threats" and accused the Baltic states of "militarizing the sea."';
    const analysis = analyzeArticle(text);
    assert.deepEqual(analysis.quotes.map((quote) => analysis.people.find((person) => person.id === quote.speakerId)?.name), ['Vadim Lyskov', 'Vadim Lyskov']);
  });
});

describe('a possessive description after "said" with its own verb', () => {
  it('is what was said, not who said it: "… urged "…" and said her office had documented …"', () => {
    const text = 'U.N. human rights chief Sadia Rahmatullah-Berg urged that any force operate "in strict compliance with the law" and said her office had documented 4,000 killings.';
    assert.equal(sourceOf(text)?.person, 'Sadia Rahmatullah-Berg');
  });
});

describe('a cue and its speaker set off by commas inside the sentence', () => {
  it('speak for the quote the sentence goes on to: "The result, says X, a biologist, is "…""', () => {
    const text = 'The result, says lead author Ngozi Halvorsen, a behavioral ecologist at Marlow State University, is “sobering.” Urban sparrows use fewer syllables.';
    assert.deepEqual(sourceOf(text), { words: 'Ngozi Halvorsen', person: 'Ngozi Halvorsen' });
    assert.equal(sourceOf('The paradox of the plan, says Carl Anton, a historian at the library, is that it was "both too big and too small."')?.person, 'Carl Anton');
    // A cue verb whose object is no speaker set off by a comma is no such frame.
    assert.equal(sourceOf('He also hosts a Sunday talk show, writes a weekly column and, since 2013, leads "Harbour Hour with Carl Anton."')?.words, undefined);
  });
});

describe('a document of someone’s', () => {
  it('gives its owner’s words, the possessive resolved as a pronoun or a name is', () => {
    assert.deepEqual(sourceOf('Ines Kawabata withdrew her fourth book last year. Her statement said: “I copied another writer’s work and presented it as mine.”'), { words: 'Her statement', person: 'Ines Kawabata' });
    assert.deepEqual(sourceOf('Ines Kawabata withdrew her fourth book last year. Kawabata’s statement said: “I copied another writer’s work and presented it as mine.”'), { words: 'Kawabata’s statement', person: 'Ines Kawabata' });
    // A body's statement stays the body's.
    assert.equal(sourceOf('Ines Kawabata withdrew her fourth book last year. The publisher’s statement said: “We were not told.”')?.person, undefined);
  });

  it('gives "…," it read to the person who sent the document the sentence before names', () => {
    const text = 'Caleb Warde denies fraud.\n\nProsecutors then showed the jury an email Warde sent the next morning. "Q3 needs to look like Q2 plus 30%," it read.';
    assert.deepEqual(sourceOf(text), { words: 'it', person: 'Caleb Warde' });
    // Not "it" of a thing that is no document sent by someone.
    assert.equal(sourceOf('Caleb Warde denies fraud.\n\nThe jury saw a chart Warde liked. "Growth first," it read.')?.person, undefined);
  });

  it('gives "the statement" to the person a sentence or two before named as issuing it', () => {
    const text = 'Brent Hollins apologised in a statement released through his office on Monday.\n\n“I was wrong to send them,” the statement said.';
    assert.deepEqual(sourceOf(text), { words: 'the statement', person: 'Brent Hollins' });
    // Not a document someone else is said to have sent in a clause of the sentence.
    const reported = 'Prosecutor Luis Ortega told the judge that a text the driver sent showed he knew.\n\n“I think I hit somebody,” the text read.';
    assert.equal(sourceOf(reported)?.person, undefined);
  });

  it('gives "the letter said" to the one a sentence or two before names as writing, sending or signing it', () => {
    const signed = 'The news came in a letter signed by the chair of the hospital’s board, Linda Forsholm, and mailed to every household.\n\nThe hospital, the letter said, was “no longer able to sustain inpatient care.”';
    assert.deepEqual(sourceOf(signed), { words: 'the letter', person: 'Linda Forsholm' });
    const written = 'Dorothy Kessling did not speak in court but nodded as her son read a letter she had written.\n\n“I am not angry anymore,” the letter said.';
    assert.deepEqual(sourceOf(written), { words: 'the letter', person: 'Dorothy Kessling' });
    const sent = 'Brandon Kellerman had been drinking, and a text he sent shortly after the crash showed he knew. “I think I hit somebody,” the text read.';
    assert.deepEqual(sourceOf(sent), { words: 'the text', person: 'Brandon Kellerman' });
  });
});

describe('a participle cue with a name straight before it', () => {
  it('is that name’s, whatever the sentence’s subject', () => {
    const text = 'More than 1,100 migrants crossed the Channel in small boats yesterday, the highest number ever recorded in a single day, sparking fury among Tory MPs, with shadow home secretary Alastair Dunmore branding the policy an "absolute disgrace".';
    assert.deepEqual(sourceOf(text), { words: 'shadow home secretary Alastair Dunmore', person: 'Alastair Dunmore' });
  });
});
