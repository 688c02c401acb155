// The best route toward the seeker's free-text wish: an occupation found in ESCO labels (as a
// job when the seeker can apply, else as a route with its training), or an MBO qualification
// whose name matches the wish. Occupations a stated limit excludes are left out.
import { type OccupationProposals, occupationProposals } from './directions';
import { excludedBy, type LimitLog } from './limits';
import { clearlyAboveLevel, knownNlqf, needsHigherEducation } from './level';
import type { Proposal } from './proposal';
import type { RankedOccupation } from './ranking';
import { bestMboRoute, qualificationWishProposal, type RouteContext } from './routeProposals';
import type { SeekerContext } from './seeker';
import { isNoWish, occupationsOfQualification, wishQualifications } from './wishes';

/** Confidence taken off a wish that needs hbo/wo first, or a big step up in MBO level. */
const FAR_PENALTY = 0.3;
const STEP_PENALTY = 0.1;
/** Within this confidence, a qualification (a concrete schooling step) wins over an occupation. */
const QUALIFICATION_PREFERENCE = 0.15;

interface Candidate {
  confidence: number;
  build: () => Proposal[];
}

function occupationCandidate(ctx: RouteContext, occupation: number, confidence: number, ranked: RankedOccupation[], seeker: SeekerContext, log: LimitLog): Candidate {
  const r: RankedOccupation = ranked.find((x) => x.occupation === occupation) ?? {
    occupation,
    score: 0,
    skillFit: 0,
    fit: 0,
    essentialHave: 0,
    essentialTotal: ctx.catalogue.essentialCount[occupation],
    isTarget: seeker.targets.has(occupation),
    interest: confidence,
    levelStep: 0,
  };
  // A wish that needs years of study first is a weaker lead than one within reach.
  const isco = ctx.catalogue.occupations[occupation].isco;
  const unknownForHigher = knownNlqf(ctx.profile) === undefined && needsHigherEducation(isco);
  const far = clearlyAboveLevel(ctx.profile, isco) || unknownForHigher ? (needsHigherEducation(isco) ? FAR_PENALTY : STEP_PENALTY) : 0;
  // Training we only estimate for this work is a weaker step than a qualification the wish names.
  const route = bestMboRoute(ctx.catalogue, occupation);
  const estimated = route === undefined || route.method === 'isco-group' ? STEP_PENALTY : 0;
  return { confidence: confidence - far - estimated, build: () => occupationProposals(ctx, r, seeker, log).proposals };
}

/** The wish's best route, already built, or undefined when there is no wish or nothing fits. */
export function wishRoute(ctx: RouteContext, ranked: RankedOccupation[], seeker: SeekerContext, log: LimitLog, built: OccupationProposals[]): Proposal[] | undefined {
  const { catalogue, profile, texts } = ctx;
  const wish = profile.goals.interests;
  if (isNoWish(wish)) return undefined;
  const candidates: Candidate[] = [];
  for (const [occupation, confidence] of seeker.interests) {
    const limit = excludedBy(catalogue, profile, occupation);
    if (limit) {
      log.exclude(limit);
      continue;
    }
    const already = built.find((b) => b.occupation === occupation && !b.isJob);
    if (already) candidates.push({ confidence, build: () => already.proposals });
    else candidates.push(occupationCandidate(ctx, occupation, confidence, ranked, seeker, log));
  }
  if (profile.goals.training.willing) {
    const nlqf = knownNlqf(profile);
    for (const hit of wishQualifications(catalogue, wish)) {
      const q = catalogue.qualifications[hit.qualification];
      const leadsTo = occupationsOfQualification(catalogue, hit.qualification);
      const blocked = leadsTo.map((o) => excludedBy(catalogue, profile, o)).find((l) => l !== undefined);
      if (leadsTo.length > 0 && leadsTo.every((o) => excludedBy(catalogue, profile, o) !== undefined)) {
        log.exclude(blocked!);
        continue;
      }
      // A big step up in level is a weaker first step than one that fits; mbo 1 (Entree) is for
      // people without a diploma, a step down for anyone with one.
      const stretch = nlqf !== undefined && (q.level > nlqf + 2 || (q.level === 1 && nlqf >= 1)) ? STEP_PENALTY : 0;
      // The work it leads to: allowed by the limits, and not hbo/wo work for an mbo 1-3 course.
      // Among those, the work the wish itself names comes first ("werkvoorbereider bouw" → werkvoorbereider).
      const byWish = [...leadsTo].sort((a, b) => (seeker.interests.get(b) ?? 0) - (seeker.interests.get(a) ?? 0));
      const occupation = byWish.find((o) => excludedBy(catalogue, profile, o) === undefined && !(q.level < 4 && needsHigherEducation(catalogue.occupations[o].isco)));
      candidates.push({
        confidence: hit.confidence + QUALIFICATION_PREFERENCE - stretch,
        build: () => [qualificationWishProposal(ctx, hit.qualification, occupation, [texts.matchesInterest(wish!)], Math.round(hit.confidence * 800) / 1000)],
      });
    }
  }
  // Stable: highest confidence first; on a tie the earlier candidate (ESCO order) wins.
  const best = candidates.reduce<Candidate | undefined>((a, c) => (a === undefined || c.confidence > a.confidence ? c : a), undefined);
  return best?.build();
}
