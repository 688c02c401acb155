// Shared pieces of the date parsers: month names, the candidate a matcher finds, small helpers.
// dates.ts (parseDate), datesRelative.ts (future: "over 2 jaar", seasons) and datesPast.ts ("sinds",
// "vorig jaar", "2 maanden geleden") build on them.
import type { CalendarDate } from './calendar';
import { parseNumber } from './numbers';

export const DATE_GRANULARITIES = ['day', 'month', 'year'] as const;
/** until: "tot"; from: "vanaf", "per"; at: "op", "in"; since: "sinds", "since" (a past start). */
export const DATE_KINDS = ['until', 'from', 'at', 'since'] as const;
export type Granularity = (typeof DATE_GRANULARITIES)[number];
export type Kind = (typeof DATE_KINDS)[number];

export const MONTHS: Record<string, number> = {
  januari: 1, februari: 2, maart: 3, april: 4, mei: 5, juni: 6, juli: 7, augustus: 8,
  september: 9, oktober: 10, november: 11, december: 12,
  january: 1, february: 2, march: 3, june: 6, july: 7, august: 8, october: 10,
};
// Abbreviations ("jan" is also a name, "mar" nearly "maar") count only next to a day, a year
// or a date word such as "per", "tot", "eind"; see ABBREVIATION_CONTEXT.
export const MONTH_ABBREVIATIONS: Record<string, number> = {
  jan: 1, feb: 2, febr: 2, mrt: 3, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9,
  okt: 10, oct: 10, nov: 11, dec: 12, may: 5,
};
export const FULL_MONTH_NAMES = Object.keys(MONTHS);
// Common words one typo away from a month name: never "corrected".
export const NOT_A_MONTH = new Set(['maar', 'mijn', 'meer', 'juist', 'julie', 'augustinus', 'jullie', 'oktoberfest']);

export const MONTH = `(${[...FULL_MONTH_NAMES, ...Object.keys(MONTH_ABBREVIATIONS)].sort((a, b) => b.length - a.length).join('|')})\\.?`;
export const YEAR = `((?:19|20)\\d{2}|'\\d{2})`;
export const DAY = `(\\d{1,2})(?:e|ste|de|st|nd|rd|th)?`;
export const ABBREVIATION_CONTEXT = /(\d|\b(per|tot|vanaf|van|begin|eind|einde|half|medio|midden|t\/m|tm|in|na|voor|op|sinds|sedert|since|from|until|till|by|end|mid|early|late|of|after|before|rond|around)\s*)$/;

export const UNIT_WORDS = '(dagen|dag|days?|weken|week|weeks?|maanden|maandjes?|maand|months?|jaren|jaar|jaartjes?|years?)';

export interface Candidate {
  start: number;
  end: number;
  date: CalendarDate;
  granularity: Granularity;
  approximate: boolean;
  kind?: Kind;
  /** A year was written, so "next occurrence" does not apply. */
  explicitYear: boolean;
}

export function monthNumber(word: string): number | undefined {
  const w = word.replace(/\.$/, '');
  return MONTHS[w] ?? MONTH_ABBREVIATIONS[w];
}

export function fullYear(written: string, reference: CalendarDate): number {
  if (!written.startsWith("'") && written.length === 4) return Number(written);
  const yy = Number(written.replace("'", ''));
  // Two digits: the century that keeps the year at most 20 years ahead ("80" → 1980, "27" → 2027).
  return 2000 + yy <= reference.year + 20 ? 2000 + yy : 1900 + yy;
}


export type Matcher = (text: string, ref: CalendarDate) => Candidate | undefined;

export function at(
  m: RegExpExecArray | RegExpMatchArray,
  date: CalendarDate,
  granularity: Granularity,
  explicitYear: boolean,
  approximate = false,
): Candidate {
  const start = m.index ?? 0;
  return { start, end: start + m[0].length, date, granularity, approximate, explicitYear };
}

/** The count in "over 2 jaar", "een half jaar geleden", "a few months": vague words are approximate. */
export function countAmount(words: string): { amount: number; vague: boolean } | undefined {
  const w = words.trim();
  const vague =
    /^(een |a )?(half|halve)$/.test(w) ? 0.5
    : /^(een )?(paar|couple( of)?|few|a few|a couple of)$/.test(w) ? 2
    : /^(enkele|een aantal|several)$/.test(w) ? 3 : undefined;
  if (vague !== undefined) return { amount: vague, vague: vague !== 0.5 };
  const amount = parseNumber(w) ?? (/^(een|a|an)$/.test(w) ? 1 : undefined);
  return amount === undefined || amount <= 0 ? undefined : { amount, vague: false };
}

/** Chat abbreviations of time words: "eind volgend jr", "nog n jaar", "vlgnd jaar" ("mnd", "wk": durations.ts). */
const TIME_ABBREVIATIONS: [RegExp, string][] = [
  [/(?<![\p{L}\d])(\d+|een|n) ?jrs?(?![\p{L}\d])|(?<![\p{L}\d])jrs?(?![\p{L}\d])/gu, '$1 jaar'],
  [/(?<![\p{L}\d])(?:vlgnd|volgnd|vlg|volg)\.?(?= (?:jaar|maand|week|zomer|winter|lente|voorjaar|najaar|herfst)(?![\p{L}\d]))/gu, 'volgend'],
  [/(?<![\p{L}\d'])n(?= (?:jaar|jaartje|maand|maandje|maanden|week|weekje|half|paar)(?![\p{L}\d]))/gu, 'een'],
];

/** Expands chat abbreviations of time words in normalised text (positions may move). */
export function expandTimeAbbreviations(text: string): string {
  let out = text;
  for (const [pattern, replacement] of TIME_ABBREVIATIONS) out = out.replace(pattern, (...m) => replacement.replace('$1', m[1] ?? '').trim());
  return out.replace(/ {2,}/g, ' ');
}
