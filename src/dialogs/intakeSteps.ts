// The intake's numbered steps ("Stap 2 van 7: je werk"): which questions each step asks, in the
// order the intake asks them. A step holds at most MAX_QUESTIONS_PER_STEP questions, so "Stap n van
// N" stays true as a promise of a short step (test/dialogs/intakeSteps.test.ts pins it: a new
// question must go into a step with room, or the steps are cut again). The questions themselves
// live in situationDialog.ts, skillsDialog.ts (+ limitsQuestions.ts) and goalsDialog.ts.
import type { IntakeQuestionId } from '../language';
import { goalsQuestions } from './goalsDialog';
import type { IntakeAnswers } from './intakeAnswers';
import type { Question } from './questionnaire';
import type { Matcher } from './services';
import { situationQuestions } from './situationDialog';
import { skillsQuestions } from './skillsDialog';

export const MAX_QUESTIONS_PER_STEP = 5;

/** The step titles (texts nl/en `intake.titles`), one per step, plus the last: "Klopt dit?" and the overview. */
export type StepTitle = 'situation' | 'work' | 'schooling' | 'health' | 'wish' | 'practical';

/** The three parts of the conversation; they were the steps before 2026-12 ("Stap n van 4"). */
type Part = 'situation' | 'skills' | 'goals';

export interface IntakeStep {
  /** The dialog id that asks this step's questions. */
  dialog: string;
  /**
   * A bare "nee dat klopt niet" at the first question of a step is about the answer just before,
   * within a part; at the first step of a part the bot asks what is not right.
   */
  part: Part;
  title: StepTitle;
  questions: readonly IntakeQuestionId[];
}

/** Situation → work → school and language → health → the work sought → where, when and training. */
export const INTAKE_STEPS: readonly IntakeStep[] = [
  { dialog: 'situation', part: 'situation', title: 'situation', questions: ['situation', 'wiaType', 'wwEnd', 'amount'] },
  { dialog: 'work', part: 'skills', title: 'work', questions: ['job', 'pickOccupation', 'earlierJob', 'pickEarlierOccupation'] },
  { dialog: 'schooling', part: 'skills', title: 'schooling', questions: ['education', 'dutch', 'foreignDiploma', 'age', 'licence'] },
  { dialog: 'health', part: 'skills', title: 'health', questions: ['health', 'limits', 'limitsMore'] },
  { dialog: 'wish', part: 'goals', title: 'wish', questions: ['direction', 'interest', 'target', 'hours'] },
  { dialog: 'practical', part: 'goals', title: 'practical', questions: ['postcode', 'travel', 'start', 'training', 'trainingMonths'] },
];

/** Whether step `index` goes on in the same part as the step before it. */
export const continuesPart = (index: number): boolean => index > 0 && INTAKE_STEPS[index]?.part === INTAKE_STEPS[index - 1]?.part;

/** Steps shown as "Stap n van N": the question steps and the last one ("Klopt dit?", the overview). */
export const STEP_COUNT = INTAKE_STEPS.length + 1;

/** Every intake question, in the order the intake asks them. */
export function allIntakeQuestions(matcher: Matcher): Question[] {
  return [...situationQuestions, ...skillsQuestions(matcher), ...goalsQuestions(matcher)];
}

/** A step's questions, taken from the question tables by id (in the step's order). */
export function stepQuestions(step: IntakeStep, all: Question[]): Question[] {
  return step.questions.map((id) => {
    const question = all.find((q) => q.id === id);
    if (!question) throw new Error(`intake step ${step.dialog}: no question ${id}`);
    return question;
  });
}

/**
 * Before 2026-12 the intake's steps were the three parts (dialogs situation, skills, goals: "Stap n
 * van 4"). A conversation saved in the middle of one (dialog state kept up to STATE_RETENTION_DAYS)
 * still holds those topic numbers and dialog ids: the old dialogs stay registered under their ids,
 * and an old topic number maps to the steps of its part (`first` for "terug", `last` when it ended).
 */
export const LEGACY_TOPICS: readonly { dialog: string; first: number; last: number }[] = (['situation', 'skills', 'goals'] as const).map((part) => ({
  dialog: part,
  first: INTAKE_STEPS.findIndex((s) => s.part === part),
  last: INTAKE_STEPS.map((s) => s.part).lastIndexOf(part),
}));

/** The old three topics' question lists, for dialog stacks saved under the old numbering. */
export function legacyTopicQuestions(all: Question[]): { dialog: string; questions: Question[] }[] {
  return LEGACY_TOPICS.filter((t) => t.dialog !== INTAKE_STEPS[0].dialog).map((t) => ({
    dialog: t.dialog,
    questions: INTAKE_STEPS.slice(t.first, t.last + 1).flatMap((step) => stepQuestions(step, all)),
  }));
}

/**
 * Where a returning seeker continues: the first step with a question that applies and was neither
 * asked nor answered in passing. Answers saved before `asked` was kept: by their key answers.
 */
export function firstOpenStep(a: IntakeAnswers, all: Question[]): number {
  if (!a.asked) return firstOpenByKeyAnswers(a);
  const done = new Set([...a.asked, ...(a.prefilled ?? [])]);
  const open = INTAKE_STEPS.findIndex((step) => stepQuestions(step, all).some((q) => (q.when?.(a) ?? true) && !done.has(q.id)));
  return open === -1 ? INTAKE_STEPS.length : open;
}

const stepOf = (dialog: string) => INTAKE_STEPS.findIndex((s) => s.dialog === dialog);

function firstOpenByKeyAnswers(a: IntakeAnswers): number {
  if (!a.situation) return stepOf('situation');
  if (!a.education || !a.dutchLevel) return stepOf(a.jobs === undefined ? 'work' : 'schooling');
  if (!a.direction || a.trainingWilling === undefined) return stepOf(a.direction ? 'practical' : 'wish');
  return INTAKE_STEPS.length;
}
