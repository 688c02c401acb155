// Live subscribers (WebSocket streams) per conversation on this instance. With a shared bus
// (src/db/eventBus.ts) it also pushes what other instances delivered, so a seeker whose stream is
// on instance B sees an advisor's message sent on instance A.
import crypto from 'node:crypto';

/** A payload without a watermark is a notice that was not stored (e.g. "database down, try again"). */
export type Push = (payload: { activities: Record<string, unknown>[]; watermark?: string }) => void;

/** Sends a stream what was stored since it was last known complete; rejects when the store is down. */
export type Backfill = () => Promise<void>;

/** The part of the event bus the hub needs. */
export interface HubBus {
  publish(topic: string, payload: unknown): void;
  subscribe(topic: string, listener: (payload: unknown) => void): () => void;
  /** 'up' again after the link was down: the streams may have missed activities. */
  onLink?(listener: (event: 'up' | 'down') => void): () => void;
}

interface Subscriber {
  push: Push;
  backfill?: Backfill;
  /** While a back-fill runs: live pushes wait here, so the stream gets everything in order. */
  waiting?: Parameters<Push>[0][];
  again?: boolean;
  retryMs?: number;
  timer?: NodeJS.Timeout;
  gone?: boolean;
}

const RETRY_MS = [1_000, 2_000, 5_000, 10_000, 30_000];
/** Loads one stored activity by watermark (for activities too large for a notification). */
export type LoadActivity = (conversationId: string, watermark: number) => Promise<Record<string, unknown> | undefined>;

const TOPIC = 'directline.activity';
const NOTICE_TOPIC = 'directline.notice';
const MAX_INLINE_BYTES = 6000;

/** A not-stored activity (an advisor's typing) for the streams on every instance. */
interface SharedNotice {
  from: string;
  c: string;
  a: Record<string, unknown>;
}

interface Shared {
  from: string;
  c: string;
  /** One notification per turn: every activity with its watermark, inline when small enough. */
  items: { w: number; a?: Record<string, unknown> }[];
}

export class StreamHub {
  private readonly subscribers = new Map<string, Set<Subscriber>>();
  private readonly id = crypto.randomUUID();
  private bus?: HubBus;

  /** With `backfill`, the stream is sent what it missed when the hub knows deliveries were lost. */
  subscribe(conversationId: string, push: Push, backfill?: Backfill): () => void {
    let set = this.subscribers.get(conversationId);
    if (!set) this.subscribers.set(conversationId, (set = new Set()));
    const subscriber: Subscriber = { push, backfill };
    set.add(subscriber);
    return () => {
      subscriber.gone = true;
      clearTimeout(subscriber.timer);
      set.delete(subscriber);
      if (!set.size) this.subscribers.delete(conversationId);
    };
  }

  /** Back-fills one stream now (its first backlog); rejects when that fails, without retrying. */
  fill(conversationId: string, push: Push): Promise<void> {
    const subscriber = [...(this.subscribers.get(conversationId) ?? [])].find((s) => s.push === push);
    return subscriber ? this.run(subscriber, false) : Promise.resolve();
  }

  /** Back-fills every stream of a conversation, or all streams: retried until the store answers. */
  backfill(conversationId?: string): void {
    const sets = conversationId ? [this.subscribers.get(conversationId) ?? new Set<Subscriber>()] : [...this.subscribers.values()];
    for (const set of sets) for (const subscriber of set) void this.run(subscriber, true).catch(() => undefined);
  }

  private async run(subscriber: Subscriber, retry: boolean): Promise<void> {
    if (!subscriber.backfill || subscriber.gone) return;
    if (subscriber.waiting) {
      subscriber.again = true; // one more after the running one: it may have read too early
      return;
    }
    clearTimeout(subscriber.timer);
    subscriber.waiting = [];
    let failure: unknown;
    try {
      do {
        subscriber.again = false;
        await subscriber.backfill();
      } while (subscriber.again && !subscriber.gone);
      subscriber.retryMs = undefined;
    } catch (error) {
      failure = error;
    }
    const waiting = subscriber.waiting;
    subscriber.waiting = undefined;
    for (const payload of waiting) subscriber.push(payload);
    if (failure === undefined) return;
    if (retry && !subscriber.gone) {
      const delay = subscriber.retryMs ?? RETRY_MS[0];
      subscriber.retryMs = RETRY_MS.find((ms) => ms > delay) ?? delay;
      subscriber.timer = setTimeout(() => void this.run(subscriber, true).catch(() => undefined), delay);
      subscriber.timer.unref();
    }
    throw failure;
  }

  publish(conversationId: string, activity: Record<string, unknown>, watermark: number): void {
    this.publishMany(conversationId, [{ activity, watermark }]);
  }

  /** Pushes a turn's activities to local streams, and to other instances in one notification. */
  publishMany(conversationId: string, items: { activity: Record<string, unknown>; watermark: number }[]): void {
    for (const { activity, watermark } of items) this.push(conversationId, activity, watermark);
    if (!this.bus) return;
    let budget = MAX_INLINE_BYTES;
    const shared = items.map(({ activity, watermark }) => {
      const size = Buffer.byteLength(JSON.stringify(activity));
      if (size > budget) return { w: watermark };
      budget -= size;
      return { w: watermark, a: activity };
    });
    this.bus.publish(TOPIC, { from: this.id, c: conversationId, items: shared } satisfies Shared);
  }

  /**
   * Shares deliveries with every instance on the same bus; returns the unsubscribe function. What
   * could not reach this instance (its link was down, a load failed) the streams read from the store.
   */
  share(bus: HubBus, load: LoadActivity): () => void {
    this.bus = bus;
    const unlink = bus.onLink?.((event) => {
      if (event === 'up') this.backfill();
    });
    const unsubscribe = bus.subscribe(TOPIC, (payload) => {
      const shared = payload as Shared;
      if (shared.from === this.id || !this.subscribers.has(shared.c)) return;
      void (async () => {
        // In order: an activity too large for the notification is loaded before the next is pushed.
        for (const item of shared.items) {
          const activity = item.a ?? (await load(shared.c, item.w).catch(() => undefined));
          if (!activity) return this.backfill(shared.c);
          this.push(shared.c, activity, item.w);
        }
      })();
    });
    // Not-stored activities meant for every instance (an advisor's typing): pushed, never loaded.
    const unnotice = bus.subscribe(NOTICE_TOPIC, (payload) => {
      const shared = payload as SharedNotice;
      if (shared.from !== this.id) this.notice(shared.c, shared.a);
    });
    return () => {
      unlink?.();
      unsubscribe();
      unnotice();
    };
  }

  /** Like notice, on every instance: for a stream that may be open elsewhere (an advisor's typing). */
  noticeEverywhere(conversationId: string, activity: Record<string, unknown>): void {
    this.notice(conversationId, activity);
    this.bus?.publish(NOTICE_TOPIC, { from: this.id, c: conversationId, a: activity } satisfies SharedNotice);
  }

  /** Pushes an activity that could not be stored to this instance's streams only. */
  notice(conversationId: string, activity: Record<string, unknown>): void {
    for (const subscriber of this.subscribers.get(conversationId) ?? []) subscriber.push({ activities: [activity] });
  }

  private push(conversationId: string, activity: Record<string, unknown>, watermark: number): void {
    const payload = { activities: [activity], watermark: String(watermark) };
    for (const subscriber of this.subscribers.get(conversationId) ?? []) {
      if (subscriber.waiting) subscriber.waiting.push(payload);
      else subscriber.push(payload);
    }
  }
}
