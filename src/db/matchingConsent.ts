// The seeker's consent to be matched to employers' vacancies: Consent rows with purpose
// 'matching' (the console and the candidate lists read the same rows). The latest row that is
// not withdrawn counts: granted = may be matched and shown as a (pseudonymous) candidate; a
// refusal is kept too, so the seeker is not asked again. Withdrawing marks the grants withdrawn,
// records a refusal and drops the seeker's open "stel me voor" requests.
import type { Db } from './client';

export const MATCHING_PURPOSE = 'matching';

export type MatchingConsentState = 'granted' | 'refused' | undefined;

/** Prisma `where` for seekers who may be matched now (for candidate lists): `seeker.findMany({ where: { consents: { some: matchingConsentGiven } } })`. */
export const matchingConsentGiven = { purpose: MATCHING_PURPOSE, granted: true, withdrawnAt: null };

export class MatchingConsentStore {
  constructor(private readonly db: Db) {}

  async state(seekerId: string): Promise<MatchingConsentState> {
    const row = await this.db.consent.findFirst({ where: { seekerId, purpose: MATCHING_PURPOSE, withdrawnAt: null }, orderBy: [{ createdAt: 'desc' }, { granted: 'asc' }], select: { granted: true } });
    return row ? (row.granted ? 'granted' : 'refused') : undefined;
  }

  /** Records the answer; a grant after an earlier refusal replaces it (the refusal is marked withdrawn). */
  async record(seekerId: string, granted: boolean, textVersion: string, now = new Date()): Promise<void> {
    await this.db.$transaction([
      this.db.consent.updateMany({ where: { seekerId, purpose: MATCHING_PURPOSE, withdrawnAt: null }, data: { withdrawnAt: now } }),
      this.db.consent.create({ data: { seekerId, purpose: MATCHING_PURPOSE, granted, textVersion, createdAt: now } }),
    ]);
  }

  /** "Ik wil niet meer voorgesteld worden": false when there was no consent to withdraw. */
  async withdraw(seekerId: string, textVersion: string, now = new Date()): Promise<boolean> {
    if ((await this.state(seekerId)) !== 'granted') return false;
    await this.db.$transaction([
      this.db.consent.updateMany({ where: { seekerId, purpose: MATCHING_PURPOSE, withdrawnAt: null }, data: { withdrawnAt: now } }),
      this.db.consent.create({ data: { seekerId, purpose: MATCHING_PURPOSE, granted: false, textVersion, createdAt: now } }),
      // Requests no advisor handled yet go; introductions already made stay with the advisor's record.
      this.db.mediationRequest.deleteMany({ where: { seekerId, status: 'open' } }),
    ]);
    return true;
  }
}
