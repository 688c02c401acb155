// A dialog that asks a list of questions, one per message, and understands free text. Each topic
// dialog (situation, skills, goals) is a table of questions, so it reads like the conversation.
// It handles "terug" (previous question), "help", and misunderstandings (after two: offer a person).
import { Dialog, DialogTurnStatus, type DialogContext, type DialogTurnResult, type DialogReason, type DialogInstance } from 'botbuilder-dialogs';
import type { TurnContext } from 'botbuilder';
import type { OutgoingMessage } from '../channels/message';
import type { IntakeAnswers } from './intakeAnswers';
import { conversationLocale, say, turnOf, type Turn } from './turn';
import type { Correction, IntakeQuestionId } from '../language';
import { applyYears, correctionDialogId, FOLLOW_UPS, mergeCorrection, planCorrection, WHICH_DIALOG, type CorrectionOptions } from './corrections';

// Generic over the answers it collects (A): the seeker's intake answers by default; the employer
// dialog collects business facts with the same machinery.
export interface QuestionContext<A = IntakeAnswers> extends Turn {
  answers: A;
}

export type Understood<A = IntakeAnswers> =
  | { ok: true; apply: (answers: A) => void; reply?: string }
  /** Not an answer to this question; `aside`: facts for later questions it held, taken before asking again. */
  | { ok: false; hint?: string; aside?: { apply: (answers: A) => void; reply: string } };

export interface Question<A = IntakeAnswers> {
  id: string;
  /** Ask only when this holds for the answers so far. */
  when?: (answers: A) => boolean;
  /** Messages to send; the last one is the question (with its buttons). */
  ask: (q: QuestionContext<A>) => OutgoingMessage[];
  understand: (text: string, q: QuestionContext<A>) => Understood<A> | Promise<Understood<A>>;
  /** Extra explanation for "help" on this question. */
  help?: (q: QuestionContext<A>) => string;
  /** Free text is expected (e.g. a job title): a lone "adviseur" is an answer, not a request. */
  freeText?: boolean;
}

/** What a caller adds to the generic questionnaire (the intake reads every fact in an answer). */
export interface QuestionnaireHooks<A = IntakeAnswers> {
  /**
   * After the asked question's own understanding: the same message read for more. Returns what to
   * do instead (e.g. the own result plus facts for later questions). `asked`: question ids asked so
   * far in this run of the dialog, the current one last.
   */
  alsoRead?: (text: string, question: Question<A>, q: QuestionContext<A>, understood: Understood<A>, asked: string[]) => Understood<A> | Promise<Understood<A>>;
  /** A question not to ask although its `when` holds (e.g. already answered in passing). */
  skip?: (question: Question<A>, answers: A) => boolean;
}

export interface QuestionnaireOptions<A = IntakeAnswers> {
  answers: A;
  /** Start at the last question that was asked (coming back with "terug" from the next topic). */
  fromEnd?: boolean;
  /** Said before the first question ("Stap 2 van 7: je werk"), only when a question is asked. */
  intro?: OutgoingMessage;
  /** The question answered just before this dialog: what a bare "dat klopt niet" at its first question is about. */
  previous?: string;
}

export interface QuestionnaireResult<A = IntakeAnswers> {
  answers: A;
  /** The seeker said "terug" at the first question: the caller goes to the previous topic. */
  back?: boolean;
  /** No question applied, so none was asked (all answered in passing, or none for these answers). */
  none?: boolean;
  /** The question answered last. */
  last?: string;
}

interface State<A = IntakeAnswers> {
  answers: A;
  index: number;
  history: number[];
  misses: number;
  /** Read by the root dialog to tune interruption detection for the current question. */
  freeText?: boolean;
  /** A correction is being asked (an intake question id, or 'which'): its answers come back on resume. */
  correcting?: string;
  /** QuestionnaireOptions.previous. */
  previous?: string;
}

/** Whether the bot misunderstood the seeker twice in a row at the current question. */
export function misunderstoodTwice(state: unknown): boolean {
  return ((state as State | undefined)?.misses ?? 0) >= 2;
}

/** Whether the question the seeker is answering expects free text. */
export function expectsFreeText(state: unknown): boolean {
  return Boolean((state as State | undefined)?.freeText);
}

/** Signals set by the root dialog for this turn (it detects interruptions in one place). */
export const TURN_INTENT = Symbol('werkloket.turnIntent');
/** With intent 'help': a specific text to give instead of the question's general help (e.g. why we ask it). */
export const HELP_TEXT = Symbol('werkloket.helpText');
/** With intent 'correct': the correction the seeker typed ("uren klopt niet"), see corrections.ts. */
export const CORRECTION = Symbol('werkloket.correction');
export type TurnIntent = 'back' | 'help' | 'correct' | undefined;

export class QuestionnaireDialog<A extends object = IntakeAnswers> extends Dialog<QuestionnaireOptions<A>> {
  constructor(
    id: string,
    private readonly questions: Question<A>[],
    private readonly now: () => Date,
    private readonly hooks: QuestionnaireHooks<A> = {},
  ) {
    super(id);
  }

  /** The id of the question this dialog instance is asking (its state from the dialog stack). */
  questionIdOf(state: unknown): string | undefined {
    const index = (state as { index?: number } | undefined)?.index;
    return index === undefined || index < 0 ? undefined : this.questions[index]?.id;
  }

  async beginDialog(dc: DialogContext, options?: QuestionnaireOptions<A>): Promise<DialogTurnResult> {
    const answers = structuredClone(options?.answers ?? ({} as A));
    const state: State<A> = { answers, index: -1, history: [], misses: 0, ...(options?.previous ? { previous: options.previous } : {}) };
    if (options?.fromEnd) {
      // Replay which questions apply, to land on the last one and keep "terug" working inside.
      for (let i = this.next(answers, -1); i !== -1; i = this.next(answers, i)) state.history.push(i);
      state.index = state.history.pop() ?? -1;
    } else {
      state.index = this.next(answers, -1);
    }
    dc.activeDialog!.state = state;
    if (state.index === -1) return dc.endDialog({ answers, none: true } satisfies QuestionnaireResult<A>);
    if (options?.intro) await say(dc.context, options.intro);
    await this.ask(dc.context, state);
    return Dialog.EndOfTurn;
  }

  override async continueDialog(dc: DialogContext): Promise<DialogTurnResult> {
    const state = dc.activeDialog!.state as State<A>;
    const intent = dc.context.turnState.get(TURN_INTENT) as TurnIntent;
    const q = this.context(dc.context, state);
    if (intent === 'back') {
      if (!state.history.length) return dc.endDialog({ answers: state.answers, back: true } satisfies QuestionnaireResult<A>);
      state.index = state.history.pop()!;
      state.misses = 0;
      await this.ask(dc.context, state);
      return Dialog.EndOfTurn;
    }
    if (intent === 'help') {
      const question = this.questions[state.index];
      const specific = dc.context.turnState.get(HELP_TEXT) as string | undefined;
      await say(dc.context, { text: specific ?? question.help?.(q) ?? q.t.intake.help });
      await this.ask(dc.context, state);
      return Dialog.EndOfTurn;
    }

    let corrected: string | undefined;
    if (intent === 'correct') {
      const handled = await this.correct(dc, state);
      if (typeof handled === 'object') return handled;
      corrected = handled;
    }
    const text = (corrected ?? dc.context.activity.text ?? '').trim();
    const question = this.questions[state.index];
    let understood: Understood<A> = text ? await question.understand(text, q) : { ok: false };
    if (text && this.hooks.alsoRead) {
      const asked = [...state.history, state.index].map((i) => this.questions[i].id);
      understood = await this.hooks.alsoRead(text, question, q, understood, asked);
    }
    if (!understood.ok && understood.aside) {
      // "32 uur" at the diploma question: kept for the hours question, and no "Sorry" for it.
      understood.aside.apply(state.answers);
      await say(dc.context, { text: understood.aside.reply });
      await this.ask(dc.context, state);
      return Dialog.EndOfTurn;
    }
    if (!understood.ok) return this.misunderstood(dc, state, understood.hint);

    understood.apply(state.answers);
    state.misses = 0;
    if (understood.reply) await say(dc.context, { text: understood.reply });
    state.history.push(state.index);
    state.index = this.next(state.answers, state.index);
    if (state.index === -1) return dc.endDialog({ answers: state.answers, last: question.id } satisfies QuestionnaireResult<A>);
    await this.ask(dc.context, state);
    return Dialog.EndOfTurn;
  }

  /** Back from an interruption (e.g. "verwijder mijn gegevens" → "nee"): ask the question again. */
  override async resumeDialog(dc: DialogContext, _reason?: DialogReason, result?: unknown): Promise<DialogTurnResult> {
    const state = dc.activeDialog!.state as State<A>;
    if (state.correcting) {
      const corrected = state.correcting as IntakeQuestionId;
      const done = result as QuestionnaireResult<A> | undefined;
      this.takeCorrection(state, done);
      // The question may no longer apply ("Tot wanneer krijg je WW?" after WW became bijstand), or
      // was just asked with the one corrected ("Is er nog iets?" after the limits).
      const askedWith = done?.answers && !done.back && FOLLOW_UPS[corrected]?.includes(this.questions[state.index].id as IntakeQuestionId);
      if (askedWith || !(this.questions[state.index].when?.(state.answers) ?? true)) state.index = this.next(state.answers, state.index);
      if (state.index === -1) return dc.endDialog({ answers: state.answers } satisfies QuestionnaireResult<A>);
    }
    await this.ask(dc.context, state);
    return Dialog.EndOfTurn;
  }

  /**
   * "nee dat klopt niet", "uren klopt niet", "sorry foutje, ik was 31 jaar orderpicker": the answer
   * it is about asked again (or changed at once), in the intake only. Returns the turn's result, or
   * the text to read as the answer to this question, or undefined (an ordinary answer after all).
   */
  private async correct(dc: DialogContext, state: State<A>): Promise<DialogTurnResult | string | undefined> {
    const correction = dc.context.turnState.get(CORRECTION) as Correction | undefined;
    if (!correction || !dc.findDialog(WHICH_DIALOG)) return undefined;
    const answers = state.answers as IntakeAnswers;
    const previous = state.history.length ? this.questions[state.history.at(-1)!]?.id : state.previous;
    const plan = planCorrection(correction, { current: this.questions[state.index].id, previous, answers });
    if (plan.kind === 'answer') return plan.text;
    if (plan.kind === 'years') await say(dc.context, applyYears(answers, plan, this.context(dc.context, state)));
    if (plan.kind === 'notYet') await say(dc.context, this.context(dc.context, state).t.confirm.notYet);
    if (plan.kind === 'years' || plan.kind === 'repeat' || plan.kind === 'notYet' || (plan.kind === 'ask' && !dc.findDialog(correctionDialogId(plan.question)))) {
      await this.ask(dc.context, state);
      return Dialog.EndOfTurn;
    }
    state.correcting = plan.kind === 'ask' ? plan.question : WHICH_DIALOG;
    if (plan.kind === 'ask') return dc.beginDialog(correctionDialogId(plan.question), { answers, firstAnswer: plan.firstAnswer } satisfies CorrectionOptions);
    return dc.beginDialog(WHICH_DIALOG, { answers, mode: 'which' });
  }

  private takeCorrection(state: State<A>, result: QuestionnaireResult<A> | undefined): void {
    const question = state.correcting as IntakeQuestionId | typeof WHICH_DIALOG;
    delete state.correcting;
    if (!result?.answers || result.back) return;
    const before = state.answers as IntakeAnswers;
    const after = result.answers as IntakeAnswers;
    state.answers = (question === WHICH_DIALOG ? after : mergeCorrection(question, before, after)) as A;
  }

  override async repromptDialog(context: TurnContext, instance: DialogInstance): Promise<void> {
    await this.ask(context, instance.state as State<A>);
  }

  override async endDialog(_context: TurnContext, _instance: DialogInstance, _reason: DialogReason): Promise<void> {
    // Nothing to clean up: answers travel back in the result.
  }

  private async misunderstood(dc: DialogContext, state: State<A>, hint?: string): Promise<DialogTurnResult> {
    state.misses += 1;
    const q = this.context(dc.context, state);
    const [question] = this.questions[state.index].ask(q).slice(-1);
    if (state.misses >= 2) {
      // Two misses in a row: say so kindly, and offer a person next to the answer buttons.
      await say(dc.context, { text: hint ?? q.t.intake.notUnderstood });
      await say(dc.context, {
        text: `${q.t.intake.offerHuman}\n\n${question.text}`,
        choices: [...(question.choices ?? []), { value: 'human', label: q.t.menu.human }],
      });
      return { status: DialogTurnStatus.waiting };
    }
    await say(dc.context, { text: hint ?? q.t.intake.notUnderstood });
    await say(dc.context, question);
    return Dialog.EndOfTurn;
  }

  private async ask(context: TurnContext, state: State<A>): Promise<void> {
    state.freeText = this.questions[state.index].freeText ?? false;
    for (const message of this.questions[state.index].ask(this.context(context, state))) await say(context, message);
  }

  private next(answers: A, from: number): number {
    for (let i = from + 1; i < this.questions.length; i++) {
      const question = this.questions[i];
      if ((question.when?.(answers) ?? true) && !this.hooks.skip?.(question, answers)) return i;
    }
    return -1;
  }

  private context(context: TurnContext, state: State<A>): QuestionContext<A> {
    const locale = conversationLocale(context);
    return { ...turnOf(context, locale, this.now()), answers: state.answers };
  }
}

