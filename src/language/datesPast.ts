// Dates looking back, for "since when": "sinds maart", "since last March", "sinds vorig jaar",
// "sinds de zomer", "2 maanden geleden", "sinds twee maanden", "eind vorig jaar" (in dates.ts),
// "sinds kort". A date after "sinds"/"since" without a written year is its most recent
// occurrence on/before today (parseDate applies previousOccurrence instead of the next one).
import { addDays, addMonths, CalendarDate, compareDates, daysInMonth, isoWeekday } from './calendar';
import { at, Candidate, countAmount, Matcher, MONTH, monthNumber, UNIT_WORDS } from './datesCore';

/** Before a date: "sinds", "since", "sinds de" ("sinds de zomer"). */
export const SINCE = /\b(?:sinds|sedert|since|ever since|al sinds)\s+(?:(?:de|het|the)\s+)?$/;
const LAST = '(?:vorig|vorige|afgelopen|verleden|last|past)';
const LAST_YEAR = '(?:vorig jaar|verleden jaar|afgelopen jaar|last year)';
const SEASON_MONTH: Record<string, number> = { zomer: 7, summer: 7, winter: 1, herfst: 10, najaar: 10, autumn: 10, fall: 10, voorjaar: 4, lente: 4, spring: 4 };

/** Moves a date without a written year to its most recent occurrence on/before the reference. */
export function previousOccurrence(c: Candidate, reference: CalendarDate): Candidate {
  if (c.explicitYear || compareDates(c.date, reference) <= 0) return c;
  const date = { ...c.date, year: c.date.year - 1 };
  date.day = Math.min(date.day, daysInMonth(date.year, date.month));
  return { ...c, date };
}

/** The year of the most recent `month` before the current month ("last March" in May = this March). */
const lastYearOf = (month: number, ref: CalendarDate) => (month < ref.month ? ref.year : ref.year - 1);

/** "maart vorig jaar", "last March", "afgelopen zomer", "vorige maand", "vorig jaar", "sinds kort". */
export const lastPeriod: Matcher = (text, ref) => {
  const monthLastYear =
    new RegExp(`(?<![\\p{L}])${MONTH}(?![\\p{L}])\\s+(?:van\\s+)?${LAST_YEAR}`, 'u').exec(text) ??
    new RegExp(`${LAST_YEAR}\\s+(?:in\\s+)?${MONTH}(?![\\p{L}])`, 'u').exec(text);
  const m1 = monthLastYear ? monthNumber(monthLastYear[1]) : undefined;
  if (monthLastYear && m1) return at(monthLastYear, { year: ref.year - 1, month: m1, day: 1 }, 'month', true);
  const lastMonth = new RegExp(`\\b${LAST}\\s+${MONTH}(?![\\p{L}])`, 'u').exec(text);
  const m2 = lastMonth ? monthNumber(lastMonth[1]) : undefined;
  if (lastMonth && m2) return at(lastMonth, { year: lastYearOf(m2, ref), month: m2, day: 1 }, 'month', true);
  const lastSeason = new RegExp(`\\b${LAST}\\s+(${Object.keys(SEASON_MONTH).join('|')})\\b`).exec(text);
  if (lastSeason) {
    const month = SEASON_MONTH[lastSeason[1]];
    return at(lastSeason, { year: lastYearOf(month, ref), month, day: 1 }, 'month', true, true);
  }
  const fixed: [RegExp, () => CalendarDate, Candidate['granularity'], boolean][] = [
    [/\b(gisteren|yesterday)\b/, () => addDays(ref, -1), 'day', false],
    [/\b(vorige week|afgelopen week|last week)\b/, () => addDays(ref, 1 - isoWeekday(ref) - 7), 'day', true],
    [/\b(vorige maand|afgelopen maand|last month)\b/, () => addMonths({ ...ref, day: 1 }, -1), 'month', false],
    [new RegExp(`\\b${LAST_YEAR}\\b`), () => ({ year: ref.year - 1, month: 1, day: 1 }), 'year', false],
  ];
  for (const [pattern, date, granularity, approximate] of fixed) {
    const m = pattern.exec(text);
    if (m) return at(m, date(), granularity, true, approximate);
  }
  const recently = /\b(sinds kort|sinds kort pas|onlangs|kort geleden|kortgeleden|pas geleden|recently|not long ago)\b/.exec(text);
  if (recently) return { ...at(recently, addMonths({ ...ref, day: 1 }, -1), 'month', true, true), kind: 'since' };
  return undefined;
};

/** "2 maanden geleden", "3 years ago" (a point); "sinds twee maanden", "al een half jaar" (since then). */
export const pastOffset: Matcher = (text, ref) => {
  const COUNT = '(een half|een halve|een paar|a couple of|a few|een aantal|\\S+)';
  const patterns: [RegExp, Candidate['kind']][] = [
    [new RegExp(`(?<![\\p{L}\\d])${COUNT}\\s*${UNIT_WORDS}\\s+(?:geleden|ago|terug)\\b`, 'gu'), undefined],
    [new RegExp(`\\b(?:sinds|sedert|since|al)\\s+${COUNT}\\s*${UNIT_WORDS}\\b`, 'gu'), 'since'],
  ];
  for (const [pattern, kind] of patterns) {
    for (const m of text.matchAll(pattern)) {
      const count = countAmount(m[1]);
      if (!count) continue;
      const unit = m[2];
      let date: CalendarDate;
      if (/^(dag|dagen|days?)$/.test(unit)) date = addDays(ref, -Math.round(count.amount));
      else if (/^(week|weken|weeks?)$/.test(unit)) date = addDays(ref, -Math.round(count.amount * 7));
      else {
        const months = /^(jaar|jaren|jaartjes?|years?)$/.test(unit) ? count.amount * 12 : count.amount;
        const whole = Math.floor(months);
        date = addDays(addMonths(ref, -whole), -Math.round((months - whole) * 30));
      }
      const candidate = at(m, date, 'day', true, count.vague || !/^(dag|dagen|days?)$/.test(unit));
      return kind ? { ...candidate, kind } : candidate;
    }
  }
  return undefined;
};
