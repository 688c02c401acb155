import { z } from 'zod';
import { toCalendarDate } from './calendar';
import { expandTimeAbbreviations } from './datesCore';
import { closestWord } from './fuzzy';
import { deElongate, normalizeText } from './normalize';
import { findNumbers } from './numbers';
import { isUncertain, UNCERTAIN_WORDS } from './uncertainty';

export const DurationSchema = z.object({
  /** Total length in months; weeks and days become fractions (2 decimals). */
  months: z.number().nonnegative(),
  /** "paar maanden", "ruim 5 jaar", "10+ jaar", "een jaar of tien". */
  approximate: z.boolean(),
  /** The text around the duration, e.g. the occupation in "10 jaar heftruckchauffeur". */
  rest: z.string().optional(),
});
export type Duration = z.infer<typeof DurationSchema>;

const UNIT_MONTHS: Record<string, number> = {
  jaar: 12, jaren: 12, jaartje: 12, jaartjes: 12, jr: 12, year: 12, years: 12, yr: 12, yrs: 12,
  maand: 1, maanden: 1, maandje: 1, maandjes: 1, mnd: 1, month: 1, months: 1,
  week: 12 / 52, weken: 12 / 52, weekje: 12 / 52, weekjes: 12 / 52, wk: 12 / 52, weeks: 12 / 52,
  dag: 12 / 365, dagen: 12 / 365, day: 12 / 365, days: 12 / 365,
};
const UNITS = Object.keys(UNIT_MONTHS);

const VAGUE_COUNTS: [RegExp, number][] = [
  [/^(een )?paar$|^(a )?couple( of)?$/, 2],
  [/^(enkele|een aantal|(a )?few|several|meerdere)$/, 3],
];

const RANGE = /(?<![\p{L}\d])(\d+|\p{L}+)\s*(?:-|–|à|a|tot|of|to|or)\s*(\d+|\p{L}+)(?=\s*\p{L})/gu;
/** A training or job said to be short, without a number ("kort", "kort cursusje", "short"): about 2 months. */
const SHORT = /\b(?:(?:heel|vrij|erg|best|niet te|redelijk|very|quite|fairly)\s+)?(?:kort|korte|kortdurend|kortdurende|short)(?:\s+(?:tijd|tijdje|periode|while|time))?\b/;
const SHORT_MONTHS = 2;
const APPROX_BEFORE = /(ruim|meer dan|bijna|ongeveer|rond de|rond|zo'?n|circa|ca\.?|plusminus|minstens|ten minste|over|more than|almost|nearly|about|around|approximately|at least|roughly|±|~|\+\/-)\s*$/;

interface Part {
  start: number;
  end: number;
  months: number;
  approximate: boolean;
}

function unitAt(text: string, from: number): { months: number; end: number } | undefined {
  const m = /^\s*(\p{L}+)/u.exec(text.slice(from));
  if (!m) return undefined;
  const unit = deElongate(m[1]).map((w) => closestWord(w, UNITS)).find(Boolean); // "jaaar"
  return unit === undefined ? undefined : { months: UNIT_MONTHS[unit], end: from + m[0].length };
}

function findParts(text: string): Part[] {
  const parts: Part[] = [];
  // "een jaar of tien" = about ten years (Dutch idiom).
  for (const m of text.matchAll(/\been (jaar|jaartje|maand|maandje|week|weekje) of (\d+|\p{L}+)\b/gu)) {
    const n = findNumbers(m[2], { loneEen: false })[0]?.value;
    if (n !== undefined) parts.push({ start: m.index, end: m.index + m[0].length, months: n * UNIT_MONTHS[m[1]], approximate: true });
  }
  // "2 à 3 jaar", "1-2 jaar", "2 of 3 maanden", "two to three years": the middle, approximate.
  for (const m of text.matchAll(RANGE)) {
    const [low, high] = [m[1], m[2]].map((w) => findNumbers(w, { loneEen: false })[0]?.value);
    const unit = unitAt(text, m.index + m[0].length);
    if (low === undefined || high === undefined || high <= low || !unit) continue;
    if (parts.some((p) => m.index < p.end && unit.end > p.start)) continue;
    parts.push({ start: m.index, end: unit.end, months: ((low + high) / 2) * unit.months, approximate: true });
  }
  for (const n of findNumbers(text, { loneEen: true })) {
    if (parts.some((p) => n.start < p.end && n.end > p.start)) continue;
    const plus = /^\+/.test(text.slice(n.end));
    const unit = unitAt(text, n.end + (plus ? 1 : 0));
    if (!unit) continue;
    const before = text.slice(0, n.start);
    const modifier = APPROX_BEFORE.exec(before);
    parts.push({
      start: modifier ? modifier.index : n.start,
      end: unit.end,
      months: n.value * unit.months,
      approximate: plus || Boolean(modifier),
    });
  }
  for (const m of text.matchAll(/\b(een paar|paar|a couple of|couple of|a few|few|enkele|een aantal|several|meerdere)\s+(\p{L}+)/gu)) {
    const unit = closestWord(m[2], UNITS);
    const count = VAGUE_COUNTS.find(([p]) => p.test(m[1]))?.[1];
    if (unit && count) parts.push({ start: m.index, end: m.index + m[0].length, months: count * UNIT_MONTHS[unit], approximate: true });
  }
  // "een half jaar" is found as 0.5 × jaar; "half a year" needs its own rule.
  // English "a year", "about a month" (Dutch "een jaar" is found as a number above).
  for (const m of text.matchAll(/\b(?:an?|one) (year|month|week)\b/g)) {
    if (/half\s*$/.test(text.slice(0, m.index))) continue;
    if (parts.some((p) => m.index < p.end && m.index + m[0].length > p.start)) continue;
    const modifier = APPROX_BEFORE.exec(text.slice(0, m.index));
    parts.push({ start: modifier ? modifier.index : m.index, end: m.index + m[0].length, months: UNIT_MONTHS[m[1]], approximate: Boolean(modifier) });
  }
  for (const m of text.matchAll(/\bhalf an? (year|month)\b/g)) {
    parts.push({ start: m.index, end: m.index + m[0].length, months: 0.5 * UNIT_MONTHS[m[1]], approximate: false });
  }
  // "a year", "about a month": the English article counts one ("een jaar" is found as a number).
  for (const m of text.matchAll(/\ban? (year|month|week|day)\b/g)) {
    if (parts.some((p) => m.index < p.end && m.index + m[0].length > p.start)) continue;
    const modifier = APPROX_BEFORE.exec(text.slice(0, m.index));
    parts.push({ start: modifier ? modifier.index : m.index, end: m.index + m[0].length, months: UNIT_MONTHS[m[1]], approximate: Boolean(modifier) });
  }
  return parts.sort((a, b) => a.start - b.start);
}

/** "2 jaar en 3 maanden", "1 year, 6 months": parts joined by "en", "and", "," or a space. */
function joinParts(text: string, parts: Part[]): Part | undefined {
  if (parts.length === 0) return undefined;
  let total = { ...parts[0] };
  for (const next of parts.slice(1)) {
    if (!/^\s*(en|and|,|&)?\s*$/.test(text.slice(total.end, next.start))) break;
    total = { start: total.start, end: next.end, months: total.months + next.months, approximate: total.approximate || next.approximate };
  }
  return total;
}

const LEADING_FILLER = /^(?:(?:ik|i)\s+)?(?:heb|ben|was|have|had|werk|werkte|worked)?\s*(?:al\s+)?(?:(?:ervaring|experience|gewerkt|werkzaam|worked)\s+)?(?:(?:als|in|bij|as|of|met|op)\s+)?/;
const TRAILING_FILLER = /(?:^|\s+)(?:gewerkt|gedaan|geweest|ervaring|werkzaam|worked|experience|as well|denk ik|geloof ik|schat ik|ofzo|of zo|i think|think|i guess|or so)$/;

const TIME_WORDS = `(?:nog|al|sinds|since|sedert|in|over|binnen|within|for|geleden|ago|pas|already|nu|max|maximaal|hooguit|niet langer dan|tot|until|liefst|het liefst|at most|up to|no longer than|minimaal|minstens|${UNCERTAIN_WORDS.join('|')})`;
const TIME_WORDS_BEFORE = new RegExp(`^${TIME_WORDS}(?:\\s+|$)`);
const TIME_WORDS_AFTER = new RegExp(`(?:^|\\s+)${TIME_WORDS}$`);

/** What is left once the duration and filler words are removed, for occupation search. */
function restOf(original: string, part: Part): string | undefined {
  const rest = (original.slice(0, part.start) + ' ' + original.slice(part.end))
    .replace(/[.,;:!?]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  let cleaned = rest;
  for (let i = 0; i < 3; i++) cleaned = cleaned.replace(LEADING_FILLER, '').replace(TRAILING_FILLER, '').trim();
  cleaned = cleaned.replace(/^(?:lang|long|for)\s+/, '').replace(/^(?:een|de|het|a|an|the)\s+/, '').trim();
  // Words about the time itself are not an occupation: "nog", "sinds", "geleden", "ongeveer".
  for (let before = ''; before !== cleaned; ) (before = cleaned), (cleaned = cleaned.replace(TIME_WORDS_BEFORE, '').replace(TIME_WORDS_AFTER, '').trim());
  return cleaned === '' ? undefined : cleaned;
}


export interface ParseDurationOptions {
  /** Enables "sinds 2015" / "since 2015" (years up to this reference date). */
  reference?: Date | string;
}

/**
 * A length of time in months: "10 jaar" → 120, "anderhalf jaar" → 18, "een half jaar" → 6,
 * "3 weken" → 0.69, "2 jaar en 3 maanden" → 27, "paar maanden" → 2 (approximate; "paar" = 2,
 * "enkele"/"een aantal" = 3). The words around it come back as `rest`, in lowercase with
 * diacritics kept: "10 jaar heftruckchauffeur bij een distributiecentrum" →
 * {months:120, rest:"heftruckchauffeur bij een distributiecentrum"}.
 */
export function parseDuration(text: string, options: ParseDurationOptions = {}): Duration | undefined {
  // "nog n jaar": chat abbreviations expanded in both, so positions stay the same.
  const normalized = expandTimeAbbreviations(normalizeText(text));
  const original = expandTimeAbbreviations(normalizeText(text, { foldDiacritics: false }));
  let found = joinParts(normalized, findParts(normalized));

  if (!found && options.reference) {
    const since = /\b(sinds|since|vanaf|from)\s+((?:19|20)\d{2})\b/.exec(normalized);
    const ref = toCalendarDate(options.reference);
    if (since && Number(since[2]) <= ref.year) {
      found = { start: since.index, end: since.index + since[0].length, months: (ref.year - Number(since[2])) * 12, approximate: true };
    }
  }
  const short = found ? undefined : SHORT.exec(normalized);
  if (short) found = { start: short.index, end: short.index + short[0].length, months: SHORT_MONTHS, approximate: true };
  if (!found) return undefined;
  // "2 jaar denk ik", "about 9 months I think": the value stays, marked approximate.
  const duration: Duration = { months: Math.round(found.months * 100) / 100, approximate: found.approximate || isUncertain(normalized) };
  const rest = restOf(original, found);
  if (rest) duration.rest = rest;
  return duration;
}
