// What matchProfile returns. The JSON printed by `npm run match` is exactly this shape.
import { z } from 'zod';

export const ProposalKindSchema = z.enum(['schooling', 'reintegration', 'referral', 'job-direction']);
export type ProposalKind = z.infer<typeof ProposalKindSchema>;

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

export const MatchResultSchema = z.object({
  proposals: z.array(ProposalSchema),
  /** For the handoff module: a person should look at this case. */
  complexCase: z.object({ complex: z.boolean(), signals: z.array(ComplexSignalSchema) }),
  /** How free-text job titles were understood (so the bot can confirm: "Je werkte als X. Klopt dat?"). */
  understoodWork: z.array(
    z.object({ input: z.string(), uri: z.string(), label: z.string(), confidence: z.number() }),
  ),
  /** Things the caller should know (unknown skill ids, unrecognised job titles). Not for seekers. */
  warnings: z.array(z.string()),
});
export type MatchResult = z.infer<typeof MatchResultSchema>;
