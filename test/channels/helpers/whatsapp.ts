// Webhook payloads as Meta sends them, signed, and a seeker who talks to the real server over
// them while a MockGraph records the answers.
import crypto from 'node:crypto';
import { sign } from '../../../src/channels/whatsapp/signature';
import type { GraphBody, MockGraph } from './mockGraph';

export const PHONE_NUMBER_ID = '109876543210987';
export const APP_SECRET = 'test-app-secret-0123456789abcdef';
export const VERIFY_TOKEN = 'verify-me-please';

export function whatsAppEnv(graph: MockGraph): Record<string, string> {
  return {
    WHATSAPP_VERIFY_TOKEN: VERIFY_TOKEN,
    WHATSAPP_APP_SECRET: APP_SECRET,
    WHATSAPP_PHONE_NUMBER_ID: PHONE_NUMBER_ID,
    WHATSAPP_ACCESS_TOKEN: 'test-access-token',
    WHATSAPP_GRAPH_URL: graph.url,
  };
}

export type WebhookMessage = Record<string, unknown> & { id: string };

export function webhookBody(messages: WebhookMessage[], extra: { statuses?: unknown[] } = {}) {
  return {
    object: 'whatsapp_business_account',
    entry: [
      {
        id: '102290129340398',
        changes: [
          {
            field: 'messages',
            value: {
              messaging_product: 'whatsapp',
              metadata: { display_phone_number: '31850000000', phone_number_id: PHONE_NUMBER_ID },
              contacts: messages.map((m) => ({ profile: { name: 'Test Seeker' }, wa_id: m.from })),
              messages,
              ...extra,
            },
          },
        ],
      },
    ],
  };
}

const wamid = () => `wamid.HBgL${crypto.randomBytes(12).toString('hex').toUpperCase()}`;
const now = () => String(Math.floor(Date.now() / 1000));

export const payloads = {
  text: (from: string, body: string, id = wamid()): WebhookMessage => ({ from, id, timestamp: now(), type: 'text', text: { body } }),
  buttonReply: (from: string, replyId: string, title: string, id = wamid()): WebhookMessage => ({
    from,
    id,
    timestamp: now(),
    type: 'interactive',
    interactive: { type: 'button_reply', button_reply: { id: replyId, title } },
  }),
  listReply: (from: string, rowId: string, title: string, id = wamid()): WebhookMessage => ({
    from,
    id,
    timestamp: now(),
    type: 'interactive',
    interactive: { type: 'list_reply', list_reply: { id: rowId, title } },
  }),
  audio: (from: string, id = wamid()): WebhookMessage => ({ from, id, timestamp: now(), type: 'audio', audio: { mime_type: 'audio/ogg; codecs=opus', sha256: 'x', id: '1234', voice: true } }),
  image: (from: string, id = wamid()): WebhookMessage => ({ from, id, timestamp: now(), type: 'image', image: { mime_type: 'image/jpeg', sha256: 'x', id: '5678' } }),
  location: (from: string, id = wamid()): WebhookMessage => ({ from, id, timestamp: now(), type: 'location', location: { latitude: 52.09, longitude: 5.12, name: 'Thuis' } }),
};

export async function postWebhook(baseUrl: string, body: unknown, signature: string | null = 'valid'): Promise<Response> {
  const raw = JSON.stringify(body);
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (signature === 'valid') headers['x-hub-signature-256'] = sign(raw, APP_SECRET);
  else if (signature !== null) headers['x-hub-signature-256'] = signature;
  return fetch(`${baseUrl}/api/whatsapp`, { method: 'POST', headers, body: raw });
}

/** One seeker on WhatsApp; each call returns what the Graph API received for them during it. */
export class WhatsAppSeeker {
  /** The last interactive message sent to this seeker: where a tap is answered from. */
  lastInteractive?: GraphBody;

  constructor(
    readonly baseUrl: string,
    readonly graph: MockGraph,
    readonly phone: string,
  ) {}

  async send(message: WebhookMessage): Promise<GraphBody[]> {
    const before = this.graph.requests.length;
    const res = await postWebhook(this.baseUrl, webhookBody([message]));
    if (res.status !== 200) throw new Error(`webhook answered ${res.status}: ${await res.text()}`);
    const replies = this.graph.requests.slice(before).filter((r) => r.status === 200 && r.body.to === this.phone).map((r) => r.body);
    // Only buttons and lists can be tapped (a link button opens a page instead).
    this.lastInteractive = replies.filter((r) => r.interactive?.type === 'button' || r.interactive?.type === 'list').at(-1) ?? this.lastInteractive;
    return replies;
  }

  say(text: string): Promise<GraphBody[]> {
    return this.send(payloads.text(this.phone, text));
  }

  /** Taps the button or list row whose title is `title`, on the last interactive message (or on `on`). */
  tap(title: string, on: GraphBody | undefined = this.lastInteractive): Promise<GraphBody[]> {
    const last = on?.interactive;
    if (!last) throw new Error('no buttons or list to tap');
    if (last.type === 'button') {
      const button = last.action.buttons!.find((b) => b.reply.title === title);
      if (!button) throw new Error(`no button "${title}" in ${JSON.stringify(last.action.buttons)}`);
      return this.send(payloads.buttonReply(this.phone, button.reply.id, button.reply.title));
    }
    const row = last.action.sections!.flatMap((s) => s.rows).find((r) => r.title === title);
    if (!row) throw new Error(`no row "${title}" in ${JSON.stringify(last.action.sections)}`);
    return this.send(payloads.listReply(this.phone, row.id, row.title));
  }
}
