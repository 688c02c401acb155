// The Direct Line WebSocket stream: the server pushes {activities, watermark}; the client only pings.
import type { IncomingMessage, Server as HttpServer } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type WebSocket } from 'ws';
import type { StreamHub } from './hub';
import type { DirectLineService } from './service';

const STREAM_PATH = /^\/v3\/directline\/conversations\/([^/]+)\/stream$/;
/** DirectLineStore.since's page size. */
const BACKLOG_PAGE = 500;
const REMEMBERED = 2_000;

function remember(sent: Set<number>, mark: number): void {
  sent.add(mark);
  if (sent.size > REMEMBERED) sent.delete(Math.min(...sent));
}

/** Handles upgrades on the stream path; returns false for other paths so others may handle them. */
export function createStreamUpgrade(service: DirectLineService, hub: StreamHub) {
  const wss = new WebSocketServer({ noServer: true, maxPayload: 64 * 1024 });

  const upgrade = (req: IncomingMessage, socket: Duplex, head: Buffer): boolean => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const match = STREAM_PATH.exec(url.pathname);
    if (!match) return false;
    const conversationId = decodeURIComponent(match[1]);
    try {
      service.authorize(url.searchParams.get('t') ?? undefined, conversationId);
    } catch {
      socket.end('HTTP/1.1 403 Forbidden\r\nConnection: close\r\n\r\n');
      return true;
    }
    wss.handleUpgrade(req, socket, head, (ws) => void attach(ws, conversationId, url.searchParams.get('watermark') ?? undefined));
    return true;
  };

  const attach = async (ws: WebSocket, conversationId: string, watermark?: string) => {
    // Subscribe first, then send the backlog, so nothing falls between the two. Each stored activity
    // is sent once (by watermark); `base` moves only with back-fills, which read from the store
    // everything after it, so activities missed live (another instance's, while the link between
    // the instances was down) still come, in order.
    const known = Number.parseInt(watermark ?? '0', 10) || 0;
    let base = known;
    const sent = new Set<number>();
    const send = (payload: { activities: Record<string, unknown>[]; watermark?: string }) => {
      if (ws.readyState !== ws.OPEN) return;
      if (payload.watermark !== undefined) {
        const mark = Number(payload.watermark);
        if (mark <= known || sent.has(mark)) return;
        remember(sent, mark);
      }
      ws.send(JSON.stringify(payload));
    };
    const backfill = async () => {
      for (;;) {
        const rows = await service.backlog(conversationId, base);
        const fresh = rows.filter((r) => !sent.has(r.watermark));
        for (const r of fresh) remember(sent, r.watermark);
        if (fresh.length && ws.readyState === ws.OPEN) ws.send(JSON.stringify({ activities: fresh.map((r) => r.activity), watermark: String(fresh.at(-1)!.watermark) }));
        base = rows.at(-1)?.watermark ?? base;
        if (rows.length < BACKLOG_PAGE) return;
      }
    };
    const unsubscribe = hub.subscribe(conversationId, send, backfill);
    ws.on('close', unsubscribe);
    ws.on('error', unsubscribe);
    ws.on('message', () => undefined); // pings
    try {
      await hub.fill(conversationId, send);
    } catch {
      ws.close(1011, 'backlog unavailable');
    }
  };

  return {
    upgrade,
    attachTo(server: HttpServer, others: ((req: IncomingMessage, socket: Duplex, head: Buffer) => boolean)[] = []) {
      server.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
        if (upgrade(req, socket, head)) return;
        if (others.some((handler) => handler(req, socket, head))) return;
        socket.end('HTTP/1.1 404 Not Found\r\nConnection: close\r\n\r\n');
      });
    },
    close: () => {
      for (const client of wss.clients) client.terminate();
      wss.close();
    },
  };
}
