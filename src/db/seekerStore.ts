// Seekers, their consent, intake answers and proposals. Pseudonymous: a seeker is found by a keyed
// hash of channel + channel user id, never by the raw id.
import crypto from 'node:crypto';
import { storedProfile } from '../matching/intakeRecord';
import { providerOfClient, truncateWal, type Db } from './client';
import { PrismaStateStore } from './stateStore';
import { OPENED_ACTION } from './overviewStore';

/** The self-hosted Direct Line's channel id (src/channels/directline/adapter.ts; db may not import channels). */
const DIRECTLINE = 'directline';

export interface SeekerKeyInput {
  channel: string;
  userId: string;
  conversationId: string;
}

export interface SeekerRow {
  id: string;
  consent: boolean;
  answers?: unknown;
  complete: boolean;
}

export class SeekerStore {
  constructor(
    private readonly db: Db,
    private readonly keySecret: string,
  ) {}

  userKey(channel: string, userId: string): string {
    return crypto.createHmac('sha256', this.keySecret).update(`${channel}:${userId}`).digest('hex');
  }

  async find(who: SeekerKeyInput): Promise<SeekerRow | undefined> {
    const seeker = await this.db.seeker.findUnique({
      where: { userKey: this.userKey(who.channel, who.userId) },
      include: { profile: true, consents: { where: { purpose: 'profile', withdrawnAt: null }, orderBy: { createdAt: 'desc' }, take: 1 } },
    });
    if (!seeker) return undefined;
    const data = seeker.profile?.data as { answers?: unknown; complete?: boolean } | undefined;
    return { id: seeker.id, consent: seeker.consents[0]?.granted ?? false, answers: data?.answers, complete: data?.complete ?? false };
  }

  /** Records consent to keep a profile; creates the pseudonymous seeker and links the conversation. */
  async giveConsent(who: SeekerKeyInput, locale: string, textVersion: string): Promise<string> {
    const userKey = this.userKey(who.channel, who.userId);
    return this.db.$transaction(async (tx) => {
      const seeker = await tx.seeker.upsert({
        where: { userKey },
        create: { userKey, channel: who.channel, locale },
        update: { locale, lastSeenAt: new Date() },
      });
      await tx.consent.create({ data: { seekerId: seeker.id, purpose: 'profile', granted: true, textVersion } });
      await tx.conversation.upsert({
        where: { id: who.conversationId },
        create: { id: who.conversationId, channel: who.channel, seekerId: seeker.id },
        update: { seekerId: seeker.id },
      });
      return seeker.id;
    });
  }

  /** The answers so far, while the intake goes on. */
  async saveAnswers(seekerId: string, answers: unknown): Promise<void> {
    await this.db.profile.upsert(this.profileUpsert(seekerId, answers, false));
  }

  /**
   * The finished intake: complete answers and their proposals together, or neither. An advisor's
   * "past niet" stays with the new proposal of the same id (`data.id`); returns those marks.
   */
  async saveResult(seekerId: string, answers: unknown, proposals: { id?: string; kind: string; title: string; score: number }[]): Promise<Record<string, { reason: string }>> {
    return this.db.$transaction(async (tx) => {
      const marked = await tx.proposal.findMany({ where: { seekerId, OR: [{ notFitting: true }, { shownAt: { not: null } }] }, select: { data: true, notFitting: true, notFittingReason: true, markedBy: true, markedAt: true, shownAt: true } });
      const marks = new Map(marked.filter((m) => m.notFitting).map((m) => [proposalIdOf(m.data), m] as const).filter(([id]) => id !== undefined));
      // A proposal the seeker saw before stays "seen" when the same one comes back.
      const seen = new Map(marked.filter((m) => m.shownAt).map((m) => [proposalIdOf(m.data), m.shownAt] as const));
      await tx.profile.upsert(this.profileUpsert(seekerId, answers, true));
      await tx.proposal.deleteMany({ where: { seekerId } });
      const kept: Record<string, { reason: string }> = {};
      await tx.proposal.createMany({
        data: proposals.map((p) => {
          const mark = p.id !== undefined ? marks.get(p.id) : undefined;
          if (mark && p.id !== undefined) kept[p.id] = { reason: mark.notFittingReason ?? '' };
          const oversight = mark ? { notFitting: true, notFittingReason: mark.notFittingReason, markedBy: mark.markedBy, markedAt: mark.markedAt } : {};
          const shownAt = p.id !== undefined ? seen.get(p.id) : undefined;
          return { seekerId, kind: p.kind, title: p.title, score: p.score, data: p as object, ...oversight, ...(shownAt ? { shownAt } : {}) };
        }),
      });
      return kept;
    });
  }

  /** Marks the seeker's stored proposals with these matching ids as shown to them (first time only). */
  async markShown(seekerId: string, proposalIds: string[], at = new Date()): Promise<void> {
    if (!proposalIds.length) return;
    const rows = await this.db.proposal.findMany({ where: { seekerId, shownAt: null }, select: { id: true, data: true } });
    const wanted = new Set(proposalIds);
    const ids = rows.filter((r) => wanted.has(proposalIdOf(r.data) ?? '')).map((r) => r.id);
    if (ids.length) await this.db.proposal.updateMany({ where: { id: { in: ids }, shownAt: null }, data: { shownAt: at } });
  }

  private profileUpsert(seekerId: string, answers: unknown, complete: boolean) {
    const data = storedProfile(answers, complete) as object;
    return { where: { seekerId }, create: { seekerId, data }, update: { data, version: { increment: 1 } } };
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

/** The matching module's proposal id inside a stored proposal's data. */
function proposalIdOf(data: unknown): string | undefined {
  const id = data && typeof data === 'object' ? (data as { id?: unknown }).id : undefined;
  return typeof id === 'string' ? id : undefined;
}

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
