// Sends due follow-ups on the channels that can write first: WhatsApp (an approved template) and
// Teams (proactively). Runs on every instance: each follow-up is claimed first (a compare-and-set in
// the store), so only one instance sends it. The website cannot write first: its follow-ups wait
// until the seeker returns (the answer dialog asks them in the turn, FollowUpStore.dueForSeeker).
import type { FollowUpRow, FollowUpStore } from './ports';

/** Writes one follow-up question into the seeker's own channel (src/channels/followUpDelivery.ts). */
export interface FollowUpDelivery {
  /** The channel ids it can deliver to now (e.g. no WhatsApp without a configured template). */
  readonly channels: readonly string[];
  deliver(row: FollowUpRow): Promise<void>;
}

/** A delivery that cannot succeed by trying again (no address, the channel is gone): failed at once. */
export class UndeliverableFollowUp extends Error {
  constructor(readonly reason: 'no-address' | 'channel-off' | 'refused') {
    super(`follow-up cannot be delivered: ${reason}`);
    this.name = 'UndeliverableFollowUp';
  }
}

export interface SchedulerLog {
  warn(fields: Record<string, unknown>, message: string): void;
  info?(fields: Record<string, unknown>, message: string): void;
}

export interface FollowUpSchedulerOptions {
  store: FollowUpStore;
  delivery: FollowUpDelivery;
  now?: () => Date;
  /** Follow-ups claimed per round (the rest waits for the next round). Default 20. */
  batch?: number;
  /** Wait before the next try after `attempts` failed tries. Default: 15 min × 4^(attempts−1), at most a day. */
  backoffMs?: (attempts: number) => number;
  /** Whether a question may be pushed now (e.g. daytime only); default always. */
  mayAsk?: (now: Date) => boolean;
  /** Ids, channels, counts and error codes only: never a phone number, name or text. */
  log?: SchedulerLog;
}

export interface TickResult {
  asked: number;
  retry: number;
  failed: number;
}

const MINUTE = 60_000;
export const defaultBackoffMs = (attempts: number) => Math.min(24 * 60 * MINUTE, 15 * MINUTE * 4 ** Math.max(0, attempts - 1));

export class FollowUpScheduler {
  private readonly now: () => Date;
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<unknown> | undefined;

  constructor(private readonly o: FollowUpSchedulerOptions) {
    this.now = o.now ?? (() => new Date());
  }

  /** Rounds every `intervalMs` (0: never; tests call tick()). The timer does not keep the process alive. */
  start(intervalMs: number): void {
    if (this.timer || intervalMs <= 0) return;
    this.timer = setInterval(() => {
      if (this.running) return;
      this.running = this.tick()
        .catch((error: unknown) => this.o.log?.warn({ err: errorFields(error) }, 'follow-up round failed; tried again next round'))
        .finally(() => (this.running = undefined));
    }, intervalMs);
    this.timer.unref();
  }

  /** Stops the timer and waits for a round in progress. */
  async stop(): Promise<void> {
    clearInterval(this.timer);
    this.timer = undefined;
    await this.running;
  }

  /** One round: claims what is due on the pushing channels and delivers it. */
  async tick(): Promise<TickResult> {
    const result: TickResult = { asked: 0, retry: 0, failed: 0 };
    const now = this.now();
    // Outside the hours nothing is claimed: what is due goes out in the first round after.
    if (this.o.mayAsk && !this.o.mayAsk(now)) return result;
    const claimed = await this.o.store.claimDue(now, this.o.batch ?? 20, this.o.delivery.channels);
    for (const row of claimed) result[await this.send(row)]++;
    if (claimed.length) this.o.log?.info?.({ ...result }, 'follow-ups sent');
    return result;
  }

  private async send(row: FollowUpRow): Promise<keyof TickResult> {
    try {
      await this.o.delivery.deliver(row);
    } catch (error) {
      const final = error instanceof UndeliverableFollowUp;
      const retryAt = final ? null : new Date(this.now().getTime() + (this.o.backoffMs ?? defaultBackoffMs)(row.attempts));
      const outcome = await this.o.store.deliveryFailed(row, retryAt);
      this.o.log?.warn({ followUpId: row.id, channel: row.channel, attempts: row.attempts, outcome, err: errorFields(error) }, 'follow-up not delivered');
      return outcome === 'failed' ? 'failed' : 'retry';
    }
    // Asked now (false when the seeker answered from the button already: also fine).
    await this.o.store.markAsked(row.id, this.now());
    return 'asked';
  }
}

/** What of an error may be logged: its kind and codes, never its message text (it may quote a number). */
function errorFields(error: unknown): Record<string, unknown> {
  if (!(error instanceof Error)) return { type: typeof error };
  const { status, code, reason } = error as Error & { status?: unknown; code?: unknown; reason?: unknown };
  return { name: error.name, ...(status !== undefined ? { status } : {}), ...(code !== undefined ? { code } : {}), ...(reason !== undefined ? { reason } : {}) };
}
