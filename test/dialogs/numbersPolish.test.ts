// Numbers at the questions that ask for them (issue 14, polish round): the asked question keeps
// what the seeker said and the rest of the answer is taken too. Own examples, not the corpus.
import { expect } from 'chai';
import { createMatcher } from '../../src/dialogs/matcher';
import type { IntakeAnswers } from '../../src/dialogs/intakeAnswers';
import type { Matcher } from '../../src/dialogs/services';
import { summaryLines } from '../../src/dialogs/summaryDialog';
import { understandAnswer } from '../../src/dialogs/understandAnswer';
import type { IntakeQuestionId } from '../../src/language';
import { textsFor } from '../../src/texts';
import { sharedCatalogue, TODAY } from '../helpers/conversation';

type Case = [IntakeQuestionId, string, Partial<IntakeAnswers> | undefined, Partial<IntakeAnswers>, ('nl' | 'en')?];

describe('numbers at their questions', () => {
  let matcher: Matcher;
  before(async () => {
    matcher = createMatcher(await sharedCatalogue());
  });
  const run = (id: IntakeQuestionId, text: string, answers: Partial<IntakeAnswers> = {}, locale: 'nl' | 'en' = 'nl') =>
    understandAnswer(id, text, { matcher, now: TODAY, locale, answers: answers as IntakeAnswers });

  const check = (cases: Case[]) => {
    for (const [id, text, before, expected, locale] of cases) {
      it(`${id}: ${JSON.stringify(text)}`, async () => {
        const outcome = await run(id, text, before, locale);
        expect(outcome.ok).to.equal(true);
        for (const [key, value] of Object.entries(expected)) {
          if (key === 'approximate') expect(outcome.answers.approximate ?? []).to.include.members(value as string[]);
          else expect((outcome.answers as Record<string, unknown>)[key], key).to.deep.equal(value);
        }
      });
    }
  };

  describe('training length', () => {
    const willing = { trainingWilling: true };
    check([
      ['trainingMonths', '3 maanden', willing, { trainingMonths: 3 }],
      ['trainingMonths', '10 weken', willing, { trainingMonths: 2.5 }],
      ['trainingMonths', 'anderhalf jaar', willing, { trainingMonths: 18 }],
      ['trainingMonths', 'max een jaar', willing, { trainingMonths: 12 }],
      ['trainingMonths', 'niet langer dan een half jaar', willing, { trainingMonths: 6 }],
      ['trainingMonths', 'a training of up to a year', willing, { trainingMonths: 12 }, 'en'],
      ['trainingMonths', '2 à 3 maanden', willing, { trainingMonths: 2.5, approximate: ['trainingMonths'] }],
      ['trainingMonths', 'kort cursusje', willing, { trainingMonths: 2, approximate: ['trainingMonths'] }],
      // The buttons are buckets.
      ['trainingMonths', 'Tot een half jaar', willing, { trainingMonths: 6, jobs: undefined }],
      ['trainingMonths', 'Langer dan een jaar', willing, { trainingMonths: 24 }],
      // A length said with the wish to train is kept as said too.
      ['training', 'ja, een cursus van 3 maanden', {}, { trainingWilling: true, trainingMonths: 3 }],
    ]);

    it('a typed length replaces an earlier guess and is shown with the training line', async () => {
      const { answers, ok } = await run('trainingMonths', 'niet langer dan 4 maanden', { trainingWilling: true, trainingMonths: 2, approximate: ['trainingMonths'] });
      expect(ok).to.equal(true);
      expect(answers.trainingMonths).to.equal(4);
      expect(answers.approximate ?? []).to.not.include('trainingMonths');
      expect(summaryLines(answers, { locale: 'nl', t: textsFor('nl'), now: TODAY })).to.include('- Opleiding doen: Ja, hoogstens 4 maanden');
      expect(summaryLines({ trainingWilling: true, trainingMonths: 18 }, { locale: 'en', t: textsFor('en'), now: TODAY })).to.include('- Willing to train: Yes, at most a year and a half');
    });
  });

  describe('age', () => {
    check([
      ['age', "'79", {}, { birthYear: 1979 }],
      ['age', '81', {}, { birthYear: 1945 }],
      ['age', '37 en ik heb 3 kinderen', {}, { birthYear: 1989 }],
      ['age', '48, heb mbo 3', {}, { birthYear: 1978, education: 'mbo-3' }],
      ['age', 'Ik ben 23 en heb geen diploma', {}, { birthYear: 2003, education: 'none' }],
      ['age', "i'm 41, driving licence yes", {}, { birthYear: 1985, drivingLicence: true }, 'en'],
      ['hours', 'ik ben 51 en wil 20 uur', {}, { hours: { min: 20, max: 20 }, birthYear: 1975 }],
    ]);

    it('years of work at the age question are no age', async () => {
      for (const text of ['ik heb 27 jaar gewerkt', '19 jaar vrachtwagenchauffeur']) {
        const { answers } = await run('age', text);
        expect(answers.birthYear, text).to.equal(undefined);
      }
    });
  });

  describe('amounts and dates together', () => {
    const ww = { situation: 'ww' as const };
    check([
      ['amount', 'ongeveer 1250 per maand, tot eind volgend jaar', ww, { monthlyAmount: 1250, benefitEnd: '2027-12-01', approximate: ['monthlyAmount'] }],
      ['amount', '1650 euro, until march next year', ww, { monthlyAmount: 1650, benefitEnd: '2027-03-01' }, 'en'],
      ['amount', '1300 (ik ben 52)', ww, { monthlyAmount: 1300 }],
      ['amount', '1k4', ww, { monthlyAmount: 1400 }],
      ['amount', 'ik krijg 1500, heb mbo2', ww, { monthlyAmount: 1500 }],
      ['situation', 'ww sinds okt, nog n jaar, ong 1250 pm', {}, { situation: 'ww', since: '2026-10-01', monthlyAmount: 1250, postcode: undefined }],
      ['wwEnd', 'eind volgend jr', ww, { benefitEnd: '2027-12-01' }],
      ['wwEnd', 'nog n jaar', ww, { approximate: ['benefitEnd'] }],
      ['wwEnd', 'not sure, maybe a year', ww, { benefitEnd: '2027-11-01', benefitEndUnknown: undefined, approximate: ['benefitEnd'] }, 'en'],
      ['wwEnd', 'no clue', ww, { benefitEndUnknown: true, benefitEnd: undefined }, 'en'],
    ]);

    it('a level is no money: "mbo 2" at the amount question is asked again, never € 2', async () => {
      for (const text of ['mbo 2 I think, and my Dutch is not so good', 'niveau 3']) {
        const outcome = await run('amount', text, ww);
        expect(outcome.ok, text).to.equal(false);
        expect(outcome.answers.monthlyAmount, text).to.equal(undefined);
      }
    });

    it('"idk", "dunno", "geen idee eigenlijk" at the amount question skip it, nothing stored', async () => {
      for (const text of ['idk', 'dunno', 'geen idee eigenlijk', 'zeg ik liever niet']) {
        const outcome = await run('amount', text, ww);
        expect(outcome.ok, text).to.equal(true);
        expect(outcome.answers.monthlyAmount, text).to.equal(undefined);
      }
    });

    it('a start date, or an end already past, is not the end date: asked again', async () => {
      for (const text of ['sinds sept', 'sinds maart 2025', 'since last month', 'april 2025']) {
        const outcome = await run('wwEnd', text, ww);
        expect(outcome.ok, text).to.equal(false);
        expect(outcome.answers.benefitEnd, text).to.equal(undefined);
      }
    });
  });
});
