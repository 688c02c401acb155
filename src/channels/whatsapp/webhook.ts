// /api/whatsapp, the webhook Meta calls.
//   GET  ?hub.mode=subscribe&hub.verify_token=…&hub.challenge=… → the challenge as plain text
//        (403 for a wrong token): Meta's one-time check when the webhook URL is saved.
//   POST with X-Hub-Signature-256 over the raw body (src/bot/bodyParser.ts keeps req.rawBody):
//        401 and nothing processed when unsigned or forged; 200 once every message was taken in
//        (odd, stale and repeated messages are skipped and counted); 503 when a message could not
//        be taken in, so Meta delivers it again.
// Without WhatsApp configuration both answer 503 WHATSAPP_DISABLED.
import type { Request, Response, Server } from 'restify';
import { ApiError } from '../../errors';
import { sendApiError } from '../http';
import type { WhatsAppChannel } from './channel';
import { WebhookBodySchema } from './inbound';
import { sameToken, validSignature } from './signature';

export const WHATSAPP_PATH = '/api/whatsapp';

// Handlers resolve to nothing: restify logs whatever an async handler returns (a response object
// holding the request body: a phone number and a message).
export function registerWhatsAppRoutes(server: Server, channel: WhatsAppChannel | undefined): void {
  // restify 11 accepts two-argument handlers only when they are async.
  server.get(WHATSAPP_PATH, async (req: Request, res: Response): Promise<void> => {
    if (!channel) {
      sendApiError(req, res, new ApiError('WHATSAPP_DISABLED'));
      return;
    }
    const query = (req.query ?? {}) as Record<string, unknown>;
    const challenge = query['hub.challenge'];
    if (query['hub.mode'] !== 'subscribe' || !sameToken(query['hub.verify_token'], channel.config.verifyToken) || typeof challenge !== 'string') {
      sendApiError(req, res, new ApiError('VERIFY_TOKEN_INVALID'));
      return;
    }
    res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' });
    res.end(challenge);
  });

  server.post(WHATSAPP_PATH, async (req: Request, res: Response): Promise<void> => {
    try {
      await receive(req, res, channel);
    } catch (error) {
      sendApiError(req, res, error);
    }
  });
}

async function receive(req: Request, res: Response, channel: WhatsAppChannel | undefined): Promise<void> {
  if (!channel) throw new ApiError('WHATSAPP_DISABLED');
  if (!validSignature((req as Request & { rawBody?: Buffer }).rawBody, req.headers['x-hub-signature-256'], channel.config.appSecret)) {
    req.log?.warn('whatsapp webhook with a missing or wrong signature');
    throw new ApiError('SIGNATURE_INVALID');
  }
  const parsed = WebhookBodySchema.safeParse(req.body);
  if (!parsed.success) {
    // Signed by Meta but not a shape we know (another webhook object): accept, nothing to do.
    req.log?.warn({ issues: parsed.error.issues.length }, 'whatsapp webhook body not understood');
    res.send(200, { ok: true });
    return;
  }
  const result = await channel.handle(parsed.data);
  if (result.failed) throw new ApiError('UNAVAILABLE');
  res.send(200, { ok: true, ...result });
}
