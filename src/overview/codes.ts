// Share codes and the seeker's own links. A code is 8 characters from an alphabet without look-alikes
// (no 0/O, 1/I/L), drawn with crypto.randomInt, shown as "ABCD-EFGH", and stored only as a keyed
// hash (HMAC): a copy of the database does not give the codes, nor lets anyone try them offline.
// The seeker's link is a signed, expiring token naming their overview.
import crypto from 'node:crypto';

export const CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
export const CODE_LENGTH = 8;

export function newCode(random: (max: number) => number = crypto.randomInt): string {
  let code = '';
  for (let i = 0; i < CODE_LENGTH; i++) code += CODE_ALPHABET[random(CODE_ALPHABET.length)];
  return code;
}

/** "abcd efgh", "ABCD-EFGH" → "ABCDEFGH"; undefined when it cannot be a code. */
export function normalizeCode(input: string): string | undefined {
  const code = input.toUpperCase().replace(/[\s-]/g, '');
  return code.length === CODE_LENGTH && [...code].every((c) => CODE_ALPHABET.includes(c)) ? code : undefined;
}

export const displayCode = (code: string) => `${code.slice(0, 4)}-${code.slice(4)}`;

export class OverviewKeys {
  private readonly codeKey: Buffer;
  private readonly linkKey: Buffer;

  /** `secret`: the seeker key (SEEKER_KEY or its generated setting); each use gets its own derived key. */
  constructor(secret: string) {
    const derive = (label: string) => Buffer.from(crypto.hkdfSync('sha256', secret, Buffer.alloc(0), label, 32));
    this.codeKey = derive('werkloket/overview/code-hash/v1');
    this.linkKey = derive('werkloket/overview/seeker-link/v1');
  }

  hashCode(code: string): string {
    return crypto.createHmac('sha256', this.codeKey).update(code).digest('base64url');
  }

  /** A token for the seeker's own overview, valid until `expires`. */
  linkToken(seekerId: string, expires: Date): string {
    const body = `${seekerId}.${Math.floor(expires.getTime() / 1000)}`;
    return `${body}.${this.sign(body)}`;
  }

  /** The seeker id of a valid, unexpired token; undefined otherwise (never an exception). */
  verifyLink(token: unknown, now: Date): string | undefined {
    if (typeof token !== 'string' || token.length > 200) return undefined;
    const parts = token.split('.');
    if (parts.length !== 3 || !/^[a-z0-9]{10,40}$/.test(parts[0]) || !/^\d{1,12}$/.test(parts[1])) return undefined;
    const expected = Buffer.from(this.sign(`${parts[0]}.${parts[1]}`));
    const given = Buffer.from(parts[2]);
    if (expected.length !== given.length || !crypto.timingSafeEqual(expected, given)) return undefined;
    return Number(parts[1]) * 1000 > now.getTime() ? parts[0] : undefined;
  }

  private sign(body: string): string {
    return crypto.createHmac('sha256', this.linkKey).update(body).digest('base64url');
  }
}
