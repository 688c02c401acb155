// WEB_CONCURRENCY > 1: this instance runs that many worker processes sharing the port (node:cluster;
// the primary accepts connections and hands them out round-robin). The primary only forks, starts
// a worker again when one dies, and passes SIGTERM / SIGINT on; each worker is a whole server
// (src/app.ts). What must hold across workers holds across instances already, on PostgreSQL: the
// event bus carries replies to streams held by another process, rate limits count in the database,
// and a conversation's turns take its lock in the database (src/db/conversationLock.ts).
import cluster, { type Worker } from 'node:cluster';
import type { Logger } from './logger';

/** A worker that dies this soon after it was started counts as a failed start: wait longer each time. */
const QUICK_DEATH_MS = 10_000;
const MAX_RESTART_DELAY_MS = 30_000;
/** A worker that has not stopped this long after the signal is killed. */
const STOP_TIMEOUT_MS = 30_000;

export function runPrimary(workers: number, logger: Logger): void {
  let stopping = false;
  let delayMs = 0;
  const started = new Map<Worker, number>();

  const fork = () => {
    const worker = cluster.fork();
    started.set(worker, Date.now());
  };

  cluster.on('exit', (worker, code, signal) => {
    const lived = Date.now() - (started.get(worker) ?? 0);
    started.delete(worker);
    if (stopping) {
      if (!started.size) process.exit(0);
      return;
    }
    delayMs = lived < QUICK_DEATH_MS ? Math.min(Math.max(delayMs * 2, 500), MAX_RESTART_DELAY_MS) : 0;
    logger.error({ pid: worker.process.pid, code, signal, restartInMs: delayMs }, 'worker process died; starting another');
    setTimeout(fork, delayMs);
  });

  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal, workers: started.size }, 'stopping workers');
    if (!started.size) process.exit(0);
    for (const worker of started.keys()) worker.process.kill(signal);
    setTimeout(() => {
      for (const worker of started.keys()) worker.process.kill('SIGKILL');
    }, STOP_TIMEOUT_MS).unref();
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));

  logger.info({ workers }, 'starting worker processes');
  for (let i = 0; i < workers; i++) fork();
}

/** True in the primary of a WEB_CONCURRENCY > 1 instance: it forks, it does not serve. */
export function isPrimaryOf(workers: number): boolean {
  return workers > 1 && cluster.isPrimary;
}
