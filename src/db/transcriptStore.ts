// Every message in and out of a conversation, written once. The caller masks personal data first.
import { isUniqueViolation, type Db } from './client';

export interface TranscriptRecord {
  conversationId: string;
  channel: string;
  activityId: string;
  direction: 'in' | 'out';
  sender: 'seeker' | 'bot' | 'advisor' | 'system';
  type: string;
  text?: string;
  attachments?: unknown;
  /** Stored with the conversation so a later message (e.g. from an advisor) can reach the seeker. */
  reference?: unknown;
}

export class TranscriptStore {
  constructor(private readonly db: Db) {}

  /** Appends one record; a second write of the same activity id is ignored (exactly once). */
  async append(record: TranscriptRecord): Promise<boolean> {
    await this.ensureConversation(record);
    try {
      await this.db.transcriptEntry.create({
        data: {
          conversationId: record.conversationId,
          activityId: record.activityId,
          direction: record.direction,
          sender: record.sender,
          type: record.type,
          text: record.text ?? null,
          attachments: record.attachments === undefined ? undefined : (record.attachments as object),
        },
      });
      return true;
    } catch (error) {
      if (isUniqueViolation(error)) return false;
      throw error;
    }
  }

  list(conversationId: string) {
    return this.db.transcriptEntry.findMany({ where: { conversationId }, orderBy: { id: 'asc' } });
  }

  private async ensureConversation(record: TranscriptRecord): Promise<void> {
    const reference = record.reference === undefined ? undefined : (record.reference as object);
    try {
      await this.db.conversation.upsert({
        where: { id: record.conversationId },
        create: { id: record.conversationId, channel: record.channel, reference },
        update: reference ? { reference } : {},
      });
    } catch (error) {
      if (!isUniqueViolation(error)) throw error; // a concurrent first message created it
    }
  }
}
