// Skill-level explanations: "Je hebt 7 van de 9 belangrijkste vaardigheden voor X. Je mist nog Y en Z."
// Most ESCO skills have only an English label in our data. A Dutch-speaking seeker never sees
// English without being told: missing skills without a Dutch label are counted, not named.
// Skill claims come only from confirmed work and skills the seeker listed ("facts as given"):
// "alle belangrijkste vaardigheden" only with confirmed work.
import type { Catalogue } from './catalogue';
import type { RankedOccupation } from './ranking';
import type { Locale, Texts } from './texts';

const NAMED_MISSING = 2;

export function missingEssentialSkills(catalogue: Catalogue, occupation: number, seekerSkills: ReadonlySet<number>): number[] {
  const { start, skill, essential } = catalogue.relations;
  const missing: number[] = [];
  for (let r = start[occupation]; r < start[occupation + 1]; r++) {
    if (essential[r] && !seekerSkills.has(skill[r])) missing.push(skill[r]);
  }
  return missing;
}

export function explainSkillFit(
  catalogue: Catalogue,
  ranked: RankedOccupation,
  seekerSkills: ReadonlySet<number>,
  texts: Texts,
  locale: Locale,
  confirmedWork: boolean,
): string[] {
  if (seekerSkills.size === 0) return [];
  const label = catalogue.occupations[ranked.occupation].label;
  const reasons: string[] = [];
  if (ranked.essentialTotal === 0) {
    reasons.push(texts.overlapPercent(Math.round(ranked.skillFit * 100), label));
    return reasons;
  }
  if (ranked.essentialHave === ranked.essentialTotal) {
    return [confirmedWork ? texts.allEssentialSkills(label) : texts.essentialSkills(ranked.essentialHave, ranked.essentialTotal, label)];
  }
  if (ranked.essentialHave === 0) return [texts.allNewSkills(ranked.essentialTotal, label)];
  reasons.push(texts.essentialSkills(ranked.essentialHave, ranked.essentialTotal, label));
  const missing = missingEssentialSkills(catalogue, ranked.occupation, seekerSkills).map((s) => catalogue.skills[s]);
  const labelOf = (s: (typeof missing)[number]) => (locale === 'nl' ? s.labelNl : s.labelEn);
  const named = missing
    .filter((s) => labelOf(s) !== undefined)
    .map((s) => labelOf(s)!)
    .sort((a, b) => a.localeCompare(b, locale))
    .slice(0, NAMED_MISSING);
  if (named.length === 0) reasons.push(texts.missingSkillsNoLabel(missing.length));
  else reasons.push(texts.missingSkills(named, missing.length - named.length));
  return reasons;
}
