// A candidate's name in the console until an introduction: "Kandidaat 7F3A", stable per seeker and
// not reversible to the id without the list of ids (a hash, never the id itself or a channel id).
import { createHash } from 'node:crypto';

export function pseudonym(seekerId: string): string {
  return `Kandidaat ${createHash('sha256').update(`werkloket-candidate:${seekerId}`).digest('hex').slice(0, 4).toUpperCase()}`;
}
