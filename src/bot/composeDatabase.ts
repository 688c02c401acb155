// The database side of the app: migrations, the client, the Direct Line secret, rate limits and
// the retention schedule. Part of src/app.ts's composition.
import crypto from 'node:crypto';
import type { Config } from '../config';
import { createDb, providerOf, truncateWal, type Db, type DbProvider } from '../db/client';
import { migrate } from '../db/migrate';
import { applyRetention } from '../db/retention';
import { createRateLimits, type RateLimits } from '../db/rateLimits';
import { createConversationLock, type ConversationLock } from '../db/conversationLock';
import { checkPoolBudget } from '../db/poolBudget';
import { secretFor } from '../db/settings';
import type { Logger } from '../logger';

const RETENTION_EVERY_MS = 6 * 3_600_000;

export interface Storage {
  provider: DbProvider;
  db: Db;
  /** The Direct Line secret (configured, or generated once into the database). */
  secret: string;
  rateLimits: RateLimits;
  /** Several processes or instances (PostgreSQL): one turn at a time per conversation among them all. */
  lock: ConversationLock;
  /** Stops the retention schedule. */
  stopRetention(): void;
}

export async function openStorage(config: Config, logger: Logger): Promise<Storage> {
  const provider = providerOf(config.databaseUrl);
  const applied = await migrate(config.databaseSessionUrl);
  if (applied.length) logger.info({ applied }, 'database migrated');
  const db = createDb(config.databaseUrl, config.databasePoolSize);
  const lock = createConversationLock(config.databaseSessionUrl, config.databasePoolSize);
  if (provider === 'postgresql') {
    const behindPooler = config.databaseSessionUrl !== config.databaseUrl;
    await checkPoolBudget({ sessionUrl: config.databaseSessionUrl, poolSize: config.databasePoolSize, processes: config.webConcurrency, behindPooler }, logger);
  }
  const secret = await secretFor(db, 'directline.secret', config.directLine.secret);
  // Counter keys (addresses, conversation ids) are hashed with a key of their own, derived from the
  // Direct Line secret: like it, it never sits only in the database in production.
  const rateLimits = createRateLimits(config.databaseUrl, Buffer.from(crypto.hkdfSync('sha256', secret, '', 'werkloket/rate-limit-keys/v1', 32)).toString('base64url'));
  const stopRetention = await scheduleRetention(config, db, logger);
  return { provider, db, secret, rateLimits, lock, stopRetention };
}

/** Retention: at start-up, then every 6 hours (each instance; the deletes are idempotent). */
async function scheduleRetention(config: Config, db: Db, logger: Logger): Promise<() => void> {
  const retain = () =>
    applyRetention(db, config.retention)
      .then(async (deleted) => {
        await truncateWal(db); // SQLite: what retention deleted leaves the -wal file too
        logger.info({ deleted }, 'retention applied');
      })
      .catch((error: unknown) => logger.warn({ err: error }, 'retention failed; tried again later'));
  await retain();
  const timer = setInterval(() => void retain(), RETENTION_EVERY_MS);
  timer.unref();
  return () => clearInterval(timer);
}
