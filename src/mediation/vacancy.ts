// A vacancy as the employer gave it (chat), an advisor entered it (console) or an import brought
// it: one schema from the dialog to the console and the matching. Business facts only: the contact
// person lives on the Employer row, never in here, so seekers can be shown `data` safely.
import { z } from 'zod';
import { DutchLevelSchema, EducationLevelSchema, EscoOccupationUriSchema } from '../matching/profile';

export const VacancyStatusSchema = z.enum(['draft', 'published', 'closed']);
export type VacancyStatus = z.infer<typeof VacancyStatusSchema>;

export const VacancySourceSchema = z.enum(['chat', 'console', 'import']);
export type VacancySource = z.infer<typeof VacancySourceSchema>;

/** Support the employer is open to for a candidate who needs it. */
export const SupportOpennessSchema = z.enum(['banenafspraak', 'loonkostensubsidie', 'jobcoach', 'proefplaatsing']);
export type SupportOpenness = z.infer<typeof SupportOpennessSchema>;

/** What can be learned on the job: a BBL route (work and learn) or a training budget. */
export const LearnOnTheJobSchema = z.enum(['bbl', 'training-budget', 'inwerken']);
export type LearnOnTheJob = z.infer<typeof LearnOnTheJobSchema>;

export const VacancyDataSchema = z.object({
  /** The work in the employer's own words, e.g. "heftruckchauffeur in ons magazijn". */
  words: z.string().trim().min(1).max(300),
  /** The ESCO occupation the employer confirmed (absent: not confirmed, matched on words only). */
  occupationUri: EscoOccupationUriSchema.optional(),
  hoursPerWeek: z
    .object({ min: z.number().int().min(1).max(60).optional(), max: z.number().int().min(1).max(60).optional() })
    .refine((h) => h.min === undefined || h.max === undefined || h.min <= h.max, { message: 'min must be <= max' })
    .optional(),
  /** 4-digit postcode area of the workplace (no letters). */
  postcode: z.string().regex(/^[1-9]\d{3}$/, 'four digits, e.g. 3511').optional(),
  /** Place name for display, e.g. "Nieuwegein". */
  place: z.string().trim().min(1).max(100).optional(),
  start: z.enum(['now', 'within-3-months', 'later']).default('now'),
  /** Requirements: a diploma level, a Dutch level, a driving licence, physically heavy work, shifts. */
  requirements: z
    .object({
      education: EducationLevelSchema.optional(),
      dutch: DutchLevelSchema.optional(),
      drivingLicence: z.boolean().optional(),
      heavyWork: z.boolean().optional(),
      times: z.enum(['daytime', 'evenings', 'nights', 'shifts', 'weekends']).optional(),
      /** Anything else, in the employer's words. */
      words: z.string().trim().min(1).max(300).optional(),
    })
    .default({}),
  learnOnTheJob: z.array(LearnOnTheJobSchema).max(3).default([]),
  /** Open to candidates who need support; empty = not said. */
  support: z.array(SupportOpennessSchema).max(4).default([]),
  /** Free text shown to seekers, written by the employer or an advisor (no contact data). */
  description: z.string().trim().min(1).max(1000).optional(),
});
export type VacancyData = z.infer<typeof VacancyDataSchema>;
export type VacancyDataInput = z.input<typeof VacancyDataSchema>;

/** The contact person an employer gives: shown only to werkgeversadviseurs and admins. */
export const EmployerContactSchema = z
  .object({
    name: z.string().trim().min(1).max(100),
    email: z.string().trim().email().max(200).optional(),
    phone: z.string().trim().regex(/^\+?[0-9 ()-]{8,20}$/, 'a phone number').optional(),
  })
  .refine((c) => c.email !== undefined || c.phone !== undefined, { message: 'give an email address or a phone number' });
export type EmployerContact = z.infer<typeof EmployerContactSchema>;

/** A vacancy as the matching sees it: the published row's id and title with its data. */
export interface VacancyForMatching {
  id: string;
  title: string;
  data: VacancyData;
}
