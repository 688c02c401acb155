// How much of each occupation's skill profile a seeker already has.
// The indexed version walks the inverted index (skill → occupations) for the seeker's skills
// only, so its cost grows with the seeker's skills, not with the 129k relations.
import { type Catalogue, ESSENTIAL_WEIGHT, OPTIONAL_WEIGHT } from './catalogue';

export interface SkillOverlap {
  /** Per occupation: weighted count of the occupation's skills the seeker has. */
  weight: Float64Array;
  /** Per occupation: how many of its essential skills the seeker has. */
  essentialHave: Int32Array;
  /** Occupations with any overlap, in increasing index order. */
  touched: number[];
}

/** Pluggable so the bench can compare against a naive full scan with the same pipeline. */
export type SkillOverlapFn = (catalogue: Catalogue, seekerSkills: ReadonlySet<number>) => SkillOverlap;

export const indexedSkillOverlap: SkillOverlapFn = (catalogue, seekerSkills) => {
  const n = catalogue.occupations.length;
  const weight = new Float64Array(n);
  const essentialHave = new Int32Array(n);
  const { start, occupation, essential } = catalogue.postings;
  const touched: number[] = [];
  for (const s of seekerSkills) {
    for (let p = start[s]; p < start[s + 1]; p++) {
      const o = occupation[p];
      if (weight[o] === 0) touched.push(o);
      if (essential[p]) {
        weight[o] += ESSENTIAL_WEIGHT;
        essentialHave[o]++;
      } else {
        weight[o] += OPTIONAL_WEIGHT;
      }
    }
  }
  return { weight, essentialHave, touched: touched.sort((a, b) => a - b) };
};
