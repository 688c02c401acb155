// The understanding corpus (test/golden/understanding, see its README): every answer through
// understandAnswer with the real catalogue, scored per fact. The floors are the figures measured on
// main when the corpus was written (rounded down); the lead raises them as the reader improves.
import { expect } from 'chai';
import { createMatcher } from '../../src/dialogs/matcher';
import { INTAKE_QUESTION_IDS } from '../../src/language/facts';
import { sharedCatalogue } from '../helpers/conversation';
import { accuracy, factCount, loadCorpus, runCorpus, spread, tally, type ItemResult } from './understandingCorpus';
import { failureLines } from './understandingReport';

/** Fact accuracy floors (share of checks correct), for facts with at least 5 checks. */
const FACT_FLOORS: Record<string, number> = {
  'approximate': 0.00, // 0/26
  'benefitEnd': 0.50, // 32/61
  'benefitEnd (absent)': 1.00, // 7/7
  'benefitEndUnknown': 0.65, // 4/6
  'birthYear': 0.50, // 14/27
  'birthYear (absent)': 0.90, // 15/16
  'direction': 0.70, // 17/23
  'drivingLicence': 0.55, // 20/35
  'dutchLevel': 0.75, // 32/41
  'education': 0.75, // 40/53
  'foreignDiploma': 0.55, // 15/27
  'healthLimits': 0.75, // 16/21
  'hours': 0.55, // 31/52
  'interests': 0.70, // 19/26
  'interests (absent)': 0.55, // 4/7
  'jobs': 0.65, // 75/109
  'jobs (absent)': 0.65, // 9/13
  'jobs.occupation (absent)': 1.00, // 10/10
  'limits': 0.60, // 61/94
  'limits.maxTravelMinutes (absent)': 1.00, // 15/15
  'limits.noHeavyWork (absent)': 1.00, // 6/6
  'limits.times (absent)': 1.00, // 13/13
  'monthlyAmount': 0.60, // 29/46
  'monthlyAmount (absent)': 1.00, // 24/24
  'postcode': 0.75, // 13/17
  'postcode (absent)': 1.00, // 6/6
  'since': 0.00, // 0/19
  'situation': 0.80, // 61/73
  'situation (absent)': 0.80, // 4/5
  'start': 0.80, // 35/42
  'targets': 0.25, // 3/12
  'targets (absent)': 1.00, // 13/13
  'trainingMonths': 0.40, // 20/49
  'trainingMonths (absent)': 1.00, // 5/5
  'trainingWilling': 0.70, // 29/39
  'trainingWilling (absent)': 1.00, // 7/7
  'wiaType': 0.60, // 12/19
};
const OVERALL_FLOOR = 0.67; // 736/1088
/** Ceilings: wrong-stored checks per check, and answers asked again that should have been taken. */
const WRONG_STORED_CEILING = 0.06; // 62/1088
const ASKED_AGAIN_CEILING = 0.13; // 0.127

/** The questions the corpus covers more deeply (at least 30 answers each). */
const DEEP = ['situation', 'wwEnd', 'amount', 'job', 'education', 'dutch', 'hours', 'start', 'training', 'trainingMonths', 'limits'];

describe('golden: understanding corpus', function () {
  this.timeout(180_000);
  const all = loadCorpus();
  const corpus = all.filter((i) => !i.reserve);
  const reserve = all.filter((i) => i.reserve);
  let results: ItemResult[] = [];

  before(async () => {
    results = await runCorpus(all, createMatcher(await sharedCatalogue()));
  });

  it('has the promised size and spread', () => {
    const s = spread(corpus);
    expect(s.items).to.be.at.least(600);
    for (const id of INTAKE_QUESTION_IDS) expect(s.perQuestion.get(id) ?? 0, id).to.be.at.least(DEEP.includes(id) ? 30 : 15);
    expect(s.englishOrMixed, 'English or mixed').to.be.at.least(0.25);
    expect(s.typo, 'typos, abbreviations, texting').to.be.at.least(0.15);
    expect(s.multi, 'several facts in one answer').to.be.at.least(0.2);
    expect(s.nonAnswer, 'non-answers').to.be.at.least(0.15);
    expect(s.date, 'dates and durations as people say them').to.be.at.least(0.08);
    expect(s.trap, 'traps').to.be.at.least(0.05);
    const share = reserve.length / all.length;
    expect(share, 'held-back reserve').to.be.within(0.08, 0.15);
  });

  it('every item checks something, and "multi" items expect several facts', () => {
    for (const item of all) {
      expect(Object.keys(item.expect).length + item.absent.length + (item.ok === undefined ? 0 : 1), item.id).to.be.above(0);
      if (item.tags.includes('multi')) expect(factCount(item), item.id).to.be.at.least(2);
      for (const date of [item.expect.benefitEnd, item.expect.since].flat()) if (date) expect(date, item.id).to.match(/^\d{4}(-\d{2}(-\d{2})?)?$/);
    }
  });

  it('keeps every fact at or above its floor', () => {
    const t = tally(results.filter((r) => !r.item.reserve));
    const below = Object.entries(FACT_FLOORS)
      .map(([key, floor]) => ({ key, floor, got: t.perFact.get(key) }))
      .filter(({ floor, got }) => !got || accuracy(got) < floor)
      .map(({ key, floor, got }) => `${key}: ${got ? Math.round(accuracy(got) * 100) : 'no checks'}% < ${Math.round(floor * 100)}%`);
    const keys = below.map((line) => line.slice(0, line.lastIndexOf(':')));
    const failing = results.filter((r) => !r.item.reserve && r.checks.some((c) => keys.includes(c.key) && c.verdict !== 'correct'));
    expect(below, `facts below their floor\n${failureLines(failing).join('\n')}`).to.deep.equal([]);
  });

  it('keeps the overall accuracy, wrong-stored and asked-again figures', () => {
    const t = tally(results.filter((r) => !r.item.reserve));
    expect(accuracy(t.overall), 'overall accuracy').to.be.at.least(OVERALL_FLOOR);
    expect(t.overall.wrong / t.overall.n, 'wrong-stored share').to.be.at.most(WRONG_STORED_CEILING);
    expect(t.askedAgainRate, 'asked again').to.be.at.most(ASKED_AGAIN_CEILING);
  });

  it('runs the reserve (reported separately, no floors)', () => {
    const t = tally(results.filter((r) => r.item.reserve));
    expect(t.items).to.equal(reserve.length);
    expect(t.overall.n).to.be.above(reserve.length);
  });
});
