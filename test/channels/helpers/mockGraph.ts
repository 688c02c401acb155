// A local stand-in for Meta's Graph API: records every POST /{phone-number-id}/messages and
// answers like the Cloud API ({messages: [{id}]}), or with queued failures (status codes).
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface GraphRequest {
  path: string;
  status: number;
  authorization?: string;
  body: GraphBody;
}

export interface GraphBody {
  messaging_product: string;
  recipient_type?: string;
  to: string;
  type: 'text' | 'interactive' | 'document';
  document?: { id?: string; link?: string; filename: string; caption?: string };
  text?: { body: string; preview_url?: boolean };
  interactive?: {
    type: 'button' | 'list' | 'cta_url';
    header?: { type: string; text: string };
    body: { text: string };
    action: {
      buttons?: { type: string; reply: { id: string; title: string } }[];
      button?: string;
      sections?: { title?: string; rows: { id: string; title: string; description?: string }[] }[];
      /** cta_url: a link button ("UWV: scholing met WW" opens the page). */
      name?: string;
      parameters?: { display_text: string; url: string };
    };
  };
}

export class MockGraph {
  /** Every request, failed ones included. */
  readonly requests: GraphRequest[] = [];
  /** Status codes to answer the next requests with, first one first (then 200 again). */
  readonly failures: number[] = [];
  /** Raw multipart bodies of POST /{phone-number-id}/media (uploaded documents). */
  readonly uploads: Buffer[] = [];
  private count = 0;

  private constructor(
    private readonly server: http.Server,
    readonly url: string,
  ) {}

  static async start(): Promise<MockGraph> {
    const server = http.createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        if ((req.url ?? '').endsWith('/media')) {
          mock.uploads.push(Buffer.concat(chunks));
          res.writeHead(200, { 'content-type': 'application/json' });
          res.end(JSON.stringify({ id: `media.${mock.uploads.length}` }));
          return;
        }
        const body = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}') as GraphBody;
        const failure = mock.failures.shift();
        mock.requests.push({ path: req.url ?? '', status: failure ?? 200, authorization: req.headers.authorization, body });
        if (failure) {
          res.writeHead(failure, { 'content-type': 'application/json' });
          res.end(JSON.stringify({ error: { message: 'Service temporarily unavailable', type: 'OAuthException', code: 2 } }));
          return;
        }
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ messaging_product: 'whatsapp', contacts: [{ input: body.to, wa_id: body.to }], messages: [{ id: `wamid.out.${++mock.count}` }] }));
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const mock: MockGraph = new MockGraph(server, `http://127.0.0.1:${(server.address() as AddressInfo).port}/v21.0`);
    return mock;
  }

  /** Bodies answered with 200, in order. */
  delivered(): GraphBody[] {
    return this.requests.filter((r) => r.status === 200).map((r) => r.body);
  }

  close(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}

/** The visible text of a Graph message body, for matching. */
export function textOf(body: GraphBody): string {
  return body.type === 'text' ? (body.text?.body ?? '') : (body.interactive?.body.text ?? '');
}

/** Button titles or list row titles of an interactive message. */
export function optionsOf(body: GraphBody): string[] {
  if (body.interactive?.type === 'button') return body.interactive.action.buttons!.map((b) => b.reply.title);
  if (body.interactive?.type === 'list') return body.interactive.action.sections!.flatMap((s) => s.rows.map((r) => r.title));
  return [];
}
