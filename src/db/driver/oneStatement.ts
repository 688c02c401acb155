// PostgreSQL: a turn's writes as ONE statement (data-modifying WITH clauses) instead of BEGIN, four
// writes and COMMIT. A statement is atomic by itself, and on PostgreSQL every round trip costs the
// server a socket write and read (a profile showed 20 % of its CPU in writev). Every write is
// guarded by the answered mark: when another turn answered the message first, nothing is written
// and the unit falls back to its transaction, which says why.
import type { SqlValue } from './types';

export class OneStatement {
  readonly params: SqlValue[] = [];
  private readonly clauses: string[] = [];
  /** Read by the final SELECT: the rows of a clause, by name. */
  private readonly returned: { name: string; columns: string[] }[] = [];

  /** A placeholder for `value`, cast to `type` (VALUES lists have no column types of their own). */
  p(value: SqlValue, type?: string): string {
    this.params.push(value);
    return type ? `$${this.params.length}::${type}` : `$${this.params.length}`;
  }

  with(name: string, sql: string, returns: string[] = []): void {
    this.clauses.push(`"${name}" AS (${sql})`);
    if (returns.length) this.returned.push({ name, columns: returns });
  }

  /** The guard every write after the answered mark carries. */
  static readonly GUARD = 'EXISTS (SELECT 1 FROM "answered")';

  /** The answered mark, the first clause: the seeker's message, answered by this statement only. */
  answered(conversationId: string, activityId: string): void {
    this.with('answered', `UPDATE "DirectLineActivity" SET "answered" = true WHERE "conversationId" = ${this.p(conversationId)} AND "activityId" = ${this.p(activityId)} AND NOT "answered" RETURNING 1`);
    this.guarded = true;
  }

  /** Whether the answered mark is there (without it no clause may run). */
  guarded = false;

  /** The statement: the clauses, then one row per returned row (or one row with only the count). */
  text(): string {
    const [first] = this.returned;
    const select = first
      ? `SELECT (SELECT count(*) FROM "answered")::int AS "answeredCount", ${first.columns.map((c) => `r."${c}"`).join(', ')} FROM (SELECT 1) AS one LEFT JOIN "${first.name}" AS r ON true`
      : `SELECT (SELECT count(*) FROM "answered")::int AS "answeredCount"`;
    return `WITH ${this.clauses.join(', ')} ${select}`;
  }
}
