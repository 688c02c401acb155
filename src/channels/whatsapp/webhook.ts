// /api/whatsapp, the webhook Meta calls.
//   GET  ?hub.mode=subscribe&hub.verify_token=…&hub.challenge=… → the challenge as plain text
//        (403 for a wrong token): Meta's one-time check when the webhook URL is saved.
//   POST with X-Hub-Signature-256 over the raw body (restify's bodyParser keeps req.rawBody):
//        401 and nothing processed when unsigned or forged; 200 once every message was taken in;
//        503 when a message could not be taken in, so Meta delivers it again.
// Without WhatsApp configuration both answer 503 WHATSAPP_DISABLED.
import type { Request, Response, Server } from 'restify';
import { ApiError } from '../../errors';
import { sendApiError } from '../http';
import type { WhatsAppChannel } from './channel';
import { WebhookBodySchema } from './inbound';
import { sameToken, validSignature } from './signature';

export const WHATSAPP_PATH = '/api/whatsapp';

export function registerWhatsAppRoutes(server: Server, channel: WhatsAppChannel | undefined): void {
  // restify 11 accepts two-argument handlers only when they are async.
  server.get(WHATSAPP_PATH, async (req: Request, res: Response) => {
    if (!channel) return sendApiError(req, res, new ApiError('WHATSAPP_DISABLED'));
    const query = (req.query ?? {}) as Record<string, unknown>;
    const challenge = query['hub.challenge'];
    if (query['hub.mode'] !== 'subscribe' || !sameToken(query['hub.verify_token'], channel.config.verifyToken) || typeof challenge !== 'string') {
      return sendApiError(req, res, new ApiError('VERIFY_TOKEN_INVALID'));
    }
    res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' });
    res.end(challenge);
  });

  server.post(WHATSAPP_PATH, async (req: Request, res: Response) => {
    if (!channel) return sendApiError(req, res, new ApiError('WHATSAPP_DISABLED'));
    const raw = (req as Request & { rawBody?: Buffer | string }).rawBody;
    if (!validSignature(raw, req.headers['x-hub-signature-256'], channel.config.appSecret)) {
      req.log?.warn('whatsapp webhook with a missing or wrong signature');
      return sendApiError(req, res, new ApiError('SIGNATURE_INVALID'));
    }
    const parsed = WebhookBodySchema.safeParse(req.body);
    if (!parsed.success) {
      // Signed by Meta but not a shape we know (another webhook field): accept, nothing to do.
      req.log?.warn({ issues: parsed.error.issues.length }, 'whatsapp webhook body not understood');
      return res.send(200, { ok: true });
    }
    try {
      const result = await channel.handle(parsed.data);
      if (result.failed) return sendApiError(req, res, new ApiError('UNAVAILABLE'));
      res.send(200, { ok: true, ...result });
    } catch (error) {
      sendApiError(req, res, error);
    }
  });
}
