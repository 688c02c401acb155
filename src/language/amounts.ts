import { z } from 'zod';
import { Locale } from './locale';
import { normalizeText } from './normalize';
import { findNumbers, NumberMatch } from './numbers';
import { isUncertain } from './uncertainty';

export const PayPeriodSchema = z.enum(['hour', 'week', 'four-weeks', 'month', 'year']);
export type PayPeriod = z.infer<typeof PayPeriodSchema>;

export const AmountSchema = z.object({
  amount: z.number().nonnegative(),
  /** Upper end when the seeker gave a range: "1500 tot 2000". */
  max: z.number().nonnegative().optional(),
  currency: z.literal('EUR'),
  period: PayPeriodSchema.optional(),
  /** true = bruto/gross, false = netto/net, absent = not said. */
  gross: z.boolean().optional(),
  /** "ongeveer", "rond de", "about", "±". */
  approximate: z.boolean().optional(),
});
export type Amount = z.infer<typeof AmountSchema>;

interface Marker<T> {
  pattern: RegExp;
  value: T;
}

// Longest phrases first within each period so "per 4 weken" is not read as "per week".
const PERIOD_MARKERS: Marker<PayPeriod>[] = [
  { pattern: /\b(per|elke|iedere|every|each) (4|vier|four) (weken|weeks)\b|\b(4|vier)[- ]?wekelijks\b|\bper periode\b|\bevery four weeks\b/g, value: 'four-weeks' },
  { pattern: /\b(per|in het|a|an|each) (uur|hour)\b|\buurloon\b|\bp\/u\b|\bper u\b|\/ ?(uur|u|hr|hour)\b|\bhourly\b|\bbruto uurloon\b/g, value: 'hour' },
  { pattern: /\b(per|in de|a|each) (week|wk)\b|\bweekloon\b|\bwekelijks\b|\bp\/w\b|\bpw\b|\/ ?(week|wk)\b|\bweekly\b/g, value: 'week' },
  { pattern: /\b(per|in de|a|each) (maand|mnd|md|month)\b|\bmaand(loon|salaris|inkomen)\b|\bmaandelijks\b|\bp\/m\b|\bp\.m\.?(?!\w)|\bpm\b|\/ ?(maand|mnd|m|month)\b|\bmonthly\b|\bpcm\b/g, value: 'month' },
  { pattern: /\b(per|in het|a|each) (jaar|jr|year)\b|\bjaar(loon|salaris|inkomen)\b|\bjaarlijks\b|\/ ?(jaar|jr|year)\b|\b(annually|yearly|per annum)\b|\bp\/j\b/g, value: 'year' },
];

const GROSS_MARKERS: Marker<boolean>[] = [
  { pattern: /\b(bruto|brutto|gross|before tax(es)?|voor belasting)\b/g, value: true },
  { pattern: /\b(netto|net|after tax(es)?|na belasting|schoon|in (mijn )?handen|op (mijn|de) rekening)\b/g, value: false },
];

const APPROXIMATE = /(^|\s)(ongeveer|ong\.?|rond|rondom|rond de|circa|ca\.?|zo'?n|plusminus|about|around|approximately|roughly|approx\.?)(\s|$)|[±~]|\+\/-|\bof zo\b|\bofzo\b/;

// A number right before one of these words counts something else: "32 uur", "3 kinderen".
const NOT_MONEY_UNIT = /^\s*(uur|uren|u|hours?|hrs?|dagen|dag|days?|weken|weekjes?|week|weeks|maanden|maandjes?|maand|mnd|months?|jaar|jaren|jaartjes?|jr|years?|kinderen|kids|children|km|kilometer|%|procent|percent|keer|x)\b/;
const TIME_UNIT = String.raw`(?:dagen|dag|days?|weken|weekjes?|week|weeks|maanden|maandjes?|maand|mnd|months?|jaar|jaren|jaartjes?|jr|years?|uur|uren|hours?)\b`;
// "2 à 3 jaar", "1-2 jaar", "5 tot 10 uur": the first number counts time too.
const RANGE_OF_TIME = new RegExp(String.raw`^\s*(?:-|–|à|a|tot|of|to|or)\s*(?:\d+|\p{L}+)\s*` + TIME_UNIT, 'u');
// "een jaar of 3", "een maandje of vier": the number after "of" counts time.
const AFTER_TIME_OF = /\b(?:jaar|jaartje|maand|maandje|week|weekje|uur|uurtje)\s+of\s*$/;

/** A number that counts time or things ("32 uur", "2 à 3 jaar", "een jaar of 3"), not money. */
function countsSomethingElse(normalized: string, n: NumberMatch): boolean {
  const after = normalized.slice(n.end);
  return NOT_MONEY_UNIT.test(after) || RANGE_OF_TIME.test(after) || AFTER_TIME_OF.test(normalized.slice(0, n.start));
}
const FOREIGN_CURRENCY = /[$£¥]|\b(dollars?|usd|pounds? sterling|gbp|yen|zloty|pln|lira|lei)\b/;

// "32 uur per week": this "per week" belongs to the hours, not to the money.
const BELONGS_TO_HOURS = /(uur|uren|hours?|hrs?|dagen|days?)\s*$/;

function nearest<T>(text: string, markers: Marker<T>[], anchor: NumberMatch, skipHourPeriods = false): T | undefined {
  let best: { value: T; distance: number } | undefined;
  for (const { pattern, value } of markers) {
    for (const m of text.matchAll(pattern)) {
      const start = m.index;
      if (skipHourPeriods && BELONGS_TO_HOURS.test(text.slice(0, start)) && !/uur|hour/.test(m[0])) continue;
      const end = start + m[0].length;
      // Prefer markers after the amount ("1500 per maand") over ones before ("uurloon 12,50").
      const distance = start >= anchor.end ? start - anchor.end : anchor.start - end + 0.5;
      if (!best || distance < best.distance) best = { value, distance };
    }
  }
  return best?.value;
}

function isCurrencyMarked(text: string, n: NumberMatch): boolean {
  const before = text.slice(Math.max(0, n.start - 6), n.start);
  const after = text.slice(n.end, n.end + 8);
  return /(€|eur|euro)\s*$/.test(before) || /^\s*(€|eur\b|euro|euros|,-)/.test(after) || n.text.endsWith(',-');
}

/**
 * Money as seekers write it: "€ 1.200 per maand", "1200 euro netto per maand",
 * "ongeveer 1500 bruto", "350 per week", "€12,50 per uur", "vierhonderd euro",
 * "1,200 euros a month" (locale en). Period and gross/net are taken from the marker nearest
 * to the amount (after it first). Numbers that count something else ("32 uur", "4 weken")
 * are skipped. A number marked with € or euro wins over unmarked ones; with several unmarked
 * candidates the first two form a range when joined by "tot", "-", "à" or "en" after "tussen",
 * otherwise the answer is ambiguous (undefined). Other currencies give undefined.
 */
/** "sinds maart 2024", "in 2023", "vanaf 2025": a year, never an amount (unless marked as money). */
const YEAR_CONTEXT = new RegExp(
  '\\b(sinds|vanaf|since|from|in|tot|until|per|jaar|year|' +
    'januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|' +
    'january|february|march|may|june|july|august|october|december|jan|feb|mrt|apr|jun|jul|aug|sep|sept|okt|oct|nov|dec)\\s*$',
);
function isYear(normalized: string, n: { value: number; start: number }): boolean {
  const before = normalized.slice(0, n.start).trimEnd();
  // "1500 tot 2000": the second number of a range of amounts is no year.
  if (/\d\s*(tot|-|à|to|until)$/.test(before)) return false;
  return Number.isInteger(n.value) && n.value >= 1950 && n.value <= 2100 && YEAR_CONTEXT.test(before);
}

/** "1k4" = 1400, "2k5" = 2500 (chat shorthand); "1,4k" is read by findNumbers. */
function expandThousands(text: string): string {
  return text.replace(/\b(\d{1,3})k(\d)\b/gi, (_, thousands: string, hundreds: string) => `${thousands}${hundreds}00`);
}

/** "ik ben 45", "(ik ben 45)", "i'm 45": an age said with the amount, not money. */
function isStatedAge(normalized: string, n: NumberMatch): boolean {
  return /\b(?:ik ben|i'?m|i am|im|leeftijd|age)\s*:?\s*(?:nu\s+)?$/.test(normalized.slice(0, n.start));
}

/** "mbo 2", "niveau 3", "nt2", "A2": a level, not money. */
function isLevel(normalized: string, n: NumberMatch): boolean {
  const before = normalized.slice(0, n.start);
  return /\b(?:mbo|hbo|niveau|nivo|level|nt|groep|klas|leerjaar)\s*-?\s*$/.test(before) || /\b[abc]$/.test(before);
}

export function parseAmount(said: string, options: { locale?: Locale } = {}): Amount | undefined {
  const locale = options.locale ?? 'nl';
  const text = expandThousands(said);
  const normalized = normalizeText(text);
  if (FOREIGN_CURRENCY.test(normalized)) return undefined;
  const numbers = findNumbers(text, { locale }).filter((n) => n.value >= 0 && !isStatedAge(normalized, n) && !isLevel(normalized, n));
  const marked = numbers.filter((n) => isCurrencyMarked(normalized, n));
  const candidates = numbers.filter(
    (n) => isCurrencyMarked(normalized, n) || (!countsSomethingElse(normalized, n) && !isYear(normalized, n)),
  );
  const pool = marked.length > 0 ? marked : candidates;
  if (pool.length === 0) return undefined;

  let amount = pool[0];
  let max: number | undefined;
  if (pool.length >= 2) {
    const between = normalized.slice(pool[0].end, pool[1].start);
    const isRange = /^\s*(euro|eur|€)?\s*(-|tot|à|a|to|and|en)\s*(€|euro)?\s*$/.test(between);
    if (isRange && pool[1].value > pool[0].value) max = pool[1].value;
    else if (marked.length !== 1) return undefined;
    amount = marked.length === 1 ? marked[0] : pool[0];
  }

  const result: Amount = { amount: amount.value, currency: 'EUR' };
  if (max !== undefined) result.max = max;
  const period = nearest(normalized, PERIOD_MARKERS, amount, true);
  if (period) result.period = period;
  const gross = nearest(normalized, GROSS_MARKERS, amount);
  if (gross !== undefined) result.gross = gross;
  if (APPROXIMATE.test(normalized) || isUncertain(normalized)) result.approximate = true;
  return result;
}
