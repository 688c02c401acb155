// Van werk naar werk: what an employer offers the employees of a TransitionGroup, stored as the
// group's `arrangement` JSON. Written by the employer's dialog and the console, read by the
// seeker's summary (shown as a proposal next to the others). Every field is optional: only what
// the employer said is shown.
import { z } from 'zod';

export const GroupArrangementSchema = z.object({
  /** The employer pays for a training or course. */
  trainingPaid: z.boolean().optional(),
  /** Up to this many euros for training (per employee). */
  trainingBudgetEuro: z.number().int().min(1).max(100_000).optional(),
  /** The transitievergoeding (the payment at dismissal) may be spent on training. */
  transitievergoedingForTraining: z.boolean().optional(),
  /** Paid time off for applying and job interviews. */
  timeOffForApplying: z.boolean().optional(),
  /** An outplacement (help finding other work) bureau, paid by the employer. */
  outplacement: z.boolean().optional(),
  /** Anything else, in the employer's own words (shown as written; no contact data). */
  words: z.string().trim().min(1).max(500).optional(),
  /** Who employees ask about it, e.g. "HR" or "je leidinggevende" (no names or numbers). */
  askWho: z.string().trim().min(1).max(100).optional(),
});
export type GroupArrangement = z.infer<typeof GroupArrangementSchema>;

/** What the employer's dialog offers as choices; each sets one field of the arrangement. */
export const GroupOfferSchema = z.enum(['training-paid', 'transition-fee', 'time-off', 'outplacement']);
export type GroupOffer = z.infer<typeof GroupOfferSchema>;

const OFFER_FIELD = {
  'training-paid': 'trainingPaid',
  'transition-fee': 'transitievergoedingForTraining',
  'time-off': 'timeOffForApplying',
  outplacement: 'outplacement',
} as const satisfies Record<GroupOffer, keyof GroupArrangement>;

/** The arrangement of the offers an employer chose in the chat. */
export function arrangementOf(offers: readonly GroupOffer[], words?: string): GroupArrangement {
  const arrangement: GroupArrangement = words ? { words } : {};
  for (const offer of offers) arrangement[OFFER_FIELD[offer]] = true;
  return GroupArrangementSchema.parse(arrangement);
}

/** The offers an arrangement holds, in the dialog's terms (for "Klopt dit?"). */
export function offersOf(arrangement: GroupArrangement): GroupOffer[] {
  return GroupOfferSchema.options.filter((offer) => arrangement[OFFER_FIELD[offer]] === true);
}

/** The stored JSON as an arrangement; undefined when it is not one or offers nothing. */
export function readArrangement(json: unknown): GroupArrangement | undefined {
  const parsed = GroupArrangementSchema.safeParse(typeof json === 'string' ? safeJson(json) : json);
  if (!parsed.success) return undefined;
  const a = parsed.data;
  const offers = a.trainingPaid || a.trainingBudgetEuro !== undefined || a.transitievergoedingForTraining || a.timeOffForApplying || a.outplacement || a.words !== undefined;
  return offers ? a : undefined;
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
