// Password hashing with scrypt (node:crypto) at OWASP's recommendation: N=2^17, r=8, p=1 (128 MiB
// and about half a second per hash). Stored as "scrypt$N$r$p$salt$hash", so a hash made with lower
// parameters is recognised and replaced at the next successful log-in (needsRehash).
import crypto from 'node:crypto';

export interface ScryptParams {
  N: number;
  r: number;
  p: number;
}

/** OWASP Password Storage Cheat Sheet, scrypt: N=2^17 (128 MiB), r=8 (1024-byte blocks), p=1. */
export const OWASP_SCRYPT: ScryptParams = { N: 2 ** 17, r: 8, p: 1 };
const KEY_LENGTH = 32;
/** Stored hashes above this are refused rather than computed (a tampered row must not exhaust memory). */
const MAX_N = 2 ** 20;

// Each hash takes 128 MiB: at most two at a time, the others wait their turn, so a burst of
// log-ins from many clients cannot exhaust the server's memory.
const MAX_PARALLEL = 2;
let running = 0;
const queue: (() => void)[] = [];

async function limited<T>(work: () => Promise<T>): Promise<T> {
  if (running >= MAX_PARALLEL) await new Promise<void>((resolve) => queue.push(resolve));
  running++;
  try {
    return await work();
  } finally {
    running--;
    queue.shift()?.();
  }
}

function scrypt(password: string, salt: Buffer, { N, r, p }: ScryptParams): Promise<Buffer> {
  return limited(
    () =>
      new Promise((resolve, reject) =>
        crypto.scrypt(password.normalize('NFC'), salt, KEY_LENGTH, { N, r, p, maxmem: 128 * N * r * 2 + 1024 * 1024 }, (error, key) => (error ? reject(error) : resolve(key))),
      ),
  );
}

/**
 * Hashes with OWASP's parameters. `params` exists for tests only (cheap hashes keep the suite
 * fast); production code never passes it.
 */
export async function hashPassword(password: string, params: ScryptParams = OWASP_SCRYPT): Promise<string> {
  const salt = crypto.randomBytes(16);
  const key = await scrypt(password, salt, params);
  return ['scrypt', params.N, params.r, params.p, salt.toString('base64url'), key.toString('base64url')].join('$');
}

function parse(stored: string): (ScryptParams & { salt: Buffer; hash: Buffer }) | undefined {
  const [scheme, n, r, p, salt, hash] = stored.split('$');
  const params = { N: Number(n), r: Number(r), p: Number(p) };
  const valid = Number.isInteger(params.N) && params.N > 1 && params.N <= MAX_N && (params.N & (params.N - 1)) === 0 && params.r >= 1 && params.r <= 32 && params.p >= 1 && params.p <= 16;
  if (scheme !== 'scrypt' || !salt || !hash || !valid) return undefined;
  return { ...params, salt: Buffer.from(salt, 'base64url'), hash: Buffer.from(hash, 'base64url') };
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const parsed = parse(stored);
  if (!parsed) return false;
  const key = await scrypt(password, parsed.salt, parsed);
  return key.length === parsed.hash.length && crypto.timingSafeEqual(key, parsed.hash);
}

/** True when `stored` was made with less than OWASP's parameters (or cannot be read). */
export function needsRehash(stored: string): boolean {
  const parsed = parse(stored);
  return !parsed || parsed.N < OWASP_SCRYPT.N || parsed.r < OWASP_SCRYPT.r || parsed.p < OWASP_SCRYPT.p;
}

/** A hash of a random password: verifying against it costs the same time as a real one. */
let dummy: Promise<string> | undefined;
export function dummyHash(): Promise<string> {
  return (dummy ??= hashPassword(crypto.randomBytes(16).toString('hex')));
}

/** A random password an admin can pass on once (about 120 bits, no look-alike characters). */
export function generatePassword(): string {
  const alphabet = 'abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';
  const chars = Array.from({ length: 24 }, () => alphabet[crypto.randomInt(alphabet.length)]);
  return [0, 6, 12, 18].map((i) => chars.slice(i, i + 6).join('')).join('-');
}

export const MIN_PASSWORD_LENGTH = 12;
