// Schooling routes: which MBO qualifications lead towards which ESCO occupation.
// There is no official ESCO ↔ MBO mapping in the data, so this is a heuristic in steps, each
// with a lower fit than the one before (docs/matching.md explains it):
//  0. curated: hand-made links in content/schooling-links.json (common occupations).
//  1. name: the qualification name ("Kok", "Verzorgende IG") is searched, without typo
//     tolerance, in the occupation label index (preferred and alternative Dutch labels).
//  2. isco-group: an occupation without a link or name match borrows the strong name matches
//     of occupations in the same ISCO-08 unit group, at a plausible MBO level.
// (Matching on a shared head word, "vrachtwagenchauffeur" → "Chauffeur wegvervoer", was tried
// and dropped: it linked too many unrelated pairs.)
import type { Occupation } from './catalogue';
import { iscoSkillLevel } from './isco';
import type { LabelIndex } from './labelIndex';

export interface Qualification {
  crebo: string;
  name: string;
  dossier: string;
  domain: string;
  level: number;
  type: string;
  learningPaths: Array<'BOL' | 'BBL'>;
  minYears: number;
  maxYears: number;
  nlqf: number;
}

export interface SchoolingRoute {
  qualification: number;
  /** 0..1: how sure we are that this qualification leads to the occupation. */
  fit: number;
  method: 'curated' | 'name' | 'isco-group';
}

const NAME_MATCH_MIN_CONFIDENCE = 0.8;
const HITS_PER_QUALIFICATION = 10;
const GROUP_SOURCE_MIN_FIT = 0.9;
const GROUP_FIT_FACTOR = 0.6;
const ROUTES_PER_OCCUPATION = 4;
function byFitThenQualification(a: SchoolingRoute, b: SchoolingRoute): number {
  return b.fit - a.fit || a.qualification - b.qualification;
}

/**
 * MBO levels that plausibly lead to an occupation, by its ISCO skill level. Used only for the
 * weaker heuristic, where a wrong level is the most common mistake.
 */
const MBO_LEVELS_BY_SKILL_LEVEL: Record<number, number[]> = { 1: [1, 2], 2: [1, 2, 3], 3: [2, 3, 4], 4: [3, 4] };

export function plausibleMboLevels(isco: string): number[] {
  return MBO_LEVELS_BY_SKILL_LEVEL[iscoSkillLevel(isco)];
}

/** A hand-made link from content/schooling-links.json (already resolved to indexes). */
export interface CuratedLink {
  occupation: number;
  qualification: number;
}

export function buildSchoolingRoutes(
  occupations: Occupation[],
  qualifications: Qualification[],
  occupationSearch: LabelIndex,
  curated: readonly CuratedLink[] = [],
): SchoolingRoute[][] {
  const direct: SchoolingRoute[][] = occupations.map(() => []);
  for (const link of curated) direct[link.occupation].push({ qualification: link.qualification, fit: 1, method: 'curated' });
  qualifications.forEach((q, qi) => {
    for (const hit of occupationSearch.find(q.name, HITS_PER_QUALIFICATION, { exact: true })) {
      if (hit.confidence < NAME_MATCH_MIN_CONFIDENCE) continue;
      if (!direct[hit.key].some((r) => r.qualification === qi)) {
        direct[hit.key].push({ qualification: qi, fit: hit.confidence, method: 'name' });
      }
    }
  });

  const groupRoutes = new Map<string, SchoolingRoute[]>();
  for (const o of occupations) {
    for (const r of direct[o.index]) {
      if (r.fit < GROUP_SOURCE_MIN_FIT) continue;
      const group = groupRoutes.get(o.isco) ?? [];
      if (!group.some((g) => g.qualification === r.qualification)) {
        group.push({ qualification: r.qualification, fit: r.fit * GROUP_FIT_FACTOR, method: 'isco-group' });
      }
      groupRoutes.set(o.isco, group);
    }
  }

  return occupations.map((o) => {
    const levels = plausibleMboLevels(o.isco);
    const levelFits = (r: SchoolingRoute) => levels.includes(qualifications[r.qualification].level);
    let routes = direct[o.index];
    if (routes.length === 0) routes = (groupRoutes.get(o.isco) ?? []).filter(levelFits);
    return [...routes].sort(byFitThenQualification).slice(0, ROUTES_PER_OCCUPATION);
  });
}
