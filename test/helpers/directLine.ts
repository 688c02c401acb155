// A small Direct Line v3 client, speaking HTTP to the real server like Web Chat does.
import { WebSocket } from 'ws';

export interface Activity {
  id: string;
  type: string;
  text?: string;
  from: { id: string; role?: string };
  suggestedActions?: { actions: { title: string; value: unknown }[] };
  [key: string]: unknown;
}

export class DirectLineClient {
  watermark = '0';
  conversationId = '';
  token = '';
  /** The seeker cookie (name=value) the server set; sent again on generate, like a browser does. */
  cookie?: string;

  /** userId: the server issues it (see generate); passed here only to resume a known conversation. */
  constructor(
    readonly baseUrl: string,
    public userId = '',
  ) {}

  async generate(): Promise<this> {
    const res = await fetch(`${this.baseUrl}/v3/directline/tokens/generate`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(this.cookie ? { cookie: this.cookie } : {}) },
      body: '{}',
    });
    if (res.status !== 200) throw new Error(`generate: ${res.status}`);
    const body = (await res.json()) as { conversationId: string; token: string; userId: string };
    this.conversationId = body.conversationId;
    this.token = body.token;
    this.userId = body.userId;
    this.watermark = '0';
    this.cookie = res.headers.get('set-cookie')?.split(';')[0] ?? this.cookie;
    return this;
  }

  async start(): Promise<{ streamUrl: string; conversationId: string }> {
    const res = await this.request('POST', '/v3/directline/conversations');
    if (res.status !== 200 && res.status !== 201) throw new Error(`start: ${res.status}`);
    return (await res.json()) as { streamUrl: string; conversationId: string };
  }

  async say(text: string, extra: Record<string, unknown> = {}): Promise<Response> {
    return this.request('POST', `/v3/directline/conversations/${this.conversationId}/activities`, {
      type: 'message',
      from: { id: this.userId },
      text,
      ...extra,
    });
  }

  /** All activities after the last watermark; moves the watermark on. */
  async poll(): Promise<Activity[]> {
    const res = await this.request('GET', `/v3/directline/conversations/${this.conversationId}/activities?watermark=${this.watermark}`);
    if (res.status !== 200) throw new Error(`poll: ${res.status}`);
    const body = (await res.json()) as { activities: Activity[]; watermark: string };
    this.watermark = body.watermark;
    return body.activities;
  }

  /** Bot messages that arrived since the last poll. */
  async botReplies(): Promise<Activity[]> {
    return (await this.poll()).filter((a) => a.type === 'message' && a.from.id !== this.userId);
  }

  request(method: string, path: string, body?: unknown, token = this.token): Promise<Response> {
    return fetch(`${this.baseUrl}${path}`, {
      method,
      headers: { authorization: `Bearer ${token}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  }
}

/** Opens a conversation's WebSocket stream (as Web Chat does) and collects every activity pushed on it. */
export async function openStream(streamUrl: string): Promise<{ received: Activity[]; close(): void }> {
  const received: Activity[] = [];
  const ws = new WebSocket(streamUrl);
  ws.on('message', (data) => {
    if (String(data).trim()) received.push(...(JSON.parse(String(data)) as { activities: Activity[] }).activities);
  });
  await new Promise((resolve, reject) => ws.once('open', resolve).once('error', reject));
  return { received, close: () => ws.close() };
}
