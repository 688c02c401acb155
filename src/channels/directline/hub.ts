// Live subscribers (WebSocket streams) per conversation on this instance.
export type Push = (payload: { activities: Record<string, unknown>[]; watermark: string }) => void;

export class StreamHub {
  private readonly subscribers = new Map<string, Set<Push>>();

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
    for (const push of this.subscribers.get(conversationId) ?? []) push({ activities: [activity], watermark: String(watermark) });
  }

  get size(): number {
    return this.subscribers.size;
  }
}
