// The Direct Line WebSocket stream: the server pushes {activities, watermark}; the client only pings.
import type { IncomingMessage, Server as HttpServer } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type WebSocket } from 'ws';
import { clientAddress, type TrustedProxies } from '../../clientAddress';
import { ApiError } from '../../errors';
import type { StreamHub } from './hub';
import { checkConversationId, parseWatermark } from './incoming';
import type { DirectLineService } from './service';
import { Heartbeat, StreamCaps } from './streamCaps';

const STREAM_PATH = /^\/v3\/directline\/conversations\/([^/]+)\/stream$/;
/** DirectLineStore.since's page size. */
const BACKLOG_PAGE = 500;
const REMEMBERED = 2_000;

function remember(sent: Set<number>, mark: number): void {
  sent.add(mark);
  if (sent.size > REMEMBERED) sent.delete(Math.min(...sent));
}

export interface StreamOptions {
  trustedProxies: TrustedProxies;
  /** Open streams per conversation; a newer one closes the oldest. */
  perConversation: number;
  /** Open streams per client address; more are refused with 429 before the upgrade. */
  perAddress: number;
  /** How often streams are pinged (a dead peer is dropped after one unanswered round). */
  heartbeatMs?: number;
}

/** Handles upgrades on the stream path; returns false for other paths so others may handle them. */
export function createStreamUpgrade(service: DirectLineService, hub: StreamHub, options: StreamOptions) {
  const wss = new WebSocketServer({ noServer: true, maxPayload: 64 * 1024 });
  const caps = new StreamCaps(options.perConversation, options.perAddress);
  const heartbeat = new Heartbeat(options.heartbeatMs);
  service.onEnded((conversationId) => caps.closeConversation(conversationId));

  const upgrade = (req: IncomingMessage, socket: Duplex, head: Buffer): boolean => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const match = STREAM_PATH.exec(url.pathname);
    if (!match) return false;
    // Node removes its own error handler from an upgrading socket: a client's reset must not crash us.
    socket.on('error', () => socket.destroy());
    const address = clientAddress(req, options.trustedProxies);
    let conversationId: string;
    let watermark: number;
    try {
      // Only a stream token (from a streamUrl) opens a stream; a malformed id or watermark is a 400.
      conversationId = checkConversationId(decodedSegment(match[1]));
      watermark = parseWatermark(url.searchParams.get('watermark') ?? undefined);
      service.authorize(url.searchParams.get('t') ?? undefined, conversationId, 'stream');
      if (caps.full(address)) throw new ApiError('TOO_MANY_STREAMS');
    } catch (error) {
      refuse(socket, error instanceof ApiError ? error : new ApiError('BAD_REQUEST'));
      return true;
    }
    wss.handleUpgrade(req, socket, head, (ws) => {
      caps.add(ws, conversationId, address);
      heartbeat.watch(ws);
      void attach(ws, conversationId, String(watermark));
    });
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
      heartbeat.stop();
      for (const client of wss.clients) client.terminate();
      wss.close();
    },
  };
}

/** A path segment, percent-decoded; a malformed escape (%E0) is an invalid id, not an exception. */
function decodedSegment(segment: string): string | undefined {
  try {
    return decodeURIComponent(segment);
  } catch {
    return undefined;
  }
}

/** An HTTP error on the raw socket, before any upgrade: the same coded JSON as the REST endpoints. */
function refuse(socket: Duplex, error: ApiError): void {
  const body = JSON.stringify(error.toJSON());
  const reasons: Record<number, string> = { 400: 'Bad Request', 401: 'Unauthorized', 403: 'Forbidden', 429: 'Too Many Requests' };
  const reason = reasons[error.status] ?? 'Error';
  const retry = error.status === 429 ? 'Retry-After: 30\r\n' : '';
  socket.end(`HTTP/1.1 ${error.status} ${reason}\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\n${retry}Connection: close\r\n\r\n${body}`);
}
