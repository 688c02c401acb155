// Outbound WhatsApp messages: POST {WHATSAPP_GRAPH_URL}/{phone-number-id}/messages. Rate limits
// (429), Meta's server errors (5xx) and network failures are retried with exponential backoff and
// full jitter, a bounded number of times (Retry-After is honoured when given). Other 4xx answers
// are final (e.g. 131047: the 24-hour window closed). Logs carry status and Meta's error code,
// never the phone number or the message.
import type { Logger } from '../../logger';
import type { WhatsAppMessage } from '../renderers/whatsapp';
import type { WhatsAppTemplate } from './template';

/** What the Graph API takes: a rendered message, or an approved template (outside the 24-hour window). */
export type OutboundMessage = WhatsAppMessage | { type: 'template'; template: WhatsAppTemplate };

export interface GraphClientOptions {
  graphUrl: string;
  phoneNumberId: string;
  accessToken: string;
  logger: Logger;
  /** Tries per message, the first included. */
  attempts?: number;
  baseDelayMs?: number;
  maxDelayMs?: number;
  timeoutMs?: number;
  sleep?: (ms: number) => Promise<void>;
}

export class GraphError extends Error {
  constructor(
    readonly status: number | undefined,
    readonly code: number | undefined,
    readonly retryable: boolean,
    message: string,
  ) {
    super(message);
    this.name = 'GraphError';
  }
}

export interface MessageSender {
  /** Sends one message to a phone number; returns Meta's message id (wamid). */
  send(to: string, message: WhatsAppMessage): Promise<string | undefined>;
  /** Sends an approved template (retried like send); returns Meta's message id. */
  sendTemplate?(to: string, template: WhatsAppTemplate): Promise<string | undefined>;
  /** Uploads a file (POST /{phone-number-id}/media); returns the media id for a document message. */
  upload?(file: { bytes: Buffer; filename: string; mime: string }): Promise<string>;
  /** Marks an inbound message read and shows "typing…" (Meta ends it at the reply or after 25 s). */
  typing?(inboundMessageId: string): Promise<void>;
}

export class GraphClient implements MessageSender {
  private readonly attempts: number;
  private readonly baseDelayMs: number;
  private readonly maxDelayMs: number;
  private readonly timeoutMs: number;
  private readonly sleep: (ms: number) => Promise<void>;

  constructor(private readonly o: GraphClientOptions) {
    this.attempts = o.attempts ?? 5;
    this.baseDelayMs = o.baseDelayMs ?? 300;
    this.maxDelayMs = o.maxDelayMs ?? 8_000;
    this.timeoutMs = o.timeoutMs ?? 15_000;
    this.sleep = o.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
  }

  /** One try (a failed upload falls back to the document's link): multipart, as the Cloud API wants. */
  async upload(file: { bytes: Buffer; filename: string; mime: string }): Promise<string> {
    const form = new FormData();
    form.append('messaging_product', 'whatsapp');
    form.append('type', file.mime);
    form.append('file', new Blob([new Uint8Array(file.bytes)], { type: file.mime }), file.filename);
    const res = await fetch(`${this.o.graphUrl}/${encodeURIComponent(this.o.phoneNumberId)}/media`, {
      method: 'POST',
      headers: { authorization: `Bearer ${this.o.accessToken}` },
      body: form,
      signal: AbortSignal.timeout(this.timeoutMs),
    });
    const json = (await res.json().catch(() => undefined)) as { id?: string; error?: { code?: number } } | undefined;
    if (!res.ok || typeof json?.id !== 'string') {
      this.o.logger.warn({ status: res.status, code: json?.error?.code }, 'whatsapp media upload failed');
      throw new GraphError(res.status, json?.error?.code, false, `Graph API media upload answered ${res.status}`);
    }
    return json.id;
  }

  /** One try, never retried: a late indicator is worse than none. */
  async typing(inboundMessageId: string): Promise<void> {
    const res = await fetch(`${this.o.graphUrl}/${encodeURIComponent(this.o.phoneNumberId)}/messages`, {
      method: 'POST',
      headers: { authorization: `Bearer ${this.o.accessToken}`, 'content-type': 'application/json' },
      body: JSON.stringify({ messaging_product: 'whatsapp', status: 'read', message_id: inboundMessageId, typing_indicator: { type: 'text' } }),
      signal: AbortSignal.timeout(this.timeoutMs),
    });
    if (!res.ok) this.o.logger.debug({ status: res.status }, 'whatsapp typing indicator refused');
  }

  sendTemplate(to: string, template: WhatsAppTemplate): Promise<string | undefined> {
    return this.send(to, { type: 'template', template });
  }

  async send(to: string, message: OutboundMessage): Promise<string | undefined> {
    const url = `${this.o.graphUrl}/${encodeURIComponent(this.o.phoneNumberId)}/messages`;
    const body = JSON.stringify({ messaging_product: 'whatsapp', recipient_type: 'individual', to, ...message });
    for (let attempt = 1; ; attempt++) {
      let error: GraphError;
      let retryAfterMs: number | undefined;
      try {
        const res = await fetch(url, {
          method: 'POST',
          headers: { authorization: `Bearer ${this.o.accessToken}`, 'content-type': 'application/json' },
          body,
          signal: AbortSignal.timeout(this.timeoutMs),
        });
        const json = (await res.json().catch(() => undefined)) as { messages?: { id?: string }[]; error?: { code?: number; type?: string } } | undefined;
        if (res.ok) return json?.messages?.[0]?.id;
        const retryable = res.status === 429 || res.status >= 500;
        error = new GraphError(res.status, json?.error?.code, retryable, `Graph API answered ${res.status}${json?.error?.code ? ` (code ${json.error.code})` : ''}`);
        const retryAfter = Number(res.headers.get('retry-after'));
        if (Number.isFinite(retryAfter) && retryAfter > 0) retryAfterMs = retryAfter * 1000;
      } catch (cause) {
        // Network error or timeout.
        error = new GraphError(undefined, undefined, true, `Graph API unreachable: ${(cause as Error).name}`);
      }
      const log = { status: error.status, code: error.code, attempt, type: message.type };
      if (!error.retryable || attempt >= this.attempts) {
        this.o.logger.error(log, 'whatsapp message not delivered');
        throw error;
      }
      const delayMs = Math.min(this.maxDelayMs, retryAfterMs ?? Math.random() * this.baseDelayMs * 2 ** (attempt - 1));
      this.o.logger.warn({ ...log, delayMs: Math.round(delayMs) }, 'whatsapp send failed; retrying');
      await this.sleep(delayMs);
    }
  }
}
