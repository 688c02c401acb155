// The session cookie: HttpOnly (no script reads it), SameSite=Strict (no other site sends it),
// Secure over https, scoped to /advisor.
import type { Request } from 'restify';
import { ApiError } from '../errors';

export const SESSION_COOKIE = 'werkloket_advisor';

/**
 * The cookie's value, or undefined. BAD_COOKIE (400) when it cannot be decoded or comes more than
 * once with different values (a cookie planted by a sibling site could otherwise pin a session).
 */
export function readCookie(req: Request, name: string): string | undefined {
  const header = req.headers.cookie;
  const values = new Set<string>();
  for (const part of (Array.isArray(header) ? header.join(';') : String(header ?? '')).split(';')) {
    const cut = part.indexOf('=');
    if (cut < 0 || part.slice(0, cut).trim() !== name) continue;
    try {
      values.add(decodeURIComponent(part.slice(cut + 1).trim()));
    } catch {
      throw new ApiError('BAD_COOKIE');
    }
  }
  if (values.size > 1) throw new ApiError('BAD_COOKIE');
  return values.values().next().value;
}

export function isHttps(req: Request, publicUrl?: string): boolean {
  if (publicUrl?.startsWith('https:')) return true;
  const forwarded = String(req.headers['x-forwarded-proto'] ?? '').split(',')[0].trim();
  return forwarded === 'https' || Boolean((req.socket as { encrypted?: boolean }).encrypted);
}

export function sessionCookie(token: string, maxAgeSeconds: number, secure: boolean): string {
  return [`${SESSION_COOKIE}=${encodeURIComponent(token)}`, 'Path=/advisor', `Max-Age=${maxAgeSeconds}`, 'HttpOnly', 'SameSite=Strict', ...(secure ? ['Secure'] : [])].join('; ');
}

export function clearedCookie(secure: boolean): string {
  return [`${SESSION_COOKIE}=`, 'Path=/advisor', 'Max-Age=0', 'HttpOnly', 'SameSite=Strict', ...(secure ? ['Secure'] : [])].join('; ');
}
