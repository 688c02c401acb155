// Bemiddeling (issue 17): employers, vacancies, mediation requests, introductions and van werk naar
// werk groups. Prisma, off the per-turn hot path. Race safety comes from unique keys and
// compare-and-set updates, never from reading first.
import { randomInt } from 'node:crypto';
import { isUniqueViolation, type Db } from './client';
import { VacancyDataSchema, type EmployerContact, type VacancyData, type VacancyForMatching, type VacancySource, type VacancyStatus } from '../mediation/vacancy';
import { bump, lastMonths, monthOf, type MediationDashboard } from './mediationMonths';
import { canMove, IntroductionStepSchema, needsReason, type IntroductionStatus, type IntroductionStep } from '../mediation/introduction';


export interface EmployerInput {
  organisation: string;
  contact: EmployerContact;
  userKey?: string;
  channel?: string;
  conversationId?: string;
  consentVersion?: string;
  createdBy?: string;
}

export interface VacancyInput {
  employerId?: string;
  title: string;
  data: VacancyData;
  source: VacancySource;
  externalId?: string;
  closesAt?: Date;
  createdBy?: string;
}

export interface VacancyRow {
  id: string;
  employerId: string | null;
  status: VacancyStatus;
  title: string;
  data: VacancyData;
  source: string;
  externalId: string | null;
  closesAt: Date | null;
  publishedAt: Date | null;
  publishedBy: string | null;
  closedAt: Date | null;
  closedReason: string | null;
  createdBy: string | null;
  createdAt: Date;
  updatedAt: Date;
}

export interface IntroductionRow {
  id: string;
  vacancyId: string;
  seekerId: string;
  advisorId: string | null;
  advisorName: string;
  why: string;
  status: IntroductionStatus;
  outcomeReason: string | null;
  history: IntroductionStep[];
  createdAt: Date;
  updatedAt: Date;
}

type RawVacancy = Omit<VacancyRow, 'status' | 'data' | 'createdBy'> & { status: string; data: unknown; createdBy?: string | null };
type RawIntroduction = Omit<IntroductionRow, 'status' | 'history'> & { status: string; history: unknown };

const vacancyRow = ({ occupationUri: _o, postcode: _p, ...row }: RawVacancy & { occupationUri?: unknown; postcode?: unknown }): VacancyRow => ({
  ...row,
  createdBy: row.createdBy ?? null,
  status: row.status as VacancyStatus,
  data: VacancyDataSchema.parse(row.data),
});
const introductionRow = (row: RawIntroduction): IntroductionRow => ({
  ...row,
  status: row.status as IntroductionStatus,
  history: IntroductionStepSchema.array().parse(row.history),
});

/** A vacancy that is published and not past its closing date is shown to seekers. */
const openWhere = (now: Date) => ({ status: 'published', OR: [{ closesAt: null }, { closesAt: { gt: now } }] });

/** Letters and digits without look-alikes (0/O, 1/I/L), read out over the phone. */
const CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
export function newGroupCode(): string {
  let code = '';
  for (let i = 0; i < 8; i++) code += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)];
  return `${code.slice(0, 4)}-${code.slice(4)}`;
}
/** What a seeker types ("abcd efgh", "ABCD-EFGH") to the stored form. */
export function normaliseGroupCode(text: string): string | undefined {
  const plain = text.toUpperCase().replace(/[^0-9A-Z]/g, '');
  return plain.length === 8 && [...plain].every((c) => CODE_ALPHABET.includes(c)) ? `${plain.slice(0, 4)}-${plain.slice(4)}` : undefined;
}

export class MediationStore {
  constructor(private readonly db: Db) {}

  // --- employers ---

  createEmployer(input: EmployerInput): Promise<{ id: string }> {
    const consent = input.consentVersion !== undefined ? { consentAt: new Date(), consentVersion: input.consentVersion } : {};
    return this.db.employer.create({
      data: { organisation: input.organisation, contact: input.contact, userKey: input.userKey ?? null, channel: input.channel ?? null, conversationId: input.conversationId ?? null, createdBy: input.createdBy ?? null, ...consent },
      select: { id: true },
    });
  }

  /** The employer who chats as `userKey`, when they left anything. */
  employerByUserKey(userKey: string) {
    return this.db.employer.findUnique({ where: { userKey } });
  }

  /** The employer changed their organisation's name or contact person (in the chat's "Klopt dit?"). */
  async updateEmployer(id: string, input: { organisation: string; contact: EmployerContact }): Promise<void> {
    await this.db.employer.update({ where: { id }, data: { organisation: input.organisation, contact: input.contact } });
  }

  employer(id: string) {
    return this.db.employer.findUnique({ where: { id } });
  }

  /** An import's employer: the one created earlier for this organisation, if any. */
  employerByOrganisation(organisation: string) {
    return this.db.employer.findFirst({ where: { organisation }, orderBy: { createdAt: 'asc' }, select: { id: true } });
  }

  employersByIds(ids: string[]) {
    return this.db.employer.findMany({ where: { id: { in: [...new Set(ids)] } }, select: { id: true, organisation: true } });
  }

  /** Erase: the employer with their vacancies, introductions, requests and groups (members keep their own data). */
  async eraseEmployer(where: { userKey: string } | { id: string }): Promise<boolean> {
    const { count } = await this.db.employer.deleteMany({ where });
    return count > 0;
  }

  // --- vacancies ---

  async createVacancy(input: VacancyInput): Promise<VacancyRow> {
    const row = await this.db.vacancy.create({
      data: {
        employerId: input.employerId ?? null,
        title: input.title,
        occupationUri: input.data.occupationUri ?? null,
        postcode: input.data.postcode ?? null,
        data: input.data,
        source: input.source,
        externalId: input.externalId ?? null,
        closesAt: input.closesAt ?? null,
        createdBy: input.createdBy ?? null,
      },
    });
    return vacancyRow(row);
  }

  /** undefined when there is no such vacancy. A closed vacancy cannot be edited. */
  async updateVacancy(id: string, input: { title?: string; data?: VacancyData; closesAt?: Date | null }): Promise<VacancyRow | undefined> {
    const data = {
      ...(input.title !== undefined ? { title: input.title } : {}),
      ...(input.data !== undefined ? { data: input.data, occupationUri: input.data.occupationUri ?? null, postcode: input.data.postcode ?? null } : {}),
      ...(input.closesAt !== undefined ? { closesAt: input.closesAt } : {}),
    };
    const { count } = await this.db.vacancy.updateMany({ where: { id, status: { not: 'closed' } }, data });
    return count ? this.vacancy(id) : undefined;
  }

  async vacancy(id: string): Promise<VacancyRow | undefined> {
    const row = await this.db.vacancy.findUnique({ where: { id } });
    return row ? vacancyRow(row) : undefined;
  }

  async vacancies(filter: { status?: VacancyStatus; employerId?: string } = {}, take = 500): Promise<VacancyRow[]> {
    const rows = await this.db.vacancy.findMany({ where: filter, orderBy: { createdAt: 'desc' }, take });
    return rows.map(vacancyRow);
  }

  /** draft → published; false when it was not a draft (already published or closed) or its date passed. */
  async publish(id: string, by: string, now = new Date()): Promise<boolean> {
    const { count } = await this.db.vacancy.updateMany({
      where: { id, status: 'draft', OR: [{ closesAt: null }, { closesAt: { gt: now } }] },
      data: { status: 'published', publishedAt: now, publishedBy: by },
    });
    return count > 0;
  }

  /** Any open vacancy → closed; false when it was already closed or does not exist. */
  async close(id: string, by: string, reason: string, now = new Date()): Promise<boolean> {
    const { count } = await this.db.vacancy.updateMany({ where: { id, status: { not: 'closed' } }, data: { status: 'closed', closedAt: now, closedReason: `${reason} (${by})` } });
    return count > 0;
  }

  /** Published and before the closing date: what seekers may be shown. */
  async openVacancies(now = new Date()): Promise<VacancyForMatching[]> {
    const rows = await this.db.vacancy.findMany({ where: openWhere(now), select: { id: true, title: true, data: true }, take: 10_000 });
    return rows.map((r) => ({ id: r.id, title: r.title, data: VacancyDataSchema.parse(r.data) }));
  }

  /** Of these vacancies, those open right now, with their employer's name (to keep it out of what a seeker is shown). */
  async openAmong(ids: string[], now = new Date()): Promise<Map<string, string | undefined>> {
    if (!ids.length) return new Map();
    const rows = await this.db.vacancy.findMany({ where: { id: { in: ids }, ...openWhere(now) }, select: { id: true, employer: { select: { organisation: true } } } });
    return new Map(rows.map((r) => [r.id, r.employer?.organisation]));
  }

  /** Import: a new vacancy per unknown externalId, an update for a known one (never of a closed one). */
  async upsertImported(input: VacancyInput & { externalId: string }): Promise<'created' | 'updated' | 'closed'> {
    const known = await this.db.vacancy.findUnique({ where: { externalId: input.externalId }, select: { id: true, status: true } });
    if (known?.status === 'closed') return 'closed';
    if (known) {
      await this.updateVacancy(known.id, { title: input.title, data: input.data, closesAt: input.closesAt ?? null });
      return 'updated';
    }
    try {
      await this.createVacancy(input);
      return 'created';
    } catch (error) {
      if (isUniqueViolation(error)) return 'updated'; // a parallel import of the same row won
      throw error;
    }
  }

  // --- a seeker's "stel me voor" ---

  /** Idempotent: asking twice for the same vacancy is one request. */
  async requestMediation(seekerId: string, vacancyId: string): Promise<{ id: string; created: boolean }> {
    const existing = await this.db.mediationRequest.findUnique({ where: { seekerId_vacancyId: { seekerId, vacancyId } }, select: { id: true } });
    if (existing) return { id: existing.id, created: false };
    try {
      const row = await this.db.mediationRequest.create({ data: { seekerId, vacancyId }, select: { id: true } });
      return { id: row.id, created: true };
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      const row = await this.db.mediationRequest.findUniqueOrThrow({ where: { seekerId_vacancyId: { seekerId, vacancyId } }, select: { id: true } });
      return { id: row.id, created: false };
    }
  }

  mediationRequests(filter: { status?: string; vacancyId?: string; seekerId?: string } = {}) {
    return this.db.mediationRequest.findMany({ where: filter, orderBy: { createdAt: 'asc' }, take: 500 });
  }

  // --- introductions ---

  /** One introduction per seeker and vacancy: when two advisors introduce at once, one creates it. */
  async introduce(input: { vacancyId: string; seekerId: string; advisorId: string; advisorName: string; why: string }, now = new Date()): Promise<{ introduction: IntroductionRow; created: boolean }> {
    const history: IntroductionStep[] = [{ status: 'voorgesteld', at: now.toISOString(), by: input.advisorName, reason: input.why }];
    try {
      const row = await this.db.$transaction(async (tx) => {
        const created = await tx.introduction.create({ data: { ...input, history, createdAt: now } });
        await tx.mediationRequest.updateMany({ where: { seekerId: input.seekerId, vacancyId: input.vacancyId, status: 'open' }, data: { status: 'handled', handledAt: now, handledBy: input.advisorName } });
        return created;
      });
      return { introduction: introductionRow(row), created: true };
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      const row = await this.db.introduction.findUniqueOrThrow({ where: { vacancyId_seekerId: { vacancyId: input.vacancyId, seekerId: input.seekerId } } });
      return { introduction: introductionRow(row), created: false };
    }
  }

  async introduction(id: string): Promise<IntroductionRow | undefined> {
    const row = await this.db.introduction.findUnique({ where: { id } });
    return row ? introductionRow(row) : undefined;
  }

  async introductions(filter: { vacancyId?: string; seekerId?: string; status?: IntroductionStatus } = {}): Promise<IntroductionRow[]> {
    const rows = await this.db.introduction.findMany({ where: filter, orderBy: { createdAt: 'desc' }, take: 500 });
    return rows.map(introductionRow);
  }

  /**
   * Moves an introduction along its flow; compare-and-set on the status, so two advisors moving it
   * at once cannot both win. 'not-found' | 'not-allowed' | 'needs-reason' | 'conflict' otherwise.
   */
  async move(id: string, to: IntroductionStatus, by: string, reason?: string, now = new Date()): Promise<IntroductionRow | 'not-found' | 'not-allowed' | 'needs-reason' | 'conflict'> {
    const current = await this.introduction(id);
    if (!current) return 'not-found';
    if (!canMove(current.status, to)) return 'not-allowed';
    if (needsReason(to) && !reason?.trim()) return 'needs-reason';
    const step: IntroductionStep = { status: to, at: now.toISOString(), by, ...(reason?.trim() ? { reason: reason.trim() } : {}) };
    const { count } = await this.db.introduction.updateMany({
      where: { id, status: current.status, updatedAt: current.updatedAt },
      data: { status: to, history: [...current.history, step], ...(needsReason(to) ? { outcomeReason: reason!.trim() } : {}) },
    });
    return count ? ((await this.introduction(id)) ?? 'not-found') : 'conflict';
  }

  /** Introductions per vacancy (for the console's list). */
  async introductionCounts(vacancyIds: string[]): Promise<Map<string, number>> {
    if (!vacancyIds.length) return new Map();
    const rows = await this.db.introduction.groupBy({ by: ['vacancyId'], where: { vacancyId: { in: vacancyIds } }, _count: { _all: true } });
    return new Map(rows.map((r) => [r.vacancyId, r._count._all]));
  }

  /** The console's bemiddeling dashboard: what is open now, and per month (in `timeZone`) the last `months`. */
  async dashboard(now: Date, timeZone: string, months = 12): Promise<MediationDashboard> {
    const since = new Date(now.getTime() - (months * 31 + 1) * 86_400_000);
    const [openVacancies, draftVacancies, openRequests, vacancies, introductions] = await Promise.all([
      this.db.vacancy.count({ where: openWhere(now) }),
      this.db.vacancy.count({ where: { status: 'draft' } }),
      this.db.mediationRequest.count({ where: { status: 'open' } }),
      this.db.vacancy.findMany({ where: { createdAt: { gte: since } }, select: { createdAt: true }, take: 100_000 }),
      this.db.introduction.findMany({ where: { OR: [{ createdAt: { gte: since } }, { status: 'aangenomen', updatedAt: { gte: since } }] }, select: { createdAt: true, status: true, history: true }, take: 100_000 }),
    ]);
    const month = monthOf(timeZone);
    const keys = lastMonths(now, months, month);
    const table = new Map(keys.map((k) => [k, { month: k, vacancies: 0, introductions: 0, placements: 0 }]));
    for (const v of vacancies) bump(table, month(v.createdAt), 'vacancies');
    for (const i of introductions) {
      bump(table, month(i.createdAt), 'introductions');
      const hired = IntroductionStepSchema.array().catch([]).parse(i.history).find((step) => step.status === 'aangenomen');
      if (i.status === 'aangenomen' && hired) bump(table, month(new Date(hired.at)), 'placements');
    }
    return { openVacancies, draftVacancies, openRequests, months: [...table.values()] };
  }

  // --- van werk naar werk ---

  async createGroup(input: { employerId: string; headcount: number; work: string; endsAt?: Date; arrangement: unknown }): Promise<{ id: string; code: string }> {
    for (let attempt = 0; ; attempt++) {
      try {
        return await this.db.transitionGroup.create({ data: { ...input, arrangement: input.arrangement as object, endsAt: input.endsAt ?? null, code: newGroupCode() }, select: { id: true, code: true } });
      } catch (error) {
        if (!isUniqueViolation(error) || attempt >= 5) throw error; // a code clash: draw again
      }
    }
  }

  groupByCode(text: string) {
    const code = normaliseGroupCode(text);
    return code === undefined ? Promise.resolve(null) : this.db.transitionGroup.findUnique({ where: { code } });
  }

  group(id: string) {
    return this.db.transitionGroup.findUnique({ where: { id } });
  }

  groups(filter: { employerId?: string } = {}) {
    return this.db.transitionGroup.findMany({ where: filter, orderBy: { createdAt: 'desc' }, take: 500 });
  }

  async joinGroup(seekerId: string, groupId: string): Promise<void> {
    await this.db.seeker.update({ where: { id: seekerId }, data: { groupId } });
  }

  /** What the employer may see: counts only, never answers or names. */
  async groupProgress(groupId: string): Promise<{ started: number; withProfile: number; introduced: number; placed: number }> {
    const [started, withProfile, introduced, placed] = await Promise.all([
      this.db.seeker.count({ where: { groupId } }),
      this.db.seeker.count({ where: { groupId, profile: { isNot: null } } }),
      this.db.introduction.count({ where: { seeker: { groupId } } }),
      this.db.introduction.count({ where: { seeker: { groupId }, status: 'aangenomen' } }),
    ]);
    return { started, withProfile, introduced, placed };
  }
}
