// The employer route: a short intro (business facts only, no employee data), the employer's
// questions, then the summary with the options from the matching module.
import { ComponentDialog, WaterfallDialog, type DialogContext, type DialogTurnResult, type WaterfallStepContext } from 'botbuilder-dialogs';
import { EmployerAnswersSchema, type EmployerAnswers } from './employerAnswers';
import { employerQuestions } from './employerQuestions';
import { EMPLOYER_SUMMARY_DIALOG, EmployerSummaryDialog, type EmployerSummaryResult } from './employerSummaryDialog';
import { QuestionnaireDialog, type QuestionnaireResult } from './questionnaire';
import type { MediationIntent } from './menuIntent';
import { GROUP_DIALOG, GroupDialog, tellGroupProgress } from './groupDialog';
import type { FormResult } from './mediationFormDialog';
import type { EmployerDesk, EmployerMatcher, Matcher } from './services';
import { VACANCY_DIALOG, VacancyDialog } from './employerVacancyDialog';
import { say, turnOf } from './turn';

export const EMPLOYER_DIALOG = 'employer';
const QUESTIONS = 'employerQuestions';
const FLOW = 'employerFlow';

export interface EmployerOptions {
  /** Facts already known, e.g. the need from "wij hebben een vacature" at the menu. */
  answers?: EmployerAnswers;
  /** "ik wil een vacature achterlaten", "hoe gaat het met de groep?": straight there. */
  start?: MediationIntent;
}

/** 'menu': "terug" at the first question; 'left': after leaving a vacancy or registering a group (stored or not). */
export type EmployerOutcome = EmployerSummaryResult | { outcome: 'menu' | 'left'; answers: EmployerAnswers };

export class EmployerDialog extends ComponentDialog {
  /** `desk` and `occupations`: bemiddeling (leave a vacancy, register a group); without them the route only advises. */
  constructor(employers: EmployerMatcher, now: () => Date, desk?: EmployerDesk, occupations?: Pick<Matcher, 'searchOccupations'>) {
    super(EMPLOYER_DIALOG);
    this.addDialog(new QuestionnaireDialog<EmployerAnswers>(QUESTIONS, employerQuestions, now))
      .addDialog(new EmployerSummaryDialog(employers, now, desk && occupations ? desk : undefined))
      .addDialog(new WaterfallDialog(FLOW, [this.ask.bind(this), this.summary.bind(this), this.mediation.bind(this), this.done.bind(this)]));
    if (desk && occupations) this.addDialog(new VacancyDialog(desk, occupations, now)).addDialog(new GroupDialog(desk, now));
    this.desk = desk && occupations ? desk : undefined;
    this.initialDialogId = FLOW;
  }

  private readonly desk?: EmployerDesk;

  private async ask(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const { t } = turnOf(step.context);
    const o = step.options as EmployerOptions | undefined;
    const answers = o?.answers ?? {};
    if (o?.start && this.desk) {
      if (o.start !== 'progress') return step.next({ outcome: o.start, answers } satisfies EmployerOutcome);
      await tellGroupProgress(step.context, this.desk);
      return step.endDialog({ outcome: 'left', answers } satisfies EmployerOutcome);
    }
    for (const line of t.employer.intro) await say(step.context, line);
    return step.beginDialog(QUESTIONS, { answers });
  }

  private async summary(step: WaterfallStepContext): Promise<DialogTurnResult> {
    // Straight to a vacancy or group (EmployerOptions.start): no questions, no summary.
    if ((step.result as EmployerOutcome | undefined)?.outcome) return step.next(step.result);
    const result = step.result as QuestionnaireResult<EmployerAnswers>;
    if (result.back) return step.endDialog({ outcome: 'menu', answers: result.answers } satisfies EmployerOutcome);
    return step.beginDialog(EMPLOYER_SUMMARY_DIALOG, { answers: result.answers });
  }

  /** "Vacature achterlaten" / "Groep aanmelden" at the summary. */
  private async mediation(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const result = step.result as EmployerOutcome;
    // The company's postcode is where the work is, until the employer says otherwise at "Klopt dit?".
    if (result.outcome === 'vacancy') return step.beginDialog(VACANCY_DIALOG, { answers: result.answers.postcode ? { postcode: result.answers.postcode } : {} });
    if (result.outcome === 'group') return step.beginDialog(GROUP_DIALOG, { answers: result.answers.atRisk ? { headcount: result.answers.atRisk } : {} });
    return step.next(result);
  }

  private async done(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const result = step.result as EmployerOutcome | FormResult;
    if (result.outcome === 'stored' || result.outcome === 'refused' || result.outcome === 'back') {
      return step.endDialog({ outcome: 'left', answers: {} } satisfies EmployerOutcome);
    }
    return step.endDialog(result);
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
