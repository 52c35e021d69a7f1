import assert from 'node:assert/strict';
import { compareFingerprints, fingerprint, groupVersions, SiblingIndex } from '../../src/analysis/siblings';

// A running story on a port strike, written for these tests: the first wire version, a
// write-through that keeps most of it under a new top, and a late write-through that keeps only
// one paragraph of the second version's top. Beside them, unrelated stories of one outlet that
// each carry the same background paragraph, above, inside or below the story.

const FIRST = [
  'Dock workers at the country’s three largest container ports walked off the job at midnight on Sunday, halting the loading of ships after talks on a new contract broke down, their union said.',
  'The union is asking for a 14 percent raise over three years and limits on the use of automated cranes, which it says have cost more than 2,000 jobs since the last agreement was signed.',
  'The port operators’ association said its final offer of 9 percent was generous and accused union leaders of walking away from the table just as a deal was within reach.',
  'Shipping lines warned that vessels would begin queuing offshore within days, delaying deliveries of fuel, grain and car parts to factories across the region.',
  'The last strike at the ports, in 2009, lasted eleven days and cost the economy an estimated 1.2 billion in lost trade, according to the chamber of commerce.',
].join('\n\n');

const SECOND = [
  'The government appointed a mediator on Monday to end the strike at the country’s three largest container ports, as the first cargo ships began anchoring offshore to wait for berths.',
  'The labour minister said the former judge named to lead the talks would meet both sides separately on Tuesday and had been asked to report back within a week.',
  'Supermarket chains said shelves of imported fruit could start to empty by the weekend if the dispute was not settled, and two car plants said they would cut a shift.',
  'The union is asking for a 14 percent raise over three years and limits on the use of automated cranes, which it says have cost more than 2,000 jobs since the last agreement was signed.',
  'The port operators’ association said its final offer of 9 percent was generous and accused union leaders of walking away from the table just as a deal was within reach.',
  'Shipping lines warned that vessels would begin queuing offshore within days, delaying deliveries of fuel, grain and car parts to factories across the region.',
].join('\n\n');

const THIRD = [
  'Dock workers voted on Thursday to return to work after the mediator brokered a deal giving them an 11 percent raise over three years, ending a four-day strike at the country’s main ports.',
  'Under the agreement, any new automated cranes will be introduced only after a joint review, and workers whose jobs are affected will be offered retraining on full pay.',
  'Union leaders called the deal a victory for every worker on the docks, while the operators’ association said it would allow the ports to stay competitive.',
  'More than forty ships were waiting offshore by Thursday morning, and port officials said it could take a fortnight to clear the backlog of containers.',
  'The labour minister said the former judge named to lead the talks would meet both sides separately on Tuesday and had been asked to report back within a week.',
].join('\n\n');

// A background paragraph the outlet puts in every story on the elections (not site furniture: prose).
const BACKGROUND = 'The regional elections on 12 May will fill all 85 seats of the assembly, which has been run by a coalition of the centre-right and the greens since the last vote four years ago.';

const UNRELATED = [
  [
    'The regional council approved a plan on Wednesday to build 600 affordable homes on the site of a former brewery, ending a dispute that had held up the project for four years.',
    BACKGROUND,
    'Residents of the neighbouring streets had objected to the height of two towers planned for the site, which were lowered by three floors in the final version.',
  ],
  [
    BACKGROUND,
    'Voters in the northern districts will be able to cast their ballots in supermarkets and railway stations for the first time this year, the electoral commission said.',
    'The commission said the pilot scheme was meant to raise turnout among young people, which fell below 40 percent at the last regional election.',
  ],
  [
    'A candidate for the regional assembly withdrew from the race on Tuesday after a newspaper reported that she had misstated her qualifications on her campaign website.',
    'Her party said it would not field a replacement in the district, leaving three candidates on the ballot with less than a month to go before the vote.',
    BACKGROUND,
  ],
].map((paragraphs) => paragraphs.join('\n\n'));

function related(ids: Record<string, string>): string[][] {
  const index = new SiblingIndex();
  for (const [id, text] of Object.entries(ids)) index.add(id, fingerprint(text));
  return groupVersions(index.relations());
}

describe('siblings: versions through lineage in one folder', () => {
  it('links a late write-through keeping one paragraph of the one before it, within a folder', () => {
    assert.notEqual(compareFingerprints(fingerprint(THIRD), fingerprint(SECOND)).relation, 'version', 'one paragraph alone is not enough');
    assert.equal(compareFingerprints(fingerprint(THIRD), fingerprint(FIRST)).relation, null, 'the first and the last share next to nothing');
    assert.deepEqual(related({ 'desk/strike-1.txt': FIRST, 'desk/strike-2.txt': SECOND, 'desk/strike-3.txt': THIRD }), [['desk/strike-1.txt', 'desk/strike-2.txt', 'desk/strike-3.txt']]);
  });

  it('lists the lineage in the look-up of one text: the write-through kept from, and the version before it', () => {
    const index = new SiblingIndex();
    for (const [id, text] of Object.entries({ 'desk/strike-1.txt': FIRST, 'desk/strike-2.txt': SECOND, 'desk/strike-3.txt': THIRD })) index.add(id, fingerprint(text));
    assert.deepEqual(index.related('desk/strike-3.txt').map((m) => [m.id, m.relation, m.via ?? null]), [
      ['desk/strike-2.txt', 'version', null],
      ['desk/strike-1.txt', 'version', 'desk/strike-2.txt'],
    ]);
    assert.deepEqual(index.related('desk/strike-1.txt').map((m) => [m.id, m.relation, m.via ?? null]), [
      ['desk/strike-2.txt', 'version', null],
      ['desk/strike-3.txt', 'version', 'desk/strike-2.txt'],
    ]);
  });

  it('does not link texts of different folders by one paragraph', () => {
    assert.deepEqual(related({ 'desk/strike-1.txt': FIRST, 'desk/strike-2.txt': SECOND, 'archive/strike-3.txt': THIRD }), [['desk/strike-1.txt', 'desk/strike-2.txt']]);
  });

  it('never links unrelated stories through a paragraph that many texts of the folder carry', () => {
    const folder: Record<string, string> = {};
    UNRELATED.forEach((text, n) => (folder[`desk/election-${n}.txt`] = text));
    assert.deepEqual(related(folder), []);
  });
});
