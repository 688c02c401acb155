// Eligibility is a hard filter, never a score: an instrument is offered only when it still runs
// on `now` and every condition in its rule holds. Unknown facts (no birth year, no WIA type) do
// not exclude: the instrument's text always says who decides.
import type { Eligibility, Instrument, Relevance } from './instruments';
import { ageAt, dutchAtMost, hasStartQualification, type Profile } from './profile';

export function isRunning(instrument: Instrument, now: Date): boolean {
  if (instrument.status !== 'active') return false;
  return instrument.endedOn === undefined || now < new Date(`${instrument.endedOn}T00:00:00Z`);
}

/** An instrument or a regional scheme (src/budget/scheme.ts): the same conditions. */
export function isEligible(offer: { eligibility: Eligibility }, profile: Profile, now: Date): boolean {
  const rule = offer.eligibility;
  if (!rule.incomeSituations.includes(profile.income.situation)) return false;
  if (rule.wiaTypes && profile.income.situation === 'wia' && profile.income.wiaType !== undefined) {
    if (!rule.wiaTypes.includes(profile.income.wiaType)) return false;
  }
  const age = ageAt(profile, now);
  if (age === undefined && rule.ageRequired) return false;
  if (age !== undefined) {
    if (rule.minAge !== undefined && age < rule.minAge) return false;
    if (rule.maxAge !== undefined && age > rule.maxAge) return false;
  }
  if (rule.requiresBarrier && !profile.barriers.includes(rule.requiresBarrier)) return false;
  if (rule.maxDutchLevel && !dutchAtMost(profile, rule.maxDutchLevel)) return false;
  if (rule.noStartQualification && hasStartQualification(profile) === true) return false;
  if (rule.foreignDiploma && profile.education.foreignDiploma !== true) return false;
  return true;
}

function holds(condition: Relevance, profile: Profile): boolean {
  switch (condition) {
    case 'has-work-history':
      return profile.workHistory.length > 0;
    case 'willing-to-train':
      return profile.goals.training.willing;
  }
}

export function isRelevant(offer: { relevantWhen: readonly Relevance[] }, profile: Profile): boolean {
  return offer.relevantWhen.every((condition) => holds(condition, profile));
}

/** The instruments that may be proposed to this seeker on `now`. */
export function offeredInstruments(instruments: readonly Instrument[], profile: Profile, now: Date): Instrument[] {
  return instruments.filter((i) => isRunning(i, now) && isEligible(i, profile, now) && isRelevant(i, profile));
}
