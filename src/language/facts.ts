// Every fact one answer holds, not just the one asked: "ik heb sinds twee maanden WW, die loopt tot
// september volgend jaar" gives the situation, since when and until when. Pure: the dialogs decide
// which facts to take (only questions not yet answered) and repeat them so the seeker can correct.
import { z } from 'zod';
import { DutchLevelSchema, EducationLevelSchema, IncomeSituationSchema, LimitsSchema } from '../matching/profile';
import type { Locale } from './locale';
import { readProfileFacts } from './factsProfile';
import { readGoalFacts } from './factsGoals';
import { readSituationFacts } from './factsSituation';
import { makeContext, nonAnswerOf } from './factsText';
import { readWorkFacts } from './factsWork';

/** The intake's questions, by id (src/dialogs: situation, skills, goals, limits). */
export const INTAKE_QUESTION_IDS = [
  'situation', 'wiaType', 'wwEnd', 'amount',
  'job', 'pickOccupation', 'earlierJob', 'pickEarlierOccupation', 'education', 'dutch', 'foreignDiploma', 'age', 'licence', 'health', 'limits', 'limitsMore',
  'direction', 'interest', 'target', 'hours', 'postcode', 'travel', 'start', 'training', 'trainingMonths',
] as const;
export const IntakeQuestionIdSchema = z.enum(INTAKE_QUESTION_IDS);
export type IntakeQuestionId = z.infer<typeof IntakeQuestionIdSchema>;

/** A point in time as precise as the seeker said it (YYYY-MM-DD; for 'month' the day is 01). */
export const DateFactSchema = z.object({
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  granularity: z.enum(['day', 'month', 'year']),
  approximate: z.boolean(),
});
export type DateFact = z.infer<typeof DateFactSchema>;

export const JobFactSchema = z.object({
  /** The words to search an occupation with ("orderpicker"), without years and limits. */
  text: z.string().min(1),
  years: z.number().nonnegative().optional(),
  approximate: z.boolean().optional(),
  /** Said as earlier work ("daarvoor", "vroeger", "before that"), not the last job. */
  earlier: z.boolean().optional(),
});
export type JobFact = z.infer<typeof JobFactSchema>;

export const StartSchema = z.enum(['now', 'within-3-months', 'within-6-months', 'later']);

export const FactsSchema = z.object({
  situation: IncomeSituationSchema.optional(),
  wiaType: z.enum(['wga', 'iva']).optional(),
  /** Since when the current situation (benefit, work) runs. */
  since: DateFactSchema.optional(),
  /** When the benefit ends, or 'unknown' when the seeker does not know. */
  benefitEnd: z.union([DateFactSchema, z.literal('unknown')]).optional(),
  /** Net income or benefit per month in euros. */
  monthlyAmount: z.object({ amount: z.number().positive(), approximate: z.boolean() }).optional(),
  jobs: z.array(JobFactSchema).optional(),
  /** "nooit gewerkt", "geen werkervaring". */
  noWork: z.literal(true).optional(),
  education: EducationLevelSchema.optional(),
  /** "mbo" without a level: the dialog asks which level (education stays unset). */
  mboLevelUnknown: z.literal(true).optional(),
  foreignDiploma: z.boolean().optional(),
  dutchLevel: DutchLevelSchema.optional(),
  drivingLicence: z.boolean().optional(),
  healthLimits: z.enum(['yes', 'no', 'private']).optional(),
  /** Stated limits (with `words`: the seeker's own phrases). */
  limits: LimitsSchema.optional(),
  /** A wish for work in the seeker's own words ("iets met dieren"), or 'none' for no preference. */
  wish: z.union([z.object({ text: z.string().min(1) }), z.literal('none')]).optional(),
  /** Hours per week, or 'any' ("maakt niet uit"). */
  hours: z.union([z.object({ min: z.number().nonnegative(), max: z.number().positive(), approximate: z.boolean().optional() }), z.literal('any')]).optional(),
  /** The 4 digits of a postcode (never the letters). */
  postcode: z.string().regex(/^\d{4}$/).optional(),
  birthYear: z.number().int().optional(),
  start: StartSchema.optional(),
  trainingWilling: z.boolean().optional(),
  trainingMonths: z.object({ months: z.number().positive(), approximate: z.boolean() }).optional(),
});
export type Facts = z.infer<typeof FactsSchema>;
export type FactKey = keyof Facts;

/** An answer that holds no content: stored as no / unknown / no preference / rather not say. */
export const NonAnswerSchema = z.enum(['no', 'unknown', 'no-preference', 'private']);
export type NonAnswer = z.infer<typeof NonAnswerSchema>;

export interface ReadOptions {
  /** Today, for "over 2 jaar", "sinds maart". */
  reference: Date;
  locale?: Locale;
  /** The question being answered: a bare "32" is hours at the hours question, an age at the age question. */
  asked?: IntakeQuestionId;
}

export interface Reading {
  facts: Facts;
  /** The whole answer is a non-answer (to the asked question). */
  nonAnswer?: NonAnswer;
}

/**
 * Reads every fact in one answer: situation, since, benefit end, amount, jobs, education, Dutch,
 * licence, limits, wish, hours, postcode, age, start, training. With `asked`, a bare answer is
 * read for that question ("32" at hours). A whole answer without content ("nee", "weet niet",
 * "maakt niet uit", "liever niet") sets `nonAnswer` and is never a job or a wish; where it is the
 * answer itself ("nee" at the licence question) the fact is set too. Precision before recall:
 * negated, past or work-content mentions give no fact. See README.md for the rules.
 */
export function readFacts(text: string, options: ReadOptions): Reading {
  const asked = options.asked;
  const nonAnswer = nonAnswerOf(text, asked);
  const ctx = makeContext(text, options.reference, asked, options.locale);
  if (ctx.clauses.length === 0) return nonAnswer ? { facts: {}, nonAnswer } : { facts: {} };
  const facts: Facts = nonAnswer ? nonAnswerFacts(nonAnswer, ctx) : {
    ...readSituationFacts(ctx),
    ...readProfileFacts(ctx),
    ...readGoalFacts(ctx),
  };
  if (!nonAnswer) Object.assign(facts, readWorkFacts(ctx));
  const parsed = FactsSchema.safeParse(facts);
  const clean = parsed.success ? parsed.data : dropInvalid(facts);
  return nonAnswer ? { facts: clean, nonAnswer } : { facts: clean };
}

/** What a non-answer means at the question it answers ("nee" at licence = no licence). */
function nonAnswerFacts(nonAnswer: NonAnswer, ctx: ReturnType<typeof makeContext>): Facts {
  const facts: Facts = {};
  switch (ctx.asked) {
    case 'licence': if (nonAnswer === 'no') facts.drivingLicence = false; break;
    case 'foreignDiploma': if (nonAnswer === 'no') facts.foreignDiploma = false; break;
    case 'health': if (nonAnswer === 'no') facts.healthLimits = 'no'; else if (nonAnswer === 'private') facts.healthLimits = 'private'; break;
    case 'training': if (nonAnswer === 'no') facts.trainingWilling = false; break;
    case 'wwEnd': if (nonAnswer === 'unknown') facts.benefitEnd = 'unknown'; break;
    case 'hours': if (nonAnswer === 'no-preference') facts.hours = 'any'; break;
    case 'education': if (nonAnswer === 'no') facts.education = 'none'; break;
    case 'interest': case 'target': case 'direction': if (nonAnswer === 'no-preference') facts.wish = 'none'; break;
    default: break;
  }
  // "nooit gewerkt", "nee nooit" at the job question: no work to name, and said so.
  if (nonAnswer === 'no' && (/\b(?:nooit|never)\b.*\b(?:gewerkt|worked)\b|\bgeen\s+(?:werk)?ervaring\b|\bno (?:work )?experience\b/.test(ctx.text) || (ctx.asked === 'job' && /\b(?:nooit|never)\b/.test(ctx.text)))) facts.noWork = true;
  return facts;
}

/** Keeps the facts that pass the schema one by one (a reader bug must not lose the others). */
function dropInvalid(facts: Facts): Facts {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(facts)) {
    const shape = FactsSchema.shape[key as FactKey];
    if (shape && shape.safeParse(value).success) out[key] = value;
  }
  return out as Facts;
}
