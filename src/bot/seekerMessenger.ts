// SeekerMessenger for botbuilder: writes into the seeker's own conversation with the adapter of
// that channel. The self-hosted Direct Line (website) uses its in-process adapter; every other
// channel (Teams, Azure channels, Emulator) goes through the CloudAdapter.
import type { CloudAdapter, ConversationReference, TurnContext } from 'botbuilder';
import type { AdvisorRef, SeekerMessenger, SeekerNotice } from '../handoff';
import type { DirectLineAdapter } from '../channels/directline/adapter';
import { textsFor } from '../texts';
import { fill } from './fill';

export const SELF_HOSTED_SERVICE_URL = 'urn:werkloket:directline';

/** An in-process adapter that can write into one of its conversations (e.g. WhatsApp). */
export interface ProactiveAdapter {
  continueConversation(reference: Partial<ConversationReference>, logic: (context: TurnContext) => Promise<void>): Promise<void>;
}

export interface ChannelMessengerOptions {
  directLine: () => DirectLineAdapter;
  cloud: () => CloudAdapter;
  appId?: string;
  /** Adapters of other in-process channels by channel id, e.g. { whatsapp: () => adapter }. */
  channels?: Record<string, () => ProactiveAdapter | undefined>;
}

export class ChannelMessenger implements SeekerMessenger {
  constructor(private readonly o: ChannelMessengerOptions) {}

  async send(reference: unknown, text: string): Promise<void> {
    await this.continue(reference as Partial<ConversationReference>, async (context) => {
      // werkloketSender: the transcript middleware records it as the advisor's message.
      await context.sendActivity({ type: 'message', text, channelData: { werkloketSender: 'advisor' } });
    });
  }

  async notice(reference: unknown, notice: SeekerNotice, advisor?: AdvisorRef): Promise<void> {
    const ref = reference as Partial<ConversationReference>;
    const t = textsFor(ref.locale).handoff;
    const text = notice === 'claimed' ? fill(t.advisorJoined, { name: advisor?.name ?? '' }) : notice === 'released' ? t.released : t.closedByAdvisor;
    await this.continue(ref, async (context) => {
      await context.sendActivity({ type: 'message', text, channelData: { werkloketSender: 'system' } });
    });
  }

  private async continue(reference: Partial<ConversationReference>, logic: (context: TurnContext) => Promise<void>): Promise<void> {
    if (reference.serviceUrl === SELF_HOSTED_SERVICE_URL) {
      await this.o.directLine().continueConversation(reference, logic);
      return;
    }
    const own = reference.channelId ? this.o.channels?.[reference.channelId]?.() : undefined;
    if (own) {
      await own.continueConversation(reference, logic);
      return;
    }
    await this.o.cloud().continueConversationAsync(this.o.appId ?? '', reference, async (context) => {
      // A proactive message answers nothing: a replyToId makes Web Chat wait 5 s for a missing activity.
      context.onSendActivities(async (_ctx, activities, next) => {
        for (const a of activities) delete a.replyToId;
        return next();
      });
      await logic(context);
    });
  }
}
