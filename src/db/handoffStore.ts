// HandoffRepository on Prisma (SQLite or PostgreSQL). Claims and closes are single conditional
// UPDATEs (updateMany with the expected status in the WHERE), so exactly one concurrent caller wins
// on either database.
import { AudienceSchema, ContactRequestSchema, HandoffStatusSchema, ToldQueueSchema, type Handoff, type HandoffStatus, type ToldQueue } from '../handoff/model';
import type { HandoffContext, HandoffNote, HandoffRepository, NewHandoff, ProposalView } from '../handoff/ports';
import { driverOf, type Db } from './client';
import { UnitOfWork } from './unitOfWork';
import { ConversationChannelMismatch, referenceOf } from './conversations';

/** A handoff is open while it waits for an advisor or one holds it. */
const OPEN: HandoffStatus[] = ['waiting', 'active'];
/** The same, for the hot path's SQL (src/db/driver). */
export const OPEN_HANDOFF_SQL = `"status" IN (${OPEN.map((status) => `'${status}'`).join(', ')})`;

/** The unit's note on whether `conversationId` has an open handoff (stateStore.readWithHandoff). */
export const openHandoffNote = (conversationId: string) => `open-handoff:${conversationId}`;

/** With the holder, and the seeker's region (the console shows a region's chats to its own team). */
const WITH_ADVISOR = { claimedBy: { select: { id: true, name: true } }, seeker: { select: { regionId: true } } } as const;

type Row = Awaited<ReturnType<Db['handoff']['findFirstOrThrow']>> & { claimedBy: { id: string; name: string } | null; seeker?: { regionId: string | null } | null };

function toHandoff(row: Row): Handoff {
  const contact = ContactRequestSchema.safeParse(row.contact);
  return {
    id: row.id,
    conversationId: row.conversationId,
    seekerId: row.seekerId,
    status: HandoffStatusSchema.parse(row.status),
    priority: row.priority,
    reason: row.reason,
    summary: row.summary,
    audience: AudienceSchema.catch('seeker').parse(row.audience),
    channel: row.channel,
    waitingSince: row.waitingSince,
    claimedBy: row.claimedBy,
    claimedAt: row.claimedAt,
    closedAt: row.closedAt,
    outcome: row.outcome,
    contact: contact.success ? contact.data : null,
    queueToldAt: row.queueToldAt,
    queueTold: ToldQueueSchema.nullable().catch(null).parse(row.queueTold ?? null),
    closingToldAt: row.closingToldAt,
    regionId: row.seeker?.regionId ?? null,
  };
}

export class PrismaHandoffRepository implements HandoffRepository {
  constructor(private readonly db: Db) {}

  async create(input: NewHandoff): Promise<Handoff> {
    // The conversation row normally exists (the transcript middleware writes it first).
    const conversation = await this.db.conversation.upsert({ where: { id: input.conversationId }, create: { id: input.conversationId, channel: input.channel }, update: {} });
    // Never a handoff on another channel's conversation that happens to share the id.
    if (conversation.channel !== input.channel) throw new ConversationChannelMismatch(input.conversationId, conversation.channel, input.channel);
    const row = await this.db.handoff.create({
      data: { conversationId: input.conversationId, seekerId: input.seekerId, channel: input.channel, reason: input.reason, priority: input.priority, summary: input.summary, audience: input.audience ?? 'seeker', waitingSince: input.waitingSince },
      include: WITH_ADVISOR,
    });
    return toHandoff(row);
  }

  async get(id: string): Promise<Handoff | undefined> {
    const row = await this.db.handoff.findUnique({ where: { id }, include: WITH_ADVISOR });
    return row ? toHandoff(row) : undefined;
  }

  async openFor(conversationId: string): Promise<Handoff | undefined> {
    // Asked on every seeker's turn, and nearly always "none": the turn's first read answered it
    // already (stateStore.readWithHandoff), or one cheap statement through the driver does; Prisma
    // reads the whole handoff (with its advisor) only when there is one.
    const noted = UnitOfWork.current()?.take(openHandoffNote(conversationId));
    if (noted === false) return undefined;
    if (noted !== true && !(await driverOf(this.db).all(`SELECT "id" FROM "Handoff" WHERE "conversationId" = ? AND ${OPEN_HANDOFF_SQL} LIMIT 1`, [conversationId])).length) return undefined;
    const row = await this.db.handoff.findFirst({
      where: { conversationId, status: { in: OPEN } },
      orderBy: { waitingSince: 'desc' },
      include: WITH_ADVISOR,
    });
    return row ? toHandoff(row) : undefined;
  }

  async list(statuses: HandoffStatus[], limit = 500): Promise<Handoff[]> {
    const rows = await this.db.handoff.findMany({
      where: { status: { in: statuses } },
      orderBy: statuses.includes('closed') ? { closedAt: 'desc' } : { waitingSince: 'asc' },
      take: limit,
      include: WITH_ADVISOR,
    });
    return rows.map(toHandoff);
  }

  async claim(id: string, advisorId: string, at: Date): Promise<boolean> {
    const { count } = await this.db.handoff.updateMany({ where: { id, status: 'waiting' }, data: { status: 'active', claimedById: advisorId, claimedAt: at } });
    return count === 1;
  }

  async close(id: string, expected: { status: 'waiting' | 'active'; holderId?: string }, outcome: string, at: Date): Promise<boolean> {
    const where = expected.status === 'active' ? { id, status: 'active' as const, claimedById: expected.holderId ?? '' } : { id, status: 'waiting' as const };
    const { count } = await this.db.handoff.updateMany({ where, data: { status: 'closed', closedAt: at, outcome } });
    return count === 1;
  }

  async raisePriority(id: string, priority: number, line?: { reason: string; summary: string }): Promise<boolean> {
    const { count } = await this.db.handoff.updateMany({ where: { id, priority: { lt: priority } }, data: { priority, ...line } });
    return count === 1;
  }

  async markQueueTold(id: string, expected: Date | null, at: Date, told: ToldQueue): Promise<boolean> {
    const { count } = await this.db.handoff.updateMany({ where: { id, status: 'waiting', queueToldAt: expected }, data: { queueToldAt: at, queueTold: told } });
    return count === 1;
  }

  async markClosingTold(id: string, expected: Date | null, at: Date): Promise<boolean> {
    const { count } = await this.db.handoff.updateMany({ where: { id, status: 'waiting', closingToldAt: expected }, data: { closingToldAt: at } });
    return count === 1;
  }

  async recentHandlingMinutes(since: Date): Promise<number[]> {
    const rows = await this.db.handoff.findMany({
      where: { status: 'closed', closedAt: { gte: since }, claimedAt: { not: null } },
      select: { claimedAt: true, closedAt: true },
      take: 200,
      orderBy: { closedAt: 'desc' },
    });
    return rows.map((r) => (r.closedAt!.getTime() - r.claimedAt!.getTime()) / 60_000);
  }

  async advisorsOnline(since: Date): Promise<string[]> {
    const rows = await this.db.advisorSession.findMany({ where: { seenAt: { gte: since }, advisor: { disabledAt: null } }, select: { advisorId: true }, distinct: ['advisorId'] });
    return rows.map((r) => r.advisorId);
  }

  async setContact(id: string, contact: Handoff['contact'] & object): Promise<void> {
    await this.db.handoff.update({ where: { id }, data: { contact } });
  }

  async recentWaitMinutes(since: Date): Promise<number[]> {
    const rows = await this.db.handoff.findMany({ where: { claimedAt: { gte: since } }, select: { waitingSince: true, claimedAt: true }, take: 200, orderBy: { claimedAt: 'desc' } });
    return rows.map((r) => (r.claimedAt!.getTime() - r.waitingSince.getTime()) / 60_000);
  }

  async addNote(handoffId: string, advisorId: string, text: string): Promise<HandoffNote> {
    const row = await this.db.note.create({ data: { handoffId, advisorId, text }, include: { advisor: { select: { id: true, name: true } } } });
    return { id: row.id, text: row.text, advisor: row.advisor, createdAt: row.createdAt };
  }

  async context(handoff: Handoff): Promise<HandoffContext> {
    const seekerId = handoff.seekerId ?? (await this.db.conversation.findUnique({ where: { id: handoff.conversationId }, select: { seekerId: true } }))?.seekerId ?? null;
    const [profile, proposals, transcript, notes] = await Promise.all([
      seekerId ? this.db.profile.findUnique({ where: { seekerId } }) : null,
      seekerId ? this.db.proposal.findMany({ where: { seekerId }, orderBy: [{ createdAt: 'desc' }, { score: 'desc' }], take: 20 }) : [],
      this.db.transcriptEntry.findMany({ where: { conversationId: handoff.conversationId }, orderBy: { id: 'asc' }, take: 2000 }),
      this.db.note.findMany({ where: { handoffId: handoff.id }, orderBy: { createdAt: 'asc' }, include: { advisor: { select: { id: true, name: true } } } }),
    ]);
    return {
      seekerId,
      profile: profile && typeof profile.data === 'object' ? (profile.data as Record<string, unknown>) : null,
      proposals: proposals.map(toProposalView),
      transcript: transcript.map((t) => ({ id: t.id, activityId: t.activityId, direction: t.direction, sender: t.sender, type: t.type, text: t.text, createdAt: t.createdAt })),
      notes: notes.map((n) => ({ id: n.id, text: n.text, advisor: n.advisor, createdAt: n.createdAt })),
    };
  }

  async seekerContext(conversationId: string) {
    const conversation = await this.db.conversation.findUnique({ where: { id: conversationId }, select: { seekerId: true } });
    const seekerId = conversation?.seekerId ?? null;
    const [profile, transcript] = await Promise.all([
      seekerId ? this.db.profile.findUnique({ where: { seekerId } }) : null,
      this.db.transcriptEntry.findMany({ where: { conversationId }, orderBy: { id: 'asc' }, take: 2000 }),
    ]);
    return {
      seekerId,
      profile: profile && typeof profile.data === 'object' ? (profile.data as Record<string, unknown>) : null,
      transcript: transcript.map((t) => ({ id: t.id, activityId: t.activityId, direction: t.direction, sender: t.sender, type: t.type, text: t.text, createdAt: t.createdAt })),
    };
  }

  /** The stored reference, its channel and id as the server recorded them (conversations.ts). */
  referenceOf(conversationId: string): Promise<unknown | undefined> {
    return referenceOf(this.db, conversationId);
  }

  async since(since: Date): Promise<Handoff[]> {
    const rows = await this.db.handoff.findMany({
      where: { OR: [{ waitingSince: { gte: since } }, { status: { in: OPEN } }, { closedAt: { gte: since } }] },
      include: WITH_ADVISOR,
      take: 5000,
    });
    return rows.map(toHandoff);
  }

  async advisorTeam(advisorId: string): Promise<string | null> {
    const row = await this.db.advisor.findUnique({ where: { id: advisorId }, select: { team: true } });
    return row?.team ?? null;
  }

  async proposalTitles(since: Date): Promise<string[]> {
    const rows = await this.db.proposal.findMany({ where: { createdAt: { gte: since } }, select: { title: true }, take: 10_000 });
    return rows.map((r) => r.title);
  }
}

function toProposalView(row: { id: string; kind: string; title: string; score: number; data: unknown }): ProposalView {
  const data = (row.data && typeof row.data === 'object' ? row.data : {}) as { reasons?: unknown; provider?: unknown };
  return {
    id: row.id,
    kind: row.kind,
    title: row.title,
    score: row.score,
    provider: typeof data.provider === 'string' ? data.provider : undefined,
    reasons: Array.isArray(data.reasons) ? data.reasons.filter((r): r is string => typeof r === 'string') : [],
  };
}
