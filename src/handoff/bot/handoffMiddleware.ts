// While an advisor holds a conversation (or it waits for one), the bot stays silent: the seeker's
// messages go to the console (the transcript middleware, registered before this one, has already
// stored them exactly once) and the dialogs do not run, so their state stays where it was.
// "terug naar de bot" ends the handoff; "verwijder mijn gegevens" (and its confirmation) goes to the
// dialogs, which close the handoff and erase. Sensitive signals get the urgent help lines at once and
// open a handoff with priority, before anything else.
import { conversationLocale } from '../../dialogs/turn';
import { ActivityTypes, MessageFactory, type Middleware, type TurnContext } from 'botbuilder';
import { detectInterruption, detectSensitive, findPii, parseYesNo, type SensitiveSignal } from '../../language';
import { routeSeekerMessage, sensitivePriority, type ContactRequest, type Handoff, type HandoffService } from '..';
import { textsFor, type Texts } from '../../texts';
import { questionForm } from '../../knowledge';
import { replyLines } from '../../dialogs/knowledgeReply';
import type { Knowledge } from '../../dialogs/services';
import type { HandoffStarter } from './handoffStarter';
import { fill } from '../../texts/fill';

export const OUTCOME_HUB_COMPLETED = 'agent-hub-completed';
const CONSENT_TEXT_VERSION = 'handoff.callback.v1';
const PROACTIVE = /^continueconversation$/i;

export interface HandoffMiddlewareOptions {
  handoffs: HandoffService;
  starter: HandoffStarter;
  /** Called after the seeker went back to the bot, e.g. to re-prompt the current dialog step. */
  onResume?: (context: TurnContext) => Promise<void>;
  /** Whether the bot is asking the seeker to confirm "verwijder mijn gegevens". */
  confirmingErase?: (context: TurnContext) => Promise<boolean>;
  /** Answers information questions asked while waiting for an advisor. */
  knowledge?: Knowledge;
  now?: () => Date;
}

export class HandoffMiddleware implements Middleware {
  constructor(private readonly o: HandoffMiddlewareOptions) {}

  async onTurn(context: TurnContext, next: () => Promise<void>): Promise<void> {
    const activity = context.activity;
    // Proactive turns (an advisor's message on its way to the seeker) pass straight through.
    if (activity.type === ActivityTypes.Event && PROACTIVE.test(activity.name ?? '')) return next();
    // Bot Framework handoff protocol: an external agent hub reports on a handoff.initiate (there is
    // no onHandoff handler in JS). "completed" ends our handoff too; accepted/failed leave it to
    // the console's advisors.
    if (activity.type === ActivityTypes.Event && activity.name === 'handoff.status') {
      const state = (activity.value as { state?: unknown } | undefined)?.state;
      if (state === 'completed') await this.o.handoffs.seekerRelease(activity.conversation.id, OUTCOME_HUB_COMPLETED);
      return;
    }
    if (activity.type !== ActivityTypes.Message) return next();

    const text = activity.text ?? '';
    const t = textsFor(conversationLocale(context));
    const sensitive = text ? detectSensitive(text) : undefined;
    if (sensitive) return this.onSensitive(context, t, sensitive);

    const open = await this.o.handoffs.openFor(activity.conversation.id);
    if (!open) return next();

    const interruption = detectInterruption(text);
    // "Verwijder mijn gegevens" works at any moment: the dialogs confirm it and erase, closing this
    // handoff; the console still hears that a message came in.
    if (interruption === 'erase' || (await this.o.confirmingErase?.(context))) {
      this.o.handoffs.relayed(open);
      return next();
    }
    const route = routeSeekerMessage(open, { interruption, asksCallBack: asksCallBack(text, t), officeOpen: this.o.starter.officeOpen() });
    switch (route.to) {
      case 'bot':
        return next();
      case 'back-to-bot':
        await this.o.handoffs.seekerRelease(activity.conversation.id);
        await context.sendActivity(t.handoff.seekerBack);
        await this.o.onResume?.(context);
        return;
      case 'contact':
        return this.contactStep(context, t, open, route.step, text);
      case 'advisor':
        this.o.handoffs.relayed(open);
        if (open.status === 'waiting') await this.acknowledge(context, t, open, text);
        return;
    }
  }

  private async onSensitive(context: TurnContext, t: Texts, signal: SensitiveSignal): Promise<void> {
    // The help lines first, before any database work: they must never wait or fail with it.
    for (const line of t.handoff.urgent[signal.kind]) await context.sendActivity(line);
    const open = await this.o.handoffs.openFor(context.activity.conversation.id);
    if (!open) await context.sendActivity(t.handoff.urgentHandoff);
    // A crisis (suicide, acute danger) outranks everything, also a chat already waiting about debts.
    await this.o.starter.start(context, { reason: 'sensitive', priority: sensitivePriority(signal), detail: signal.kind });
    if (open) this.o.handoffs.relayed(open);
  }

  private async acknowledge(context: TurnContext, t: Texts, open: Handoff, text: string): Promise<void> {
    if (same(text, t.handoff.leaveQuestionButton)) {
      await context.sendActivity(t.handoff.leaveQuestionOk);
      return;
    }
    const { position } = await this.o.handoffs.queueInfo(open);
    if (await this.answerWhileWaiting(context, t, text)) {
      await context.sendActivity(position > 0 ? fill(t.anyMoment.waitingAnswered, { position }) : t.anyMoment.waitingAnsweredNoPlace);
      return;
    }
    if (position > 0) await context.sendActivity(fill(t.handoff.stillWaiting, { position }));
  }

  /**
   * An information question while waiting ("hoe vraag ik WW aan?"): the knowledge base's answer
   * when it is sure; the message has gone to the console all the same. An unsure answer is left
   * to the advisor.
   */
  private async answerWhileWaiting(context: TurnContext, t: Texts, text: string): Promise<boolean> {
    const form = questionForm(text);
    if (!this.o.knowledge || (form !== 'clear' && form !== 'maybe')) return false;
    const result = this.o.knowledge.answer(text, conversationLocale(context));
    if (!('entry' in result)) return false;
    for (const line of replyLines(result, t, conversationLocale(context))) await context.sendActivity(line);
    return true;
  }

  /** Call back outside office hours: consent first, then the phone number or e-mail address. */
  private async contactStep(context: TurnContext, t: Texts, open: Handoff, step: ContactRequest['step'] | 'start', text: string): Promise<void> {
    const save = (contact: ContactRequest) => this.o.handoffs.setContact(open, contact);
    if (step === 'start') {
      await save({ step: 'consent' });
      await context.sendActivity(t.handoff.consent);
      await context.sendActivity(MessageFactory.suggestedActions([t.handoff.consentYes, t.handoff.consentNo], t.handoff.consentQuestion));
      return;
    }
    if (step === 'consent') {
      const answer = same(text, t.handoff.consentYes) ? 'yes' : same(text, t.handoff.consentNo) ? 'no' : parseYesNo(text);
      if (answer === 'yes') {
        await save({ step: 'ask', consentAt: (this.o.now?.() ?? new Date()).toISOString(), textVersion: CONSENT_TEXT_VERSION });
        await context.sendActivity(t.handoff.askContact);
      } else if (answer === 'no') {
        await save({ step: 'declined' });
        await context.sendActivity(t.handoff.contactDeclined);
      } else {
        await context.sendActivity(MessageFactory.suggestedActions([t.handoff.consentYes, t.handoff.consentNo], t.handoff.consentQuestion));
      }
      return;
    }
    const found = findPii(text, ['email', 'phone'])[0];
    if (!found) {
      await context.sendActivity(t.handoff.contactNotUnderstood);
      return;
    }
    await save({ ...open.contact, step: 'done', method: found.kind === 'email' ? 'email' : 'phone', value: text.slice(found.start, found.end) });
    await context.sendActivity(t.handoff.contactSaved);
  }
}

function same(text: string, label: string): boolean {
  return text.trim().toLowerCase() === label.toLowerCase();
}

function asksCallBack(text: string, t: Texts): boolean {
  return same(text, t.handoff.callBackButton) || /\b(bel|bellen|terugbellen|mail|mailen|e-?mail|call|call back)\b/i.test(text);
}
