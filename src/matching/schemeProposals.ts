// A region's own schemes (src/budget/scheme.ts) as proposals: the same eligibility and relevance
// rules and the same score boosts as national instruments, only for seekers in that region. The
// next step says the seeker can apply right here in the chat.
import { schemeProposalId, type Scheme } from '../budget/scheme';
import { isEligible, isRelevant } from './eligibility';
import { boostedScore } from './instrumentProposals';
import { sourceFields } from './matchSources';
import type { Profile } from './profile';
import type { Proposal } from './proposal';
import { schemeTexts } from './schemeTexts';
import type { Locale, Texts } from './texts';
import type { Catalogue } from './catalogue';

export interface RegionSchemes {
  regionId: string;
  /** Who handles the schemes, as the seeker reads it ("Werkcentrum Midden-Utrecht"). */
  provider: string;
  schemes: readonly Scheme[];
}

export function schemeProposal(region: RegionSchemes, scheme: Scheme, profile: Profile, texts: Texts, locale: Locale): Proposal {
  const words = schemeTexts[locale];
  const boosted = boostedScore(scheme.tags, scheme.baseScore, profile, texts);
  return {
    id: schemeProposalId(region.regionId, scheme.id),
    kind: 'schooling',
    title: scheme.title[locale],
    provider: region.provider,
    score: boosted.score,
    reasons: [
      scheme.what[locale],
      texts.becauseIncome(texts.incomeExplained[profile.income.situation]),
      ...boosted.reasons,
      words.covers(scheme.covers[locale]),
      scheme.forWhom[locale],
    ],
    eligibility: `${scheme.decides[locale]} ${words.atMost(scheme.maxPerPerson)}`,
    nextStep: `${scheme.nextStep[locale]} ${words.applyHere}`,
    whatToBring: scheme.whatToHandIn[locale],
    ...sourceFields(scheme.sources, locale),
  };
}

/** The region's schemes this seeker may be proposed, as proposals. */
export function schemeProposals(region: RegionSchemes | undefined, profile: Profile, now: Date, texts: Texts, locale: Locale): Proposal[] {
  if (!region) return [];
  return region.schemes.filter((s) => isEligible(s, profile, now) && isRelevant(s, profile)).map((s) => schemeProposal(region, s, profile, texts, locale));
}

/**
 * The region whose schemes a seeker may get: the one their postcode lies in; only without a known
 * postcode the region the installation or website names (`regionId`). A postcode outside every
 * configured region gets none: the money is for the region's own inhabitants.
 */
export function schemeRegion(catalogue: Pick<Catalogue, 'directory' | 'schemes'>, at: { postcode?: string; regionId?: string }): RegionSchemes | undefined {
  const region = at.postcode !== undefined ? catalogue.directory.byPostcode(at.postcode)?.region : at.regionId !== undefined ? catalogue.directory.get(at.regionId) : undefined;
  const schemes = region ? catalogue.schemes.get(region.id) : undefined;
  if (!region || !schemes?.length) return undefined;
  return { regionId: region.id, provider: region.organisationName, schemes };
}
