// The golden personas (test/golden/personas: profiles an advisor signed) as seekers in a chat: each
// profile field becomes the answer a seeker would type to its question, so whole intakes run along
// the paths those 68 people would take (two jobs, WIA, Wajong, a diploma from abroad, limits, …).
import type { ProfileInput } from '../../src/matching';
import { nl } from '../../src/texts/nl';
import { PERSONAS } from '../golden/personas';
import type { Answers, Seeker } from './stepCounter';

const DUTCH: Record<string, string> = { native: nl.skills.dutch.native, C2: nl.skills.dutch.good, C1: nl.skills.dutch.good, B2: nl.skills.dutch.good, B1: nl.skills.dutch.some, A2: nl.skills.dutch.some, A1: nl.skills.dutch.little, A0: nl.skills.dutch.little };
const TIMES = { 'school-hours': nl.skills.limitOptions.school, daytime: 'alleen overdag', 'no-nights': nl.skills.limitOptions.nights } as const;

type Job = NonNullable<ProfileInput['workHistory']>[number];
const said = (job: Job | undefined) => (job ? `${job.years ? `${job.years} jaar ` : ''}${job.title ?? 'gewerkt'}` : undefined);

/** What this persona would answer, question by question (in Dutch). */
export function answersOf(profile: ProfileInput): Answers {
  const jobs = profile.workHistory ?? [];
  const limits = profile.limits ?? {};
  const goals = profile.goals ?? {};
  const health = Boolean(limits.noHeavyWork || limits.words || profile.barriers?.includes('health'));
  return {
    situation: nl.situation.options[profile.income.situation],
    wiaType: profile.income.wiaType === 'iva' ? 'volledig' : profile.income.wiaType === 'wga' ? 'gedeeltelijk' : 'weet ik niet',
    wwEnd: 'weet ik niet',
    amount: 'sla over',
    job: said(jobs[0]) ?? 'nooit gewerkt',
    pickOccupation: jobs[0]?.occupationUri ? '#1' : nl.skills.noneOfThese,
    earlierJob: said(jobs[1]) ?? 'nee',
    pickEarlierOccupation: jobs[1]?.occupationUri ? '#1' : nl.skills.noneOfThese,
    education: nl.skills.education[profile.education.level as keyof typeof nl.skills.education] ?? 'weet ik niet',
    dutch: DUTCH[profile.dutchLevel] ?? nl.skills.dutch.some,
    foreignDiploma: profile.education.foreignDiploma ? 'ja' : 'nee',
    age: profile.birthYear ? `${2026 - profile.birthYear}` : 'sla over',
    licence: profile.drivingLicence === undefined ? 'weet ik niet' : profile.drivingLicence ? 'ja' : 'nee',
    health: health ? 'ja' : 'nee',
    limits: limits.words ?? (limits.noHeavyWork ? nl.skills.limitOptions.heavy : 'weet ik niet'),
    limitsMore: limits.times ? TIMES[limits.times] : 'nee',
    direction: nl.goals.direction[goals.direction ?? 'unsure'],
    interest: goals.interests ?? 'weet ik niet',
    target: '#1',
    hours: goals.hoursPerWeek?.max ? `${goals.hoursPerWeek.max} uur` : 'maakt niet uit',
    postcode: goals.postcode ?? 'sla over',
    travel: limits.maxTravelMinutes ? `${limits.maxTravelMinutes} minuten` : 'maakt niet uit',
    start: nl.goals.start[goals.start ?? 'now'],
    training: goals.training?.willing === false ? 'nee' : 'ja',
    trainingMonths: goals.training?.maxMonths ? `${goals.training.maxMonths} maanden` : 'weet ik niet',
  };
}

export const GOLDEN_SEEKERS: Seeker[] = PERSONAS.map((p) => ({ name: `golden ${p.id}`, answers: answersOf(p.profile) }));
