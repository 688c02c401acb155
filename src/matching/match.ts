// matchProfile: profile → ranked, explained proposals. Pure: reads only the catalogue and the
// arguments (pass `now` in for reproducible results), so the same input gives the same output.
// Order of work: who the seeker is (seeker.ts: confirmed vs guessed), which occupations fit
// (ranking.ts, with stated limits leaving some out), what each becomes (a job, or a route:
// directions.ts), the wish's route (wishRoute.ts), schooling, instruments, then the advisor's
// order (lead.ts).
import type { Catalogue } from './catalogue';
import { isComplexCase, complexCaseSignals } from './complexity';
import { leadReasons, type OccupationProposals, occupationProposals } from './directions';
import { offeredInstruments } from './eligibility';
import { explainSkillFit } from './explain';
import { instrumentProposal } from './instrumentProposals';
import type { ProviderKind } from '../region';
import { desksFor, localiseProposals, officesOf, type ProviderDirectory } from './localise';
import { schemeProposals, schemeRegion } from './schemeProposals';
import { schemeProposalId } from '../budget/scheme';
import { byScoreThenId, inAdvisorOrder } from './lead';
import { excludedBy, LimitLog, needsLicenceFirst } from './limits';
import { needsHigherEducation } from './level';
import { MATCH_SOURCES, sourceFields } from './matchSources';
import { dutchAtMost, hasStartQualification, nlqfOf, type Profile, ProfileSchema, type ProfileInput } from './profile';
import { type MatchResult, type Proposal, roundScore } from './proposal';
import { rankOccupations, type RankedOccupation } from './ranking';
import { recognitionProposalsFor, regulationOf } from './regulated';
import { type RouteContext, whoPaysFor, whoPaysReason } from './routeProposals';
import { buildSeeker, INTEREST_MIN_CONFIDENCE, type SeekerContext } from './seeker';
import { indexedSkillOverlap, type SkillOverlapFn } from './skillOverlap';
import { type Locale, textsFor } from './texts';
import { wishRoute } from './wishRoute';
import { unwanted } from './wishes';

export interface MatchOptions {
  /** The moment to judge eligibility at (ended schemes, age). Defaults to the current time. */
  now?: Date;
  locale?: Locale;
  /** For the bench only: swap the skill-overlap strategy. */
  skillOverlap?: SkillOverlapFn;
  /**
   * The seeker's region when the postcode does not say it (website host, configuration). A
   * postcode inside a configured region always wins; gemeente desks need that postcode.
   */
  regionId?: string;
  /** The region directory; default: the catalogue's (content/regions). */
  directory?: ProviderDirectory;
  /**
   * Who to contact for proposals from other sources, by proposal id (e.g. a regional scheme's
   * providerKind for "scheme:<region>:<id>"); instruments bring their own from instruments.json.
   */
  providerKinds?: ReadonlyMap<string, readonly ProviderKind[]>;
}

const RANKED_OCCUPATIONS = 12;
const JOB_DIRECTIONS = 3;
const SCHOOLING_PROPOSALS = 3;
const MIN_JOB_FIT = 0.2;
/** With no direction above MIN_JOB_FIT, the best one is still shown from this fit on. */
const MIN_FIRST_FIT = 0.1;
/** Below this a schooling route is too uncertain (weak skill fit × heuristic link) to show. */
const MIN_SCHOOLING_SCORE = 0.15;
/** BBL (work and learn) needs a job of about 24 hours a week or more. */
export const BBL_MIN_HOURS = 24;

function schoolingProposals(ctx: RouteContext, ranked: RankedOccupation[], seeker: SeekerContext, routed: ReadonlySet<number>, shown: ReadonlySet<string>, log: LimitLog): Proposal[] {
  const { catalogue, profile, texts, locale } = ctx;
  if (!profile.goals.training.willing) return [];
  const nlqf = Math.max(1, nlqfOf(profile));
  const maxMonths = profile.goals.training.maxMonths;
  const canWorkAndLearn = (profile.goals.hoursPerWeek?.max ?? 40) >= BBL_MIN_HOURS;
  const pays = whoPaysFor(ctx);
  const confirmed = seeker.pastOccupations.length > 0;
  const travel = profile.limits.maxTravelMinutes;
  // Keyed by name and level: the 2015 list repeats some qualifications under two crebo codes.
  const best = new Map<string, Proposal>();
  for (const r of ranked) {
    if (routed.has(r.occupation)) continue; // already proposed as a route with its training
    if (r.essentialTotal > 0 && r.essentialHave === r.essentialTotal && !r.isTarget) continue; // nothing to learn
    const o = catalogue.occupations[r.occupation];
    for (const route of catalogue.routesByOccupation[r.occupation]) {
      const q = catalogue.qualifications[route.qualification];
      if (needsHigherEducation(o.isco) && q.level < 4) continue; // an mbo 1-3 course is no route to hbo/wo work
      const notes: string[] = [];
      let score = r.score * (0.6 + 0.4 * route.fit);
      if (q.level > nlqf + 1 && !profile.education.foreignDiploma) {
        score *= 0.8;
        notes.push(texts.stepUpInLevel);
      }
      if (maxMonths !== undefined && q.minYears * 12 > maxMonths) {
        score *= 0.7;
        notes.push(texts.longerThanWished(maxMonths));
      }
      if (dutchAtMost(profile, 'A2')) {
        score *= 0.85;
        notes.push(texts.dutchFirst);
      }
      const key = `${q.name}|${q.level}`;
      if (shown.has(key)) continue; // already the training step of a route
      const previous = best.get(key);
      if (roundScore(score) < MIN_SCHOOLING_SCORE || (previous && previous.score >= roundScore(score))) continue;
      const reasons = [
        ...explainSkillFit(catalogue, r, seeker.skills, texts, locale, confirmed),
        ...leadReasons(ctx, r, seeker).filter((x) => x !== texts.adviserCanCheck),
        texts.schoolingFits(q.name, o.label, q.minYears, q.maxYears),
      ];
      if (route.method !== 'curated' && route.method !== 'name') reasons.push(texts.schoolingEstimate);
      const bbl = q.learningPaths.includes('BBL');
      if (bbl && canWorkAndLearn) reasons.push(texts.schoolingWorkAndLearn);
      if (bbl && !canWorkAndLearn) log.bblDropped = true;
      reasons.push(...notes, whoPaysReason(ctx, pays));
      const nextStep = texts.schoolingNextStep(q.name);
      best.set(key, {
        id: `schooling:${q.crebo}:${o.uri}`,
        kind: 'schooling',
        title: texts.schoolingTitle(q.name, q.level),
        provider: texts.schoolingProvider,
        score: roundScore(score),
        reasons: [...new Set(reasons)],
        eligibility: texts.schoolingEligibility,
        nextStep: travel === undefined ? nextStep : `${nextStep} ${texts.travelNote(travel)}`,
        whatToBring: texts.schoolingWhatToBring,
        ...sourceFields([MATCH_SOURCES.leerwerkloket, MATCH_SOURCES.mboQualifications, ...(bbl && canWorkAndLearn ? [MATCH_SOURCES.bbl] : []), pays.source], locale),
        occupation: { uri: o.uri, label: o.label },
        ...officesOf(pays),
      });
    }
  }
  return [...best.values()].sort(byScoreThenId).slice(0, SCHOOLING_PROPOSALS);
}

/**
 * Recognition steps and stepping stones (regulated.ts) for every protected profession in play:
 * ranked or named directions, the wish, and past work with a foreign diploma. Each once.
 */
function recognition(ctx: RouteContext, seeker: SeekerContext, built: OccupationProposals[], wish: Proposal[] | undefined): Proposal[] {
  const { catalogue, profile, locale } = ctx;
  const occupations = built.filter((b) => b.recognitionId !== undefined).map((b) => b.occupation);
  for (const p of wish ?? []) if (p.occupation) occupations.push(catalogue.occupationByUri.get(p.occupation.uri)!);
  // Work done abroad, confirmed or in the seeker's own words: the recognition step is about the title.
  if (profile.education.foreignDiploma) occupations.push(...seeker.pastOccupations, ...seeker.guessedWork.map((g) => g.occupation));
  return recognitionProposalsFor(catalogue, profile, occupations.filter((o) => regulationOf(catalogue, o) !== undefined), locale, ctx.desks);
}

/**
 * No startkwalificatie (mbo 2, havo or vwo) and nothing more specific to learn: getting one is
 * the schooling step an advisor proposes. Which course is for the leerwerkloket to work out.
 */
function startQualification(ctx: RouteContext, log: LimitLog): Proposal {
  const { texts, locale, profile } = ctx;
  const pays = whoPaysFor(ctx);
  const canWorkAndLearn = (profile.goals.hoursPerWeek?.max ?? 40) >= BBL_MIN_HOURS;
  if (!canWorkAndLearn) log.bblDropped = true;
  return {
    id: 'schooling:startkwalificatie',
    kind: 'schooling',
    title: texts.startQualificationTitle,
    provider: texts.schoolingProvider,
    score: 0.5,
    reasons: [texts.startQualificationWhy, ...(canWorkAndLearn ? [texts.schoolingWorkAndLearn] : []), whoPaysReason(ctx, pays)],
    eligibility: texts.schoolingEligibility,
    nextStep: texts.startQualificationNextStep,
    whatToBring: texts.schoolingWhatToBring,
    ...sourceFields([MATCH_SOURCES.leerwerkloket, MATCH_SOURCES.web, pays.source], locale),
    ...officesOf(pays),
  };
}

/** The ranked occupations, with stated limits (and "zonder rijden" in the wish) leaving some out. */
function rank(ctx: RouteContext, seeker: SeekerContext, log: LimitLog, overlapFn: SkillOverlapFn): RankedOccupation[] {
  const { catalogue, profile } = ctx;
  const overlap = overlapFn(catalogue, seeker.skills);
  const guessOverlap = seeker.guessedSkills.size > 0 ? overlapFn(catalogue, new Set([...seeker.skills, ...seeker.guessedSkills])) : undefined;
  const notWanted = unwanted(profile.goals.interests);
  const exclude = (o: number) => {
    const unasked = !seeker.targets.has(o) && !seeker.interests.has(o);
    const noDriving = (unasked && needsLicenceFirst(catalogue, profile, o)) || (notWanted.driving && catalogue.traits.driving[o] === 1);
    const limit = excludedBy(catalogue, profile, o) ?? (noDriving ? 'driving-licence' : undefined);
    if (limit) log.exclude(limit);
    return limit !== undefined;
  };
  return rankOccupations(catalogue, profile, seeker, overlap, guessOverlap, RANKED_OCCUPATIONS, exclude);
}

/** The first three directions (jobs or routes), plus every named target. */
function directions(ctx: RouteContext, ranked: RankedOccupation[], seeker: SeekerContext, log: LimitLog): OccupationProposals[] {
  const ownWork = new Set(ctx.profile.goals.direction === 'same' ? [...seeker.pastOccupations, ...seeker.guessedWork.map((g) => g.occupation)] : []);
  const built = ranked
    // The seeker's own past work (direction "same") passes even when ESCO lists many optional skills.
    .filter((r) => r.isTarget || r.fit >= MIN_JOB_FIT || r.interest >= INTEREST_MIN_CONFIDENCE || ownWork.has(r.occupation))
    .slice(0, JOB_DIRECTIONS)
    .map((r) => occupationProposals(ctx, r, seeker, log));
  // Nothing passed (limits left out the close work): the best remaining direction still leads.
  if (built.length === 0 && ranked.length > 0 && ranked[0].fit >= MIN_FIRST_FIT) built.push(occupationProposals(ctx, ranked[0], seeker, log));
  for (const t of seeker.targets) {
    const r = ranked.find((x) => x.occupation === t);
    if (r && !built.some((b) => b.occupation === t)) built.push(occupationProposals(ctx, r, seeker, log));
  }
  return built;
}

/**
 * The wish's route replaces a job proposal for the same work ("train first", not "apply now"),
 * and other routes that would only repeat the wish's training step.
 */
function withoutWishRepeats(ctx: RouteContext, seeker: SeekerContext, built: OccupationProposals[], wish: Proposal[] | undefined) {
  const wishOccupations = new Set((wish ?? []).flatMap((p) => (p.occupation ? [ctx.catalogue.occupationByUri.get(p.occupation.uri)!] : [])));
  const wishTraining = new Set((wish ?? []).flatMap((p) => (p.route?.training.name ? [p.route.training.name] : [])));
  const repeatsWish = (b: OccupationProposals) =>
    !seeker.targets.has(b.occupation) && !wish?.some((p) => b.proposals.includes(p)) && b.proposals.every((p) => p.route?.training.name !== undefined && wishTraining.has(p.route.training.name));
  const kept = built.filter((b) => !(b.isJob && wishOccupations.has(b.occupation)) && !repeatsWish(b));
  const routed = new Set([...kept.filter((b) => !b.isJob).map((b) => b.occupation), ...wishOccupations]);
  const shown = new Set([...kept.flatMap((b) => b.proposals), ...(wish ?? [])].flatMap((p) => (p.route?.training.name ? [`${p.route.training.name}|${p.route.training.level}`] : [])));
  return { kept, routed, shown };
}

/**
 * Who to contact per proposal id: the caller's list, then each instrument's (none: a national body),
 * then a region's scheme's (usually the Werkcentrum that decides on it).
 */
function providerKindsOf(catalogue: Catalogue, given: MatchOptions['providerKinds']): (p: Proposal) => readonly ProviderKind[] | undefined {
  const instruments = new Map<string, readonly ProviderKind[]>(catalogue.instruments.map((i) => [`instrument:${i.id}`, i.providerKinds ?? []]));
  for (const [regionId, schemes] of catalogue.schemes) for (const s of schemes) instruments.set(schemeProposalId(regionId, s.id), [s.providerKind]);
  return (p) => given?.get(p.id) ?? instruments.get(p.id);
}

export function matchProfile(catalogue: Catalogue, input: Profile | ProfileInput, options: MatchOptions = {}): MatchResult {
  const profile = ProfileSchema.parse(input);
  const now = options.now ?? new Date();
  const locale = options.locale ?? 'nl';
  const texts = textsFor(locale);
  const desks = desksFor(options.directory ?? catalogue.directory, { postcode: profile.goals.postcode, regionId: options.regionId }, locale);
  const ctx: RouteContext = { catalogue, profile, texts, locale, now, ...(desks ? { desks } : {}) };
  const warnings: string[] = [];
  const understoodWork: MatchResult['understoodWork'] = [];
  const log = new LimitLog();
  const seeker = buildSeeker(catalogue, profile, warnings, understoodWork);
  const ranked = rank(ctx, seeker, log, options.skillOverlap ?? indexedSkillOverlap);
  const first = directions(ctx, ranked, seeker, log);
  const wish = wishRoute(ctx, ranked, seeker, log, first);
  const { kept: built, routed, shown } = withoutWishRepeats(ctx, seeker, first, wish);
  const schooling = schoolingProposals(ctx, ranked, seeker, routed, shown, log);
  // A region's own schemes by the same rules, only for seekers in that region (schemeProposals.ts).
  const regional = schemeProposals(schemeRegion(catalogue, { postcode: profile.goals.postcode, regionId: options.regionId }), profile, now, texts, locale);
  const instruments = [...offeredInstruments(catalogue.instruments, profile, now).map((i) => instrumentProposal(i, profile, texts, locale)), ...regional];
  const recognised = recognition(ctx, seeker, built, wish);
  // A stepping stone from the recognition list replaces our own proposal for the same work.
  const stones = new Set(recognised.flatMap((p) => (p.occupation ? [p.occupation.uri] : [])));
  // …and a stepping-stone course (id "stepping-stone:<regulation>:<crebo>") our schooling for that course.
  const stoneCourses = new Set(recognised.flatMap((p) => /^stepping-stone:[^:]+:(\d+)$/.exec(p.id)?.[1] ?? []));
  const repeatsStone = (p: Proposal) => (p.occupation !== undefined && stones.has(p.occupation.uri)) || stoneCourses.has(/^schooling:(\d+):/.exec(p.id)?.[1] ?? '');
  const own = built.flatMap((b) => b.proposals).filter((p) => !repeatsStone(p));
  const leadOf = (t: number): Proposal | undefined => {
    const b = built.find((x) => x.occupation === t);
    const uri = catalogue.occupations[t].uri;
    return recognised.find((p) => p.id === b?.recognitionId) ?? recognised.find((p) => p.occupation?.uri === uri) ?? b?.proposals[0];
  };
  const targets = [...seeker.targets].map(leadOf).filter((p): p is Proposal => p !== undefined);
  const ownSchooling = [...own, ...(wish ?? []), ...schooling].some((p) => p.kind === 'schooling');
  if (!ownSchooling && profile.goals.training.willing && hasStartQualification(profile) === false) schooling.push(startQualification(ctx, log));
  const signals = complexCaseSignals(profile, now, seeker.pastOccupations.length + seeker.guessedWork.length);
  const proposals = inAdvisorOrder({
    targets,
    wish: wish?.[0],
    // IVA: fully and permanently unable to work; vacancies are not what an advisor leads with.
    noJobLead: profile.income.wiaType === 'iva',
    all: [...instruments, ...own, ...(wish ?? []).filter((p) => !repeatsStone(p)), ...schooling.filter((p) => !repeatsStone(p)), ...recognised],
  });
  return {
    // Every proposal names the seeker's own offices (issue 18).
    proposals: desks ? localiseProposals(proposals, desks, texts, providerKindsOf(catalogue, options.providerKinds)) : proposals,
    complexCase: { complex: isComplexCase(signals), signals },
    understoodWork,
    limitsApplied: log.applied(profile, texts),
    warnings,
  };
}
