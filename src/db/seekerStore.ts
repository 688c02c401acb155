// Seekers, their consent, intake answers and proposals. Pseudonymous: a seeker is found by a keyed
// hash of channel + channel user id, never by the raw id.
import crypto from 'node:crypto';
import { storedProfile } from '../matching/intakeRecord';
import { driverOf, providerOfClient, truncateWal, type Db } from './client';
import { newId } from './driver/ids';
import type { SqlDriver, SqlRunner } from './driver/types';
import { PrismaStateStore } from './stateStore';
import { OPENED_ACTION } from './overviewStore';
import { proposalIdOf, SeekerWrites, type ProposalRow } from './seekerWrites';
import { PART_ORDER, UnitOfWork } from './unitOfWork';

/** The self-hosted Direct Line's channel id (src/channels/directline/adapter.ts; db may not import channels). */
const DIRECTLINE = 'directline';

export interface SeekerKeyInput {
  channel: string;
  userId: string;
  conversationId: string;
  /**
   * The region this conversation is served by as far as the server knows it (the website's host
   * name, WERKLOKET_REGION, the only region): stored with a new seeker; a stored region stays.
   */
  regionId?: string;
}

export interface SeekerStoreOptions {
  /** The configured region a postcode answer lies in, if any: Seeker.regionId follows it. */
  regionOfPostcode?: (postcode: string) => string | undefined;
}

export interface ProposalInput {
  id?: string;
  kind: string;
  title: string;
  score: number;
}

export interface SeekerRow {
  id: string;
  consent: boolean;
  answers?: unknown;
  complete: boolean;
}

export class SeekerStore {
  private readonly sql: SqlDriver;

  constructor(
    private readonly db: Db,
    private readonly keySecret: string,
    private readonly options: SeekerStoreOptions = {},
  ) {
    this.sql = driverOf(db);
  }

  userKey(channel: string, userId: string): string {
    return crypto.createHmac('sha256', this.keySecret).update(`${channel}:${userId}`).digest('hex');
  }

  /** The seeker with their latest profile consent and their profile (as this turn staged it, if it did). */
  async find(who: SeekerKeyInput): Promise<SeekerRow | undefined> {
    const [row] = await this.sql.all<{ id: string; data: unknown; consent: unknown }>(
      `SELECT s."id", p."data", (SELECT c."granted" FROM "Consent" c WHERE c."seekerId" = s."id" AND c."purpose" = 'profile' AND c."withdrawnAt" IS NULL ORDER BY c."createdAt" DESC LIMIT 1) AS "consent" FROM "Seeker" s LEFT JOIN "Profile" p ON p."seekerId" = s."id" WHERE s."userKey" = ?`,
      [this.userKey(who.channel, who.userId)],
    );
    if (!row) return undefined;
    const staged = UnitOfWork.current()?.peek<SeekerWrites>(this)?.profiles.get(row.id)?.data;
    const data = parsed(staged ?? row.data) as { answers?: unknown; complete?: boolean } | null;
    return { id: row.id, consent: Boolean(row.consent), answers: data?.answers, complete: data?.complete ?? false };
  }

  /**
   * Records consent (to keep a profile, or `purpose` e.g. 'budget': to keep an application and share
   * it with the Werkcentrum); creates the pseudonymous seeker and links the conversation.
   */
  async giveConsent(who: SeekerKeyInput, locale: string, textVersion: string, purpose = 'profile'): Promise<string> {
    const userKey = this.userKey(who.channel, who.userId);
    const now = new Date();
    return this.sql.transaction(async (tx) => {
      // A region stored before (the seeker's postcode, an earlier visit) stays: it decides first.
      const [seeker] = await tx.all<{ id: string }>(
        `INSERT INTO "Seeker" ("id", "channel", "userKey", "locale", "createdAt", "updatedAt", "lastSeenAt", "regionId") VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT ("userKey") DO UPDATE SET "locale" = excluded."locale", "lastSeenAt" = excluded."lastSeenAt", "updatedAt" = excluded."updatedAt", "regionId" = COALESCE("Seeker"."regionId", excluded."regionId") RETURNING "id"`,
        [newId(), who.channel, userKey, locale, now, now, now, who.regionId ?? null],
      );
      await tx.run(`INSERT INTO "Consent" ("id", "seekerId", "purpose", "granted", "textVersion", "createdAt") VALUES (?, ?, ?, ?, ?, ?)`, [newId(), seeker.id, purpose, true, textVersion, now]);
      await tx.run(
        `INSERT INTO "Conversation" ("id", "channel", "seekerId", "createdAt", "updatedAt") VALUES (?, ?, ?, ?, ?) ON CONFLICT ("id") DO UPDATE SET "seekerId" = excluded."seekerId", "updatedAt" = excluded."updatedAt"`,
        [who.conversationId, who.channel, seeker.id, now, now],
      );
      return seeker.id;
    });
  }

  /** The answers so far, while the intake goes on: a new version of the profile (with the turn, in a turn). */
  async saveAnswers(seekerId: string, answers: unknown): Promise<void> {
    const unit = UnitOfWork.current();
    const writes = unit ? this.staged(unit) : new SeekerWrites(this.sql);
    writes.saveProfile(seekerId, JSON.stringify(storedProfile(answers, false)));
    this.followPostcode(writes, seekerId, answers);
    if (!unit) await writes.flush(this.sql);
  }

  /**
   * The finished intake: complete answers and their proposals together, or neither. An advisor's
   * "past niet" stays with the new proposal of the same id (`data.id`); returns those marks.
   */
  async saveResult(seekerId: string, answers: unknown, proposals: ProposalInput[]): Promise<Record<string, { reason: string }>> {
    const unit = UnitOfWork.current();
    if (unit) return this.stageResult(this.sql, this.staged(unit), seekerId, answers, proposals);
    return this.sql.transaction(async (tx) => {
      const writes = new SeekerWrites(this.sql);
      const kept = await this.stageResult(tx, writes, seekerId, answers, proposals);
      await writes.flush(tx);
      return kept;
    });
  }

  private async stageResult(read: SqlRunner, writes: SeekerWrites, seekerId: string, answers: unknown, proposals: ProposalInput[]): Promise<Record<string, { reason: string }>> {
    const marked = await this.markedProposals(read, writes, seekerId);
    const marks = new Map(marked.filter((m) => m.notFitting).map((m) => [proposalIdOf(m.data), m] as const).filter(([id]) => id !== undefined));
    // A proposal the seeker saw before stays "seen" when the same one comes back.
    const seen = new Map(marked.filter((m) => m.shownAt).map((m) => [proposalIdOf(m.data), m.shownAt] as const));
    for (const [id, at] of writes.shown.get(seekerId) ?? []) if (!seen.has(id)) seen.set(id, at);
    const kept: Record<string, { reason: string }> = {};
    const rows = proposals.map((p): ProposalRow => {
      const mark = p.id !== undefined ? marks.get(p.id) : undefined;
      if (mark && p.id !== undefined) kept[p.id] = { reason: mark.notFittingReason ?? '' };
      const oversight = { notFitting: Boolean(mark), notFittingReason: mark?.notFittingReason ?? null, markedBy: mark?.markedBy ?? null, markedAt: mark?.markedAt ?? null };
      const shownAt = (p.id !== undefined ? seen.get(p.id) : undefined) ?? null;
      return { id: newId(), seekerId, kind: p.kind, title: p.title, score: p.score, data: JSON.stringify(p), ...oversight, shownAt };
    });
    writes.saveProfile(seekerId, JSON.stringify(storedProfile(answers, true)));
    writes.replaceProposals(seekerId, rows);
    this.followPostcode(writes, seekerId, answers);
    return kept;
  }

  /** A postcode in a configured region decides the seeker's region (one outside every region changes nothing). */
  private followPostcode(writes: SeekerWrites, seekerId: string, answers: unknown): void {
    const postcode = answers && typeof answers === 'object' ? (answers as { postcode?: unknown }).postcode : undefined;
    const regionId = typeof postcode === 'string' ? this.options.regionOfPostcode?.(postcode) : undefined;
    if (regionId) writes.setRegion(seekerId, regionId);
  }

  /** The proposals an advisor marked or the seeker saw: as this turn staged them, else as stored. */
  private async markedProposals(read: SqlRunner, writes: SeekerWrites, seekerId: string): Promise<Omit<ProposalRow, 'id' | 'seekerId' | 'kind' | 'title' | 'score'>[]> {
    const staged = writes.proposals.get(seekerId);
    if (staged) return staged.filter((r) => r.notFitting || r.shownAt !== null);
    // Timestamps as text, written back as they were (pg would read them in the process's time zone).
    const rows = await read.all<{ data: unknown; notFitting: unknown; notFittingReason: string | null; markedBy: string | null; markedAt: string | null; shownAt: string | null }>(
      `SELECT "data", "notFitting", "notFittingReason", "markedBy", CAST("markedAt" AS TEXT) AS "markedAt", CAST("shownAt" AS TEXT) AS "shownAt" FROM "Proposal" WHERE "seekerId" = ? AND ("notFitting" = ? OR "shownAt" IS NOT NULL)`,
      [seekerId, true],
    );
    return rows.map((r) => ({ ...r, data: typeof r.data === 'string' ? r.data : JSON.stringify(r.data), notFitting: Boolean(r.notFitting) }));
  }

  /** Marks the seeker's stored proposals with these matching ids as shown to them (first time only). */
  async markShown(seekerId: string, proposalIds: string[], at = new Date()): Promise<void> {
    if (!proposalIds.length) return;
    const unit = UnitOfWork.current();
    const writes = unit ? this.staged(unit) : new SeekerWrites(this.sql);
    writes.markShown(seekerId, proposalIds, at);
    if (!unit) await writes.flush(this.sql);
  }

  private staged(unit: UnitOfWork): SeekerWrites {
    return unit.part(this, PART_ORDER.records, () => new SeekerWrites(this.sql));
  }

  /**
   * Every conversation of this seeker, as channel by conversation id: this one, those linked to
   * the seeker (consent), those whose stored reference names this channel user, and the website
   * chats opened for this user id.
   */
  async conversationsOf(who: SeekerKeyInput): Promise<Map<string, string>> {
    const conversations = new Map<string, string>([[who.conversationId, who.channel]]);
    const seeker = await this.db.seeker.findUnique({ where: { userKey: this.userKey(who.channel, who.userId) }, select: { conversations: { select: { id: true, channel: true } } } });
    for (const c of seeker?.conversations ?? []) conversations.set(c.id, c.channel);
    for (const c of await this.referencedBy(who)) conversations.set(c.id, c.channel);
    if (who.channel === DIRECTLINE) {
      for (const c of await this.db.directLineConversation.findMany({ where: { userId: who.userId }, select: { id: true } })) conversations.set(c.id, DIRECTLINE);
    }
    return conversations;
  }

  /** Conversations whose stored ConversationReference has this user (a rare full scan: erase only). */
  private referencedBy(who: SeekerKeyInput): Promise<{ id: string; channel: string }[]> {
    return providerOfClient(this.db) === 'postgresql'
      ? this.db.$queryRawUnsafe(`SELECT id, channel FROM "Conversation" WHERE channel = $1 AND reference->'user'->>'id' = $2`, who.channel, who.userId)
      : this.db.$queryRawUnsafe(`SELECT id, channel FROM "Conversation" WHERE channel = ? AND json_valid(reference) AND json_extract(reference, '$.user.id') = ?`, who.channel, who.userId);
  }

  /**
   * "Verwijder mijn gegevens": the seeker (profile, consents, proposals, handoffs and notes cascade),
   * every conversation of theirs (transcripts, handoffs and notes cascade), their website chat
   * history and the bot state of all those conversations and of the user. `before` runs first with
   * the conversation ids (to close open handoffs and tell the console). On SQLite the write-ahead
   * log is emptied afterwards, so the erased rows are gone from the files too (secure_delete).
   */
  async erase(who: SeekerKeyInput, before?: (conversationIds: string[]) => Promise<void>): Promise<void> {
    const userKey = this.userKey(who.channel, who.userId);
    const conversations = await this.conversationsOf(who);
    const ids = [...conversations.keys()];
    await before?.(ids);
    const seeker = await this.db.seeker.findUnique({ where: { userKey }, select: { id: true } });
    // What this turn staged for the seeker (a profile version, proposals) is not written after it.
    if (seeker) UnitOfWork.current()?.peek<SeekerWrites>(this)?.forget(seeker.id);
    // The overview, its share codes and openings cascade with the seeker; the audit's openings go too.
    const codes = seeker ? await this.db.overviewCode.findMany({ where: { overview: { seekerId: seeker.id } }, select: { id: true } }) : [];
    await this.db.$transaction([
      this.db.auditEntry.deleteMany({ where: { action: OPENED_ACTION, detail: { in: codes.map((c) => `code=${c.id}`) } } }),
      ...(seeker ? [this.db.seeker.delete({ where: { id: seeker.id } })] : []),
      this.db.conversation.deleteMany({ where: { id: { in: ids } } }),
      this.db.directLineActivity.deleteMany({ where: { conversationId: { in: ids } } }),
      // The website chat goes on (its token still works) but no longer knows who was in it.
      this.db.directLineConversation.updateMany({ where: { id: { in: ids } }, data: { userId: null } }),
    ]);
    // botbuilder's keys: "<channel>/conversations/<id>" (and below it), "<channel>/users/<user id>".
    await new PrismaStateStore(this.db).deleteUnder([...[...conversations].map(([id, channel]) => `${channel}/conversations/${id}`), `${who.channel}/users/${who.userId}`]);
    await truncateWal(this.db);
  }
}

/** JSON as the driver reads it: text on SQLite, parsed already by pg (jsonb). */
const parsed = (value: unknown): unknown => (typeof value === 'string' ? JSON.parse(value) : (value ?? null));

/** What an advisor set on a stored proposal (human oversight). */
export interface ProposalMark {
  notFitting: boolean;
  notFittingReason: string | null;
  markedBy: string | null;
  markedAt: Date | null;
}

/** Human oversight of stored proposals: the advisor's "past niet" with a reason, and its undo. */
export class ProposalOversight {
  constructor(private readonly db: Db) {}

  /** Marks and named sources of stored proposals, by row id. */
  async viewsOf(rowIds: string[]): Promise<Map<string, ProposalMark & { nextStep?: string; sourceLinks: { url: string; name: string }[]; shownAt: Date | null }>> {
    if (!rowIds.length) return new Map();
    const rows = await this.db.proposal.findMany({ where: { id: { in: rowIds } }, select: { id: true, data: true, notFitting: true, notFittingReason: true, markedBy: true, markedAt: true, shownAt: true } });
    return new Map(rows.map((r) => {
      const data = (r.data && typeof r.data === 'object' ? r.data : {}) as { nextStep?: unknown; sourceLinks?: unknown };
      const links = Array.isArray(data.sourceLinks) ? data.sourceLinks.filter((l): l is { url: string; name: string } => typeof l?.url === 'string' && typeof l?.name === 'string') : [];
      return [r.id, { notFitting: r.notFitting, notFittingReason: r.notFittingReason, markedBy: r.markedBy, markedAt: r.markedAt, nextStep: typeof data.nextStep === 'string' ? data.nextStep : undefined, sourceLinks: links, shownAt: r.shownAt }];
    }));
  }

  /** Sets (reason given) or clears (null) the mark; false when the row is not this seeker's. */
  async mark(rowId: string, seekerId: string, mark: { reason: string; by: string; at: Date } | null): Promise<boolean> {
    const data = mark ? { notFitting: true, notFittingReason: mark.reason, markedBy: mark.by, markedAt: mark.at } : { notFitting: false, notFittingReason: null, markedBy: null, markedAt: null };
    const { count } = await this.db.proposal.updateMany({ where: { id: rowId, seekerId }, data });
    return count === 1;
  }

  /** The seeker of a stored proposal. */
  async seekerOf(rowId: string): Promise<string | undefined> {
    return (await this.db.proposal.findUnique({ where: { id: rowId }, select: { seekerId: true } }))?.seekerId;
  }
}
