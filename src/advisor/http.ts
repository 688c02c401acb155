// The advisor API's request plumbing: coded errors, session checks, the admin gate, the
// cross-site defence and body parsing, shared by the console's routes and the admin's.
import type { Request, Response } from 'restify';
import { z } from 'zod';
import { ApiError } from '../errors';
import { sendApiError } from '../channels/http';
import type { AdvisorAuth, SessionAdvisor } from './auth';
import { readCookie, SESSION_COOKIE } from './cookies';

export const API = '/advisor/api';

export const API_HEADERS = {
  'Cache-Control': 'no-store',
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'no-referrer',
} as const;

export type Handler = (req: Request, res: Response, advisor: SessionAdvisor) => Promise<unknown>;
export type Route = (req: Request, res: Response) => Promise<void>;

/** Runs `work` and answers with its result (200) or its coded error. */
export async function run(req: Request, res: Response, work: () => Promise<unknown>): Promise<void> {
  for (const [k, v] of Object.entries(API_HEADERS)) res.header(k, v);
  try {
    const body = await work();
    if (!res.headersSent) res.send(200, body ?? { ok: true });
  } catch (error) {
    sendApiError(req, res, error);
  }
}

export interface Gate {
  auth: AdvisorAuth;
  publicUrl?: string;
}

/** A handler behind a valid session (401); `mutates`: also JSON from this site; `admin`: 403 for others. */
export function authed(gate: Gate, fn: Handler, { mutates, admin = false }: { mutates: boolean; admin?: boolean }): Route {
  return async (req, res) =>
    run(req, res, async () => {
      const advisor = await gate.auth.authenticate(readCookie(req, SESSION_COOKIE));
      if (!advisor) throw new ApiError('UNAUTHENTICATED');
      if (mutates) checkRequestOrigin(req, gate.publicUrl);
      if (admin && advisor.role !== 'admin') throw new ApiError('FORBIDDEN_ROLE');
      return fn(req, res, advisor);
    });
}

/** Cross-site request defence: JSON only (or the given types), and a present Origin must be this site. */
export function checkRequestOrigin(req: Request, publicUrl?: string, types: readonly string[] = ['application/json']): void {
  const origin = req.headers.origin;
  if (origin) {
    const allowed = new Set([`http://${req.headers.host}`, `https://${req.headers.host}`]);
    if (publicUrl) allowed.add(new URL(publicUrl).origin);
    if (!allowed.has(origin)) throw new ApiError('FORBIDDEN_ORIGIN');
  }
  const type = String(req.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
  if (!types.includes(type)) throw new ApiError('UNSUPPORTED_MEDIA_TYPE');
}

export function parse<T extends z.ZodType>(schema: T, value: unknown, message?: string): z.infer<T> {
  const parsed = schema.safeParse(value ?? {});
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  throw new ApiError('BAD_REQUEST', message ?? `Invalid body: ${issue?.path.join('.') || 'body'}: ${issue?.message}`);
}
