// Two-sided matching for bemiddeling (issue 17): published vacancies for a seeker, and seekers for
// a vacancy, by the same realism rules as the other proposals (vacancyRules.ts, vacancyWork.ts).
// Pure: no botbuilder, no database. Both directions judge a pair with one function, so a pair has
// the same score, reasons and missing items whichever side asks. Scoring thousands of pairs builds
// no text: only the returned pairs are explained.
import type { Catalogue } from './catalogue';
import type { Profile } from './profile';
import type { VacancyForMatching } from '../mediation/vacancy';
import { prepareSeeker, prepareVacancy } from './vacancyPrepare';
import { conditions, type Localised, type Notes, type Pair, say } from './vacancyRules';
import type { Exclusion } from './vacancyTexts';
import { employerNotes, MIN_WORK, workFit } from './vacancyWork';
import { textsEn } from './texts.en';
import { textsNl } from './texts.nl';

export type { Localised } from './vacancyRules';
export type { Exclusion } from './vacancyTexts';
export { prepareSeeker, prepareVacancy } from './vacancyPrepare';

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

/** Below this, with every gap counted, a pair is not proposed. */
const MIN_SCORE = 0.15;

const round3 = (x: number) => Math.round(x * 1000) / 1000;

function pairOf(catalogue: Catalogue, seeker: SeekerForMatching, vacancy: VacancyForMatching): Pair {
  return {
    catalogue,
    profile: seeker.profile,
    seeker: prepareSeeker(catalogue, seeker.profile),
    data: vacancy.data,
    vacancy: prepareVacancy(catalogue, vacancy),
  };
}

/** The pair's score, or why it is left out. With `notes`, the reasons and missing items too. */
function judge(p: Pair, notes?: { work: Notes; rest: Notes }): number | Exclusion {
  const factor = conditions(p, notes?.rest);
  if (typeof factor === 'string') return factor;
  const work = workFit(p, notes?.work);
  if (typeof work === 'string') return work;
  if (work < MIN_WORK) return 'no-fit';
  const score = round3(Math.min(1, work * factor));
  return score < MIN_SCORE ? 'no-fit' : score;
}

function explained(catalogue: Catalogue, seeker: SeekerForMatching, vacancy: VacancyForMatching, score: number): VacancyMatch {
  const p = pairOf(catalogue, seeker, vacancy);
  const notes = { work: { reasons: [], missing: [] } as Notes, rest: { reasons: [], missing: [] } as Notes };
  judge(p, notes);
  employerNotes(p, notes.rest);
  // Work first, then place, hours and the rest: what an advisor reads first is why this work.
  const found = [...notes.work.reasons, ...notes.rest.reasons];
  const reasons = found.length > 0 ? found : [{ nl: textsNl.adviserCanCheck, en: textsEn.adviserCanCheck }];
  return { vacancyId: vacancy.id, seekerId: seeker.id, score, reasons: dedupe(reasons), missing: dedupe([...notes.work.missing, ...notes.rest.missing]) };
}

function dedupe(items: Localised[]): Localised[] {
  const seen = new Set<string>();
  return items.filter((i) => !seen.has(i.nl) && seen.add(i.nl) !== undefined);
}

/** One pair, explained, or undefined when it does not fit (see whyNot). */
export function matchPair(catalogue: Catalogue, seeker: SeekerForMatching, vacancy: VacancyForMatching): VacancyMatch | undefined {
  const score = judge(pairOf(catalogue, seeker, vacancy));
  return typeof score === 'string' ? undefined : explained(catalogue, seeker, vacancy, score);
}

/** Why a pair is left out (for the advisor console), or undefined when it fits. */
export function whyNot(catalogue: Catalogue, seeker: SeekerForMatching, vacancy: VacancyForMatching): { exclusion: Exclusion; text: Localised } | undefined {
  const score = judge(pairOf(catalogue, seeker, vacancy));
  return typeof score === 'string' ? { exclusion: score, text: say((t) => t.excluded[score]) } : undefined;
}

interface Scored<T> {
  item: T;
  id: string;
  score: number;
}

function best<T>(scored: Scored<T>[], limit: number): Scored<T>[] {
  return scored.sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)).slice(0, limit);
}

export function vacanciesForSeeker(catalogue: Catalogue, seeker: SeekerForMatching, vacancies: readonly VacancyForMatching[], options: RankOptions = {}): VacancyMatch[] {
  const scored: Scored<VacancyForMatching>[] = [];
  // One pair object, refilled: thousands of pairs without garbage.
  const p: Pair = { catalogue, profile: seeker.profile, seeker: prepareSeeker(catalogue, seeker.profile), data: undefined!, vacancy: undefined! };
  for (const vacancy of vacancies) {
    p.data = vacancy.data;
    p.vacancy = prepareVacancy(catalogue, vacancy);
    const score = judge(p);
    if (typeof score === 'number') scored.push({ item: vacancy, id: vacancy.id, score });
  }
  return best(scored, options.limit ?? 10).map((s) => explained(catalogue, seeker, s.item, s.score));
}

export function seekersForVacancy(catalogue: Catalogue, vacancy: VacancyForMatching, seekers: readonly SeekerForMatching[], options: RankOptions = {}): VacancyMatch[] {
  const scored: Scored<SeekerForMatching>[] = [];
  const p: Pair = { catalogue, profile: undefined!, seeker: undefined!, data: vacancy.data, vacancy: prepareVacancy(catalogue, vacancy) };
  for (const seeker of seekers) {
    p.profile = seeker.profile;
    p.seeker = prepareSeeker(catalogue, seeker.profile);
    const score = judge(p);
    if (typeof score === 'number') scored.push({ item: seeker, id: seeker.id, score });
  }
  return best(scored, options.limit ?? 20).map((s) => explained(catalogue, s.item, vacancy, s.score));
}

/** Prepares (and caches) every seeker and vacancy up front, e.g. when a candidate pool is loaded. */
export function prepareForMatching(catalogue: Catalogue, seekers: readonly SeekerForMatching[], vacancies: readonly VacancyForMatching[] = []): void {
  for (const s of seekers) prepareSeeker(catalogue, s.profile);
  for (const v of vacancies) prepareVacancy(catalogue, v);
}
