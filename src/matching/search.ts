// Public lookups for the intake dialog and the advisor console.
import type { Catalogue } from './catalogue';

export interface OccupationCandidate {
  uri: string;
  label: string;
  /** 0..1: how well the words of the input are covered by matchedLabel. */
  confidence: number;
  /** The preferred or alternative label that matched best. */
  matchedLabel: string;
  isco: string;
}

export interface SkillCandidate {
  id: string;
  label: string;
  confidence: number;
  matchedLabel: string;
}

export interface OccupationSkill {
  id: string;
  essential: boolean;
  /** Dutch label, when ESCO's Dutch collections have one. */
  labelNl?: string;
  labelEn: string;
}

/** Free text ("10 jaar heftruckchauffeur bij een distributiecentrum", "vrachtwagenchauffer") → occupations. */
export function searchOccupations(catalogue: Catalogue, freeText: string, options: { limit?: number } = {}): OccupationCandidate[] {
  return catalogue.occupationSearch.find(freeText, options.limit ?? 5).map((hit) => {
    const o = catalogue.occupations[hit.key];
    return { uri: o.uri, label: o.label, confidence: hit.confidence, matchedLabel: hit.matchedLabel, isco: o.isco };
  });
}

/** Free text → skills that have a Dutch label (about 1,800 of 13,500; see docs/matching.md). */
export function searchSkills(catalogue: Catalogue, freeText: string, options: { limit?: number } = {}): SkillCandidate[] {
  return catalogue.skillSearch.find(freeText, options.limit ?? 5).map((hit) => {
    const s = catalogue.skills[hit.key];
    return { id: s.id, label: s.labelNl ?? s.labelEn, confidence: hit.confidence, matchedLabel: hit.matchedLabel };
  });
}

/** An occupation's skills, essential first, then by label; undefined for an unknown URI. */
export function getOccupationSkills(catalogue: Catalogue, occupationUri: string): OccupationSkill[] | undefined {
  const o = catalogue.occupationByUri.get(occupationUri);
  if (o === undefined) return undefined;
  const { start, skill, essential } = catalogue.relations;
  const result: OccupationSkill[] = [];
  for (let r = start[o]; r < start[o + 1]; r++) {
    const s = catalogue.skills[skill[r]];
    result.push({ id: s.id, essential: essential[r] === 1, labelNl: s.labelNl, labelEn: s.labelEn });
  }
  return result.sort(
    (a, b) => Number(b.essential) - Number(a.essential) || (a.labelNl ?? a.labelEn).localeCompare(b.labelNl ?? b.labelEn, 'nl'),
  );
}
