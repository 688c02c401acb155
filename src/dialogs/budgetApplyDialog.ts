// Applying for a region's own scheme ("Regionaal scholingsbudget") in the chat:
//   "Goed, we vragen samen het scholingsbudget aan."
//   Welke opleiding? → Bij welke school? → Wat kost het? (meer dan het maximum: toch aanvragen of
//   stoppen) → Wanneer begint het? → "Dit is je aanvraag … Klopt dit?" (a field to change is asked
//   again, then the check again) → "Mag ik je aanvraag bewaren en naar het Werkcentrum sturen?"
//   → "Je aanvraag is binnen. Een adviseur beslist binnen 10 werkdagen. Je hoort het hier."
// Without consent, or after "Ik zoek het eerst uit" / "Nee, stoppen", nothing is stored.
import type { TurnContext } from 'botbuilder';
import { ComponentDialog, WaterfallDialog, type DialogTurnResult, type WaterfallStepContext } from 'botbuilder-dialogs';
import { BUDGET_CONSENT_VERSION } from '../texts/budget';
import { applicationData, budgetHooks, budgetQuestions, clearBudgetField, type BudgetAnswers } from './budgetQuestions';
import { seekerOf } from './identity';
import { QuestionnaireDialog, type QuestionnaireResult } from './questionnaire';
import type { BudgetSchemeView, SeekerBudget } from './services';
import { say, turnOf } from './turn';

export const BUDGET_APPLY_DIALOG = 'budgetApply';
const QUESTIONS = 'budgetApplyQuestions';
const FLOW = 'budgetApplyFlow';

export interface BudgetApplyOptions {
  scheme: BudgetSchemeView;
  answers?: BudgetAnswers;
  /** Back after a change at "Klopt dit?": no intro. */
  again?: boolean;
}

/** 'sent': stored and sent; 'not-sent': stopped, no consent, or "terug" at the first question. */
export type BudgetApplyResult = 'sent' | 'not-sent';

export class BudgetApplyDialog extends ComponentDialog {
  constructor(
    private readonly budget: SeekerBudget,
    now: () => Date,
  ) {
    super(BUDGET_APPLY_DIALOG);
    this.addDialog(new QuestionnaireDialog<BudgetAnswers>(QUESTIONS, budgetQuestions, now, budgetHooks))
      .addDialog(new WaterfallDialog(FLOW, [this.ask.bind(this), this.done.bind(this)]));
    this.initialDialogId = FLOW;
  }

  private async ask(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const o = step.options as BudgetApplyOptions;
    const answers: BudgetAnswers = structuredClone(o.answers ?? { scheme: o.scheme });
    if (!o.again) await say(step.context, turnOf(step.context).t.budget.intro(o.scheme.title));
    return step.beginDialog(QUESTIONS, { answers });
  }

  private async done(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const { answers, back } = step.result as QuestionnaireResult<BudgetAnswers>;
    const { t } = turnOf(step.context);
    if (back) return step.endDialog('not-sent' satisfies BudgetApplyResult);
    if (answers.stop) {
      await say(step.context, answers.stop === 'later' ? t.budget.laterDone : t.budget.stopped);
      return step.endDialog('not-sent' satisfies BudgetApplyResult);
    }
    // "Klopt dit?" → a field to change: its question again, then the check again.
    if (!answers.confirmed) {
      if (answers.fix && answers.fix !== 'which' && answers.fix !== 'again') clearBudgetField(answers, answers.fix);
      delete answers.fix;
      return step.replaceDialog(FLOW, { scheme: answers.scheme, answers, again: true } satisfies BudgetApplyOptions);
    }
    if (!answers.consent) {
      await say(step.context, t.budget.consent.refused);
      return step.endDialog('not-sent' satisfies BudgetApplyResult);
    }
    return step.endDialog(await this.send(step.context, answers));
  }

  /** Consent given: the consent and the application are stored; the seeker hears what happens next. */
  private async send(context: TurnContext, answers: BudgetAnswers): Promise<BudgetApplyResult> {
    const { t, locale } = turnOf(context);
    const data = applicationData(answers);
    if (!data) return 'not-sent';
    const { regionId, schemeId, decisionWorkdays } = answers.scheme;
    try {
      await this.budget.apply(seekerOf(context), { regionId, schemeId, data, locale, consentVersion: BUDGET_CONSENT_VERSION });
    } catch {
      await say(context, t.budget.failed);
      return 'not-sent';
    }
    await say(context, t.budget.sent);
    await say(context, decisionWorkdays ? t.budget.decidesWithin(decisionWorkdays) : t.budget.decidesSoon);
    await say(context, t.budget.notYet);
    return 'sent';
  }
}
