import { z } from 'zod';
import { closestWord } from './fuzzy';
import { normalizeText, tokenize } from './normalize';
import { findNumbers, NumberMatch } from './numbers';

export const HoursPerWeekSchema = z.union([
  z.object({ any: z.literal(true) }),
  z.object({
    min: z.number().nonnegative(),
    max: z.number().positive(),
    /** The single figure to use when one is needed (absent for open ranges and "parttime"). */
    preferred: z.number().positive().optional(),
    /** True when the answer is too broad to act on ("parttime"): the dialog may ask again. */
    vague: z.boolean(),
  }),
]);
export type HoursPerWeek = z.infer<typeof HoursPerWeekSchema>;

/**
 * Full time: Dutch CAOs range from 36 to 40 hours; 38 is the most common full-time week
 * (and the midpoint), so it is the preferred figure.
 */
export const FULL_TIME: HoursPerWeek = { min: 36, max: 40, preferred: 38, vague: false };
/** Part time is anything from a small job to four days; too broad to search on. */
export const PART_TIME: HoursPerWeek = { min: 12, max: 32, vague: true };
/** A working day is 8 hours ("3 dagen" = 24); a morning or afternoon 4. */
export const HOURS_PER_DAY = 8;
const MAX_HOURS = 60;
const WEEKS_PER_MONTH = 52 / 12;

const ANY = /\b(maakt (me |mij )?niet uit|maakt niks uit|geen voorkeur|om het even|alles is goed|alles|doesn'?t matter|does not matter|no preference|anything|whatever|any|flexibel|flexible)\b/;
const FULL_TIME_WORDS = ['fulltime', 'voltijd', 'fulltijd', 'voltijds'];
const PART_TIME_WORDS = ['parttime', 'deeltijd', 'parttijd', 'deeltijds'];

const HOUR_UNIT = /^\s*(uur|uren|u|h|hrs?|hours?)\b/;
const DAY_UNIT = /^\s*(dagen|dag|days?)\b/;
const HALF_DAY_UNIT = /^\s*(ochtenden|middagen|ochtend|middag|dagdelen|dagdeel|halve dagen|mornings?|afternoons?|half days)\b/;

function hoursOf(n: NumberMatch, text: string): number | undefined {
  const after = text.slice(n.end);
  if (DAY_UNIT.test(after)) {
    const perDay = /^\s*(?:dagen|dag|days?)\s+(?:van|à|a|of)\s+(\d+(?:[.,]\d+)?)\s*(?:uur|u|hours?)/.exec(after);
    return n.value * (perDay ? Number(perDay[1].replace(',', '.')) : HOURS_PER_DAY);
  }
  if (HALF_DAY_UNIT.test(after)) return n.value * (HOURS_PER_DAY / 2);
  if (/^\s*(uur|uren|u|hours?)\s*(per|in de|a|\/)\s*(maand|month)/.test(after)) return Math.round(n.value / WEEKS_PER_MONTH);
  if (/^\s*(uur|uren|u|hours?)\s*(per|a|\/)\s*(dag|day)/.test(after)) return n.value * 5;
  return n.value;
}

function hours(min: number, max: number, vague = false): HoursPerWeek | undefined {
  if (min < 0 || max <= 0 || max > MAX_HOURS || min > max) return undefined;
  return min === max ? { min, max, preferred: min, vague } : { min, max, vague };
}

/**
 * Hours per week: "32 uur", "32", "fulltime" (36–40, preferred 38), "parttime" (12–32, vague),
 * "3 dagen" (24), "2 dagen van 6 uur" (12), "20 tot 24 uur", "tussen 20 en 24", "minimaal 24",
 * "maximaal 20", "120 uur per maand" (28), "maakt niet uit" (any). A number with hours wins over
 * "fulltime"/"parttime" in the same message. More than 60 hours is not believed (undefined).
 */
/** "ik ben 45 en wil 24 uur": the 45 is an age, not hours (unless "ik ben 32 uur beschikbaar"). */
function isStatedAge(normalized: string, n: { start: number; end: number }): boolean {
  return /\b(?:ik ben|i'?m|i am|im)\s+(?:nu\s+|now\s+)?$/.test(normalized.slice(0, n.start)) && !/^\s*(?:uur|uren|u|hours?|hrs?)\b/.test(normalized.slice(n.end));
}

export function parseHoursPerWeek(text: string): HoursPerWeek | undefined {
  const normalized = normalizeText(text);
  if (/^(halve dagen|half days)$/.test(normalized)) return hours(HOURS_PER_DAY / 2 * 5, HOURS_PER_DAY / 2 * 5);
  const numbers = findNumbers(text).filter((n) => !/^\s*(euro|eur|€|jaar|jaren|years?|maanden|weken|kinderen)\b/.test(normalized.slice(n.end)) && !isStatedAge(normalized, n));

  if (numbers.length >= 2) {
    const [a, b] = numbers;
    const between = normalized.slice(a.end, b.start);
    const unitOnFirst = /^\s*(uur|u|dagen|dag)\b/.test(between);
    if (/^\s*(uur|u|dagen|dag)?\s*(-|tot|t\/m|à|a|of|to|\/|en)\s*$/.test(between) || (/\btussen\s*$|\bbetween\s*$/.test(normalized.slice(0, a.start)) && /^\s*(uur|u)?\s*(en|and)\s*$/.test(between))) {
      const useDays = DAY_UNIT.test(normalized.slice(b.end)) || (unitOnFirst && DAY_UNIT.test(between));
      const factor = useDays ? HOURS_PER_DAY : 1;
      return hours(a.value * factor, b.value * factor);
    }
  }
  if (numbers.length >= 1) {
    const n = numbers[0];
    const value = hoursOf(n, normalized);
    if (value === undefined) return undefined;
    const before = normalized.slice(0, n.start);
    if (/\b(minimaal|minstens|ten minste|tenminste|minimum|min\.?|vanaf|at least|from)\s*$/.test(before)) return hours(Math.min(value, MAX_HOURS), 40 > value ? 40 : value);
    if (/\b(maximaal|max\.?|hooguit|hoogstens|niet meer dan|tot|at most|up to|no more than|maximum)\s*$/.test(before)) return hours(0, value);
    const hasUnit = HOUR_UNIT.test(normalized.slice(n.end)) || value !== n.value;
    if (hasUnit || numbers.length === 1) return hours(value, value);
  }
  const tokens = tokenize(normalized).map((t) => t.text);
  const joined = normalized.replace(/[\s-]+/g, '');
  if (tokens.some((t) => closestWord(t, FULL_TIME_WORDS)) || /fulltime|voltijd|full ?time/.test(joined)) return FULL_TIME;
  if (tokens.some((t) => closestWord(t, PART_TIME_WORDS)) || /parttime|deeltijd|part ?time/.test(joined)) return PART_TIME;
  if (ANY.test(normalized)) return { any: true };
  return undefined;
}
