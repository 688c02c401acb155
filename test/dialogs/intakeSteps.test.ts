// Issue 15: "Stap n van N" stays true. No step asks more than MAX_QUESTIONS_PER_STEP questions:
// statically (a step's list is an upper bound: the questionnaire asks each question at most once,
// going forward) and in whole conversations through the real bot along many seekers' paths, where
// the headers must count 1..N in order and every question must be asked in the step that holds it.
import { expect } from 'chai';
import { INTAKE_QUESTION_IDS } from '../../src/language';
import { allIntakeQuestions, INTAKE_STEPS, LEGACY_TOPICS, MAX_QUESTIONS_PER_STEP, STEP_COUNT } from '../../src/dialogs/intakeSteps';
import type { Matcher } from '../../src/dialogs/services';
import { en } from '../../src/texts/en';
import { nl } from '../../src/texts/nl';
import { Conversation, useSqliteDatabase } from '../helpers/conversation';
import { GOLDEN_SEEKERS } from './goldenSeekers';
import { runIntake, type IntakeRun, type Seeker } from './stepCounter';

/** Seekers chosen to take the branches that ask the most: every `when` that can add a question. */
const PATHS: Seeker[] = [
  {
    name: 'WW, two jobs, limits (health yes, two limits)',
    answers: { situation: 'ww', earlierJob: '5 jaar orderpicker', health: 'ja', limitsMore: 'Alleen onder schooltijd' },
  },
  { name: 'bijstand without work', answers: { situation: 'bijstand', amount: 'sla over', job: 'nooit gewerkt', education: 'geen diploma', dutch: 'goed' } },
  { name: 'WIA with health limits', answers: { situation: 'wia', wiaType: 'gedeeltelijk', health: 'ja', limits: 'ik kan niet lang staan', limitsMore: "Niet 's nachts of in ploegen" } },
  { name: 'young person', answers: { situation: 'geen werk en geen uitkering', job: 'nooit gewerkt', education: 'vmbo', age: '19', licence: 'nee', direction: 'weet ik nog niet', interest: 'iets met auto’s' } },
  { name: 'foreign diploma', answers: { situation: 'bijstand', job: '8 jaar boekhouder', education: 'hbo', dutch: 'een beetje', foreignDiploma: 'ja', direction: 'iets wat erop lijkt' } },
  { name: 'employed, wants to switch', answers: { situation: 'ik heb werk', job: '6 jaar kassamedewerker', direction: 'iets nieuws', interest: 'in de zorg werken', training: 'ja' } },
  {
    name: 'the most: WIA, two jobs, a diploma from abroad, two limits, a new wish, postcode and training',
    answers: {
      situation: 'wia', wiaType: 'gedeeltelijk', job: '10 jaar heftruckchauffeur', earlierJob: '5 jaar orderpicker',
      education: 'mbo 4', dutch: 'een beetje', foreignDiploma: 'ja', health: 'ja', limitsMore: 'Alleen onder schooltijd',
      direction: 'iets nieuws', interest: 'verpleegkundige', postcode: '3511', training: 'ja',
    },
  },
  { name: 'English, WW', locale: 'en', answers: { situation: 'WW', wwEnd: 'until September 2027', earlierJob: '3 years warehouse worker', dutch: 'a little', foreignDiploma: 'yes', health: 'yes' } },
  {
    name: 'says much at once (whole steps answered in passing)',
    answers: {
      situation: 'ik zit sinds maart in de ww tot september volgend jaar, ongeveer 1500 euro per maand',
      job: 'ik was 12 jaar vrachtwagenchauffeur', education: 'Ik heb mbo 2 gedaan, Nederlands is mijn moedertaal en ik heb een rijbewijs. Ik ben 52 en ik heb geen beperkingen door mijn gezondheid.',
    },
  },
];

/** The problems with one intake's steps (empty when "Stap n van N" held). */
function stepProblems(run: IntakeRun): string[] {
  const problems: string[] = [];
  run.steps.forEach((step, i) => {
    if (step.of !== STEP_COUNT) problems.push(`${step.header}: of ${step.of}, not ${STEP_COUNT}`);
    if (i > 0 && step.n <= run.steps[i - 1].n) problems.push(`${step.header} after step ${run.steps[i - 1].n}`);
    if (step.questions.length > MAX_QUESTIONS_PER_STEP) problems.push(`${step.header}: ${step.questions.length} questions (${step.questions.join(', ')})`);
    const holds: readonly string[] = step.n <= INTAKE_STEPS.length ? INTAKE_STEPS[step.n - 1].questions : ['confirm'];
    const elsewhere = step.questions.filter((id) => !holds.includes(id));
    if (elsewhere.length) problems.push(`${step.header}: asks ${elsewhere.join(', ')} of another step`);
  });
  if (run.steps.at(-1)?.n !== STEP_COUNT) problems.push(`the last step shown is ${run.steps.at(-1)?.header}, not ${STEP_COUNT}`);
  return problems;
}

describe('intake steps: "Stap n van N" stays true (issue 15)', () => {
  describe('statically, over the question tables', () => {
    const questions = allIntakeQuestions({} as Matcher);

    it(`no step holds more than ${MAX_QUESTIONS_PER_STEP} questions`, () => {
      for (const step of INTAKE_STEPS) expect(step.questions.length, `${step.dialog}: ${step.questions.join(', ')}`).to.be.at.most(MAX_QUESTIONS_PER_STEP);
    });

    it('every intake question is in exactly one step, in the order the intake asks them', () => {
      const inSteps = INTAKE_STEPS.flatMap((s) => s.questions);
      expect(inSteps, 'a question added to a table must be put in a step').to.deep.equal(questions.map((q) => q.id));
      expect([...inSteps].sort()).to.deep.equal([...INTAKE_QUESTION_IDS].sort());
    });

    it('every step has a title in Dutch and English, and N counts the steps and "Klopt dit?"', () => {
      expect(STEP_COUNT).to.equal(INTAKE_STEPS.length + 1);
      for (const step of INTAKE_STEPS) {
        expect(nl.intake.titles[step.title], step.dialog).to.be.a('string').and.not.equal('');
        expect(en.intake.titles[step.title], step.dialog).to.be.a('string').and.not.equal('');
      }
      expect(new Set(INTAKE_STEPS.map((s) => s.title)).size).to.equal(INTAKE_STEPS.length);
    });
  });

  describe('in whole conversations', function () {
    // 77 whole intakes through the real bot; the first loads the catalogue.
    this.timeout(300_000);
    const db = useSqliteDatabase();
    const worst = new Map<number, { count: number; who: string; questions: string[] }>();
    /** The same paths counted in the old three topics ("Stap n van 4"): what the re-cut fixed. */
    const worstOld = new Map<number, { count: number; who: string }>();
    const note = (seeker: Seeker, run: IntakeRun) => {
      for (const step of run.steps) {
        if ((worst.get(step.n)?.count ?? -1) < step.questions.length) worst.set(step.n, { count: step.questions.length, who: seeker.name, questions: step.questions });
      }
      LEGACY_TOPICS.forEach((topic, i) => {
        const count = run.steps.filter((s) => s.n - 1 >= topic.first && s.n - 1 <= topic.last).reduce((sum, s) => sum + s.questions.length, 0);
        if ((worstOld.get(i + 1)?.count ?? -1) < count) worstOld.set(i + 1, { count, who: seeker.name });
      });
    };

    for (const seeker of PATHS) {
      it(seeker.name, async () => {
        const run = await runIntake(await Conversation.open(db()), seeker);
        note(seeker, run);
        if (process.env.STEPS_REPORT) console.log(run.steps.map((s) => `      ${s.header}: ${s.questions.join(', ')}`).join('\n'));
        expect(stepProblems(run), run.steps.map((s) => `${s.header}: ${s.questions.join(', ')}`).join('\n')).to.deep.equal([]);
      });
    }

    it('the busiest path fills every step as far as its questions go (the measure reaches the worst case)', async () => {
      const run = await runIntake(await Conversation.open(db()), PATHS.find((p) => p.name.startsWith('the most'))!);
      expect(run.steps.map((s) => s.questions.length)).to.deep.equal([3, 4, 5, 3, 4, 5, 1]);
      expect(run.steps.map((s) => s.n)).to.deep.equal([1, 2, 3, 4, 5, 6, 7]);
    });

    it(`the ${GOLDEN_SEEKERS.length} golden personas, each as a whole intake`, async () => {
      const problems: string[] = [];
      for (const seeker of GOLDEN_SEEKERS) {
        const run = await runIntake(await Conversation.open(db()), seeker);
        note(seeker, run);
        problems.push(...stepProblems(run).map((p) => `${seeker.name}: ${p}`));
      }
      expect(problems).to.deep.equal([]);
    });

    after(() => {
      if (!process.env.STEPS_REPORT) return;
      for (const [n, w] of [...worst].sort(([a], [b]) => a - b)) console.log(`    step ${n} of ${STEP_COUNT}: at most ${w.count} (${w.who}: ${w.questions.join(', ')})`);
      for (const [n, w] of [...worstOld].sort(([a], [b]) => a - b)) console.log(`    the same paths in the old topic ${n} of 4: at most ${w.count} (${w.who})`);
    });
  });
});
