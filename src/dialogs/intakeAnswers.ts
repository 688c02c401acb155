// What the intake collects, step by step, and how it becomes a matching profile.
import { z } from 'zod';
import {
  DutchLevelSchema,
  EducationLevelSchema,
  IncomeSituationSchema,
  LimitsSchema,
  type ProfileInput,
} from '../matching';

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

export type IntakeAnswers = z.input<typeof IntakeAnswersSchema>;

/** The matching profile for what is known; unknown fields get careful defaults. */
export function toProfileInput(a: IntakeAnswers): ProfileInput {
  const barriers: NonNullable<ProfileInput['barriers']> = [];
  if (a.healthLimits === 'yes') barriers.push('health');
  return {
    income: { situation: a.situation ?? 'none', ...(a.situation === 'wia' && a.wiaType ? { wiaType: a.wiaType } : {}) },
    workHistory: (a.jobs ?? []).map((job) => ({
      title: job.text.slice(0, 200),
      ...(job.occupation ? { occupationUri: job.occupation.uri, confirmed: job.confirmed === true } : {}),
      ...(job.years !== undefined ? { years: Math.min(60, job.years) } : {}),
    })),
    ...(a.birthYear !== undefined && a.birthYear >= 1930 && a.birthYear <= 2015 ? { birthYear: a.birthYear } : {}),
    education: { level: a.education ?? 'none', ...(a.foreignDiploma ? { foreignDiploma: true } : {}) },
    dutchLevel: a.dutchLevel ?? 'B1',
    ...(a.drivingLicence !== undefined ? { drivingLicence: a.drivingLicence } : {}),
    ...(a.limits ? { limits: a.limits } : {}),
    barriers,
    goals: {
      direction: a.direction ?? 'unsure',
      ...(a.interests ? { interests: a.interests.slice(0, 300) } : {}),
      ...(a.targets?.length ? { targetOccupationUris: a.targets.map((t) => t.uri) } : {}),
      ...(a.hours ? { hoursPerWeek: a.hours } : {}),
      ...(a.postcode ? { postcode: a.postcode } : {}),
      ...(a.region ? { region: a.region.slice(0, 100) } : {}),
      start: a.start ?? 'now',
      training: { willing: a.trainingWilling ?? true, ...(a.trainingMonths ? { maxMonths: Math.max(1, Math.min(60, Math.round(a.trainingMonths))) } : {}) },
    },
  };
}

/** Marks an answer field as a guess ("ongeveer", "denk ik"), or clears that mark when it was said exactly. */
export function markApproximate(a: IntakeAnswers, field: string, approximate: boolean): void {
  const rest = (a.approximate ?? []).filter((f) => f !== field);
  if (approximate) rest.push(field);
  if (rest.length) a.approximate = rest;
  else delete a.approximate;
}
