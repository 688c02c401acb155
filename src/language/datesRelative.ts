// Dates relative to today, looking ahead: "morgen", "volgende maand", "over 2 jaar", "nog een
// half jaar", weekdays, "september volgend jaar", seasons ("na de zomer", "next summer").
import { addDays, addMonths, CalendarDate, isoWeekday } from './calendar';
import { at, Candidate, Granularity, Kind, Matcher, MONTH, monthNumber, UNIT_WORDS } from './datesCore';
import { parseNumber } from './numbers';

export const WEEKDAYS: Record<string, number> = {
  maandag: 1, dinsdag: 2, woensdag: 3, donderdag: 4, vrijdag: 5, zaterdag: 6, zondag: 7,
  monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6, sunday: 7,
};

export const relative: Matcher = (text, ref) => {
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
    const months = /^(jaar|jaren|jaartjes?|years?)$/.test(unit) ? amount * 12 : amount;
    const whole = Math.floor(months);
    date = addDays(addMonths(ref, whole), Math.round((months - whole) * 30));
  }
  const approximate = vague || !/^(dag|dagen|days?)$/.test(unit);
  return { ...at(offset, date, 'day', true, approximate), kind };
};

export const weekday: Matcher = (text, ref) => {
  const m = new RegExp(`\\b(${Object.keys(WEEKDAYS).join('|')})\\b`).exec(text);
  if (!m) return undefined;
  const ahead = ((WEEKDAYS[m[1]] - isoWeekday(ref) + 7) % 7) || 7; // strictly after today
  return at(m, addDays(ref, ahead), 'day', true);
};

/** Seasons and holidays as people use them for planning; all approximate. */
const SEASONS: [RegExp, (ref: CalendarDate) => CalendarDate, Kind | undefined][] = [
  [/\b(na|after) (de |the )?(zomer|zomervakantie|vakantie|bouwvak|summer( holidays?| vacation)?)\b/, (r) => ({ year: r.year, month: 9, day: 1 }), 'from'],
  [/\b(voor|before) (de |the )?(zomer|zomervakantie|summer)\b/, (r) => ({ year: r.year, month: 7, day: 1 }), 'until'],
  // "volgende zomer", "next summer": the first summer not yet over (in May that is this July).
  [/\b(in de |deze |this |in the |volgende |komende |next |de )?(zomer(vakantie)?|summer( holidays?| vacation)?)\b/, (r) => ({ year: r.year, month: 7, day: 1 }), 'at'],
  [/\b(na|after) (de |the )?(kerst|kerstmis|kerstvakantie|jaarwisseling|nieuwjaar|oud en nieuw|christmas|new year)\b/, (r) => ({ year: r.year + (r.month === 1 ? 0 : 1), month: 1, day: 1 }), 'from'],
  [/\b(in het |in de )?(najaar|herfst|autumn|fall)\b/, (r) => ({ year: r.year, month: 10, day: 1 }), 'at'],
  [/\b(in het |in de )?(voorjaar|lente|spring)\b/, (r) => ({ year: r.year, month: 4, day: 1 }), 'at'],
  [/\b(in de )?(winter)\b/, (r) => ({ year: r.year, month: 1, day: 1 }), 'at'],
];

export const season: Matcher = (text, ref) => {
  for (const [pattern, date, kind] of SEASONS) {
    const m = pattern.exec(text);
    if (m) return { ...at(m, date(ref), 'month', false, true), kind };
  }
  return undefined;
};

const NEXT_YEAR = '(?:volgend jaar|komend jaar|next year)';
const SEASON_MONTH: Record<string, number> = { zomer: 7, summer: 7, winter: 1, herfst: 10, najaar: 10, autumn: 10, voorjaar: 4, lente: 4, spring: 4 };
const SEASON_WORD = `(${Object.keys(SEASON_MONTH).join('|')})`;

/** "september volgend jaar", "next year in March", "zomer volgend jaar": that month of next year (not 1 January). */
export const monthNextYear: Matcher = (text, ref) => {
  const m =
    new RegExp(`(?<![\\p{L}])${MONTH}(?![\\p{L}])\\s+(?:van\\s+)?${NEXT_YEAR}`, 'u').exec(text) ??
    new RegExp(`${NEXT_YEAR}\\s+(?:in\\s+)?${MONTH}(?![\\p{L}])`, 'u').exec(text);
  const month = m ? monthNumber(m[1]) : undefined;
  if (m && month !== undefined) return at(m, { year: ref.year + 1, month, day: 1 }, 'month', true);
  const s =
    new RegExp(`\\b${SEASON_WORD}\\s+(?:van\\s+)?${NEXT_YEAR}`).exec(text) ??
    new RegExp(`${NEXT_YEAR}(?:'s)?\\s+(?:in\\s+(?:de\\s+|het\\s+|the\\s+)?)?${SEASON_WORD}\\b`).exec(text);
  return s ? at(s, { year: ref.year + 1, month: SEASON_MONTH[s[1]], day: 1 }, 'month', true, true) : undefined;
};
