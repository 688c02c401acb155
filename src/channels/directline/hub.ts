// Live subscribers (WebSocket streams) per conversation on this instance. With a shared bus
// (src/db/eventBus.ts) it also pushes what other instances delivered, so a seeker whose stream is
// on instance B sees an advisor's message sent on instance A.
import crypto from 'node:crypto';

/** A payload without a watermark is a notice that was not stored (e.g. "database down, try again"). */
export type Push = (payload: { activities: Record<string, unknown>[]; watermark?: string }) => void;

/** The part of the event bus the hub needs. */
export interface HubBus {
  publish(topic: string, payload: unknown): void;
  subscribe(topic: string, listener: (payload: unknown) => void): () => void;
}
/** Loads one stored activity by watermark (for activities too large for a notification). */
export type LoadActivity = (conversationId: string, watermark: number) => Promise<Record<string, unknown> | undefined>;

const TOPIC = 'directline.activity';
const MAX_INLINE_BYTES = 6000;

interface Shared {
  from: string;
  c: string;
  /** One notification per turn: every activity with its watermark, inline when small enough. */
  items: { w: number; a?: Record<string, unknown> }[];
}

export class StreamHub {
  private readonly subscribers = new Map<string, Set<Push>>();
  private readonly id = crypto.randomUUID();
  private bus?: HubBus;

  subscribe(conversationId: string, push: Push): () => void {
    let set = this.subscribers.get(conversationId);
    if (!set) this.subscribers.set(conversationId, (set = new Set()));
    set.add(push);
    return () => {
      set.delete(push);
      if (!set.size) this.subscribers.delete(conversationId);
    };
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

  /** Shares deliveries with every instance on the same bus; returns the unsubscribe function. */
  share(bus: HubBus, load: LoadActivity): () => void {
    this.bus = bus;
    return bus.subscribe(TOPIC, (payload) => {
      const shared = payload as Shared;
      if (shared.from === this.id || !this.subscribers.has(shared.c)) return;
      void (async () => {
        // In order: an activity too large for the notification is loaded before the next is pushed.
        for (const item of shared.items) {
          const activity = item.a ?? (await load(shared.c, item.w).catch(() => undefined));
          if (activity) this.push(shared.c, activity, item.w);
        }
      })();
    });
  }

  /** Pushes an activity that could not be stored to this instance's streams only. */
  notice(conversationId: string, activity: Record<string, unknown>): void {
    for (const push of this.subscribers.get(conversationId) ?? []) push({ activities: [activity] });
  }

  private push(conversationId: string, activity: Record<string, unknown>, watermark: number): void {
    for (const push of this.subscribers.get(conversationId) ?? []) push({ activities: [activity], watermark: String(watermark) });
  }
}
