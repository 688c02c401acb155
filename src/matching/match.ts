// matchProfile: profile → ranked, explained proposals. Pure: reads only the catalogue and the
// arguments (pass `now` in for reproducible results), so the same input gives the same output.
import type { Catalogue } from './catalogue';
import { isComplexCase, complexCaseSignals } from './complexity';
import { offeredInstruments } from './eligibility';
import { explainSkillFit } from './explain';
import { instrumentProposal } from './instrumentProposals';
import { dutchAtMost, nlqfOf, type Profile, ProfileSchema, type ProfileInput } from './profile';
import type { MatchResult, Proposal } from './proposal';
import { rankOccupations, type RankedOccupation, type SeekerContext } from './ranking';
import { indexedSkillOverlap, type SkillOverlapFn } from './skillOverlap';
import { type Locale, type Texts, textsFor } from './texts';

export interface MatchOptions {
  /** The moment to judge eligibility at (ended schemes, age). Defaults to the current time. */
  now?: Date;
  locale?: Locale;
  /** For the bench only: swap the skill-overlap strategy. */
  skillOverlap?: SkillOverlapFn;
}

export const SOURCES = {
  mboQualifications: 'https://wetten.overheid.nl/BWBR0036352',
  cbsWages: 'https://opendata.cbs.nl/statline/#/CBS/nl/dataset/85517NED/table',
} as const;

const RANKED_OCCUPATIONS = 12;
const JOB_DIRECTIONS = 3;
const SCHOOLING_PROPOSALS = 3;
const MIN_JOB_SKILL_FIT = 0.2;
/** Below this a schooling route is too uncertain (weak skill fit × heuristic link) to show. */
const MIN_SCHOOLING_SCORE = 0.15;
const TITLE_MIN_CONFIDENCE = 0.5;
const INTEREST_MIN_CONFIDENCE = 0.6;

const namedByHost = (url: string) => ({ url, name: new URL(url).hostname });
const round3 = (x: number) => Math.round(Math.max(0, Math.min(1, x)) * 1000) / 1000;

function buildSeeker(catalogue: Catalogue, profile: Profile, warnings: string[], understood: MatchResult['understoodWork']): SeekerContext {
  const past: number[] = [];
  for (const item of profile.workHistory) {
    if (item.occupationUri !== undefined) {
      const o = catalogue.occupationByUri.get(item.occupationUri);
      if (o === undefined) warnings.push(`workHistory: unknown occupation ${item.occupationUri}`);
      else past.push(o);
    } else if (item.title !== undefined) {
      const hit = catalogue.occupationSearch.find(item.title, 1)[0];
      if (hit && hit.confidence >= TITLE_MIN_CONFIDENCE) {
        past.push(hit.key);
        const o = catalogue.occupations[hit.key];
        understood.push({ input: item.title, uri: o.uri, label: o.label, confidence: hit.confidence });
      } else {
        warnings.push(`workHistory: could not recognise "${item.title}"`);
      }
    }
  }
  const skills = new Set<number>();
  const { start, skill, essential } = catalogue.relations;
  // Someone who did a job has its essential skills; optional ones vary too much to assume.
  for (const o of past) for (let r = start[o]; r < start[o + 1]; r++) if (essential[r]) skills.add(skill[r]);
  for (const id of profile.skills) {
    const s = catalogue.skillById.get(id);
    if (s === undefined) warnings.push(`skills: unknown skill id ${id}`);
    else skills.add(s);
  }
  const targets = new Set<number>();
  for (const uri of profile.goals.targetOccupationUris) {
    const o = catalogue.occupationByUri.get(uri);
    if (o === undefined) warnings.push(`goals.targetOccupationUris: unknown occupation ${uri}`);
    else targets.add(o);
  }
  const interests = new Map<number, number>();
  if (profile.goals.interests) {
    for (const hit of catalogue.occupationSearch.find(profile.goals.interests, 10)) {
      if (hit.confidence >= INTEREST_MIN_CONFIDENCE) interests.set(hit.key, hit.confidence);
    }
  }
  return { skills, pastOccupations: [...new Set(past)], targets, interests };
}

function contextReasons(catalogue: Catalogue, ranked: RankedOccupation, seeker: SeekerContext, profile: Profile, texts: Texts): string[] {
  const reasons: string[] = [];
  if (ranked.isTarget) reasons.push(texts.namedWish);
  else if (ranked.interest > 0 && profile.goals.interests) reasons.push(texts.matchesInterest(profile.goals.interests));
  if (seeker.pastOccupations.includes(ranked.occupation)) reasons.push(texts.sameAsPastWork);
  else if (ranked.closeTo !== undefined) {
    reasons.push(texts.closeToPastWork(catalogue.occupations[ranked.closeTo].label));
  }
  if (ranked.shortage) {
    reasons.push(ranked.shortage.region ? texts.shortage(ranked.shortage.region, ranked.shortage.period) : texts.nationalShortage(ranked.shortage.period));
  }
  return reasons;
}

function jobProposal(catalogue: Catalogue, ranked: RankedOccupation, seeker: SeekerContext, profile: Profile, texts: Texts, locale: Locale): Proposal {
  const o = catalogue.occupations[ranked.occupation];
  const reasons = [...explainSkillFit(catalogue, ranked, seeker.skills, texts, locale), ...contextReasons(catalogue, ranked, seeker, profile, texts)];
  const sources = [o.uri];
  if (o.wage) {
    reasons.push(texts.wageMedian(o.wage.p50, o.wage.brcLabel));
    sources.push(SOURCES.cbsWages);
  }
  if (ranked.shortage) sources.push(ranked.shortage.sourceUrl);
  return {
    id: `job-direction:${o.uri}`,
    kind: 'job-direction',
    title: texts.jobTitle(o.label),
    provider: texts.jobProvider,
    score: ranked.score,
    reasons,
    eligibility: texts.jobEligibility,
    nextStep: texts.jobNextStep(o.label),
    whatToBring: texts.jobWhatToBring,
    sources,
    sourceLinks: sources.map(namedByHost), // TODO(issue 13): official sources with human names
    occupation: { uri: o.uri, label: o.label },
  };
}

function schoolingProposals(catalogue: Catalogue, ranked: RankedOccupation[], seeker: SeekerContext, profile: Profile, texts: Texts, locale: Locale): Proposal[] {
  if (!profile.goals.training.willing) return [];
  const nlqf = Math.max(1, nlqfOf(profile));
  const maxMonths = profile.goals.training.maxMonths;
  const canWorkAndLearn = (profile.goals.hoursPerWeek?.max ?? 40) >= 24;
  // Keyed by name and level: the 2015 list repeats some qualifications under two crebo codes.
  const best = new Map<string, Proposal>();
  for (const r of ranked) {
    if (r.essentialTotal > 0 && r.essentialHave === r.essentialTotal && !r.isTarget) continue; // nothing to learn
    const o = catalogue.occupations[r.occupation];
    for (const route of catalogue.routesByOccupation[r.occupation]) {
      const q = catalogue.qualifications[route.qualification];
      const notes: string[] = [];
      let score = r.score * (0.6 + 0.4 * route.fit);
      if (q.level > nlqf + 1) {
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
      const previous = best.get(key);
      if (round3(score) < MIN_SCHOOLING_SCORE || (previous && previous.score >= round3(score))) continue;
      const reasons = [
        ...explainSkillFit(catalogue, r, seeker.skills, texts, locale),
        ...contextReasons(catalogue, r, seeker, profile, texts),
        texts.schoolingFits(q.name, o.label, q.minYears, q.maxYears),
      ];
      if (route.method !== 'curated' && route.method !== 'name') reasons.push(texts.schoolingEstimate);
      if (q.learningPaths.includes('BBL') && canWorkAndLearn) reasons.push(texts.schoolingWorkAndLearn);
      reasons.push(...notes, texts.whoPays[profile.income.situation]);
      best.set(key, {
        id: `schooling:${q.crebo}:${o.uri}`,
        kind: 'schooling',
        title: texts.schoolingTitle(q.name, q.level),
        provider: texts.schoolingProvider,
        score: round3(score),
        reasons,
        eligibility: texts.schoolingEligibility,
        nextStep: texts.schoolingNextStep(q.name),
        whatToBring: texts.schoolingWhatToBring,
        sources: [o.uri, SOURCES.mboQualifications],
        sourceLinks: [o.uri, SOURCES.mboQualifications].map(namedByHost), // TODO(issue 13)
        occupation: { uri: o.uri, label: o.label },
      });
    }
  }
  return [...best.values()].sort(byScoreThenId).slice(0, SCHOOLING_PROPOSALS);
}

function byScoreThenId(a: Proposal, b: Proposal): number {
  return b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

export function matchProfile(catalogue: Catalogue, input: Profile | ProfileInput, options: MatchOptions = {}): MatchResult {
  const profile = ProfileSchema.parse(input);
  const now = options.now ?? new Date();
  const locale = options.locale ?? 'nl';
  const texts = textsFor(locale);
  const warnings: string[] = [];
  const understoodWork: MatchResult['understoodWork'] = [];
  const seeker = buildSeeker(catalogue, profile, warnings, understoodWork);
  const overlap = (options.skillOverlap ?? indexedSkillOverlap)(catalogue, seeker.skills);
  const ranked = rankOccupations(catalogue, profile, seeker, overlap, RANKED_OCCUPATIONS);

  const jobs = ranked
    .filter((r) => r.isTarget || r.skillFit >= MIN_JOB_SKILL_FIT || r.interest >= INTEREST_MIN_CONFIDENCE)
    .slice(0, JOB_DIRECTIONS)
    .map((r) => jobProposal(catalogue, r, seeker, profile, texts, locale));
  const schooling = schoolingProposals(catalogue, ranked, seeker, profile, texts, locale);
  const instruments = offeredInstruments(catalogue.instruments, profile, now).map((i) => instrumentProposal(i, profile, texts, locale));

  const signals = complexCaseSignals(profile, now, seeker.pastOccupations.length);
  return {
    proposals: [...instruments, ...jobs, ...schooling].sort(byScoreThenId),
    complexCase: { complex: isComplexCase(signals), signals },
    understoodWork,
    warnings,
  };
}

