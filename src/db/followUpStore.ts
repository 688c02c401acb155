// FollowUpStore on Prisma (SQLite or PostgreSQL). Every state change is a conditional UPDATE with
// the expected state in the WHERE (updateMany), so of two instances or two turns exactly one wins.
import { FollowUpRowSchema, OPEN_STATUSES, ScheduleInputSchema, type FollowUpRow, type FollowUpStore, type Outcome, type OutcomeCount, type ScheduleInput } from '../followup/ports';
import { providerOfClient, type Db } from './client';
import { referenceOf } from './conversations';

export interface FollowUpStoreOptions {
  /** A claim older than this is taken again (its instance died while sending). Default 10 minutes. */
  claimTimeoutMs?: number;
  /** After this many delivery attempts a follow-up fails for good. Default 5. */
  maxAttempts?: number;
}

const OPEN = [...OPEN_STATUSES];
/** How many 'not-yet' answers a subject may collect before it is not asked again. */
const NOT_YET_ROUNDS = 2;

/** The answer's month for the dashboard (UTC; a follow-up answered at midnight may count a month early). */
const monthOf = (at: Date) => at.toISOString().slice(0, 7);

const toRow = (row: unknown): FollowUpRow => FollowUpRowSchema.parse(row);

export class PrismaFollowUpStore implements FollowUpStore {
  private readonly claimTimeoutMs: number;
  private readonly maxAttempts: number;

  constructor(
    private readonly db: Db,
    options: FollowUpStoreOptions = {},
  ) {
    this.claimTimeoutMs = options.claimTimeoutMs ?? 10 * 60_000;
    this.maxAttempts = options.maxAttempts ?? 5;
  }

  async schedule(input: ScheduleInput): Promise<{ id: string; created: boolean }> {
    const data = ScheduleInputSchema.parse(input);
    // No unique index can say "one OPEN row per seeker and subject" on both databases, so the
    // check and the insert run in one transaction that holds the seeker's row: on PostgreSQL with
    // FOR UPDATE; SQLite runs one transaction at a time anyway.
    return this.db.$transaction(async (tx) => {
      if (providerOfClient(this.db) === 'postgresql') await tx.$queryRawUnsafe('SELECT "id" FROM "Seeker" WHERE "id" = $1 FOR UPDATE', data.seekerId);
      const open = await tx.followUp.findFirst({ where: { seekerId: data.seekerId, subjectId: data.subjectId, status: { in: OPEN } }, select: { id: true } });
      if (open) {
        // The seeker's latest choice of when (and where) counts while nothing was sent yet.
        await tx.followUp.updateMany({ where: { id: open.id, status: 'scheduled' }, data: { dueAt: data.dueAt, channel: data.channel, conversationId: data.conversationId ?? null } });
        return { id: open.id, created: false };
      }
      const row = await tx.followUp.create({ data, select: { id: true } });
      return { id: row.id, created: true };
    });
  }

  async claimDue(now: Date, limit: number, channels: readonly string[]): Promise<FollowUpRow[]> {
    if (limit <= 0 || !channels.length) return [];
    const stale = new Date(now.getTime() - this.claimTimeoutMs);
    const channel = { in: [...channels] };
    // A claim that timed out after the last attempt: its instance died each time; give up.
    await this.db.followUp.updateMany({ where: { channel, status: 'sending', claimedAt: { lt: stale }, attempts: { gte: this.maxAttempts } }, data: { status: 'failed' } });
    const candidates = await this.db.followUp.findMany({
      where: { channel, OR: [{ status: 'scheduled', dueAt: { lte: now } }, { status: 'sending', claimedAt: { lt: stale } }] },
      orderBy: { dueAt: 'asc' },
      take: limit,
      select: { id: true, status: true, claimedAt: true },
    });
    const claimed: FollowUpRow[] = [];
    for (const c of candidates) {
      // Compare-and-set on the state just read: another instance that claimed first changed it.
      const { count } = await this.db.followUp.updateMany({
        where: { id: c.id, status: c.status, claimedAt: c.claimedAt },
        data: { status: 'sending', claimedAt: now, attempts: { increment: 1 } },
      });
      if (count !== 1) continue;
      const row = await this.get(c.id);
      if (row) claimed.push(row);
    }
    return claimed;
  }

  async markAsked(id: string, at = new Date()): Promise<boolean> {
    const { count } = await this.db.followUp.updateMany({ where: { id, status: { in: ['scheduled', 'sending'] } }, data: { status: 'asked', askedAt: at, claimedAt: null } });
    return count === 1;
  }

  async deliveryFailed(claim: Pick<FollowUpRow, 'id' | 'claimedAt'>, retryAt: Date | null): Promise<'retry' | 'failed' | 'lost'> {
    const mine = { id: claim.id, status: 'sending', claimedAt: claim.claimedAt };
    const gaveUp = await this.db.followUp.updateMany({ where: retryAt ? { ...mine, attempts: { gte: this.maxAttempts } } : mine, data: { status: 'failed', claimedAt: null } });
    if (gaveUp.count) return 'failed';
    if (!retryAt) return 'lost';
    const retry = await this.db.followUp.updateMany({ where: mine, data: { status: 'scheduled', dueAt: retryAt, claimedAt: null } });
    return retry.count ? 'retry' : 'lost';
  }

  async dueForSeeker(seekerId: string, now: Date): Promise<FollowUpRow[]> {
    const rows = await this.db.followUp.findMany({ where: { seekerId, OR: [{ status: 'scheduled', dueAt: { lte: now } }, { status: 'asked' }] }, orderBy: { dueAt: 'asc' }, take: 10 });
    return rows.map(toRow);
  }

  async forSubject(seekerId: string, subjectId: string): Promise<boolean> {
    return (await this.db.followUp.count({ where: { seekerId, subjectId } })) > 0;
  }

  async notYetBefore(seekerId: string, subjectId: string): Promise<boolean> {
    return (await this.db.followUp.count({ where: { seekerId, subjectId, status: 'answered', outcome: 'not-yet' } })) > 0;
  }

  async postpone(id: string, dueAt: Date): Promise<boolean> {
    // A new round: the delivery attempts start again.
    const { count } = await this.db.followUp.updateMany({ where: { id, status: 'asked' }, data: { status: 'scheduled', dueAt, askedAt: null, claimedAt: null, attempts: 0 } });
    return count === 1;
  }

  async get(id: string): Promise<FollowUpRow | undefined> {
    const row = await this.db.followUp.findUnique({ where: { id } });
    return row ? toRow(row) : undefined;
  }

  async askedFor(seekerId: string): Promise<FollowUpRow | undefined> {
    const row = await this.db.followUp.findFirst({ where: { seekerId, status: 'asked' }, orderBy: { askedAt: 'desc' } });
    return row ? toRow(row) : undefined;
  }

  async answer(id: string, outcome: Outcome, at = new Date()): Promise<boolean> {
    return this.db.$transaction(async (tx) => {
      // 'sending' too: a button press can arrive before the sender noted the template as asked.
      const { count } = await tx.followUp.updateMany({ where: { id, status: { in: ['asked', 'sending'] } }, data: { status: 'answered', outcome, answeredAt: at, claimedAt: null } });
      if (count !== 1) return false;
      const row = await tx.followUp.findUniqueOrThrow({ where: { id }, select: { regionId: true, referralType: true, providerId: true, providerName: true } });
      await tx.followUpOutcome.create({ data: { ...row, outcome, month: monthOf(at), at } });
      return true;
    });
  }

  async reschedule(id: string, dueAt: Date): Promise<{ id: string } | undefined> {
    return this.db.$transaction(async (tx) => {
      const first = await tx.followUp.findUnique({ where: { id } });
      if (!first || first.status !== 'answered' || first.outcome !== 'not-yet') return undefined;
      if (providerOfClient(this.db) === 'postgresql') await tx.$queryRawUnsafe('SELECT "id" FROM "Seeker" WHERE "id" = $1 FOR UPDATE', first.seekerId);
      const where = { seekerId: first.seekerId, subjectId: first.subjectId };
      // Once: a second 'not-yet' (or a round still open) ends it.
      const [notYet, open] = await Promise.all([tx.followUp.count({ where: { ...where, status: 'answered', outcome: 'not-yet' } }), tx.followUp.count({ where: { ...where, status: { in: OPEN } } })]);
      if (notYet >= NOT_YET_ROUNDS || open) return undefined;
      const { seekerId, conversationId, channel, referralType, subjectId, subject, regionId, providerId, providerName } = first;
      return tx.followUp.create({ data: { seekerId, conversationId, channel, referralType, subjectId, subject, regionId, providerId, providerName, dueAt }, select: { id: true } });
    });
  }

  async cancel(id: string): Promise<boolean> {
    const { count } = await this.db.followUp.updateMany({ where: { id, status: { in: OPEN } }, data: { status: 'cancelled', claimedAt: null } });
    return count === 1;
  }

  async cancelForSeeker(seekerId: string): Promise<number> {
    return (await this.db.followUp.updateMany({ where: { seekerId, status: { in: OPEN } }, data: { status: 'cancelled', claimedAt: null } })).count;
  }

  async outcomes(regionId?: string, fromMonth?: string): Promise<OutcomeCount[]> {
    const region = regionId ? { regionId } : {};
    const [answered, waiting] = await Promise.all([
      this.db.followUpOutcome.groupBy({ by: ['referralType', 'providerId', 'providerName', 'outcome'], where: { ...region, ...(fromMonth ? { month: { gte: fromMonth } } : {}) }, _count: { _all: true } }),
      this.db.followUp.groupBy({ by: ['referralType', 'providerId', 'providerName'], where: { ...region, status: 'asked' }, _count: { _all: true } }),
    ]);
    const table = new Map<string, OutcomeCount>();
    const lineOf = (g: { referralType: string; providerId: string | null; providerName: string }) => {
      const key = JSON.stringify([g.referralType, g.providerId, g.providerName]);
      const line = table.get(key) ?? { referralType: g.referralType, providerId: g.providerId, providerName: g.providerName, done: 0, notYet: 0, failed: 0, askedNoAnswer: 0 };
      table.set(key, line);
      return line;
    };
    for (const g of answered) {
      const line = lineOf(g);
      if (g.outcome === 'done') line.done += g._count._all;
      else if (g.outcome === 'not-yet') line.notYet += g._count._all;
      else if (g.outcome === 'failed') line.failed += g._count._all;
    }
    for (const g of waiting) lineOf(g).askedNoAnswer += g._count._all;
    return [...table.values()].sort((a, b) => a.referralType.localeCompare(b.referralType) || a.providerName.localeCompare(b.providerName));
  }
}

/**
 * Where to write a follow-up: the stored reference of its conversation, or (none recorded) of the
 * seeker's latest conversation on the follow-up's channel. Undefined when there is none, or when
 * the conversation is on another channel or of someone else.
 */
export async function followUpAddress(db: Db, row: Pick<FollowUpRow, 'seekerId' | 'conversationId' | 'channel'>): Promise<unknown | undefined> {
  const conversation = row.conversationId
    ? await db.conversation.findUnique({ where: { id: row.conversationId }, select: { id: true, channel: true, seekerId: true } })
    : await db.conversation.findFirst({ where: { seekerId: row.seekerId, channel: row.channel }, orderBy: { updatedAt: 'desc' }, select: { id: true, channel: true, seekerId: true } });
  if (!conversation || conversation.channel !== row.channel || (conversation.seekerId && conversation.seekerId !== row.seekerId)) return undefined;
  return referenceOf(db, conversation.id);
}
