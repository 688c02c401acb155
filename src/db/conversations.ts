// A conversation belongs to the channel it was first created on (Conversation.channel). Its id is
// chosen by that channel, so another channel could send the same id: its writes are refused, and
// nothing it sends reaches the other channel's transcript, reference or handoffs.
import { driverOf, type Db } from './client';

export class ConversationChannelMismatch extends Error {
  constructor(
    readonly conversationId: string,
    readonly stored: string,
    readonly claimed: string,
  ) {
    super(`Conversation belongs to channel "${stored}", not "${claimed}"`);
    this.name = 'ConversationChannelMismatch';
  }
}

/** The channel a conversation was created on, or undefined when it does not exist. */
export async function storedChannel(db: Db, conversationId: string): Promise<string | undefined> {
  const [row] = await driverOf(db).all<{ channel: string }>(`SELECT "channel" FROM "Conversation" WHERE "id" = ?`, [conversationId]);
  return row?.channel;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The stored reference, addressed by what the server recorded when the conversation was created:
 * its own channel and id overrule what the reference says, so a reference can never send a
 * message into another channel or conversation.
 */
export async function referenceOf(db: Db, conversationId: string): Promise<unknown | undefined> {
  const row = await db.conversation.findUnique({ where: { id: conversationId }, select: { id: true, channel: true, reference: true } });
  const reference = row?.reference;
  if (!row || !isRecord(reference)) return undefined;
  const conversation = isRecord(reference.conversation) ? reference.conversation : {};
  return { ...reference, channelId: row.channel, conversation: { ...conversation, id: row.id } };
}
