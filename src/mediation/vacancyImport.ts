// Vacancies from an applicant-tracking system's export: a JSON array of flat objects or a CSV file
// with the same column names (README "Vacatures importeren"). Every row is checked on its own: a
// bad row is named with its number and reason, the good rows still go in. Pure: no database.
import { parse as parseCsv } from 'csv-parse/sync';
import { z } from 'zod';
import { EmployerContactSchema, VacancyDataSchema, type EmployerContact, type VacancyData } from './vacancy';

export const IMPORT_MAX_ROWS = 2000;

export interface ImportRow {
  /** 1-based number of the data row (the CSV header is not counted). */
  row: number;
  externalId: string;
  title: string;
  data: VacancyData;
  closesAt?: Date;
  employer?: { organisation: string; contact: EmployerContact };
}

export interface RowError {
  row: number;
  reason: string;
}

const blank = (v: unknown) => v === undefined || v === null || (typeof v === 'string' && v.trim() === '');
const text = (max: number) => z.preprocess((v) => (blank(v) ? undefined : typeof v === 'number' ? String(v) : v), z.string().trim().min(1).max(max).optional());
const required = (max: number) => z.preprocess((v) => (blank(v) ? undefined : typeof v === 'number' ? String(v) : v), z.string({ message: 'required' }).trim().min(1).max(max));
const int = z.preprocess((v) => (blank(v) ? undefined : typeof v === 'string' ? Number(v.trim()) : v), z.number().int().optional());
const YES = new Set(['ja', 'yes', 'true', '1', 'j', 'y']);
const NO = new Set(['nee', 'no', 'false', '0', 'n']);
const yesNo = z.preprocess((v) => {
  if (blank(v) || typeof v === 'boolean') return blank(v) ? undefined : v;
  const s = String(v).trim().toLowerCase();
  return YES.has(s) ? true : NO.has(s) ? false : v;
}, z.boolean({ message: 'ja or nee' }).optional());
/** "bbl|jobcoach" (CSV) or ["bbl", "jobcoach"] (JSON). */
const list = z.preprocess((v) => (blank(v) ? [] : typeof v === 'string' ? v.split(/[|;]/).map((s) => s.trim()).filter(Boolean) : v), z.array(z.string()));
/** YYYY-MM-DD: open until the end of that day (UTC); or a full ISO date-time. */
export const ClosingDateSchema = z.preprocess((v) => (blank(v) ? undefined : v), z
  .string()
  .trim()
  .refine((s) => /^\d{4}-\d{2}-\d{2}(T.+)?$/.test(s) && !Number.isNaN(Date.parse(s.length === 10 ? `${s}T23:59:59.999Z` : s)), 'a date YYYY-MM-DD')
  .transform((s) => new Date(s.length === 10 ? `${s}T23:59:59.999Z` : s))
  .optional());
const START: Record<string, string> = { direct: 'now', nu: 'now', now: 'now', 'binnen-3-maanden': 'within-3-months', 'within-3-months': 'within-3-months', later: 'later' };

const FlatRowSchema = z.object({
  externalId: required(100),
  title: required(200),
  occupationUri: text(300),
  words: text(300),
  hoursMin: int,
  hoursMax: int,
  postcode: z.preprocess((v) => (blank(v) ? undefined : String(v).replace(/\s+/g, '').replace(/^(\d{4})[A-Za-z]{2}$/, '$1')), z.string().optional()),
  place: text(100),
  start: z.preprocess((v) => (blank(v) ? undefined : (START[String(v).trim().toLowerCase()] ?? v)), z.string().optional()),
  closesAt: ClosingDateSchema,
  education: text(40),
  dutch: text(10),
  drivingLicence: yesNo,
  heavyWork: yesNo,
  times: text(20),
  requirements: text(300),
  learnOnTheJob: list,
  support: list,
  description: text(1000),
  organisation: text(200),
  contactName: text(100),
  contactEmail: text(200),
  contactPhone: text(30),
});
type FlatRow = z.infer<typeof FlatRowSchema>;

const issues = (error: z.ZodError) => error.issues.map((i) => `${i.path.join('.') || 'row'}: ${i.message}`).join('; ');

function employerOf(r: FlatRow): ImportRow['employer'] | string | undefined {
  if (!r.organisation) return r.contactName || r.contactEmail || r.contactPhone ? 'organisation: required with a contact' : undefined;
  const contact = EmployerContactSchema.safeParse({ name: r.contactName, email: r.contactEmail, phone: r.contactPhone });
  if (!contact.success) return `contact: ${contact.error.issues.map((i) => `${i.path.join('.') || 'contact'} ${i.message}`).join('; ')}`;
  return { organisation: r.organisation, contact: contact.data };
}

/** One flat row as an import row, or the reason it cannot be imported. */
export function readRow(raw: unknown, row: number): ImportRow | RowError {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { row, reason: 'not an object with the documented columns' };
  const flat = FlatRowSchema.safeParse(raw);
  if (!flat.success) return { row, reason: issues(flat.error) };
  const r = flat.data;
  const hours = r.hoursMin !== undefined || r.hoursMax !== undefined ? { min: r.hoursMin, max: r.hoursMax } : undefined;
  const data = VacancyDataSchema.safeParse({
    words: r.words ?? r.title,
    occupationUri: r.occupationUri,
    hoursPerWeek: hours,
    postcode: r.postcode,
    place: r.place,
    start: r.start,
    requirements: { education: r.education, dutch: r.dutch, drivingLicence: r.drivingLicence, heavyWork: r.heavyWork, times: r.times, words: r.requirements },
    learnOnTheJob: r.learnOnTheJob,
    support: r.support,
    description: r.description,
  });
  if (!data.success) return { row, reason: issues(data.error) };
  const employer = employerOf(r);
  if (typeof employer === 'string') return { row, reason: employer };
  return { row, externalId: r.externalId, title: r.title, data: data.data, ...(r.closesAt ? { closesAt: r.closesAt } : {}), ...(employer ? { employer } : {}) };
}

/** The rows of a CSV text: header line with the column names, "," or ";" as separator. */
export function csvRows(csv: string): Record<string, string>[] {
  const header = csv.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '';
  const delimiter = (header.match(/;/g)?.length ?? 0) > (header.match(/,/g)?.length ?? 0) ? ';' : ',';
  return parseCsv(csv, { columns: true, bom: true, delimiter, skip_empty_lines: true, trim: true, relax_column_count: false }) as Record<string, string>[];
}

/** Reads a whole import: the rows to store and the rows skipped, each with its reason. */
export function readImport(body: unknown): { rows: ImportRow[]; skipped: RowError[] } | { error: string } {
  let raw: unknown[];
  if (typeof body === 'string') {
    try {
      raw = csvRows(body);
    } catch (error) {
      return { error: `CSV: ${(error as Error).message}` };
    }
  } else if (Array.isArray(body)) raw = body;
  else return { error: 'Send a JSON array of vacancies or a CSV file (Content-Type: text/csv).' };
  if (!raw.length) return { error: 'The import holds no rows.' };
  if (raw.length > IMPORT_MAX_ROWS) return { error: `At most ${IMPORT_MAX_ROWS} rows per import.` };
  const rows: ImportRow[] = [];
  const skipped: RowError[] = [];
  const seen = new Set<string>();
  raw.forEach((value, i) => {
    const read = readRow(value, i + 1);
    if ('reason' in read) skipped.push(read);
    else if (seen.has(read.externalId)) skipped.push({ row: read.row, reason: `externalId ${read.externalId} appears earlier in this import` });
    else {
      seen.add(read.externalId);
      rows.push(read);
    }
  });
  return { rows, skipped };
}
