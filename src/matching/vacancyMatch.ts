// Two-sided matching for bemiddeling (issue 17): published vacancies for a seeker, and seekers for
// a vacancy, by the same realism rules as the other proposals. Pure: no botbuilder, no database.
// FIRST VERSION (interface only, naive scoring): replaced by the real ranking.
import type { Catalogue } from './catalogue';
import { regionOf } from './catalogue';
import type { Profile } from './profile';
import type { VacancyForMatching } from '../mediation/vacancy';

export interface Localised {
  nl: string;
  en: string;
}

export interface SeekerForMatching {
  id: string;
  profile: Profile;
}

export interface VacancyMatch {
  vacancyId: string;
  seekerId: string;
  /** 0..1, higher fits better; only fitting pairs are returned (hard limits exclude). */
  score: number;
  /** Why it fits, in the seeker's or advisor's language. */
  reasons: Localised[];
  /** What is missing or needs support (e.g. a diploma, Dutch level, a jobcoach). */
  missing: Localised[];
}

export interface RankOptions {
  limit?: number;
}

function pair(catalogue: Catalogue, seeker: SeekerForMatching, vacancy: VacancyForMatching): VacancyMatch | undefined {
  const past = seeker.profile.workHistory.filter((w) => w.confirmed !== false).map((w) => w.occupationUri);
  const reasons: Localised[] = [];
  let score = 0;
  if (vacancy.data.occupationUri !== undefined && past.includes(vacancy.data.occupationUri)) {
    score += 0.6;
    reasons.push({ nl: 'Je deed dit werk al eerder.', en: 'You did this work before.' });
  }
  const seekerPc = seeker.profile.goals.postcode;
  const vacancyPc = vacancy.data.postcode;
  if (seekerPc !== undefined && vacancyPc !== undefined && regionOf(catalogue, seekerPc) !== undefined && regionOf(catalogue, seekerPc) === regionOf(catalogue, vacancyPc)) {
    score += 0.3;
    reasons.push({ nl: 'Het werk is in jouw regio.', en: 'The work is in your region.' });
  }
  if (seeker.profile.limits?.noHeavyWork === true && vacancy.data.requirements.heavyWork === true) return undefined;
  return score > 0 ? { vacancyId: vacancy.id, seekerId: seeker.id, score, reasons, missing: [] } : undefined;
}

export function vacanciesForSeeker(catalogue: Catalogue, seeker: SeekerForMatching, vacancies: readonly VacancyForMatching[], options: RankOptions = {}): VacancyMatch[] {
  const out = vacancies.map((v) => pair(catalogue, seeker, v)).filter((m): m is VacancyMatch => m !== undefined);
  return out.sort((a, b) => b.score - a.score).slice(0, options.limit ?? 10);
}

export function seekersForVacancy(catalogue: Catalogue, vacancy: VacancyForMatching, seekers: readonly SeekerForMatching[], options: RankOptions = {}): VacancyMatch[] {
  const out = seekers.map((s) => pair(catalogue, s, vacancy)).filter((m): m is VacancyMatch => m !== undefined);
  return out.sort((a, b) => b.score - a.score).slice(0, options.limit ?? 20);
}
