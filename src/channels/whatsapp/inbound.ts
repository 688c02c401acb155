// The webhook body Meta sends (object "whatsapp_business_account"), as zod schemas, and its
// messages as the few kinds the bot acts on. Unknown fields pass; delivery statuses are only
// counted for the log. Reference: Cloud API webhooks, "messages" field.
import { z } from 'zod';

const MessageSchema = z.looseObject({
  from: z.string().regex(/^\+?\d{6,20}$/),
  id: z.string().min(1).max(200),
  timestamp: z.string().optional(),
  type: z.string(),
  text: z.object({ body: z.string() }).optional(),
  interactive: z
    .looseObject({
      type: z.string(),
      button_reply: z.object({ id: z.string(), title: z.string() }).optional(),
      list_reply: z.object({ id: z.string(), title: z.string(), description: z.string().optional() }).optional(),
    })
    .optional(),
  /** Quick-reply button of a template message. */
  button: z.object({ text: z.string(), payload: z.string().optional() }).optional(),
});

const StatusSchema = z.looseObject({
  id: z.string(),
  status: z.string(),
  errors: z.array(z.looseObject({ code: z.number().optional(), title: z.string().optional() })).optional(),
});

const ValueSchema = z.looseObject({
  messaging_product: z.string().optional(),
  metadata: z.looseObject({ phone_number_id: z.string() }).optional(),
  messages: z.array(MessageSchema).optional(),
  statuses: z.array(StatusSchema).optional(),
});

export const WebhookBodySchema = z.looseObject({
  object: z.string(),
  entry: z.array(z.looseObject({ id: z.string().optional(), changes: z.array(z.looseObject({ field: z.string(), value: ValueSchema })) })),
});
export type WebhookBody = z.infer<typeof WebhookBodySchema>;
export type WebhookMessage = z.infer<typeof MessageSchema>;
export type WebhookStatus = z.infer<typeof StatusSchema>;

export const UnsupportedKindSchema = z.enum(['audio', 'image', 'location', 'other']);
export type UnsupportedKind = z.infer<typeof UnsupportedKindSchema>;

export type Inbound =
  | { kind: 'text'; id: string; phone: string; timestamp?: Date; text: string; via: 'text' | 'button_reply' | 'list_reply' | 'button' }
  | { kind: 'unsupported'; id: string; phone: string; timestamp?: Date; unsupported: UnsupportedKind; type: string };

const MEDIA: Record<string, UnsupportedKind> = {
  audio: 'audio',
  voice: 'audio',
  image: 'image',
  video: 'image',
  sticker: 'image',
  document: 'image',
  location: 'location',
};
/** Types that need no answer at all: an emoji reaction to one of our messages, system notices. */
const SILENT = new Set(['reaction', 'system', 'ephemeral', 'request_welcome']);

/** The messages of a webhook body, in order; statuses and silent types are left out. */
export function inboundMessages(body: WebhookBody): { messages: Inbound[]; statuses: WebhookStatus[] } {
  const messages: Inbound[] = [];
  const statuses: WebhookStatus[] = [];
  for (const entry of body.entry) {
    for (const change of entry.changes) {
      if (change.field !== 'messages') continue;
      statuses.push(...(change.value.statuses ?? []));
      for (const m of change.value.messages ?? []) {
        const inbound = toInbound(m);
        if (inbound) messages.push(inbound);
      }
    }
  }
  return { messages, statuses };
}

function toInbound(m: WebhookMessage): Inbound | undefined {
  const base = { id: m.id, phone: m.from.replace(/^\+/, ''), timestamp: m.timestamp ? new Date(Number(m.timestamp) * 1000) : undefined };
  if (m.type === 'text' && m.text) return { ...base, kind: 'text', text: m.text.body, via: 'text' };
  // Our buttons and rows carry the full label as their id (see renderers/whatsapp.ts).
  if (m.type === 'interactive' && m.interactive?.button_reply) return { ...base, kind: 'text', text: m.interactive.button_reply.id, via: 'button_reply' };
  if (m.type === 'interactive' && m.interactive?.list_reply) return { ...base, kind: 'text', text: m.interactive.list_reply.id, via: 'list_reply' };
  if (m.type === 'button' && m.button) return { ...base, kind: 'text', text: m.button.text, via: 'button' };
  if (SILENT.has(m.type)) return undefined;
  return { ...base, kind: 'unsupported', unsupported: MEDIA[m.type] ?? 'other', type: m.type };
}

/** What the transcript (and an advisor holding the chat) sees instead of the media itself. */
export const PLACEHOLDER: Record<UnsupportedKind, string> = {
  audio: '[spraakbericht]',
  image: '[foto, video of bestand]',
  location: '[locatie]',
  other: '[bericht dat de bot niet kan lezen]',
};
