// An introduction's status flow: voorgesteld → gesprek → aangenomen / niet-aangenomen (with a
// reason). A pure table, like src/handoff/stateMachine.ts: the store checks a move against it.
import { z } from 'zod';

export const IntroductionStatusSchema = z.enum(['voorgesteld', 'gesprek', 'aangenomen', 'niet-aangenomen']);
export type IntroductionStatus = z.infer<typeof IntroductionStatusSchema>;

const NEXT: Record<IntroductionStatus, readonly IntroductionStatus[]> = {
  voorgesteld: ['gesprek', 'niet-aangenomen'],
  gesprek: ['aangenomen', 'niet-aangenomen'],
  aangenomen: [],
  'niet-aangenomen': [],
};

export function canMove(from: IntroductionStatus, to: IntroductionStatus): boolean {
  return NEXT[from].includes(to);
}

/** "Niet aangenomen" needs a reason; the other moves may carry one. */
export function needsReason(to: IntroductionStatus): boolean {
  return to === 'niet-aangenomen';
}

export const IntroductionStepSchema = z.object({
  status: IntroductionStatusSchema,
  at: z.string(),
  by: z.string(),
  reason: z.string().max(500).optional(),
});
export type IntroductionStep = z.infer<typeof IntroductionStepSchema>;
