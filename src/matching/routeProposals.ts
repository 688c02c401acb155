// Routes: work the seeker cannot apply for yet is proposed as the step that comes first, never
// as "zoek vacatures". The step is an MBO qualification from the catalogue when one leads there,
// otherwise honestly "usually an hbo or wo study" (there is no HBO catalogue), or a driving
// licence first. Each route says how long it takes and who to ask about paying.
import type { Catalogue } from './catalogue';
import { needsHigherEducation, usualNlqf } from './level';
import { type Desks, type LocalAnswer, localAnswer, officesOf, whoPaysField, withOffices } from './localise';
import { MATCH_SOURCES, sourceFields } from './matchSources';
import { ageAt, type Profile } from './profile';
import type { Proposal, Route } from './proposal';
import { plausibleMboLevels, type SchoolingRoute } from './schoolingRoutes';
import type { Locale, Texts } from './texts';

export interface RouteContext {
  catalogue: Catalogue;
  profile: Profile;
  texts: Texts;
  locale: Locale;
  now: Date;
  /** The seeker's offices, when a configured region covers their postcode (localise.ts). */
  desks?: Desks;
}

/** Who to ask about paying for training, with the seeker's own office when the region is configured. */
export function whoPaysFor(ctx: RouteContext): LocalAnswer {
  return localAnswer(ctx.catalogue.whoToAsk.ask('training-costs', { situation: ctx.profile.income.situation, age: ageAt(ctx.profile, ctx.now) }, ctx.locale), ctx.desks);
}

/** The "Wie betaalt?" reason, naming the office when there is one. */
export function whoPaysReason(ctx: RouteContext, pays: LocalAnswer): string {
  return withOffices(ctx.texts.whoPays(pays.organisation, pays.how), pays, ctx.texts, ctx.locale);
}

/** Fit of a route borrowed from the ISCO minor group (3 digits): a rough estimate, said so. */
const MINOR_GROUP_FIT = 0.4;
const minorGroupRoutes = new WeakMap<Catalogue, Map<string, SchoolingRoute[]>>();

/**
 * Strong routes (curated or by name) of the occupations in each ISCO minor group, for work that
 * has no route of its own or in its unit group ("monteur zonnepanelen" → the electricians').
 */
function routesOfMinorGroup(catalogue: Catalogue, isco: string): SchoolingRoute[] {
  let byGroup = minorGroupRoutes.get(catalogue);
  if (!byGroup) {
    byGroup = new Map();
    for (const o of catalogue.occupations) {
      const group = byGroup.get(o.isco.slice(0, 3)) ?? [];
      for (const r of catalogue.routesByOccupation[o.index]) {
        if (r.method === 'isco-group' || r.fit < 0.9 || group.some((g) => g.qualification === r.qualification)) continue;
        group.push({ qualification: r.qualification, fit: r.fit * MINOR_GROUP_FIT, method: 'isco-group' });
      }
      byGroup.set(o.isco.slice(0, 3), group);
    }
    minorGroupRoutes.set(catalogue, byGroup);
  }
  const levels = plausibleMboLevels(isco);
  return (byGroup.get(isco.slice(0, 3)) ?? []).filter((r) => levels.includes(catalogue.qualifications[r.qualification].level));
}

/** The MBO route that best reaches the occupation's usual level (highest fit, then level). */
export function bestMboRoute(catalogue: Catalogue, occupation: number): SchoolingRoute | undefined {
  const isco = catalogue.occupations[occupation].isco;
  const wanted = Math.min(4, usualNlqf(isco));
  const own = catalogue.routesByOccupation[occupation];
  return [...(own.length > 0 ? own : routesOfMinorGroup(catalogue, isco))]
    .filter((r) => catalogue.qualifications[r.qualification].level >= Math.min(wanted, 2))
    .sort((a, b) => b.fit - a.fit || catalogue.qualifications[b.qualification].level - catalogue.qualifications[a.qualification].level || a.qualification - b.qualification)[0];
}

export type RouteWhy = Route['why'];

/**
 * A route to an occupation. `lead` are the reasons that come first (why this occupation: a wish,
 * past work, the seeker's words). `score` is the occupation's ranking score.
 */
export function routeProposal(ctx: RouteContext, occupation: number, why: RouteWhy, lead: string[], score: number): Proposal {
  const { catalogue, texts } = ctx;
  const o = catalogue.occupations[occupation];
  const pays = whoPaysFor(ctx);
  const whoPays = whoPaysField(pays);
  const reasons = [...lead];
  let route: Route;
  let nextStep: string;
  let provider: string;
  let sources;
  const mbo = needsHigherEducation(o.isco) ? undefined : bestMboRoute(catalogue, occupation);
  if (why === 'driving-licence') {
    reasons.push(texts.routeLicenceFirst(o.label));
    const then = bestMboRoute(catalogue, occupation);
    if (then) {
      const q = catalogue.qualifications[then.qualification];
      reasons.push(texts.routeThenMbo(q.name, q.level, q.minYears, q.maxYears));
    }
    route = { why, training: { kind: 'driving-licence' }, whoPays };
    nextStep = texts.routeNextStepLicence;
    provider = texts.routeProviderLicence;
    sources = [MATCH_SOURCES.drivingLicence, pays.source];
  } else if (why === 'diploma-valuation') {
    const valuation = ctx.catalogue.whoToAsk.ask('diploma-recognition', { situation: ctx.profile.income.situation, age: ageAt(ctx.profile, ctx.now) }, ctx.locale);
    reasons.push(texts.routeDiplomaFirst(o.label), valuation.how);
    route = { why, training: { kind: 'diploma-valuation' }, whoPays };
    nextStep = texts.routeNextStepDiploma(valuation.organisation);
    provider = valuation.organisation;
    sources = [valuation.source, MATCH_SOURCES.higherEducation];
  } else if (mbo) {
    const q = catalogue.qualifications[mbo.qualification];
    if (why === 'level') reasons.push(texts.routeAboveLevel(o.label));
    reasons.push(texts.routeMbo(q.name, q.level, q.minYears, q.maxYears));
    if (mbo.method === 'isco-group') reasons.push(texts.schoolingEstimate);
    route = { why, training: { kind: 'mbo', name: q.name, level: q.level, minYears: q.minYears, maxYears: q.maxYears }, whoPays };
    nextStep = texts.routeNextStepMbo(q.name);
    provider = texts.routeProviderMbo;
    sources = [MATCH_SOURCES.leerwerkloket, MATCH_SOURCES.mboQualifications, pays.source];
  } else {
    if (why === 'level') reasons.push(texts.routeAboveLevel(o.label));
    reasons.push(texts.routeHigherEducation);
    route = { why, training: { kind: 'hbo-wo', minYears: 4 }, whoPays };
    nextStep = texts.routeNextStepHigher(o.label);
    provider = texts.routeProviderHigher;
    sources = [MATCH_SOURCES.leerwerkloket, MATCH_SOURCES.higherEducation, pays.source];
  }
  reasons.push(whoPaysReason(ctx, pays));
  return {
    id: `route:${o.uri}`,
    kind: 'schooling',
    title: route.training.kind === 'mbo' ? texts.routeTitleVia(route.training.name!, o.label) : texts.routeTitle(o.label),
    provider,
    score,
    reasons: [...new Set(reasons)],
    eligibility: texts.routeEligibility,
    nextStep,
    whatToBring: texts.routeWhatToBring,
    ...sourceFields(sources, ctx.locale),
    occupation: { uri: o.uri, label: o.label },
    route,
    ...officesOf(pays),
  };
}

/** A wish found only as an MBO qualification name ("warmtepompen" → Airco/warmtepompmonteur). */
export function qualificationWishProposal(ctx: RouteContext, qualification: number, occupation: number | undefined, lead: string[], score: number): Proposal {
  const { catalogue, texts } = ctx;
  const q = catalogue.qualifications[qualification];
  const pays = whoPaysFor(ctx);
  const o = occupation === undefined ? undefined : catalogue.occupations[occupation];
  const reasons = [...lead, ...(o ? [texts.wishSchooling(o.label)] : []), texts.schoolingLength(q.minYears, q.maxYears), whoPaysReason(ctx, pays)];
  return {
    id: `schooling:${q.crebo}:wish`,
    kind: 'schooling',
    title: texts.schoolingTitle(q.name, q.level),
    provider: texts.schoolingProvider,
    score,
    reasons,
    eligibility: texts.schoolingEligibility,
    nextStep: texts.routeNextStepMbo(q.name),
    whatToBring: texts.schoolingWhatToBring,
    ...sourceFields([MATCH_SOURCES.leerwerkloket, MATCH_SOURCES.mboQualifications, pays.source], ctx.locale),
    ...(o ? { occupation: { uri: o.uri, label: o.label } } : {}),
    route: {
      why: 'wish',
      training: { kind: 'mbo', name: q.name, level: q.level, minYears: q.minYears, maxYears: q.maxYears },
      whoPays: whoPaysField(pays),
    },
    ...officesOf(pays),
  };
}
