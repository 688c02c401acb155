// The last question after a summary: how to go on, talk to an advisor, or start again. Buttons and
// free text in either language; re-asked when not understood and after an interruption. A summary
// may offer choices of its own before these ("Meer voorstellen") and answer other requests about
// what it showed ("Meer uitleg 2") without leaving the question.
import { Dialog, type DialogContext, type DialogInstance, type DialogTurnResult } from 'botbuilder-dialogs';
import type { TurnContext } from 'botbuilder';
import { isThanksOrOk, matchChoice, type Choice } from '../language';
import type { ChoiceOption } from '../channels/message';
import type { Texts } from '../texts';
import { en } from '../texts/en';
import { nl } from '../texts/nl';
import { say, turnOf } from './turn';

export const NEXT_STEPS = ['refer', 'advisor', 'again'] as const;
export type NextStep = (typeof NEXT_STEPS)[number];

/** The question and its three answers, in one language. */
export type NextStepTexts = { question: string } & Record<NextStep, string>;

/** A choice of the summary's own, before the next steps: its button and the words it understands. */
export interface ExtraChoice {
  choice: Choice;
  label: (t: Texts) => string;
}

export abstract class NextStepDialog<O extends object = object> extends Dialog<O> {
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

  /** Choices offered before the next steps now (from the dialog's state); none by default. */
  protected extraChoices(_state: object): ExtraChoice[] {
    return [];
  }

  /**
   * Answers a message that is no next step but about the summary (an extra choice's value, or
   * other words it knows); true when answered. The question is asked again after it.
   */
  protected async answerOther(_dc: DialogContext, _text: string, _chosen: string | undefined): Promise<boolean> {
    return false;
  }

  override async continueDialog(dc: DialogContext): Promise<DialogTurnResult> {
    const text = dc.context.activity.text ?? '';
    const state = (dc.activeDialog!.state ??= {}) as { misses?: number };
    const extra = this.extraChoices(state).map((e) => e.choice);
    // Positions count the buttons as shown: the extra choices first.
    const chosen = matchChoice(text, [...extra, ...this.choices])?.value;
    if (await this.answerOther(dc, text, extra.some((e) => e.value === chosen) ? chosen : undefined)) {
      await this.askNext(dc.context, dc.activeDialog!.state);
      return Dialog.EndOfTurn;
    }
    const next = NEXT_STEPS.find((s) => s === chosen);
    if (next) return this.finish(dc, next);
    // Free text that is no button (a question the root could not answer, "dank je", "oké"): a kind
    // word and the buttons, and from the second time the way to a person; never "Sorry" in a loop.
    const { t } = turnOf(dc.context, undefined, this.now());
    if (isThanksOrOk(text)) await say(dc.context, t.anyMoment.thanks);
    else {
      state.misses = (state.misses ?? 0) + 1;
      await say(dc.context, state.misses > 1 ? `${t.anyMoment.endChoose}\n${t.anyMoment.endStuck(this.texts(t).advisor)}` : t.anyMoment.endChoose);
    }
    await this.askNext(dc.context, state);
    return Dialog.EndOfTurn;
  }

  override async resumeDialog(dc: DialogContext): Promise<DialogTurnResult> {
    await this.askNext(dc.context, dc.activeDialog?.state ?? {});
    return Dialog.EndOfTurn;
  }

  override async repromptDialog(context: TurnContext, instance: DialogInstance): Promise<void> {
    await this.askNext(context, instance.state ?? {});
  }

  protected async askNext(context: TurnContext, state: object = {}): Promise<void> {
    const { t } = turnOf(context, undefined, this.now());
    const texts = this.texts(t);
    const extra: ChoiceOption[] = this.extraChoices(state).map((e) => ({ value: e.choice.value, label: e.label(t) }));
    await say(context, { text: texts.question, choices: [...extra, ...NEXT_STEPS.map((value) => ({ value, label: texts[value] }))] });
  }
}
