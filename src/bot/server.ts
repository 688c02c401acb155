// The restify server and its routes. Composition happens in src/index.ts.
import restify, { type Request, type Response } from 'restify';
import type { DirectLineLimits } from '../config';
import { ERRORS, RESTIFY_ERROR_CODES } from '../errors';
import type { ActivityHandler } from 'botbuilder';
import { pingDb, type Db } from '../db/client';
import type { Logger } from '../logger';
import type { RateLimits } from '../db/rateLimits';
import type { TrustedProxies } from '../clientAddress';
import { registerDirectLineRoutes } from '../channels/directline/routes';
import type { DirectLineService } from '../channels/directline/service';
import { registerWebPage } from './webPage';
import { registerApiMessages, type ApiMessagesOptions } from './apiMessages';
import type { WerkloketCloudAdapter } from './cloudAdapter';
import { jsonBodyParser } from './bodyParser';
import { registerAdvisorRoutes, type AdvisorRouteDeps } from '../advisor/routes';
import { registerConsolePage } from '../advisor/consolePage';
import type { WhatsAppChannel } from '../channels/whatsapp/channel';
import { registerWhatsAppRoutes } from '../channels/whatsapp/webhook';

export interface ServerDeps {
  db: Db;
  logger: Logger;
  bot: ActivityHandler;
  cloudAdapter: WerkloketCloudAdapter;
  /** /api/messages: EMULATOR_MODE and its rate limits. */
  apiMessages: Pick<ApiMessagesOptions, 'emulatorMode' | 'limits'>;
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
}

export function createServer(deps: ServerDeps): restify.Server {
  const server = restify.createServer({ name: 'werkloket', handleUncaughtExceptions: false });
  // Keep idle connections longer than a load balancer's idle timeout (often 60 s) and than clients
  // expect: with Node's 5 s default, busy clients kept reconnecting, and some requests waited seconds.
  server.server.keepAliveTimeout = 65_000;
  server.server.headersTimeout = 66_000;
  server.use(restify.plugins.queryParser({ mapParams: false }));
  server.use((req, _res, next) => {
    // One id per request in every log line, no personal data.
    req.log = deps.logger.child({ reqId: req.id(), path: req.getPath() }) as unknown as typeof req.log;
    next();
  });
  // JSON only, 256 KB at most, never to disk (src/bot/bodyParser.ts).
  server.use(jsonBodyParser({ maxBytes: 256 * 1024 }));

  server.get('/healthz', async (_req: Request, res: Response) => {
    const up = await pingDb(deps.db);
    res.send(up ? 200 : 503, { status: up ? 'ok' : 'unavailable', database: { provider: deps.provider, status: up ? 'up' : 'down' } });
  });

  registerApiMessages(server, { adapter: deps.cloudAdapter, bot: deps.bot, db: deps.db, rateLimits: deps.rateLimits, trustedProxies: deps.trustedProxies, ...deps.apiMessages });

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
    publicUrl: deps.publicUrl,
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
