// The naive baseline for bench/matching: scan every occupation–skill relation for every profile
// (what the code would do without the inverted index). Same output as indexedSkillOverlap.
import { type Catalogue, ESSENTIAL_WEIGHT, OPTIONAL_WEIGHT } from '../../src/matching/catalogue';
import type { SkillOverlap, SkillOverlapFn } from '../../src/matching/skillOverlap';

export const naiveSkillOverlap: SkillOverlapFn = (catalogue: Catalogue, seekerSkills): SkillOverlap => {
  const n = catalogue.occupations.length;
  const weight = new Float64Array(n);
  const essentialHave = new Int32Array(n);
  const touched: number[] = [];
  const { start, skill, essential } = catalogue.relations;
  for (let o = 0; o < n; o++) {
    for (let r = start[o]; r < start[o + 1]; r++) {
      if (!seekerSkills.has(skill[r])) continue;
      if (weight[o] === 0) touched.push(o);
      if (essential[r]) {
        weight[o] += ESSENTIAL_WEIGHT;
        essentialHave[o]++;
      } else {
        weight[o] += OPTIONAL_WEIGHT;
      }
    }
  }
  return { weight, essentialHave, touched };
};
