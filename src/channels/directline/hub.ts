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
  w: number;
  a?: Record<string, unknown>;
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
    this.push(conversationId, activity, watermark);
    if (!this.bus) return;
    const inline = Buffer.byteLength(JSON.stringify(activity)) <= MAX_INLINE_BYTES;
    this.bus.publish(TOPIC, { from: this.id, c: conversationId, w: watermark, ...(inline ? { a: activity } : {}) } satisfies Shared);
  }

  /** Shares deliveries with every instance on the same bus; returns the unsubscribe function. */
  share(bus: HubBus, load: LoadActivity): () => void {
    this.bus = bus;
    return bus.subscribe(TOPIC, (payload) => {
      const shared = payload as Shared;
      if (shared.from === this.id || !this.subscribers.has(shared.c)) return;
      if (shared.a) return this.push(shared.c, shared.a, shared.w);
      void load(shared.c, shared.w).then((activity) => activity && this.push(shared.c, activity, shared.w)).catch(() => undefined);
    });
  }

  /** Pushes an activity that could not be stored to this instance's streams only. */
  notice(conversationId: string, activity: Record<string, unknown>): void {
    for (const push of this.subscribers.get(conversationId) ?? []) push({ activities: [activity] });
  }

  get size(): number {
    return this.subscribers.size;
  }

  private push(conversationId: string, activity: Record<string, unknown>, watermark: number): void {
    for (const push of this.subscribers.get(conversationId) ?? []) push({ activities: [activity], watermark: String(watermark) });
  }
}
