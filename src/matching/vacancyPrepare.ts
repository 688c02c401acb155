// What vacancy matching knows about a seeker and a vacancy, computed once per object and cached
// (WeakMap on the profile and on the vacancy's data, per catalogue), so ranking 5,000 seekers is a
// loop over small arrays. Profiles and vacancy data are treated as immutable: a changed profile is
// a new object. The seeker side reuses buildSeeker: only confirmed work gives skills stated as fact.
import type { Catalogue } from './catalogue';
import { iscoSkillLevel } from './isco';
import { excludedBy } from './limits';
import { knownNlqf, needsHigherEducation, usualNlqf } from './level';
import { DUTCH_LEVEL_ORDER, NLQF_BY_EDUCATION, type Profile } from './profile';
import { BBL_MIN_HOURS } from './match';
import { buildSeeker } from './seeker';
import { type SupportOpenness, SupportOpennessSchema, type VacancyForMatching } from '../mediation/vacancy';
import { isEligible, isRunning } from './eligibility';

/** Search confidence from which the employer's own words stand for an occupation (a guess, said so). */
const WORDS_MIN_CONFIDENCE = 0.6;

export interface PreparedSeeker {
  /** Confirmed skills (confirmed past work + listed skills), ascending. */
  skills: Int32Array;
  /** Skills of guessed past work not in `skills`, ascending. */
  guessedSkills: Int32Array;
  past: readonly number[];
  pastGroups: readonly string[];
  /** ISCO minor groups (3 digits) of past work, confirmed or guessed (direction "new"). */
  pastMinorGroups: readonly string[];
  guessed: ReadonlyArray<{ occupation: number; words?: string }>;
  targets: ReadonlySet<number>;
  interests: ReadonlyMap<number, number>;
  /** NLQF, undefined when a foreign diploma has not been valued. */
  nlqf?: number;
  dutch: number;
  /** Support forms that fit this seeker's situation; `needsSupport` even when none of them does. */
  needsSupport: boolean;
  supportForms: readonly SupportOpenness[];
  /** UWV or gemeente can arrange a trial placement for this seeker. */
  trialPlacement: boolean;
  /** Open to work learnt on the job (not set on the same work again). */
  openToNewWork: boolean;
  canWorkAndLearn: boolean;
  hoursLo: number;
  hoursHi: number;
  /** Postcode as pc2 and pc3 numbers (-1 when not given) and the labour-market region if known. */
  pc2: number;
  pc3: number;
  region?: string;
  guessedGroups: readonly string[];
}

export interface PreparedVacancy {
  /** Occupation index: confirmed by the employer, or guessed from the words (`guessed`). */
  occupation?: number;
  guessed: boolean;
  isco?: string;
  /** Learnt on the job: ISCO skill level 1, or the employer trains (inwerken); BBL counts per seeker. */
  learnable: boolean;
  bbl: boolean;
  requiredNlqf?: number;
  requiredDutch?: number;
  hoursLo?: number;
  hoursHi?: number;
  pc2: number;
  pc3: number;
  region?: string;
  /** The NLQF the occupation usually asks (level.ts), and whether it is hbo/wo work. */
  usualNlqf?: number;
  higherEducation: boolean;
}

const pcParts = (pc: string | undefined) => (pc === undefined ? { pc2: -1, pc3: -1 } : { pc2: Number(pc.slice(0, 2)), pc3: Number(pc.slice(0, 3)) });


function sorted(set: ReadonlySet<number>): Int32Array {
  return Int32Array.from(set).sort();
}

/** The vacancy's support forms and the instruments (content/instruments.json) that give them. */
const SUPPORT_INSTRUMENTS: Record<SupportOpenness, readonly string[]> = {
  banenafspraak: ['uwv-banenafspraak', 'gemeente-banenafspraak'],
  loonkostensubsidie: ['gemeente-loonkostensubsidie'],
  jobcoach: ['uwv-jobcoach'],
  proefplaatsing: ['uwv-proefplaatsing', 'gemeente-proefplaatsing'],
};

/**
 * Support the seeker may need (Wajong, WGA or a health barrier) and the forms that fit, by the
 * instruments' own eligibility rules. Judged when the seeker is prepared: none of these
 * instruments has an age rule, so the moment only matters if one ends.
 */
function supportOf(catalogue: Catalogue, profile: Profile, now: Date): { needsSupport: boolean; forms: SupportOpenness[]; trial: boolean } {
  const eligible = (form: SupportOpenness) =>
    catalogue.instruments.some((i) => SUPPORT_INSTRUMENTS[form].includes(i.id) && isRunning(i, now) && isEligible(i, profile, now));
  const situation = profile.income.situation;
  const needsSupport = situation === 'wajong' || (situation === 'wia' && profile.income.wiaType !== 'iva') || profile.barriers.includes('health');
  const trial = eligible('proefplaatsing');
  // A trial placement is open to anyone on a benefit; it counts as support only for someone who needs it.
  const forms = SupportOpennessSchema.options.filter((f) => (f === 'proefplaatsing' ? needsSupport && trial : eligible(f)));
  return { needsSupport, forms, trial };
}

function prepareSeekerUncached(catalogue: Catalogue, profile: Profile): PreparedSeeker {
  const context = buildSeeker(catalogue, profile, [], []);
  // limits.ts works out the seeker's heavy past trade on first use: here, not while ranking.
  if (profile.limits.noHeavyWork) excludedBy(catalogue, profile, 0);
  const all = [...context.pastOccupations, ...context.guessedWork.map((g) => g.occupation)];
  const support = supportOf(catalogue, profile, new Date());
  const hours = profile.goals.hoursPerWeek;
  return {
    skills: sorted(context.skills),
    guessedSkills: sorted(context.guessedSkills),
    past: context.pastOccupations,
    pastGroups: [...new Set(context.pastOccupations.map((o) => catalogue.occupations[o].isco))],
    pastMinorGroups: [...new Set(all.map((o) => catalogue.occupations[o].isco.slice(0, 3)))],
    guessed: context.guessedWork,
    targets: context.targets,
    interests: context.interests,
    nlqf: knownNlqf(profile),
    dutch: DUTCH_LEVEL_ORDER.indexOf(profile.dutchLevel),
    needsSupport: support.needsSupport,
    supportForms: support.forms,
    trialPlacement: support.trial,
    openToNewWork: profile.goals.direction !== 'same' || context.pastOccupations.length === 0,
    canWorkAndLearn: profile.goals.training.willing && (hours?.max ?? 40) >= BBL_MIN_HOURS,
    hoursLo: hours?.min ?? 0,
    hoursHi: hours?.max ?? 60,
    ...pcParts(profile.goals.postcode),
    region: (profile.goals.postcode === undefined ? undefined : catalogue.regions.get(profile.goals.postcode)) ?? profile.goals.region,
    guessedGroups: context.guessedWork.map((g) => catalogue.occupations[g.occupation].isco),
  };
}

function prepareVacancyUncached(catalogue: Catalogue, vacancy: VacancyForMatching): PreparedVacancy {
  const d = vacancy.data;
  let occupation = d.occupationUri === undefined ? undefined : catalogue.occupationByUri.get(d.occupationUri);
  let guessed = false;
  if (occupation === undefined) {
    const hit = catalogue.occupationSearch.find(d.words, 1)[0];
    if (hit && hit.confidence >= WORDS_MIN_CONFIDENCE) [occupation, guessed] = [hit.key, true];
  }
  const isco = occupation === undefined ? undefined : catalogue.occupations[occupation].isco;
  const bbl = d.learnOnTheJob.includes('bbl');
  const dutch = d.requirements.dutch === 'native' ? 'C2' : d.requirements.dutch;
  return {
    occupation,
    guessed,
    isco,
    learnable: d.learnOnTheJob.includes('inwerken') || (isco !== undefined && iscoSkillLevel(isco) === 1),
    bbl,
    requiredNlqf: d.requirements.education === undefined ? undefined : NLQF_BY_EDUCATION[d.requirements.education],
    requiredDutch: dutch === undefined ? undefined : DUTCH_LEVEL_ORDER.indexOf(dutch),
    hoursLo: d.hoursPerWeek?.min ?? d.hoursPerWeek?.max,
    hoursHi: d.hoursPerWeek?.max ?? d.hoursPerWeek?.min,
    ...pcParts(d.postcode),
    region: d.postcode === undefined ? undefined : catalogue.regions.get(d.postcode),
    usualNlqf: isco === undefined ? undefined : usualNlqf(isco),
    higherEducation: isco !== undefined && needsHigherEducation(isco),
  };
}

const seekerCache = new WeakMap<Catalogue, WeakMap<Profile, PreparedSeeker>>();
const vacancyCache = new WeakMap<Catalogue, WeakMap<object, PreparedVacancy>>();

function cacheOf<K extends object, V>(caches: WeakMap<Catalogue, WeakMap<K, V>>, catalogue: Catalogue): WeakMap<K, V> {
  let cache = caches.get(catalogue);
  if (!cache) caches.set(catalogue, (cache = new WeakMap()));
  return cache;
}

/** The seeker as vacancy matching sees it; cached per profile object. */
export function prepareSeeker(catalogue: Catalogue, profile: Profile): PreparedSeeker {
  const cache = cacheOf(seekerCache, catalogue);
  let prepared = cache.get(profile);
  if (!prepared) cache.set(profile, (prepared = prepareSeekerUncached(catalogue, profile)));
  return prepared;
}

/** The vacancy as matching sees it; cached per vacancy data object. */
export function prepareVacancy(catalogue: Catalogue, vacancy: VacancyForMatching): PreparedVacancy {
  const cache = cacheOf(vacancyCache, catalogue);
  let prepared = cache.get(vacancy.data);
  if (!prepared) cache.set(vacancy.data, (prepared = prepareVacancyUncached(catalogue, vacancy)));
  return prepared;
}

/** Weighted skill overlap (essential 2, optional 1) of sorted skills with an occupation's relations (sorted by skill in the CSR table). */
export function overlapWeight(catalogue: Catalogue, skills: Int32Array, occupation: number): number {
  const { start, skill, essential } = catalogue.relations;
  let r = start[occupation];
  const end = start[occupation + 1];
  let i = 0;
  let weight = 0;
  while (r < end && i < skills.length) {
    const a = skill[r];
    const b = skills[i];
    if (a < b) r++;
    else if (a > b) i++;
    else {
      weight += essential[r] ? 2 : 1;
      r++;
      i++;
    }
  }
  return weight;
}
