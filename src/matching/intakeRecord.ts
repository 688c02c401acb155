// The seeker profile as it is stored and shown: what the intake collects (IntakeAnswersSchema, built
// from the matching profile's own enums) inside a versioned envelope. One zod schema from intake to
// console: the dialogs fill it, the store saves it, the console reads it (src/advisor/profileView.ts).
import { z } from 'zod';
import { DutchLevelSchema, EducationLevelSchema, IncomeSituationSchema, LimitsSchema } from './profile';

const OccupationChoiceSchema = z.object({ uri: z.string(), label: z.string() });

export const IntakeAnswersSchema = z.object({
  consent: z.boolean().optional(),
  /** A returning seeker's choice; used once, then removed. */
  resume: z.enum(['continue', 'update', 'proposals']).optional(),
  // Situation and income
  situation: IncomeSituationSchema.optional(),
  wiaType: z.enum(['wga', 'iva']).optional(),
  /** End date of a WW benefit (YYYY-MM-DD), when known. */
  benefitEnd: z.string().optional(),
  benefitEndUnknown: z.boolean().optional(),
  /** Since when the current situation runs (YYYY-MM-DD), when the seeker said it. */
  since: z.string().optional(),
  /** Net monthly income or benefit in euros, when the seeker wants to share it. */
  monthlyAmount: z.number().nonnegative().optional(),
  // Work and skills
  jobs: z
    .array(
      z.object({
        text: z.string(),
        years: z.number().optional(),
        occupation: OccupationChoiceSchema.optional(),
        /** The seeker picked or confirmed `occupation`; absent or false = our guess. */
        confirmed: z.boolean().optional(),
      }),
    )
    .default([]),
  /** Candidate occupations for the last job text, for the seeker to confirm. */
  candidates: z.array(OccupationChoiceSchema).optional(),
  /** Which job `candidates` belong to (index in `jobs`); absent = the last one. */
  candidatesFor: z.number().int().nonnegative().optional(),
  askEarlierJob: z.boolean().optional(),
  education: EducationLevelSchema.optional(),
  /** The highest diploma is from abroad and not (yet) valued in the Netherlands. */
  foreignDiploma: z.boolean().optional(),
  birthYear: z.number().int().optional(),
  dutchLevel: DutchLevelSchema.optional(),
  drivingLicence: z.boolean().optional(),
  healthLimits: z.enum(['yes', 'no', 'private']).optional(),
  /** Limits the seeker stated (the matching profile's shape). */
  limits: LimitsSchema.optional(),
  // Goals
  direction: z.enum(['same', 'similar', 'new', 'unsure']).optional(),
  interests: z.string().optional(),
  /** Occupations that fit the seeker's wish, found from their own words. */
  targets: z.array(OccupationChoiceSchema).optional(),
  hours: z.object({ min: z.number().optional(), max: z.number().optional() }).optional(),
  postcode: z.string().optional(),
  /** Labour-market region of the postcode, when the reference data has it. */
  region: z.string().optional(),
  start: z.enum(['now', 'within-3-months', 'within-6-months', 'later']).optional(),
  trainingWilling: z.boolean().optional(),
  trainingMonths: z.number().optional(),
  /** Occupations found from the seeker's wish, until the seeker says which one they mean (or none). */
  targetCandidates: z.array(OccupationChoiceSchema).optional(),
  // How the answers were given
  /** Answer fields the seeker gave as a guess ("2 jaar denk ik", "ongeveer 1500"): shown with "ongeveer". */
  approximate: z.array(z.string()).optional(),
  /** Question ids answered in passing in another answer: skipped in this intake. */
  prefilled: z.array(z.string()).optional(),
  /** Question ids the seeker answered when asked in this intake: never filled in passing. */
  asked: z.array(z.string()).optional(),
});

/**
 * Version of the stored envelope `{version, answers, complete}`. 1 = `{answers, complete}` without a
 * version (before issue 15). Raise it when a field changes meaning, and read the old shape in
 * readStoredProfile.
 */
export const PROFILE_VERSION = 2;

export const StoredProfileSchema = z.object({
  version: z.literal(PROFILE_VERSION),
  answers: IntakeAnswersSchema,
  /** The intake reached the proposals. */
  complete: z.boolean(),
});
export type StoredProfile = z.infer<typeof StoredProfileSchema>;

/** What is stored for a seeker now (the store writes this). */
export const storedProfile = <A>(answers: A, complete: boolean) => ({ version: PROFILE_VERSION, answers, complete });
