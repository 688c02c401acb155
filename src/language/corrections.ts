// Corrections at any moment: "nee dat klopt niet", "sorry foutje, ik was 31 jaar orderpicker",
// "het was geen 1 jaar maar 6 maanden", "uren klopt niet". Pure: says that the seeker corrects,
// what about (when named) and what is left to read as the new answer.
import { z } from 'zod';
import type { FactKey } from './facts';

export const CorrectionSchema = z.object({
  /** The fact the seeker says is wrong, when named ("uren klopt niet" → hours) or implied by `rest`. */
  field: z.string().optional() as z.ZodType<FactKey | undefined>,
  /** The new answer in the same message ("ik was 31 jaar orderpicker", "6 maanden"); '' when none. */
  rest: z.string(),
});
export type Correction = z.infer<typeof CorrectionSchema>;

/** Whether (and what) the seeker corrects; undefined for an ordinary answer. */
export function findCorrection(text: string): Correction | undefined {
  void text;
  return undefined;
}
