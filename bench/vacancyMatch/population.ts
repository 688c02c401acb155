// A synthetic but realistic population for bench/vacancyMatch: seekers whose past work, wishes and
// vacancies are real ESCO occupations from the catalogue, Dutch postcode areas in ten labour
// markets, and the limits, hours, levels and support needs seen in intakes. Seeded: every run
// measures the same population.
import { type Catalogue, DutchLevelSchema, EducationLevelSchema, type ProfileInput, ProfileSchema } from '../../src/matching';
import type { SeekerForMatching } from '../../src/matching/vacancyMatch';
import { VacancyDataSchema, type VacancyDataInput, type VacancyForMatching } from '../../src/mediation/vacancy';

/** mulberry32: small, fast, seeded. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Two-digit postcode areas of ten labour markets (Amsterdam, Rotterdam, Utrecht, Den Haag, …). */
const AREAS = [10, 11, 30, 31, 34, 35, 25, 26, 56, 97, 65, 75, 80];
const TITLES = ['magazijnmedewerker', 'schoonmaker', 'kassamedewerker', 'thuiszorg', 'heftruckchauffeur', 'kok', 'productiemedewerker'];
const WISHES = ['de zorg', 'techniek', 'buiten werken', 'met kinderen', 'logistiek zonder rijden'];
const SITUATIONS = ['ww', 'ww', 'ww', 'bijstand', 'bijstand', 'bijstand', 'wajong', 'wia', 'flex', 'employed', 'none', 'other-benefit'] as const;

export interface Population {
  seekers: SeekerForMatching[];
  vacancies: VacancyForMatching[];
}

export function population(catalogue: Catalogue, seekerCount: number, vacancyCount: number, seed: number): Population {
  const rnd = random(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)];
  const chance = (p: number) => rnd() < p;
  // Work people on a Werkloket caseload mostly did: ISCO major groups 4–9, some 2–3.
  const common = catalogue.occupations.filter((o) => /^[4-9]/.test(o.isco)).map((o) => o.index);
  const higher = catalogue.occupations.filter((o) => /^[23]/.test(o.isco)).map((o) => o.index);
  const work = () => (chance(0.9) ? pick(common) : pick(higher));
  // Vacancies concentrate on fewer occupations than people have done (demand is narrower).
  const demand = Array.from({ length: 400 }, work);
  const postcode = () => String(pick(AREAS) * 100 + Math.floor(rnd() * 100));
  const hours = () => {
    const max = pick([16, 20, 24, 32, 36, 40]);
    return chance(0.5) ? { max } : { min: Math.max(8, max - pick([4, 8, 12])), max };
  };
  const seekerProfile = (i: number): ProfileInput => {
    const situation = pick(SITUATIONS);
    const history = Array.from({ length: Math.floor(rnd() * 4) }, () =>
      chance(0.85) ? { occupationUri: catalogue.occupations[chance(0.4) ? pick(demand) : work()].uri, years: 1 + Math.floor(rnd() * 20) } : chance(0.5) ? { title: pick(TITLES) } : { occupationUri: catalogue.occupations[work()].uri, confirmed: false },
    );
    return {
      id: `p${i}`,
      income: { situation, wiaType: situation === 'wia' ? pick(['wga', 'wga', 'wga', 'iva'] as const) : undefined },
      workHistory: history,
      education: { level: pick(EducationLevelSchema.options), foreignDiploma: chance(0.08) || undefined },
      dutchLevel: chance(0.7) ? 'native' : pick(DutchLevelSchema.options),
      drivingLicence: chance(0.8) ? chance(0.7) : undefined,
      limits: {
        noHeavyWork: chance(0.2) || undefined,
        times: chance(0.15) ? pick(['school-hours', 'daytime', 'no-nights'] as const) : undefined,
        maxTravelMinutes: chance(0.3) ? pick([20, 30, 45, 60]) : undefined,
      },
      barriers: chance(0.15) ? ['health'] : [],
      goals: {
        direction: pick(['same', 'similar', 'new', 'unsure'] as const),
        targetOccupationUris: chance(0.1) ? [catalogue.occupations[pick(demand)].uri] : [],
        interests: chance(0.1) ? pick(WISHES) : undefined,
        hoursPerWeek: chance(0.8) ? hours() : undefined,
        postcode: chance(0.9) ? postcode() : undefined,
        start: pick(['now', 'now', 'within-3-months', 'later'] as const),
      },
    };
  };
  const vacancyData = (): VacancyDataInput => {
    const o = catalogue.occupations[pick(demand)];
    const h = hours();
    return {
      words: o.label,
      occupationUri: chance(0.9) ? o.uri : undefined,
      hoursPerWeek: h,
      postcode: chance(0.95) ? postcode() : undefined,
      requirements: {
        education: chance(0.4) ? pick(['vmbo', 'mbo-2', 'mbo-2', 'mbo-3', 'mbo-4', 'hbo'] as const) : undefined,
        dutch: chance(0.4) ? pick(['A2', 'B1', 'B1', 'B2'] as const) : undefined,
        drivingLicence: chance(0.1) || undefined,
        heavyWork: catalogue.traits.heavy[o.index] === 1 ? chance(0.8) : undefined,
        times: chance(0.3) ? pick(['daytime', 'evenings', 'nights', 'shifts', 'weekends'] as const) : undefined,
      },
      learnOnTheJob: [...new Set([chance(0.3) ? 'inwerken' : undefined, chance(0.15) ? 'bbl' : undefined, chance(0.1) ? 'training-budget' : undefined].filter((x) => x !== undefined))] as VacancyDataInput['learnOnTheJob'],
      support: chance(0.25) ? [pick(['banenafspraak', 'loonkostensubsidie', 'jobcoach', 'proefplaatsing'] as const)] : [],
      start: pick(['now', 'now', 'within-3-months'] as const),
    };
  };
  return {
    seekers: Array.from({ length: seekerCount }, (_, i) => ({ id: `s${i}`, profile: ProfileSchema.parse(seekerProfile(i)) })),
    vacancies: Array.from({ length: vacancyCount }, (_, i) => ({ id: `v${i}`, title: `vacature ${i}`, data: VacancyDataSchema.parse(vacancyData()) })),
  };
}
