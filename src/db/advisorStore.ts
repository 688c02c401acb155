// Advisor accounts and their sessions. A session row keeps only a hash of the cookie token, so a
// copy of the database does not let anyone log in.
import type { Db } from './client';

export interface AdvisorAccount {
  id: string;
  email: string;
  name: string;
  passwordHash: string;
  failedLogins: number;
  lockedUntil: Date | null;
}

export class AdvisorStore {
  constructor(private readonly db: Db) {}

  findByEmail(email: string): Promise<AdvisorAccount | null> {
    return this.db.advisor.findUnique({ where: { email: email.trim().toLowerCase() } });
  }

  async create(input: { email: string; name: string; passwordHash: string }): Promise<AdvisorAccount> {
    return this.db.advisor.create({ data: { email: input.email.trim().toLowerCase(), name: input.name.trim(), passwordHash: input.passwordHash } });
  }

  async setPassword(id: string, passwordHash: string): Promise<void> {
    await this.db.advisor.update({ where: { id }, data: { passwordHash, failedLogins: 0, lockedUntil: null } });
  }

  /** Counts a failed log-in atomically; returns the new count. */
  async recordFailure(id: string): Promise<number> {
    const row = await this.db.advisor.update({ where: { id }, data: { failedLogins: { increment: 1 } }, select: { failedLogins: true } });
    return row.failedLogins;
  }

  async lock(id: string, until: Date): Promise<void> {
    await this.db.advisor.update({ where: { id }, data: { lockedUntil: until, failedLogins: 0 } });
  }

  async recordSuccess(id: string): Promise<void> {
    await this.db.advisor.update({ where: { id }, data: { failedLogins: 0, lockedUntil: null } });
  }

  async createSession(tokenHash: string, advisorId: string, expiresAt: Date): Promise<void> {
    await this.db.advisorSession.create({ data: { id: tokenHash, advisorId, expiresAt } });
  }

  async findSession(tokenHash: string): Promise<{ advisor: { id: string; name: string; email: string }; expiresAt: Date } | null> {
    return this.db.advisorSession.findUnique({ where: { id: tokenHash }, select: { expiresAt: true, advisor: { select: { id: true, name: true, email: true } } } });
  }

  async deleteSession(tokenHash: string): Promise<void> {
    await this.db.advisorSession.deleteMany({ where: { id: tokenHash } });
  }

  async deleteExpiredSessions(now: Date): Promise<void> {
    await this.db.advisorSession.deleteMany({ where: { expiresAt: { lt: now } } });
  }
}
