// Reads a stored profile of any version into the current shape, field by field: an old envelope
// (version 1, no version field), a bare matching profile (as some tools and tests store it) and a
// newer or damaged one all still render; what cannot be read is named, never guessed.
import { IntakeAnswersSchema, PROFILE_VERSION, type StoredProfile } from './intakeRecord';

export interface ReadProfile {
  profile: StoredProfile;
  /** The version found (1 for the unversioned envelope, 0 for a bare matching profile). */
  foundVersion: number;
  /** Answer fields that were present but could not be read (unknown or invalid). */
  unreadable: string[];
}

type AnswerKey = keyof typeof IntakeAnswersSchema.shape;
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Keeps every field that parses on its own; lists the others. */
function lenientAnswers(raw: Record<string, unknown>): { answers: StoredProfile['answers']; unreadable: string[] } {
  const shape = IntakeAnswersSchema.shape;
  const kept: Record<string, unknown> = {};
  const unreadable: string[] = [];
  for (const [key, value] of Object.entries(raw)) {
    const field = shape[key as AnswerKey];
    const parsed = field?.safeParse(value);
    if (parsed?.success) kept[key] = parsed.data;
    else if (value !== undefined) unreadable.push(key);
  }
  return { answers: IntakeAnswersSchema.parse(kept), unreadable };
}

/** A bare matching profile ({income: {situation}, education: {level}, …}) as intake answers. */
function fromMatchingProfile(p: Record<string, unknown>): Record<string, unknown> {
  const get = (o: unknown, k: string) => (isRecord(o) ? o[k] : undefined);
  const goals = p.goals;
  const work = Array.isArray(p.workHistory) ? p.workHistory.filter(isRecord) : [];
  const barriers = Array.isArray(p.barriers) ? p.barriers : [];
  const training = get(goals, 'training');
  const out: Record<string, unknown> = {
    situation: get(p.income, 'situation'),
    wiaType: get(p.income, 'wiaType'),
    since: get(p.income, 'since'),
    jobs: work.map((w) => ({ text: typeof w.title === 'string' ? w.title : 'beroep (ESCO)', years: w.years })),
    education: get(p.education, 'level'),
    foreignDiploma: get(p.education, 'foreignDiploma'),
    birthYear: p.birthYear,
    dutchLevel: p.dutchLevel,
    drivingLicence: p.drivingLicence,
    healthLimits: barriers.includes('health') ? 'yes' : undefined,
    limits: p.limits,
    direction: get(goals, 'direction'),
    interests: get(goals, 'interests'),
    hours: get(goals, 'hoursPerWeek'),
    postcode: get(goals, 'postcode'),
    region: get(goals, 'region'),
    start: get(goals, 'start'),
    trainingWilling: get(training, 'willing'),
    trainingMonths: get(training, 'maxMonths'),
  };
  return Object.fromEntries(Object.entries(out).filter(([, v]) => v !== undefined));
}

export function readStoredProfile(data: unknown): ReadProfile | undefined {
  if (!isRecord(data)) return undefined;
  const version = typeof data.version === 'number' ? data.version : isRecord(data.answers) ? 1 : 0;
  const raw = isRecord(data.answers) ? data.answers : isRecord(data.income) ? fromMatchingProfile(data) : undefined;
  if (!raw) return undefined;
  const { answers, unreadable } = lenientAnswers(raw);
  const complete = typeof data.complete === 'boolean' ? data.complete : version === 0;
  return { profile: { version: PROFILE_VERSION, answers, complete }, foundVersion: version, unreadable };
}
