// The baseline for bench/vacancyMatch: the first, naive version of the matching module (a plain
// loop over the inputs: own past work and the same region, nothing else), kept here to show what
// the realism rules cost on top of just visiting every pair.
import { type Catalogue, regionOf } from '../../src/matching/catalogue';
import type { SeekerForMatching, VacancyMatch } from '../../src/matching/vacancyMatch';
import type { VacancyForMatching } from '../../src/mediation/vacancy';

function pair(catalogue: Catalogue, seeker: SeekerForMatching, vacancy: VacancyForMatching): VacancyMatch | undefined {
  const past = seeker.profile.workHistory.filter((w) => w.confirmed !== false).map((w) => w.occupationUri);
  let score = 0;
  if (vacancy.data.occupationUri !== undefined && past.includes(vacancy.data.occupationUri)) score += 0.6;
  const a = seeker.profile.goals.postcode;
  const b = vacancy.data.postcode;
  if (a !== undefined && b !== undefined && regionOf(catalogue, a) !== undefined && regionOf(catalogue, a) === regionOf(catalogue, b)) score += 0.3;
  if (seeker.profile.limits?.noHeavyWork === true && vacancy.data.requirements.heavyWork === true) return undefined;
  return score > 0 ? { vacancyId: vacancy.id, seekerId: seeker.id, score, reasons: [], missing: [] } : undefined;
}

export function naiveVacanciesForSeeker(catalogue: Catalogue, seeker: SeekerForMatching, vacancies: readonly VacancyForMatching[]): VacancyMatch[] {
  const out = vacancies.map((v) => pair(catalogue, seeker, v)).filter((m): m is VacancyMatch => m !== undefined);
  return out.sort((x, y) => y.score - x.score).slice(0, 10);
}

export function naiveSeekersForVacancy(catalogue: Catalogue, vacancy: VacancyForMatching, seekers: readonly SeekerForMatching[]): VacancyMatch[] {
  const out = seekers.map((s) => pair(catalogue, s, vacancy)).filter((m): m is VacancyMatch => m !== undefined);
  return out.sort((x, y) => y.score - x.score).slice(0, 20);
}
