// Direct Line tokens: HMAC-signed, bound to one conversation, with an expiry. Stateless, so any
// instance sharing the signing secret can check them, and they survive a restart.
import crypto from 'node:crypto';

export interface TokenClaims {
  /** conversation id */
  c: string;
  /** user id the token was issued for, if any */
  u?: string;
  /** expiry, seconds since epoch */
  exp: number;
}

export class TokenService {
  constructor(
    private readonly secret: string,
    readonly ttlSeconds: number,
    private readonly now: () => number = Date.now,
  ) {}

  issue(conversationId: string, userId?: string): { token: string; expires_in: number } {
    const claims: TokenClaims = { c: conversationId, exp: Math.floor(this.now() / 1000) + this.ttlSeconds };
    if (userId) claims.u = userId;
    const body = Buffer.from(JSON.stringify(claims)).toString('base64url');
    return { token: `${body}.${this.sign(body)}`, expires_in: this.ttlSeconds };
  }

  /** The claims of a valid, unexpired token; undefined otherwise. */
  verify(token: string | undefined): TokenClaims | undefined {
    if (!token) return undefined;
    const [body, signature, extra] = token.split('.');
    if (!body || !signature || extra !== undefined) return undefined;
    const expected = Buffer.from(this.sign(body));
    const given = Buffer.from(signature);
    if (expected.length !== given.length || !crypto.timingSafeEqual(expected, given)) return undefined;
    try {
      const claims = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as TokenClaims;
      if (typeof claims.c !== 'string' || typeof claims.exp !== 'number') return undefined;
      return claims.exp * 1000 > this.now() ? claims : undefined;
    } catch {
      return undefined;
    }
  }

  private sign(body: string): string {
    return crypto.createHmac('sha256', this.secret).update(body).digest('base64url');
  }
}

export function bearer(header: string | undefined): string | undefined {
  const match = /^Bearer\s+(\S+)$/i.exec(header ?? '');
  return match?.[1];
}
