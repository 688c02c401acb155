// The port the chat's apply dialog codes against (issue 18, contract §3); src/db/budgetStore.ts
// implements it. Domain code: no botbuilder, no Prisma.
import { z } from 'zod';

/** A seeker's answers in the apply dialog, stored as the application's `data`. */
export const BudgetApplicationDataSchema = z.object({
  training: z.string().trim().min(1).max(300),
  provider: z.string().trim().min(1).max(300),
  /** Euros as the seeker said them; the store keeps integer cents. */
  costEuros: z.number().finite().positive().max(1_000_000),
  /** As the seeker said it ("1 september", "2027-02-01"). */
  start: z.string().trim().min(1).max(100),
});
export type BudgetApplicationData = z.infer<typeof BudgetApplicationDataSchema>;

export interface BudgetApplications {
  /** Creates the application (status 'requested'); one open application per seeker and scheme: a second apply returns the open one. */
  apply(input: { seekerId: string; regionId: string; schemeId: string; data: BudgetApplicationData }): Promise<{ id: string }>;
  /** The seeker's applications that are still open (requested or granted, not yet paid). */
  openFor(seekerId: string): Promise<{ id: string; schemeId: string; status: string }[]>;
}
