// Ranks target occupations for a seeker: skill overlap first (essential skills weigh double),
// then the seeker's goals (named wishes, direction, level) and shortage where data exists.
// Eligibility does not apply to occupations; it is a filter on instruments (eligibility.ts).
import type { Catalogue, ShortageEntry } from './catalogue';
import { iscoSkillLevel } from './isco';
import { knownNlqf } from './level';
import type { Profile } from './profile';
import type { SeekerContext } from './seeker';
import type { SkillOverlap } from './skillOverlap';

export type { SeekerContext } from './seeker';

export interface RankedOccupation {
  occupation: number;
  score: number;
  /** Share of the occupation's skills from confirmed work and listed skills (may be stated). */
  skillFit: number;
  /** skillFit plus a part of what guessed work adds (for ranking only, never stated). */
  fit: number;
  essentialHave: number;
  essentialTotal: number;
  isTarget: boolean;
  interest: number;
  /** Confirmed past occupation in the same ISCO unit group, if any. */
  closeTo?: number;
  /** The seeker's words for guessed past work in the same ISCO unit group, if any. */
  mentioned?: string;
  shortage?: ShortageEntry;
  levelStep: number;
}

/** Why an occupation may not be proposed (a stated limit); returns true to leave it out. */
export type ExcludeFn = (occupation: number) => boolean;

const TARGET_BONUS = 0.35;
const INTEREST_BONUS = 0.3;
const SAME_GROUP_BONUS = 0.1;
/** Direction "same": the seeker's own past occupation comes first. */
const SAME_WORK_BONUS = 0.2;
const NEW_DIRECTION_PENALTY = 0.6;
/** Guessed work steers mildly: half the weight of confirmed skills, half the group bonus. */
const GUESS_WEIGHT = 0.5;
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

function groupsOf(catalogue: Catalogue, occupations: readonly number[]): Map<string, number> {
  const groups = new Map<string, number>();
  for (const p of occupations) if (!groups.has(catalogue.occupations[p].isco)) groups.set(catalogue.occupations[p].isco, p);
  return groups;
}

/** What the ranking knows about the seeker's past, computed once per match. */
interface PastContext {
  past: Set<number>;
  pastGroups: Map<string, number>;
  pastMinorGroups: Set<string>;
  guessed: Set<number>;
  guessedGroups: Map<string, string | undefined>;
  direction: Profile['goals']['direction'];
  /** The seeker's ISCO skill level, undefined when the level is unknown (foreign diploma). */
  level?: number;
}

function pastContext(catalogue: Catalogue, profile: Profile, seeker: SeekerContext): PastContext {
  const guessedGroups = new Map<string, string | undefined>();
  for (const g of seeker.guessedWork) {
    const isco = catalogue.occupations[g.occupation].isco;
    if (!guessedGroups.has(isco)) guessedGroups.set(isco, g.words);
  }
  const nlqf = knownNlqf(profile);
  const all = [...seeker.pastOccupations, ...seeker.guessedWork.map((g) => g.occupation)];
  return {
    past: new Set(seeker.pastOccupations),
    pastGroups: groupsOf(catalogue, seeker.pastOccupations),
    pastMinorGroups: new Set(all.map((p) => catalogue.occupations[p].isco.slice(0, 3))),
    guessed: new Set(seeker.guessedWork.map((g) => g.occupation)),
    guessedGroups,
    direction: profile.goals.direction,
    level: nlqf === undefined ? undefined : seekerSkillLevel(nlqf),
  };
}

/** Scores one candidate occupation, or undefined when it is not a sensible direction. */
function scoreOf(
  catalogue: Catalogue,
  seeker: SeekerContext,
  pc: PastContext,
  o: number,
  overlaps: { overlap: SkillOverlap; guessOverlap?: SkillOverlap; region?: string },
  exclude: ExcludeFn,
): RankedOccupation | undefined {
  const { overlap, guessOverlap } = overlaps;
  const { past, direction, level } = pc;
  const isTarget = seeker.targets.has(o);
  if ((past.has(o) && direction !== 'same' && !isTarget) || (seeker.rejected.has(o) && !isTarget)) return undefined;
  const occupation = catalogue.occupations[o];
  // "Something new": not the same kind of work again (ISCO minor group), unless named or wished.
  if (direction === 'new' && !isTarget && !seeker.interests.has(o) && pc.pastMinorGroups.has(occupation.isco.slice(0, 3))) return undefined;
  const total = catalogue.occupationWeight[o];
  const skillFit = total > 0 ? overlap.weight[o] / total : 0;
  const guessFit = guessOverlap && total > 0 ? guessOverlap.weight[o] / total : skillFit;
  const fit = skillFit + GUESS_WEIGHT * (guessFit - skillFit);
  // Found only through the wish, hbo/wo work, level unknown: the diploma valuation comes first.
  if (!isTarget && level === undefined && fit === 0 && iscoSkillLevel(occupation.isco) === 4) return undefined;
  const interest = seeker.interests.get(o) ?? 0;
  const closeTo = pc.pastGroups.get(occupation.isco);
  const mentioned = closeTo === undefined ? pc.guessedGroups.get(occupation.isco) : undefined;
  let score = fit + (isTarget ? TARGET_BONUS : 0) + INTEREST_BONUS * interest;
  if (direction === 'same' && past.has(o)) score += SAME_WORK_BONUS;
  else if (direction === 'same' && pc.guessed.has(o)) score += GUESS_WEIGHT * SAME_WORK_BONUS;
  const groupBonus = closeTo !== undefined ? SAME_GROUP_BONUS : pc.guessedGroups.has(occupation.isco) ? GUESS_WEIGHT * SAME_GROUP_BONUS : 0;
  if (groupBonus > 0) score = direction === 'new' && !isTarget ? score * NEW_DIRECTION_PENALTY : score + groupBonus;
  // Unknown level (a foreign diploma not valued yet): neither low nor high, no level penalty.
  const levelStep = level === undefined ? 0 : iscoSkillLevel(occupation.isco) - level;
  // Found only through the free-text wish and two skill levels away: the wish route handles it.
  if (!isTarget && fit === 0 && levelStep >= 2) return undefined;
  if (levelStep >= 2 && !isTarget) score *= 0.5;
  else if (levelStep === 1 && !isTarget) score *= 0.85;
  if (exclude(o)) return undefined;
  const shortage = shortageFor(catalogue, o, overlaps.region);
  if (shortage) score += SHORTAGE_BONUS_PER_STEP * shortage.tension;
  const essentialHave = overlap.essentialHave[o];
  return { occupation: o, score: round3(Math.min(1, score)), skillFit, fit, essentialHave, essentialTotal: catalogue.essentialCount[o], isTarget, interest, closeTo, mentioned, levelStep, shortage };
}

export function rankOccupations(
  catalogue: Catalogue,
  profile: Profile,
  seeker: SeekerContext,
  overlap: SkillOverlap,
  guessOverlap: SkillOverlap | undefined,
  limit: number,
  exclude: ExcludeFn = () => false,
): RankedOccupation[] {
  const pc = pastContext(catalogue, profile, seeker);
  const seen = new Uint8Array(catalogue.occupations.length);
  const overlaps = { overlap, guessOverlap, region: profile.goals.region };
  const ranked: RankedOccupation[] = [];
  const visit = (o: number) => {
    if (seen[o]) return;
    seen[o] = 1;
    const scored = scoreOf(catalogue, seeker, pc, o, overlaps, exclude);
    if (scored) ranked.push(scored);
  };
  for (const o of overlap.touched) visit(o);
  for (const o of guessOverlap?.touched ?? []) visit(o);
  for (const o of seeker.targets) visit(o);
  for (const o of seeker.interests.keys()) visit(o);
  if (pc.direction === 'same') for (const o of pc.guessed) visit(o);
  // Stable, deterministic order: score, then fit, then catalogue order.
  ranked.sort((a, b) => b.score - a.score || b.fit - a.fit || a.occupation - b.occupation);
  // A named target is always kept, however low it ranks: the seeker asked for it.
  return ranked.filter((r, i) => i < limit || r.isTarget);
}
