// SeekerMessenger for botbuilder: writes into the seeker's own conversation with the adapter of
// that conversation's own channel. The channel is the one the server recorded when the conversation
// was created (the repository puts Conversation.channel into reference.channelId), never what a
// stored reference's serviceUrl claims: a website chat always goes through the in-process Direct
// Line, WhatsApp through its adapter, and only Teams and Azure channels through the CloudAdapter,
// which sends to allow-listed service URLs only.
import type { CloudAdapter, ConversationReference, TurnContext } from 'botbuilder';
import type { AdvisorRef, SeekerInfo, SeekerMessenger, SeekerNotice } from '..';
import { BOT_ACCOUNT, DIRECTLINE_CHANNEL, type DirectLineAdapter } from '../../channels/directline/adapter';
import { textsFor } from '../../texts';
import { fill } from '../../texts/fill';
import { closingActivities, queueMessage } from './queueTexts';

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

  async send(reference: unknown, text: string, advisor?: AdvisorRef): Promise<void> {
    const ref = reference as Partial<ConversationReference>;
    const t = textsFor(ref.locale).handoff;
    const name = firstName(advisor?.name);
    // Web Chat shows from.name; the role stays 'bot' (the channel protocol). WhatsApp and Teams show
    // the bot's own name only, so there the advisor's name goes before the text.
    const web = ref.channelId === DIRECTLINE_CHANNEL;
    const from = web ? { ...BOT_ACCOUNT, name: fill(t.advisorSender, { name }) } : undefined;
    const shown = web ? text : fill(t.advisorPrefix, { name }) + text;
    await this.continue(ref, async (context) => {
      // Set after the turn context applied the conversation reference (which sets from to the bot).
      if (from)
        context.onSendActivities(async (_ctx, activities, next) => {
          for (const activity of activities) activity.from = from;
          return next();
        });
      // werkloketSender: the transcript middleware records it as the advisor's message.
      await context.sendActivity({ type: 'message', text: shown, channelData: { werkloketSender: 'advisor' } });
    });
  }

  async notice(reference: unknown, notice: SeekerNotice, advisor?: AdvisorRef): Promise<void> {
    const ref = reference as Partial<ConversationReference>;
    const t = textsFor(ref.locale).handoff;
    // Like the advisor's messages: first name and role, never the full name.
    const text = notice === 'claimed' ? fill(t.advisorJoined, { name: firstName(advisor?.name) }) : notice === 'released' ? t.released : t.closedByAdvisor;
    await this.continue(ref, async (context) => {
      await context.sendActivity({ type: 'message', text, channelData: { werkloketSender: 'system' } });
    });
  }

  /**
   * The advisor is typing: shown at once and never stored. Website: straight onto the seeker's
   * Direct Line stream; Teams (and other Azure channels): a proactive typing activity; WhatsApp and
   * other in-process channels: nothing (no typing indicator a bot can send there).
   */
  async typing(reference: unknown, advisor: AdvisorRef): Promise<void> {
    const ref = reference as Partial<ConversationReference>;
    if (ref.channelId === DIRECTLINE_CHANNEL) {
      const from = { ...BOT_ACCOUNT, name: fill(textsFor(ref.locale).handoff.advisorSender, { name: firstName(advisor.name) }) };
      if (ref.conversation?.id) this.o.directLine().showTyping(ref.conversation.id, from, true);
      return;
    }
    if (!ref.channelId || this.o.channels?.[ref.channelId]) return;
    await this.continue(ref, async (context) => {
      await context.sendActivity({ type: 'typing' });
    });
  }

  /** A queue update or the closing-time notice, written as Werkloket itself (not the advisor). */
  async inform(reference: unknown, info: SeekerInfo): Promise<void> {
    const ref = reference as Partial<ConversationReference>;
    const t = textsFor(ref.locale);
    const activities = info.kind === 'queue' ? [{ type: 'message', text: queueMessage(t, info.position, info.estimate, true) }] : closingActivities(t, info);
    await this.continue(ref, async (context) => {
      for (const activity of activities) await context.sendActivity({ ...activity, channelData: { werkloketSender: 'system' } });
    });
  }

  /** A message from Werkloket itself (e.g. news of an introduction), recorded as a system message. */
  async tell(reference: unknown, text: string): Promise<void> {
    await this.continue(reference as Partial<ConversationReference>, async (context) => {
      await context.sendActivity({ type: 'message', text, channelData: { werkloketSender: 'system' } });
    });
  }

  private async continue(reference: Partial<ConversationReference>, logic: (context: TurnContext) => Promise<void>): Promise<void> {
    const channel = reference.channelId;
    if (!channel) throw new Error('The conversation has no channel');
    if (channel === DIRECTLINE_CHANNEL) {
      await this.o.directLine().continueConversation({ ...reference, serviceUrl: SELF_HOSTED_SERVICE_URL }, logic);
      return;
    }
    const inProcess = this.o.channels?.[channel];
    if (inProcess) {
      // An in-process channel that is not running (e.g. WhatsApp no longer configured) is unreachable,
      // never a reason to try the CloudAdapter instead.
      const adapter = inProcess();
      if (!adapter) throw new Error(`The ${channel} channel is not configured`);
      await adapter.continueConversation(reference, logic);
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

/** The first name only: never a full name or an e-mail address in front of the seeker. */
export function firstName(name: string | undefined): string {
  const first = (name ?? '').trim().split(/[\s@]+/)[0] ?? '';
  return first || 'Adviseur';
}
