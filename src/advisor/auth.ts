// Advisor log-in and sessions. The cookie carries a random token; the database keeps only its
// SHA-256, so a leaked database holds no usable sessions. An unknown address, a wrong password and
// a disabled account get the same answer at the same cost (one OWASP scrypt check each).
import crypto from 'node:crypto';
import { z } from 'zod';
import { ApiError } from '../errors';
import type { AdvisorRole, AdvisorStore } from '../db/advisorStore';
import { dummyHash, hashPassword, needsRehash, verifyPassword } from './password';
import type { LoginThrottle } from './throttle';

export const LoginBodySchema = z.object({ email: z.string().trim().min(3).max(254), password: z.string().min(1).max(1024) });
export type LoginBody = z.infer<typeof LoginBodySchema>;

export interface SessionAdvisor {
  id: string;
  name: string;
  email: string;
  role: AdvisorRole;
  team: string | null;
}

export interface AdvisorAuthOptions {
  sessionHours: number;
  throttle: LoginThrottle;
  now?: () => Date;
}

export const hashToken = (token: string): string => crypto.createHash('sha256').update(token).digest('hex');

const sessionAdvisor = (a: SessionAdvisor): SessionAdvisor => ({ id: a.id, name: a.name, email: a.email, role: a.role, team: a.team });

export class AdvisorAuth {
  private readonly now: () => Date;

  constructor(
    readonly store: AdvisorStore,
    readonly options: AdvisorAuthOptions,
  ) {
    this.now = options.now ?? (() => new Date());
  }

  /** A new session for correct credentials of an enabled account; INVALID_CREDENTIALS or RATE_LIMITED otherwise. */
  async login(body: LoginBody, clientAddress: string): Promise<{ token: string; advisor: SessionAdvisor; expiresAt: Date }> {
    const admission = await this.options.throttle.admit(body.email, clientAddress);
    const account = await this.store.findByEmail(body.email);
    // Always one check at full cost: no probing for addresses (or disabled accounts) by timing.
    const correct = await verifyPassword(body.password, account?.passwordHash ?? (await dummyHash()));
    if (!account || !correct || account.disabledAt) {
      await this.options.throttle.failed(admission);
      throw new ApiError('INVALID_CREDENTIALS');
    }
    await this.options.throttle.succeeded(admission);
    if (needsRehash(account.passwordHash)) await this.store.rehash(account.id, account.passwordHash, await hashPassword(body.password));
    const now = this.now();
    const token = crypto.randomBytes(32).toString('base64url');
    const expiresAt = new Date(now.getTime() + this.options.sessionHours * 3600_000);
    await this.store.createSession(hashToken(token), account.id, expiresAt);
    void this.store.deleteExpiredSessions(now).catch(() => undefined);
    return { token, advisor: sessionAdvisor(account), expiresAt };
  }

  /** The advisor of a valid session token (unexpired, account enabled), or undefined. */
  async authenticate(token: string | undefined): Promise<SessionAdvisor | undefined> {
    if (!token || token.length > 100) return undefined;
    const session = await this.store.findSession(hashToken(token));
    if (!session || session.expiresAt <= this.now() || session.advisor.disabledAt) return undefined;
    return sessionAdvisor(session.advisor);
  }

  /** Of the given session hashes, those still valid (the live streams check this periodically). */
  validSessions(tokenHashes: string[]): Promise<Set<string>> {
    return this.store.validSessions(tokenHashes, this.now());
  }

  async logout(token: string | undefined): Promise<void> {
    if (token) await this.store.deleteSession(hashToken(token));
  }
}
