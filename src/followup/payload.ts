// A follow-up answer carried by a button: `followup:<id>:<outcome>` (a WhatsApp template's
// quick-reply payload), read back into { followUp, outcome } — the activity value the answer
// dialog understands (see /work/coord/followup-activity.md; Teams sends the same value directly).
import { z } from 'zod';
import { OutcomeSchema, type Outcome } from './ports';

/** The three answers in the order of the template's quick-reply buttons. */
export const OUTCOMES: readonly Outcome[] = OutcomeSchema.options;

export const FollowUpValueSchema = z.object({ followUp: z.string().min(1).max(64), outcome: OutcomeSchema });
export type FollowUpValue = z.infer<typeof FollowUpValueSchema>;

const PAYLOAD = /^followup:([A-Za-z0-9_-]{1,64}):(done|not-yet|failed)$/;

export function followUpPayload(id: string, outcome: Outcome): string {
  return `followup:${id}:${outcome}`;
}

/** The answer in a button's payload, or undefined when the payload is not a follow-up's. */
export function parseFollowUpPayload(payload: string | undefined): FollowUpValue | undefined {
  const m = payload ? PAYLOAD.exec(payload) : null;
  return m ? { followUp: m[1], outcome: m[2] as Outcome } : undefined;
}
