// Follow-up after a referral: the shapes and the store port. src/db/followUpStore.ts implements the
// store; the scheduler (src/followup/scheduler.ts) and the answer dialog use it. No botbuilder here.
import { z } from 'zod';

/** The seeker's answer to "Is het gelukt bij …?". */
export const OutcomeSchema = z.enum(['done', 'not-yet', 'failed']);
export type Outcome = z.infer<typeof OutcomeSchema>;

/**
 * scheduled: waits for its due time (website rows wait for the seeker to return);
 * sending: claimed by one scheduler instance; asked: shown to the seeker; answered; cancelled
 * (the seeker withdrew or erased); failed: could not be delivered after the allowed attempts.
 */
export const FollowUpStatusSchema = z.enum(['scheduled', 'sending', 'asked', 'answered', 'cancelled', 'failed']);
export type FollowUpStatus = z.infer<typeof FollowUpStatusSchema>;

/** A follow-up is open (one per seeker and subject) until it is answered, cancelled or failed. */
export const OPEN_STATUSES = ['scheduled', 'sending', 'asked'] as const satisfies readonly FollowUpStatus[];

export const ScheduleInputSchema = z.object({
  seekerId: z.string().min(1),
  /** The conversation to write into (its stored reference); absent: the seeker's latest on `channel`. */
  conversationId: z.string().min(1).optional(),
  /** The channel id the seeker uses: 'whatsapp', 'msteams', 'directline', … */
  channel: z.string().min(1),
  /** What was referred: a proposal kind or instrument id, or "introduction". */
  referralType: z.string().min(1),
  /** The referral's own id (proposal id, introduction id): one open follow-up per seeker and subject. */
  subjectId: z.string().min(1),
  /** What the question names ("Scholing met WW"); no personal data. */
  subject: z.string().min(1),
  regionId: z.string().min(1).optional(),
  providerId: z.string().min(1).optional(),
  /** Who the seeker was sent to ("Leerwerkloket Midden-Utrecht"). */
  providerName: z.string().min(1),
  dueAt: z.date(),
});
export type ScheduleInput = z.infer<typeof ScheduleInputSchema>;

export const FollowUpRowSchema = z.object({
  id: z.string(),
  seekerId: z.string(),
  conversationId: z.string().nullable(),
  channel: z.string(),
  referralType: z.string(),
  subjectId: z.string(),
  subject: z.string(),
  regionId: z.string().nullable(),
  providerId: z.string().nullable(),
  providerName: z.string(),
  dueAt: z.date(),
  status: FollowUpStatusSchema,
  outcome: OutcomeSchema.nullable(),
  /** Delivery attempts so far (each claim by the scheduler is one). */
  attempts: z.number().int(),
  /** When the current claim was taken: the claim's token for deliveryFailed. */
  claimedAt: z.date().nullable(),
  askedAt: z.date().nullable(),
  answeredAt: z.date().nullable(),
  createdAt: z.date(),
});
export type FollowUpRow = z.infer<typeof FollowUpRowSchema>;

/** Answers per referral type and provider (the dashboard's table); no seekers in it. */
export const OutcomeCountSchema = z.object({
  referralType: z.string(),
  providerId: z.string().nullable(),
  providerName: z.string(),
  done: z.number().int(),
  notYet: z.number().int(),
  failed: z.number().int(),
  /** Follow-ups asked now and not answered (yet). */
  askedNoAnswer: z.number().int(),
});
export type OutcomeCount = z.infer<typeof OutcomeCountSchema>;

export interface FollowUpStore {
  /**
   * Plans a follow-up. One open follow-up per seeker and subject: when one exists, its id comes
   * back (created false); a still scheduled one takes the new due time and channel.
   */
  schedule(input: ScheduleInput): Promise<{ id: string; created: boolean }>;
  /**
   * Claims due follow-ups on the given channels (scheduled → sending, attempts + 1), and claims
   * older than the claim timeout again (their instance died while sending). Atomic per row: two
   * instances claiming at once never both get the same row.
   */
  claimDue(now: Date, limit: number, channels: readonly string[]): Promise<FollowUpRow[]>;
  /** Shown to the seeker (scheduled or sending → asked); false when it was not open for that. */
  markAsked(id: string, at?: Date): Promise<boolean>;
  /**
   * A claimed delivery failed: tried again at `retryAt`, or failed for good after the last attempt
   * or when `retryAt` is null (cannot succeed). 'lost': the claim is no longer this caller's.
   */
  deliveryFailed(claim: Pick<FollowUpRow, 'id' | 'claimedAt'>, retryAt: Date | null): Promise<'retry' | 'failed' | 'lost'>;
  /**
   * What to ask the seeker in this turn (oldest due first): due follow-ups not shown yet
   * (scheduled; the website's wait for the seeker to return), and those asked but not answered
   * (a WhatsApp template or Teams card the seeker answers by typing). Mark a scheduled one asked
   * only when it was really shown.
   */
  dueForSeeker(seekerId: string, now: Date): Promise<FollowUpRow[]>;
  get(id: string): Promise<FollowUpRow | undefined>;
  /** Whether the seeker was ever followed up about this subject (any status). */
  forSubject(seekerId: string, subjectId: string): Promise<boolean>;
  /** Whether a follow-up about this subject was answered "nog niet" before (then not asked a third time). */
  notYetBefore(seekerId: string, subjectId: string): Promise<boolean>;
  /** "Weet ik niet": asked → scheduled again at `dueAt`, nothing kept of the answer. */
  postpone(id: string, dueAt: Date): Promise<boolean>;
  /** The seeker's open follow-up that was asked (the latest), for an answer typed without a button. */
  askedFor(seekerId: string): Promise<FollowUpRow | undefined>;
  /** Compare-and-set asked (or sending) → answered, and one FollowUpOutcome row; false when already answered. */
  answer(id: string, outcome: Outcome, at?: Date): Promise<boolean>;
  /**
   * "Nog niet": after answer(id, 'not-yet'), plans the same follow-up once more (a new row, so
   * the first answer stays counted). Undefined when it was asked again already, or not answered 'not-yet'.
   */
  reschedule(id: string, dueAt: Date): Promise<{ id: string } | undefined>;
  /** The seeker said no more (or the referral ended): open follow-ups → cancelled. */
  cancel(id: string): Promise<boolean>;
  cancelForSeeker(seekerId: string): Promise<number>;
  /** Answers per referral type × provider, optionally for one region and from a month (YYYY-MM). */
  outcomes(regionId?: string, fromMonth?: string): Promise<OutcomeCount[]>;
}
