// What the intake takes from one answer to one question, without a conversation around it: the
// same question tables the dialogs ask, so the understanding corpus (test/golden/understanding)
// measures exactly what seekers get.
import { findCorrection, type IntakeQuestionId } from '../language';
import { readAnswer } from './alsoRead';
import { applyYears, mergeCorrection, planCorrection, prepareCorrection } from './corrections';
import { textsFor, type Locale } from '../texts';
import type { IntakeAnswers } from './intakeAnswers';
import type { Question, QuestionContext } from './questionnaire';
import type { Matcher } from './services';
import { allIntakeQuestions } from './intakeSteps';

/** Every intake question, in the order the intake asks them. */
export function intakeQuestions(matcher: Matcher): Question[] {
  return allIntakeQuestions(matcher);
}

export interface AnswerSetting {
  matcher: Matcher;
  now: Date;
  locale: Locale;
  /** What the seeker said before this answer. */
  answers?: IntakeAnswers;
  /** Questions asked before this one in the same step (never filled in passing); default none. */
  asked?: string[];
  /** The question answered just before (what a bare "nee dat klopt niet" is about); default the one before in the intake. */
  previous?: IntakeQuestionId;
}

export interface AnswerOutcome {
  /** The question understood the answer (else the bot asks again). */
  ok: boolean;
  /** The answers after this one (a copy: `setting.answers` is not changed). */
  answers: IntakeAnswers;
  /** What the bot replied, when it said something before the next question. */
  reply?: string;
}

/** Applies one answer to one question, as the intake does, corrections included. */
export async function understandAnswer(questionId: IntakeQuestionId, text: string, setting: AnswerSetting): Promise<AnswerOutcome> {
  const correction = findCorrection(text);
  if (!correction) return readOne(questionId, text, setting);
  // The same plan the questionnaire follows (corrections.ts); asking a question again is one answer here.
  const answers = structuredClone(setting.answers ?? {});
  const previous = setting.previous ?? questionBefore(questionId, answers, setting.matcher);
  const plan = planCorrection(correction, { current: questionId, previous, answers });
  if (plan.kind === 'answer') return readOne(questionId, plan.text, setting);
  if (plan.kind === 'years') {
    const reply = applyYears(answers, plan, { t: textsFor(setting.locale) });
    return { ok: true, answers, reply };
  }
  if (plan.kind !== 'ask' || !plan.firstAnswer) return { ok: false, answers };
  const again = await readOne(plan.question, plan.firstAnswer, { ...setting, answers: prepareCorrection(plan.question, answers), asked: [] });
  if (!again.ok) return { ok: false, answers };
  return { ...again, answers: mergeCorrection(plan.question, answers, again.answers) };
}

async function readOne(questionId: IntakeQuestionId, text: string, setting: AnswerSetting): Promise<AnswerOutcome> {
  const question = intakeQuestions(setting.matcher).find((q) => q.id === questionId);
  if (!question) throw new Error(`No intake question ${questionId}`);
  const answers = structuredClone(setting.answers ?? {});
  const q: QuestionContext = { locale: setting.locale, t: textsFor(setting.locale), now: setting.now, answers };
  const said = text.trim();
  // The same reading as the dialogs: the asked question, then every other fact in the answer.
  const understood = await readAnswer(said, question, q, await question.understand(said, q), [...(setting.asked ?? []), questionId], setting.matcher);
  if (!understood.ok) return { ok: false, answers };
  understood.apply(answers);
  return { ok: true, answers, ...(understood.reply ? { reply: understood.reply } : {}) };
}

/** The intake question asked before `id` for these answers. */
function questionBefore(id: IntakeQuestionId, answers: IntakeAnswers, matcher: Matcher): IntakeQuestionId | undefined {
  const all = intakeQuestions(matcher);
  const before = all.slice(0, all.findIndex((q) => q.id === id)).filter((q) => q.when?.(answers) ?? true);
  return before.at(-1)?.id as IntakeQuestionId | undefined;
}
