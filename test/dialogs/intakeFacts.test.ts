// Facts → intake answers (src/dialogs/intakeFacts.ts), with facts written by hand so the mapping is
// tested apart from how well readFacts reads: what is taken, what is never overwritten, which
// questions are then skipped, and what is marked as a guess.
import { expect } from 'chai';
import { applyTakes, takeFacts, type TakeContext } from '../../src/dialogs/intakeFacts';
import type { IntakeAnswers } from '../../src/dialogs/intakeAnswers';
import type { Matcher } from '../../src/dialogs/services';
import type { Facts } from '../../src/language';
import { textsFor } from '../../src/texts';
import { TODAY } from '../helpers/conversation';

const matcher: Matcher = {
  searchOccupations: (text) => (text === 'niets' ? [] : [{ uri: `uri:${text}`, label: text, confidence: 0.9 }]) as ReturnType<Matcher['searchOccupations']>,
  regionOf: (postcode) => (postcode === '3511' ? 'Midden-Utrecht' : undefined),
  propose: () => ({ proposals: [], complex: false }),
};

function take(facts: Facts, answers: IntakeAnswers = {}, asked: string[] = []): { answers: IntakeAnswers; lines: string[] } {
  const c: TakeContext = { q: { locale: 'nl', t: textsFor('nl'), now: TODAY, answers }, matcher, asked };
  const takes = takeFacts(facts, structuredClone(answers), c);
  const result = structuredClone(answers);
  applyTakes(result, takes, true);
  return { answers: result, lines: takes.map((t) => t.line ?? '') };
}

describe('intake facts → answers', () => {
  it('WW with since and end date: the end-date question is answered; a guess is marked', () => {
    const { answers, lines } = take({
      situation: 'ww',
      since: { date: '2026-09-01', granularity: 'month', approximate: false },
      benefitEnd: { date: '2027-09-01', granularity: 'month', approximate: true },
      monthlyAmount: { amount: 1500, approximate: true },
    });
    expect(answers).to.include({ situation: 'ww', since: '2026-09-01', benefitEnd: '2027-09-01', monthlyAmount: 1500 });
    expect(answers.prefilled).to.deep.equal(['situation', 'wwEnd', 'amount']);
    expect(answers.approximate).to.deep.equal(['benefitEnd', 'monthlyAmount']);
    expect(lines.join(', ')).to.match(/WW tot ongeveer september 2027.*ongeveer €\s1\.500 per maand/);
  });

  it('an end date without WW is not taken (the question is only for WW)', () => {
    const { answers } = take({ situation: 'bijstand', benefitEnd: { date: '2027-09-01', granularity: 'month', approximate: false } });
    expect(answers.benefitEnd).to.equal(undefined);
    expect(answers.prefilled).to.deep.equal(['situation']);
  });

  it('never overwrites an answer already given, nor fills a question already asked in this run', () => {
    const { answers } = take({ situation: 'ww', hours: { min: 20, max: 20 }, postcode: '3511' }, { situation: 'bijstand' }, ['hours']);
    expect(answers.situation).to.equal('bijstand');
    expect(answers.hours).to.equal(undefined);
    expect(answers).to.include({ postcode: '3511', region: 'Midden-Utrecht' });
    expect(answers.prefilled).to.deep.equal(['postcode']);
  });

  it('two jobs at once: both kept, the last one confirmed first, no question about earlier work', () => {
    const { answers, lines } = take({ jobs: [{ text: 'orderpicker', years: 4, earlier: true }, { text: 'heftruckchauffeur', years: 10 }] });
    expect(answers.jobs).to.deep.equal([{ text: 'heftruckchauffeur', years: 10 }, { text: 'orderpicker', years: 4 }]);
    expect(answers.candidates?.map((c) => c.label)).to.deep.equal(['heftruckchauffeur']);
    expect(answers.candidatesFor).to.equal(0);
    expect(answers.askEarlierJob).to.equal(false);
    expect(answers.prefilled).to.deep.equal(['job', 'earlierJob']);
    expect(lines[0]).to.equal('heftruckchauffeur (10 jaar), daarvoor orderpicker (4 jaar)');
  });

  it('when the last job finds no occupation, the earlier one is offered for confirmation', () => {
    const { answers } = take({ jobs: [{ text: 'niets' }, { text: 'kok', earlier: true }] });
    expect(answers.candidatesFor).to.equal(1);
    expect(answers.candidates?.map((c) => c.label)).to.deep.equal(['kok']);
  });

  it('a job that was not said as earlier work is not taken as the earlier job', () => {
    const { answers } = take({ jobs: [{ text: 'kok', years: 2 }] }, { jobs: [{ text: 'schoonmaker' }] }, ['job']);
    expect(answers.jobs).to.deep.equal([{ text: 'schoonmaker' }]);
  });

  it('a limit in passing does not answer the health question; "anything else?" is not asked after it', () => {
    const { answers } = take({ healthLimits: 'yes', limits: { noHeavyWork: true, words: 'kan niet tillen' } });
    expect(answers.healthLimits).to.equal(undefined);
    expect(answers.limits).to.deep.equal({ noHeavyWork: true, words: 'kan niet tillen' });
    expect(answers.prefilled).to.deep.equal(['limitsMore']);
    expect(take({ healthLimits: 'no' }).answers.healthLimits).to.equal('no');
  });

  it('a wish only where the wish question can come, and never just a direction or punctuation', () => {
    expect(take({ wish: { text: 'iets met dieren' } }).answers).to.include({ interests: 'iets met dieren' });
    expect(take({ wish: { text: 'iets met dieren' } }, { direction: 'same' }).answers.interests).to.equal(undefined);
    expect(take({ wish: { text: 'iets nieuws' } }).answers.interests).to.equal(undefined);
    expect(take({ wish: { text: ',' } }).answers.interests).to.equal(undefined);
  });

  it('a training length implies the wish to train, kept as said (not the buttons\' steps)', () => {
    const { answers, lines } = take({ trainingMonths: { months: 3, approximate: true } });
    expect(answers).to.include({ trainingWilling: true, trainingMonths: 3 });
    expect(answers.prefilled).to.deep.equal(['training', 'trainingMonths']);
    expect(lines.filter(Boolean)).to.deep.equal(['een opleiding van hoogstens 3 maanden']);
    expect(take({ trainingWilling: false, trainingMonths: { months: 3, approximate: false } }).answers.trainingMonths).to.equal(undefined);
  });

  it('an age outside 14..96 years is no age', () => {
    expect(take({ birthYear: 2020 }).answers.birthYear).to.equal(undefined);
    expect(take({ birthYear: 1974 }).answers.birthYear).to.equal(1974);
  });
});
