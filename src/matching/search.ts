// Public lookups for the intake dialog and the advisor console.
import type { Catalogue } from './catalogue';
import { contentTerms, normalise } from './dutchText';
import type { LabelHit } from './labelIndex';

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

/** Words that start the workplace in "schoonmaker in een ziekenhuis", "chauffeur bij een bakkerij". */
const WORKPLACE = new Set(['bij', 'in', 'op', 'voor', 'at', 'for']);

/** "schoonmaker in een ziekenhuis" → the work ("schoonmaker"), when both sides have content words. */
export function workPart(freeText: string): string | undefined {
  const words = normalise(freeText).split(' ');
  const at = words.findIndex((w) => WORKPLACE.has(w));
  if (at <= 0) return undefined;
  const work = words.slice(0, at).join(' ');
  return contentTerms(work).length && contentTerms(words.slice(at + 1).join(' ')).length ? work : undefined;
}

/** Whether a label holds one of the work's words, whole or as part of a compound ("heftruckchauffeur"). */
function namesWork(label: string, workTerms: string[]): boolean {
  return contentTerms(label).some((t) => workTerms.some((w) => t === w || (w.length >= 4 && (t.startsWith(w) || t.endsWith(w)))));
}

/**
 * Free text ("10 jaar heftruckchauffeur bij een distributiecentrum", "vrachtwagenchauffer") →
 * occupations. The work comes before the workplace: without that, "verpleegkundige in het
 * ziekenhuis" offered a hospital pharmacist, the workplace's long word covering more of a label
 * than the work did. So occupations the work's own words match come first (those the whole text
 * found, then the work's alone), then the rest of what the whole text found.
 */
export function searchOccupations(catalogue: Catalogue, freeText: string, options: { limit?: number } = {}): OccupationCandidate[] {
  const limit = options.limit ?? 5;
  const whole = catalogue.occupationSearch.find(freeText, limit);
  const work = workPart(freeText);
  const byWork = work ? catalogue.occupationSearch.find(work, limit) : [];
  let hits: LabelHit[] = whole;
  if (work && byWork.length) {
    const terms = contentTerms(work);
    const seen = new Set<number>();
    hits = [...whole.filter((h) => namesWork(h.matchedLabel, terms)), ...byWork, ...whole].filter((h) => !seen.has(h.key) && seen.add(h.key)).slice(0, limit);
  }
  return hits.map((hit) => {
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
