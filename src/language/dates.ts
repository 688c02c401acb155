import * as Recognizers from '@microsoft/recognizers-text-suite';
import { z } from 'zod';
import { addDays, addMonths, CalendarDate, compareDates, daysInMonth, formatIsoDate, isValidDate, toCalendarDate } from './calendar';
import {
  ABBREVIATION_CONTEXT, at, Candidate, DATE_GRANULARITIES, DATE_KINDS, DAY, expandTimeAbbreviations, FULL_MONTH_NAMES, fullYear, Kind, Matcher, MONTH,
  monthNumber, MONTHS, NOT_A_MONTH, YEAR,
} from './datesCore';
import { lastPeriod, pastOffset, previousOccurrence, SINCE } from './datesPast';
import { monthNextYear, relative, season, weekday } from './datesRelative';
import { closestWord } from './fuzzy';
import { Locale } from './locale';
import { normalizeText } from './normalize';
import { isUncertain } from './uncertainty';

export const DateGranularitySchema = z.enum(DATE_GRANULARITIES);
export const DateKindSchema = z.enum(DATE_KINDS);

export const CalendarAnswerSchema = z.object({
  /** YYYY-MM-DD. With granularity 'month' the day is 01; with 'year' it is YYYY-01-01. */
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  granularity: DateGranularitySchema,
  approximate: z.boolean(),
  /** until: "tot", "t/m", "voor", "by"; from: "per", "vanaf", "na", "from"; at: "op", "in", "on"; since: "sinds", "since". */
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

const UNKNOWN = /\b(weet (ik |je )?(het )?(nu )?(nog )?(echt )?niet|weet niet|geen (flauw )?idee|onbekend|nog niet bekend|nog niet zeker|niet zeker|geen flauw benul|idk|(i )?(don'?t|do not) know|no idea|no clue|not sure|unknown|dunno|geen benul)\b|^\?+$/;
const ASAP = /\b(zo ?snel mogelijk|zsm|z\.s\.m\.?|zo spoedig mogelijk|zo gauw mogelijk|zo vlug mogelijk|asap|a\.s\.a\.p\.?|as soon as possible|per direct|per omgaande|direct|meteen|onmiddellijk|vandaag nog|right away|right now|immediately|straight away)\b/;
// "nu" and "now" also appear in other answers ("ik weet het nu nog niet"): only as a short answer.
const ASAP_SHORT = /^(nu|nu al|gelijk|now|vanaf nu|from now|per nu)$/;
const UNTIL_INCLUSIVE = /\b(tot en met|t\/m|tm|up to and including)\s*$/;
const UNTIL = /\b(tot|until|till|til|by|uiterlijk|voor|before|no later than|deadline)\s*$/;
const FROM = /\b(per|vanaf|van|from|starting|beginnend|beginnen|na|after|as of|met ingang van|m\.i\.v\.?|miv|ingaande)\s*$/;
const AT = /\b(op|on|at|in|rond|around)\s*$/;

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

// Built once: these patterns run on every answer that is read for dates.
const DAY_MONTH = new RegExp(`(?<![\\d.,])${DAY}\\s+(?:van\\s+|of\\s+)?${MONTH}(?![\\p{L}])(?:,?\\s+${YEAR}\\b)?`, 'u');
const MONTH_DAY = new RegExp(`(?<![\\p{L}])${MONTH}\\s+${DAY}(?![\\d])(?:,?\\s+${YEAR}\\b)?`, 'u');

const dayMonthName: Matcher = (text, ref) => {
  const dutch = DAY_MONTH.exec(text);
  if (dutch) {
    const month = monthNumber(dutch[2])!;
    const year = dutch[3] ? fullYear(dutch[3], ref) : ref.year;
    if (isValidDate(year, month, +dutch[1])) return at(dutch, { year, month, day: +dutch[1] }, 'day', Boolean(dutch[3]));
  }
  const english = MONTH_DAY.exec(text);
  if (english) {
    const month = monthNumber(english[1])!;
    const year = english[3] ? fullYear(english[3], ref) : ref.year;
    if (isValidDate(year, month, +english[2])) return at(english, { year, month, day: +english[2] }, 'day', Boolean(english[3]));
  }
  return undefined;
};

const PERIOD_WORDS = `(deze maand|de maand|this month|the month|het jaar|the year|volgende maand|next month|vorige maand|last month|dit jaar|this year|volgend jaar|next year|vorig jaar|last year|${MONTH}(?:\\s+${YEAR})?|${YEAR})`;

const MODIFIED_PERIOD = new RegExp(
  `\\b(begin|start|eind|einde|half|medio|midden|halverwege|mid|early|late|end|beginning|the end|the beginning|the middle|middle)(?:[- ](?:van|of))?\\s+(?:de\\s+|the\\s+)?${PERIOD_WORDS}(?![\\p{L}\\d])`,
  'u',
);

const modifiedPeriod: Matcher = (text, ref) => {
  const m = MODIFIED_PERIOD.exec(text);
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
  if (/^(dit jaar|this year|het jaar|the year)$/.test(words)) return { year: ref.year, explicitYear: true };
  if (/^(volgend jaar|next year)$/.test(words)) return { year: ref.year + 1, explicitYear: true };
  if (/^(vorig jaar|last year)$/.test(words)) return { year: ref.year - 1, explicitYear: true };
  if (/^(vorige maand|last month)$/.test(words)) {
    const last = addMonths({ ...ref, day: 1 }, -1);
    return { year: last.year, month: last.month, explicitYear: true };
  }
  if (monthWord) {
    const month = monthNumber(monthWord);
    if (month === undefined) return undefined;
    return { year: yearWord ? fullYear(yearWord, ref) : ref.year, month, explicitYear: Boolean(yearWord) };
  }
  if (yearWord) return { year: fullYear(yearWord, ref), explicitYear: true };
  return undefined;
}

// Global, for matchAll only (which copies them, so their lastIndex stays 0).
const MONTH_WORD = new RegExp(`(?<![\\p{L}])${MONTH}(?![\\p{L}])(?:\\s+${YEAR}\\b)?`, 'gu');
// A year is never an amount: "€ 2024", "2024 euro", "1950 bruto per maand" are money.
const YEAR_ALONE = new RegExp(
  `(?<![\\d.,€]|€\\s*|\\beur\\s+|\\beuro\\s+)${YEAR.replace("|'\\d{2}", '')}(?![\\d]|[.,]\\d|\\s*(euro|eur|€|uur|,-|bruto|netto|per (maand|week|uur|jaar)|p\\/m|p\\.m|pm\\b))`,
  'g',
);

const monthOrYear: Matcher = (text, ref) => {
  for (const m of text.matchAll(MONTH_WORD)) {
    const word = m[1];
    const isAbbreviation = !(word in MONTHS);
    if (isAbbreviation && !m[2] && !ABBREVIATION_CONTEXT.test(text.slice(0, m.index))) continue;
    const period = resolvePeriod(word, word, m[2], ref);
    if (period?.month) return at(m, { year: period.year, month: period.month, day: 1 }, 'month', period.explicitYear);
  }
  for (const m of text.matchAll(YEAR_ALONE)) {
    const year = Number(m[1]);
    if (year >= ref.year - 100 && year <= ref.year + 30) return at(m, { year, month: 1, day: 1 }, 'year', true);
  }
  return undefined;
};

// In priority order: the first matcher that finds a date decides. Looking back ("vorig jaar",
// "2 maanden geleden") only where the words say so.
const MATCHERS: Matcher[] = [numericDate, dayMonthName, monthNextYear, modifiedPeriod, lastPeriod, relative, pastOffset, weekday, monthOrYear, season];

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
  const normalized = correctMonthTypos(expandTimeAbbreviations(normalizeText(text)));
  if (normalized === '') return undefined;

  // A full numeric date that is not a real date ("31-2-2027") is a typo: do not guess.
  if (/(?<![\d.,])\d{1,2}([-/.])\d{1,2}\1\d{2,4}(?!\d)/.test(normalized) && !numericDate(normalized, ref)) return undefined;

  const found = firstDate(normalized, ref);
  if (found) return found.answer;
  if (ASAP.test(normalized)) return { asap: true };
  if (UNKNOWN.test(normalized)) return { unknown: true };
  if (ASAP_SHORT.test(normalized.replace(/[^\p{L}\d ]/gu, '').trim())) return { asap: true };
  if ((options.locale ?? 'nl') === 'en') return recognizeEnglishDate(normalized, ref);
  return undefined;
}

/** The first date by matcher priority, with where it stands in `normalized`. */
function firstDate(normalized: string, ref: CalendarDate): { answer: CalendarAnswer; start: number; end: number } | undefined {
  for (const matcher of MATCHERS) {
    let candidate = matcher(normalized, ref);
    if (!candidate) continue;
    const prefix = normalized.slice(0, candidate.start);
    const since = SINCE.test(prefix) || candidate.kind === 'since';
    // After "sinds"/"since" a month or season without a year is the last one, not the next.
    candidate = since ? previousOccurrence(candidate, ref) : nextOccurrence(candidate, ref);
    if (since && matcher === weekday) candidate = { ...candidate, date: addDays(candidate.date, -7) }; // "sinds maandag"
    const before = since ? { kind: 'since' as const, inclusive: false } : kindBefore(prefix);
    const answer: CalendarAnswer = {
      date: formatIsoDate(candidate.date),
      granularity: candidate.granularity,
      approximate: candidate.approximate || isUncertain(normalized),
    };
    // Words before the date decide over the matcher's own guess: "tot de zomer" is until.
    const kind = since ? 'since' : before?.kind ?? candidate.kind;
    if (kind) answer.kind = kind;
    if (before?.inclusive && candidate.granularity === 'month') {
      answer.date = formatIsoDate({ ...candidate.date, day: daysInMonth(candidate.date.year, candidate.date.month) });
      answer.granularity = 'day';
    }
    return { answer, start: candidate.start, end: candidate.end };
  }
  return undefined;
}

/**
 * Every date in one message, in the order written: "ik heb sinds twee maanden WW, die loopt tot
 * september volgend jaar" → [{…, kind:'since'}, {date:'…-09-01', kind:'until'}]. Each is read as
 * parseDate would read it alone (kind from the words just before it). No asap/unknown here.
 */
export function parseDates(text: string, options: ParseDateOptions): CalendarAnswer[] {
  const ref = toCalendarDate(options.reference);
  let normalized = correctMonthTypos(expandTimeAbbreviations(normalizeText(text)));
  const found: { answer: CalendarAnswer; start: number }[] = [];
  for (let i = 0; i < 6; i++) {
    const next = firstDate(normalized, ref);
    if (!next) break;
    found.push(next);
    // Blank the match (same length) so positions and the words before other dates stay.
    normalized = normalized.slice(0, next.start) + ' '.repeat(next.end - next.start) + normalized.slice(next.end);
  }
  return found.sort((a, b) => a.start - b.start).map((f) => f.answer);
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
