// The console's live event stream: Server-Sent Events, authenticated by the session cookie.
// Events come from the bus, so a change made on any instance reaches every open console. A stream
// ends with its session: at once when any instance (or the CLI on PostgreSQL) announces the end on
// the bus, and at the latest at the next heartbeat, which checks every stream's session.
import type { Request, Response } from 'restify';
import type { HandoffEvent, HandoffEvents } from '../handoff';
import type { EventBus } from '../db/eventBus';

/** Bus topic of the handoff events (the Teams escalation notifier listens too). */
export const HANDOFF_EVENTS_TOPIC = 'advisor.handoff';
const TOPIC = HANDOFF_EVENTS_TOPIC;
/** Bus topic of ended sessions: { sessionHash } (logout) or { advisorId } (reset, disable). */
export const SESSION_ENDED_TOPIC = 'advisor.session-ended';

export interface SessionEnded {
  sessionHash?: string;
  advisorId?: string;
}

export interface EventStreamOptions {
  heartbeatMs?: number;
  /** Of the given session hashes, those still valid. */
  validSessions: (sessionHashes: string[]) => Promise<Set<string>>;
  /** Records that these sessions have a stream open now (at connect and every heartbeat): presence. */
  touch?: (sessionHashes: string[]) => Promise<void>;
}

interface Client {
  res: Response;
  sessionHash: string;
  advisorId: string;
}

export class AdvisorEventStream implements HandoffEvents {
  private readonly clients = new Set<Client>();
  private readonly unsubscribe: (() => void)[];
  private readonly heartbeat: NodeJS.Timeout;

  constructor(
    private readonly bus: EventBus,
    private readonly options: EventStreamOptions,
  ) {
    this.unsubscribe = [
      bus.subscribe(TOPIC, (event) => this.broadcast('handoff', event)),
      bus.subscribe(SESSION_ENDED_TOPIC, (ended) => this.ended(ended as SessionEnded)),
    ];
    this.heartbeat = setInterval(() => void this.beat(), options.heartbeatMs ?? 20_000);
    this.heartbeat.unref();
  }

  /** Announces an ended session (or all of an advisor's) to every instance. */
  sessionEnded(ended: SessionEnded): void {
    this.bus.publish(SESSION_ENDED_TOPIC, ended);
  }

  private ended(ended: SessionEnded): void {
    for (const c of this.clients) if (c.sessionHash === ended.sessionHash || c.advisorId === ended.advisorId) this.end(c, true);
  }

  /** Pings every stream and ends those whose session is gone (expired, logged out, reset, disabled). */
  private async beat(): Promise<void> {
    for (const c of this.clients) c.res.write(': ping\n\n');
    if (!this.clients.size) return;
    // Only the streams asked about: one opened meanwhile was not in the question.
    const asked = [...this.clients];
    try {
      const valid = await this.options.validSessions([...new Set(asked.map((c) => c.sessionHash))]);
      for (const c of asked) if (this.clients.has(c) && !valid.has(c.sessionHash)) this.end(c, true);
      const open = [...new Set([...this.clients].map((c) => c.sessionHash))];
      await this.options.touch?.(open);
    } catch {
      // Database unreachable: keep the streams; the next heartbeat checks again.
    }
  }

  /** HandoffEvents: publish to every instance. */
  publish(event: HandoffEvent): void {
    this.bus.publish(TOPIC, event);
  }

  open(req: Request, res: Response, sessionHash: string, advisorId: string): void {
    res.writeHead(200, {
      'Content-Type': 'text/event-stream; charset=utf-8',
      'Cache-Control': 'no-store',
      Connection: 'keep-alive',
      'X-Accel-Buffering': 'no', // nginx: do not buffer the stream
      'X-Content-Type-Options': 'nosniff',
    });
    res.write('retry: 3000\n\n');
    res.write(`event: ready\ndata: {}\n\n`);
    const client: Client = { res, sessionHash, advisorId };
    this.clients.add(client);
    // An advisor counts as online from the moment the console connects (not only at the next heartbeat).
    this.options.touch?.([sessionHash]).catch(() => undefined);
    const drop = () => this.clients.delete(client);
    req.on('close', drop);
    res.on('close', drop);
  }

  get size(): number {
    return this.clients.size;
  }

  close(): void {
    clearInterval(this.heartbeat);
    for (const off of this.unsubscribe) off();
    for (const c of this.clients) this.end(c);
  }

  private broadcast(event: string, data: unknown): void {
    const frame = `event: ${event}\ndata: ${JSON.stringify(data)}\n\n`;
    for (const c of this.clients) c.res.write(frame);
  }

  /** `sessionEnded`: tell the console why, so it shows the log-in instead of reconnecting. */
  private end(client: Client, sessionEnded = false): void {
    this.clients.delete(client);
    if (sessionEnded) client.res.write('event: session-ended\ndata: {}\n\n');
    client.res.end();
  }
}
