// Dutch public holidays on which a Werkcentrum is closed, and operator closing days. Pure: dates
// are local calendar dates as "YYYY-MM-DD" strings, so no time zone enters here.

/** Easter Sunday (Gregorian), anonymous algorithm (Meeus/Jones/Butcher). */
export function easterSunday(year: number): string {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return isoDate(year, month, day);
}

/** "YYYY-MM-DD" plus `days` calendar days. */
export function addDays(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number);
  const t = new Date(Date.UTC(y, m - 1, d + days));
  return isoDate(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate());
}

function isoDate(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * The general closing days of `year` (date → Dutch name). Goede Vrijdag is no general closing day;
 * Bevrijdingsdag only in lustrum years (2025, 2030, …), as most collective agreements have it.
 */
export function dutchHolidays(year: number): Map<string, string> {
  const easter = easterSunday(year);
  // Koningsdag moves to Saturday 26 April when the 27th is a Sunday.
  const kingsDay = new Date(Date.UTC(year, 3, 27)).getUTCDay() === 0 ? isoDate(year, 4, 26) : isoDate(year, 4, 27);
  const days: [string, string][] = [
    [isoDate(year, 1, 1), 'Nieuwjaarsdag'],
    [easter, 'Eerste Paasdag'],
    [addDays(easter, 1), 'Tweede Paasdag'],
    [kingsDay, 'Koningsdag'],
    [addDays(easter, 39), 'Hemelvaartsdag'],
    [addDays(easter, 49), 'Eerste Pinksterdag'],
    [addDays(easter, 50), 'Tweede Pinksterdag'],
    [isoDate(year, 12, 25), 'Eerste Kerstdag'],
    [isoDate(year, 12, 26), 'Tweede Kerstdag'],
  ];
  if (year % 5 === 0) days.push([isoDate(year, 5, 5), 'Bevrijdingsdag']);
  return new Map(days);
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Parses OFFICE_CLOSED_DAYS ("2026-12-24, 2026-12-31"); throws on a date that does not exist. */
export function parseClosedDays(spec: string): string[] {
  const dates = spec.split(',').map((s) => s.trim()).filter(Boolean);
  for (const date of dates) {
    const m = DATE.exec(date);
    if (!m || addDays(date, 0) !== date) throw new Error(`"${date}" is not a date like 2026-12-24`);
  }
  return dates;
}

/** Whether the office is closed all day on a local date: a holiday (when `holidays` is 'nl') or an operator closing day. */
export type ClosedOn = (date: string) => boolean;

export function closedDays(options: { holidays: 'nl' | 'none'; extra?: readonly string[] }): ClosedOn {
  const extra = new Set(options.extra ?? []);
  const years = new Map<number, Map<string, string>>();
  return (date) => {
    if (extra.has(date)) return true;
    if (options.holidays !== 'nl') return false;
    const year = Number(date.slice(0, 4));
    if (!years.has(year)) years.set(year, dutchHolidays(year));
    return years.get(year)!.has(date);
  };
}
