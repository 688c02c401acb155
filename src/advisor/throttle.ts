// Log-in throttling. Every attempt is counted atomically BEFORE its password is checked, so a burst
// of parallel guesses cannot slip past a limit. Three limits, all keyed by the e-mail address as
// typed (a hash of it), never by whether the account exists, so an unknown address is throttled
// exactly like a real one:
// - per client (across addresses): attempts per minute;
// - per (address, client) pair: a few failures in a row, then a pause that doubles with every
//   further round (1, 2, 4 … minutes, at most an hour); a correct log-in forgets them;
// - per address across clients: a high ceiling on failures, applied only to clients that have
//   never logged in to it. An attacker elsewhere can exhaust it, but the advisor at a known place
//   still gets in: there is no lock that anyone can trigger.
// A throttled attempt is answered 429 RATE_LIMITED with Retry-After, not 401: every limit is keyed
// by the address string whether or not an account has it, so the 429 comes identically for unknown
// addresses and tells nothing about accounts; and the advisor learns to wait instead of doubting a
// correct password. It costs no scrypt: a flood of throttled attempts cannot tie up the CPU.
import crypto from 'node:crypto';
import { ApiError } from '../errors';
import type { Limiter, RateLimits } from '../db/rateLimits';
import { normalEmail } from '../db/advisorStore';

export interface ThrottleRules {
  /** Attempts per client per minute, across addresses. */
  clientPerMinute: number;
  /** Failures in a row per (address, client) before the first pause. */
  pairFailures: number;
  /** Failures per address from unknown clients per 15 minutes. */
  accountFailures: number;
}

const PAIR_WINDOW_S = 15 * 60;
const FIRST_PAUSE_S = 60;
const LONGEST_PAUSE_S = 3600;
const DAY_S = 24 * 3600;

/** 429 with the seconds to wait (the route sends them as Retry-After). */
export class ThrottledError extends ApiError {
  constructor(readonly retryAfterSeconds: number) {
    super('RATE_LIMITED', 'Too many log-in attempts. Wait a moment and try again.');
  }
}

export interface Admission {
  pairKey: string;
  /** This attempt used the pair's last failure of the round: a failure starts a pause. */
  lastOfRound: boolean;
}

export class LoginThrottle {
  private readonly client: Limiter;
  private readonly pair: Limiter;
  private readonly rounds: Limiter;
  private readonly account: Limiter;
  private readonly known: Limiter;

  constructor(limits: RateLimits, rules: ThrottleRules) {
    this.client = limits.limiter({ name: 'advisor-login-ip', points: rules.clientPerMinute, windowSeconds: 60 });
    this.pair = limits.limiter({ name: 'advisor-login-pair', points: rules.pairFailures, windowSeconds: PAIR_WINDOW_S });
    this.rounds = limits.limiter({ name: 'advisor-login-rounds', points: 1_000_000, windowSeconds: DAY_S });
    this.account = limits.limiter({ name: 'advisor-login-account', points: rules.accountFailures, windowSeconds: PAIR_WINDOW_S });
    // 20 days: in memory, a window is a timer, and timers longer than 24.8 days fire at once.
    this.known = limits.limiter({ name: 'advisor-login-known', points: 1_000_000, windowSeconds: 20 * DAY_S });
  }

  /** Counts the attempt; throws ThrottledError when any limit is reached. */
  async admit(email: string, clientAddress: string): Promise<Admission> {
    const emailKey = crypto.createHash('sha256').update(normalEmail(email)).digest('base64url').slice(0, 22);
    const pairKey = `${emailKey}|${clientAddress}`;
    refuseUnless(await this.client.consume(clientAddress));
    const pair = await this.pair.consume(pairKey);
    refuseUnless(pair);
    if (!(await this.known.peek(pairKey))) refuseUnless(await this.account.consume(emailKey));
    return { pairKey, lastOfRound: pair.remaining === 0 };
  }

  /** A wrong password (or unknown or disabled account): after a full round, pause the pair. */
  async failed(admission: Admission): Promise<void> {
    if (!admission.lastOfRound) return;
    const round = await this.rounds.consume(admission.pairKey);
    const rounds = 1_000_000 - round.remaining;
    await this.pair.block(admission.pairKey, Math.min(LONGEST_PAUSE_S, FIRST_PAUSE_S * 2 ** Math.min(rounds - 1, 10)));
  }

  /** A correct log-in: this pair's failures are forgotten, and the client is known for this address. */
  async succeeded(admission: Admission): Promise<void> {
    await Promise.all([this.pair.reset(admission.pairKey), this.rounds.reset(admission.pairKey), this.known.consume(admission.pairKey)]);
  }
}

function refuseUnless(result: { allowed: boolean; retryAfterMs: number }): void {
  if (!result.allowed) throw new ThrottledError(Math.max(1, Math.ceil(result.retryAfterMs / 1000)));
}
