// Level: is an occupation's usual education clearly above the seeker's? ISCO-08 skill level of
// the occupation's group against the seeker's NLQF. A foreign diploma that has not been valued
// has an unknown level: it is treated as neither low nor high.
import { iscoSkillLevel } from './isco';
import { nlqfOf, type Profile } from './profile';

/**
 * The NLQF level an ISCO skill level usually asks for. Level 2 (most trades, shop and care
 * work) is often learnt on the job, so it counts as NLQF 1; level 3 (technicians, associate
 * professionals) as mbo-4; level 4 (professionals) as a bachelor.
 */
const USUAL_NLQF: Record<number, number> = { 1: 1, 2: 1, 3: 4, 4: 6 };

/** "Clearly above" is two NLQF steps or more. */
const CLEAR_GAP = 2;

/** The seeker's NLQF, or undefined when a foreign diploma has not been valued yet. */
export function knownNlqf(profile: Profile): number | undefined {
  if (profile.education.foreignDiploma && profile.education.nlqf === undefined) return undefined;
  return nlqfOf(profile);
}

export function usualNlqf(isco: string): number {
  return USUAL_NLQF[iscoSkillLevel(isco)];
}

export function clearlyAboveLevel(profile: Profile, isco: string): boolean {
  return clearlyAbove(usualNlqf(isco), knownNlqf(profile));
}

/** Whether a usual NLQF is clearly above the seeker's (unknown: never). */
export function clearlyAbove(usual: number, nlqf: number | undefined): boolean {
  return nlqf !== undefined && usual - nlqf >= CLEAR_GAP;
}

/** Whether the usual route to this occupation is hbo or wo (no MBO qualification leads there). */
export function needsHigherEducation(isco: string): boolean {
  return iscoSkillLevel(isco) === 4;
}
