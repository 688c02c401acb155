// HTTP: the seeker's own overview (page and PDF, behind a signed expiring link), the organisation's
// code form (/overzicht) and its read-only overview, and the stylesheet. Pages carry a strict CSP
// (no scripts at all) and are never cached: they hold personal data.
import type { Request, Response, Server } from 'restify';
import { z } from 'zod';
import { clientAddress, type TrustedProxies } from '../clientAddress';
import type { AuditStore } from '../db/auditStore';
import { OPENED_ACTION } from '../db/overviewStore';
import type { RateLimits } from '../db/rateLimits';
import { ApiError, type ErrorCode } from '../errors';
import { textsFor } from '../texts';
import { codeFormPage, messagePage, OVERVIEW_CSS, overviewPage } from './html';
import { FORM_PATH, filenameOf, PAGE_PATH, PDF_PATH, type OverviewService } from './service';

export const OVERVIEW_PAGE_HEADERS = {
  'Content-Security-Policy': "default-src 'self'; script-src 'none'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'",
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'X-Robots-Tag': 'noindex, nofollow',
  'Cache-Control': 'no-store',
};

/** Tries of the code form per client address: 10 per 15 minutes (8 characters of 31: not guessable this way). */
export const CODE_TRIES = { points: 10, windowSeconds: 900 };

const FormSchema = z.object({
  code: z.string().trim().min(1).max(20),
  organisation: z.string().trim().min(2).max(120),
  lang: z.enum(['nl', 'en']).optional(),
});

const OUTCOME_ERRORS: Record<'invalid' | 'expired' | 'used-up' | 'withdrawn', { code: ErrorCode; text: 'invalid' | 'expired' | 'usedUp' | 'withdrawn' }> = {
  invalid: { code: 'OVERVIEW_CODE_INVALID', text: 'invalid' },
  expired: { code: 'OVERVIEW_CODE_EXPIRED', text: 'expired' },
  'used-up': { code: 'OVERVIEW_CODE_USED_UP', text: 'usedUp' },
  withdrawn: { code: 'OVERVIEW_CODE_WITHDRAWN', text: 'withdrawn' },
};

export interface OverviewRouteDeps {
  service: OverviewService;
  rateLimits: RateLimits;
  trustedProxies: TrustedProxies;
  audit: AuditStore;
}

export function registerOverviewRoutes(server: Server, deps: OverviewRouteDeps): void {
  const { service } = deps;
  const tries = deps.rateLimits.limiter({ name: 'overview-code', ...CODE_TRIES });
  const lang = (req: Request) => ((req.query as { lang?: unknown } | undefined)?.lang === 'en' ? 'en' : 'nl');

  server.get('/overzicht.css', (_req: Request, res: Response, next) => {
    res.writeHead(200, { 'Content-Type': 'text/css; charset=utf-8', 'Cache-Control': 'public, max-age=3600', 'X-Content-Type-Options': 'nosniff' });
    res.end(OVERVIEW_CSS);
    next(false);
  });

  server.get(PAGE_PATH, guard(async (req, res) => {
    const data = await service.ownOverview(query(req, 't'));
    if (!data) return expired(res, lang(req));
    const pdfUrl = `${PDF_PATH}?t=${encodeURIComponent(query(req, 't')!)}`;
    html(res, 200, overviewPage(data, textsFor(data.locale).overview, { pdfUrl }));
  }));

  server.get(PDF_PATH, guard(async (req, res) => {
    const data = await service.ownOverview(query(req, 't'));
    if (!data) return expired(res, lang(req));
    const pdf = await service.pdf(data);
    res.writeHead(200, { ...OVERVIEW_PAGE_HEADERS, 'Content-Type': 'application/pdf', 'Content-Disposition': `inline; filename="${filenameOf(data)}"`, 'Content-Length': pdf.length });
    res.end(pdf);
  }));

  server.get(FORM_PATH, guard(async (req, res) => {
    const l = lang(req);
    html(res, 200, codeFormPage(l, textsFor(l).overview));
  }));

  server.post(FORM_PATH, guard(async (req, res) => {
    const body = (req.body ?? {}) as Record<string, unknown>;
    const l = body.lang === 'en' ? 'en' : lang(req);
    const t = textsFor(l).overview;
    const organisation = typeof body.organisation === 'string' ? body.organisation.trim().slice(0, 120) : '';
    const refuse = (status: number, code: ErrorCode, message: string) => html(res, status, codeFormPage(l, t, { error: message, organisation }), code);
    const allowed = await tries.consume(clientAddress(req, deps.trustedProxies));
    if (!allowed.allowed) {
      res.header('Retry-After', String(Math.ceil(allowed.retryAfterMs / 1000)));
      return refuse(429, 'RATE_LIMITED', t.form.errors.tooMany);
    }
    const form = FormSchema.safeParse(body);
    if (!form.success) return refuse(400, 'OVERVIEW_CODE_MISSING', t.form.errors.missing);
    const outcome = await service.open(form.data.code, form.data.organisation);
    if (outcome.status !== 'ok') {
      const error = OUTCOME_ERRORS[outcome.status];
      return refuse(new ApiError(error.code).status, error.code, t.form.errors[error.text]);
    }
    // The console's audit log shows every opening (who, as typed; which code: never the seeker).
    await deps.audit.write({ actor: null, actorName: form.data.organisation, action: OPENED_ACTION, detail: `code=${outcome.codeId}` });
    html(res, 200, overviewPage(outcome.data, textsFor(outcome.data.locale).overview, { openedBy: form.data.organisation }));
  }));
}

function guard(fn: (req: Request, res: Response) => Promise<void>) {
  return async (req: Request, res: Response): Promise<void> => {
    try {
      await fn(req, res);
    } catch (error) {
      req.log?.error({ err: error }, 'overview request failed');
      if (!res.headersSent) html(res, 500, messagePage('nl', 'Werkloket', textsFor('nl').error), 'INTERNAL');
    }
  };
}

function html(res: Response, status: number, page: string, errorCode?: ErrorCode): void {
  // The coded error for scripts and monitoring; the page says it in words.
  res.writeHead(status, { ...OVERVIEW_PAGE_HEADERS, 'Content-Type': 'text/html; charset=utf-8', ...(errorCode ? { 'X-Error-Code': errorCode } : {}) });
  res.end(page);
}

function expired(res: Response, locale: 'nl' | 'en'): void {
  const t = textsFor(locale);
  html(res, 403, messagePage(locale, t.overview.page.title, t.overview.linkExpired), 'OVERVIEW_LINK_INVALID');
}

function query(req: Request, name: string): string | undefined {
  const value = (req.query as Record<string, unknown> | undefined)?.[name];
  return typeof value === 'string' ? value : undefined;
}
