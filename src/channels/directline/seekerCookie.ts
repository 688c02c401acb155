// The website seeker's identity across visits: an HttpOnly cookie with a server-issued seeker id,
// signed with a key derived from the Direct Line secret. A returning seeker on the same browser is
// recognised (same Web Chat user id, so the dialogs find their saved answers); nobody can choose or
// guess someone else's id, and no script on the page can read it.
import crypto from 'node:crypto';
import { cookieValues } from '../http';

export const SEEKER_COOKIE = 'werkloket_seeker';
const COOKIE_PATH = '/v3/directline';
const VERSION = 'v1';
/** HKDF label: this key signs seeker cookies only (tokens use their own). */
const KEY_LABEL = 'werkloket/directline/seeker-cookie/v1';
const ID_PATTERN = /^s-[A-Za-z0-9_-]{22}$/;

export class SeekerCookies {
  private readonly key: Buffer;

  constructor(
    directLineSecret: string,
    /** Max-Age and the longest a cookie is believed: the retention period. */
    readonly maxAgeSeconds: number,
    private readonly now: () => number = Date.now,
  ) {
    this.key = Buffer.from(crypto.hkdfSync('sha256', directLineSecret, Buffer.alloc(0), KEY_LABEL, 32));
  }

  /** A new seeker id (also the Web Chat user id): 128 random bits. */
  newId(): string {
    return `s-${crypto.randomBytes(16).toString('base64url')}`;
  }

  /** The signed cookie value for a seeker id, issued now (each visit renews it). */
  value(seekerId: string): string {
    const body = `${VERSION}.${seekerId}.${Math.floor(this.now() / 1000)}`;
    return `${body}.${this.sign(body)}`;
  }

  /** The seeker id of a valid cookie value issued within the retention period; undefined otherwise. */
  verify(value: string | undefined): string | undefined {
    if (!value || value.length > 200) return undefined;
    const parts = value.split('.');
    if (parts.length !== 4 || parts[0] !== VERSION || !ID_PATTERN.test(parts[1]) || !/^\d{1,12}$/.test(parts[2])) return undefined;
    const expected = Buffer.from(this.sign(parts.slice(0, 3).join('.')));
    const given = Buffer.from(parts[3]);
    if (expected.length !== given.length || !crypto.timingSafeEqual(expected, given)) return undefined;
    const age = this.now() / 1000 - Number(parts[2]);
    return age >= -300 && age < this.maxAgeSeconds ? parts[1] : undefined;
  }

  header(value: string, secure: boolean): string {
    return cookie(`${SEEKER_COOKIE}=${value}`, this.maxAgeSeconds, secure);
  }

  cleared(secure: boolean): string {
    return cookie(`${SEEKER_COOKIE}=`, 0, secure);
  }

  private sign(body: string): string {
    return crypto.createHmac('sha256', this.key).update(body).digest('base64url');
  }
}

function cookie(pair: string, maxAge: number, secure: boolean): string {
  return [pair, `Path=${COOKIE_PATH}`, `Max-Age=${maxAge}`, 'HttpOnly', 'SameSite=Strict', ...(secure ? ['Secure'] : [])].join('; ');
}

/** The retention period in seconds (months of 30 days: the cookie never outlives the data it finds). */
export function retentionSeconds(months: number): number {
  return months * 30 * 86_400;
}

/** A cookie's raw value; a malformed header is just "no cookie" (never an exception). */
export function readCookie(req: Parameters<typeof cookieValues>[0], name: string): string | undefined {
  return cookieValues(req, name)[0];
}
