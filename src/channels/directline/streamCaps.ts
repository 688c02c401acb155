// Open WebSocket streams per conversation and per client address, on this instance.
// Per conversation, a newer stream closes the oldest: a seeker whose phone changed networks leaves
// half-dead sockets behind, and must still get through; only the token's holder can do this, and
// only to their own conversation. Per address, an extra stream is refused: closing the oldest there
// would let one visitor behind a shared address (a library, a Werkplein) cut off the others.
import type { WebSocket } from 'ws';

/** Close codes the client sees (4000-4999 are the application's own). */
export const CLOSE_REPLACED = 4001;
export const CLOSE_ENDED = 4004;

export class StreamCaps {
  private readonly byConversation = new Map<string, WebSocket[]>();
  private readonly byAddress = new Map<string, Set<WebSocket>>();

  constructor(
    private readonly perConversation: number,
    private readonly perAddress: number,
  ) {}

  /** True when this address may not open another stream. */
  full(address: string): boolean {
    return (this.byAddress.get(address)?.size ?? 0) >= this.perAddress;
  }

  /** Tracks an open stream until it closes; closes the conversation's oldest beyond the cap. */
  add(ws: WebSocket, conversationId: string, address: string): void {
    const streams = this.byConversation.get(conversationId) ?? [];
    this.byConversation.set(conversationId, streams);
    streams.push(ws);
    const peers = this.byAddress.get(address) ?? new Set<WebSocket>();
    this.byAddress.set(address, peers);
    peers.add(ws);
    ws.once('close', () => {
      const at = streams.indexOf(ws);
      if (at >= 0) streams.splice(at, 1);
      if (!streams.length && this.byConversation.get(conversationId) === streams) this.byConversation.delete(conversationId);
      peers.delete(ws);
      if (!peers.size && this.byAddress.get(address) === peers) this.byAddress.delete(address);
    });
    while (streams.length > this.perConversation) streams.shift()?.close(CLOSE_REPLACED, 'replaced by a newer stream');
  }

  /** Closes every stream of a conversation (it ended). */
  closeConversation(conversationId: string): void {
    for (const ws of [...(this.byConversation.get(conversationId) ?? [])]) ws.close(CLOSE_ENDED, 'conversation ended');
  }
}

/**
 * Pings every open stream each round; one that did not answer the previous ping is dropped, so a
 * peer that vanished without closing (a phone out of range) stops counting against the caps.
 */
export class Heartbeat {
  private readonly sockets = new Set<WebSocket>();
  private readonly answered = new WeakSet<WebSocket>();
  private readonly timer: NodeJS.Timeout;

  constructor(intervalMs = 30_000) {
    this.timer = setInterval(() => this.round(), intervalMs);
    this.timer.unref();
  }

  watch(ws: WebSocket): void {
    this.sockets.add(ws);
    this.answered.add(ws);
    ws.on('pong', () => this.answered.add(ws));
    ws.once('close', () => this.sockets.delete(ws));
  }

  stop(): void {
    clearInterval(this.timer);
  }

  private round(): void {
    for (const ws of this.sockets) {
      if (!this.answered.delete(ws)) {
        ws.terminate();
        continue;
      }
      try {
        ws.ping();
      } catch {
        ws.terminate();
      }
    }
  }
}
