// The last question after a summary: how to go on, talk to an advisor, or start again. Buttons and
// free text in either language; re-asked when not understood and after an interruption.
import { Dialog, type DialogContext, type DialogTurnResult } from 'botbuilder-dialogs';
import type { TurnContext } from 'botbuilder';
import { isThanksOrOk, matchChoice } from '../language';
import type { Texts } from '../texts';
import { en } from '../texts/en';
import { nl } from '../texts/nl';
import { say, turnOf } from './turn';

export const NEXT_STEPS = ['refer', 'advisor', 'again'] as const;
export type NextStep = (typeof NEXT_STEPS)[number];

/** The question and its three answers, in one language. */
export type NextStepTexts = { question: string } & Record<NextStep, string>;

export abstract class NextStepDialog<O extends object = {}> extends Dialog<O> {
  private readonly choices: { value: NextStep; labels: string[] }[];

  constructor(
    id: string,
    private readonly texts: (t: Texts) => NextStepTexts,
    protected readonly now: () => Date,
  ) {
    super(id);
    this.choices = NEXT_STEPS.map((value) => ({ value, labels: [texts(nl)[value], texts(en)[value]] }));
  }

  /** What the chosen step leads to (the dialog's result). */
  protected abstract finish(dc: DialogContext, next: NextStep): Promise<DialogTurnResult>;

  override async continueDialog(dc: DialogContext): Promise<DialogTurnResult> {
    const next = matchChoice(dc.context.activity.text ?? '', this.choices)?.value as NextStep | undefined;
    if (next) return this.finish(dc, next);
    // Free text that is no button (a question the root could not answer, "dank je", "oké"): a kind
    // word and the buttons, and from the second time the way to a person; never "Sorry" in a loop.
    const { t } = turnOf(dc.context, undefined, this.now());
    const text = dc.context.activity.text ?? '';
    const state = (dc.activeDialog!.state ??= {}) as { misses?: number };
    if (isThanksOrOk(text)) await say(dc.context, t.anyMoment.thanks);
    else {
      state.misses = (state.misses ?? 0) + 1;
      await say(dc.context, state.misses > 1 ? `${t.anyMoment.endChoose}\n${t.anyMoment.endStuck(this.texts(t).advisor)}` : t.anyMoment.endChoose);
    }
    await this.askNext(dc.context);
    return Dialog.EndOfTurn;
  }

  override async resumeDialog(dc: DialogContext): Promise<DialogTurnResult> {
    await this.askNext(dc.context);
    return Dialog.EndOfTurn;
  }

  override async repromptDialog(context: TurnContext): Promise<void> {
    await this.askNext(context);
  }

  protected async askNext(context: TurnContext): Promise<void> {
    const texts = this.texts(turnOf(context, undefined, this.now()).t);
    await say(context, { text: texts.question, choices: NEXT_STEPS.map((value) => ({ value, label: texts[value] })) });
  }
}
