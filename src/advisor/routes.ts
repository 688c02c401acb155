// The advisor API (JSON) under /advisor/api. Every endpoint but login needs a session (401).
// State-changing requests must be JSON (a cross-site form cannot send that) and, when the browser
// says where they come from, come from this site; the cookie is SameSite=Strict as well.
import { maskedPhone } from '../channels/whatsapp/phone';
import type { Request, Response, Server } from 'restify';
import { z } from 'zod';
import { ApiError } from '../errors';
import { sendApiError } from '../channels/http';
import { clientAddress, type TrustedProxies } from '../clientAddress';
import type { RateLimits } from '../db/rateLimits';
import { ListQuerySchema, OutcomeBodySchema, TextBodySchema, priorityName, type Handoff, type HandoffService } from '../handoff';
import { AdvisorAuth, hashToken, LoginBodySchema, type SessionAdvisor } from './auth';
import { clearedCookie, isHttps, readCookie, SESSION_COOKIE, sessionCookie } from './cookies';
import type { AdvisorEventStream } from './events';

const API = '/advisor/api';

export interface AdvisorRouteDeps {
  auth: AdvisorAuth;
  handoffs: HandoffService;
  events: AdvisorEventStream;
  publicUrl?: string;
  loginsPerMinute: number;
  /** Log-in limits shared by every instance on PostgreSQL. */
  rateLimits: RateLimits;
  trustedProxies: TrustedProxies;
  /** Start of today in the operator's time zone (for the dashboard). */
  dayStart: () => Date;
}

type Handler = (req: Request, res: Response, advisor: SessionAdvisor) => Promise<unknown>;

export const API_HEADERS = {
  'Cache-Control': 'no-store',
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'no-referrer',
} as const;

export function registerAdvisorRoutes(server: Server, deps: AdvisorRouteDeps): void {
  const loginLimiter = deps.rateLimits.limiter({ name: 'advisor-login-ip', points: deps.loginsPerMinute, windowSeconds: 60 });

  const run = async (req: Request, res: Response, work: () => Promise<unknown>) => {
    for (const [k, v] of Object.entries(API_HEADERS)) res.header(k, v);
    try {
      const body = await work();
      if (!res.headersSent) res.send(200, body ?? { ok: true });
    } catch (error) {
      sendApiError(req, res, error);
    }
  };

  const authed =
    (fn: Handler, { mutates }: { mutates: boolean }) =>
    async (req: Request, res: Response) =>
      run(req, res, async () => {
        const advisor = await deps.auth.authenticate(readCookie(req, SESSION_COOKIE));
        if (!advisor) throw new ApiError('UNAUTHENTICATED');
        if (mutates) checkRequestOrigin(req, deps.publicUrl);
        return fn(req, res, advisor);
      });

  server.post(`${API}/login`, async (req: Request, res: Response) =>
    run(req, res, async () => {
      checkRequestOrigin(req, deps.publicUrl);
      if (!(await loginLimiter.consume(clientAddress(req, deps.trustedProxies))).allowed) throw new ApiError('RATE_LIMITED');
      const body = parse(LoginBodySchema, req.body);
      const session = await deps.auth.login(body);
      const maxAge = Math.max(1, Math.floor((session.expiresAt.getTime() - Date.now()) / 1000));
      res.header('Set-Cookie', sessionCookie(session.token, maxAge, isHttps(req, deps.publicUrl)));
      return { advisor: session.advisor, expiresAt: session.expiresAt };
    }),
  );

  server.post(`${API}/logout`, authed(async (req, res) => {
    const token = readCookie(req, SESSION_COOKIE);
    await deps.auth.logout(token);
    if (token) deps.events.endSession(hashToken(token));
    res.header('Set-Cookie', clearedCookie(isHttps(req, deps.publicUrl)));
    return { ok: true };
  }, { mutates: true }));

  server.get(`${API}/me`, authed(async (_req, _res, advisor) => ({ advisor }), { mutates: false }));

  server.get(`${API}/handoffs`, authed(async (req) => {
    const query = parse(ListQuerySchema, req.query ?? {}, 'Expected ?status=waiting|active|closed and ?audience=seeker|employer.');
    return (await deps.handoffs.list(query.status, query.audience)).map(listItem);
  }, { mutates: false }));

  server.get(`${API}/handoffs/:id`, authed(async (req) => {
    const detail = await deps.handoffs.detail(req.params.id);
    const { position } = await deps.handoffs.queueInfo(detail);
    // WhatsApp: the advisor sees a masked number (+31 6 •••• 5678), never the number itself.
    const phone = maskedPhone(await deps.handoffs.referenceFor(detail));
    return { ...listItem(detail), position: position || undefined, maskedPhone: phone, contact: detail.contact, profile: detail.profile, proposals: detail.proposals, transcript: detail.transcript, notes: detail.notes };
  }, { mutates: false }));

  server.post(`${API}/handoffs/:id/claim`, authed(async (req, _res, advisor) => listItem(await deps.handoffs.claim(req.params.id, ref(advisor))), { mutates: true }));

  server.post(`${API}/handoffs/:id/messages`, authed(async (req, _res, advisor) => {
    const { text } = parse(TextBodySchema, req.body);
    await deps.handoffs.sendMessage(req.params.id, ref(advisor), text);
    return { ok: true };
  }, { mutates: true }));

  server.post(`${API}/handoffs/:id/notes`, authed(async (req, _res, advisor) => {
    const { text } = parse(TextBodySchema, req.body);
    return deps.handoffs.addNote(req.params.id, ref(advisor), text);
  }, { mutates: true }));

  server.post(`${API}/handoffs/:id/release`, authed(async (req, _res, advisor) => listItem(await deps.handoffs.release(req.params.id, ref(advisor))), { mutates: true }));

  server.post(`${API}/handoffs/:id/close`, authed(async (req, _res, advisor) => {
    const { outcome } = parse(OutcomeBodySchema, req.body);
    return listItem(await deps.handoffs.close(req.params.id, ref(advisor), outcome));
  }, { mutates: true }));

  server.get(`${API}/stats`, authed(async () => deps.handoffs.dashboard(deps.dayStart()), { mutates: false }));

  // Live events (SSE). Not wrapped in run(): the response stays open.
  server.get(`${API}/events`, async (req: Request, res: Response) => {
    const token = readCookie(req, SESSION_COOKIE);
    const advisor = await deps.auth.authenticate(token).catch(() => undefined);
    if (!advisor || !token) {
      for (const [k, v] of Object.entries(API_HEADERS)) res.header(k, v);
      res.send(401, new ApiError('UNAUTHENTICATED').toJSON());
      return;
    }
    deps.events.open(req, res, hashToken(token));
  });
}

/** Cross-site request defence: JSON only, and a present Origin must be this site. */
function checkRequestOrigin(req: Request, publicUrl?: string): void {
  const origin = req.headers.origin;
  if (origin) {
    const allowed = new Set([`http://${req.headers.host}`, `https://${req.headers.host}`]);
    if (publicUrl) allowed.add(new URL(publicUrl).origin);
    if (!allowed.has(origin)) throw new ApiError('FORBIDDEN_ORIGIN');
  }
  const type = String(req.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
  if (type !== 'application/json') throw new ApiError('UNSUPPORTED_MEDIA_TYPE');
}

function parse<T extends z.ZodType>(schema: T, value: unknown, message?: string): z.infer<T> {
  const parsed = schema.safeParse(value ?? {});
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  throw new ApiError('BAD_REQUEST', message ?? `Invalid body: ${issue?.path.join('.') || 'body'}: ${issue?.message}`);
}

const ref = (a: SessionAdvisor) => ({ id: a.id, name: a.name });

function listItem(h: Handoff & { position?: number }) {
  return {
    id: h.id,
    status: h.status,
    priority: h.priority,
    priorityName: priorityName(h.priority),
    reason: h.reason,
    audience: h.audience,
    channel: h.channel,
    waitingSince: h.waitingSince,
    summary: h.summary,
    claimedBy: h.claimedBy,
    claimedAt: h.claimedAt,
    closedAt: h.closedAt,
    outcome: h.outcome,
    position: h.position,
    callBack: h.contact?.step === 'done' ? true : undefined,
  };
}
