// Notifications that every instance of the server must see: console events (queue changed, new
// message, claimed, closed) and Direct Line activities for WebSocket streams held by another
// instance. SQLite means one instance: in-process delivery. PostgreSQL: LISTEN/NOTIFY on a
// dedicated connection (raw pg, outside Prisma's pool), reconnecting when it drops.
import crypto from 'node:crypto';
import pg from 'pg';
import { providerOf } from './client';
import { UnitOfWork } from './unitOfWork';

export type Listener = (payload: unknown) => void;
/** 'local': one instance, nothing to link; 'down': other instances' events are not heard now. */
export type LinkStatus = 'up' | 'down' | 'local';
/** 'up' after the link was down (or another instance's was): events may have been missed. */
export type LinkListener = (event: 'up' | 'down') => void;

export interface EventBus {
  /**
   * Delivers to every subscriber of `topic` on every instance (this one synchronously). Inside a
   * turn's unit of work, when the unit is done: nobody hears of a message before it is stored.
   */
  publish(topic: string, payload: unknown): void;
  subscribe(topic: string, listener: Listener): () => void;
  status(): LinkStatus;
  onLink(listener: LinkListener): () => void;
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
    const unit = UnitOfWork.current();
    if (unit) unit.afterSettle(() => this.send(topic, payload));
    else this.send(topic, payload);
  }

  protected send(topic: string, payload: unknown): void {
    this.deliver(topic, payload);
  }

  status(): LinkStatus {
    return 'local';
  }

  onLink(_listener: LinkListener): () => void {
    return () => undefined;
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
/** Sent after a reconnect when this instance could not send events while down: others back-fill. */
const RESYNC = '$resync';
/** PostgreSQL refuses NOTIFY payloads of 8000 bytes or more. */
export const MAX_NOTIFY_BYTES = 7900;
/**
 * Events within this window go out in one NOTIFY: a statement costs the server more CPU than a
 * turn's whole hot path on SQLite, and under load many turns share one. Other instances hear
 * them this much later; this instance's own subscribers hear them at once.
 */
const BATCH_MS = 5;

export class PgEventBus extends LocalEventBus {
  /** Our own notifications come back to us through LISTEN: skip them, they were delivered locally. */
  private readonly origin = crypto.randomUUID();
  private client?: pg.Client;
  private closed = false;
  private retryMs = 500;
  private retryTimer?: NodeJS.Timeout;
  private readonly links = new Set<LinkListener>();
  /** Something could not be sent to the other instances since the link was last up. */
  private missed = false;
  private wasDown = false;
  /** Notifications that arrive before 'up' is announced wait, so back-fills start first. */
  private held?: string[];
  /** Events waiting for the next NOTIFY (serialised {t, p}), with their total size. */
  private batch: string[] = [];
  private batchBytes = 0;
  private batchTimer?: NodeJS.Timeout;

  constructor(
    private readonly url: string,
    logger?: BusLogger,
  ) {
    super(logger);
  }

  async connect(): Promise<this> {
    const client = new pg.Client({ connectionString: this.url, connectionTimeoutMillis: 5_000, keepAlive: true, application_name: 'werkloket-events' });
    client.on('notification', (msg) => (this.held ? this.held.push(msg.payload ?? '') : this.onNotification(msg.payload)));
    client.on('error', (error) => {
      this.logger?.warn({ err: error }, 'event bus connection failed');
      this.reconnect(client);
    });
    client.on('end', () => this.reconnect(client));
    this.held = [];
    try {
      await client.connect();
      await client.query(`LISTEN ${CHANNEL}`);
    } catch (error) {
      this.held = undefined;
      throw error;
    }
    this.client = client;
    this.retryMs = 500;
    if (this.wasDown) this.announce('up');
    this.wasDown = false;
    if (this.missed) {
      this.missed = false;
      this.notify(RESYNC, null);
    }
    const held = this.held;
    this.held = undefined;
    for (const raw of held) this.onNotification(raw);
    return this;
  }

  override status(): LinkStatus {
    return this.client ? 'up' : 'down';
  }

  override onLink(listener: LinkListener): () => void {
    this.links.add(listener);
    return () => this.links.delete(listener);
  }

  protected override send(topic: string, payload: unknown): void {
    this.deliver(topic, payload);
    this.notify(topic, payload);
  }

  private notify(topic: string, payload: unknown): void {
    const event = JSON.stringify({ t: topic, p: payload });
    const bytes = Buffer.byteLength(event);
    if (bytes + this.envelopeBytes > MAX_NOTIFY_BYTES) {
      this.logger?.warn({ topic, bytes }, 'event too large for other instances; not sent');
      return;
    }
    if (!this.client) {
      this.missed = true;
      this.logger?.warn({ topic }, 'event bus not connected; other instances miss this event until it is back');
      return;
    }
    if (this.batchBytes + bytes + 1 + this.envelopeBytes > MAX_NOTIFY_BYTES) this.flush();
    this.batch.push(event);
    this.batchBytes += bytes + 1;
    this.batchTimer ??= setTimeout(() => this.flush(), BATCH_MS);
  }

  /** `{"o":"<origin>","b":[…]}` around a batch. */
  private get envelopeBytes(): number {
    return this.origin.length + 16;
  }

  private flush(): void {
    clearTimeout(this.batchTimer);
    this.batchTimer = undefined;
    const events = this.batch;
    this.batch = [];
    this.batchBytes = 0;
    if (!events.length) return;
    if (!this.client) {
      this.missed = true;
      return;
    }
    this.client.query('SELECT pg_notify($1, $2)', [CHANNEL, `{"o":${JSON.stringify(this.origin)},"b":[${events.join(',')}]}`]).catch((error: unknown) => {
      this.missed = true;
      this.logger?.warn({ err: error, events: events.length }, 'notify failed');
    });
  }

  private onNotification(raw: string | undefined): void {
    if (!raw) return;
    try {
      const { o, b } = JSON.parse(raw) as { o: string; b?: { t: string; p: unknown }[] };
      if (o === this.origin || !Array.isArray(b)) return;
      for (const { t, p } of b) {
        if (typeof t !== 'string') continue;
        if (t === RESYNC) this.announce('up');
        else this.deliver(t, p);
      }
    } catch (error) {
      this.logger?.warn({ err: error }, 'unreadable notification');
    }
  }

  private announce(event: 'up' | 'down'): void {
    for (const listener of [...this.links]) {
      try {
        listener(event);
      } catch (error) {
        this.logger?.error({ err: error }, 'event bus link listener failed');
      }
    }
  }

  private reconnect(dead: pg.Client): void {
    if (this.closed || this.client !== dead) return;
    this.client = undefined;
    if (!this.wasDown) this.announce('down');
    this.wasDown = true;
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
    this.flush();
    this.closed = true;
    clearTimeout(this.retryTimer);
    this.links.clear();
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
