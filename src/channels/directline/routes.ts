// HTTP mapping of the Direct Line v3 endpoints Web Chat uses (see ../shared/channels.md).
import type { Server, Request, Response } from 'restify';
import type { DirectLineLimits } from '../../config';
import { ApiError } from '../../errors';
import { RateLimiter } from '../rateLimiter';
import { clientAddress, type TrustedProxies } from '../../clientAddress';
import type { RateLimits } from '../../db/rateLimits';
import { DirectLineService, TokenRequestSchema } from './service';
import { bearer } from './tokens';
import { checkConversationId, startGroupCode, startLocale } from './incoming';
import { readCookie, SEEKER_COOKIE } from './seekerCookie';
import { isHttps, sendApiError } from '../http';
import { JsonText } from './jsonText';
import { requestHost } from './siteHost';

const BASE = '/v3/directline';

export interface DirectLineRouteOptions {
  limits: DirectLineLimits;
  /** ws(s)://host of this server as the client sees it. */
  streamBase: (req: Request) => string;
  /** Shared by every instance on PostgreSQL: tokens per client address, messages per conversation. */
  rateLimits: RateLimits;
  trustedProxies: TrustedProxies;
  /** PUBLIC_URL: an https one makes the seeker cookie Secure behind a TLS-terminating proxy. */
  publicUrl?: string;
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
        if (res.headersSent) return;
        if (body instanceof JsonText) body.send(res);
        else res.send(200, body);
      } catch (error) {
        sendApiError(req, res, error);
      }
    };
  const auth = (req: Request, conversationId?: string) => service.authorize(bearer(req.headers.authorization), conversationId);
  const conversation = (req: Request) => auth(req, checkConversationId(req.params.id));
  const secure = (req: Request) => isHttps(req, options.publicUrl);

  // A returning seeker's cookie names their seeker id; the answer renews it (or issues a first one).
  server.post(`${BASE}/tokens/generate`, handle(async (req, res) => {
    if (!(await tokenLimiter.consume(client(req))).allowed) throw new ApiError('RATE_LIMITED');
    const parsed = TokenRequestSchema.safeParse(req.body ?? undefined);
    if (!parsed.success) throw new ApiError('BAD_REQUEST', 'Expected an empty body or a JSON object.');
    const seekers = service.seekers;
    const issued = await service.generateToken(seekers.verify(readCookie(req, SEEKER_COOKIE)));
    res.header('Set-Cookie', seekers.header(seekers.value(issued.userId), secure(req)));
    res.header('Cache-Control', 'no-store');
    return issued;
  }));

  server.post(`${BASE}/tokens/refresh`, handle(async (req, res) => {
    res.header('Cache-Control', 'no-store');
    return service.refresh(auth(req));
  }));

  // "Gesprek afsluiten" (a shared computer): the cookie is cleared whatever happens next, then the
  // conversation (named by its token) is ended.
  server.post(`${BASE}/session/end`, handle(async (req, res) => {
    res.header('Set-Cookie', service.seekers.cleared(secure(req)));
    return service.end(auth(req));
  }));

  // The Host header, not any field of the body: which region's website this is (src/bot/regionTurn.ts).
  server.post(`${BASE}/conversations`, handle(async (req) => service.start(auth(req), options.streamBase(req), startLocale(req.body), startGroupCode(req.body), requestHost(req.headers))));

  server.get(`${BASE}/conversations/:id`, handle(async (req) => {
    const claims = conversation(req);
    return service.reconnect(claims, options.streamBase(req), queryString(req, 'watermark'));
  }));

  server.post(`${BASE}/conversations/:id/activities`, handle(async (req) => {
    const claims = conversation(req);
    if (!(await conversationLimiter.consume(claims.c)).allowed) {
      // Also said in the chat, kindly: a person who types this fast may be stuck or pasting.
      service.tellTooFast(claims.c, (req.body as { locale?: string } | undefined)?.locale);
      throw new ApiError('RATE_LIMITED', 'Too many messages in this conversation. Please wait a moment.');
    }
    return service.post(claims, req.body);
  }));

  server.get(`${BASE}/conversations/:id/activities`, handle(async (req) => {
    const claims = conversation(req);
    return service.activities(claims.c, queryString(req, 'watermark'));
  }));
}

/** A query parameter given twice (?watermark=1&watermark=2) arrives as an array: malformed, 400. */
function queryString(req: Request, name: string): string | undefined {
  const value = (req.query as Record<string, unknown> | undefined)?.[name];
  if (value === undefined || typeof value === 'string') return value;
  throw new ApiError(name === 'watermark' ? 'WATERMARK_INVALID' : 'BAD_REQUEST');
}
