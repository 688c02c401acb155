// Random parts of ids (a seeker's message in the Direct Line history), from the system's generator.
import crypto from 'node:crypto';

/** Random bytes drawn ahead: an id costs no call into the generator of its own (each costs µs). */
const pool = { bytes: Buffer.alloc(0), at: 0 };
const BYTES = 6;

/** 6 random bytes as base64url (8 characters), like crypto.randomBytes(6) and as unpredictable. */
export function randomId(): string {
  if (pool.at + BYTES > pool.bytes.length) {
    pool.bytes = crypto.randomBytes(BYTES * 512);
    pool.at = 0;
  }
  pool.at += BYTES;
  return pool.bytes.toString('base64url', pool.at - BYTES, pool.at);
}
