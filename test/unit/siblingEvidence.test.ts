import assert from 'node:assert/strict';
import { compareFingerprints, fingerprint } from '../../src/analysis/siblings';

// Written for these tests: a story on a port strike told mostly through quotes, a write-through
// that keeps the quote paragraphs with their reporting under a new top, and another outlet's
// story quoting the same words with reporting of its own. Then the same story saved as a web page.

const QUOTES = [
  'We have not had a proper pay rise in six years, and the company made record profits in four of them. Nobody walks off a job like this lightly.',
  'The cranes stay still until someone in head office sits down with us in the same room, not on a video call from another country.',
  'Every day the ships wait out there costs them more than what we are asking for in a whole year, and they know it.',
];

const EARLY = [
  'Dock workers at the country’s second-largest container port walked out at dawn on Monday, leaving more than twenty ships waiting at anchor outside the harbour.',
  'The union said about 1,800 members had joined the strike, which it called after talks on a new wage agreement collapsed late on Friday night.',
  `“${QUOTES[0]}” said Anna Lutz, the union’s branch secretary, outside the main gate.`,
  `Crane operator Jonas Erdmann, at the terminal for 22 years, added: “${QUOTES[1]}”`,
  `“${QUOTES[2]}” Lutz said as the pickets marched off.`,
  'The port operator said in a written reply that its offer of a 4 percent rise over two years remained on the table and that it was ready to resume talks.',
  'Exporters of fresh fruit and flowers, who rely on refrigerated containers, said they had begun moving some shipments by road to a smaller port along the coast.',
  'The last strike at the terminal, over shift patterns in 2017, lasted nine days and ended with an agreement brokered by the regional labour office.',
].join('\n\n');

const WRITE_THROUGH = [
  'The strike at the container port entered its third day on Wednesday as the transport ministry appointed a mediator and shipping lines began diverting vessels to ports further north.',
  'Two of the world’s largest carriers said their ships would skip the port for the rest of the week, a move that freight agents warned would delay deliveries to factories across the region.',
  'The mediator, a retired labour court judge, is due to meet both sides separately on Thursday morning, the ministry said in a short statement on its website.',
  'Retailers’ associations said shelves were not yet empty but that stocks of some imported goods could run short within ten days if the dispute continued.',
  EARLY.split('\n\n')[2],
  EARLY.split('\n\n')[3],
  EARLY.split('\n\n')[4],
].join('\n\n');

const OTHER_OUTLET = [
  'Consumer groups on Tuesday urged the government to step into the port dispute before the shortage of imported spare parts reaches garages and repair shops.',
  `Union leaders have been blunt. “${QUOTES[0]}” one of them told a local radio station on Monday evening.`,
  `Another, reached by telephone at the picket line, put it this way: “${QUOTES[1]}”`,
  `A third warned the operator that time was not on its side. “${QUOTES[2]}”`,
  'The consumer groups said they would publish a weekly list of goods in short supply for as long as the strike lasted, starting on Friday.',
].join('\n\n');

describe('siblings: evidence for versions', () => {
  it('takes a write-through that keeps quote paragraphs with their reporting for a version', () => {
    const score = compareFingerprints(fingerprint(WRITE_THROUGH), fingerprint(EARLY));
    assert.equal(score.relation, 'version', JSON.stringify(score));
    assert.ok(score.evidence.quotedShared > score.evidence.narrativeShared, `mostly quotes shared (${JSON.stringify(score.evidence)})`);
    assert.ok(score.evidence.attributedQuoted > 0, JSON.stringify(score.evidence));
    assert.ok(score.containment < 0.5 && score.evidence.narrativeShared < 30, `less narrative than a paragraph: the reporting alone would not do (${JSON.stringify(score.evidence)})`);
  });

  it('counts a quote in its own paragraph as kept with its reporting when the paragraph before leads into it', () => {
    const lead = 'In a long letter to members posted on the union website on Sunday night, the branch secretary set out why the talks had failed and what it would take to end the walkout:';
    const early = [...EARLY.split('\n\n').slice(0, 2), lead, `“${QUOTES[0]} ${QUOTES[2]}”`, ...EARLY.split('\n\n').slice(5)].join('\n\n');
    const later = [...WRITE_THROUGH.split('\n\n').slice(0, 4), lead, `“${QUOTES[0]} ${QUOTES[2]}”`].join('\n\n');
    const score = compareFingerprints(fingerprint(later), fingerprint(early));
    assert.ok(score.evidence.attributedQuoted > 0, JSON.stringify(score.evidence));
    assert.equal(score.relation, 'version', JSON.stringify(score));
  });

  it('takes another story quoting the same words with its own reporting for sharing quotes', () => {
    const score = compareFingerprints(fingerprint(OTHER_OUTLET), fingerprint(EARLY));
    assert.equal(score.relation, 'shares quotes', JSON.stringify(score));
    assert.equal(score.evidence.attributedQuoted, 0, JSON.stringify(score.evidence));
  });

  it('fingerprints the story without the page furniture around it', () => {
    const page = [
      'Dock workers walk out at port',
      'By MARTA KOVAC, Harbour Gazette',
      ...EARLY.split('\n\n').slice(0, 2),
      'Pickets at the main gate of the container terminal on Monday. (Photo/Ivo Brandt)',
      ...EARLY.split('\n\n').slice(2),
      'Support local journalism. Subscribe today for unlimited digital access to every story on our website and apps.',
    ].join('\n\n');
    const plain = fingerprint(['Dock workers walk out at port', EARLY].join('\n\n'));
    assert.equal(fingerprint(page).sample, plain.sample, 'the byline, the caption and the sign-up line leave no shingle');
  });

  it('does not take a story with its site footer for a digest, and still finds a brief whose headlines run long', () => {
    const footer = [
      'Related Coverage',
      'Harbour authority approves dredging plan for the eastern basin after two years of delays',
      'Comments',
      'Comments are moderated and may take a few minutes to appear on the page.',
      'Most read',
      'Ferry operator adds late sailings to the islands for the summer season',
    ];
    assert.equal(fingerprint([...EARLY.split('\n\n'), ...footer].join('\n\n')).items, 1);
    const brief = [
      'News in Brief',
      'Harbour authority approves dredging plan for the eastern basin after two years of delays',
      EARLY.split('\n\n')[0],
      'Ferry operator adds late sailings to the islands for the summer season and the autumn',
      EARLY.split('\n\n')[6],
      'City libraries will open on Sundays from next month under a trial agreed by the council',
      EARLY.split('\n\n')[7],
    ].join('\n\n');
    assert.equal(fingerprint(brief).items, 3);
  });

  it('does not take two stories of one site for versions because they share its furniture', () => {
    const footer = [
      'Support local journalism. Subscribe today for unlimited digital access to every story on our website and apps.',
      'Never miss a story: sign up for our free morning newsletter and get the day’s top headlines in your inbox.',
    ];
    const a = [...EARLY.split('\n\n').slice(0, 2), ...footer].join('\n\n');
    const b = [...OTHER_OUTLET.split('\n\n').slice(0, 1), OTHER_OUTLET.split('\n\n')[4], ...footer].join('\n\n');
    const score = compareFingerprints(fingerprint(a), fingerprint(b));
    assert.equal(score.relation, null, JSON.stringify(score));
    assert.equal(score.matches, 0, 'no shingle of the footer is sampled');
  });
});
