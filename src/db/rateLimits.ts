// Rate limits that hold across instances. PostgreSQL: counters in the RateLimit table (Prisma owns
// its schema), updated atomically by rate-limiter-flexible's RateLimiterPostgres through its own
// small pg pool; when PostgreSQL cannot be reached, an in-memory limiter stands in (an outage must
// not open the gates, nor close them). SQLite means one instance: counters in memory.
// Keys (client addresses, conversation ids) are stored as keyed hashes: an address is personal
// data, and an erased conversation must not stay findable in the counters.
import crypto from 'node:crypto';
import pg from 'pg';
import { RateLimiterMemory, RateLimiterPostgres, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import { providerOf } from './client';

export interface LimitRule {
  /** Prefix that keeps this limit's keys apart from the others (e.g. "dl-token"). */
  name: string;
  /** Hits allowed per window. */
  points: number;
  windowSeconds: number;
  /** Once over the limit, refuse this long (seconds; default: until the window ends). */
  blockSeconds?: number;
}

export interface LimitResult {
  allowed: boolean;
  /** Hits left in the window (0 when refused). */
  remaining: number;
  /** When refused: milliseconds until the next hit is allowed. */
  retryAfterMs: number;
}

export interface Limiter {
  /** Counts `points` hits for `key` atomically and says whether they fit. */
  consume(key: string, points?: number): Promise<LimitResult>;
  /** Hits counted for `key` in the current window, without counting one. */
  peek(key: string): Promise<number>;
  /** Forgets `key` (e.g. a correct log-in clears its failures). */
  reset(key: string): Promise<void>;
  /** Refuses `key` for `seconds` from now (e.g. a growing pause after failed log-ins). */
  block(key: string, seconds: number): Promise<void>;
}

export interface RateLimits {
  limiter(rule: LimitRule): Limiter;
  close(): Promise<void>;
}

const TABLE = 'RateLimit';
/** The counters' own pg pool, per process (src/db/poolBudget.ts counts it). */
export const RATE_LIMIT_POOL_SIZE = 4;

/** `secret` keys the hash of stored keys; shared by every instance (e.g. a database setting). */
export function createRateLimits(databaseUrl: string, secret = 'werkloket.rate-limits'): RateLimits {
  // A counter must never hold a request up: a locked row (a stuck transaction) or a hanging server
  // ends in a timeout, and the in-memory insurance limiter answers instead.
  const pool =
    providerOf(databaseUrl) === 'postgresql'
      ? new pg.Pool({ connectionString: databaseUrl, max: RATE_LIMIT_POOL_SIZE, connectionTimeoutMillis: 2_000, statement_timeout: 1_500, query_timeout: 3_000 })
      : undefined;
  // A dropped idle connection must not crash the process; the next query opens another.
  pool?.on('error', () => undefined);
  return {
    limiter(rule) {
      const options = { keyPrefix: rule.name, points: rule.points, duration: rule.windowSeconds, blockDuration: rule.blockSeconds ?? 0 };
      const memory = new RateLimiterMemory(options);
      const store = pool
        ? new RateLimiterPostgres({ ...options, storeClient: pool, storeType: 'pool', tableName: TABLE, tableCreated: true, clearExpiredByTimeout: false, insuranceLimiter: new RateLimiterMemory(options) })
        : memory;
      return wrap(store, (key) => crypto.createHmac('sha256', secret).update(key).digest('base64url').slice(0, 32));
    },
    async close() {
      await pool?.end();
    },
  };
}

function wrap(store: RateLimiterAbstract, hash: (key: string) => string): Limiter {
  return {
    async consume(key, points = 1) {
      try {
        const res = await store.consume(hash(key), points);
        return { allowed: true, remaining: res.remainingPoints, retryAfterMs: 0 };
      } catch (rejection) {
        if (rejection instanceof RateLimiterRes) return { allowed: false, remaining: 0, retryAfterMs: Math.max(1, rejection.msBeforeNext) };
        throw rejection;
      }
    },
    async peek(key) {
      const res = await store.get(hash(key));
      return res?.consumedPoints ?? 0;
    },
    async reset(key) {
      await store.delete(hash(key));
    },
    async block(key, seconds) {
      await store.block(hash(key), seconds);
    },
  };
}
