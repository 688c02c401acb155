// The regional budget's rules, without a database (issue 18 §3): an application's statuses, money
// in integer cents, which grant amount is allowed, and spending per month from ledger sums. The
// store (src/db/budgetStore.ts) applies these rules inside its transactions.
import { z } from 'zod';

export const ApplicationStatusSchema = z.enum(['requested', 'granted', 'refused', 'paid', 'withdrawn']);
export type ApplicationStatus = z.infer<typeof ApplicationStatusSchema>;

/** Open: the seeker waits for a decision or for the money. One open application per seeker and scheme. */
export const OPEN_STATUSES: readonly ApplicationStatus[] = ['requested', 'granted'];

export const LedgerKindSchema = z.enum(['grant', 'pay', 'release']);
export type LedgerKind = z.infer<typeof LedgerKindSchema>;

/**
 * The scheme facts the ledger needs, in cents. The lead wires B2's scheme loader (content/regions/<id>/schemes.json)
 * to this; tests may pass an inline object.
 */
export interface SchemeFacts {
  title: { nl: string; en: string };
  maxPerPersonCents: number;
  totalPerYearCents: number;
}
export interface SchemeCatalog {
  scheme(regionId: string, schemeId: string): SchemeFacts | undefined;
  /** Every scheme in content (the dashboard shows those without grants too). */
  all(): { regionId: string; schemeId: string }[];
}

/** What the loader gives per region (contract §3: euros, whole numbers); only the fields the ledger reads. */
export interface SchemeEuros {
  id: string;
  title: { nl: string; en: string };
  maxPerPerson: number;
  totalPerYear: number;
}

/** A SchemeCatalog over `loadSchemes()`'s Map regionId → Scheme[] (read again on every call: the map may be replaced). */
export function schemeCatalogOf(schemes: () => ReadonlyMap<string, readonly SchemeEuros[]> | undefined): SchemeCatalog {
  return {
    all: () => [...(schemes() ?? new Map<string, readonly SchemeEuros[]>())].flatMap(([regionId, list]) => list.map((s) => ({ regionId, schemeId: s.id }))),
    scheme(regionId, schemeId) {
      const found = schemes()?.get(regionId)?.find((s) => s.id === schemeId);
      return found && { title: found.title, maxPerPersonCents: toCents(found.maxPerPerson), totalPerYearCents: toCents(found.totalPerYear) };
    },
  };
}

/** The database's Int columns hold cents: at most 21 million euros in one budget. */
export const MAX_CENTS = 2_147_483_647;

/** Euros (as typed, "1250.5") to whole cents, without float dust (1250.5 → 125050). */
export function toCents(euros: number): number {
  return Math.round(euros * 100);
}

/** Euros and cents to a string in the seeker's language: "1.250 euro" / "1.250,50 euro"; "€1,250" in English. */
export function euroText(cents: number, locale: 'nl' | 'en'): string {
  const whole = cents % 100 === 0;
  const number = new Intl.NumberFormat(locale === 'en' ? 'en-GB' : 'nl-NL', { minimumFractionDigits: whole ? 0 : 2, maximumFractionDigits: 2 }).format(cents / 100);
  return locale === 'en' ? `€${number}` : `${number} euro`;
}

/** A grant is never more than the application's cost nor the scheme's maximum per person. */
export function grantLimit(costCents: number, scheme: Pick<SchemeFacts, 'maxPerPersonCents'>): number {
  return Math.min(costCents, scheme.maxPerPersonCents);
}

/** The calendar year of a moment in the operator's time zone: whose budget a grant is booked on. */
export function yearOf(at: Date, timeZone: string): number {
  return Number(new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric' }).format(at));
}
