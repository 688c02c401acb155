// What the intake takes from one answer to one question, without a conversation around it: the
// same question tables the dialogs ask, so the understanding corpus (test/golden/understanding)
// measures exactly what seekers get.
import type { IntakeQuestionId } from '../language';
import { readAnswer } from './alsoRead';
import { textsFor, type Locale } from '../texts';
import { goalsQuestions } from './goalsDialog';
import type { IntakeAnswers } from './intakeAnswers';
import type { Question, QuestionContext } from './questionnaire';
import type { Matcher } from './services';
import { situationQuestions } from './situationDialog';
import { skillsQuestions } from './skillsDialog';

/** Every intake question, in the order the intake asks them. */
export function intakeQuestions(matcher: Matcher): Question[] {
  return [...situationQuestions, ...skillsQuestions(matcher), ...goalsQuestions(matcher)];
}

export interface AnswerSetting {
  matcher: Matcher;
  now: Date;
  locale: Locale;
  /** What the seeker said before this answer. */
  answers?: IntakeAnswers;
  /** Questions asked before this one in the same step (never filled in passing); default none. */
  asked?: string[];
}

export interface AnswerOutcome {
  /** The question understood the answer (else the bot asks again). */
  ok: boolean;
  /** The answers after this one (a copy: `setting.answers` is not changed). */
  answers: IntakeAnswers;
  /** What the bot replied, when it said something before the next question. */
  reply?: string;
}

/** Applies one answer to one question, as the intake does. */
export async function understandAnswer(questionId: IntakeQuestionId, text: string, setting: AnswerSetting): Promise<AnswerOutcome> {
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
