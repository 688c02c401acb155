// The seeker profile: one zod schema shared by the bot, the advisor console and the CLI.
// Every TypeScript type for a profile is derived from it (no hand-written duplicate shapes).
import { z } from 'zod';

/** Stable English values; seekers see Dutch text for them (texts.nl.ts). */
export const IncomeSituationSchema = z.enum([
  'employed', // working, permanent contract
  'flex', // working: temporary, agency (uitzend) or zero-hours contract
  'self-employed', // zzp
  'ww', // unemployment benefit (UWV)
  'bijstand', // social assistance (gemeente, Participatiewet)
  'wia', // disability benefit after 2 years of illness (UWV): WGA or IVA
  'wajong', // disability benefit for young people (UWV)
  'other-benefit', // e.g. Ziektewet, IOW, IOAW, ANW
  'none', // no income and no benefit, e.g. a returner or a partner's income
]);
export type IncomeSituation = z.infer<typeof IncomeSituationSchema>;

export const DutchLevelSchema = z.enum(['A0', 'A1', 'A2', 'B1', 'B2', 'C1', 'C2', 'native']);
export type DutchLevel = z.infer<typeof DutchLevelSchema>;
export const DUTCH_LEVEL_ORDER: readonly DutchLevel[] = DutchLevelSchema.options;

export const EducationLevelSchema = z.enum([
  'none',
  'primary',
  'vmbo',
  'mbo-1',
  'mbo-2',
  'mbo-3',
  'mbo-4',
  'havo',
  'vwo',
  'hbo',
  'wo',
]);
export type EducationLevel = z.infer<typeof EducationLevelSchema>;

/** NLQF level of the highest finished education (NLQF/EQF 1..8; 0 = none or unknown). */
export const NLQF_BY_EDUCATION: Record<EducationLevel, number> = {
  none: 0,
  primary: 0,
  vmbo: 1,
  'mbo-1': 1,
  'mbo-2': 2,
  'mbo-3': 3,
  'mbo-4': 4,
  havo: 4,
  vwo: 4,
  hbo: 6,
  wo: 7,
};

/** Things that make a route to work harder; used for the complex-case flag, never to exclude. */
export const BarrierSchema = z.enum([
  'health', // illness or disability (arbeidsbeperking)
  'care-duties',
  'debts',
  'housing',
  'digital-skills',
  'transport',
  'childcare',
]);
export type Barrier = z.infer<typeof BarrierSchema>;

const ESCO_OCCUPATION_URI = /^http:\/\/data\.europa\.eu\/esco\/occupation\/[0-9a-f-]{36}$/;
export const EscoOccupationUriSchema = z
  .string()
  .regex(ESCO_OCCUPATION_URI, 'an ESCO occupation URI like http://data.europa.eu/esco/occupation/<uuid>');

const yearMonth = z.string().regex(/^\d{4}-\d{2}(-\d{2})?$/, 'a date as YYYY-MM or YYYY-MM-DD');

export const WorkHistoryItemSchema = z
  .object({
    /** ESCO occupation, as chosen in the intake (e.g. from searchOccupations). */
    occupationUri: EscoOccupationUriSchema.optional(),
    /** The seeker's own words, e.g. "heftruckchauffeur bij een distributiecentrum". */
    title: z.string().trim().min(1).max(200).optional(),
    years: z.number().min(0).max(60).optional(),
    /** Year the job ended; absent = current or unknown. */
    endYear: z.number().int().min(1950).max(2100).optional(),
    /**
     * Whether the seeker confirmed `occupationUri` as their work. Absent = confirmed when an
     * occupationUri is given (a caller chose it), a guess otherwise. Only a confirmed occupation
     * may be called "the work you did before" or "skills you already have".
     */
    confirmed: z.boolean().optional(),
  })
  .refine((item) => item.occupationUri !== undefined || item.title !== undefined, {
    message: 'give occupationUri or title (or both)',
  });
export type WorkHistoryItem = z.infer<typeof WorkHistoryItemSchema>;

/**
 * Limits the seeker stated. Kept from intake to proposals to console; never silently dropped.
 * Absent = not stated (no limit assumed), never "no limit confirmed".
 */
export const LimitsSchema = z.object({
  /** Cannot do physically heavy work (lifting, carrying, long standing, bending). */
  noHeavyWork: z.boolean().optional(),
  /** When the seeker can work: only during school hours, only daytime, or no night shifts. */
  times: z.enum(['school-hours', 'daytime', 'no-nights']).optional(),
  /** Longest one-way travel the seeker accepts, in minutes. */
  maxTravelMinutes: z.number().int().min(5).max(240).optional(),
  /** The seeker's own words about their limits, for the summary and the advisor. */
  words: z.string().trim().min(1).max(300).optional(),
});
export type Limits = z.infer<typeof LimitsSchema>;

export const GoalsSchema = z.object({
  /** same = the same work again; similar = close to past work; new = something else; unsure. */
  direction: z.enum(['same', 'similar', 'new', 'unsure']).default('unsure'),
  /** Occupations the seeker named as a wish (ESCO URIs, e.g. picked via searchOccupations). */
  targetOccupationUris: z.array(EscoOccupationUriSchema).max(20).default([]),
  /** Free-text wish, e.g. "iets in de zorg" or "buiten werken". */
  interests: z.string().trim().max(300).optional(),
  hoursPerWeek: z
    .object({ min: z.number().int().min(0).max(60).optional(), max: z.number().int().min(1).max(60).optional() })
    .refine((h) => h.min === undefined || h.max === undefined || h.min <= h.max, { message: 'min must be <= max' })
    .optional(),
  /** Dutch 4-digit postcode area (no letters: those are personal data we do not need). */
  postcode: z.string().regex(/^[1-9]\d{3}$/, 'four digits, e.g. 3511').optional(),
  /** Labour-market region name, when known (e.g. "Midden-Utrecht"). */
  region: z.string().trim().min(1).max(100).optional(),
  start: z.enum(['now', 'within-3-months', 'within-6-months', 'later']).default('now'),
  training: z
    .object({
      willing: z.boolean(),
      /** Longest training the seeker wants to do, in months. */
      maxMonths: z.number().int().min(1).max(60).optional(),
      hoursPerWeek: z.number().int().min(1).max(40).optional(),
    })
    .default({ willing: true }),
});
export type Goals = z.infer<typeof GoalsSchema>;

export const ProfileSchema = z
  .object({
    /** Optional caller reference; never shown to the seeker. */
    id: z.string().max(100).optional(),
    birthYear: z.number().int().min(1930).max(2015).optional(),
    income: z.object({
      situation: IncomeSituationSchema,
      /** Only for situation "wia": WGA (partly able to work) or IVA (fully and permanently unable). */
      wiaType: z.enum(['wga', 'iva']).optional(),
      /** Since when the benefit or situation runs (YYYY-MM or YYYY-MM-DD). */
      since: yearMonth.optional(),
    }),
    workHistory: z.array(WorkHistoryItemSchema).max(30).default([]),
    /** Extra skills the seeker has: skill ids as returned by getOccupationSkills (ESCO URI or "esco-en:<label>"). */
    skills: z.array(z.string().min(1).max(300)).max(200).default([]),
    education: z.object({
      level: EducationLevelSchema,
      /** NLQF level if known (e.g. from a diploma evaluation); otherwise derived from level. */
      nlqf: z.number().int().min(0).max(8).optional(),
      /** Diploma from abroad not (yet) recognised in the Netherlands. */
      foreignDiploma: z.boolean().optional(),
    }),
    dutchLevel: DutchLevelSchema,
    /** Car driving licence (B); absent = unknown. */
    drivingLicence: z.boolean().optional(),
    limits: LimitsSchema.default({}),
    barriers: z.array(BarrierSchema).max(10).default([]),
    goals: GoalsSchema,
  })
  .refine((p) => p.income.wiaType === undefined || p.income.situation === 'wia', {
    message: 'wiaType is only allowed when income.situation is "wia"',
    path: ['income', 'wiaType'],
  });

/** A validated profile (defaults filled in). */
export type Profile = z.infer<typeof ProfileSchema>;
/** What a caller may pass before validation (defaults optional). */
export type ProfileInput = z.input<typeof ProfileSchema>;

/** Startkwalificatie: a havo or vwo diploma, or mbo level 2 or higher (foreign diplomas: unknown until valued). */
export function hasStartQualification(profile: Profile): boolean | undefined {
  if (profile.education.foreignDiploma) return undefined;
  return ['mbo-2', 'mbo-3', 'mbo-4', 'havo', 'vwo', 'hbo', 'wo'].includes(profile.education.level);
}

export function nlqfOf(profile: Profile): number {
  return profile.education.nlqf ?? NLQF_BY_EDUCATION[profile.education.level];
}

export function dutchAtMost(profile: Profile, level: DutchLevel): boolean {
  return DUTCH_LEVEL_ORDER.indexOf(profile.dutchLevel) <= DUTCH_LEVEL_ORDER.indexOf(level);
}

/** Age in whole years at `now`, or undefined when no birth year is known (birthday ignored: ±1 year). */
export function ageAt(profile: Profile, now: Date): number | undefined {
  return profile.birthYear === undefined ? undefined : now.getUTCFullYear() - profile.birthYear;
}

/** Formats zod issues as "field.path: message" lines, for the CLI and the API. */
export function describeProfileIssues(error: z.ZodError): string[] {
  return error.issues.map((issue) => {
    const where = issue.path.length > 0 ? issue.path.join('.') : '(profile)';
    return `${where}: ${issue.message}`;
  });
}
