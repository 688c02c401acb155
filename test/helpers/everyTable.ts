// Every row of every table of a test database, as JSON text by table: for "nothing left behind"
// checks after an erase (test/security/privacy.test.ts, test/flows/bemiddeling.test.ts).
import type { Db } from '../../src/db/client';

export async function everyTable(db: Db, provider: 'sqlite' | 'postgresql'): Promise<Map<string, string[]>> {
  const tables = (
    provider === 'sqlite'
      ? await db.$queryRawUnsafe<{ name: string }[]>("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
      : await db.$queryRawUnsafe<{ name: string }[]>("SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public'")
  ).map((t) => t.name);
  const rows = new Map<string, string[]>();
  for (const table of tables) {
    const content = await db.$queryRawUnsafe<Record<string, unknown>[]>(`SELECT * FROM "${table}"`);
    rows.set(table, content.map((row) => JSON.stringify(row, (_k, v) => (typeof v === 'bigint' ? String(v) : v))));
  }
  return rows;
}

/** The tables (sorted) with a row that contains `needle`. */
export function tablesHolding(needle: string, tables: Map<string, string[]>): string[] {
  return [...tables].filter(([, rows]) => rows.some((r) => r.includes(needle))).map(([t]) => t).sort();
}
