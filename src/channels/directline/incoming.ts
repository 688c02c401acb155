// What a website visitor may send to the Direct Line, reduced to an allow-list. Everything that
// steers where replies go or who is speaking (serviceUrl, channelId, conversation, recipient, from)
// is set by the server; a client's values for them are dropped before anything stores or reads them.
import { z } from 'zod';
import { ApiError } from '../../errors';

/** value and channelData: at most this deep (an object in an object … 5 levels) and this large. */
export const MAX_NESTING = 5;
export const MAX_JSON_BYTES = 16 * 1024;
const MAX_ATTACHMENTS = 5;
/** Watermarks are row ids (a 32-bit integer column on PostgreSQL). */
const MAX_WATERMARK = 2_147_483_647;

function depthOf(value: unknown, limit: number): number {
  if (typeof value !== 'object' || value === null) return 0;
  if (limit <= 0) return 1; // deeper than allowed: stop counting
  let deepest = 0;
  for (const child of Object.values(value)) deepest = Math.max(deepest, depthOf(child, limit - 1));
  return 1 + deepest;
}

/** Any JSON, within the nesting and size limits. */
const bounded = (what: string) =>
  z
    .unknown()
    .refine((v) => depthOf(v, MAX_NESTING) <= MAX_NESTING, `${what} is nested too deeply (at most ${MAX_NESTING} levels)`)
    .refine((v) => v === undefined || Buffer.byteLength(JSON.stringify(v) ?? '') <= MAX_JSON_BYTES, `${what} is larger than ${MAX_JSON_BYTES / 1024} kB`);

/** Of channelData only Web Chat's own message id is kept: it marks the message as sent, and a resend as the same message. */
const ChannelDataSchema = bounded('channelData').pipe(
  z
    .object({ clientActivityID: z.string().min(1).max(100).optional() })
    .optional()
    .transform((data) => (data?.clientActivityID ? { clientActivityID: data.clientActivityID } : undefined)),
);

/** A file's name and type, so the transcript shows that one was sent; never its content or a URL. */
const AttachmentSchema = z
  .object({ contentType: z.string().min(1).max(100), name: z.string().max(200).optional() })
  .transform(({ contentType, name }) => ({ contentType, ...(name === undefined ? {} : { name }) }));

const LocaleSchema = z.string().max(20).regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/, 'a language tag such as nl-NL');

/**
 * POST /conversations: DirectLineJS sends `{ locale }` (conversationStartProperties), so the
 * greeting comes in the website's language. Anything else, or an invalid tag, is ignored.
 */
export function startLocale(body: unknown): string | undefined {
  // Most clients send no locale: no schema run (a failing zod parse builds its issues, every time).
  const locale = typeof body === 'object' && body !== null && !Array.isArray(body) ? (body as { locale?: unknown }).locale : undefined;
  return typeof locale === 'string' && LocaleSchema.safeParse(locale).success ? locale : undefined;
}

/**
 * POST /conversations from the chat page opened with "/?code=ABCD-EFGH" (an employer's van werk
 * naar werk link): the code goes with the greeting, so the bot knows it on the first turn. Only
 * the code's shape is checked here; the bot looks it up.
 */
export function startGroupCode(body: unknown): string | undefined {
  const code = typeof body === 'object' && body !== null && !Array.isArray(body) ? (body as { groupCode?: unknown }).groupCode : undefined;
  return typeof code === 'string' && /^[A-Za-z0-9]{4}-?[A-Za-z0-9]{4}$/.test(code) ? code.toUpperCase() : undefined;
}

/**
 * What a client may post. Web Chat 4.18 posts messages (typed text, a button's value, uploads);
 * it sends typing and event activities only when the page enables them, which ours does not.
 * Unknown fields are dropped; `type` other than "message" is refused.
 */
export const IncomingActivitySchema = z.object({
  type: z.literal('message', { error: 'only "message" activities may be posted' }),
  text: z.string().optional(),
  locale: LocaleSchema.optional(),
  value: bounded('value').optional(),
  attachments: z.array(AttachmentSchema).max(MAX_ATTACHMENTS).optional(),
  channelData: ChannelDataSchema.optional(),
});
export type IncomingActivity = z.infer<typeof IncomingActivitySchema>;

/** A watermark from a query string: absent → 0; anything but a whole number in range → 400. */
export function parseWatermark(value: string | undefined): number {
  if (value === undefined || value === '') return 0;
  if (!/^\d{1,10}$/.test(value) || Number(value) > MAX_WATERMARK) throw new ApiError('WATERMARK_INVALID');
  return Number(value);
}

/** Conversation ids are issued by the server (16 base64url characters); anything else → 400. */
export function checkConversationId(id: string | undefined): string {
  if (typeof id !== 'string' || !/^[A-Za-z0-9_-]{1,64}$/.test(id)) throw new ApiError('CONVERSATION_ID_INVALID');
  return id;
}
