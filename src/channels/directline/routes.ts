// HTTP mapping of the Direct Line v3 endpoints Web Chat uses (see ../shared/channels.md).
import type { Server, Request, Response } from 'restify';
import type { DirectLineLimits } from '../../config';
import { ApiError } from '../../errors';
import { RateLimiter } from '../rateLimiter';
import { clientAddress, type TrustedProxies } from '../../clientAddress';
import type { RateLimits } from '../../db/rateLimits';
import { DirectLineService, TokenRequestSchema } from './service';
import { bearer } from './tokens';
import { sendApiError } from '../http';

const BASE = '/v3/directline';

export interface DirectLineRouteOptions {
  limits: DirectLineLimits;
  /** ws(s)://host of this server as the client sees it. */
  streamBase: (req: Request) => string;
  /** Shared by every instance on PostgreSQL: tokens per client address, messages per conversation. */
  rateLimits: RateLimits;
  trustedProxies: TrustedProxies;
}

export function registerDirectLineRoutes(server: Server, service: DirectLineService, options: DirectLineRouteOptions): void {
  const tokenLimiter = options.rateLimits.limiter({ name: 'dl-token', points: options.limits.tokensPerMinute, windowSeconds: 60 });
  // Every request (polls too): a per-instance flood guard in memory, no database round trip.
  const ipLimiter = new RateLimiter(options.limits.requestsPerMinute, 60_000);
  const conversationLimiter = options.rateLimits.limiter({ name: 'dl-message', points: options.limits.messagesPerMinute, windowSeconds: 60 });
  const client = (req: Request) => clientAddress(req, options.trustedProxies);
  const handle =
    (fn: (req: Request, res: Response) => Promise<unknown>) =>
    async (req: Request, res: Response): Promise<void> => {
      try {
        if (!ipLimiter.take(client(req))) throw new ApiError('RATE_LIMITED');
        const body = await fn(req, res);
        if (!res.headersSent) res.send(200, body);
      } catch (error) {
        sendApiError(req, res, error);
      }
    };
  const auth = (req: Request, conversationId?: string) => service.authorize(bearer(req.headers.authorization), conversationId);

  server.post(`${BASE}/tokens/generate`, handle(async (req) => {
    if (!(await tokenLimiter.consume(client(req))).allowed) throw new ApiError('RATE_LIMITED');
    const parsed = TokenRequestSchema.safeParse(req.body ?? undefined);
    if (!parsed.success) throw new ApiError('BAD_REQUEST', 'Expected {"user": {"id": "..."}} or an empty body.');
    return service.generateToken(parsed.data?.user?.id);
  }));

  server.post(`${BASE}/tokens/refresh`, handle(async (req) => service.refresh(auth(req))));

  server.post(`${BASE}/conversations`, handle(async (req) => service.start(auth(req), options.streamBase(req))));

  server.get(`${BASE}/conversations/:id`, handle(async (req) => {
    const claims = auth(req, req.params.id);
    return service.reconnect(claims, options.streamBase(req), queryString(req, 'watermark'));
  }));

  server.post(`${BASE}/conversations/:id/activities`, handle(async (req) => {
    const claims = auth(req, req.params.id);
    if (!(await conversationLimiter.consume(claims.c)).allowed) {
      // Also said in the chat, kindly: a person who types this fast may be stuck or pasting.
      service.tellTooFast(claims.c, (req.body as { locale?: string } | undefined)?.locale);
      throw new ApiError('RATE_LIMITED', 'Too many messages in this conversation. Please wait a moment.');
    }
    return service.post(claims, req.body);
  }));

  server.get(`${BASE}/conversations/:id/activities`, handle(async (req) => {
    const claims = auth(req, req.params.id);
    return service.activities(claims.c, queryString(req, 'watermark'));
  }));
}

function queryString(req: Request, name: string): string | undefined {
  const value = (req.query as Record<string, unknown> | undefined)?.[name];
  return typeof value === 'string' ? value : undefined;
}
