// Every message in and out of a conversation, written once. The caller masks personal data first.
import { driverOf, isForeignKeyViolation, isUniqueViolation, type Db } from './client';
import type { SqlValue } from './driver/types';
import { OneStatement } from './driver/oneStatement';
import { ConversationChannelMismatch, storedChannel } from './conversations';
import { PART_ORDER, UnitOfWork, type Tx, type UnitPart } from './unitOfWork';

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

const MAX_KNOWN = 50_000;

const COLUMNS = `"conversationId", "activityId", "direction", "sender", "type", "text", "attachments", "createdAt"`;

/** A record's row as the driver's values, in COLUMNS order (attachments as JSON text). */
function values(record: TranscriptRecord, at: Date): SqlValue[] {
  const attachments = record.attachments === undefined || record.attachments === null ? null : JSON.stringify(record.attachments);
  return [record.conversationId, record.activityId, record.direction, record.sender, record.type, record.text ?? null, attachments, at];
}

/** One multi-row INSERT for records; a record whose activity id is stored already is skipped. */
export function insertTranscript(records: TranscriptRecord[], at = new Date()): { sql: string; params: SqlValue[] } {
  const rows = records.map(() => '(?, ?, ?, ?, ?, ?, ?, ?)').join(', ');
  return { sql: `INSERT INTO "TranscriptEntry" (${COLUMNS}) VALUES ${rows} ON CONFLICT ("conversationId", "activityId") DO NOTHING`, params: records.flatMap((r) => values(r, at)) };
}

/**
 * The seeker's row of a message stored on arrival (directLineStore.receive), only while its
 * conversation exists on its channel: with the message in one statement (PostgreSQL, `from` the
 * WITH clause that stored it) or one transaction (SQLite). Same columns and values as insertTranscript.
 */
export function insertArrival(record: TranscriptRecord, at: Date, provider: 'sqlite' | 'postgresql', from = ''): { sql: string; params: SqlValue[] } {
  const casts = provider === 'postgresql' ? ['', '', '::"Direction"', '', '', '', '::jsonb', '::timestamp(3)'] : [];
  const select = casts.length ? casts.map((c) => `?${c}`).join(', ') : '?, ?, ?, ?, ?, ?, ?, ?';
  return {
    sql: `INSERT INTO "TranscriptEntry" (${COLUMNS}) SELECT ${select}${from && ` FROM ${from}`} WHERE EXISTS (SELECT 1 FROM "Conversation" WHERE "id" = ? AND "channel" = ?) ON CONFLICT ("conversationId", "activityId") DO NOTHING`,
    params: [...values(record, at), record.conversationId, record.channel],
  };
}

export class TranscriptStore {
  /** Conversations known to exist, with the reference last stored: saves a round trip per message. */
  private readonly known = new Map<string, { channel: string; signature: string }>();

  constructor(private readonly db: Db) {}

  /**
   * Appends one record; a second write of the same activity id is ignored (exactly once). Inside a
   * turn's unit what the turn sends is staged and written with its replies and state (the result is
   * then true); a message that came in is kept as it arrives, like its row in the chat history.
   */
  async append(record: TranscriptRecord, retry = true): Promise<boolean> {
    await this.ensureConversation(record);
    const unit = record.direction === 'out' ? UnitOfWork.current() : undefined;
    if (unit) {
      this.staged(unit).records.push(record);
      return true;
    }
    try {
      const { sql, params } = insertTranscript([record]);
      return (await driverOf(this.db).run(sql, params)) === 1;
    } catch (error) {
      if (isUniqueViolation(error)) return false;
      // The conversation was erased ("verwijder mijn gegevens") since it was cached: create it again.
      if (retry && isForeignKeyViolation(error)) {
        this.known.delete(record.conversationId);
        return this.append(record, false);
      }
      throw error;
    }
  }

  /**
   * Whether a record's conversation is known here with its channel and reference: then appending
   * it needs no conversation write, and its row may go with the message on arrival.
   */
  knows(record: TranscriptRecord, signature = record.reference ? JSON.stringify(record.reference) : ''): boolean {
    const known = this.known.get(record.conversationId);
    return known?.channel === record.channel && (!signature || known.signature === signature);
  }

  /** Whether this activity of this conversation was recorded already (a redelivered WhatsApp message). */
  async has(conversationId: string, activityId: string): Promise<boolean> {
    return (await this.db.transcriptEntry.count({ where: { conversationId, activityId } })) > 0;
  }

  /** Appends a turn's outgoing records of one conversation in one statement (fresh ids only). */
  async appendMany(records: TranscriptRecord[]): Promise<void> {
    if (!records.length) return;
    if (UnitOfWork.current() && records.every((r) => r.direction === 'out')) {
      for (const record of records) await this.append(record);
      return;
    }
    await this.ensureConversation(records[0]);
    const { sql, params } = insertTranscript(records);
    await driverOf(this.db).run(sql, params);
  }

  /** Drops what the running turn staged for a conversation (it was erased during the turn). */
  discard(conversationId: string): void {
    const staged = UnitOfWork.current()?.peek<StagedTranscript>(this);
    if (staged) staged.records = staged.records.filter((r) => r.conversationId !== conversationId);
    this.known.delete(conversationId);
  }

  private staged(unit: UnitOfWork): StagedTranscript {
    return unit.part(this, PART_ORDER.transcript, () => new StagedTranscript(this.known, (record) => this.ensureConversation(record)));
  }

  /**
   * Creates the conversation on its first record, stores a changed reference, and refuses a record
   * whose channel is not the one the conversation was created on (its reference stays as it was).
   */
  private async ensureConversation(record: TranscriptRecord): Promise<void> {
    const { conversationId: id, channel } = record;
    const reference = record.reference === undefined ? undefined : (record.reference as object);
    const signature = reference ? JSON.stringify(reference) : '';
    if (this.knows(record, signature)) return;
    const known = this.known.get(id);
    const updated = signature ? await this.storeReference(id, channel, signature, new Date()) : (await storedChannel(this.db, id)) === channel;
    if (!updated) await this.createConversation(id, channel, reference);
    if (this.known.size >= MAX_KNOWN) this.known.clear();
    this.known.set(id, { channel, signature: signature || (known?.channel === channel ? known.signature : '') });
  }

  private async createConversation(id: string, channel: string, reference: object | undefined): Promise<void> {
    const now = new Date();
    try {
      await driverOf(this.db).run(`INSERT INTO "Conversation" ("id", "channel", "reference", "createdAt", "updatedAt") VALUES (?, ?, ?, ?, ?)`, [id, channel, reference ? JSON.stringify(reference) : null, now, now]);
      return;
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
    }
    // It exists: another channel's conversation, or one a concurrent first message just created.
    const stored = await storedChannel(this.db, id);
    if (stored !== undefined && stored !== channel) {
      this.known.delete(id);
      throw new ConversationChannelMismatch(id, stored, channel);
    }
    if (reference) await this.storeReference(id, channel, JSON.stringify(reference), now);
  }

  /** Whether the conversation exists on this channel; its reference (JSON text) is stored if so. */
  private async storeReference(id: string, channel: string, reference: string, at: Date): Promise<boolean> {
    // The channel is in every WHERE: a write can never touch another channel's row.
    return (await driverOf(this.db).run(`UPDATE "Conversation" SET "reference" = ?, "updatedAt" = ? WHERE "id" = ? AND "channel" = ?`, [reference, at, id, channel])) > 0;
  }
}

/** A turn's transcript records: one multi-row insert when the turn commits. */
class StagedTranscript implements UnitPart {
  records: TranscriptRecord[] = [];

  constructor(
    private readonly known: Map<string, unknown>,
    private readonly ensure: (record: TranscriptRecord) => Promise<void>,
  ) {}

  async flush(tx: Tx): Promise<void> {
    if (!this.records.length) return;
    const { sql, params } = insertTranscript(this.records);
    await tx.run(sql, params);
  }

  /** PostgreSQL's one statement: the records, guarded by the answered mark. */
  clauses(st: OneStatement): (() => void) | false {
    if (!this.records.length) return () => undefined;
    const types = [undefined, undefined, '"Direction"', undefined, undefined, undefined, 'jsonb', 'timestamp(3)'];
    const at = new Date();
    const rows = this.records.map((r) => `(${values(r, at).map((v, i) => st.p(v, types[i])).join(', ')})`);
    st.with('transcript', `INSERT INTO "TranscriptEntry" (${COLUMNS}) SELECT * FROM (VALUES ${rows.join(', ')}) AS v WHERE ${OneStatement.GUARD} ON CONFLICT ("conversationId", "activityId") DO NOTHING`);
    return () => undefined;
  }

  /** The conversation was erased since it was cached ("verwijder mijn gegevens"): create it again. */
  async recover(error: unknown): Promise<boolean> {
    if (!isForeignKeyViolation(error)) return false;
    const first = new Map(this.records.map((r) => [r.conversationId, r]));
    for (const record of first.values()) {
      this.known.delete(record.conversationId);
      await this.ensure(record);
    }
    return first.size > 0;
  }
}
