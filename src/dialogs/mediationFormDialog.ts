// The shared flow of the employer's vacancy and group: its questions → consent and contact → "Klopt
// dit?" (a field to change is asked again, then the check again) → stored. Without consent the
// dialog ends and nothing is stored. The subclasses (vacancyDialog.ts, groupDialog.ts) give the
// questions and what storing means.
import type { TurnContext } from 'botbuilder';
import { ComponentDialog, WaterfallDialog, type DialogTurnResult, type WaterfallStepContext } from 'botbuilder-dialogs';
import { checkQuestions, type CheckSpec } from './checkQuestions';
import { contactQuestions } from './contactQuestions';
import { seekerOf } from './identity';
import { QuestionnaireDialog, type Question, type QuestionnaireHooks, type QuestionnaireResult } from './questionnaire';
import type { EmployerDesk } from './services';
import { say, turnOf } from './turn';
import { clearField, type ContactAnswers } from './vacancyAnswers';

export interface FormOptions<A> {
  answers?: A;
  /** Back after a change at "Klopt dit?": no intro, no second look-up. */
  again?: boolean;
}

/** The dialog's result: stored, refused (no consent), or "terug" at the first question. */
export interface FormResult {
  outcome: 'stored' | 'refused' | 'back';
}

export abstract class MediationFormDialog<A extends ContactAnswers> extends ComponentDialog {
  private readonly ids: { flow: string; questions: string; contact: string; check: string };

  constructor(
    id: string,
    protected readonly desk: EmployerDesk,
    questions: Question<A>[],
    check: CheckSpec<A>,
    now: () => Date,
    hooks: QuestionnaireHooks<A> = {},
  ) {
    super(id);
    this.ids = { flow: `${id}Flow`, questions: `${id}Questions`, contact: `${id}Contact`, check: `${id}Check` };
    this.addDialog(new QuestionnaireDialog<A>(this.ids.questions, questions, now, hooks))
      .addDialog(new QuestionnaireDialog<A>(this.ids.contact, contactQuestions<A>(), now))
      .addDialog(new QuestionnaireDialog<A>(this.ids.check, checkQuestions(check), now))
      .addDialog(new WaterfallDialog(this.ids.flow, [this.ask.bind(this), this.contact.bind(this), this.check.bind(this), this.done.bind(this)]));
    this.initialDialogId = this.ids.flow;
  }

  /** Said once before the first question. */
  protected abstract intro(context: TurnContext): string;
  /** Stores the checked answers (consent given) and tells the employer what happens next. */
  protected abstract save(context: TurnContext, answers: A): Promise<void>;

  private async ask(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const o = (step.options ?? {}) as FormOptions<A>;
    const answers = structuredClone(o.answers ?? ({} as A));
    if (!o.again) {
      await say(step.context, this.intro(step.context));
      const known = await this.desk.employerOf(seekerOf(step.context));
      if (known) answers.known = known.organisation;
    }
    return step.beginDialog(this.ids.questions, { answers });
  }

  private async contact(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const result = step.result as QuestionnaireResult<A>;
    if (result.back) return step.endDialog({ outcome: 'back' } satisfies FormResult);
    return step.beginDialog(this.ids.contact, { answers: result.answers });
  }

  private async check(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const { answers } = step.result as QuestionnaireResult<A>;
    if (!answers.consent) {
      // Nothing was stored; the answers go with this dialog's state.
      await say(step.context, turnOf(step.context).t.employerMediation.consent.refused);
      return step.endDialog({ outcome: 'refused' } satisfies FormResult);
    }
    delete answers.confirmed;
    delete answers.fix;
    const { t } = turnOf(step.context);
    if (answers.known && !(step.options as FormOptions<A>).again) await say(step.context, t.employerMediation.contact.known(answers.known));
    return step.beginDialog(this.ids.check, { answers });
  }

  private async done(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const { answers } = step.result as QuestionnaireResult<A>;
    // A field to change is asked again ("terug" at the check: the check again), then the check again.
    if (!answers.confirmed) {
      if (answers.fix) clearField(answers, answers.fix);
      delete answers.fix;
      return step.replaceDialog(this.ids.flow, { answers, again: true } satisfies FormOptions<A>);
    }
    await this.save(step.context, answers);
    return step.endDialog({ outcome: 'stored' } satisfies FormResult);
  }
}
