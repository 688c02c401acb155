// Row ids for the hot path's INSERTs, which bypass Prisma's client-side `@default(cuid())`: the same
// shape ("c" + 24 lowercase letters and digits), time first so ids of one process sort roughly by
// creation like Prisma's.
import crypto from 'node:crypto';

const COUNTER_SPACE = 36 ** 4;
let counter = crypto.randomInt(COUNTER_SPACE);

const base36 = (n: number, width: number) => n.toString(36).padStart(width, '0').slice(-width);

export function newId(): string {
  counter = (counter + 1) % COUNTER_SPACE;
  const random = [...crypto.randomBytes(12)].map((b) => (b % 36).toString(36)).join('');
  return `c${base36(Date.now(), 8)}${base36(counter, 4)}${random}`;
}
