// PostgreSQL connections: every process of every instance opens its own pools, and PostgreSQL
// refuses connections beyond max_connections (53300), which stops turns everywhere at once. At
// start-up each process reads max_connections and warns when this instance alone takes more than
// its share; instances × processes × connections per process must stay below it (or use PgBouncer).
import pg from 'pg';
import { lockPoolSize } from './conversationLock';
import { RATE_LIMIT_POOL_SIZE } from './rateLimits';

/** One instance may take this share of what PostgreSQL allows: others, migrations and psql need the rest. */
export const INSTANCE_SHARE = 0.5;
/** The event bus's LISTEN connection (src/db/eventBus.ts), one per process. */
const EVENT_BUS_CONNECTIONS = 1;

export interface PoolBudget {
  perProcess: number;
  perInstance: number;
  /** max_connections minus the connections reserved for superusers. */
  available: number;
  /** True when this instance alone takes more than INSTANCE_SHARE of `available`. */
  tooMany: boolean;
}

/**
 * Connections to PostgreSQL one process opens at most: Prisma's pool, the lock pool, the rate
 * limits, the bus. Behind PgBouncer (DATABASE_SESSION_URL set) only the lock pool and the bus.
 */
export function connectionsPerProcess(poolSize: number, behindPooler = false): number {
  const session = lockPoolSize(poolSize) + EVENT_BUS_CONNECTIONS;
  return behindPooler ? session : session + poolSize + RATE_LIMIT_POOL_SIZE;
}

export function budget(poolSize: number, processes: number, maxConnections: number, reserved: number, behindPooler = false): PoolBudget {
  const perProcess = connectionsPerProcess(poolSize, behindPooler);
  const perInstance = perProcess * processes;
  const available = maxConnections - reserved;
  return { perProcess, perInstance, available, tooMany: perInstance > available * INSTANCE_SHARE };
}

interface BudgetLogger {
  info(obj: object, msg: string): void;
  warn(obj: object, msg: string): void;
}

/**
 * Reads max_connections (through the session URL: the server itself) and logs the budget; a warning
 * when this instance takes too much. Never throws.
 */
export async function checkPoolBudget(
  o: { sessionUrl: string; poolSize: number; processes: number; behindPooler?: boolean },
  logger: BudgetLogger,
): Promise<PoolBudget | undefined> {
  const { poolSize, processes, behindPooler = false } = o;
  const client = new pg.Client({ connectionString: o.sessionUrl, connectionTimeoutMillis: 5_000 });
  try {
    await client.connect();
    const { rows } = await client.query<{ max: string; reserved: string }>(
      "SELECT current_setting('max_connections') AS max, current_setting('superuser_reserved_connections') AS reserved",
    );
    const result = budget(poolSize, processes, Number(rows[0].max), Number(rows[0].reserved), behindPooler);
    const facts = { ...result, processes, poolSize, behindPooler, maxConnections: Number(rows[0].max) };
    if (result.tooMany) {
      logger.warn(facts, 'this instance may open more than half of PostgreSQL\'s connections: lower DATABASE_POOL_SIZE or WEB_CONCURRENCY, raise max_connections, or put PgBouncer in front (instances × processes × connections per process must stay below max_connections)');
    } else logger.info(facts, 'database connections per instance');
    return result;
  } catch (error) {
    logger.warn({ err: error }, 'max_connections could not be read; connection budget not checked');
    return undefined;
  } finally {
    await client.end().catch(() => undefined);
  }
}
