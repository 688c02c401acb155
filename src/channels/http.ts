// Shared HTTP helpers for the routes (channels and the advisor console): one way to answer with a
// coded error, to read a cookie, and to tell whether the client came over https.
import type { Request, Response } from 'restify';
import { isDatabaseUnavailable } from '../db/client';
import { ApiError } from '../errors';

export function sendApiError(req: Request, res: Response, error: unknown): void {
  const apiError = error instanceof ApiError ? error : isDatabaseUnavailable(error) ? new ApiError('UNAVAILABLE') : new ApiError('INTERNAL');
  if (!(error instanceof ApiError)) req.log?.error({ err: error }, apiError.code === 'UNAVAILABLE' ? 'database unavailable' : 'request failed');
  if (apiError.code === 'UNAVAILABLE') res.header('Retry-After', '5');
  if (!res.headersSent) res.send(apiError.status, apiError.toJSON());
}

interface RequestHeaders {
  headers: Record<string, string | string[] | undefined>;
  socket: unknown;
}

/** Every raw (undecoded) value of cookie `name` in the Cookie header, in order. */
export function cookieValues(req: RequestHeaders, name: string): string[] {
  const header = req.headers.cookie;
  const values: string[] = [];
  for (const part of (Array.isArray(header) ? header.join(';') : String(header ?? '')).split(';')) {
    const cut = part.indexOf('=');
    if (cut > 0 && part.slice(0, cut).trim() === name) values.push(part.slice(cut + 1).trim());
  }
  return values;
}

/** Whether cookies must be Secure and streams wss: an https PUBLIC_URL, the proxy's X-Forwarded-Proto, or TLS. */
export function isHttps(req: RequestHeaders, publicUrl?: string): boolean {
  if (publicUrl?.startsWith('https:')) return true;
  const forwarded = String(req.headers['x-forwarded-proto'] ?? '').split(',')[0].trim();
  return forwarded === 'https' || Boolean((req.socket as { encrypted?: boolean }).encrypted);
}
