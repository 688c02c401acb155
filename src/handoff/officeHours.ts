// Office hours: "ma-vr 09:00-17:00" or "ma-do 09:00-17:00; vr 09:00-12:00", checked in the
// operator's time zone with Intl (no clock inside: callers pass `now`).
import { z } from 'zod';
import { addDays, type ClosedOn } from './holidays';

/** Holidays and operator closing days are looked ahead or back this far (a week plus a long closure). */
const SEARCH_DAYS = 21;
const neverClosed: ClosedOn = () => false;

/** Day index 0 = Monday … 6 = Sunday. Dutch and English abbreviations. */
const DAY_NAMES: Record<string, number> = {
  ma: 0, di: 1, wo: 2, do: 3, vr: 4, za: 5, zo: 6,
  mon: 0, tue: 1, wed: 2, thu: 3, fri: 4, sat: 5, sun: 6,
};

export const OfficeSegmentSchema = z.object({
  days: z.array(z.number().int().min(0).max(6)).min(1),
  /** minutes since midnight */
  start: z.number().int().min(0).max(1440),
  end: z.number().int().min(0).max(1440),
});
export type OfficeSegment = z.infer<typeof OfficeSegmentSchema>;
export type OfficeHours = OfficeSegment[];

const SEGMENT = /^([a-z]{2,3})(?:\s*-\s*([a-z]{2,3}))?\s+(\d{1,2}):(\d{2})\s*-\s*(\d{1,2}):(\d{2})$/;

/** Parses the OFFICE_HOURS setting; throws with a readable message when it is not understood. */
export function parseOfficeHours(spec: string): OfficeHours {
  const segments = spec.split(/[;,]/).map((s) => s.trim().toLowerCase()).filter(Boolean);
  if (!segments.length) throw new Error('no office hours given');
  return segments.map((segment) => {
    const m = SEGMENT.exec(segment);
    if (!m) throw new Error(`"${segment}" is not like "ma-vr 09:00-17:00"`);
    const from = DAY_NAMES[m[1]];
    const to = m[2] === undefined ? from : DAY_NAMES[m[2]];
    if (from === undefined || to === undefined) throw new Error(`unknown day in "${segment}" (use ma di wo do vr za zo)`);
    const days: number[] = [];
    for (let d = from; ; d = (d + 1) % 7) {
      days.push(d);
      if (d === to) break;
    }
    const start = Number(m[3]) * 60 + Number(m[4]);
    const end = Number(m[5]) * 60 + Number(m[6]);
    if (Number(m[4]) > 59 || Number(m[6]) > 59 || start >= end || end > 1440) throw new Error(`"${segment}" has an impossible time range`);
    return { days, start, end };
  });
}

// One formatter per time zone: making one costs far more than using it.
const formats = new Map<string, Intl.DateTimeFormat>();
function format(timeZone: string): Intl.DateTimeFormat {
  let f = formats.get(timeZone);
  if (!f) formats.set(timeZone, (f = new Intl.DateTimeFormat('en-GB', { timeZone, weekday: 'short', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })));
  return f;
}

/** Weekday (0 = Monday), minutes since midnight and calendar date ("YYYY-MM-DD") of `now` in `timeZone`. */
export function localTime(now: Date, timeZone: string): { day: number; minutes: number; date: string } {
  const parts = format(timeZone).formatToParts(now);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  const day = DAY_NAMES[get('weekday').toLowerCase().slice(0, 3)];
  return { day, minutes: Number(get('hour')) * 60 + Number(get('minute')), date: `${get('year')}-${get('month')}-${get('day')}` };
}

/** `closed` says which local dates the office is shut all day (holidays, operator closing days). */
export function isOpenAt(hours: OfficeHours, now: Date, timeZone: string, closed: ClosedOn = neverClosed): boolean {
  const { day, minutes, date } = localTime(now, timeZone);
  if (closed(date)) return false;
  return hours.some((s) => s.days.includes(day) && minutes >= s.start && minutes < s.end);
}

/** When the office opens next (after `now`): days from today (0 = today) and the local start time. */
export function nextOpening(hours: OfficeHours, now: Date, timeZone: string, closed: ClosedOn = neverClosed): { inDays: number; day: number; start: number } | undefined {
  const { day, minutes, date } = localTime(now, timeZone);
  for (let inDays = 0; inDays <= SEARCH_DAYS; inDays++) {
    if (closed(addDays(date, inDays))) continue;
    const d = (day + inDays) % 7;
    const starts = hours.filter((s) => s.days.includes(d) && (inDays > 0 || s.start > minutes)).map((s) => s.start);
    if (starts.length) return { inDays, day: d, start: Math.min(...starts) };
  }
  return undefined;
}

export function formatMinutes(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

/** Open now, and if not, when next (for the seeker's message). */
export function officeStatus(hours: OfficeHours, now: Date, timeZone: string, closed: ClosedOn = neverClosed): { open: boolean; next?: { inDays: number; day: number; time: string } } {
  if (isOpenAt(hours, now, timeZone, closed)) return { open: true };
  const next = nextOpening(hours, now, timeZone, closed);
  return { open: false, next: next && { inDays: next.inDays, day: next.day, time: formatMinutes(next.start) } };
}

/**
 * The last moment office hours ended, at or before `now` (undefined when they never end within a
 * week, e.g. "ma-zo 00:00-24:00"). A segment end where the next segment starts at once is no closing.
 */
export function lastClosing(hours: OfficeHours, now: Date, timeZone: string, closed: ClosedOn = neverClosed): Date | undefined {
  const { day, minutes, date } = localTime(now, timeZone);
  const seconds = now.getUTCSeconds() * 1000 + now.getUTCMilliseconds();
  for (let back = 0; back <= SEARCH_DAYS; back++) {
    // On a closed day no segment ends: the office closed at the end of the last open day before.
    if (closed(addDays(date, -back))) continue;
    const d = (day - back + 7 * 8) % 7;
    const ends = hours.filter((s) => s.days.includes(d) && (back > 0 || s.end <= minutes)).map((s) => s.end);
    for (const end of ends.sort((a, b) => b - a)) {
      const at = new Date(now.getTime() - seconds - ((minutes - end) + back * 1440) * 60_000);
      if (!isOpenAt(hours, at, timeZone, closed)) return at;
    }
  }
  return undefined;
}

/**
 * Whether a waiting chat should hear that office hours ended: the office is closed now, the chat
 * was already waiting when it closed (later chats heard the office hours when they started), and
 * it has not heard it since that closing.
 */
export function closingNoticeDue(input: { open: boolean; lastClose: Date | undefined; waitingSince: Date; closingToldAt: Date | null | undefined }): boolean {
  const { open, lastClose, waitingSince, closingToldAt } = input;
  if (open || !lastClose || waitingSince.getTime() >= lastClose.getTime()) return false;
  return !closingToldAt || closingToldAt.getTime() < lastClose.getTime();
}
