// The session cookie: HttpOnly (no script reads it), SameSite=Strict (no other site sends it),
// Secure over https, scoped to /advisor.
import type { Request } from 'restify';
import { ApiError } from '../errors';
import { cookieValues } from '../channels/http';

export const SESSION_COOKIE = 'werkloket_advisor';

/**
 * The cookie's value, or undefined. BAD_COOKIE (400) when it cannot be decoded or comes more than
 * once with different values (a cookie planted by a sibling site could otherwise pin a session).
 */
export function readCookie(req: Request, name: string): string | undefined {
  const values = new Set<string>();
  for (const raw of cookieValues(req, name)) {
    try {
      values.add(decodeURIComponent(raw));
    } catch {
      throw new ApiError('BAD_COOKIE');
    }
  }
  if (values.size > 1) throw new ApiError('BAD_COOKIE');
  return values.values().next().value;
}

export function sessionCookie(token: string, maxAgeSeconds: number, secure: boolean): string {
  return [`${SESSION_COOKIE}=${encodeURIComponent(token)}`, 'Path=/advisor', `Max-Age=${maxAgeSeconds}`, 'HttpOnly', 'SameSite=Strict', ...(secure ? ['Secure'] : [])].join('; ');
}

export function clearedCookie(secure: boolean): string {
  return [`${SESSION_COOKIE}=`, 'Path=/advisor', 'Max-Age=0', 'HttpOnly', 'SameSite=Strict', ...(secure ? ['Secure'] : [])].join('; ');
}
