// Corrections during the intake and at "Klopt dit?": which question an answer came from, what to
// ask again with it, and how a changed answer goes back into the answers. The language side
// (what counts as a correction, which fact it names) is language/corrections.ts.
// No runtime import of questionnaire.ts: it calls into this file (an import cycle would break).
import { findLifted, findLimits, parseDuration, type Correction, type FactKey, type IntakeQuestionId } from '../language';
import type { IntakeAnswers } from './intakeAnswers';
import type { Texts } from '../texts';

/** "Wat klopt er niet?" and "Klopt dit?" (confirmDialog.ts). */
export const WHICH_DIALOG = 'confirm';

/** The dialog that asks one intake question again (with its follow-ups): see correctionChain.ts. */
export const correctionDialogId = (question: IntakeQuestionId) => `correct.${question}`;

/** The answer a correction dialog starts with ("postcode is 3512" → "3512"). */
export interface CorrectionOptions {
  answers: IntakeAnswers;
  firstAnswer?: string;
}

/** Questions that belong to the one asked again: asked after it when they apply. */
export const FOLLOW_UPS: Partial<Record<IntakeQuestionId, IntakeQuestionId[]>> = {
  situation: ['wiaType', 'wwEnd'],
  job: ['pickOccupation'],
  earlierJob: ['pickEarlierOccupation'],
  health: ['limits', 'limitsMore'],
  limits: ['limitsMore'],
  interest: ['target'],
  training: ['trainingMonths'],
};

/** The question a named fact came from. */
const FACT_QUESTION: Record<FactKey, IntakeQuestionId> = {
  situation: 'situation', wiaType: 'wiaType', since: 'situation', benefitEnd: 'wwEnd', monthlyAmount: 'amount',
  jobs: 'job', noWork: 'job', education: 'education', mboLevelUnknown: 'education', foreignDiploma: 'foreignDiploma', dutchLevel: 'dutch',
  drivingLicence: 'licence', healthLimits: 'health', limits: 'limits', wish: 'interest', hours: 'hours', postcode: 'postcode',
  birthYear: 'age', start: 'start', trainingWilling: 'training', trainingMonths: 'trainingMonths',
};

/** A question that only picks from what the one before found: correcting it means that one. */
const ASKED_WITH: Partial<Record<IntakeQuestionId, IntakeQuestionId>> = {
  pickOccupation: 'job', pickEarlierOccupation: 'earlierJob', target: 'interest', limitsMore: 'limits',
};

const JOB_QUESTIONS: readonly string[] = ['job', 'pickOccupation', 'earlierJob', 'pickEarlierOccupation'];

export type CorrectionPlan =
  /** The new answer to the question being asked now. */
  | { kind: 'answer'; text: string }
  /** Ask this question again (with `firstAnswer` as its answer when given), then go on. */
  | { kind: 'ask'; question: IntakeQuestionId; firstAnswer?: string }
  /** "het was geen 1 jaar maar 6 maanden": the years of the job just repeated back. */
  | { kind: 'years'; job: number; years: number }
  /** Not clear what is wrong: "Wat klopt er niet?" with the summary lines. */
  | { kind: 'which' }
  /** Nothing to change (the question itself is asked again). */
  | { kind: 'repeat' }
  /** "uren klopt niet" before the hours were asked: they come later. */
  | { kind: 'notYet' };

export interface CorrectionSetting {
  /** The question being asked now. */
  current?: string;
  /** The question answered last (what the bot repeated back). */
  previous?: string;
  answers: IntakeAnswers;
}

/** What to do with a correction: about a named fact, else about the last answer. */
export function planCorrection(correction: Correction, { current, previous, answers }: CorrectionSetting): CorrectionPlan {
  const rest = correction.rest.trim();
  const aboutJobs = correction.field === 'jobs' || (!correction.field && previous !== undefined && JOB_QUESTIONS.includes(previous));
  let question = correction.field ? FACT_QUESTION[correction.field] : (previous as IntakeQuestionId | undefined);
  if (aboutJobs) question = previous === 'earlierJob' || previous === 'pickEarlierOccupation' || current === 'pickEarlierOccupation' ? 'earlierJob' : 'job';
  if (!question) return { kind: 'which' };
  question = ASKED_WITH[question] ?? question;
  // "nee dat klopt niet, ik kan wel tillen" after the health question: the limits, not the yes.
  if (question === 'health' && rest && (findLimits(rest, { about: true }) || findLifted(rest).length)) question = 'limits';
  if (correction.field && !rest && question !== current && !answered(question, answers)) return { kind: 'notYet' };
  const years = aboutJobs && rest ? yearsOnly(rest) : undefined;
  if (years !== undefined) {
    const job = question === 'earlierJob' ? 1 : 0;
    if (answers.jobs?.[job]) return { kind: 'years', job, years };
  }
  if (question === current) {
    return rest ? { kind: 'answer', text: rest } : { kind: 'repeat' };
  }
  return { kind: 'ask', question, ...(rest ? { firstAnswer: rest } : {}) };
}

/** Where a question keeps its answer: no answer there means it was not asked (or skipped). */
const ANSWER_OF: Partial<Record<IntakeQuestionId, keyof IntakeAnswers>> = {
  situation: 'situation', wiaType: 'wiaType', wwEnd: 'benefitEnd', amount: 'monthlyAmount', job: 'jobs', earlierJob: 'jobs', education: 'education',
  dutch: 'dutchLevel', foreignDiploma: 'foreignDiploma', age: 'birthYear', licence: 'drivingLicence', health: 'healthLimits', limits: 'limits',
  interest: 'interests', hours: 'hours', postcode: 'postcode', start: 'start', training: 'trainingWilling', trainingMonths: 'trainingMonths',
};

function answered(question: IntakeQuestionId, answers: IntakeAnswers): boolean {
  const key = ANSWER_OF[question];
  const value = key ? answers[key] : undefined;
  return key === undefined || (Array.isArray(value) ? value.length > 0 : value !== undefined);
}

/** "6 maanden", "2 jaar denk ik": a duration and nothing else, in years (halves kept). */
function yearsOnly(text: string): number | undefined {
  const duration = parseDuration(text);
  if (!duration || (duration.rest ?? '').replace(/[^\p{L}\d]+/gu, '') !== '') return undefined;
  const years = Math.round((duration.months / 12) * 2) / 2;
  return years > 0 ? years : undefined;
}

/**
 * The answers the question starts from when asked again: what it would add to is cleared, so the
 * new answer replaces the old one (a job question asked again sees only that job).
 */
export function prepareCorrection(question: IntakeQuestionId, a: IntakeAnswers): IntakeAnswers {
  const answers = structuredClone(a);
  if (question === 'job') answers.jobs = (answers.jobs ?? []).slice(0, 1);
  if (question === 'earlierJob') {
    answers.jobs = (answers.jobs ?? []).slice(0, 1);
    delete answers.askEarlierJob;
  }
  // The limits asked again keep what is there: the answer takes off ("ik kan wel tillen") or replaces.
  if (question === 'health') {
    // The travel time has its own question: kept.
    const travel = answers.limits?.maxTravelMinutes;
    delete answers.limits;
    if (travel) answers.limits = { maxTravelMinutes: travel };
  }
  if (question === 'travel' && answers.limits) delete answers.limits.maxTravelMinutes;
  if (question === 'interest') (delete answers.targets, delete answers.targetCandidates);
  return answers;
}

/** The answers after a question was asked again: `after`, with what `prepareCorrection` set aside. */
export function mergeCorrection(question: IntakeQuestionId, before: IntakeAnswers, after: IntakeAnswers): IntakeAnswers {
  const merged = structuredClone(after);
  if (question === 'job') merged.jobs = [...(merged.jobs ?? []).slice(0, 1), ...(before.jobs ?? []).slice(1)];
  // The earlier-job question, once answered, is not asked again.
  if (question === 'job' && before.askEarlierJob === false) merged.askEarlierJob = false;
  return merged;
}

/** "het was geen 1 jaar maar 6 maanden": the new years on that job; returns what the bot says. */
export function applyYears(answers: IntakeAnswers, plan: { job: number; years: number }, { t }: { t: Texts }): string {
  const job = answers.jobs![plan.job];
  job.years = plan.years;
  return t.skills.confirmed(job.occupation?.label ?? job.text, plan.years);
}
