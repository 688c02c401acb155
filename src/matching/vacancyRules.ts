// The realism rules for one seeker–vacancy pair, the same ones the other proposals follow: a
// stated limit excludes (heavy work, working times, no licence, too far, hours far off, Dutch far
// below, a level far above without BBL); a small gap stays, lowers the score, and is named as
// missing. One function judges and, when asked, explains, so the words always match the score.
import type { Catalogue } from './catalogue';
import { clearlyAbove } from './level';
import { excludedBy } from './limits';
import type { Profile } from './profile';
import type { VacancyData } from '../mediation/vacancy';
import type { PreparedSeeker, PreparedVacancy } from './vacancyPrepare';
import type { Exclusion, VacancyTexts } from './vacancyTexts';
import { vacancyTextsEn } from './vacancyTexts.en';
import { vacancyTextsNl } from './vacancyTexts.nl';

export interface Localised {
  nl: string;
  en: string;
}

/** Collects reasons and missing items; absent while scoring thousands of pairs. */
export interface Notes {
  reasons: Localised[];
  missing: Localised[];
}

export interface Pair {
  catalogue: Catalogue;
  profile: Profile;
  seeker: PreparedSeeker;
  data: VacancyData;
  vacancy: PreparedVacancy;
}

export const say = (f: (t: VacancyTexts) => string): Localised => ({ nl: f(vacancyTextsNl), en: f(vacancyTextsEn) });

/** Hours a week a vacancy may differ from the seeker's range and still be proposed (named as missing). */
const HOURS_TOLERANCE = 8;
/** Rough one-way travel by postcode closeness: same pc3, same pc2, neighbouring pc2 (see docs/matching.md). */
const TRAVEL_ESTIMATE = [15, 30, 45];

/** -1 unknown; 0 same pc3; 1 same pc2 or same labour-market region; 2 neighbouring pc2; 3 another region. */
function placeClass(seeker: PreparedSeeker, vacancy: PreparedVacancy): number {
  if (vacancy.pc2 < 0) return -1;
  const regions = seeker.region !== undefined && vacancy.region !== undefined;
  if (regions && seeker.region !== vacancy.region) return 3;
  if (seeker.pc2 < 0) return regions ? 1 : -1;
  const cls = seeker.pc3 === vacancy.pc3 ? 0 : seeker.pc2 === vacancy.pc2 ? 1 : Math.abs(seeker.pc2 - vacancy.pc2) === 1 ? 2 : 3;
  return regions ? Math.min(cls, 1) : cls;
}

function place(p: Pair, notes?: Notes): number | Exclusion {
  const cls = placeClass(p.seeker, p.vacancy);
  const region = p.seeker.region !== undefined && p.seeker.region === p.vacancy.region ? p.vacancy.region : undefined;
  const travel = p.profile.limits.maxTravelMinutes;
  const where = p.data.place ?? (p.data.postcode === undefined ? '' : `postcode ${p.data.postcode}`);
  if (cls === -1) {
    if (notes && travel !== undefined) notes.missing.push(say((t) => t.travelUnknown(travel)));
    return 0.9;
  }
  if (cls === 3) return 'region';
  if (travel !== undefined && TRAVEL_ESTIMATE[cls] > travel) return 'travel';
  if (notes) {
    if (region !== undefined) notes.reasons.push(say((t) => t.inRegion(region)));
    else if (cls <= 1) notes.reasons.push(say((t) => t.nearby(where)));
    if (cls === 2) notes.missing.push(say((t) => t.furtherAway(where)));
  }
  return cls === 2 ? 0.85 : 1;
}

function hours(p: Pair, notes?: Notes): number | Exclusion {
  const { hoursLo: lo, hoursHi: hi } = p.vacancy;
  if (lo === undefined || hi === undefined) return 1;
  const gap = lo > p.seeker.hoursHi ? lo - p.seeker.hoursHi : hi < p.seeker.hoursLo ? p.seeker.hoursLo - hi : 0;
  if (gap > HOURS_TOLERANCE) return 'hours';
  const wanted = p.profile.goals.hoursPerWeek;
  if (notes && wanted !== undefined) {
    const text = (t: VacancyTexts) => (gap === 0 ? t.hoursFit(t.hoursText(lo, hi)) : t.hoursGap(t.hoursText(lo, hi), t.wantedHours(wanted.min, wanted.max)));
    (gap === 0 ? notes.reasons : notes.missing).push(say(text));
  }
  return gap === 0 ? 1 : 0.85;
}

/** Working times, heavy work and the driving licence: the employer's word first, ESCO's traits otherwise. */
function limits(p: Pair, notes?: Notes): number | Exclusion {
  const { catalogue, profile, data } = p;
  const o = p.vacancy.occupation;
  const req = data.requirements;
  let factor = 1;
  const when = profile.limits.times;
  if (when !== undefined) {
    const bad = { 'school-hours': ['evenings', 'nights', 'shifts', 'weekends'], daytime: ['evenings', 'nights', 'shifts'], 'no-nights': ['nights', 'shifts'] }[when];
    if (req.times !== undefined ? bad.includes(req.times) : o !== undefined && catalogue.traits.shifts[o] === 1) return 'times';
    if (when === 'school-hours') {
      factor *= 0.9;
      notes?.missing.push(say((t) => t.schoolHoursToCheck));
    }
  }
  if (profile.limits.noHeavyWork) {
    const escoHeavy = o !== undefined && excludedBy(catalogue, profile, o) === 'no-heavy-work';
    if (req.heavyWork === true || (req.heavyWork === undefined && escoHeavy)) return 'heavy-work';
    if (escoHeavy) {
      factor *= 0.9;
      notes?.missing.push(say((t) => t.heavyToCheck));
    }
  }
  const licence = req.drivingLicence ?? (o !== undefined && catalogue.traits.driving[o] === 1);
  if (licence && profile.drivingLicence === false) return 'driving-licence';
  if (licence && profile.drivingLicence === undefined) {
    factor *= 0.9;
    notes?.missing.push(say((t) => t.licenceUnknown));
  } else if (licence) notes?.reasons.push(say((t) => t.hasLicence));
  return factor;
}

function dutch(p: Pair, notes?: Notes): number | Exclusion {
  const required = p.vacancy.requiredDutch;
  const level = p.data.requirements.dutch;
  if (required === undefined || level === undefined) return 1;
  const gap = required - p.seeker.dutch;
  if (gap >= 2) return 'dutch';
  const shown = level === 'native' ? 'C2' : level;
  if (gap === 1) notes?.missing.push(say((t) => t.dutchBelow(shown, p.profile.dutchLevel)));
  else notes?.reasons.push(say((t) => t.dutchFits(shown)));
  return gap === 1 ? 0.8 : 1;
}

/** A diploma the employer asks for, or the occupation's usual level: far above only with BBL to reach it. */
function level(p: Pair, notes?: Notes): number | Exclusion {
  const { seeker, vacancy, data } = p;
  const ownWork = vacancy.occupation !== undefined && !vacancy.guessed && seeker.past.includes(vacancy.occupation);
  const bbl = vacancy.bbl && seeker.canWorkAndLearn;
  const asked = data.requirements.education;
  if (asked !== undefined && vacancy.requiredNlqf !== undefined) {
    if (seeker.nlqf === undefined) {
      notes?.missing.push(say((t) => t.diplomaValuationFirst(t.education[asked])));
      return 0.85;
    }
    const gap = vacancy.requiredNlqf - seeker.nlqf;
    const own = p.profile.education.level;
    if (gap <= 0) notes?.reasons.push(say((t) => t.hasDiploma(t.education[asked])));
    else if (gap === 1 || ownWork) notes?.missing.push(say((t) => t.diplomaStepBelow(t.education[asked], t.education[own])));
    else if (bbl && gap <= 3 && asked.startsWith('mbo-')) notes?.missing.push(say((t) => t.diplomaViaBbl(t.education[asked])));
    else return 'level';
    return gap <= 0 ? 1 : gap === 1 || ownWork ? 0.85 : 0.75;
  }
  // clearlyAboveLevel (level.ts), with the occupation's usual level prepared once.
  if (vacancy.usualNlqf === undefined || ownWork || !clearlyAbove(vacancy.usualNlqf, seeker.nlqf)) return 1;
  if (!bbl || vacancy.higherEducation) return 'level';
  notes?.missing.push(say((t) => t.levelViaBbl));
  return 0.75;
}

/** Support the seeker may need: a fitting openness lifts the pair; none said is named, never hidden. */
function support(p: Pair, notes?: Notes): number {
  const { seeker, data } = p;
  const offered = seeker.supportForms.filter((f) => data.support.includes(f));
  if (seeker.needsSupport) {
    if (offered.length > 0) {
      notes?.reasons.push(say((t) => t.supportOffered(offered)));
      return 1.05;
    }
    const forms = seeker.supportForms.filter((f) => f !== 'proefplaatsing');
    notes?.missing.push(say((t) => (forms.length > 0 ? t.supportNotSaid(forms) : t.supportAskAdviser)));
    return 0.9;
  }
  if (seeker.trialPlacement && data.support.includes('proefplaatsing')) notes?.reasons.push(say((t) => t.trialPlacement));
  return 1;
}

function start(p: Pair, notes?: Notes): number {
  const late = p.profile.goals.start === 'within-6-months' || p.profile.goals.start === 'later';
  if (!late || p.data.start !== 'now') return 1;
  notes?.missing.push(say((t) => t.startLater));
  return 0.9;
}

const RULES = [place, hours, limits, dutch, level];

/** Everything but the work itself: a factor (≤ 1.05) or why the pair is left out. */
export function conditions(p: Pair, notes?: Notes): number | Exclusion {
  if (p.profile.income.wiaType === 'iva' && (p.vacancy.occupation === undefined || !p.seeker.targets.has(p.vacancy.occupation))) return 'iva';
  let factor = 1;
  for (const rule of RULES) {
    const r = rule(p, notes);
    if (typeof r === 'string') return r;
    factor *= r;
  }
  return factor * support(p, notes) * start(p, notes);
}
