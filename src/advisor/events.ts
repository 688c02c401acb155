// The console's live event stream: Server-Sent Events, authenticated by the session cookie.
// Events come from the bus, so a change made on any instance reaches every open console.
import type { Request, Response } from 'restify';
import type { HandoffEvent, HandoffEvents } from '../handoff';
import type { EventBus } from '../db/eventBus';

/** Bus topic of the handoff events (the Teams escalation notifier listens too). */
export const HANDOFF_EVENTS_TOPIC = 'advisor.handoff';
const TOPIC = HANDOFF_EVENTS_TOPIC;
const HEARTBEAT_MS = 20_000;

interface Client {
  res: Response;
  sessionHash: string;
}

export class AdvisorEventStream implements HandoffEvents {
  private readonly clients = new Set<Client>();
  private readonly unsubscribe: () => void;
  private readonly heartbeat: NodeJS.Timeout;

  constructor(private readonly bus: EventBus) {
    this.unsubscribe = bus.subscribe(TOPIC, (event) => this.broadcast('handoff', event));
    this.heartbeat = setInterval(() => {
      for (const c of this.clients) c.res.write(': ping\n\n');
    }, HEARTBEAT_MS);
    this.heartbeat.unref();
  }

  /** HandoffEvents: publish to every instance. */
  publish(event: HandoffEvent): void {
    this.bus.publish(TOPIC, event);
  }

  open(req: Request, res: Response, sessionHash: string): void {
    res.writeHead(200, {
      'Content-Type': 'text/event-stream; charset=utf-8',
      'Cache-Control': 'no-store',
      Connection: 'keep-alive',
      'X-Accel-Buffering': 'no', // nginx: do not buffer the stream
      'X-Content-Type-Options': 'nosniff',
    });
    res.write('retry: 3000\n\n');
    res.write(`event: ready\ndata: {}\n\n`);
    const client: Client = { res, sessionHash };
    this.clients.add(client);
    const drop = () => this.clients.delete(client);
    req.on('close', drop);
    res.on('close', drop);
  }

  /** Ends the streams of one session (after logout). */
  endSession(sessionHash: string): void {
    for (const c of this.clients) if (c.sessionHash === sessionHash) this.end(c);
  }

  get size(): number {
    return this.clients.size;
  }

  close(): void {
    clearInterval(this.heartbeat);
    this.unsubscribe();
    for (const c of this.clients) this.end(c);
  }

  private broadcast(event: string, data: unknown): void {
    const frame = `event: ${event}\ndata: ${JSON.stringify(data)}\n\n`;
    for (const c of this.clients) c.res.write(frame);
  }

  private end(client: Client): void {
    this.clients.delete(client);
    client.res.end();
  }
}
