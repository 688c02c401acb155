// Direct Line tokens: HMAC-signed, bound to one conversation and one server-issued user id, with an
// expiry. Stateless, so any instance sharing the signing secret can check them, and they survive a
// restart. Two kinds: REST tokens (what Web Chat holds and refreshes) and short-lived stream tokens
// (only in a streamUrl, which ends up in logs and browser history more easily than a header).
import crypto from 'node:crypto';
import { z } from 'zod';

/** How long a streamUrl can be used to open the WebSocket; a reconnect always asks for a new one. */
export const STREAM_TOKEN_SECONDS = 120;

export const TokenClaimsSchema = z.object({
  /** conversation id */
  c: z.string().min(1),
  /** user id the server issued (never chosen by the client) */
  u: z.string().min(1),
  /** expiry, seconds since epoch */
  exp: z.number().int(),
  /** when the first token of this chain was issued (seconds): refreshes cannot extend past a maximum */
  o: z.number().int(),
  /** 's': a stream-only token, accepted by the WebSocket upgrade and nothing else */
  k: z.literal('s').optional(),
});
export type TokenClaims = z.infer<typeof TokenClaimsSchema>;

export type TokenKind = 'rest' | 'stream';

/** Tokens whose signature was checked recently: a polling client sends the same one every request. */
const VERIFIED_MAX = 10_000;

export class TokenService {
  /**
   * Claims of tokens whose signature and form were checked, by token string (insertion-ordered, the
   * oldest dropped first). Only the HMAC, the decoding and the schema are skipped on a hit: kind and
   * expiry are checked again on every use, so a cached token is accepted exactly when a fresh check
   * would accept it (a token's claims cannot change: they are what its signature covers).
   */
  private readonly verified = new Map<string, TokenClaims>();

  constructor(
    private readonly secret: string,
    readonly ttlSeconds: number,
    /** No token of a chain expires later than this many seconds after its first one was issued. */
    readonly maxLifetimeSeconds: number = 86_400,
    private readonly now: () => number = Date.now,
  ) {}

  /**
   * A token for a conversation and user. `origin` carries the first issue time through refreshes;
   * undefined when the chain has reached its maximum lifetime (nothing left to issue).
   */
  issue(conversationId: string, userId: string, origin?: number, kind: TokenKind = 'rest'): { token: string; expires_in: number } | undefined {
    const nowSeconds = Math.floor(this.now() / 1000);
    const o = origin ?? nowSeconds;
    const wanted = nowSeconds + (kind === 'stream' ? Math.min(STREAM_TOKEN_SECONDS, this.ttlSeconds) : this.ttlSeconds);
    const exp = Math.min(wanted, o + this.maxLifetimeSeconds);
    if (exp <= nowSeconds) return undefined;
    const claims: TokenClaims = { c: conversationId, u: userId, exp, o, ...(kind === 'stream' ? { k: 's' as const } : {}) };
    const body = Buffer.from(JSON.stringify(claims)).toString('base64url');
    return { token: `${body}.${this.sign(body)}`, expires_in: exp - nowSeconds };
  }

  /** The claims of a valid, unexpired token of that kind; undefined otherwise. */
  verify(token: string | undefined, kind: TokenKind = 'rest'): TokenClaims | undefined {
    if (!token || token.length > 2048) return undefined;
    const claims = this.verified.get(token) ?? this.check(token);
    if (!claims || (claims.k === 's') !== (kind === 'stream')) return undefined;
    if (claims.exp * 1000 > this.now()) return claims;
    this.verified.delete(token);
    return undefined;
  }

  /** Signature and form (HMAC, base64url JSON, the claims' schema); remembered when they hold. */
  private check(token: string): TokenClaims | undefined {
    const [body, signature, extra] = token.split('.');
    if (!body || !signature || extra !== undefined) return undefined;
    const expected = Buffer.from(this.sign(body));
    const given = Buffer.from(signature);
    if (expected.length !== given.length || !crypto.timingSafeEqual(expected, given)) return undefined;
    let parsed: unknown;
    try {
      parsed = JSON.parse(Buffer.from(body, 'base64url').toString('utf8'));
    } catch {
      return undefined;
    }
    // Tokens issued before user ids were server-issued (no `u`, no `o`) are refused here.
    const claims = TokenClaimsSchema.safeParse(parsed);
    if (!claims.success) return undefined;
    // Frozen: every caller gets the same object, so none may change what another one reads.
    const frozen = Object.freeze(claims.data);
    if (frozen.exp * 1000 > this.now()) {
      if (this.verified.size >= VERIFIED_MAX) this.verified.delete(this.verified.keys().next().value!);
      this.verified.set(token, frozen);
    }
    return frozen;
  }

  /** True when no further token of this chain may be issued. */
  exhausted(claims: TokenClaims): boolean {
    return claims.o + this.maxLifetimeSeconds <= Math.floor(this.now() / 1000);
  }

  private sign(body: string): string {
    return crypto.createHmac('sha256', this.secret).update(body).digest('base64url');
  }
}

export function bearer(header: string | undefined): string | undefined {
  const match = /^Bearer\s+(\S+)$/i.exec(header ?? '');
  return match?.[1];
}
