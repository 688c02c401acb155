// The take-away overview as data: what the seeker told (the summary lines), the proposals with
// next steps and what to bring, and whom to contact. Pure: the dialog builds it once from the
// stored answers and proposals; the HTML page, the PDF and the chat text are all made from it.
import { z } from 'zod';
import { isSourcePage, MAX_PROPOSALS_SHOWN } from '../matching';

export const OverviewProposalSchema = z.object({
  title: z.string(),
  provider: z.string(),
  reasons: z.array(z.string()),
  nextStep: z.string(),
  whatToBring: z.array(z.string()),
  source: z.object({ name: z.string(), url: z.string() }).optional(),
  /** An advisor's "past niet": shown with the reason, not as advice. */
  notFitting: z.string().optional(),
});

export const OverviewContactSchema = z.object({
  name: z.string(),
  phone: z.string().optional(),
  url: z.string().optional(),
});

export const OverviewDataSchema = z.object({
  version: z.literal(1),
  locale: z.enum(['nl', 'en']),
  madeAt: z.string(),
  told: z.array(z.string()),
  proposals: z.array(OverviewProposalSchema),
  contacts: z.array(OverviewContactSchema),
});

export type OverviewData = z.infer<typeof OverviewDataSchema>;
export type OverviewProposal = z.infer<typeof OverviewProposalSchema>;
export type OverviewContact = z.infer<typeof OverviewContactSchema>;

/** A stored proposal as the overview needs it (the matching module's ProposalView, loosely). */
export interface StoredProposal {
  title: string;
  provider: string;
  score: number;
  reasons?: string[];
  nextStep?: string;
  whatToBring?: string[];
  sources?: string[];
  sourceLinks?: { url: string; name: string }[];
  notFittingReason?: string | null;
}

/** A code works 30 days and 5 openings (an intake, a colleague, a second visit: enough, not more). */
export const CODE_DAYS = 30;
export const CODE_USES = 5;
/** The seeker's own link works 7 days; asking "overzicht" again gives a fresh one. */
export const LINK_DAYS = 7;


export interface BuildInput {
  locale: 'nl' | 'en';
  now: Date;
  /** The summary lines, as the chat showed them (without the "- "). */
  told: string[];
  proposals: StoredProposal[];
  /** The organisation that runs this Werkloket (ORGANISATION_*). */
  organisation?: { name: string; phone?: string; url?: string };
}

export function buildOverview(input: BuildInput): OverviewData {
  const byScore = [...input.proposals].sort((a, b) => b.score - a.score);
  const advice = byScore.filter((p) => !p.notFittingReason).slice(0, MAX_PROPOSALS_SHOWN);
  const marked = byScore.filter((p) => p.notFittingReason);
  const proposals = [...advice, ...marked].map(toProposal);
  return {
    version: 1,
    locale: input.locale,
    madeAt: input.now.toISOString(),
    told: input.told,
    proposals,
    contacts: contactsOf(proposals, input.organisation),
  };
}

function toProposal(p: StoredProposal): OverviewProposal {
  const link = p.sourceLinks?.find((l) => isSourcePage(l.url));
  const url = link?.url ?? p.sources?.find(isSourcePage);
  return {
    title: p.title,
    provider: p.provider,
    reasons: (p.reasons ?? []).slice(0, 3),
    nextStep: p.nextStep ?? '',
    whatToBring: p.whatToBring ?? [],
    source: url ? { name: link?.name ?? url, url } : undefined,
    notFitting: p.notFittingReason ?? undefined,
  };
}

/** The operator first, then each provider of an advised proposal once, with its first page. */
function contactsOf(proposals: OverviewProposal[], organisation?: BuildInput['organisation']): OverviewContact[] {
  const contacts: OverviewContact[] = organisation ? [{ name: organisation.name, phone: organisation.phone, url: organisation.url }] : [];
  for (const p of proposals) {
    if (p.notFitting || contacts.some((c) => c.name === p.provider)) continue;
    contacts.push({ name: p.provider, url: p.source?.url });
  }
  return contacts;
}

/** "2 december 2026" / "2 December 2026", in the overview's language. */
export function formatDay(date: Date, locale: 'nl' | 'en'): string {
  return new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Amsterdam' }).format(date);
}
