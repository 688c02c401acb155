// What an employer's answer says about a vacancy or a van werk naar werk group, beyond the question
// asked: "heftruckchauffeur, 32 uur, in 3511, per direct, rijbewijs nodig" holds five facts. Pure;
// the words live in vocabulary.ts.
import type { Choice } from './choices';
import { parseDate } from './dates';
import { parseHoursPerWeek } from './hours';
import type { Locale } from './locale';
import { normalizeText } from './normalize';
import { parsePostcode } from './postcode';
import { DRIVING_LICENCE_WORDS, HEAVY_WORK_WORDS, VACANCY_STARTS, WORK_TIMES } from './vocabulary';

export type VacancyStart = 'now' | 'within-3-months' | 'later';
export type VacancyTimes = 'daytime' | 'evenings' | 'nights' | 'shifts' | 'weekends';

export interface VacancyFacts {
  hours?: { min: number; max: number };
  postcode?: string;
  start?: VacancyStart;
  drivingLicence?: boolean;
  heavyWork?: boolean;
  times?: VacancyTimes;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const hasPhrase = (normalized: string, phrase: string) => new RegExp(`(?:^|\\b)${escape(normalizeText(phrase))}(?:\\b|$)`).test(normalized);
/** "geen rijbewijs nodig", "niet zwaar": the word is there, but said as not needed. */
const negated = (normalized: string, phrase: string) => new RegExp(`\\b(?:geen|niet|no|not)\\s+(?:\\w+\\s+)?${escape(normalizeText(phrase))}\\b`).test(normalized);

/** The whole answer is one of the phrases ("nee, niets"), after politeness and punctuation. */
export function isPhrase(text: string, phrases: readonly string[]): boolean {
  const normalized = normalizeText(text).replace(/[.!?,]+/g, ' ').replace(/\s+/g, ' ').trim();
  return phrases.some((p) => normalizeText(p).replace(/[.!?,]+/g, ' ').replace(/\s+/g, ' ').trim() === normalized);
}

/** One of the phrases appears in the answer ("dat wil ik aanpassen"). */
export const mentionsPhrase = (text: string, phrases: readonly string[]): boolean => phrases.some((p) => hasPhrase(normalizeText(text), p));

/** Every choice whose label appears as a phrase in the text (several facts in one answer). */
export function mentionedChoices(text: string, choices: readonly Choice[]): string[] {
  const normalized = normalizeText(text);
  return choices.filter((c) => c.labels.some((l) => hasPhrase(normalized, l))).map((c) => c.value);
}

/** "32 uur", "24 tot 32 uur", "fulltime": only with a unit, so a postcode or a count is no hours. */
export function hoursIn(text: string, needUnit = true): { min: number; max: number } | undefined {
  const normalized = normalizeText(text);
  if (needUnit && !/\d\s*(?:uur|u|uren|hours?|hrs?)\b|fulltime|full time|voltijd|parttime|part time|deeltijd/.test(normalized)) return undefined;
  const parsed = parseHoursPerWeek(text);
  if (!parsed || 'any' in parsed || parsed.max < 1) return undefined;
  const min = Math.max(1, Math.round(parsed.min));
  const max = Math.min(60, Math.round(parsed.max));
  return min <= max ? { min, max } : undefined;
}

/** When someone can start: words ("per direct") or a date (near = now, within 3 months, later). */
export function startIn(text: string, now: Date, locale: Locale = 'nl'): VacancyStart | undefined {
  const [word] = mentionedChoices(text, VACANCY_STARTS);
  if (word) return word as VacancyStart;
  const date = parseDate(text, { reference: now, locale });
  if (!date) return undefined;
  if ('asap' in date) return 'now';
  if (!('date' in date)) return undefined;
  const days = (Date.parse(`${date.date}T00:00:00Z`) - now.getTime()) / 86_400_000;
  return days <= 14 ? 'now' : days <= 92 ? 'within-3-months' : 'later';
}

/** Requirements said in passing: a driving licence, heavy work, evenings or nights. */
export function requirementsIn(text: string): Pick<VacancyFacts, 'drivingLicence' | 'heavyWork' | 'times'> {
  const normalized = normalizeText(text);
  const facts: Pick<VacancyFacts, 'drivingLicence' | 'heavyWork' | 'times'> = {};
  const licence = DRIVING_LICENCE_WORDS.find((w) => hasPhrase(normalized, w));
  if (licence) facts.drivingLicence = !negated(normalized, licence);
  const heavy = HEAVY_WORK_WORDS.find((w) => hasPhrase(normalized, w));
  if (heavy) facts.heavyWork = !negated(normalized, heavy);
  const [times] = mentionedChoices(text, WORK_TIMES);
  if (times) facts.times = times as VacancyTimes;
  return facts;
}

/** Every vacancy fact in one answer; `postcode` only as 4 digits standing alone (or with letters). */
export function readVacancyFacts(text: string, now: Date, locale: Locale = 'nl'): VacancyFacts {
  const facts: VacancyFacts = { ...requirementsIn(text) };
  const hours = hoursIn(text);
  if (hours) facts.hours = hours;
  const postcode = /\b[1-9]\d{3}\s?(?:[a-z]{2})?\b/i.test(text) && !/\b[1-9]\d{3}\s*(?:uur|u|euro|mensen|medewerkers)\b/i.test(text) ? parsePostcode(text) : undefined;
  if (postcode) facts.postcode = postcode;
  const start = startIn(text, now, locale);
  if (start) facts.start = start;
  return facts;
}

/**
 * A van werk naar werk code in a message: "ABCD-EFGH" anywhere, or after the word code ("mijn
 * code is abcd efgh"). The caller checks it against the stored groups.
 */
export function findGroupCode(text: string): string | undefined {
  // The codes' alphabet (MediationStore.newGroupCode) has no 0/O/1/I/L: "full-time" is no code.
  const dashed = /\b([2-9a-hjkmnp-z]{4}-[2-9a-hjkmnp-z]{4})\b/i.exec(text);
  if (dashed) return dashed[1].toUpperCase();
  const named = /\bcode\b\W*(?:is\W*)?([a-z0-9]{4}\s?[a-z0-9]{4})\b/i.exec(text);
  return named ? named[1].toUpperCase() : undefined;
}
