// POST /api/messages, the Bot Framework endpoint (Teams, Azure channels, the Emulator). Before a
// turn runs, in this order: is the endpoint on, and (without an app id) is the caller this machine;
// requests per client address; a well-formed activity; the Bot Framework JWT; a channel that
// belongs here, with an allow-listed serviceUrl; activities per conversation; and the
// conversation id not belonging to another channel. Each refusal is a coded 4xx (src/errors.ts).
import crypto from 'node:crypto';
import type { ActivityHandler, Activity } from 'botbuilder';
import type { Request, Response, Server } from 'restify';
import { z } from 'zod';
import { clientAddress, isLoopback, type TrustedProxies } from '../clientAddress';
import { sendApiError } from '../channels/http';
import { nextTurnSlot } from '../channels/turnGate';
import { isDatabaseUnavailable, type Db } from '../db/client';
import { ConversationChannelMismatch, storedChannel } from '../db/conversations';
import type { Limiter, RateLimits } from '../db/rateLimits';
import { ApiError, type ErrorCode } from '../errors';
import { ServiceUrlNotAllowedError, type WerkloketCloudAdapter } from './cloudAdapter';

export interface ApiMessagesOptions {
  adapter: WerkloketCloudAdapter;
  bot: ActivityHandler;
  db: Db;
  rateLimits: RateLimits;
  trustedProxies: TrustedProxies;
  /** EMULATOR_MODE: without an app id, loopback callers only. */
  emulatorMode: boolean;
  limits: { messagesPerMinute: number; requestsPerMinute: number };
}

/** What /api/messages needs of an activity before anything else reads it; the rest passes through. */
const InboundActivitySchema = z
  .object({
    type: z.string().min(1),
    channelId: z.string().min(1),
    serviceUrl: z.string().min(1),
    conversation: z.object({ id: z.string().min(1) }).passthrough(),
  })
  .passthrough();

const LOGGED_REFUSALS = new Set<ErrorCode>(['EMULATOR_LOOPBACK_ONLY', 'CHANNEL_NOT_ALLOWED', 'SERVICE_URL_NOT_ALLOWED', 'CONVERSATION_CHANNEL_MISMATCH']);

/** Channels with endpoints of their own: their conversations are never reached from here. */
const OWN_ENDPOINT_CHANNELS = new Set(['directline', 'whatsapp']);

export function registerApiMessages(server: Server, o: ApiMessagesOptions): void {
  const perAddress = o.rateLimits.limiter({ name: 'bf-address', points: o.limits.requestsPerMinute, windowSeconds: 60 });
  const perConversation = o.rateLimits.limiter({ name: 'bf-conversation', points: o.limits.messagesPerMinute, windowSeconds: 60 });

  server.post('/api/messages', async (req: Request, res: Response) => {
    try {
      admitCaller(req, o);
      await consume(perAddress, clientAddress(req, o.trustedProxies), res);
      const activity = parseActivity(req.body);
      const authenticated = await authenticate(o.adapter, activity, req);
      if (OWN_ENDPOINT_CHANNELS.has(activity.channelId.trim().toLowerCase())) throw new ApiError('CHANNEL_NOT_ALLOWED');
      if (!o.adapter.allowsServiceUrl(activity.serviceUrl)) throw new ApiError('SERVICE_URL_NOT_ALLOWED');
      await consume(perConversation, conversationKey(activity), res);
      await requireOwnChannel(o.db, activity);
      await nextTurnSlot(); // let new connections in between turns (src/channels/turnGate.ts)
      const invoke = await o.adapter.runTurn(authenticated, activity, (context) => o.bot.run(context));
      if (invoke?.body !== undefined) res.send(invoke.status, invoke.body);
      else {
        res.status(invoke?.status ?? 200);
        res.end();
      }
    } catch (error) {
      const refusal = asApiError(error);
      // What an operator should see: someone tried to steer the bot elsewhere (no message content).
      if (refusal instanceof ApiError && LOGGED_REFUSALS.has(refusal.code)) req.log?.warn({ code: refusal.code }, '/api/messages refused');
      sendApiError(req, res, refusal);
    }
  });
}

/** Off without an app id unless EMULATOR_MODE; in EMULATOR_MODE only the socket peer counts, no header. */
function admitCaller(req: Request, o: ApiMessagesOptions): void {
  if (o.adapter.authEnabled) return;
  if (!o.emulatorMode) throw new ApiError('BOT_ENDPOINT_OFF');
  if (!isLoopback(req.socket.remoteAddress)) throw new ApiError('EMULATOR_LOOPBACK_ONLY');
}

function parseActivity(body: unknown): Activity {
  const parsed = InboundActivitySchema.safeParse(body);
  if (!parsed.success) {
    throw new ApiError('BAD_REQUEST', 'Expected a Bot Framework activity: a JSON object with "type", "channelId", "serviceUrl" and "conversation.id".');
  }
  return parsed.data as unknown as Activity;
}

async function authenticate(adapter: WerkloketCloudAdapter, activity: Activity, req: Request) {
  const header = req.headers.authorization;
  try {
    return await adapter.authenticate(activity, typeof header === 'string' ? header : '');
  } catch (error) {
    // botbuilder's AuthenticationError carries a status code; anything else is ours (e.g. no network).
    if (typeof (error as { statusCode?: unknown }).statusCode === 'number') throw new ApiError('BOT_TOKEN_INVALID');
    req.log?.warn({ err: error }, 'bot framework authentication failed');
    throw new ApiError('UNAVAILABLE');
  }
}

/** A digest, not the id: the shared RateLimit table should not list who is chatting. */
function conversationKey(activity: Activity): string {
  return crypto.createHash('sha256').update(`${activity.channelId}\n${activity.conversation.id}`).digest('base64url').slice(0, 32);
}

async function consume(limiter: Limiter, key: string, res: Response): Promise<void> {
  const result = await limiter.consume(key);
  if (result.allowed) return;
  res.header('Retry-After', String(Math.ceil(result.retryAfterMs / 1000)));
  throw new ApiError('RATE_LIMITED');
}

/**
 * Refused before the turn when the id is another channel's conversation. When the database cannot be
 * read the turn goes on: the transcript store refuses the same write, and the seeker hears "try again".
 */
async function requireOwnChannel(db: Db, activity: Activity): Promise<void> {
  let stored: string | undefined;
  try {
    stored = await storedChannel(db, activity.conversation.id);
  } catch (error) {
    if (isDatabaseUnavailable(error)) return;
    throw error;
  }
  if (stored !== undefined && stored !== activity.channelId) throw new ApiError('CONVERSATION_CHANNEL_MISMATCH');
}

function asApiError(error: unknown): unknown {
  if (error instanceof ServiceUrlNotAllowedError) return new ApiError('SERVICE_URL_NOT_ALLOWED');
  if (error instanceof ConversationChannelMismatch) return new ApiError('CONVERSATION_CHANNEL_MISMATCH');
  return error;
}
