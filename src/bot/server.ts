// The restify server and its routes. Composition happens in src/index.ts.
import restify, { type Request, type Response } from 'restify';
import type { DirectLineLimits, Organisation } from '../config';
import { ERRORS, RESTIFY_ERROR_CODES } from '../errors';
import type { ActivityHandler } from 'botbuilder';
import { pingDb, type Db } from '../db/client';
import type { LinkStatus } from '../db/eventBus';
import type { Logger } from '../logger';
import type { RateLimits } from '../db/rateLimits';
import type { TrustedProxies } from '../clientAddress';
import { isHttps } from '../channels/http';
import { registerDirectLineRoutes } from '../channels/directline/routes';
import type { DirectLineService } from '../channels/directline/service';
import { registerWebPage, type SiteOrganisations } from './webPage';
import { registerAssets } from '../web/staticRoutes';
import { staticAssets } from '../web/assets';
import { registerApiMessages, type ApiMessagesOptions } from './apiMessages';
import type { WerkloketCloudAdapter } from './cloudAdapter';
import { jsonBodyParser } from './bodyParser';
import { queryParser } from './queryParser';
import { registerAdvisorRoutes, type AdvisorRouteDeps } from '../advisor/routes';
import { VACANCY_IMPORT_PATH } from '../advisor/vacancyImportRoute';
import { registerConsolePage } from '../advisor/consolePage';
import type { WhatsAppChannel } from '../channels/whatsapp/channel';
import { registerWhatsAppRoutes } from '../channels/whatsapp/webhook';
import { AuditStore } from '../db/auditStore';
import { registerOverviewRoutes } from '../overview/routes';
import { FORM_PATH, type OverviewService } from '../overview/service';

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
  /** Who runs this Werkloket: the website's header and footer. */
  organisation?: Organisation;
  /** A region's website (by host name) names the region's organisation instead. */
  sites?: SiteOrganisations;
  /** RETENTION_MONTHS and STATE_RETENTION_DAYS, as the privacy statement says them. */
  retention?: { months: number; stateDays: number };
  /** The advisor console and its API (/advisor). */
  advisor?: AdvisorRouteDeps;
  /** WhatsApp Cloud API webhook (/api/whatsapp); absent: the webhook answers 503. */
  whatsApp?: WhatsAppChannel;
  /** The link between instances (src/db/eventBus.ts), reported by /healthz. */
  events?: { status(): LinkStatus };
  /** "Neem je overzicht mee": the seeker's page and PDF, the organisation's code form. */
  overview?: OverviewService;
}

export function createServer(deps: ServerDeps): restify.Server {
  const server = restify.createServer({ name: 'werkloket', handleUncaughtExceptions: false });
  // Keep idle connections longer than a load balancer's idle timeout (often 60 s) and than clients
  // expect: with Node's 5 s default, busy clients kept reconnecting, and some requests waited seconds.
  server.server.keepAliveTimeout = 65_000;
  server.server.headersTimeout = 66_000;
  server.pre(securityHeaders(deps.publicUrl));
  server.use(queryParser());
  server.use((req, _res, next) => {
    requestLogger(req, deps.logger);
    next();
  });
  // JSON only, 256 KB at most, never to disk (src/bot/bodyParser.ts).
  server.use(jsonBodyParser({ maxBytes: 256 * 1024, formPaths: [FORM_PATH], csvPaths: [VACANCY_IMPORT_PATH] }));

  server.get('/healthz', async (_req: Request, res: Response) => {
    const up = await pingDb(deps.db);
    // Only the link down: still 200 (this instance serves its seekers; streams back-fill from the
    // database when the link is back), but 'degraded', so monitoring sees it.
    const events = deps.events?.status() ?? 'local';
    const status = !up ? 'unavailable' : events === 'down' ? 'degraded' : 'ok';
    res.send(up ? 200 : 503, { status, database: { provider: deps.provider, status: up ? 'up' : 'down' }, events: { status: events } });
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
  registerWebPage(server, { organisation: deps.organisation ?? { name: 'Werkcentrum' }, sites: deps.sites, retention: deps.retention });
  if (deps.overview) registerOverviewRoutes(server, { service: deps.overview, rateLimits: deps.rateLimits, trustedProxies: deps.trustedProxies, audit: new AuditStore(deps.db) });
  if (deps.advisor) {
    registerAdvisorRoutes(server, deps.advisor);
    registerConsolePage(server);
  }
  // Last: a static file that some page module serves on its own keeps that route.
  registerAssets(server, staticAssets());
  return server;
}

// API answers are personal (chat history, console data): no browser or proxy cache may keep them.
const API_PATH = /^\/(?:v3\/|api\/|advisor\/api\/|healthz(?:$|[/?]))/;

/**
 * On every response, also errors and unknown routes: HSTS when the public address is https (the
 * browser then never tries plain http), and `Cache-Control: no-store` on API answers. The web page
 * and static files keep their own caching.
 */
function securityHeaders(publicUrl: string | undefined): restify.RequestHandler {
  const https = publicUrl?.startsWith('https:') ?? false;
  return (req, res, next) => {
    if (https) res.setHeader('Strict-Transport-Security', 'max-age=31536000; includeSubDomains');
    // Added when the answer is written, unless the route set its own (routes may append headers).
    if (API_PATH.test(req.url ?? '')) res.writeHead = writeHeadNoStore as typeof res.writeHead;
    next();
  };
}

/** res.writeHead on API answers: `Cache-Control: no-store` unless the answer has its own. One function for all. */
function writeHeadNoStore(this: Response, ...args: unknown[]): Response {
  const headers = args.find((a): a is Record<string, unknown> => typeof a === 'object' && a !== null);
  const own = this.getHeader('Cache-Control') !== undefined || (headers && Object.keys(headers).some((k) => k.toLowerCase() === 'cache-control'));
  if (!own && !this.headersSent) this.setHeader('Cache-Control', 'no-store');
  // The prototype's (restify's) writeHead: this function is only ever set on the instance.
  return (Object.getPrototypeOf(this) as { writeHead: (...a: unknown[]) => Response }).writeHead.apply(this, args);
}

/** What a request's stand-in logger makes its child logger from (once something logs). */
interface LazyLog {
  req: Request;
  logger: Logger;
  child?: Logger;
}

function childOf(lazy: LazyLog): Logger {
  return (lazy.child ??= lazy.logger.child({ reqId: lazy.req.id(), path: lazy.req.getPath() }));
}

/** One handler for every request's stand-in: no function is made per request. */
const LAZY_LOG: ProxyHandler<LazyLog> = {
  get(lazy, name) {
    const log = childOf(lazy);
    const value = Reflect.get(log, name, log) as unknown;
    return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(log) : value;
  },
  set: (lazy, name, value) => Reflect.set(childOf(lazy), name, value),
  has: (lazy, name) => Reflect.has(childOf(lazy), name),
};

/**
 * req.log: a child logger with one id per request in every log line (no personal data). Made when
 * something logs: most requests log nothing, and the id and the child cost on every one of them.
 * (A stand-in object, not a getter on req: redefining req's own `log` would slow every access to req.)
 */
function requestLogger(req: Request, logger: Logger): void {
  req.log = new Proxy<LazyLog>({ req, logger }, LAZY_LOG) as unknown as typeof req.log;
}

function streamBase(req: Request, publicUrl?: string): string {
  if (publicUrl) return publicUrl.replace(/^http/, 'ws');
  return `${isHttps(req) ? 'wss' : 'ws'}://${req.headers.host ?? 'localhost'}`;
}
