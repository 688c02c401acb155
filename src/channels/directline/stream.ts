// The Direct Line WebSocket stream: the server pushes {activities, watermark}; the client only pings.
import type { IncomingMessage, Server as HttpServer } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type WebSocket } from 'ws';
import type { StreamHub } from './hub';
import type { DirectLineService } from './service';

const STREAM_PATH = /^\/v3\/directline\/conversations\/([^/]+)\/stream$/;

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
    // Subscribe first, then send the backlog, so nothing falls between the two; the client
    // skips what it already has by activity id.
    let last = Number.parseInt(watermark ?? '0', 10) || 0;
    const send = (payload: { activities: Record<string, unknown>[]; watermark?: string }) => {
      if (ws.readyState !== ws.OPEN) return;
      if (payload.watermark !== undefined) {
        const mark = Number(payload.watermark);
        if (mark <= last) return;
        last = mark;
      }
      ws.send(JSON.stringify(payload));
    };
    const unsubscribe = hub.subscribe(conversationId, send);
    ws.on('close', unsubscribe);
    ws.on('error', unsubscribe);
    ws.on('message', () => undefined); // pings
    try {
      const backlog = await service.activities(conversationId, String(last));
      if (backlog.activities.length) send(backlog);
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
