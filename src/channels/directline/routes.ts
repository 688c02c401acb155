// HTTP mapping of the Direct Line v3 endpoints Web Chat uses (see ../shared/channels.md).
import type { Server, Request, Response } from 'restify';
import { ApiError } from '../../errors';
import { RateLimiter } from '../rateLimiter';
import { DirectLineService, TokenRequestSchema } from './service';
import { bearer } from './tokens';
import { sendApiError } from '../http';

const BASE = '/v3/directline';

export interface DirectLineRouteOptions {
  tokensPerMinute: number;
  /** ws(s)://host of this server as the client sees it. */
  streamBase: (req: Request) => string;
}

export function registerDirectLineRoutes(server: Server, service: DirectLineService, options: DirectLineRouteOptions): void {
  const tokenLimiter = new RateLimiter(options.tokensPerMinute, 60_000);
  const handle =
    (fn: (req: Request, res: Response) => Promise<unknown>) =>
    async (req: Request, res: Response): Promise<void> => {
      try {
        const body = await fn(req, res);
        if (!res.headersSent) res.send(200, body);
      } catch (error) {
        sendApiError(req, res, error);
      }
    };
  const auth = (req: Request, conversationId?: string) => service.authorize(bearer(req.headers.authorization), conversationId);

  server.post(`${BASE}/tokens/generate`, handle(async (req) => {
    if (!tokenLimiter.take(req.socket.remoteAddress ?? 'unknown')) throw new ApiError('RATE_LIMITED');
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

  server.post(`${BASE}/conversations/:id/activities`, handle(async (req) => service.post(auth(req, req.params.id), req.body)));

  server.get(`${BASE}/conversations/:id/activities`, handle(async (req) => {
    const claims = auth(req, req.params.id);
    return service.activities(claims.c, queryString(req, 'watermark'));
  }));
}

function queryString(req: Request, name: string): string | undefined {
  const value = (req.query as Record<string, unknown> | undefined)?.[name];
  return typeof value === 'string' ? value : undefined;
}
