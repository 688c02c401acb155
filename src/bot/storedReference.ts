// The conversation reference kept with a conversation, so an advisor's message can reach the seeker
// later: only what replying needs. Channels add display names and directory ids (Teams: the
// user's name and aadObjectId, the bot's name, the team's or chat's name); none of it is kept.
import { TurnContext, type Activity, type ChannelAccount, type ConversationAccount, type ConversationReference } from 'botbuilder';

export type StoredReference = Partial<ConversationReference>;

/** The reference of an incoming activity, without its message id (so it stays the same per conversation). */
export function storedReference(activity: Partial<Activity>): StoredReference {
  const full = TurnContext.getConversationReference(activity);
  return compact({
    channelId: full.channelId,
    serviceUrl: full.serviceUrl,
    locale: full.locale,
    conversation: full.conversation && conversation(full.conversation),
    user: full.user && account(full.user, full.channelId === 'whatsapp'),
    bot: full.bot && account(full.bot, false),
  });
}

function account(value: Partial<ChannelAccount>, keepProperties: boolean): ChannelAccount {
  // WhatsApp's reply address travels sealed in user.properties (channels/whatsapp/phone.ts).
  return compact({ id: value.id, role: value.role, properties: keepProperties ? value.properties : undefined }) as ChannelAccount;
}

function conversation(value: Partial<ConversationAccount>): ConversationAccount {
  // Teams needs the tenant to deliver proactively; type and isGroup say how to address it.
  return compact({ id: value.id, tenantId: value.tenantId, conversationType: value.conversationType, isGroup: value.isGroup }) as ConversationAccount;
}

function compact<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined && v !== null)) as T;
}
