// The regional budget (issue 18 §3): seekers' applications, an advisor's grant / refusal / payment,
// and the ledger. Exact under concurrency: a grant is one transaction with a compare-and-set on the
// application and a conditional UPDATE on the budget row (granted never above total), so two
// advisors granting the last euros at once cannot overspend. Amounts are integer cents.
import { isUniqueViolation, providerOfClient, type Db } from './client';
import { lastMonths, monthOf } from './mediationMonths';
import { BudgetApplicationDataSchema, type BudgetApplicationData, type BudgetApplications } from '../budget/ports';
import { ApplicationStatusSchema, grantLimit, MAX_CENTS, OPEN_STATUSES, toCents, yearOf, type ApplicationStatus, type SchemeCatalog } from '../budget/ledger';
import { schemeSpending, type BudgetRow, type SchemeSpending } from '../budget/spending';

export interface ApplicationRow {
  id: string;
  regionId: string;
  schemeId: string;
  seekerId: string;
  data: BudgetApplicationData;
  costCents: number;
  status: ApplicationStatus;
  grantedCents: number | null;
  paidCents: number;
  reason: string | null;
  decidedBy: string | null;
  decidedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
}

export type { BudgetRow };

export interface LedgerRow {
  id: string;
  budgetId: string;
  applicationId: string | null;
  kind: string;
  amountCents: number;
  month: string;
  actor: string;
  at: Date;
}

export interface Actor {
  id: string;
  name: string;
}

export type GrantRefusal = 'not-found' | 'already-decided' | 'unknown-scheme' | 'too-high' | 'exhausted';
export type RefuseRefusal = 'not-found' | 'already-decided' | 'needs-reason';
export type PayRefusal = 'not-found' | 'not-granted' | 'too-high';
export type WithdrawRefusal = 'not-found' | 'already-decided' | 'needs-reason';

export interface ApplicationFilter {
  status?: ApplicationStatus;
  regionId?: string;
  schemeId?: string;
  seekerId?: string;
}

type RawApplication = Omit<ApplicationRow, 'status' | 'data'> & { status: string; data: unknown };
const applicationRow = (row: RawApplication): ApplicationRow => ({ ...row, status: ApplicationStatusSchema.parse(row.status), data: BudgetApplicationDataSchema.parse(row.data) });
const BUDGET = { id: true, regionId: true, schemeId: true, year: true, totalCents: true, grantedCents: true, paidCents: true } as const;

/** Thrown inside a transaction to roll it back with a refusal. */
class Refusal<T extends string> extends Error {
  constructor(readonly refusal: T) {
    super(refusal);
  }
}

export class BudgetStore implements BudgetApplications {
  private readonly month: (at: Date) => string;

  constructor(
    private readonly db: Db,
    private readonly schemes: SchemeCatalog,
    /** The operator's time zone: the budget year and the ledger's months. */
    readonly timeZone = 'Europe/Amsterdam',
  ) {
    this.month = monthOf(timeZone);
  }

  // --- the seeker's side (the chat's port) ---

  /** One open application per seeker and scheme: applying again returns the open one. */
  async apply(input: { seekerId: string; regionId: string; schemeId: string; data: BudgetApplicationData }): Promise<{ id: string }> {
    const data = BudgetApplicationDataSchema.parse(input.data);
    if (!this.schemes.scheme(input.regionId, input.schemeId)) throw new Error(`Unknown scheme ${input.regionId}/${input.schemeId}`);
    const { seekerId, regionId, schemeId } = input;
    const postgres = providerOfClient(this.db) === 'postgresql';
    return this.db.$transaction(async (tx) => {
      // Two applies of one seeker at once wait for each other here (SQLite runs one transaction at a time anyway).
      if (postgres) await tx.$queryRaw`SELECT "id" FROM "Seeker" WHERE "id" = ${seekerId} FOR UPDATE`;
      const open = await tx.budgetApplication.findFirst({ where: { seekerId, regionId, schemeId, status: { in: [...OPEN_STATUSES] } }, select: { id: true } });
      if (open) return open;
      return tx.budgetApplication.create({ data: { seekerId, regionId, schemeId, data, costCents: toCents(data.costEuros) }, select: { id: true } });
    });
  }

  openFor(seekerId: string): Promise<{ id: string; schemeId: string; status: string }[]> {
    return this.db.budgetApplication.findMany({ where: { seekerId, status: { in: [...OPEN_STATUSES] } }, select: { id: true, schemeId: true, status: true }, orderBy: { createdAt: 'asc' } });
  }

  // --- the console ---

  /** The language the seeker chose (for the decision notice when the channel's address has none). */
  async seekerLocale(seekerId: string): Promise<string | undefined> {
    return (await this.db.seeker.findUnique({ where: { id: seekerId }, select: { locale: true } }))?.locale;
  }

  async application(id: string): Promise<ApplicationRow | undefined> {
    const row = await this.db.budgetApplication.findUnique({ where: { id } });
    return row ? applicationRow(row) : undefined;
  }

  /** Newest first. */
  async applications(filter: ApplicationFilter = {}, take = 500): Promise<ApplicationRow[]> {
    const rows = await this.db.budgetApplication.findMany({ where: filter, orderBy: { createdAt: 'desc' }, take });
    return rows.map(applicationRow);
  }

  /** The money moves of one application, oldest first. */
  ledgerOf(applicationId: string): Promise<LedgerRow[]> {
    return this.db.budgetLedgerEntry.findMany({ where: { applicationId }, orderBy: { at: 'asc' } });
  }

  /**
   * The scheme's budget for a year, created from the scheme's totalPerYear in content on first use
   * (two first uses at once: one creates, the other reads it). When the content's total changed,
   * the row follows it. undefined when the content has no such scheme.
   */
  async budget(regionId: string, schemeId: string, year: number): Promise<BudgetRow | undefined> {
    const scheme = this.schemes.scheme(regionId, schemeId);
    if (!scheme) return undefined;
    const totalCents = Math.min(scheme.totalPerYearCents, MAX_CENTS);
    const where = { regionId_schemeId_year: { regionId, schemeId, year } };
    let row = await this.db.schemeBudget.findUnique({ where, select: BUDGET });
    if (!row) {
      try {
        return await this.db.schemeBudget.create({ data: { regionId, schemeId, year, totalCents }, select: BUDGET });
      } catch (error) {
        if (!isUniqueViolation(error)) throw error;
        row = await this.db.schemeBudget.findUniqueOrThrow({ where, select: BUDGET });
      }
    }
    if (row.totalCents === totalCents) return row;
    await this.db.schemeBudget.updateMany({ where: { id: row.id, totalCents: row.totalCents }, data: { totalCents } });
    return this.db.schemeBudget.findUniqueOrThrow({ where, select: BUDGET });
  }

  /**
   * requested → granted with `amountCents` (≤ cost and ≤ the scheme's maximum per person), booked
   * on this year's budget. One transaction: compare-and-set on the application, conditional UPDATE
   * on the budget (0 rows: 'exhausted'), a ledger entry.
   */
  async grant(id: string, amountCents: number, by: Actor, now = new Date()): Promise<ApplicationRow | GrantRefusal> {
    const current = await this.application(id);
    if (!current) return 'not-found';
    if (current.status !== 'requested') return 'already-decided';
    const scheme = this.schemes.scheme(current.regionId, current.schemeId);
    if (!scheme) return 'unknown-scheme';
    if (!Number.isSafeInteger(amountCents) || amountCents <= 0) throw new RangeError('amountCents must be a positive whole number');
    if (amountCents > grantLimit(current.costCents, scheme)) return 'too-high';
    const budget = (await this.budget(current.regionId, current.schemeId, yearOf(now, this.timeZone)))!;
    try {
      await this.db.$transaction(async (tx) => {
        const decided = await tx.budgetApplication.updateMany({ where: { id, status: 'requested' }, data: { status: 'granted', grantedCents: amountCents, decidedBy: by.name, decidedAt: now } });
        if (!decided.count) throw new Refusal('already-decided');
        // The condition is evaluated on the locked, current row: a concurrent grant that committed first counts.
        const booked = await tx.$executeRaw`UPDATE "SchemeBudget" SET "grantedCents" = "grantedCents" + ${amountCents} WHERE "id" = ${budget.id} AND "grantedCents" + ${amountCents} <= "totalCents"`;
        if (!booked) throw new Refusal('exhausted');
        await tx.budgetLedgerEntry.create({ data: { budgetId: budget.id, applicationId: id, kind: 'grant', amountCents, month: this.month(now), actor: by.name, at: now } });
      });
    } catch (error) {
      if (error instanceof Refusal) return error.refusal as GrantRefusal;
      throw error;
    }
    return (await this.application(id)) ?? 'not-found';
  }

  /** requested → refused with a reason (the seeker hears it); compare-and-set. */
  async refuse(id: string, reason: string, by: Actor, now = new Date()): Promise<ApplicationRow | RefuseRefusal> {
    const why = reason.trim();
    if (!why) return 'needs-reason';
    const { count } = await this.db.budgetApplication.updateMany({ where: { id, status: 'requested' }, data: { status: 'refused', reason: why.slice(0, 1000), decidedBy: by.name, decidedAt: now } });
    const row = await this.application(id);
    if (!row) return 'not-found';
    return count ? row : 'already-decided';
  }

  /**
   * Money paid out on a granted application: paid never above granted (conditional increment).
   * Paid in full → status 'paid'. Booked on the budget the grant was booked on.
   */
  async pay(id: string, amountCents: number, by: Actor, now = new Date()): Promise<ApplicationRow | PayRefusal> {
    if (!Number.isSafeInteger(amountCents) || amountCents <= 0) throw new RangeError('amountCents must be a positive whole number');
    const current = await this.application(id);
    if (!current) return 'not-found';
    if (current.status !== 'granted' || current.grantedCents === null) return 'not-granted';
    const granted = current.grantedCents;
    if (current.paidCents + amountCents > granted) return 'too-high';
    const grant = await this.db.budgetLedgerEntry.findFirstOrThrow({ where: { applicationId: id, kind: 'grant' }, select: { budgetId: true } });
    try {
      await this.db.$transaction(async (tx) => {
        const paid = await tx.budgetApplication.updateMany({ where: { id, status: 'granted', paidCents: { lte: granted - amountCents } }, data: { paidCents: { increment: amountCents } } });
        if (!paid.count) throw new Refusal('conflict');
        await tx.budgetApplication.updateMany({ where: { id, paidCents: granted }, data: { status: 'paid' } });
        await tx.schemeBudget.update({ where: { id: grant.budgetId }, data: { paidCents: { increment: amountCents } } });
        await tx.budgetLedgerEntry.create({ data: { budgetId: grant.budgetId, applicationId: id, kind: 'pay', amountCents, month: this.month(now), actor: by.name, at: now } });
      });
    } catch (error) {
      if (!(error instanceof Refusal)) throw error;
      // Another payment came first: say why this one cannot follow it.
      const after = await this.application(id);
      return after?.status === 'granted' ? 'too-high' : 'not-granted';
    }
    return (await this.application(id)) ?? 'not-found';
  }

  /**
   * Withdrawn (the seeker stops, or does not start): from 'requested', or from 'granted' when the
   * euros not paid yet go back to the budget they were booked on (a 'release' ledger entry).
   * Compare-and-set on status and paidCents, so a payment at the same moment is never released.
   */
  async withdraw(id: string, reason: string, by: Actor, now = new Date()): Promise<ApplicationRow | WithdrawRefusal> {
    const why = reason.trim();
    if (!why) return 'needs-reason';
    const current = await this.application(id);
    if (!current) return 'not-found';
    if (current.status !== 'requested' && current.status !== 'granted') return 'already-decided';
    const data = { status: 'withdrawn', reason: why.slice(0, 1000), decidedBy: by.name, decidedAt: now };
    const rest = current.status === 'granted' ? (current.grantedCents ?? 0) - current.paidCents : 0;
    try {
      await this.db.$transaction(async (tx) => {
        const moved = await tx.budgetApplication.updateMany({ where: { id, status: current.status, paidCents: current.paidCents }, data });
        if (!moved.count) throw new Refusal('already-decided');
        if (rest <= 0) return;
        const grant = await tx.budgetLedgerEntry.findFirstOrThrow({ where: { applicationId: id, kind: 'grant' }, select: { budgetId: true } });
        await tx.schemeBudget.update({ where: { id: grant.budgetId }, data: { grantedCents: { decrement: rest } } });
        await tx.budgetLedgerEntry.create({ data: { budgetId: grant.budgetId, applicationId: id, kind: 'release', amountCents: rest, month: this.month(now), actor: by.name, at: now } });
      });
    } catch (error) {
      if (error instanceof Refusal) return 'already-decided';
      throw error;
    }
    return (await this.application(id)) ?? 'not-found';
  }

  /** The dashboard: per scheme this year's total, granted, paid, remaining, and per month the last `months`. */
  async spending(now: Date, filter: { regionId?: string } = {}, months = 12): Promise<SchemeSpending[]> {
    const keys = lastMonths(now, months, this.month);
    const firstYear = Number(keys[0].slice(0, 4));
    const budgets = await this.db.schemeBudget.findMany({ where: { ...filter, year: { gte: firstYear } }, select: BUDGET });
    const sums = await this.db.budgetLedgerEntry.groupBy({ by: ['budgetId', 'month', 'kind'], where: { budgetId: { in: budgets.map((b) => b.id) } }, _sum: { amountCents: true } });
    return schemeSpending({
      budgets,
      sums: sums.map((s) => ({ budgetId: s.budgetId, month: s.month, kind: s.kind, cents: s._sum.amountCents ?? 0 })),
      months: keys,
      year: yearOf(now, this.timeZone),
      schemes: this.schemes,
    });
  }
}
