// The session cookie: HttpOnly (no script reads it), SameSite=Strict (no other site sends it),
// Secure over https, scoped to /advisor.
import type { Request } from 'restify';

export const SESSION_COOKIE = 'werkloket_advisor';

export function readCookie(req: Request, name: string): string | undefined {
  for (const part of String(req.headers.cookie ?? '').split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) return decodeURIComponent(rest.join('='));
  }
  return undefined;
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
