// "Neem je overzicht mee": the overview snapshot, its share codes and their opening log. A code is
// used with one compare-and-set UPDATE (usesLeft > 0, not expired, not withdrawn), so two openings
// at the last allowed use cannot both succeed, on SQLite and on PostgreSQL alike.
import type { Db } from './client';
import type { NewShareCode, OpenResult, OverviewRepository, StoredProposalRow } from '../overview/ports';

export const SHARE_PURPOSE = 'overview-share';
export const OPENED_ACTION = 'overview.opened';

export class OverviewStore implements OverviewRepository {
  constructor(private readonly db: Db) {}

  async proposalsOf(seekerId: string): Promise<StoredProposalRow[]> {
    return this.db.proposal.findMany({ where: { seekerId }, select: { title: true, score: true, data: true, notFitting: true, notFittingReason: true }, orderBy: { score: 'desc' } });
  }

  async save(seekerId: string, locale: string, data: object): Promise<void> {
    await this.db.overview.upsert({ where: { seekerId }, create: { seekerId, locale, data }, update: { locale, data } });
  }

  async find(seekerId: string): Promise<{ data: unknown; locale: string } | undefined> {
    return (await this.db.overview.findUnique({ where: { seekerId }, select: { data: true, locale: true } })) ?? undefined;
  }

  /**
   * A new code with the seeker's consent (recorded as a Consent row); the seeker's earlier codes stop
   * working, so only one code is out at a time. Returns how many earlier codes were withdrawn.
   */
  async createCode(seekerId: string, code: NewShareCode): Promise<number> {
    return this.db.$transaction(async (tx) => {
      const overview = await tx.overview.findUniqueOrThrow({ where: { seekerId }, select: { id: true } });
      const { count } = await tx.overviewCode.updateMany({ where: { overviewId: overview.id, withdrawnAt: null, expiresAt: { gt: code.now }, usesLeft: { gt: 0 } }, data: { withdrawnAt: code.now } });
      await tx.consent.create({ data: { seekerId, purpose: SHARE_PURPOSE, granted: true, textVersion: code.textVersion } });
      await tx.overviewCode.create({ data: { overviewId: overview.id, codeHash: code.hash, expiresAt: code.expiresAt, usesLeft: code.uses, textVersion: code.textVersion } });
      return count;
    });
  }

  /** "Code intrekken": every working code of the seeker stops at once, and the consent is withdrawn. */
  async withdraw(seekerId: string, now: Date): Promise<number> {
    return this.db.$transaction(async (tx) => {
      const { count } = await tx.overviewCode.updateMany({ where: { overview: { seekerId }, withdrawnAt: null, expiresAt: { gt: now }, usesLeft: { gt: 0 } }, data: { withdrawnAt: now } });
      await tx.consent.updateMany({ where: { seekerId, purpose: SHARE_PURPOSE, withdrawnAt: null }, data: { withdrawnAt: now } });
      return count;
    });
  }

  /** One opening: compare-and-set on usesLeft, then the opening is logged in the same transaction. */
  async open(codeHash: string, organisation: string, now: Date): Promise<OpenResult> {
    return this.db.$transaction(async (tx) => {
      const { count } = await tx.overviewCode.updateMany({
        where: { codeHash, withdrawnAt: null, expiresAt: { gt: now }, usesLeft: { gt: 0 } },
        data: { usesLeft: { decrement: 1 } },
      });
      const code = await tx.overviewCode.findUnique({ where: { codeHash }, select: { id: true, usesLeft: true, withdrawnAt: true, expiresAt: true, overview: { select: { data: true, locale: true } } } });
      if (!code) return { status: 'invalid' };
      if (count === 1) {
        await tx.overviewOpening.create({ data: { codeId: code.id, organisation, at: now } });
        return { status: 'ok', data: code.overview.data, locale: code.overview.locale, codeId: code.id, usesLeft: code.usesLeft };
      }
      if (code.withdrawnAt) return { status: 'withdrawn' };
      if (code.expiresAt <= now) return { status: 'expired' };
      return { status: 'used-up' };
    });
  }

  /** The openings of the seeker's codes, newest first (for the seeker and the console). */
  async openingsOf(seekerId: string): Promise<{ organisation: string; at: Date }[]> {
    return this.db.overviewOpening.findMany({ where: { code: { overview: { seekerId } } }, select: { organisation: true, at: true }, orderBy: { at: 'desc' } });
  }
}
