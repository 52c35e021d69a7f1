import assert from 'node:assert/strict';
import { compareFingerprints, fingerprint } from '../../src/analysis/siblings';

// A radio interview printed as a transcript (every paragraph inside quotation marks), written for
// these tests, run by two outlets with intros of their own; and a short piece quoting it
// as one long statement in a single paragraph, which shares quotes with it and is no version.

const ANSWERS = [
  'We knew the old reservoir could not hold another wet winter, and the engineers told us so in writing two years ago, so the only question left was how quickly we could raise the money to replace it.',
  'The first plan was to patch the dam wall and hope, which would have been cheaper this year and far more expensive every year after that, and the council rejected it by a wide margin in March.',
  'Nobody is going to lose their home because of the new reservoir, and the twelve families whose land borders the site have all been offered the full market price plus the cost of moving.',
  'The water will be cleaner too, because the new treatment works sit right next to the intake instead of four kilometres downstream, where the farm run-off used to reach it first.',
  'If the weather holds we expect the first stage to be finished by the autumn of next year, and the whole scheme by the spring after, though I have learned never to promise a date to a reporter.',
  'People have asked me whether the bills will go up, and the honest answer is yes, by about three pounds a month, which is less than the repairs on the old dam would have cost us all.',
  'What I would say to anyone still worried is come and see the site for yourself, because the open days start next Saturday and the engineers will be there to answer every question you have.',
];

const transcript = (intro: string): string => [intro, ...ANSWERS.map((answer) => `“${answer}”`)].join('\n\n');

describe('siblings: transcripts', () => {
  it('takes two runs of one transcript for versions, though all they share is quoted', () => {
    const score = compareFingerprints(
      fingerprint(transcript('The chair of the water board spoke to the morning programme about the new reservoir. Her answers, lightly edited:')),
      fingerprint(transcript('What the water board chair told listeners on Tuesday, in her own words.')),
    );
    assert.equal(score.evidence.narrativeShared, 0, JSON.stringify(score.evidence));
    assert.equal(score.relation, 'version', JSON.stringify(score));
  });

  it('keeps a piece quoting it all as one statement as sharing quotes with the transcript', () => {
    const piece = [
      'The water board chair defended the cost of the new reservoir on the radio on Tuesday.',
      `“${ANSWERS.join(' ')}”`,
      'The board meets again next month.',
    ].join('\n\n');
    const score = compareFingerprints(fingerprint(piece), fingerprint(transcript('Her answers, lightly edited:')));
    assert.equal(score.relation, 'shares quotes', JSON.stringify(score));
  });
});
