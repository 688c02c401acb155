// What matchProfile returns. The JSON printed by `npm run match` is exactly this shape.
import { z } from 'zod';
import { ProviderContactSchema } from '../region/contact';

export const ProposalKindSchema = z.enum(['schooling', 'reintegration', 'referral', 'job-direction']);
export type ProposalKind = z.infer<typeof ProposalKindSchema>;

/** The first step towards work that is not open to the seeker yet (issue 13: "a route, not vacatures"). */
export const RouteSchema = z.object({
  /**
   * Why a route: the usual level is clearly above the seeker's education; a driving licence is
   * needed first; the seeker's wish; a foreign diploma whose level must be known first (hbo/wo
   * work). Protected professions get their recognition step from regulated.ts instead.
   */
  why: z.enum(['level', 'driving-licence', 'wish', 'diploma-valuation']),
  training: z.object({
    /** mbo: a qualification from the MBO catalogue; hbo-wo: a higher-education study (no catalogue, named only). */
    kind: z.enum(['mbo', 'hbo-wo', 'driving-licence', 'diploma-valuation']),
    name: z.string().optional(),
    level: z.number().int().min(1).max(4).optional(),
    minYears: z.number().optional(),
    maxYears: z.number().optional(),
  }),
  /** Who to ask about paying for it, from the who-to-ask table for the seeker's situation. */
  whoPays: z.object({ organisation: z.string().min(1), how: z.string().min(1), contact: ProviderContactSchema.optional() }),
});
export type Route = z.infer<typeof RouteSchema>;

/** Scores are 0..1, rounded to 3 decimals so output is stable. */
export const roundScore = (x: number) => Math.round(Math.max(0, Math.min(1, x)) * 1000) / 1000;

/** How many proposals the seeker is shown at most (three first, the rest on "Meer voorstellen"); the overview lists as many. */
export const MAX_PROPOSALS_SHOWN = 5;

export const ProposalSchema = z.object({
  /** Stable id, e.g. "instrument:uwv-proefplaatsing" or "schooling:25080:<occupation uri>". */
  id: z.string().min(1),
  kind: ProposalKindSchema,
  title: z.string().min(1),
  provider: z.string().min(1),
  /** 0..1, higher is a better fit; rounded to 3 decimals so output is stable. */
  score: z.number().min(0).max(1),
  /** Short sentences in the requested language (Dutch B1 by default). */
  reasons: z.array(z.string().min(1)).min(1),
  /** Who decides about eligibility, in plain words ("UWV beslist of je dit krijgt."). */
  eligibility: z.string().min(1),
  nextStep: z.string().min(1),
  whatToBring: z.array(z.string().min(1)),
  /** Official public sources (URLs); ESCO identifiers stay in `occupation`, never here. */
  sources: z.array(z.string().url()).min(1),
  /** The same sources with a human name ("UWV: scholing met een WW-uitkering"), in order. */
  sourceLinks: z.array(z.object({ url: z.string().url(), name: z.string().min(1) })).min(1),
  /** The occupation this proposal leads to, when there is one. */
  occupation: z.object({ uri: z.string(), label: z.string() }).optional(),
  /** For work the seeker cannot apply for yet: the step first (training or licence), its length and who pays. */
  route: RouteSchema.optional(),
  /**
   * With a configured region for the seeker's postcode: the concrete office to contact first
   * (the next step names it), and every office the proposal's texts name (who pays, a second desk).
   */
  contact: ProviderContactSchema.optional(),
  contacts: z.array(ProviderContactSchema).optional(),
});
export type Proposal = z.infer<typeof ProposalSchema>;

export const ComplexSignalSchema = z.enum([
  'several-barriers',
  'health',
  'debts-or-housing',
  'low-dutch',
  'no-work-history',
  'long-term-benefit',
  'no-occupation-recognised',
]);
export type ComplexSignal = z.infer<typeof ComplexSignalSchema>;

export const LimitAppliedSchema = z.object({
  limit: z.enum(['no-heavy-work', 'times', 'driving-licence', 'hours', 'travel', 'dutch']),
  /** True when the limit left something out or turned work into a route. */
  changed: z.boolean(),
  text: z.string().min(1),
});
export type LimitApplied = z.infer<typeof LimitAppliedSchema>;

export const MatchResultSchema = z.object({
  proposals: z.array(ProposalSchema),
  /** For the handoff module: a person should look at this case. */
  complexCase: z.object({ complex: z.boolean(), signals: z.array(ComplexSignalSchema) }),
  /** How free-text job titles were understood (so the bot can confirm: "Je werkte als X. Klopt dat?"). */
  understoodWork: z.array(
    z.object({ input: z.string(), uri: z.string(), label: z.string(), confidence: z.number() }),
  ),
  /** Every limit the seeker stated, and whether it changed what is proposed (one B1 sentence each). */
  limitsApplied: z.array(LimitAppliedSchema).default([]),
  /** Things the caller should know (unknown skill ids, unrecognised job titles). Not for seekers. */
  warnings: z.array(z.string()),
});
export type MatchResult = z.infer<typeof MatchResultSchema>;
