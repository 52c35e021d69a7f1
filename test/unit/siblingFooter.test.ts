import assert from 'node:assert/strict';
import { compareFingerprints, fingerprint } from '../../src/analysis/siblings';

// Pages of one made-up site, written for these tests: every page ends with the same footer (a
// comment notice in full sentences and headlines of other stories, lines a page reader may take
// for prose), as saved web pages do. Two unrelated stories of the site share only that footer.

const FOOTER = [
  'Join the conversation',
  'We read every comment before it goes live, so yours may take a little while to show up. Please stay polite and keep to the subject of the article you are commenting on.',
  'Anything that breaks these house rules or attacks other readers will be taken down without notice, and repeat offenders will lose their accounts.',
  'More from the Lakeside Herald',
  'Harbour authority approves a second ferry terminal after years of public hearings',
  'Retired teacher turns her garden into a refuge for injured hedgehogs and owls',
];

const BRIDGE = [
  'The county will close the old swing bridge over the canal for eight months from March while engineers replace its rusted turning gear, officials said on Monday.',
  'Drivers will be sent on a diversion of about five kilometres through the industrial estate, and a free shuttle bus will carry pedestrians and cyclists across the water every ten minutes.',
  'Shopkeepers on the quay said they feared losing trade over the summer, when tourists usually cross the bridge to reach the marina and the fish market.',
  'The repairs will cost 6.4 million, two thirds of it paid by a national fund for ageing infrastructure, according to the council’s transport committee.',
  'The bridge, built in 1911, was last overhauled in the 1970s and has been stuck open twice this year, trapping traffic on both banks for hours.',
];

const CHOIR = [
  'A youth choir from the town’s east side won first prize at the national festival on Saturday, beating 40 groups from across the country with a programme of folk songs.',
  'The 32 singers, aged 11 to 17, rehearsed twice a week in a church hall for most of the year and raised the money for their travel with bake sales and concerts.',
];

const page = (story: readonly string[]): string => ['Lakeside Herald', ...story, ...FOOTER].join('\n\n');

describe('siblings: a site footer shared by unrelated pages', () => {
  it('takes two unrelated stories of one site for unrelated, though their footers match line for line', () => {
    const score = compareFingerprints(fingerprint(page(CHOIR)), fingerprint(page(BRIDGE)));
    assert.equal(score.relation, null, JSON.stringify(score));
    assert.equal(score.matches, 0, 'the footer weighs nothing');
  });

  it('still counts the footer when it is not one: two short copies of a story that end alike', () => {
    const score = compareFingerprints(fingerprint(CHOIR.join('\n\n')), fingerprint(`By a staff writer\n\n${CHOIR.join('\n\n')}`));
    assert.equal(score.relation, 'version', JSON.stringify(score));
  });

  it('keeps a write-through of one site a version of the earlier page, footer or not', () => {
    const update = [
      'Engineers found cracks in two of the bridge’s main girders during a final inspection on Tuesday, and the county said the closure could now last a year.',
      'A spokeswoman said the shuttle bus would start a week early, on the last Monday of February.',
      ...BRIDGE.slice(1, 4),
    ];
    const score = compareFingerprints(fingerprint(page(update)), fingerprint(page(BRIDGE)));
    assert.equal(score.relation, 'version', JSON.stringify(score));
  });
});
