// The shape of a knowledge-base entry (content/knowledge/*.json). Types come from these schemas.
import { z } from 'zod';
import { SourceSchema, WhoToAskTopicSchema } from '../matching';
import { AskSituationSchema } from '../matching/whoToAsk';

const Localised = z.object({ nl: z.string().trim().min(1), en: z.string().trim().min(1) });

/**
 * Answers state facts and who decides; they never give an amount of money or a percentage
 * (those change twice a year and depend on the person): "UWV beslist …", not "je krijgt 70%".
 */
const NO_AMOUNTS = /€|\b\d[\d.,]*\s*(euro|eur|procent|percent|%)|%/i;
const Answer = z
  .string()
  .trim()
  .min(40, 'an answer of at least one real sentence')
  .max(700, 'short answers: 2 to 4 sentences')
  .refine((text) => !NO_AMOUNTS.test(text), 'answers never contain amounts or percentages: say who decides instead');

export const FollowUpSchema = z.enum(['intake', 'employer', 'advisor']);
export type FollowUp = z.infer<typeof FollowUpSchema>;

export const KnowledgeEntrySchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/, 'lowercase letters, digits and dashes'),
  /** Ways people ask this question. Several per language: the search matches against each. */
  questions: z.object({
    nl: z.array(z.string().trim().min(3)).min(2, 'at least two Dutch phrasings'),
    en: z.array(z.string().trim().min(3)).min(1, 'at least one English phrasing'),
  }),
  answer: z.object({ nl: Answer, en: Answer }),
  /** The organisation that decides or knows for sure ("UWV", "je gemeente"). */
  organisation: Localised,
  /** Official pages with a human name (src/matching/sources.ts); a bare URL is the old format. */
  sources: z.array(z.union([SourceSchema, z.url()])).min(1),
  /** The who-to-ask topic (content/who-to-ask.json): the organisation then follows the seeker's situation. */
  topic: WhoToAskTopicSchema.optional(),
  /** The situations the answer is written for (its answer is about WW, say); absent: everyone. */
  situations: z.array(AskSituationSchema).min(1).optional(),
  /** What the bot offers after the answer: the intake, the employer route, or an advisor. */
  followUp: FollowUpSchema.optional(),
  /**
   * For the "waarom-…" entries of intake questions: what happens when the seeker says no or does
   * not answer ("wat gebeurt er als ik nee zeg?"), said at that question.
   */
  ifNo: z.object({ nl: Answer, en: Answer }).optional(),
});
export type KnowledgeEntry = z.infer<typeof KnowledgeEntrySchema>;

export const KnowledgeFileSchema = z.object({
  _about: z.string().optional(),
  entries: z.array(KnowledgeEntrySchema).min(1),
});
