// Advisor accounts and their sessions. A session row keeps only a hash of the cookie token, so a
// copy of the database does not let anyone log in.
import { z } from 'zod';
import type { Db } from './client';

// werkgeversadviseur: mediates between employers and seekers (vacancies, candidates, introductions).
// budgetbeheerder: decides on applications for the region's own schemes (grant, refuse, pay).
export const AdvisorRoleSchema = z.enum(['advisor', 'werkgeversadviseur', 'budgetbeheerder', 'admin']);
export type AdvisorRole = z.infer<typeof AdvisorRoleSchema>;

/** Who may work on bemiddeling: vacancies with their contact data, candidates, introductions. */
export const isMediator = (role: AdvisorRole): boolean => role === 'werkgeversadviseur' || role === 'admin';

/** Who may grant, refuse and pay applications from the regional budget (every advisor may read them). */
export const isBudgetManager = (role: AdvisorRole): boolean => role === 'budgetbeheerder' || role === 'admin';

export interface AdvisorAccount {
  id: string;
  email: string;
  name: string;
  passwordHash: string;
  role: AdvisorRole;
  team: string | null;
  disabledAt: Date | null;
  createdAt: Date;
}

/** An account as the console lists it: no hash. */
export type AdvisorSummary = Omit<AdvisorAccount, 'passwordHash'>;

export interface AccountChanges {
  name?: string;
  role?: AdvisorRole;
  /** null: no team. */
  team?: string | null;
  disabled?: boolean;
}

const SUMMARY = { id: true, email: true, name: true, role: true, team: true, disabledAt: true, createdAt: true } as const;

const role = <T extends { role: string }>(row: T): T & { role: AdvisorRole } => ({ ...row, role: AdvisorRoleSchema.catch('advisor').parse(row.role) });

export const normalEmail = (email: string): string => email.trim().toLowerCase();

export class AdvisorStore {
  constructor(private readonly db: Db) {}

  async findByEmail(email: string): Promise<AdvisorAccount | null> {
    const row = await this.db.advisor.findUnique({ where: { email: normalEmail(email) }, select: { ...SUMMARY, passwordHash: true } });
    return row && role(row);
  }

  async findById(id: string): Promise<AdvisorSummary | null> {
    const row = await this.db.advisor.findUnique({ where: { id }, select: SUMMARY });
    return row && role(row);
  }

  async list(): Promise<AdvisorSummary[]> {
    const rows = await this.db.advisor.findMany({ select: SUMMARY, orderBy: [{ name: 'asc' }, { email: 'asc' }], take: 1000 });
    return rows.map(role);
  }

  async create(input: { email: string; name: string; passwordHash: string; role?: AdvisorRole; team?: string | null; disabled?: boolean }): Promise<AdvisorSummary> {
    const row = await this.db.advisor.create({
      data: { email: normalEmail(input.email), name: input.name.trim(), passwordHash: input.passwordHash, role: input.role ?? 'advisor', team: input.team ?? null, disabledAt: input.disabled ? new Date() : null },
      select: SUMMARY,
    });
    return role(row);
  }

  /** New password; every session of the account ends (whoever knew the old one is out). */
  async setPassword(id: string, passwordHash: string): Promise<void> {
    await this.db.$transaction([this.db.advisor.update({ where: { id }, data: { passwordHash } }), this.db.advisorSession.deleteMany({ where: { advisorId: id } })]);
  }

  /** Replaces a weaker hash, unless the password changed meanwhile (then the new one stays). */
  async rehash(id: string, oldHash: string, newHash: string): Promise<void> {
    await this.db.advisor.updateMany({ where: { id, passwordHash: oldHash }, data: { passwordHash: newHash } });
  }

  /** Applies the changes; disabling also ends every session of the account. */
  async update(id: string, changes: AccountChanges): Promise<AdvisorSummary> {
    const data = {
      ...(changes.name !== undefined ? { name: changes.name.trim() } : {}),
      ...(changes.role !== undefined ? { role: changes.role } : {}),
      ...(changes.team !== undefined ? { team: changes.team } : {}),
      ...(changes.disabled !== undefined ? { disabledAt: changes.disabled ? new Date() : null } : {}),
    };
    const update = this.db.advisor.update({ where: { id }, data, select: SUMMARY });
    if (!changes.disabled) return role(await update);
    const [row] = await this.db.$transaction([update, this.db.advisorSession.deleteMany({ where: { advisorId: id } })]);
    return role(row);
  }

  async countAdmins(): Promise<number> {
    return this.db.advisor.count({ where: { role: 'admin', disabledAt: null } });
  }

  async createSession(tokenHash: string, advisorId: string, expiresAt: Date): Promise<void> {
    await this.db.advisorSession.create({ data: { id: tokenHash, advisorId, expiresAt } });
  }

  async findSession(tokenHash: string): Promise<{ advisor: AdvisorSummary; expiresAt: Date } | null> {
    const row = await this.db.advisorSession.findUnique({ where: { id: tokenHash }, select: { expiresAt: true, advisor: { select: SUMMARY } } });
    return row && { expiresAt: row.expiresAt, advisor: role(row.advisor) };
  }

  /** Of `tokenHashes`, those that still belong to an unexpired session of an enabled account. */
  async validSessions(tokenHashes: string[], now: Date): Promise<Set<string>> {
    if (!tokenHashes.length) return new Set();
    const rows = await this.db.advisorSession.findMany({ where: { id: { in: tokenHashes }, expiresAt: { gt: now }, advisor: { disabledAt: null } }, select: { id: true } });
    return new Set(rows.map((r) => r.id));
  }

  /** Marks these sessions as seen now: their console stream is open (who is online for the queue estimate). */
  async touchSessions(tokenHashes: string[], at: Date): Promise<void> {
    if (!tokenHashes.length) return;
    await this.db.advisorSession.updateMany({ where: { id: { in: tokenHashes } }, data: { seenAt: at } });
  }

  async deleteSession(tokenHash: string): Promise<void> {
    await this.db.advisorSession.deleteMany({ where: { id: tokenHash } });
  }

  async deleteExpiredSessions(now: Date): Promise<void> {
    await this.db.advisorSession.deleteMany({ where: { expiresAt: { lt: now } } });
  }
}
