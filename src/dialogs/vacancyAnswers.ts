// What the vacancy and group dialogs collect (dialog state until the employer agrees and checks
// it), how it becomes the stored VacancyData / group arrangement, and the lines of "Klopt dit?".
import type { DutchLevel, EducationLevel } from '../matching/profile';
import { VacancyDataSchema, type EmployerContact, type LearnOnTheJob, type SupportOpenness, type VacancyData } from '../mediation/vacancy';
import { arrangementOf, type GroupArrangement, type GroupOffer } from '../mediation/group';
import type { VacancyStart, VacancyTimes } from '../language';
import { formatDate } from '../language/format';
import type { Locale, Texts } from '../texts';

/** Consent and the contact person: shared by the vacancy and the group. */
export interface ContactAnswers {
  consent?: boolean;
  /** The employer is already stored for this chat identity: no contact questions. */
  known?: string;
  organisation?: string;
  contactName?: string;
  email?: string;
  phone?: string;
  /** Question ids answered with "weet niet" / skipped: not asked again, nothing stored. */
  skipped?: string[];
  /** "Klopt dit?": confirmed, or the field to change ('which': ask which). */
  confirmed?: boolean;
  fix?: string;
}

export interface VacancyAnswers extends ContactAnswers {
  words?: string;
  candidates?: { uri: string; label: string }[];
  occupationUri?: string;
  occupationLabel?: string;
  occupationDone?: boolean;
  hours?: { min: number; max: number };
  postcode?: string;
  start?: VacancyStart;
  education?: EducationLevel;
  dutch?: DutchLevel;
  drivingLicence?: boolean;
  heavyWork?: boolean;
  times?: VacancyTimes;
  extraWords?: string;
  extraDone?: boolean;
  learn?: LearnOnTheJob[];
  support?: SupportOpenness[];
}

export interface GroupAnswers extends ContactAnswers {
  headcount?: number;
  work?: string;
  /** YYYY-MM-DD */
  endsAt?: string;
  offers?: GroupOffer[];
}

export const isSkipped = (a: ContactAnswers, id: string) => a.skipped?.includes(id) ?? false;
export const skip = (a: ContactAnswers, id: string) => void (a.skipped = [...new Set([...(a.skipped ?? []), id])]);

/** Which answers a field of "Klopt dit?" clears, so the questions ask it again. */
const FIELD_KEYS: Record<string, string[]> = {
  work: ['words', 'candidates', 'occupationUri', 'occupationLabel', 'occupationDone'],
  hours: ['hours'], postcode: ['postcode'], start: ['start'], education: ['education'], dutch: ['dutch'],
  extra: ['drivingLicence', 'heavyWork', 'times', 'extraWords', 'extraDone'], learn: ['learn'], support: ['support'],
  organisation: ['organisation', 'known'], contact: ['contactName', 'email', 'phone', 'known'],
  headcount: ['headcount'], ends: ['endsAt'], offer: ['offers'],
};
export const VACANCY_FIELDS = ['work', 'hours', 'postcode', 'start', 'education', 'dutch', 'extra', 'learn', 'support', 'organisation', 'contact'] as const;
export const GROUP_FIELDS = ['headcount', 'work', 'ends', 'offer', 'organisation', 'contact'] as const;

/** Clears a field's answers (and its "weet niet") so it is asked again. */
export function clearField(a: ContactAnswers, field: string): void {
  // A known employer changing the contact person keeps the organisation's name.
  if (field === 'contact' && a.known) a.organisation = a.known;
  const keys = field === 'work' && 'headcount' in a ? ['work'] : (FIELD_KEYS[field] ?? []);
  for (const key of keys) delete (a as Record<string, unknown>)[key];
  a.skipped = (a.skipped ?? []).filter((id) => id !== field && !(field === 'work' && id === 'occupation'));
  if (field === 'contact' || field === 'organisation') delete a.known;
}

export function contactOf(a: ContactAnswers): EmployerContact | undefined {
  if (!a.contactName || (!a.email && !a.phone)) return undefined;
  return { name: a.contactName, ...(a.email ? { email: a.email } : {}), ...(a.phone ? { phone: a.phone } : {}) };
}

export function toVacancyData(a: VacancyAnswers): VacancyData {
  return VacancyDataSchema.parse({
    words: a.words,
    ...(a.occupationUri ? { occupationUri: a.occupationUri } : {}),
    ...(a.hours ? { hoursPerWeek: a.hours } : {}),
    ...(a.postcode ? { postcode: a.postcode } : {}),
    ...(a.start ? { start: a.start } : {}),
    requirements: {
      ...(a.education ? { education: a.education } : {}),
      ...(a.dutch ? { dutch: a.dutch } : {}),
      ...(a.drivingLicence !== undefined ? { drivingLicence: a.drivingLicence } : {}),
      ...(a.heavyWork !== undefined ? { heavyWork: a.heavyWork } : {}),
      ...(a.times ? { times: a.times } : {}),
      ...(a.extraWords ? { words: a.extraWords } : {}),
    },
    learnOnTheJob: a.learn ?? [],
    support: a.support ?? [],
  });
}

export const vacancyTitle = (a: VacancyAnswers) => (a.occupationLabel ?? a.words ?? '').slice(0, 120);

export function toArrangement(a: GroupAnswers): GroupArrangement {
  return arrangementOf(a.offers ?? []);
}

/** "Redelijk (B1)": the everyday word with the level an advisor reads. */
const dutchLabel = (level: DutchLevel, t: Texts) => (level in t.employerMediation.vacancy.dutch ? `${t.employerMediation.vacancy.dutch[level as 'A2' | 'B1' | 'B2']} (${level})` : level);

const listOr = (items: string[], t: Texts) => (items.length ? items.join(', ') : t.employerMediation.check.none);

function contactLines(a: ContactAnswers, t: Texts): string[] {
  const l = t.employerMediation.check.labels;
  if (a.known) return [`- ${l.organisation}: ${a.known}`];
  const reach = [a.email, a.phone].filter(Boolean).join(', ');
  return [`- ${l.organisation}: ${a.organisation ?? '-'}`, `- ${l.contact}: ${a.contactName ?? '-'}${reach ? ` (${reach})` : ''}`];
}

export function vacancyLines(a: VacancyAnswers, t: Texts): string[] {
  const c = t.employerMediation.check;
  const l = c.labels;
  const v = t.employerMediation.vacancy;
  const unknown = c.unknown;
  const extra = [a.drivingLicence ? c.drivingLicence : undefined, a.heavyWork ? c.heavyWork : undefined, a.times ? c.times[a.times] : undefined, a.extraWords].filter((x): x is string => Boolean(x));
  const hours = a.hours ? (a.hours.min === a.hours.max ? `${a.hours.min}` : `${a.hours.min}-${a.hours.max}`) : unknown;
  return [
    `- ${l.work}: ${a.occupationLabel ? `${a.occupationLabel} (${a.words})` : (a.words ?? unknown)}`,
    `- ${l.hours}: ${hours}`,
    `- ${l.postcode}: ${a.postcode ?? unknown}`,
    `- ${l.start}: ${a.start ? v.starts[a.start] : unknown}`,
    `- ${l.education}: ${a.education === 'none' ? v.educationNone : (a.education?.replace('-', ' ') ?? unknown)}`,
    `- ${l.dutch}: ${a.dutch ? dutchLabel(a.dutch, t) : unknown}`,
    `- ${l.extra}: ${listOr(extra, t)}`,
    `- ${l.learn}: ${listOr((a.learn ?? []).map((x) => v.learn[x]), t)}`,
    `- ${l.support}: ${listOr(a.support ?? [], t)}`,
    ...contactLines(a, t),
  ];
}

export function groupLines(a: GroupAnswers, t: Texts, locale: Locale): string[] {
  const c = t.employerMediation.check;
  const l = c.labels;
  return [
    `- ${l.headcount}: ${a.headcount ?? c.unknown}`,
    `- ${l.work}: ${a.work ?? c.unknown}`,
    `- ${l.ends}: ${a.endsAt ? formatDate(a.endsAt, locale, 'day') : c.unknown}`,
    `- ${l.offer}: ${listOr((a.offers ?? []).map((o) => t.employerMediation.group.offers[o]), t)}`,
    ...contactLines(a, t),
  ];
}
