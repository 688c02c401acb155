// The bot side of the self-hosted Direct Line: an in-process botbuilder adapter. The website's
// activities reach the bot through this adapter (not through /api/messages), so the website keeps
// working when Bot Framework authentication is on; the bot's replies go straight into the store.
import crypto from 'node:crypto';
import { proactiveContext } from '../proactive';
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
  deliver(conversationId: string, activity: Record<string, unknown> & { id: string }): Promise<void>;
  /** Delivers a turn's replies at once: one write and one notification instead of one per reply. */
  deliverMany(conversationId: string, activities: (Record<string, unknown> & { id: string })[]): Promise<void>;
  replace(conversationId: string, activity: Record<string, unknown> & { id: string }): Promise<void>;
}

type Logic = (context: TurnContext) => Promise<void>;
type Outgoing = Record<string, unknown> & { id: string; conversation: { id: string } };

/**
 * Set on every turn this adapter runs: replies are collected and delivered when the turn ends.
 * Middleware that records replies (the transcript) can batch its writes too, as long as it writes
 * before the turn ends (the adapter delivers after the whole middleware pipeline has returned).
 */
export const DEFERRED_DELIVERY = Symbol('werkloket.deferredDelivery');

export class DirectLineAdapter extends BotAdapter {
  constructor(private readonly sink: ActivitySink) {
    super();
  }

  /** Runs one turn for an activity that came in through the Direct Line endpoint. */
  async processActivity(activity: Partial<Activity>, logic: Logic): Promise<void> {
    await this.runTurn(new TurnContext(this, activity), logic);
  }

  private async runTurn(context: TurnContext, logic: Logic): Promise<void> {
    const outbox: Outgoing[] = [];
    context.turnState.set(DEFERRED_DELIVERY, outbox);
    try {
      await this.runMiddleware(context, logic);
    } finally {
      // Delivered even when the turn failed: the error handler's apology is in the outbox too.
      context.turnState.delete(DEFERRED_DELIVERY);
      const byConversation = new Map<string, Outgoing[]>();
      for (const a of outbox) byConversation.set(a.conversation.id, [...(byConversation.get(a.conversation.id) ?? []), a]);
      for (const [conversationId, activities] of byConversation) await this.sink.deliverMany(conversationId, activities);
    }
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
      if (outbox) outbox.push(activity);
      else await this.sink.deliver(activity.conversation.id, activity);
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

  /** Proactive message into a conversation (e.g. from an advisor). */
  async continueConversation(reference: Partial<ConversationReference>, logic: Logic): Promise<void> {
    await this.runTurn(proactiveContext(this, reference), logic);
  }
}
