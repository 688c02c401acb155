// The restify server and its routes. Composition happens in src/index.ts.
import restify, { type Request, type Response } from 'restify';
import type { DirectLineLimits } from '../config';
import { ApiError, ERRORS, RESTIFY_ERROR_CODES } from '../errors';
import type { CloudAdapter } from 'botbuilder';
import type { ActivityHandler } from 'botbuilder';
import { pingDb, type Db } from '../db/client';
import type { LinkStatus } from '../db/eventBus';
import type { Logger } from '../logger';
import type { RateLimits } from '../db/rateLimits';
import type { TrustedProxies } from '../clientAddress';
import { registerDirectLineRoutes } from '../channels/directline/routes';
import type { DirectLineService } from '../channels/directline/service';
import { registerWebPage } from './webPage';
import { registerAdvisorRoutes, type AdvisorRouteDeps } from '../advisor/routes';
import { registerConsolePage } from '../advisor/consolePage';
import type { WhatsAppChannel } from '../channels/whatsapp/channel';
import { registerWhatsAppRoutes } from '../channels/whatsapp/webhook';

export interface ServerDeps {
  db: Db;
  logger: Logger;
  bot: ActivityHandler;
  cloudAdapter: CloudAdapter;
  directLine: DirectLineService;
  provider: 'sqlite' | 'postgresql';
  limits: DirectLineLimits;
  rateLimits: RateLimits;
  trustedProxies: TrustedProxies;
  publicUrl?: string;
  /** The advisor console and its API (/advisor). */
  advisor?: AdvisorRouteDeps;
  /** WhatsApp Cloud API webhook (/api/whatsapp); absent: the webhook answers 503. */
  whatsApp?: WhatsAppChannel;
  /** The link between instances (src/db/eventBus.ts), reported by /healthz. */
  events?: { status(): LinkStatus };
}

export function createServer(deps: ServerDeps): restify.Server {
  const server = restify.createServer({ name: 'werkloket', handleUncaughtExceptions: false });
  // Keep idle connections longer than a load balancer's idle timeout (often 60 s) and than clients
  // expect: with Node's 5 s default, busy clients kept reconnecting, and some requests waited seconds.
  server.server.keepAliveTimeout = 65_000;
  server.server.headersTimeout = 66_000;
  server.use(restify.plugins.queryParser({ mapParams: false }));
  server.use(restify.plugins.bodyParser({ mapParams: false, maxBodySize: 256 * 1024 }));
  server.use((req, _res, next) => {
    // One id per request in every log line, no personal data.
    req.log = deps.logger.child({ reqId: req.id(), path: req.getPath() }) as unknown as typeof req.log;
    next();
  });

  server.get('/healthz', async (_req: Request, res: Response) => {
    const up = await pingDb(deps.db);
    // Only the link down: still 200 (this instance serves its seekers; streams back-fill from the
    // database when the link is back), but 'degraded', so monitoring sees it.
    const events = deps.events?.status() ?? 'local';
    const status = !up ? 'unavailable' : events === 'down' ? 'degraded' : 'ok';
    res.send(up ? 200 : 503, { status, database: { provider: deps.provider, status: up ? 'up' : 'down' }, events: { status: events } });
  });

  server.post('/api/messages', async (req: Request, res: Response) => {
    // The adapter answers a shapeless body with a 500; it is the sender's mistake: say so.
    const body = req.body as { type?: unknown } | undefined;
    if (typeof body !== 'object' || body === null || Array.isArray(body) || typeof body.type !== 'string') {
      res.send(400, new ApiError('BAD_REQUEST', 'Expected a Bot Framework activity: a JSON object with a "type".').toJSON());
      return;
    }
    await deps.cloudAdapter.process(req, res, (context) => deps.bot.run(context));
  });

  // restify's own errors (invalid JSON, unknown route, wrong method, too large) in our coded form.
  server.on('restifyError', (_req: Request, _res: Response, error: Error & { toJSON?: () => unknown }, callback: () => void) => {
    const code = RESTIFY_ERROR_CODES[error.name] ?? 'BAD_REQUEST';
    error.toJSON = () => ({ error: { code, message: code === 'INTERNAL' ? ERRORS.INTERNAL[1] : error.message } });
    callback();
  });

  registerDirectLineRoutes(server, deps.directLine, {
    limits: deps.limits,
    rateLimits: deps.rateLimits,
    trustedProxies: deps.trustedProxies,
    streamBase: (req) => streamBase(req, deps.publicUrl),
  });
  registerWhatsAppRoutes(server, deps.whatsApp);
  registerWebPage(server);
  if (deps.advisor) {
    registerAdvisorRoutes(server, deps.advisor);
    registerConsolePage(server);
  }
  return server;
}

function streamBase(req: Request, publicUrl?: string): string {
  if (publicUrl) return publicUrl.replace(/^http/, 'ws');
  const forwarded = String(req.headers['x-forwarded-proto'] ?? '').split(',')[0].trim();
  const secure = forwarded === 'https' || (req.socket as { encrypted?: boolean }).encrypted;
  return `${secure ? 'wss' : 'ws'}://${req.headers.host ?? 'localhost'}`;
}
