// The webhook body Meta sends (object "whatsapp_business_account"), read piece by piece: every
// entry, change, message and status is checked on its own, so one odd item (a new message type,
// a missing field) never costs the valid messages beside it. What cannot be read is only counted,
// with its type name at most: never its content. Reference: Cloud API webhooks, "messages" field.
import { z } from 'zod';

/** The outer shape only; entries are read one by one (see readDelivery). */
export const WebhookBodySchema = z.looseObject({ object: z.string(), entry: z.array(z.unknown()) });
export type WebhookBody = z.infer<typeof WebhookBodySchema>;

const EntrySchema = z.looseObject({ changes: z.array(z.unknown()) });
const ChangeSchema = z.looseObject({
  field: z.string(),
  value: z.looseObject({ messages: z.array(z.unknown()).optional(), statuses: z.array(z.unknown()).optional() }),
});

const MessageSchema = z.looseObject({
  from: z.string().regex(/^\+?\d{6,20}$/),
  id: z.string().min(1).max(200),
  /** Seconds since the epoch, as Meta sends it: a string of digits. */
  timestamp: z.string().regex(/^\d{1,12}$/),
  type: z.string().min(1).max(100),
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

export type WebhookMessage = z.infer<typeof MessageSchema>;
export type WebhookStatus = z.infer<typeof StatusSchema>;

export const UnsupportedKindSchema = z.enum(['audio', 'image', 'location', 'other']);
export type UnsupportedKind = z.infer<typeof UnsupportedKindSchema>;

interface InboundBase {
  /** Meta's message id (wamid). It encodes the sender's number: never store or log it as it is. */
  id: string;
  phone: string;
  timestamp: Date;
}
export type Inbound = InboundBase &
  (
    | { kind: 'text'; text: string; via: 'text' | 'button_reply' | 'list_reply' | 'button'; /** A template quick reply's payload. */ payload?: string }
    | { kind: 'unsupported'; unsupported: UnsupportedKind; type: string }
  );

export interface Delivery {
  messages: Inbound[];
  statuses: WebhookStatus[];
  /** Entries, changes, messages and statuses that could not be read. */
  malformed: number;
  /** Type names of messages that were read but that the bot does not know (for the log). */
  unknownTypes: string[];
}

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
/** Types the bot understands (text) or answers kindly (media): anything else is counted as unknown. */
const KNOWN = new Set(['text', 'interactive', 'button', 'unsupported', ...Object.keys(MEDIA), ...SILENT]);

/** The readable messages and statuses of a webhook body, in order, and a count of the rest. */
export function readDelivery(body: WebhookBody): Delivery {
  const delivery: Delivery = { messages: [], statuses: [], malformed: 0, unknownTypes: [] };
  for (const rawEntry of body.entry) {
    const entry = EntrySchema.safeParse(rawEntry);
    if (!entry.success) {
      delivery.malformed++;
      continue;
    }
    for (const rawChange of entry.data.changes) {
      const change = ChangeSchema.safeParse(rawChange);
      if (!change.success) delivery.malformed++;
      else if (change.data.field === 'messages') readChange(change.data.value, delivery);
    }
  }
  return delivery;
}

function readChange(value: z.infer<typeof ChangeSchema>['value'], delivery: Delivery): void {
  for (const raw of value.statuses ?? []) {
    const status = StatusSchema.safeParse(raw);
    if (status.success) delivery.statuses.push(status.data);
    else delivery.malformed++;
  }
  for (const raw of value.messages ?? []) {
    const message = MessageSchema.safeParse(raw);
    const inbound = message.success ? toInbound(message.data) : 'malformed';
    if (inbound === 'malformed') delivery.malformed++;
    else if (inbound) delivery.messages.push(inbound);
    if (message.success && !KNOWN.has(message.data.type)) delivery.unknownTypes.push(typeName(message.data.type));
  }
}

function toInbound(m: WebhookMessage): Inbound | undefined | 'malformed' {
  const base = { id: m.id, phone: m.from.replace(/^\+/, ''), timestamp: new Date(Number(m.timestamp) * 1000) };
  if (m.type === 'text') return m.text ? { ...base, kind: 'text', text: m.text.body, via: 'text' } : 'malformed';
  // Our buttons and rows carry the full label as their id (see renderers/whatsapp.ts).
  if (m.type === 'interactive' && m.interactive?.button_reply) return { ...base, kind: 'text', text: m.interactive.button_reply.id, via: 'button_reply' };
  if (m.type === 'interactive' && m.interactive?.list_reply) return { ...base, kind: 'text', text: m.interactive.list_reply.id, via: 'list_reply' };
  // A template's quick reply: its title is what the seeker pressed, its payload what it answers.
  if (m.type === 'button') return m.button ? { ...base, kind: 'text', text: m.button.text, via: 'button', ...(m.button.payload ? { payload: m.button.payload } : {}) } : 'malformed';
  if (SILENT.has(m.type)) return undefined;
  return { ...base, kind: 'unsupported', unsupported: MEDIA[m.type] ?? 'other', type: typeName(m.type) };
}

/** A type name fit for a log line: Meta's are short snake_case words; anything else is not logged. */
function typeName(type: string): string {
  return /^[a-z_]{1,32}$/.test(type) ? type : '(invalid)';
}

/** What the transcript (and an advisor holding the chat) sees instead of the media itself. */
export const PLACEHOLDER: Record<UnsupportedKind, string> = {
  audio: '[spraakbericht]',
  image: '[foto, video of bestand]',
  location: '[locatie]',
  other: '[bericht dat de bot niet kan lezen]',
};
