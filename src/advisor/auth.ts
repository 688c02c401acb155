// Advisor log-in, sessions and lockout. The cookie carries a random token; the database keeps
// only its SHA-256, so a leaked database holds no usable sessions.
import crypto from 'node:crypto';
import { z } from 'zod';
import { ApiError } from '../errors';
import type { AdvisorStore } from '../db/advisorStore';
import { dummyHash, verifyPassword } from './password';

export const LoginBodySchema = z.object({ email: z.string().trim().min(3).max(254), password: z.string().min(1).max(1024) });
export type LoginBody = z.infer<typeof LoginBodySchema>;

export interface SessionAdvisor {
  id: string;
  name: string;
  email: string;
}

export interface AdvisorAuthOptions {
  sessionHours: number;
  /** Failed log-ins in a row before the account locks. */
  maxFailures?: number;
  lockMinutes?: number;
  now?: () => Date;
}

export const hashToken = (token: string): string => crypto.createHash('sha256').update(token).digest('hex');

export class AdvisorAuth {
  readonly maxFailures: number;
  readonly lockMinutes: number;
  private readonly now: () => Date;

  constructor(
    private readonly store: AdvisorStore,
    readonly options: AdvisorAuthOptions,
  ) {
    this.maxFailures = options.maxFailures ?? 5;
    this.lockMinutes = options.lockMinutes ?? 15;
    this.now = options.now ?? (() => new Date());
  }

  /** A new session for correct credentials; INVALID_CREDENTIALS or ACCOUNT_LOCKED otherwise. */
  async login(body: LoginBody): Promise<{ token: string; advisor: SessionAdvisor; expiresAt: Date }> {
    const account = await this.store.findByEmail(body.email);
    if (!account) {
      await verifyPassword(body.password, await dummyHash()); // same cost as a real check: no e-mail probing by timing
      throw new ApiError('INVALID_CREDENTIALS');
    }
    const now = this.now();
    if (account.lockedUntil && account.lockedUntil > now) throw new ApiError('ACCOUNT_LOCKED');
    if (!(await verifyPassword(body.password, account.passwordHash))) {
      const failures = await this.store.recordFailure(account.id);
      if (failures >= this.maxFailures) {
        await this.store.lock(account.id, new Date(now.getTime() + this.lockMinutes * 60_000));
        throw new ApiError('ACCOUNT_LOCKED');
      }
      throw new ApiError('INVALID_CREDENTIALS');
    }
    await this.store.recordSuccess(account.id);
    const token = crypto.randomBytes(32).toString('base64url');
    const expiresAt = new Date(now.getTime() + this.options.sessionHours * 3600_000);
    await this.store.createSession(hashToken(token), account.id, expiresAt);
    void this.store.deleteExpiredSessions(now).catch(() => undefined);
    return { token, advisor: { id: account.id, name: account.name, email: account.email }, expiresAt };
  }

  /** The advisor of a valid session token, or undefined. */
  async authenticate(token: string | undefined): Promise<SessionAdvisor | undefined> {
    if (!token || token.length > 100) return undefined;
    const session = await this.store.findSession(hashToken(token));
    if (!session || session.expiresAt <= this.now()) return undefined;
    return session.advisor;
  }

  async logout(token: string | undefined): Promise<void> {
    if (token) await this.store.deleteSession(hashToken(token));
  }
}
