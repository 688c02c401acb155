// The seeker's profile as the advisor reads it: labelled Dutch lines from the schema-typed profile
// ("Inkomen: WW tot 1 september 2027, ongeveer € 1.900 netto per maand"). Never raw keys, codes,
// ISO dates or "[object Object]". Pure: the console's API calls it per chat.
import type { IntakeAnswersSchema } from '../matching/intakeRecord';
import { PROFILE_VERSION } from '../matching/intakeRecord';
import { readStoredProfile } from '../matching/readStoredProfile';
import { CODES, dutchDate, euro, hoursText, LIMIT_TIMES, number, yearsText } from './profileWords';

type Answers = import('zod').infer<typeof IntakeAnswersSchema>;
type AnswerKey = keyof typeof IntakeAnswersSchema.shape;

export interface ProfileLine {
  label: string;
  value: string;
}

export interface ProfileViewData {
  /** The stored profile's version (older ones are read into the current shape). */
  version: number;
  complete: boolean;
  lines: ProfileLine[];
}

/**
 * A label for every field of the intake schema, or null for fields about the conversation itself
 * (never profile facts). Typed over the schema's keys: a new field without an entry does not compile.
 */
export const PROFILE_LABELS: Record<AnswerKey, string | null> = {
  consent: 'Toestemming',
  resume: null,
  situation: 'Inkomen',
  wiaType: 'Inkomen',
  benefitEnd: 'Inkomen',
  benefitEndUnknown: 'Inkomen',
  since: 'Inkomen',
  monthlyAmount: 'Inkomen',
  jobs: 'Werk',
  candidates: null,
  candidatesFor: null,
  askEarlierJob: null,
  education: 'Opleiding',
  foreignDiploma: 'Opleiding',
  birthYear: 'Geboortejaar',
  dutchLevel: 'Nederlands',
  drivingLicence: 'Rijbewijs',
  healthLimits: 'Gezondheid',
  limits: 'Beperkingen',
  direction: 'Richting',
  interests: 'Wens',
  targets: 'Beroepswens',
  hours: 'Uren per week',
  postcode: 'Postcode',
  region: 'Postcode',
  start: 'Beginnen',
  trainingWilling: 'Opleiding volgen',
  trainingMonths: 'Opleiding volgen',
  targetCandidates: null,
  approximate: null,
  prefilled: null,
  asked: null,
};

const about = (a: Answers, field: string, text: string) => (a.approximate?.includes(field) ? `ongeveer ${text}` : text);

function income(a: Answers): string | undefined {
  if (!a.situation) return undefined;
  const parts = [CODES.situation[a.situation] + (a.wiaType ? ` (${CODES.wiaType[a.wiaType]})` : '')];
  if (a.benefitEnd) parts[0] += ` tot ${about(a, 'benefitEnd', dutchDate(a.benefitEnd))}`;
  else if (a.benefitEndUnknown) parts[0] += ', einddatum onbekend';
  if (a.since) parts[0] += ` sinds ${about(a, 'since', dutchDate(a.since))}`;
  if (a.monthlyAmount !== undefined) parts.push(`${about(a, 'monthlyAmount', euro(a.monthlyAmount))} netto per maand`);
  return parts.join(', ');
}

function jobs(a: Answers): string[] {
  return a.jobs.map((job, i) => {
    const what = job.occupation ? (job.confirmed ? job.occupation.label : `${job.text} (mogelijk ${job.occupation.label}, niet bevestigd)`) : job.text;
    return job.years !== undefined ? `${what}, ${about(a, `jobs.${i}.years`, yearsText(job.years))}` : what;
  });
}

function limits(a: Answers): string | undefined {
  const l = a.limits;
  if (!l) return undefined;
  const parts = [
    l.noHeavyWork ? 'geen zwaar lichamelijk werk' : undefined,
    l.times ? LIMIT_TIMES[l.times] : undefined,
    l.maxTravelMinutes ? `hoogstens ${l.maxTravelMinutes} minuten reizen (enkele reis)` : undefined,
    l.words ? `eigen woorden: "${l.words}"` : undefined,
  ].filter((p): p is string => Boolean(p));
  return parts.length ? parts.join('; ') : undefined;
}

function training(a: Answers): string | undefined {
  if (a.trainingWilling === undefined) return undefined;
  if (!a.trainingWilling) return 'nee';
  return a.trainingMonths ? `ja, hoogstens ${about(a, 'trainingMonths', `${number(a.trainingMonths)} ${a.trainingMonths === 1 ? 'maand' : 'maanden'}`)}` : 'ja';
}

/** One line per fact, in a fixed order; fields not given are left out. */
export function profileLines(a: Answers, now: Date): ProfileLine[] {
  const lines: ProfileLine[] = [];
  const add = (label: string, value: string | undefined) => value && lines.push({ label, value });
  add('Inkomen', income(a));
  for (const job of jobs(a)) add('Werk', job);
  add('Opleiding', a.education ? CODES.education[a.education] + (a.foreignDiploma ? ', diploma uit het buitenland (nog niet gewaardeerd)' : '') : a.foreignDiploma ? 'diploma uit het buitenland (nog niet gewaardeerd)' : undefined);
  add('Geboortejaar', a.birthYear !== undefined ? `${a.birthYear} (ongeveer ${now.getUTCFullYear() - a.birthYear} jaar)` : undefined);
  add('Nederlands', a.dutchLevel ? CODES.dutchLevel[a.dutchLevel] : undefined);
  add('Rijbewijs', a.drivingLicence === undefined ? undefined : a.drivingLicence ? 'ja (auto, B)' : 'nee');
  add('Gezondheid', a.healthLimits ? CODES.healthLimits[a.healthLimits] : undefined);
  add('Beperkingen', limits(a));
  add('Richting', a.direction ? CODES.direction[a.direction] : undefined);
  add('Wens', a.interests ? `"${a.interests}"` : undefined);
  add('Beroepswens', a.targets?.length ? a.targets.map((t) => t.label).join(', ') : undefined);
  add('Uren per week', a.hours ? about(a, 'hours', hoursText(a.hours)) : undefined);
  add('Postcode', a.postcode ? (a.region ? `${a.postcode} (regio ${a.region})` : a.postcode) : undefined);
  add('Beginnen', a.start ? CODES.start[a.start] : undefined);
  add('Opleiding volgen', training(a));
  add('Toestemming', a.consent === undefined ? undefined : a.consent ? 'ja, profiel bewaren mag' : 'nee, niets bewaren');
  return lines;
}

/** The console's profile: readable lines from any stored version (undefined: nothing stored). */
export function profileView(stored: unknown, now: Date): ProfileViewData | undefined {
  const read = readStoredProfile(stored);
  if (!read) return undefined;
  const lines = profileLines(read.profile.answers, now);
  if (read.unreadable.length) lines.push({ label: 'Niet te lezen', value: `${read.unreadable.length} ${read.unreadable.length === 1 ? 'gegeven' : 'gegevens'} uit een ${read.foundVersion > PROFILE_VERSION ? 'nieuwere' : 'andere'} profielversie` });
  return { version: read.foundVersion, complete: read.profile.complete, lines };
}
