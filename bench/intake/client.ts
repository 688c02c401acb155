// The load generator's side: a seeker on the Direct Line HTTP protocol, over plain node:http.
// Every seeker has an http.Agent of its own (keep-alive, one socket): a new visitor opens a new TCP
// connection for tokens/generate and keeps it for the conversation, as a browser tab does.
import http from 'node:http';

export interface Reply {
  status: number;
  body: string;
}

const REQUEST_TIMEOUT_MS = 30_000;
/** BENCH_POLL=0: no GET after each message (a Web Chat on its WebSocket does not poll); the
 * end-of-conversation history check still verifies every reply. */
const POLL = process.env.BENCH_POLL !== '0';

export function request(agent: http.Agent, base: URL, method: string, path: string, headers: http.OutgoingHttpHeaders = {}, body?: string): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = http.request({ agent, host: base.hostname, port: base.port, method, path, headers: body === undefined ? headers : { ...headers, 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
      res.on('error', reject);
    });
    req.setTimeout(REQUEST_TIMEOUT_MS, () => req.destroy(new Error(`${method} ${path}: no answer in ${REQUEST_TIMEOUT_MS} ms`)));
    req.on('error', reject);
    req.end(body);
  });
}

interface Activity {
  id?: string;
  type: string;
  from: { id: string };
  replyToId?: string;
}

/** What one conversation's history shows per message sent: counted by Seeker.check. */
export interface Tally {
  lost: number;
  duplicated: number;
}

export class Seeker {
  private readonly agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  private token = '';
  private conversationId = '';
  private userId = '';
  private watermark = '0';
  /** The server's ids of the messages sent, by intake step. */
  readonly sent: string[] = [];
  started = false;

  constructor(
    readonly base: URL,
    private readonly script: readonly string[],
  ) {}

  get done(): boolean {
    return this.sent.length >= this.script.length;
  }

  /** tokens/generate and POST /conversations (the greeting turn) on the seeker's new connection. */
  async start(): Promise<void> {
    this.started = true;
    const generated = await request(this.agent, this.base, 'POST', '/v3/directline/tokens/generate', {}, '{}');
    if (generated.status !== 200) throw new Error(`tokens/generate: ${generated.status}`);
    ({ token: this.token, conversationId: this.conversationId, userId: this.userId } = JSON.parse(generated.body) as { token: string; conversationId: string; userId: string });
    const started = await request(this.agent, this.base, 'POST', '/v3/directline/conversations', this.auth());
    if (started.status !== 200) throw new Error(`conversations: ${started.status}`);
  }

  /**
   * Sends the next intake message; resolves when the POST answered (the server answers once the
   * bot's reply is stored), with `posted` then. Checks the reply with GET activities afterwards
   * (as Direct Line's polling clients do).
   */
  async step(posted: () => void): Promise<void> {
    const text = this.script[this.sent.length];
    const res = await request(this.agent, this.base, 'POST', `/v3/directline/conversations/${this.conversationId}/activities`, this.auth(), JSON.stringify({ type: 'message', text }));
    posted();
    if (res.status !== 200) throw new Error(`POST activities: ${res.status}`);
    const id = (JSON.parse(res.body) as { id: string }).id;
    this.sent.push(id);
    if (!POLL) return;
    const poll = await request(this.agent, this.base, 'GET', `/v3/directline/conversations/${this.conversationId}/activities?watermark=${this.watermark}`, this.auth());
    if (poll.status !== 200) throw new Error(`GET activities: ${poll.status}`);
    const body = JSON.parse(poll.body) as { activities: Activity[]; watermark: string };
    this.watermark = body.watermark;
    if (!body.activities.some((a) => a.replyToId === id && a.from.id !== this.userId)) throw new Error(`no reply to step ${this.sent.length}`);
  }

  /**
   * The whole history, read (possibly through another instance) once the seeker is done: every
   * message sent must be there once, with as many bot replies as `expected[step]` says.
   */
  async check(checker: http.Agent, base: URL, expected: readonly number[]): Promise<Tally> {
    const tally = { lost: 0, duplicated: 0 };
    if (this.sent.length === 0) return tally;
    const res = await request(checker, base, 'GET', `/v3/directline/conversations/${this.conversationId}/activities`, this.auth());
    if (res.status !== 200) return { lost: this.sent.length, duplicated: 0 };
    const activities = (JSON.parse(res.body) as { activities: Activity[] }).activities;
    this.sent.forEach((id, step) => {
      const own = activities.filter((a) => a.id === id).length;
      const replies = activities.filter((a) => a.replyToId === id && a.from.id !== this.userId).length;
      if (own === 0 || replies < expected[step]) tally.lost++;
      else if (own > 1 || replies > expected[step]) tally.duplicated++;
    });
    return tally;
  }

  /** Bot replies per message sent, by step: the reference for other seekers' checks. */
  async replyCounts(): Promise<number[]> {
    const res = await request(this.agent, this.base, 'GET', `/v3/directline/conversations/${this.conversationId}/activities`, this.auth());
    const activities = (JSON.parse(res.body) as { activities: Activity[] }).activities;
    return this.sent.map((id) => activities.filter((a) => a.replyToId === id && a.from.id !== this.userId).length);
  }

  close(): void {
    this.agent.destroy();
  }

  private auth(): http.OutgoingHttpHeaders {
    return { authorization: `Bearer ${this.token}` };
  }
}
