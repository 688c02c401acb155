// Van werk naar werk: what an employer offers the group whose jobs end (TransitionGroup.arrangement).
// Business facts only: never names or data of the employees.
import { z } from 'zod';

export const GroupOfferSchema = z.enum(['training-paid', 'transition-fee', 'time-off', 'outplacement']);
export type GroupOffer = z.infer<typeof GroupOfferSchema>;

export const GroupArrangementSchema = z.object({
  offers: z.array(GroupOfferSchema).max(4).default([]),
  /** Anything else the employer said about the arrangement, in their words. */
  words: z.string().trim().min(1).max(300).optional(),
});
export type GroupArrangement = z.infer<typeof GroupArrangementSchema>;
