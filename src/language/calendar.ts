/** Plain calendar dates without time zones: the parsers reason in days, months and years. */
export interface CalendarDate {
  year: number;
  month: number; // 1–12
  day: number;
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function isValidDate(year: number, month: number, day: number): boolean {
  return Number.isInteger(year) && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

export function addDays(date: CalendarDate, days: number): CalendarDate {
  const d = new Date(Date.UTC(date.year, date.month - 1, date.day + days));
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** Adds months, clamping the day: 31 January + 1 month = 28/29 February. */
export function addMonths(date: CalendarDate, months: number): CalendarDate {
  const index = date.year * 12 + (date.month - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return { year, month, day: Math.min(date.day, daysInMonth(year, month)) };
}

/** 1 = Monday … 7 = Sunday (ISO). */
export function isoWeekday(date: CalendarDate): number {
  const d = new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay();
  return d === 0 ? 7 : d;
}

export function compareDates(a: CalendarDate, b: CalendarDate): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

export function formatIsoDate(date: CalendarDate): string {
  const pad = (n: number, w: number) => String(n).padStart(w, '0');
  return `${pad(date.year, 4)}-${pad(date.month, 2)}-${pad(date.day, 2)}`;
}

/**
 * The reference "today". A string must be YYYY-MM-DD. A Date is read as its calendar date in
 * the given time zone (default Europe/Amsterdam), because 23:30 UTC is already tomorrow in
 * the Netherlands. Throws on an invalid value: that is a programming error, not user input.
 */
// Making an Intl.DateTimeFormat costs more than a whole dialog step: one per time zone, kept.
const dayFormats = new Map<string, Intl.DateTimeFormat>();
function dayFormat(timeZone: string): Intl.DateTimeFormat {
  let format = dayFormats.get(timeZone);
  if (!format) dayFormats.set(timeZone, (format = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' })));
  return format;
}

export function toCalendarDate(reference: Date | string, timeZone = 'Europe/Amsterdam'): CalendarDate {
  if (typeof reference === 'string') {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(reference);
    if (!m || !isValidDate(+m[1], +m[2], +m[3])) throw new Error(`Invalid reference date: ${reference}`);
    return { year: +m[1], month: +m[2], day: +m[3] };
  }
  const time = reference.getTime();
  if (Number.isNaN(time)) throw new Error('Invalid reference date');
  // Every answer is read against "now": one look-up per minute and zone. Since 1980 every zone's
  // offset is whole minutes, so a day never changes inside a UTC minute.
  const minute = Math.floor(time / 60_000);
  const key = `${timeZone} ${minute}`;
  if (time >= WHOLE_MINUTE_OFFSETS && lastDay?.key === key) return { ...lastDay.date };
  const parts = dayFormat(timeZone).formatToParts(reference);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const date = { year: get('year'), month: get('month'), day: get('day') };
  if (time >= WHOLE_MINUTE_OFFSETS) lastDay = { key, date: { ...date } };
  return date;
}

const WHOLE_MINUTE_OFFSETS = Date.UTC(1980, 0, 1);
let lastDay: { key: string; date: CalendarDate } | undefined;
