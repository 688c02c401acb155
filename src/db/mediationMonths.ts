// The bemiddeling dashboard's months: "2026-12" keys in the operator's time zone, oldest first.

export interface MediationDashboard {
  openVacancies: number;
  draftVacancies: number;
  openRequests: number;
  /** Oldest first: "2026-12", vacancies created, introductions made, placements (aangenomen). */
  months: { month: string; vacancies: number; introductions: number; placements: number }[];
}

/** "2026-12" of a moment in the operator's time zone. */
export const monthOf = (timeZone: string) => {
  const format = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit' });
  return (at: Date) => format.format(at).slice(0, 7);
};
export function lastMonths(now: Date, count: number, month: (at: Date) => string): string[] {
  const keys: string[] = [];
  for (let back = 0; keys.length < count; back++) {
    const key = month(new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - back, 15)));
    if (!keys.includes(key)) keys.unshift(key);
  }
  return keys;
}
export function bump(table: Map<string, Record<'vacancies' | 'introductions' | 'placements', number>>, key: string, field: 'vacancies' | 'introductions' | 'placements'): void {
  const row = table.get(key);
  if (row) row[field]++;
}
