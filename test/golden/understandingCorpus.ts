// The understanding corpus (test/golden/understanding/*.json): loading, running every item through
// understandAnswer with the real catalogue matcher, and scoring per fact. Shared by
// understanding.test.ts and scripts/understanding-report.ts. See understanding/README.md.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { IntakeQuestionIdSchema } from '../../src/language/facts';
import { understandAnswer } from '../../src/dialogs/understandAnswer';
import type { IntakeAnswers } from '../../src/dialogs/intakeAnswers';
import type { Matcher } from '../../src/dialogs/services';
import { TODAY } from '../helpers/conversation';

export const CORPUS_DIR = join(__dirname, 'understanding');
export const TAGS = ['typo', 'multi', 'non-answer', 'date', 'trap', 'mixed', 'correction'] as const;

/** A number within the field's tolerance, or an inclusive range [lo, hi]. */
const NumberExpect = z.union([z.number(), z.tuple([z.number(), z.number()])]);
const OneOf = z.union([z.string(), z.array(z.string()).min(1)]);
const JobExpect = z.object({ text: z.string().optional(), years: NumberExpect.optional(), occupation: z.string().optional(), confirmed: z.boolean().optional() });

export const ExpectSchema = z
  .object({
    situation: OneOf, wiaType: OneOf, benefitEnd: OneOf, benefitEndUnknown: z.boolean(), since: OneOf,
    monthlyAmount: NumberExpect, jobs: z.array(JobExpect), education: OneOf, foreignDiploma: z.boolean(),
    birthYear: NumberExpect, dutchLevel: OneOf, drivingLicence: z.boolean(), healthLimits: OneOf,
    limits: z.object({ noHeavyWork: z.boolean(), times: OneOf, maxTravelMinutes: NumberExpect, words: z.string() }).partial(),
    direction: OneOf, interests: z.string(), targets: z.string(), hours: z.object({ min: NumberExpect, max: NumberExpect }).partial(),
    postcode: z.string(), start: OneOf, trainingWilling: z.boolean(), trainingMonths: NumberExpect, approximate: z.array(z.string()),
  })
  .partial()
  .strict();
export type Expect = z.infer<typeof ExpectSchema>;

const ItemSchema = z
  .object({
    id: z.string().min(1),
    question: IntakeQuestionIdSchema.optional(),
    text: z.string().min(1),
    locale: z.enum(['nl', 'en']).optional(),
    today: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional(),
    before: z.record(z.string(), z.unknown()).optional(),
    expect: ExpectSchema.default({}),
    absent: z.array(z.string()).default([]),
    /** false: the bot should ask again; true: it should go on; left out: not checked. */
    ok: z.boolean().optional(),
    tags: z.array(z.enum(TAGS)).default([]),
  })
  .strict();

const FileSchema = z
  .object({
    question: IntakeQuestionIdSchema.optional(),
    locale: z.enum(['nl', 'en']).optional(),
    before: z.record(z.string(), z.unknown()).optional(),
    reserve: z.boolean().optional(),
    note: z.string().optional(),
    items: z.array(ItemSchema).min(1),
  })
  .strict();

export interface CorpusItem {
  id: string;
  file: string;
  reserve: boolean;
  question: z.infer<typeof IntakeQuestionIdSchema>;
  text: string;
  locale: 'nl' | 'en';
  today: Date;
  before: IntakeAnswers;
  expect: Expect;
  absent: string[];
  ok?: boolean;
  tags: (typeof TAGS)[number][];
}

/** Every item of the corpus; file-level question, locale and before are defaults for its items. */
export function loadCorpus(dir = CORPUS_DIR): CorpusItem[] {
  const items: CorpusItem[] = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.json')).sort()) {
    const parsed = FileSchema.safeParse(JSON.parse(readFileSync(join(dir, file), 'utf8')));
    if (!parsed.success) throw new Error(`${file}: ${parsed.error.message}`);
    for (const item of parsed.data.items) {
      const question = item.question ?? parsed.data.question;
      if (!question) throw new Error(`${file} ${item.id}: no question`);
      items.push({
        id: item.id,
        file,
        reserve: parsed.data.reserve === true,
        question,
        text: item.text,
        locale: item.locale ?? parsed.data.locale ?? 'nl',
        today: item.today ? new Date(`${item.today}T10:00:00Z`) : TODAY,
        before: { ...(parsed.data.before ?? {}), ...(item.before ?? {}) } as IntakeAnswers,
        expect: item.expect,
        absent: item.absent,
        ...(item.ok !== undefined ? { ok: item.ok } : {}),
        tags: item.tags,
      });
    }
  }
  const ids = new Set<string>();
  for (const item of items) {
    if (ids.has(item.id)) throw new Error(`duplicate id ${item.id}`);
    ids.add(item.id);
  }
  return items;
}

/** One checked fact: `correct`, `missing` (not stored), or `wrong` (stored, but not what was said). */
export interface FactCheck {
  key: string;
  verdict: 'correct' | 'missing' | 'wrong';
  actual?: unknown;
  expected?: unknown;
}

export interface ItemResult {
  item: CorpusItem;
  ok: boolean;
  answers: IntakeAnswers;
  checks: FactCheck[];
}

const TOLERANCE: Record<string, number> = { monthlyAmount: 1, birthYear: 1, years: 0.5, min: 2, max: 2, trainingMonths: 0.5, maxTravelMinutes: 5 };

function numberFits(actual: unknown, expected: z.infer<typeof NumberExpect>, tolerance: number): boolean {
  if (typeof actual !== 'number') return false;
  return Array.isArray(expected) ? actual >= expected[0] && actual <= expected[1] : Math.abs(actual - expected) <= tolerance;
}

const contains = (actual: unknown, words: string) => typeof actual === 'string' && actual.toLowerCase().includes(words.toLowerCase());
const oneOf = (actual: unknown, expected: string | string[]) => (Array.isArray(expected) ? expected : [expected]).includes(actual as string);

type Job = NonNullable<IntakeAnswers['jobs']>[number];
function jobFits(job: Job, e: z.infer<typeof JobExpect>): boolean {
  if (e.text !== undefined && !contains(job.text, e.text) && !contains(job.occupation?.label, e.text)) return false;
  if (e.years !== undefined && !numberFits(job.years, e.years, TOLERANCE.years)) return false;
  if (e.occupation !== undefined && !contains(job.occupation?.label, e.occupation)) return false;
  if (e.confirmed !== undefined && (job.confirmed === true) !== e.confirmed) return false;
  return true;
}

/** The expected jobs, each matched by a different stored job, and no more jobs than expected. */
function jobsFit(actual: Job[] | undefined, expected: z.infer<typeof JobExpect>[]): boolean {
  const left = [...(actual ?? [])];
  if (left.length !== expected.length) return false;
  return expected.every((e) => {
    const i = left.findIndex((job) => jobFits(job, e));
    if (i < 0) return false;
    left.splice(i, 1);
    return true;
  });
}

function fits(key: string, actual: unknown, expected: unknown): boolean {
  switch (key) {
    case 'benefitEnd':
    case 'since':
    case 'postcode':
      return typeof actual === 'string' && [expected as string | string[]].flat().some((prefix) => actual.startsWith(prefix));
    case 'interests':
    case 'targets':
      return key === 'targets'
        ? Array.isArray(actual) && actual.some((t: { label: string }) => contains(t.label, expected as string))
        : contains(actual, expected as string);
    case 'jobs':
      return jobsFit(actual as Job[] | undefined, expected as z.infer<typeof JobExpect>[]);
    case 'approximate':
      // A field or a part of it: "jobs" is met by "jobs.0.years" (the years of the first job).
      return Array.isArray(actual) && (expected as string[]).every((f) => actual.some((a: string) => a === f || a.startsWith(`${f}.`)));
    case 'limits':
    case 'hours': {
      const a = (actual ?? {}) as Record<string, unknown>;
      return Object.entries(expected as Record<string, unknown>).every(([k, e]) =>
        typeof e === 'number' || Array.isArray(e) && typeof e[0] === 'number' && k !== 'times'
          ? numberFits(a[k], e as z.infer<typeof NumberExpect>, TOLERANCE[k] ?? 0)
          : k === 'words'
            ? contains(a[k], e as string)
            : typeof e === 'boolean' ? a[k] === e : oneOf(a[k], e as string | string[]),
      );
    }
    default:
      if (typeof expected === 'number' || Array.isArray(expected) && typeof expected[0] === 'number')
        return numberFits(actual, expected as z.infer<typeof NumberExpect>, TOLERANCE[key] ?? 0);
      if (typeof expected === 'boolean') return actual === expected;
      return oneOf(actual, expected as string | string[]);
  }
}

/** A field counts as set when it holds something: not undefined, not an empty list or text. */
function valueAt(answers: IntakeAnswers, path: string): unknown {
  return path.split('.').reduce<unknown>((v, k) => (v && typeof v === 'object' ? (v as Record<string, unknown>)[k] : undefined), answers);
}
const isSet = (v: unknown) => v !== undefined && v !== null && v !== '' && !(Array.isArray(v) && v.length === 0);

export function score(item: CorpusItem, ok: boolean, answers: IntakeAnswers): FactCheck[] {
  const checks: FactCheck[] = [];
  for (const [key, expected] of Object.entries(item.expect)) {
    const actual = (answers as Record<string, unknown>)[key];
    const verdict = fits(key, actual, expected) ? 'correct' : isSet(actual) && !sameAsBefore(item, key, actual) ? 'wrong' : 'missing';
    checks.push({ key, verdict, actual, expected });
  }
  for (const path of item.absent) {
    const actual = valueAt(answers, path);
    const before = valueAt(item.before, path);
    const changed = JSON.stringify(actual) !== JSON.stringify(before);
    checks.push({ key: `${path.replace(/\.\d+\./g, '.')} (absent)`, verdict: isSet(actual) && changed ? 'wrong' : 'correct', actual });
  }
  if (item.ok !== undefined) checks.push({ key: 'ok', verdict: ok === item.ok ? 'correct' : ok ? 'wrong' : 'missing', actual: ok, expected: item.ok });
  return checks;
}

/** A fact left as it was before the answer is missing (not understood), not wrongly stored. */
function sameAsBefore(item: CorpusItem, key: string, actual: unknown): boolean {
  return JSON.stringify((item.before as Record<string, unknown>)[key]) === JSON.stringify(actual);
}

export async function runCorpus(items: CorpusItem[], matcher: Matcher): Promise<ItemResult[]> {
  const results: ItemResult[] = [];
  for (const item of items) {
    const outcome = await understandAnswer(item.question, item.text, { matcher, now: item.today, locale: item.locale, answers: item.before });
    results.push({ item, ok: outcome.ok, answers: outcome.answers, checks: score(item, outcome.ok, outcome.answers) });
  }
  return results;
}

export interface Tally {
  n: number;
  correct: number;
  wrong: number;
}
const add = (t: Tally, c: FactCheck) => ({ n: t.n + 1, correct: t.correct + (c.verdict === 'correct' ? 1 : 0), wrong: t.wrong + (c.verdict === 'wrong' ? 1 : 0) });
const empty = (): Tally => ({ n: 0, correct: 0, wrong: 0 });

/** Tallies per fact key (absent checks under their own key), per question, and overall. */
export function tally(results: ItemResult[]) {
  const perFact = new Map<string, Tally>();
  const perQuestion = new Map<string, Tally>();
  let overall = empty();
  let askedAgain = 0;
  let expectedOk = 0;
  for (const r of results) {
    // Asked again counts only answers that hold a fact to take: a non-answer may be asked again.
    if (r.item.ok === true || (r.item.ok === undefined && Object.keys(r.item.expect).length > 0)) {
      expectedOk++;
      if (!r.ok) askedAgain++;
    }
    for (const c of r.checks) {
      perFact.set(c.key, add(perFact.get(c.key) ?? empty(), c));
      perQuestion.set(r.item.question, add(perQuestion.get(r.item.question) ?? empty(), c));
      overall = add(overall, c);
    }
  }
  return { perFact, perQuestion, overall, askedAgainRate: expectedOk ? askedAgain / expectedOk : 0, items: results.length };
}

export const accuracy = (t: Tally) => (t.n ? t.correct / t.n : 1);
/** An item is fully right when every check on it is correct. */
export const itemRight = (r: ItemResult) => r.checks.every((c) => c.verdict === 'correct');

/** How many new facts an item expects: each limit, each added job and each other field counts once. */
export function factCount(item: Pick<CorpusItem, 'expect' | 'before'>): number {
  const before = item.before as Record<string, unknown>;
  const beforeLimits = (item.before.limits ?? {}) as Record<string, unknown>;
  return Object.entries(item.expect).reduce((n, [key, value]) => {
    if (key === 'approximate') return n;
    if (key === 'limits') return n + Object.entries(value as object).filter(([k, v]) => JSON.stringify(beforeLimits[k]) !== JSON.stringify(v)).length;
    if (key === 'jobs') return n + Math.max(1, (value as unknown[]).length - (item.before.jobs ?? []).length);
    return n + (JSON.stringify(before[key]) === JSON.stringify(value) ? 0 : 1);
  }, 0);
}

/** The shares the corpus promises (README): language, texting style, several facts, non-answers. */
export function spread(items: CorpusItem[]) {
  const share = (f: (i: CorpusItem) => boolean) => items.filter(f).length / Math.max(1, items.length);
  const perQuestion = new Map<string, number>();
  for (const i of items) perQuestion.set(i.question, (perQuestion.get(i.question) ?? 0) + 1);
  return {
    items: items.length,
    perQuestion,
    englishOrMixed: share((i) => i.locale === 'en' || i.tags.includes('mixed')),
    typo: share((i) => i.tags.includes('typo')),
    multi: share((i) => factCount(i) >= 2),
    nonAnswer: share((i) => i.tags.includes('non-answer')),
    date: share((i) => i.tags.includes('date')),
    trap: share((i) => i.tags.includes('trap')),
  };
}
