// The dashboard's spending per scheme and month, from budget rows and ledger sums (no database):
// granted and paid per month, and what was left of that year's budget at the end of each month.
import type { SchemeCatalog } from './ledger';

export interface MonthSpending {
  /** "2026-12" in the operator's time zone. */
  month: string;
  grantedCents: number;
  paidCents: number;
  /** That year's total minus what was granted in that year up to the end of this month; null when the year had no budget. */
  remainingCents: number | null;
}

export interface SchemeSpending {
  regionId: string;
  schemeId: string;
  title: { nl: string; en: string } | null;
  /** This year's budget. */
  year: number;
  totalCents: number;
  grantedCents: number;
  paidCents: number;
  remainingCents: number;
  /** Oldest first. */
  months: MonthSpending[];
}

/** A scheme's budget of one year (a SchemeBudget row). */
export interface BudgetRow {
  id: string;
  regionId: string;
  schemeId: string;
  year: number;
  totalCents: number;
  grantedCents: number;
  paidCents: number;
}

export interface SpendingInput {
  budgets: BudgetRow[];
  /** Ledger amounts summed per budget, month and kind. */
  sums: { budgetId: string; month: string; kind: string; cents: number }[];
  /** The months to show, oldest first. */
  months: string[];
  /** The current budget year. */
  year: number;
  schemes: SchemeCatalog;
}

const key = (regionId: string, schemeId: string) => `${regionId}\u0000${schemeId}`;

/** One row per scheme that is in content or has a budget row; a release takes a grant back. */
export function schemeSpending(input: SpendingInput): SchemeSpending[] {
  const schemes = new Map<string, { regionId: string; schemeId: string }>();
  for (const s of [...input.schemes.all(), ...input.budgets]) schemes.set(key(s.regionId, s.schemeId), { regionId: s.regionId, schemeId: s.schemeId });
  return [...schemes.values()]
    .map(({ regionId, schemeId }) => oneScheme(input, regionId, schemeId))
    .sort((a, b) => a.regionId.localeCompare(b.regionId) || a.schemeId.localeCompare(b.schemeId));
}

function oneScheme(input: SpendingInput, regionId: string, schemeId: string): SchemeSpending {
  const facts = input.schemes.scheme(regionId, schemeId);
  const budgets = input.budgets.filter((b) => b.regionId === regionId && b.schemeId === schemeId);
  const byYear = new Map(budgets.map((b) => [b.year, b]));
  const ids = new Set(budgets.map((b) => b.id));
  const current = byYear.get(input.year);
  const totalCents = current?.totalCents ?? facts?.totalPerYearCents ?? 0;
  // Granted per month of each budget year (for the running remainder), and per shown month.
  const grantedIn = new Map<string, number>();
  const paidIn = new Map<string, number>();
  for (const s of input.sums) {
    if (!ids.has(s.budgetId)) continue;
    const signed = s.kind === 'release' ? -s.cents : s.kind === 'grant' ? s.cents : 0;
    grantedIn.set(s.month, (grantedIn.get(s.month) ?? 0) + signed);
    if (s.kind === 'pay') paidIn.set(s.month, (paidIn.get(s.month) ?? 0) + s.cents);
  }
  const months = input.months.map((month): MonthSpending => {
    const year = Number(month.slice(0, 4));
    const total = byYear.get(year)?.totalCents ?? (year === input.year ? totalCents : undefined);
    const grantedSoFar = [...grantedIn].filter(([m]) => m.slice(0, 4) === month.slice(0, 4) && m <= month).reduce((sum, [, cents]) => sum + cents, 0);
    return { month, grantedCents: grantedIn.get(month) ?? 0, paidCents: paidIn.get(month) ?? 0, remainingCents: total === undefined ? null : total - grantedSoFar };
  });
  const grantedCents = current?.grantedCents ?? 0;
  return {
    regionId,
    schemeId,
    title: facts?.title ?? null,
    year: input.year,
    totalCents,
    grantedCents,
    paidCents: current?.paidCents ?? 0,
    remainingCents: totalCents - grantedCents,
    months,
  };
}
