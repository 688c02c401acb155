// Keeps the consent text's promise ("Ik bewaar je antwoorden en dit gesprek 12 maanden"): what is
// older than the retention period is deleted, and the state of intakes left halfway much sooner.
import type { Db } from './client';
import { INBOUND_SEEN_DAYS, pruneInboundSeen } from './inboundSeen';

export interface RetentionOptions {
  /** Conversations, transcripts, handoffs, profiles: kept this many months after the last message. */
  months: number;
  /** Dialog state (an intake's answers so far): kept this many days after its last change. */
  stateDays: number;
  /** Inbound message ids (keyed hashes, no personal data): kept this many days (default 7). */
  inboundSeenDays?: number;
  now?: Date;
}

export interface RetentionResult {
  conversations: number;
  seekers: number;
  chats: number;
  states: number;
  /** Inbound message ids forgotten. */
  inbound: number;
  /** Expired rate-limit counters (keyed hashes of addresses) deleted. */
  limits: number;
}

const BATCH = 500;

export async function applyRetention(db: Db, options: RetentionOptions): Promise<RetentionResult> {
  const now = options.now ?? new Date();
  const cutoff = new Date(now);
  cutoff.setUTCMonth(cutoff.getUTCMonth() - options.months);
  const stateCutoff = new Date(now.getTime() - options.stateDays * 86_400_000);
  const result: RetentionResult = { conversations: 0, seekers: 0, chats: 0, states: 0, inbound: 0, limits: 0 };

  // Conversations without a message in the period (transcripts, handoffs and notes cascade).
  for (;;) {
    const stale = await db.conversation.findMany({
      where: { createdAt: { lt: cutoff }, transcript: { none: { createdAt: { gte: cutoff } } } },
      select: { id: true, channel: true },
      take: BATCH,
    });
    if (!stale.length) break;
    const ids = stale.map((c) => c.id);
    await db.$transaction([
      db.conversation.deleteMany({ where: { id: { in: ids } } }),
      db.directLineActivity.deleteMany({ where: { conversationId: { in: ids } } }),
      db.directLineConversation.deleteMany({ where: { id: { in: ids } } }),
      db.botState.deleteMany({ where: { key: { in: stale.map((c) => `${c.channel}/conversations/${c.id}`) } } }),
    ]);
    result.conversations += ids.length;
  }
  // Seekers with no conversation left whose profile is as old (profile, consents, proposals cascade).
  result.seekers = (
    await db.seeker.deleteMany({
      where: { createdAt: { lt: cutoff }, conversations: { none: {} }, OR: [{ profile: null }, { profile: { updatedAt: { lt: cutoff } } }] },
    })
  ).count;
  // Website chats that never reached the bot's transcript (only greeted) and are as old.
  result.chats = (await db.directLineConversation.deleteMany({ where: { createdAt: { lt: cutoff }, activities: { none: { createdAt: { gte: cutoff } } } } })).count;
  // Dialog state nobody touched for a while: an intake left halfway keeps no answers for long.
  result.states = (await db.botState.deleteMany({ where: { updatedAt: { lt: stateCutoff } } })).count;
  // Seen inbound ids: only needed while Meta may still redeliver (older messages are refused by age).
  // Rate-limit counters whose window ended (the limiter never deletes them itself).
  result.limits = (await db.rateLimit.deleteMany({ where: { expire: { lt: BigInt(now.getTime()) } } })).count;
  result.inbound = await pruneInboundSeen(db, new Date(now.getTime() - (options.inboundSeenDays ?? INBOUND_SEEN_DAYS) * 86_400_000));
  return result;
}
