// "Is het gelukt bij het leerwerkloket?" (issue 18): Gelukt / Nog niet / Het lukte niet, at any
// moment. It comes as a button answer from a WhatsApp template or a Teams card (value = { followUp,
// outcome }), as typed words after such a message, or — on the website, which cannot send first —
// as the first thing when the seeker comes back. "Nog niet" asks once more later; "Het lukte niet"
// offers an advisor (the existing handoff, with the follow-up as context); "weet ik niet" asks later
// and keeps nothing. Started by the root dialog through followUpTurn, on top of whatever runs.
import { Dialog, type DialogContext, type DialogTurnResult } from 'botbuilder-dialogs';
import type { Activity, TurnContext } from 'botbuilder';
import { matchChoice, parseYesNo } from '../language';
import { mentionsFollowUp, parseFollowUpAnswer, type FollowUpAnswer } from '../language/followUpWords';
import { followUpHandoffDetail } from '../texts/followUp';
import { en } from '../texts/en';
import { nl } from '../texts/nl';
import type { FollowUpRow } from '../followup/ports';
import { AGAIN_AFTER_DAYS, DAY_MS, FollowUpValueSchema, LATER_AFTER_DAYS, type FollowUpPort, type FollowUpValue } from './followUpServices';
import { ERASE_DIALOG } from './eraseDialog';
import { FOLLOW_UP_OFFER } from './followUpOffer';
import { seekerOf } from './identity';
import type { HandoffStarter, SeekerRecords } from './services';
import { say, turnOf } from './turn';

export const FOLLOW_UP_ANSWER = 'followUpAnswer';

export interface FollowUpAnswerOptions {
  /** The follow-ups to ask about now, the first first (at most a few). */
  queue: FollowUpRow[];
  /** The first one's answer is already known (a button, or words right after the question). */
  answer?: FollowUpAnswer;
  /** The seeker just came back: a welcome line before the question. */
  welcome?: boolean;
  /** Where to go on when done, instead of ending (the root's flow when this was its first dialog). */
  then?: { id: string; options?: object };
}

interface State extends FollowUpAnswerOptions {
  phase: 'question' | 'advisor';
  misses?: number;
}

const OUTCOME_CHOICES = (['done', 'notYet', 'failed'] as const).map((key) => ({ value: key === 'notYet' ? 'not-yet' : key, labels: [nl.followUp[key], en.followUp[key]] }));

/** A follow-up's button answer in the activity's value; anything else is not one. */
export function followUpValueOf(activity: Partial<Activity>): FollowUpValue | undefined {
  const parsed = FollowUpValueSchema.safeParse(activity.value);
  return parsed.success ? parsed.data : undefined;
}

export class FollowUpAnswerDialog extends Dialog<FollowUpAnswerOptions> {
  constructor(
    private readonly port: FollowUpPort,
    private readonly now: () => Date,
    private readonly handoff?: HandoffStarter,
  ) {
    super(FOLLOW_UP_ANSWER);
  }

  override async beginDialog(dc: DialogContext, options?: FollowUpAnswerOptions): Promise<DialogTurnResult> {
    if (!options?.queue.length) return dc.endDialog();
    const state: State = { ...options, phase: 'question' };
    dc.activeDialog!.state = state;
    if (state.answer) return this.handle(dc, state, state.answer);
    if (state.welcome) await say(dc.context, turnOf(dc.context).t.followUp.welcomeBack);
    await this.ask(dc.context, state);
    return Dialog.EndOfTurn;
  }

  override async continueDialog(dc: DialogContext): Promise<DialogTurnResult> {
    const state = dc.activeDialog!.state as State;
    const { activity } = dc.context;
    const text = activity.text ?? '';
    if (state.phase === 'advisor') return this.advisorAnswer(dc, state, text);
    const value = followUpValueOf(activity);
    const answer = value && value.followUp === state.queue[0].id ? value.outcome : (parseFollowUpAnswer(text) ?? (matchChoice(text, OUTCOME_CHOICES)?.value as FollowUpAnswer | undefined));
    if (answer) return this.handle(dc, state, answer);
    state.misses = (state.misses ?? 0) + 1;
    // A second miss: asked again later, nothing kept; never a loop.
    if (state.misses > 1) return this.handle(dc, state, 'unknown');
    await say(dc.context, turnOf(dc.context).t.followUp.answerNotUnderstood);
    await this.ask(dc.context, state);
    return Dialog.EndOfTurn;
  }

  override async repromptDialog(context: TurnContext, instance: { state: object }): Promise<void> {
    const state = instance.state as State;
    if (state.phase === 'advisor') await this.askAdvisor(context);
    else await this.ask(context, state);
  }

  private async handle(dc: DialogContext, state: State, answer: FollowUpAnswer): Promise<DialogTurnResult> {
    const { t } = turnOf(dc.context);
    const f = state.queue[0];
    state.misses = 0;
    if (answer === 'unknown') {
      await this.port.postpone(f.id, new Date(this.now().getTime() + LATER_AFTER_DAYS * DAY_MS));
      await say(dc.context, t.followUp.later);
      return this.next(dc, state);
    }
    if (!(await this.port.answer(f.id, answer))) {
      await say(dc.context, t.followUp.alreadyAnswered);
      return this.next(dc, state);
    }
    if (answer === 'done') await say(dc.context, t.followUp.doneReply);
    if (answer === 'not-yet') {
      // Asked once more only the first time it was "nog niet" (the store knows).
      const again = await this.port.reschedule(f.id, new Date(this.now().getTime() + AGAIN_AFTER_DAYS * DAY_MS));
      await say(dc.context, again ? t.followUp.notYetAgain(AGAIN_AFTER_DAYS) : t.followUp.notYetLast);
    }
    if (answer !== 'failed') return this.next(dc, state);
    await say(dc.context, t.followUp.failedReply);
    state.phase = 'advisor';
    await this.askAdvisor(dc.context);
    return Dialog.EndOfTurn;
  }

  private async advisorAnswer(dc: DialogContext, state: State, text: string): Promise<DialogTurnResult> {
    const { t } = turnOf(dc.context);
    const yesNo = parseYesNo(text);
    const answer = yesNo === 'yes' || yesNo === 'no' ? yesNo : (matchChoice(text, [{ value: 'yes', labels: [nl.followUp.advisorYes, en.followUp.advisorYes] }, { value: 'no', labels: [nl.followUp.advisorNo, en.followUp.advisorNo] }])?.value);
    if (answer === 'yes') {
      const f = state.queue[0];
      if (this.handoff) await this.handoff.start(dc.context, { reason: 'asked', detail: followUpHandoffDetail(f.subject, f.providerName) });
      else for (const line of t.menuAnswers.human) await say(dc.context, line);
      return this.leaveForAdvisor(dc);
    }
    if (answer === 'no' || (state.misses ?? 0) > 0) {
      await say(dc.context, t.followUp.advisorDeclined);
      state.phase = 'question';
      return this.next(dc, state);
    }
    state.misses = 1;
    await this.askAdvisor(dc.context);
    return Dialog.EndOfTurn;
  }

  /** The next follow-up in the queue, else on to where the seeker was. */
  private async next(dc: DialogContext, state: State): Promise<DialogTurnResult> {
    state.queue = state.queue.slice(1);
    state.answer = undefined;
    if (state.queue.length) {
      await this.ask(dc.context, state);
      return Dialog.EndOfTurn;
    }
    return state.then ? dc.replaceDialog(state.then.id, state.then.options) : dc.endDialog();
  }

  /**
   * With the advisor now: like "ik wil een mens spreken", the dialog below stays as it was (asked
   * again when the seeker comes back to the bot), so it is not resumed now.
   */
  private async leaveForAdvisor(dc: DialogContext): Promise<DialogTurnResult> {
    if (dc.stack.length > 1) {
      dc.stack.shift();
      return Dialog.EndOfTurn;
    }
    return dc.endDialog();
  }

  private async ask(context: TurnContext, state: State): Promise<void> {
    const { t } = turnOf(context);
    const f = state.queue[0];
    if (f.status === 'scheduled') {
      await this.port.markAsked(f.id);
      f.status = 'asked';
    }
    const question = f.referralType === 'introduction' ? t.followUp.questionIntroduction(f.subject) : `${t.followUp.questionAbout(f.subject)}\n${t.followUp.question(f.providerName)}`;
    await say(context, { text: question, choices: [{ value: 'done', label: t.followUp.done }, { value: 'not-yet', label: t.followUp.notYet }, { value: 'failed', label: t.followUp.failed }] });
  }

  private async askAdvisor(context: TurnContext): Promise<void> {
    const { t } = turnOf(context);
    await say(context, { text: t.followUp.advisorQuestion, choices: [{ value: 'yes', label: t.followUp.advisorYes }, { value: 'no', label: t.followUp.advisorNo }] });
  }
}

export interface FollowUpTurnDeps {
  followUps: FollowUpPort;
  records: SeekerRecords;
  now: () => Date;
}

/** How often, at most, a running conversation looks for due follow-ups (a button or the words always do). */
export const CHECK_EVERY_MS = 10 * 60_000;
/** Words typed this soon after the question (on WhatsApp or Teams) are its answer. */
const ANSWER_WINDOW_MS = 3 * DAY_MS;
const MAX_ASKED_AT_ONCE = 3;
const BUSY = new Set([FOLLOW_UP_ANSWER, FOLLOW_UP_OFFER, ERASE_DIALOG]);

/**
 * Before anything else in a turn: a follow-up's button, or (at most every CHECK_EVERY_MS in a
 * running conversation) the seeker's due follow-ups. Starts the answer dialog on top of what runs
 * and returns its turn result, or undefined when this turn is not about a follow-up.
 * `memo` keeps when this conversation last looked (the root dialog's state).
 */
export async function followUpTurn(inner: DialogContext, deps: FollowUpTurnDeps, how: { memo?: { followUpCheckedAt?: number }; then?: FollowUpAnswerOptions['then']; innermostId?: string }): Promise<DialogTurnResult | undefined> {
  const { activity } = inner.context;
  if (activity.type !== 'message' && activity.type !== 'conversationUpdate') return undefined;
  // Never on top of itself, the follow-up offer, or "verwijder mijn gegevens".
  if (how.innermostId && BUSY.has(how.innermostId)) return undefined;
  const value = followUpValueOf(activity);
  const text = activity.type === 'message' ? (activity.text ?? '') : '';
  const now = deps.now();
  const checkedAt = how.memo?.followUpCheckedAt;
  if (!value && !mentionsFollowUp(text) && checkedAt !== undefined && now.getTime() - checkedAt < CHECK_EVERY_MS) return undefined;
  if (how.memo) how.memo.followUpCheckedAt = now.getTime();
  const seeker = await deps.records.find(seekerOf(inner.context)).catch(() => undefined);
  if (!seeker?.consent) return undefined;
  if (value) {
    const found = await deps.followUps.get(value.followUp).catch(() => undefined);
    // Someone else's follow-up id is read as plain words.
    if (found?.seekerId === seeker.id) return inner.beginDialog(FOLLOW_UP_ANSWER, { queue: [found], answer: value.outcome, then: how.then } satisfies FollowUpAnswerOptions);
  }
  // A failing look-up only delays the question: the seeker's own message still gets its answer.
  const due = (await deps.followUps.dueForSeeker(seeker.id, now).catch(() => [])).slice(0, MAX_ASKED_AT_ONCE);
  if (!due.length) return undefined;
  // Words right after the question on WhatsApp or Teams ("ja hoor", "nog niet") answer it.
  const first = due[0];
  const justAsked = first.status === 'asked' && first.askedAt !== null && now.getTime() - first.askedAt.getTime() < ANSWER_WINDOW_MS;
  const words = text ? parseFollowUpAnswer(text) : undefined;
  const answer = words && (justAsked || (first.status === 'asked' && mentionsFollowUp(text))) ? words : undefined;
  return inner.beginDialog(FOLLOW_UP_ANSWER, { queue: due, answer, welcome: !answer, then: how.then } satisfies FollowUpAnswerOptions);
}
