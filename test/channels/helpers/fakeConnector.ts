// A local stand-in for the Bot Framework connector (Teams' serviceUrl): records what the bot
// posts into conversations, as the CloudAdapter sends it.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Activity } from 'botbuilder';

export interface ConnectorPost {
  conversationId: string;
  replyToId?: string;
  activity: Partial<Activity>;
}

export class FakeConnector {
  readonly posts: ConnectorPost[] = [];
  private count = 0;

  private constructor(
    private readonly server: http.Server,
    readonly url: string,
  ) {}

  static async start(): Promise<FakeConnector> {
    const server = http.createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const match = /^\/v3\/conversations\/([^/]+)\/activities(?:\/([^/?]+))?/.exec(req.url ?? '');
        if (req.method === 'POST' && match) {
          fake.posts.push({
            conversationId: decodeURIComponent(match[1]),
            replyToId: match[2] ? decodeURIComponent(match[2]) : undefined,
            activity: JSON.parse(Buffer.concat(chunks).toString('utf8')) as Partial<Activity>,
          });
        }
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ id: `sent-${++fake.count}` }));
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const fake: FakeConnector = new FakeConnector(server, `http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
    return fake;
  }

  to(conversationId: string): Partial<Activity>[] {
    return this.posts.filter((p) => p.conversationId === conversationId).map((p) => p.activity);
  }

  /** Polls until `predicate` holds (the escalation notice is sent after the turn, asynchronously). */
  async waitFor<T>(probe: () => T | undefined, what: string, timeoutMs = 10_000): Promise<T> {
    const end = Date.now() + timeoutMs;
    for (;;) {
      const found = probe();
      if (found !== undefined) return found;
      if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  }

  close(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}
