// Seekers who may be put forward to employers: their newest consent for purpose 'matching' is
// granted and not withdrawn. Anyone else is never a candidate, however well they would fit. Also
// the stored channel address of a seeker (or a chatting employer) to tell them of an introduction.
import type { Db } from './client';
import { referenceOf } from './conversations';
import { MATCHING_PURPOSE, matchingConsentGiven } from './matchingConsent';

export interface MatchableSeeker {
  id: string;
  /** Profile.data as stored (any version: read it with readStoredProfile). */
  profile: unknown;
  groupId: string | null;
}

type ConsentRow = { granted: boolean; withdrawnAt: Date | null };
const consented = (consents: ConsentRow[]) => consents[0]?.granted === true && consents[0].withdrawnAt === null;
const NEWEST_MATCHING = { where: { purpose: MATCHING_PURPOSE }, orderBy: [{ createdAt: 'desc' as const }, { id: 'desc' as const }], take: 1, select: { granted: true, withdrawnAt: true } };

export class MatchableSeekers {
  constructor(private readonly db: Db) {}

  /** Every consenting seeker with a profile (the candidates' pool for a vacancy). */
  async all(limit = 20_000): Promise<MatchableSeeker[]> {
    const rows = await this.db.seeker.findMany({
      where: { consents: { some: matchingConsentGiven }, profile: { isNot: null } },
      select: { id: true, groupId: true, profile: { select: { data: true } }, consents: NEWEST_MATCHING },
      take: limit,
    });
    return rows.filter((r) => consented(r.consents) && r.profile).map((r) => ({ id: r.id, groupId: r.groupId, profile: r.profile!.data }));
  }

  async isMatchable(seekerId: string): Promise<boolean> {
    const consents = await this.db.consent.findMany({ where: { seekerId, ...NEWEST_MATCHING.where }, orderBy: NEWEST_MATCHING.orderBy, take: 1, select: NEWEST_MATCHING.select });
    return consented(consents);
  }

  /** The seeker (with profile data) or undefined. */
  async seeker(seekerId: string): Promise<{ id: string; profile: unknown | undefined } | undefined> {
    const row = await this.db.seeker.findUnique({ where: { id: seekerId }, select: { id: true, profile: { select: { data: true } } } });
    return row ? { id: row.id, profile: row.profile?.data } : undefined;
  }

  /** The seeker's most recent conversation that has a stored channel address. */
  async referenceOfSeeker(seekerId: string): Promise<unknown | undefined> {
    const rows = await this.db.conversation.findMany({ where: { seekerId }, orderBy: { updatedAt: 'desc' }, select: { id: true }, take: 10 });
    for (const row of rows) {
      const reference = await this.referenceOf(row.id);
      if (reference) return reference;
    }
    return undefined;
  }

  /** The channel is the one recorded for the conversation, never the reference's claim (conversations.ts). */
  referenceOf(conversationId: string): Promise<unknown | undefined> {
    return referenceOf(this.db, conversationId);
  }
}
