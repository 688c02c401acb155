// Notifications that every instance of the server must see: console events (queue changed, new
// message, claimed, closed) and Direct Line activities for WebSocket streams held by another
// instance. SQLite means one instance: in-process delivery. PostgreSQL: LISTEN/NOTIFY on a
// dedicated connection (raw pg, outside Prisma's pool), reconnecting when it drops.
import crypto from 'node:crypto';
import pg from 'pg';
import { providerOf } from './client';

export type Listener = (payload: unknown) => void;

export interface EventBus {
  /** Delivers to every subscriber of `topic` on every instance (this one synchronously). */
  publish(topic: string, payload: unknown): void;
  subscribe(topic: string, listener: Listener): () => void;
  close(): Promise<void>;
}

interface BusLogger {
  warn(obj: object, msg: string): void;
  error(obj: object, msg: string): void;
}

export class LocalEventBus implements EventBus {
  private readonly listeners = new Map<string, Set<Listener>>();

  constructor(protected readonly logger?: BusLogger) {}

  publish(topic: string, payload: unknown): void {
    this.deliver(topic, payload);
  }

  subscribe(topic: string, listener: Listener): () => void {
    let set = this.listeners.get(topic);
    if (!set) this.listeners.set(topic, (set = new Set()));
    set.add(listener);
    return () => {
      set.delete(listener);
      if (!set.size) this.listeners.delete(topic);
    };
  }

  protected deliver(topic: string, payload: unknown): void {
    for (const listener of [...(this.listeners.get(topic) ?? [])]) {
      try {
        listener(payload);
      } catch (error) {
        this.logger?.error({ err: error, topic }, 'event listener failed');
      }
    }
  }

  async close(): Promise<void> {
    this.listeners.clear();
  }
}

const CHANNEL = 'werkloket_events';
/** PostgreSQL refuses NOTIFY payloads of 8000 bytes or more. */
export const MAX_NOTIFY_BYTES = 7900;

export class PgEventBus extends LocalEventBus {
  /** Our own notifications come back to us through LISTEN: skip them, they were delivered locally. */
  private readonly origin = crypto.randomUUID();
  private client?: pg.Client;
  private closed = false;
  private retryMs = 500;
  private retryTimer?: NodeJS.Timeout;

  constructor(
    private readonly url: string,
    logger?: BusLogger,
  ) {
    super(logger);
  }

  async connect(): Promise<this> {
    const client = new pg.Client({ connectionString: this.url, connectionTimeoutMillis: 5_000, keepAlive: true });
    client.on('notification', (msg) => this.onNotification(msg.payload));
    client.on('error', (error) => {
      this.logger?.warn({ err: error }, 'event bus connection failed');
      this.reconnect(client);
    });
    client.on('end', () => this.reconnect(client));
    await client.connect();
    await client.query(`LISTEN ${CHANNEL}`);
    this.client = client;
    this.retryMs = 500;
    return this;
  }

  override publish(topic: string, payload: unknown): void {
    this.deliver(topic, payload);
    const message = JSON.stringify({ o: this.origin, t: topic, p: payload });
    if (Buffer.byteLength(message) > MAX_NOTIFY_BYTES) {
      this.logger?.warn({ topic, bytes: Buffer.byteLength(message) }, 'event too large for other instances; not sent');
      return;
    }
    if (!this.client) {
      this.logger?.warn({ topic }, 'event bus not connected; other instances miss this event');
      return;
    }
    this.client.query('SELECT pg_notify($1, $2)', [CHANNEL, message]).catch((error: unknown) => this.logger?.warn({ err: error, topic }, 'notify failed'));
  }

  private onNotification(raw: string | undefined): void {
    if (!raw) return;
    try {
      const { o, t, p } = JSON.parse(raw) as { o: string; t: string; p: unknown };
      if (o !== this.origin && typeof t === 'string') this.deliver(t, p);
    } catch (error) {
      this.logger?.warn({ err: error }, 'unreadable notification');
    }
  }

  private reconnect(dead: pg.Client): void {
    if (this.closed || this.client !== dead) return;
    this.client = undefined;
    dead.end().catch(() => undefined);
    this.retryTimer = setTimeout(() => {
      this.connect().catch((error: unknown) => {
        this.logger?.warn({ err: error }, 'event bus reconnect failed');
        this.retryMs = Math.min(this.retryMs * 2, 10_000);
        this.client = dead; // so the next reconnect() call is not ignored
        this.reconnect(dead);
      });
    }, this.retryMs);
    this.retryTimer.unref();
  }

  override async close(): Promise<void> {
    this.closed = true;
    clearTimeout(this.retryTimer);
    const client = this.client;
    this.client = undefined;
    await super.close();
    await client?.end().catch(() => undefined);
  }
}

/** In-process for SQLite (one instance), LISTEN/NOTIFY for PostgreSQL. */
export async function createEventBus(databaseUrl: string, logger?: BusLogger): Promise<EventBus> {
  if (providerOf(databaseUrl) === 'sqlite') return new LocalEventBus(logger);
  return new PgEventBus(databaseUrl, logger).connect();
}
