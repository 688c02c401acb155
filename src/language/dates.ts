import * as Recognizers from '@microsoft/recognizers-text-suite';
import { z } from 'zod';
import {
  addDays, addMonths, CalendarDate, compareDates, daysInMonth, formatIsoDate, isoWeekday,
  isValidDate, toCalendarDate,
} from './calendar';
import { closestWord } from './fuzzy';
import { Locale } from './locale';
import { normalizeText } from './normalize';
import { parseNumber } from './numbers';

export const DateGranularitySchema = z.enum(['day', 'month', 'year']);
export const DateKindSchema = z.enum(['until', 'from', 'at']);

export const CalendarAnswerSchema = z.object({
  /** YYYY-MM-DD. With granularity 'month' the day is 01; with 'year' it is YYYY-01-01. */
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  granularity: DateGranularitySchema,
  approximate: z.boolean(),
  /** until: "tot", "t/m", "voor", "by"; from: "per", "vanaf", "na", "from"; at: "op", "in", "on". */
  kind: DateKindSchema.optional(),
});
export const DateAnswerSchema = z.union([
  CalendarAnswerSchema,
  z.object({ asap: z.literal(true) }),
  z.object({ unknown: z.literal(true) }),
]);
export type CalendarAnswer = z.infer<typeof CalendarAnswerSchema>;
export type DateAnswer = z.infer<typeof DateAnswerSchema>;

export interface ParseDateOptions {
  /** "Today": YYYY-MM-DD, or a Date read in Europe/Amsterdam. Never the clock. */
  reference: Date | string;
  locale?: Locale;
}

const MONTHS: Record<string, number> = {
  januari: 1, februari: 2, maart: 3, april: 4, mei: 5, juni: 6, juli: 7, augustus: 8,
  september: 9, oktober: 10, november: 11, december: 12,
  january: 1, february: 2, march: 3, june: 6, july: 7, august: 8, october: 10,
};
// Abbreviations ("jan" is also a name, "mar" nearly "maar") count only next to a day, a year
// or a date word such as "per", "tot", "eind"; see ABBREVIATION_CONTEXT.
const MONTH_ABBREVIATIONS: Record<string, number> = {
  jan: 1, feb: 2, febr: 2, mrt: 3, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9,
  okt: 10, oct: 10, nov: 11, dec: 12, may: 5,
};
const FULL_MONTH_NAMES = Object.keys(MONTHS);
// Common words one typo away from a month name: never "corrected".
const NOT_A_MONTH = new Set(['maar', 'mijn', 'meer', 'juist', 'julie', 'augustinus', 'jullie', 'oktoberfest']);

const MONTH = `(${[...FULL_MONTH_NAMES, ...Object.keys(MONTH_ABBREVIATIONS)].sort((a, b) => b.length - a.length).join('|')})\\.?`;
const YEAR = `((?:19|20)\\d{2}|'\\d{2})`;
const DAY = `(\\d{1,2})(?:e|ste|de|st|nd|rd|th)?`;
const ABBREVIATION_CONTEXT = /(\d|\b(per|tot|vanaf|van|begin|eind|einde|half|medio|midden|t\/m|in|na|voor|op|from|until|by|end|mid|early|late|of)\s*)$/;

const WEEKDAYS: Record<string, number> = {
  maandag: 1, dinsdag: 2, woensdag: 3, donderdag: 4, vrijdag: 5, zaterdag: 6, zondag: 7,
  monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6, sunday: 7,
};

const UNKNOWN = /\b(weet (ik |je )?(het )?(nu )?(nog )?(echt )?niet|weet niet|geen (flauw )?idee|onbekend|nog niet bekend|nog niet zeker|niet zeker|geen flauw benul|idk|(i )?(don'?t|do not) know|no idea|not sure|unknown|dunno)\b|^\?+$/;
const ASAP = /\b(zo ?snel mogelijk|zsm|z\.s\.m\.?|zo spoedig mogelijk|zo gauw mogelijk|zo vlug mogelijk|asap|a\.s\.a\.p\.?|as soon as possible|per direct|per omgaande|direct|meteen|onmiddellijk|vandaag nog|right away|right now|immediately|straight away)\b/;
// "nu" and "now" also appear in other answers ("ik weet het nu nog niet"): only as a short answer.
const ASAP_SHORT = /^(nu|nu al|gelijk|now|vanaf nu|from now|per nu)$/;
const APPROXIMATE = /\b(ongeveer|rond|rondom|omstreeks|circa|ca|ergens|zo'?n|ofzo|of zo|about|around|approximately|roughly|or so|somewhere)\b/;
const UNTIL_INCLUSIVE = /\b(tot en met|t\/m|tm|up to and including)\s*$/;
const UNTIL = /\b(tot|until|till|til|by|uiterlijk|voor|before|no later than|deadline)\s*$/;
const FROM = /\b(per|vanaf|van|from|starting|beginnend|beginnen|na|after|as of|met ingang van|m\.i\.v\.?|miv|ingaande)\s*$/;
const AT = /\b(op|on|at|in|rond|around)\s*$/;

type Granularity = z.infer<typeof DateGranularitySchema>;
type Kind = z.infer<typeof DateKindSchema>;

interface Candidate {
  start: number;
  end: number;
  date: CalendarDate;
  granularity: Granularity;
  approximate: boolean;
  kind?: Kind;
  /** A year was written, so "next occurrence" does not apply. */
  explicitYear: boolean;
}

function monthNumber(word: string): number | undefined {
  const w = word.replace(/\.$/, '');
  return MONTHS[w] ?? MONTH_ABBREVIATIONS[w];
}

function fullYear(written: string, reference: CalendarDate): number {
  if (!written.startsWith("'") && written.length === 4) return Number(written);
  const yy = Number(written.replace("'", ''));
  // Two digits: the century that keeps the year at most 20 years ahead ("80" → 1980, "27" → 2027).
  return 2000 + yy <= reference.year + 20 ? 2000 + yy : 1900 + yy;
}

/** Moves a date without a written year to its next occurrence on/after the reference. */
function nextOccurrence(c: Candidate, reference: CalendarDate): Candidate {
  if (c.explicitYear) return c;
  const end = c.granularity === 'month' ? { ...c.date, day: daysInMonth(c.date.year, c.date.month) } : c.date;
  if (compareDates(end, reference) >= 0) return c;
  const date = { ...c.date, year: c.date.year + 1 };
  date.day = Math.min(date.day, daysInMonth(date.year, date.month));
  return { ...c, date };
}

/** Typo-tolerant month names: "febuari", "agustus", "spetember" → the real name. */
function correctMonthTypos(text: string): string {
  return text.replace(/\p{L}{6,}/gu, (word) => {
    if (word in MONTHS || NOT_A_MONTH.has(word)) return word;
    return closestWord(word, FULL_MONTH_NAMES) ?? word;
  });
}

type Matcher = (text: string, ref: CalendarDate) => Candidate | undefined;

const numericDate: Matcher = (text, ref) => {
  const iso = /\b(\d{4})-(\d{1,2})-(\d{1,2})\b/.exec(text);
  if (iso && isValidDate(+iso[1], +iso[2], +iso[3])) {
    return at(iso, { year: +iso[1], month: +iso[2], day: +iso[3] }, 'day', true);
  }
  const m = /(?<![\d.,])(\d{1,2})([-/.])(\d{1,2})(?:\2(\d{4}|\d{2}))?(?![\d]|[.,]\d)/.exec(text);
  if (!m) return undefined;
  if (!m[4] && m[2] === '.') return undefined; // "3.5" is a number, not 3 May
  const year = m[4] ? fullYear(m[4], ref) : ref.year;
  let [day, month] = [+m[1], +m[3]];
  // Day-month order always; only when that is impossible and month-day is valid ("2/15/2027").
  if (!isValidDate(year, month, day) && isValidDate(year, day, month)) [day, month] = [month, day];
  if (!isValidDate(year, month, day)) return undefined;
  return at(m, { year, month, day }, 'day', Boolean(m[4]));
};

const dayMonthName: Matcher = (text, ref) => {
  const dutch = new RegExp(`(?<![\\d.,])${DAY}\\s+(?:van\\s+|of\\s+)?${MONTH}(?![\\p{L}])(?:,?\\s+${YEAR}\\b)?`, 'u').exec(text);
  if (dutch) {
    const month = monthNumber(dutch[2])!;
    const year = dutch[3] ? fullYear(dutch[3], ref) : ref.year;
    if (isValidDate(year, month, +dutch[1])) return at(dutch, { year, month, day: +dutch[1] }, 'day', Boolean(dutch[3]));
  }
  const english = new RegExp(`(?<![\\p{L}])${MONTH}\\s+${DAY}(?![\\d])(?:,?\\s+${YEAR}\\b)?`, 'u').exec(text);
  if (english) {
    const month = monthNumber(english[1])!;
    const year = english[3] ? fullYear(english[3], ref) : ref.year;
    if (isValidDate(year, month, +english[2])) return at(english, { year, month, day: +english[2] }, 'day', Boolean(english[3]));
  }
  return undefined;
};

const PERIOD_WORDS = `(deze maand|de maand|this month|the month|volgende maand|next month|dit jaar|this year|volgend jaar|next year|${MONTH}(?:\\s+${YEAR})?|${YEAR})`;

const modifiedPeriod: Matcher = (text, ref) => {
  const m = new RegExp(
    `\\b(begin|start|eind|einde|half|medio|midden|halverwege|mid|early|late|end|beginning|the end|the beginning|the middle|middle)(?:[- ](?:van|of))?\\s+(?:de\\s+|the\\s+)?${PERIOD_WORDS}(?![\\p{L}\\d])`,
    'u',
  ).exec(text);
  if (!m) return undefined;
  const modifier = m[1].replace(/^the /, '');
  const period = resolvePeriod(m[2], m[3], m[4] ?? m[5], ref);
  if (!period) return undefined;
  const { year, month, explicitYear } = period;
  const position = /^(begin|start|early|beginning)$/.test(modifier) ? 'begin' : /^(eind|einde|end|late)$/.test(modifier) ? 'end' : 'middle';
  if (month === undefined) {
    const m2 = position === 'begin' ? 1 : position === 'end' ? 12 : 7;
    return at(m, { year, month: m2, day: 1 }, 'month', explicitYear, true);
  }
  const day = position === 'begin' ? 1 : position === 'end' ? daysInMonth(year, month) : 15;
  return at(m, { year, month, day }, 'day', explicitYear, true);
};

/** A named period: a month (with or without year), a year, or "deze/volgende maand/jaar". */
function resolvePeriod(
  words: string,
  monthWord: string | undefined,
  yearWord: string | undefined,
  ref: CalendarDate,
): { year: number; month?: number; explicitYear: boolean } | undefined {
  if (/^(deze maand|de maand|this month|the month)$/.test(words)) return { year: ref.year, month: ref.month, explicitYear: true };
  if (/^(volgende maand|next month)$/.test(words)) {
    const next = addMonths({ ...ref, day: 1 }, 1);
    return { year: next.year, month: next.month, explicitYear: true };
  }
  if (/^(dit jaar|this year)$/.test(words)) return { year: ref.year, explicitYear: true };
  if (/^(volgend jaar|next year)$/.test(words)) return { year: ref.year + 1, explicitYear: true };
  if (monthWord) {
    const month = monthNumber(monthWord);
    if (month === undefined) return undefined;
    return { year: yearWord ? fullYear(yearWord, ref) : ref.year, month, explicitYear: Boolean(yearWord) };
  }
  if (yearWord) return { year: fullYear(yearWord, ref), explicitYear: true };
  return undefined;
}

const UNIT_WORDS = '(dagen|dag|days?|weken|week|weeks?|maanden|maandjes?|maand|months?|jaren|jaar|jaartje|years?)';

const relative: Matcher = (text, ref) => {
  const fixed: [RegExp, () => Candidate['date'], Granularity, boolean][] = [
    [/\b(overmorgen|the day after tomorrow|day after tomorrow)\b/, () => addDays(ref, 2), 'day', false],
    [/\b(morgen|tomorrow)\b/, () => addDays(ref, 1), 'day', false],
    [/\b(vandaag|today)\b/, () => ref, 'day', false],
    [/\b(volgende week|next week|komende week)\b/, () => addDays(ref, 8 - isoWeekday(ref)), 'day', true],
    [/\b(volgende maand|next month|komende maand)\b/, () => ({ ...addMonths({ ...ref, day: 1 }, 1) }), 'month', false],
    [/\b(deze maand|this month)\b/, () => ({ ...ref, day: 1 }), 'month', false],
    [/\b(volgend jaar|next year|komend jaar)\b/, () => ({ year: ref.year + 1, month: 1, day: 1 }), 'year', false],
    [/\b(dit jaar|this year)\b/, () => ({ year: ref.year, month: 1, day: 1 }), 'year', false],
  ];
  for (const [pattern, date, granularity, approximate] of fixed) {
    const m = pattern.exec(text);
    if (m) return at(m, date(), granularity, true, approximate);
  }
  const offset = new RegExp(`\\b(over|in|binnen|within|nog|another)\\s+(.{1,25}?)\\s*${UNIT_WORDS}\\b`).exec(text);
  if (!offset) return undefined;
  const amount = /^(een |a )?(half|halve)$/.test(offset[2])
    ? 0.5
    : /^(een )?(paar|couple( of)?|few|a few)$/.test(offset[2])
    ? 2
    : /^(enkele|een aantal|several)$/.test(offset[2]) ? 3 : parseNumber(offset[2]) ?? (/^(een|a|an)$/.test(offset[2]) ? 1 : undefined);
  if (amount === undefined || amount <= 0) return undefined;
  const unit = offset[3];
  const vague = !/^\d/.test(offset[2]) && parseNumber(offset[2]) === undefined;
  const kind: Kind | undefined = /^(binnen|within)$/.test(offset[1]) ? 'until' : undefined;
  let date: CalendarDate;
  if (/^(dag|dagen|days?)$/.test(unit)) date = addDays(ref, Math.round(amount));
  else if (/^(week|weken|weeks?)$/.test(unit)) date = addDays(ref, Math.round(amount * 7));
  else {
    const months = /^(jaar|jaren|jaartje|years?)$/.test(unit) ? amount * 12 : amount;
    const whole = Math.floor(months);
    date = addDays(addMonths(ref, whole), Math.round((months - whole) * 30));
  }
  const approximate = vague || !/^(dag|dagen|days?)$/.test(unit);
  return { ...at(offset, date, 'day', true, approximate), kind };
};

const weekday: Matcher = (text, ref) => {
  const m = new RegExp(`\\b(${Object.keys(WEEKDAYS).join('|')})\\b`).exec(text);
  if (!m) return undefined;
  const ahead = ((WEEKDAYS[m[1]] - isoWeekday(ref) + 7) % 7) || 7; // strictly after today
  return at(m, addDays(ref, ahead), 'day', true);
};

const monthOrYear: Matcher = (text, ref) => {
  for (const m of text.matchAll(new RegExp(`(?<![\\p{L}])${MONTH}(?![\\p{L}])(?:\\s+${YEAR}\\b)?`, 'gu'))) {
    const word = m[1];
    const isAbbreviation = !(word in MONTHS);
    if (isAbbreviation && !m[2] && !ABBREVIATION_CONTEXT.test(text.slice(0, m.index))) continue;
    const period = resolvePeriod(word, word, m[2], ref);
    if (period?.month) return at(m, { year: period.year, month: period.month, day: 1 }, 'month', period.explicitYear);
  }
  for (const m of text.matchAll(new RegExp(`(?<![\\d.,€])${YEAR.replace("|'\\d{2}", '')}(?![\\d]|[.,]\\d|\\s*(euro|eur|€|uur))`, 'g'))) {
    const year = Number(m[1]);
    if (year >= ref.year - 100 && year <= ref.year + 30) return at(m, { year, month: 1, day: 1 }, 'year', true);
  }
  return undefined;
};

/** Seasons and holidays as people use them for planning; all approximate. */
const SEASONS: [RegExp, (ref: CalendarDate) => CalendarDate, Kind | undefined][] = [
  [/\b(na|after) (de |the )?(zomer|zomervakantie|vakantie|bouwvak|summer( holidays?| vacation)?)\b/, (r) => ({ year: r.year, month: 9, day: 1 }), 'from'],
  [/\b(voor|before) (de |the )?(zomer|zomervakantie|summer)\b/, (r) => ({ year: r.year, month: 7, day: 1 }), 'until'],
  [/\b(in de |deze |this |in the )?(zomer|summer)\b/, (r) => ({ year: r.year, month: 7, day: 1 }), 'at'],
  [/\b(na|after) (de |the )?(kerst|kerstmis|kerstvakantie|jaarwisseling|nieuwjaar|oud en nieuw|christmas|new year)\b/, (r) => ({ year: r.year + (r.month === 1 ? 0 : 1), month: 1, day: 1 }), 'from'],
  [/\b(in het |in de )?(najaar|herfst|autumn|fall)\b/, (r) => ({ year: r.year, month: 10, day: 1 }), 'at'],
  [/\b(in het |in de )?(voorjaar|lente|spring)\b/, (r) => ({ year: r.year, month: 4, day: 1 }), 'at'],
  [/\b(in de )?(winter)\b/, (r) => ({ year: r.year, month: 1, day: 1 }), 'at'],
];

const season: Matcher = (text, ref) => {
  for (const [pattern, date, kind] of SEASONS) {
    const m = pattern.exec(text);
    if (m) return { ...at(m, date(ref), 'month', false, true), kind };
  }
  return undefined;
};

function at(
  m: RegExpExecArray | RegExpMatchArray,
  date: CalendarDate,
  granularity: Granularity,
  explicitYear: boolean,
  approximate = false,
): Candidate {
  const start = m.index ?? 0;
  return { start, end: start + m[0].length, date, granularity, approximate, explicitYear };
}

/** "september volgend jaar", "next year in March": that month of next year (not 1 January). */
const monthNextYear: Matcher = (text, ref) => {
  const NEXT = '(?:volgend jaar|komend jaar|next year)';
  const m =
    new RegExp(`(?<![\\p{L}])${MONTH}(?![\\p{L}])\\s+(?:van\\s+)?${NEXT}`, 'u').exec(text) ??
    new RegExp(`${NEXT}\\s+(?:in\\s+)?${MONTH}(?![\\p{L}])`, 'u').exec(text);
  const month = m ? monthNumber(m[1]) : undefined;
  return m && month !== undefined ? at(m, { year: ref.year + 1, month, day: 1 }, 'month', true) : undefined;
};

const MATCHERS: Matcher[] = [numericDate, dayMonthName, monthNextYear, modifiedPeriod, relative, weekday, monthOrYear, season];

function kindBefore(prefix: string): { kind: Kind; inclusive: boolean } | undefined {
  if (UNTIL_INCLUSIVE.test(prefix)) return { kind: 'until', inclusive: true };
  if (UNTIL.test(prefix)) return { kind: 'until', inclusive: false };
  if (FROM.test(prefix)) return { kind: 'from', inclusive: false };
  if (AT.test(prefix)) return { kind: 'at', inclusive: false };
  return undefined;
}

/**
 * A date as seekers write it, relative to `reference`. Dutch day-month order ("1-2-2027" is
 * 1 February). A month or day without a year is its next occurrence on/after the reference.
 * "tot september" = until September begins: {date:'YYYY-09-01', granularity:'month',
 * kind:'until'}; "t/m september" = until its last day (granularity 'day').
 * See README for begin/half/eind, seasons and relative phrases.
 */
export function parseDate(text: string, options: ParseDateOptions): DateAnswer | undefined {
  const ref = toCalendarDate(options.reference);
  const normalized = correctMonthTypos(normalizeText(text));
  if (normalized === '') return undefined;

  // A full numeric date that is not a real date ("31-2-2027") is a typo: do not guess.
  if (/(?<![\d.,])\d{1,2}([-/.])\d{1,2}\1\d{2,4}(?!\d)/.test(normalized) && !numericDate(normalized, ref)) return undefined;

  for (const matcher of MATCHERS) {
    let candidate = matcher(normalized, ref);
    if (!candidate) continue;
    candidate = nextOccurrence(candidate, ref);
    const before = kindBefore(normalized.slice(0, candidate.start));
    const answer: CalendarAnswer = {
      date: formatIsoDate(candidate.date),
      granularity: candidate.granularity,
      approximate: candidate.approximate || APPROXIMATE.test(normalized),
    };
    const kind = candidate.kind ?? before?.kind;
    if (kind) answer.kind = kind;
    if (before?.inclusive && candidate.granularity === 'month') {
      answer.date = formatIsoDate({ ...candidate.date, day: daysInMonth(candidate.date.year, candidate.date.month) });
      answer.granularity = 'day';
    }
    return answer;
  }
  if (ASAP.test(normalized)) return { asap: true };
  if (UNKNOWN.test(normalized)) return { unknown: true };
  if (ASAP_SHORT.test(normalized.replace(/[^\p{L}\d ]/gu, '').trim())) return { asap: true };
  if ((options.locale ?? 'nl') === 'en') return recognizeEnglishDate(normalized, ref);
  return undefined;
}

/**
 * English fallback through the Microsoft recognizer, for phrasings our table does not know
 * ("next friday", "the first of march"). Only concrete dates and months are accepted.
 */
function recognizeEnglishDate(text: string, ref: CalendarDate): DateAnswer | undefined {
  const refDate = new Date(ref.year, ref.month - 1, ref.day, 12);
  for (const result of Recognizers.recognizeDateTime(text, Recognizers.Culture.English, undefined, refDate)) {
    const values = (result.resolution?.values ?? []) as { timex?: string; value?: string; start?: string; type?: string }[];
    const future = values.find((v) => (v.value ?? v.start ?? '') >= formatIsoDate(ref)) ?? values[values.length - 1];
    if (!future) continue;
    if (future.type === 'date' && future.value && /^\d{4}-\d{2}-\d{2}$/.test(future.value)) {
      return { date: future.value, granularity: 'day', approximate: false };
    }
  }
  return undefined;
}
