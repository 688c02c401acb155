// Ranks target occupations for a seeker: skill overlap first (essential skills weigh double),
// then the seeker's goals (named wishes, direction, level) and shortage where data exists.
// Eligibility does not apply to occupations; it is a filter on instruments (eligibility.ts).
import type { Catalogue, ShortageEntry } from './catalogue';
import { iscoSkillLevel } from './isco';
import { nlqfOf, type Profile } from './profile';
import type { SkillOverlap } from './skillOverlap';

export interface SeekerContext {
  skills: ReadonlySet<number>;
  pastOccupations: readonly number[];
  /** Occupations the seeker named (goals.targetOccupationUris). */
  targets: ReadonlySet<number>;
  /** Occupations matching the free-text interest, with search confidence. */
  interests: ReadonlyMap<number, number>;
}

export interface RankedOccupation {
  occupation: number;
  score: number;
  skillFit: number;
  essentialHave: number;
  essentialTotal: number;
  isTarget: boolean;
  interest: number;
  /** Past occupation in the same ISCO unit group, if any. */
  closeTo?: number;
  shortage?: ShortageEntry;
  levelStep: number;
}

const TARGET_BONUS = 0.35;
const INTEREST_BONUS = 0.3;
const SAME_GROUP_BONUS = 0.1;
/** Direction "same": the seeker's own past occupation comes first. */
const SAME_WORK_BONUS = 0.2;
const NEW_DIRECTION_PENALTY = 0.6;
const SHORTAGE_BONUS_PER_STEP = 0.04;

/** The seeker's education as an ISCO skill level (NLQF 0–1 → 1, 2–4 → 2, 5 → 3, 6+ → 4). */
export function seekerSkillLevel(nlqf: number): number {
  if (nlqf <= 1) return 1;
  if (nlqf <= 4) return 2;
  if (nlqf === 5) return 3;
  return 4;
}

function shortageFor(catalogue: Catalogue, occupation: number, region: string | undefined): ShortageEntry | undefined {
  const entries = catalogue.shortage.get(occupation);
  if (!entries) return undefined;
  const wanted = region?.toLowerCase();
  return entries
    .filter((e) => e.region === '' || e.region.toLowerCase() === wanted)
    .sort((a, b) => b.tension - a.tension || a.region.localeCompare(b.region))[0];
}

const round3 = (x: number) => Math.round(x * 1000) / 1000;

export function rankOccupations(
  catalogue: Catalogue,
  profile: Profile,
  seeker: SeekerContext,
  overlap: SkillOverlap,
  limit: number,
): RankedOccupation[] {
  const past = new Set(seeker.pastOccupations);
  const pastGroups = new Map<string, number>();
  for (const p of seeker.pastOccupations) if (!pastGroups.has(catalogue.occupations[p].isco)) pastGroups.set(catalogue.occupations[p].isco, p);
  const direction = profile.goals.direction;
  const level = seekerSkillLevel(nlqfOf(profile));

  const candidates = new Set<number>([...overlap.touched, ...seeker.targets, ...seeker.interests.keys()]);
  const ranked: RankedOccupation[] = [];
  for (const o of candidates) {
    if (past.has(o) && direction !== 'same' && !seeker.targets.has(o)) continue;
    const occupation = catalogue.occupations[o];
    const total = catalogue.occupationWeight[o];
    const skillFit = total > 0 ? overlap.weight[o] / total : 0;
    const isTarget = seeker.targets.has(o);
    const interest = seeker.interests.get(o) ?? 0;
    const closeTo = pastGroups.get(occupation.isco);
    let score = skillFit;
    if (isTarget) score += TARGET_BONUS;
    if (past.has(o) && direction === 'same') score += SAME_WORK_BONUS;
    score += INTEREST_BONUS * interest;
    if (closeTo !== undefined) {
      if (direction === 'new' && !isTarget) score *= NEW_DIRECTION_PENALTY;
      else score += SAME_GROUP_BONUS;
    }
    const levelStep = iscoSkillLevel(occupation.isco) - level;
    // Found only through the free-text wish and two skill levels away: not a realistic direction.
    if (!isTarget && skillFit === 0 && levelStep >= 2) continue;
    if (levelStep >= 2 && !isTarget) score *= 0.5;
    else if (levelStep === 1 && !isTarget) score *= 0.85;
    const shortage = shortageFor(catalogue, o, profile.goals.region);
    if (shortage) score += SHORTAGE_BONUS_PER_STEP * shortage.tension;
    ranked.push({
      occupation: o,
      score: round3(Math.min(1, score)),
      skillFit,
      essentialHave: overlap.essentialHave[o],
      essentialTotal: catalogue.essentialCount[o],
      isTarget,
      interest,
      closeTo,
      shortage,
      levelStep,
    });
  }
  // Stable, deterministic order: score, then skill fit, then catalogue order.
  ranked.sort((a, b) => b.score - a.score || b.skillFit - a.skillFit || a.occupation - b.occupation);
  return ranked.slice(0, limit);
}
