import assert from 'node:assert/strict';
import { compareFingerprints, fingerprint, groupVersions, SiblingIndex } from '../../src/analysis/siblings';

// A running story on a flood, written for these tests: an early version, two write-throughs, a
// short piece quoting the mayor's statement, another story quoting it too, and a digest.

const STATEMENT =
  'We are doing everything we can to reach every family that is still cut off. Crews will work through the night, and no one will be left behind. I ask everyone to stay off the river roads until engineers say they are safe.';

const BODY = [
  'The river rose more than two metres in six hours after a night of heavy rain, flooding the old town and forcing the closure of three bridges, the regional emergency service said.',
  'About 400 people spent the night in school gymnasiums and a sports hall on the hill above the harbour, where volunteers handed out blankets and hot meals until the early hours.',
  'Power was cut to some 12,000 homes on the east bank, and the water company warned residents of four villages downstream to boil tap water until further notice.',
  'Forecasters said another band of rain was expected to reach the valley on Thursday evening, though it was likely to be lighter than the storm that caused the flooding.',
  'Farmers in the lower valley said entire fields of winter wheat had been under water since dawn, and several reported losing livestock that could not be moved in time.',
  'The last comparable flood in the town, in 1998, damaged more than 2,000 buildings and took the better part of a year to clear up, according to the local historical society.',
];

const EARLY = [...BODY.slice(0, 3), `In a statement, Mayor Helen Varga said: “${STATEMENT}”`, ...BODY.slice(3)].join('\n\n');

const SECOND = [
  'Rescue crews pulled two fishermen from a half-submerged car near the weir on Wednesday afternoon, the first people reported missing since the river burst its banks.',
  'Both men were taken to the district hospital with hypothermia but were able to speak to doctors, a hospital spokeswoman said.',
  'The regional government declared a state of emergency for the valley, freeing funds for temporary housing and clearing debris from the main roads.',
  'Soldiers from the garrison at the county town were sent to help fill sandbags along the embankment, where the water had come within a few centimetres of the top by nightfall.',
  BODY[0],
  BODY[1],
  BODY[2].replace(', and the water company warned residents of four villages downstream to boil tap water until further notice', ''),
].join('\n\n');

const THIRD = [
  'Water levels began to fall slowly on Thursday morning, allowing the first residents of the old town back into their streets to inspect the damage.',
  'Engineers said the central bridge had been weakened by debris carried downstream and would stay closed for at least two weeks while divers examined its pillars.',
  'The insurance association estimated that claims could reach 80 million euros, making it the costliest flood in the region for a quarter of a century.',
  'Shop owners on the main square began pumping out cellars and carrying ruined stock into the street, where council lorries collected it throughout the day.',
  // Part of the second version kept, the rest cut.
  'Rescue crews pulled two fishermen from a half-submerged car near the weir on Wednesday afternoon, the first people reported missing since the river burst its banks. Both men were taken to the district hospital with hypothermia but were able to speak to doctors, a hospital spokeswoman said.',
  'The regional government declared a state of emergency for the valley, freeing funds for temporary housing and clearing debris from the main roads.',
].join('\n\n');

const QUOTE_PIECE = [
  'Mayor Helen Varga addressed residents in a video posted on the town hall’s website late on Wednesday.',
  `“${STATEMENT}”`,
  'She did not take questions.',
].join('\n\n');

const OTHER_STORY = [
  'Schools across the district will stay closed until Monday, the education office said on Thursday, as caretakers assess flood damage to classrooms and heating systems.',
  `Parents were told to follow the mayor’s advice. “${STATEMENT.split('. ').slice(1).join('. ')}” Mayor Helen Varga said in a statement.`,
  'Exams planned for next week will be moved to a later date, and pupils whose homes were damaged will be offered places at schools on the hill, the office said.',
  'Teachers’ unions welcomed the decision but called for a full survey of school buildings near the river before any child returns.',
].join('\n\n');

const DIGEST = [
  'The Latest: Flooding across the region (all times local)',
  '9:40 a.m.',
  'A freight train derailed near the northern border crossing after a landslide buried part of the track, the railway operator said. No one was hurt, and the line is expected to reopen on Friday.',
  '___',
  '8:15 a.m.',
  BODY[0],
  BODY[1],
  '___',
  '7:30 a.m.',
  'Airport officials cancelled 40 flights on Thursday morning as high winds swept across the coast, advising passengers to check with their airlines before travelling.',
  '___',
  '6:05 a.m.',
  'The national weather office raised its warning for the mountain districts to the highest level, saying snowmelt and rain could cause rivers there to rise quickly overnight.',
].join('\n\n');

function index(texts: Record<string, string>): SiblingIndex {
  const built = new SiblingIndex();
  for (const [id, text] of Object.entries(texts)) built.add(id, fingerprint(text));
  return built;
}

describe('siblings: relations between articles', () => {
  it('takes a write-through that keeps part of the old body under a new top for a version', () => {
    const score = compareFingerprints(fingerprint(SECOND), fingerprint(EARLY));
    assert.equal(score.relation, 'version', JSON.stringify(score));
    assert.ok(score.containment < 0.5, `less than half shared: a plain containment threshold misses it (${JSON.stringify(score)})`);
    assert.ok(score.evidence.narrativeShared >= 30 && score.evidence.inOrder === 1, JSON.stringify(score.evidence));
  });

  it('takes a short piece made of a statement that a story quotes for sharing quotes, not a version', () => {
    const score = compareFingerprints(fingerprint(QUOTE_PIECE), fingerprint(EARLY));
    assert.equal(score.relation, 'shares quotes', JSON.stringify(score));
    assert.ok(score.containment >= 0.5, 'more than half of the piece is in the story');
    assert.ok(score.evidence.quotedShared > score.evidence.narrativeShared);
    assert.equal(compareFingerprints(fingerprint(OTHER_STORY), fingerprint(QUOTE_PIECE)).relation, 'shares quotes');
  });

  it('takes a digest carrying the story as one item for containing it, and the story for part of it', () => {
    const digest = fingerprint(DIGEST);
    assert.equal(digest.items, 4);
    assert.equal(fingerprint(EARLY).items, 1);
    assert.equal(compareFingerprints(digest, fingerprint(EARLY)).relation, 'contains');
    assert.equal(compareFingerprints(fingerprint(EARLY), digest).relation, 'part of');
  });

  it('finds versions of versions, and never groups two stories through a digest or a shared quote', () => {
    const built = index({ early: EARLY, second: SECOND, third: THIRD, piece: QUOTE_PIECE, other: OTHER_STORY, digest: DIGEST });
    const relations = built.relations();
    const of = (a: string, b: string) => relations.find((r) => (r.a === a && r.b === b) || (r.a === b && r.b === a));
    assert.equal(compareFingerprints(fingerprint(THIRD), fingerprint(EARLY)).relation, null, 'the first and the last version share nothing');
    assert.equal(of('early', 'third')?.relation, 'version');
    assert.equal(of('early', 'third')?.via, 'second');
    assert.equal(of('early', 'digest')?.relation, 'part of');
    assert.equal(of('piece', 'early')?.relation, 'shares quotes');
    assert.deepEqual(groupVersions(relations), [['early', 'second', 'third']]);
    // The look-up of one text lists its versions first, then the digest, then quotes in common.
    assert.deepEqual(built.related('early').map((m) => [m.id, m.relation, m.via ?? null]), [
      ['second', 'version', null],
      ['third', 'version', 'second'],
      ['digest', 'part of', null],
      ['piece', 'shares quotes', null],
      ['other', 'shares quotes', null],
    ]);
    assert.deepEqual(built.siblingsOf('early').map((m) => m.id), ['second']);
  });
});
