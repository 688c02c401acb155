// The employer route: a short intro (business facts only, no employee data), the employer's
// questions, then the summary with the options from the matching module.
import { ComponentDialog, WaterfallDialog, type DialogContext, type DialogTurnResult, type WaterfallStepContext } from 'botbuilder-dialogs';
import { EmployerAnswersSchema, type EmployerAnswers } from './employerAnswers';
import { employerQuestions } from './employerQuestions';
import { EMPLOYER_SUMMARY_DIALOG, EmployerSummaryDialog, type EmployerSummaryResult } from './employerSummaryDialog';
import { QuestionnaireDialog, type QuestionnaireResult } from './questionnaire';
import type { EmployerMatcher } from './services';
import { say, turnOf } from './turn';

export const EMPLOYER_DIALOG = 'employer';
const QUESTIONS = 'employerQuestions';
const FLOW = 'employerFlow';

export interface EmployerOptions {
  /** Facts already known, e.g. the need from "wij hebben een vacature" at the menu. */
  answers?: EmployerAnswers;
}

/** 'menu': "terug" at the first question. */
export type EmployerOutcome = EmployerSummaryResult | { outcome: 'menu'; answers: EmployerAnswers };

export class EmployerDialog extends ComponentDialog {
  constructor(employers: EmployerMatcher, now: () => Date) {
    super(EMPLOYER_DIALOG);
    this.addDialog(new QuestionnaireDialog<EmployerAnswers>(QUESTIONS, employerQuestions, now))
      .addDialog(new EmployerSummaryDialog(employers, now))
      .addDialog(new WaterfallDialog(FLOW, [this.ask.bind(this), this.summary.bind(this), this.done.bind(this)]));
    this.initialDialogId = FLOW;
  }

  private async ask(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const { t } = turnOf(step.context);
    for (const line of t.employer.intro) await say(step.context, line);
    const answers = (step.options as EmployerOptions | undefined)?.answers ?? {};
    return step.beginDialog(QUESTIONS, { answers });
  }

  private async summary(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const result = step.result as QuestionnaireResult<EmployerAnswers>;
    if (result.back) return step.endDialog({ outcome: 'menu', answers: result.answers } satisfies EmployerOutcome);
    return step.beginDialog(EMPLOYER_SUMMARY_DIALOG, { answers: result.answers });
  }

  private async done(step: WaterfallStepContext): Promise<DialogTurnResult> {
    return step.endDialog(step.result as EmployerOutcome);
  }
}

/**
 * The business facts so far, when the conversation is in the employer route (for a handoff that
 * starts in the middle: the advisor sees the employer's summary).
 */
export function employerAnswersIn(dc: DialogContext): EmployerAnswers | undefined {
  let inEmployer = false;
  for (let current: DialogContext | undefined = dc; current; current = current.child) {
    if (current.stack.some((d) => d.id === EMPLOYER_DIALOG)) inEmployer = true;
    if (!current.child && inEmployer) {
      const parsed = EmployerAnswersSchema.safeParse((current.activeDialog?.state as { answers?: unknown } | undefined)?.answers ?? {});
      return parsed.success ? parsed.data : {};
    }
  }
  return undefined;
}
