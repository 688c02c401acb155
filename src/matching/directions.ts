// Job directions: each ranked occupation becomes a job proposal ("zoek vacatures") only when the
// seeker can apply now. Otherwise it becomes a route: a protected profession gets its recognition
// steps (regulated.ts), work clearly above the seeker's level gets its training, and driving
// work without a licence gets the licence first.
import type { Catalogue } from './catalogue';
import { explainSkillFit } from './explain';
import { iscoSkillLevel } from './isco';
import { clearlyAboveLevel, knownNlqf, needsHigherEducation } from './level';
import { needsLicenceFirst, type LimitLog } from './limits';
import { MATCH_SOURCES, sourceFields } from './matchSources';
import type { Profile } from './profile';
import type { Proposal } from './proposal';
import type { RankedOccupation } from './ranking';
import { recognitionProposals, regulationOf } from './regulated';
import { bestMboRoute, type RouteContext, type RouteWhy, routeProposal } from './routeProposals';
import type { SeekerContext } from './seeker';
import type { Texts } from './texts';
import { isNoWish } from './wishes';

/** Proposals for one occupation, the lead one first (used to put a named target on top). */
export interface OccupationProposals {
  occupation: number;
  proposals: Proposal[];
  /** True when the seeker can apply now (a job proposal, "zoek vacatures"). */
  isJob: boolean;
  /** A protected profession: its recognition step (regulated.ts) leads, added once for all in match.ts. */
  recognitionId?: string;
}

/** Why this occupation, in words the seeker gave or confirmed; never a guess stated as fact. */
export function contextReasons(catalogue: Catalogue, r: RankedOccupation, seeker: SeekerContext, profile: Profile, texts: Texts): string[] {
  const reasons: string[] = [];
  if (r.isTarget) reasons.push(texts.namedWish);
  else if (r.interest > 0 && !isNoWish(profile.goals.interests)) reasons.push(texts.matchesInterest(profile.goals.interests!));
  if (seeker.pastOccupations.includes(r.occupation)) reasons.push(texts.sameAsPastWork);
  else if (r.closeTo !== undefined) reasons.push(texts.closeToPastWork(catalogue.occupations[r.closeTo].label));
  else {
    const self = seeker.guessedWork.find((g) => g.occupation === r.occupation && g.words !== undefined);
    if (self) reasons.push(texts.mentionedThisWork(self.words!));
    else if (r.mentioned !== undefined) reasons.push(texts.mentionedWork(r.mentioned));
  }
  if (r.shortage) {
    reasons.push(r.shortage.region ? texts.shortage(r.shortage.region, r.shortage.period) : texts.nationalShortage(r.shortage.period));
  }
  return reasons;
}

export function leadReasons(ctx: RouteContext, r: RankedOccupation, seeker: SeekerContext): string[] {
  const { catalogue, texts, locale, profile } = ctx;
  const confirmed = seeker.pastOccupations.length > 0;
  const reasons = [...contextReasons(catalogue, r, seeker, profile, texts), ...explainSkillFit(catalogue, r, seeker.skills, texts, locale, confirmed)];
  return reasons.length > 0 ? reasons : [texts.adviserCanCheck];
}

function jobProposal(ctx: RouteContext, r: RankedOccupation, seeker: SeekerContext): Proposal {
  const { catalogue, texts, locale, profile } = ctx;
  const o = catalogue.occupations[r.occupation];
  const confirmed = seeker.pastOccupations.length > 0;
  const reasons = [...explainSkillFit(catalogue, r, seeker.skills, texts, locale, confirmed), ...contextReasons(catalogue, r, seeker, profile, texts)];
  if (reasons.length === 0) reasons.push(texts.adviserCanCheck);
  const travel = profile.limits.maxTravelMinutes;
  const sources = [MATCH_SOURCES.werkVacancies, MATCH_SOURCES.leerwerkloket];
  const shortage = r.shortage ? [{ url: r.shortage.sourceUrl, name: `${texts.nationalShortage(r.shortage.period)}` }] : [];
  return {
    id: `job-direction:${o.uri}`,
    kind: 'job-direction',
    title: texts.jobTitle(o.label),
    provider: texts.jobProvider,
    score: r.score,
    reasons,
    eligibility: texts.jobEligibility,
    nextStep: travel === undefined ? texts.jobNextStep(o.label) : `${texts.jobNextStep(o.label)} ${texts.travelNote(travel)}`,
    whatToBring: texts.jobWhatToBring,
    ...sourceFields([...sources, ...shortage], locale),
    occupation: { uri: o.uri, label: o.label },
  };
}

/** Below this share of the essential skills, wished work starts with its training. */
const NEW_TO_THE_WORK = 0.5;

/** Whether the seeker may do this work as it stands (a confirmed job, with a Dutch diploma, counts). */
function routeNeeded(ctx: RouteContext, r: RankedOccupation, seeker: SeekerContext): RouteWhy | undefined {
  const { catalogue, profile } = ctx;
  if (needsLicenceFirst(catalogue, profile, r.occupation)) return 'driving-licence';
  if (seeker.pastOccupations.includes(r.occupation)) return undefined;
  const isco = catalogue.occupations[r.occupation].isco;
  if (clearlyAboveLevel(profile, isco)) return 'level';
  // Level unknown (a foreign diploma not valued yet): hbo/wo work waits for the valuation.
  if (knownNlqf(profile) === undefined && needsHigherEducation(isco)) return 'diploma-valuation';
  // Named or wished work the seeker is new to: the MBO training first, when one leads there.
  const share = r.essentialTotal > 0 ? r.essentialHave / r.essentialTotal : 0;
  const wished = r.isTarget || r.interest > 0;
  const elementary = iscoSkillLevel(catalogue.occupations[r.occupation].isco) === 1; // learnt on the job
  return wished && !elementary && share < NEW_TO_THE_WORK && bestMboRoute(catalogue, r.occupation) ? 'wish' : undefined;
}

/** The proposals for one ranked occupation: a job, a route, or the recognition steps. */
export function occupationProposals(ctx: RouteContext, r: RankedOccupation, seeker: SeekerContext, log: LimitLog): OccupationProposals {
  const { catalogue, profile, texts } = ctx;
  const o = r.occupation;
  const regulation = regulationOf(catalogue, o, ctx.locale);
  // Empty when a Dutch-trained seeker confirmed work in the profession (qualified here).
  const recognition = regulation ? recognitionProposals(catalogue, profile, o, ctx.locale, { desks: ctx.desks }) : [];
  if (regulation && recognition.length > 0) {
    // Never "zoek vacatures": the recognition step leads; training first when the level asks for it.
    const why = routeNeeded(ctx, r, seeker);
    if (why === 'driving-licence') log.licenceRoutes++;
    const lead = [...leadReasons(ctx, r, seeker), texts.regulatedNoVacancies(regulation.authority)];
    // The recognition step already covers a wish and the diploma valuation.
    const route = why === undefined || why === 'wish' || why === 'diploma-valuation' ? [] : [routeProposal(ctx, o, why, lead, r.score)];
    return { occupation: o, proposals: route, isJob: false, recognitionId: recognition[0].id };
  }
  const why = routeNeeded(ctx, r, seeker);
  if (why === undefined) return { occupation: o, proposals: [jobProposal(ctx, r, seeker)], isJob: true };
  if (why === 'driving-licence') log.licenceRoutes++;
  return { occupation: o, proposals: [routeProposal(ctx, o, why, leadReasons(ctx, r, seeker), r.score)], isJob: false };
}
