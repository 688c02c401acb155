// The shapes of a handoff, independent of storage and channels. Types come from the zod schemas.
import { z } from 'zod';

export const HandoffStatusSchema = z.enum(['waiting', 'active', 'closed']);
export type HandoffStatus = z.infer<typeof HandoffStatusSchema>;

export const HandoffReasonSchema = z.enum(['asked', 'not-understood', 'sensitive', 'complex']);
export type HandoffReason = z.infer<typeof HandoffReasonSchema>;

/**
 * Priority as the seeker-facing rules speak about it; stored as a number so the queue can sort on it.
 * `crisis` (suicide, violence with acute danger) is above everything: such a chat is always first.
 */
export const PrioritySchema = z.enum(['normal', 'high', 'urgent', 'crisis']);
export type Priority = z.infer<typeof PrioritySchema>;
export const PRIORITY_VALUE: Record<Priority, number> = { normal: 0, high: 1, urgent: 2, crisis: 3 };
export const MAX_PRIORITY = PRIORITY_VALUE.crisis;
export function priorityName(value: number): Priority {
  return value >= 3 ? 'crisis' : value === 2 ? 'urgent' : value === 1 ? 'high' : 'normal';
}
export const isCrisis = (h: Pick<Handoff, 'priority'>): boolean => h.priority >= PRIORITY_VALUE.crisis;

/**
 * The queue priority of a sensitive signal (src/language/sensitive.ts): suicidal words and every
 * signal of acute danger are a crisis; the others (debt, homelessness, violence without acute
 * danger) are high.
 */
export function sensitivePriority(signal: { kind: string; priority: 'urgent' | 'high' }): Priority {
  return signal.kind === 'crisis' || signal.priority === 'urgent' ? 'crisis' : 'high';
}

/** Who asks for a person: a seeker (looking for work) or an employer. The console filters on it. */
export const AudienceSchema = z.enum(['seeker', 'employer']);
export type Audience = z.infer<typeof AudienceSchema>;

export const AdvisorRefSchema = z.object({ id: z.string(), name: z.string() });
export type AdvisorRef = z.infer<typeof AdvisorRefSchema>;

/** Call-back request made outside office hours; phone or e-mail is kept only with consent. */
export const ContactRequestSchema = z.object({
  step: z.enum(['consent', 'ask', 'done', 'declined']),
  consentAt: z.string().optional(),
  textVersion: z.string().optional(),
  method: z.enum(['phone', 'email']).optional(),
  value: z.string().optional(),
});
export type ContactRequest = z.infer<typeof ContactRequestSchema>;

export interface Handoff {
  id: string;
  conversationId: string;
  seekerId: string | null;
  status: HandoffStatus;
  priority: number;
  reason: string;
  summary: string;
  audience: Audience;
  channel: string;
  waitingSince: Date;
  claimedBy: AdvisorRef | null;
  claimedAt: Date | null;
  closedAt: Date | null;
  outcome: string | null;
  contact: ContactRequest | null;
  /** What the waiting seeker last heard about their place and wait, and when (queue updates). */
  queueToldAt?: Date | null;
  queueTold?: ToldQueue | null;
  /** When the seeker last heard that office hours ended while they waited. */
  closingToldAt?: Date | null;
  /** The seeker's region (Seeker.regionId); null or absent: not known, every advisor sees the chat. */
  regionId?: string | null;
}

/** A wait the seeker can be told: nothing (not waiting), no advisor online, or a range in minutes (low = high: "ongeveer"). */
export const WaitEstimateSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('none') }),
  z.object({ kind: z.literal('no-advisor') }),
  z.object({ kind: z.literal('minutes'), low: z.number(), high: z.number() }),
]);
export type WaitEstimate = z.infer<typeof WaitEstimateSchema>;
export const ToldQueueSchema = z.object({ position: z.number().int(), estimate: WaitEstimateSchema });
export type ToldQueue = z.infer<typeof ToldQueueSchema>;

/** Outcome stored when the handoff ends by going back to the bot rather than a close. */
export const OUTCOME_BACK_TO_BOT = 'back-to-bot';
export const OUTCOME_SEEKER_LEFT = 'seeker-back-to-bot';
/**
 * Why a seeker's open handoffs close without an advisor: the outcome stored and what the console
 * shows. `erased`: "verwijder mijn gegevens" (the chat itself is gone with the data); `ended`: the
 * seeker pressed "Gesprek afsluiten" (nobody reads an advisor's answer there any more).
 */
export const SEEKER_GONE = {
  erased: { outcome: 'erased', notice: 'De zoeker heeft zijn gegevens laten verwijderen' },
  ended: { outcome: 'chat-ended', notice: 'De zoeker heeft het gesprek afgesloten' },
} as const;
export type SeekerGoneReason = keyof typeof SEEKER_GONE;

/** Bodies of the advisor API. */
export const TextBodySchema = z.object({ text: z.string().trim().min(1).max(4000) });
export const OutcomeBodySchema = z.object({ outcome: z.string().trim().min(1).max(200) });
export const ListQuerySchema = z.object({ status: HandoffStatusSchema.optional(), audience: AudienceSchema.optional() });
