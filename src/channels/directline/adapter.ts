// The bot side of the self-hosted Direct Line: an in-process botbuilder adapter. The website's
// activities reach the bot through this adapter (not through /api/messages), so the website keeps
// working when Bot Framework authentication is on; the bot's replies go straight into the store.
import crypto from 'node:crypto';
import { proactiveContext } from '../proactive';
import { isDatabaseUnavailable } from '../../db/client';
import { AlreadyAnsweredError } from '../../db/directLineStore';
import { UnitOfWork } from '../../db/unitOfWork';
import {
  ActivityTypes,
  BotAdapter,
  TurnContext,
  type Activity,
  type ConversationReference,
  type ResourceResponse,
} from 'botbuilder';

export const DIRECTLINE_CHANNEL = 'directline';
export const BOT_ACCOUNT = { id: 'werkloket', name: 'Werkloket', role: 'bot' } as const;

/** Where the adapter delivers outgoing activities (stores and streams them). */
export interface ActivitySink {
  /**
   * Commits a turn: its replies together with what the turn staged in `unit` (dialog state,
   * transcript), in one transaction; shows the replies once stored. Rejects when nothing was stored.
   */
  commitTurn(unit: UnitOfWork, replies: Outgoing[], turn: TurnOptions): Promise<void>;
  /**
   * Shows activities that are not stored (the apology when the database is down, typing); with
   * `everywhere`, also on streams open on other instances (an advisor's typing).
   */
  notice(activities: Outgoing[], options?: { everywhere?: boolean }): void;
  replace(conversationId: string, activity: Record<string, unknown> & { id: string }): Promise<void>;
}

export interface TurnOptions {
  /** The stored seeker's message this turn answers: marked answered in the turn's transaction. */
  answers?: { conversationId: string; activityId: string };
}

type Logic = (context: TurnContext) => Promise<void>;
export type Outgoing = Record<string, unknown> & { id: string; conversation: { id: string } };

/**
 * Set on every turn this adapter runs: replies are collected and delivered when the turn ends.
 * Middleware that records replies (the transcript) can batch its writes too, as long as it writes
 * before the turn ends (the adapter delivers after the whole middleware pipeline has returned).
 */
export const DEFERRED_DELIVERY = Symbol('werkloket.deferredDelivery');

/**
 * On a seeker's posted activity: its text and that text masked (as stored for the echo), so the
 * transcript uses it instead of masking the same text again. A symbol: never serialised or stored.
 */
export const MASKED_TEXT = Symbol('werkloket.maskedText');
export type MaskedText = { text: string; masked: string };

/** The masked text noted on an activity, if it is for the text the activity has now. */
export function maskedTextOf(activity: object): string | undefined {
  const noted = (activity as { [MASKED_TEXT]?: MaskedText })[MASKED_TEXT];
  return noted && noted.text === (activity as { text?: unknown }).text ? noted.masked : undefined;
}

/**
 * On a seeker's posted activity whose transcript row was written when it was stored: that row (as
 * JSON), so the transcript middleware does not write it again. A symbol, like MASKED_TEXT.
 */
export const RECORDED_ON_ARRIVAL = Symbol('werkloket.recordedOnArrival');

/** The transcript row written on arrival for this activity, if any (as JSON). */
export function recordedOnArrival(activity: object): string | undefined {
  return (activity as { [RECORDED_ON_ARRIVAL]?: string })[RECORDED_ON_ARRIVAL];
}

export class DirectLineAdapter extends BotAdapter {
  constructor(private readonly sink: ActivitySink) {
    super();
  }

  /** Runs one turn for an activity that came in through the Direct Line endpoint. */
  async processActivity(activity: Partial<Activity>, logic: Logic, turn: TurnOptions = {}): Promise<void> {
    await this.runTurn(new TurnContext(this, activity), logic, turn);
  }

  /**
   * Runs the pipeline with a unit of work current, then commits the replies with everything the turn
   * wrote. If that commit fails, nothing of the turn was stored: the failure is answered like any
   * turn error (the apology, with the seeker's message in the transcript) in a second, small unit.
   */
  private async runTurn(context: TurnContext, logic: Logic, turn: TurnOptions): Promise<void> {
    let unit = new UnitOfWork();
    try {
      const replies = await this.collect(unit, context, () => this.runMiddleware(context, logic));
      try {
        await this.sink.commitTurn(unit, replies, turn);
        return;
      } catch (error) {
        if (error instanceof AlreadyAnsweredError || !this.onTurnError) throw error;
        unit = unit.retry();
        const apology = await this.collect(unit, context, () => this.onTurnError!(context, error as Error));
        if (isDatabaseUnavailable(error)) {
          this.sink.notice(apology);
          throw error;
        }
        try {
          await this.sink.commitTurn(unit, apology, turn);
        } catch (second) {
          if (!(second instanceof AlreadyAnsweredError)) this.sink.notice(apology);
          throw second;
        }
      }
    } catch (error) {
      // Another turn answered this message (a resend on another instance): nothing to add or show.
      if (!(error instanceof AlreadyAnsweredError)) throw error;
    } finally {
      unit.settle();
    }
  }

  private async collect(unit: UnitOfWork, context: TurnContext, run: () => Promise<void>): Promise<Outgoing[]> {
    const outbox: Outgoing[] = [];
    context.turnState.set(DEFERRED_DELIVERY, outbox);
    try {
      await unit.run(run);
    } finally {
      context.turnState.delete(DEFERRED_DELIVERY);
    }
    return outbox;
  }

  async sendActivities(context: TurnContext, activities: Partial<Activity>[]): Promise<ResourceResponse[]> {
    const responses: ResourceResponse[] = [];
    for (const partial of activities) {
      if (partial.type === 'delay') {
        await new Promise((resolve) => setTimeout(resolve, typeof partial.value === 'number' ? partial.value : 1000));
        responses.push({ id: '' });
        continue;
      }
      if (partial.type === ActivityTypes.InvokeResponse) {
        responses.push({ id: '' });
        continue;
      }
      // Typing (ShowTypingMiddleware) is shown at once while the turn runs, never stored: replies
      // wait for the turn's commit, and the seeker must not receive a typing activity as history.
      if (partial.type === ActivityTypes.Typing) {
        const conversation = partial.conversation ?? context.activity.conversation;
        responses.push({ id: this.showTyping(conversation.id) });
        continue;
      }
      // The recipient (the seeker's id) is left out: the chat shows the bot's side without it, and
      // the stored history then holds no identifier of the seeker in the bot's messages.
      const { recipient: _recipient, ...rest } = partial;
      const activity = {
        ...rest,
        id: partial.id ?? crypto.randomUUID(),
        timestamp: new Date().toISOString(),
        channelId: DIRECTLINE_CHANNEL,
        from: partial.from ?? BOT_ACCOUNT,
        conversation: partial.conversation ?? context.activity.conversation,
      } as Outgoing;
      const outbox = context.turnState.get(DEFERRED_DELIVERY) as Outgoing[] | undefined;
      // Outside a turn of this adapter (not expected): a turn of its own, so it is stored the same way.
      if (outbox) outbox.push(activity);
      else await this.sink.commitTurn(new UnitOfWork(), [activity], {});
      responses.push({ id: activity.id });
    }
    return responses;
  }

  async updateActivity(context: TurnContext, activity: Partial<Activity>): Promise<void> {
    const conversationId = activity.conversation?.id ?? context.activity.conversation.id;
    if (activity.id) await this.sink.replace(conversationId, { ...activity, id: activity.id } as Record<string, unknown> & { id: string });
  }

  async deleteActivity(): Promise<void> {
    // Web Chat has no way to show a deletion; the transcript keeps what was said.
  }

  /**
   * A typing indicator on a conversation's streams: shown, never stored. The bot's own (during a
   * turn) goes to this instance's streams, where the seeker's message came in; an advisor's
   * (`everywhere`) to every instance, since the seeker's stream may be open on another one.
   */
  showTyping(conversationId: string, from: { id: string; name: string; role: string } = BOT_ACCOUNT, everywhere = false): string {
    const id = `typing-${crypto.randomUUID()}`;
    this.sink.notice([{ type: ActivityTypes.Typing, id, timestamp: new Date().toISOString(), channelId: DIRECTLINE_CHANNEL, from, conversation: { id: conversationId } }], { everywhere });
    return id;
  }

  /** Proactive message into a conversation (e.g. from an advisor). */
  async continueConversation(reference: Partial<ConversationReference>, logic: Logic): Promise<void> {
    await this.runTurn(proactiveContext(this, reference), logic, {});
  }
}
