// bench/vacancyMatch (issue 17): ranking 5,000 seekers for one vacancy and 2,000 vacancies for one
// seeker, on a seeded synthetic population over the real catalogue. Preparation (each profile and
// vacancy once, then cached) is measured apart from the ranking; the baseline is the first, naive
// version (a plain loop over the pairs), measured in the same run. Target: median ≤ 20 ms each.
import { loadConfig } from '../../src/config';
import { loadCatalogue } from '../../src/matching';
import { matchPair, prepareSeeker, prepareVacancy, seekersForVacancy, vacanciesForSeeker } from '../../src/matching/vacancyMatch';
import { percentile, round, rssMb, timeEach } from '../stats';
import type { BenchModule, ScenarioResult } from '../types';
import { naiveSeekersForVacancy, naiveVacanciesForSeeker } from './naive';
import { population } from './population';

const SEEKERS = 5_000;
const VACANCIES = 2_000;
/** Vacancies to rank all seekers for, and seekers to rank all vacancies for, per round. */
const SAMPLE_VACANCIES = 100;
const SAMPLE_SEEKERS = 200;
const ROUNDS = 3;
const SEED = 20261202;

function timed(fn: () => void): number {
  const start = performance.now();
  fn();
  return performance.now() - start;
}

export const vacancyMatchBench: BenchModule = {
  name: 'vacancy-match',
  async run(): Promise<ScenarioResult[]> {
    const catalogue = await loadCatalogue(loadConfig().dataDir);
    const { seekers, vacancies } = population(catalogue, SEEKERS, VACANCIES, SEED);
    const prepareSeekersMs = timed(() => seekers.forEach((s) => prepareSeeker(catalogue, s.profile)));
    const prepareVacanciesMs = timed(() => vacancies.forEach((v) => prepareVacancy(catalogue, v)));
    const someVacancies = vacancies.filter((_, i) => i % (VACANCIES / SAMPLE_VACANCIES) === 0);
    const someSeekers = seekers.filter((_, i) => i % (SEEKERS / SAMPLE_SEEKERS) === 0);

    let found = 0;
    timeEach(someVacancies.slice(0, 10), 1, (v) => seekersForVacancy(catalogue, v, seekers)); // warm-up
    const forVacancy = timeEach(someVacancies, ROUNDS, (v) => (found += seekersForVacancy(catalogue, v, seekers).length));
    const forSeeker = timeEach(someSeekers, ROUNDS, (s) => (found += vacanciesForSeeker(catalogue, s, vacancies).length));
    const naiveForVacancy = timeEach(someVacancies, ROUNDS, (v) => naiveSeekersForVacancy(catalogue, v, seekers));
    const naiveForSeeker = timeEach(someSeekers, ROUNDS, (s) => naiveVacanciesForSeeker(catalogue, s, vacancies));

    // Correctness in the same run: both directions agree with the pair function; scores in 0..1, sorted.
    let errors = 0;
    for (const v of someVacancies.slice(0, 20)) {
      const ranked = seekersForVacancy(catalogue, v, seekers, { limit: 5 });
      ranked.forEach((m, i) => {
        const s = seekers.find((x) => x.id === m.seekerId)!;
        if (JSON.stringify(matchPair(catalogue, s, v)) !== JSON.stringify(m)) errors++;
        if (m.score < 0 || m.score > 1 || (i > 0 && ranked[i - 1].score < m.score)) errors++;
        if (!vacanciesForSeeker(catalogue, s, [v]).some((x) => JSON.stringify(x) === JSON.stringify(m))) errors++;
      });
    }
    const median = (xs: number[]) => round(percentile(xs, 50));
    return [
      {
        kind: 'figures',
        scenario: 'vacancy-match',
        figures: {
          seekers_for_vacancy_median_ms: median(forVacancy),
          seekers_for_vacancy_p95_ms: round(percentile(forVacancy, 95)),
          vacancies_for_seeker_median_ms: median(forSeeker),
          vacancies_for_seeker_p95_ms: round(percentile(forSeeker, 95)),
          naive_seekers_for_vacancy_median_ms: median(naiveForVacancy),
          naive_vacancies_for_seeker_median_ms: median(naiveForSeeker),
          prepare_seekers_ms: round(prepareSeekersMs, 0),
          prepare_vacancies_ms: round(prepareVacanciesMs, 0),
        },
        errors,
        rss_mb: rssMb(),
        details: {
          seekers: SEEKERS,
          vacancies: VACANCIES,
          rankings: (SAMPLE_VACANCIES + SAMPLE_SEEKERS) * ROUNDS,
          mean_matches_returned: round(found / ((SAMPLE_VACANCIES + SAMPLE_SEEKERS) * ROUNDS), 1),
          prepare_per_seeker_ms: round(prepareSeekersMs / SEEKERS),
        },
      },
    ];
  },
};
