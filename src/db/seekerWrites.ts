// The intake's frequent writes through the hot path's driver (issue 16: a Prisma statement costs
// 0.2–0.6 ms of CPU): the profile's new version at the end of each intake step, the proposals at
// the summary and which of them the seeker saw. In a turn they are staged and written in the turn's
// one transaction (on PostgreSQL its one statement), so the profile never runs ahead of the state.
import { isForeignKeyViolation } from './client';
import { newId } from './driver/ids';
import type { SqlDriver, SqlRunner, SqlValue } from './driver/types';
import { OneStatement } from './driver/oneStatement';
import type { UnitPart } from './unitOfWork';

/** A proposal's row as written; timestamps read back as text are written back as that text. */
export interface ProposalRow {
  id: string;
  seekerId: string;
  kind: string;
  title: string;
  score: number;
  /** The proposal as JSON text. */
  data: string;
  notFitting: boolean;
  notFittingReason: string | null;
  markedBy: string | null;
  markedAt: SqlValue;
  shownAt: SqlValue;
}

const PROFILE_COLUMNS = `"id", "seekerId", "data", "version", "createdAt", "updatedAt"`;
/** A turn's saves of one profile as one upsert: `version` holds how many versions it adds. */
const PROFILE_CONFLICT = `ON CONFLICT ("seekerId") DO UPDATE SET "data" = excluded."data", "version" = "Profile"."version" + excluded."version", "updatedAt" = excluded."updatedAt"`;

const PROPOSAL_COLUMNS = `"id", "seekerId", "kind", "title", "score", "data", "createdAt", "notFitting", "notFittingReason", "markedBy", "markedAt", "shownAt"`;
/** PostgreSQL's types of those columns, for the one statement's VALUES (which have none of their own). */
const PROPOSAL_TYPES = [undefined, undefined, undefined, undefined, 'double precision', 'jsonb', 'timestamp(3)', 'boolean', undefined, undefined, 'timestamp(3)', 'timestamp(3)'];

const proposalValues = (r: ProposalRow, at: Date): SqlValue[] => [r.id, r.seekerId, r.kind, r.title, r.score, r.data, at, r.notFitting, r.notFittingReason, r.markedBy, r.markedAt, r.shownAt];

export const marks = (n: number) => Array.from({ length: n }, () => '?').join(', ');

/** The matching module's proposal id inside a stored proposal's data (parsed, or JSON text). */
export function proposalIdOf(data: unknown): string | undefined {
  const parsed = typeof data === 'string' ? (JSON.parse(data) as unknown) : data;
  const id = parsed && typeof parsed === 'object' ? (parsed as { id?: unknown }).id : undefined;
  return typeof id === 'string' ? id : undefined;
}

/** The matching id inside a proposal's data, in SQL (for marking rows shown without reading them). */
const jsonId = (provider: SqlDriver['provider']) => (provider === 'postgresql' ? `"data"->>'id'` : `json_extract("data", '$.id')`);

/** Shown ids grouped by the moment they were shown (one UPDATE each; usually one). */
function byMoment(shown: Map<string, Date>): [Date, string[]][] {
  const groups = new Map<number, [Date, string[]]>();
  for (const [id, at] of shown) {
    const group = groups.get(at.getTime()) ?? [at, []];
    group[1].push(id);
    groups.set(at.getTime(), group);
  }
  return [...groups.values()];
}

/** A seeker's profile, proposals and shown marks, written together (a unit's part, or at once). */
export class SeekerWrites implements UnitPart {
  /** Per seeker: the profile's last data, and how many versions the saves add (one each). */
  readonly profiles = new Map<string, { data: string; versions: number }>();
  /** Per seeker: the proposals that replace the stored ones. */
  readonly proposals = new Map<string, ProposalRow[]>();
  /** Per seeker: stored proposals (by matching id) shown, and when (the first time counts). */
  readonly shown = new Map<string, Map<string, Date>>();
  /** Per seeker: the region their postcode answer lies in (Seeker.regionId follows it). */
  readonly regions = new Map<string, string>();

  constructor(private readonly sql: SqlDriver) {}

  saveProfile(seekerId: string, data: string): void {
    this.profiles.set(seekerId, { data, versions: (this.profiles.get(seekerId)?.versions ?? 0) + 1 });
  }

  /** The rows replace every stored proposal; shown marks staged for the old ones are done with. */
  replaceProposals(seekerId: string, rows: ProposalRow[]): void {
    this.proposals.set(seekerId, rows);
    this.shown.delete(seekerId);
  }

  /** The seeker's postcode is in this region: stored with the seeker unless it is there already. */
  setRegion(seekerId: string, regionId: string): void {
    this.regions.set(seekerId, regionId);
  }

  markShown(seekerId: string, ids: string[], at: Date): void {
    const wanted = new Set(ids);
    const rows = this.proposals.get(seekerId);
    if (rows) {
      for (const row of rows) if (row.shownAt === null && wanted.has(proposalIdOf(row.data) ?? '')) row.shownAt = at;
      return;
    }
    const shown = this.shown.get(seekerId) ?? new Map<string, Date>();
    for (const id of wanted) if (!shown.has(id)) shown.set(id, at);
    this.shown.set(seekerId, shown);
  }

  /** The seeker was erased: nothing of theirs is written. */
  forget(seekerId: string): void {
    this.profiles.delete(seekerId);
    this.proposals.delete(seekerId);
    this.shown.delete(seekerId);
    this.regions.delete(seekerId);
  }

  async flush(tx: SqlRunner): Promise<void> {
    const at = new Date();
    for (const [seekerId, p] of this.profiles) {
      await tx.run(`INSERT INTO "Profile" (${PROFILE_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?) ${PROFILE_CONFLICT}`, [newId(), seekerId, p.data, p.versions, at, at]);
    }
    for (const [seekerId, rows] of this.proposals) {
      await tx.run(`DELETE FROM "Proposal" WHERE "seekerId" = ?`, [seekerId]);
      if (rows.length) await tx.run(`INSERT INTO "Proposal" (${PROPOSAL_COLUMNS}) VALUES ${rows.map(() => `(${marks(12)})`).join(', ')}`, rows.flatMap((r) => proposalValues(r, at)));
    }
    for (const [seekerId, shown] of this.shown) {
      for (const [when, ids] of byMoment(shown)) {
        await tx.run(`UPDATE "Proposal" SET "shownAt" = ? WHERE "seekerId" = ? AND "shownAt" IS NULL AND ${jsonId(this.sql.provider)} IN (${marks(ids.length)})`, [when, seekerId, ...ids]);
      }
    }
    // Written only when it changes: most saves repeat the region the seeker has already.
    for (const [seekerId, regionId] of this.regions) {
      await tx.run(`UPDATE "Seeker" SET "regionId" = ? WHERE "id" = ? AND ("regionId" IS NULL OR "regionId" <> ?)`, [regionId, seekerId, regionId]);
    }
  }

  /** PostgreSQL's one statement: each write a clause guarded by the answered mark. */
  clauses(st: OneStatement): () => void {
    const at = new Date();
    const ts = (value: SqlValue) => st.p(value, 'timestamp(3)');
    if (this.profiles.size) {
      const values = [...this.profiles].map(([seekerId, p]) => `(${st.p(newId())}, ${st.p(seekerId)}, ${st.p(p.data, 'jsonb')}, ${st.p(p.versions, 'integer')}, ${ts(at)}, ${ts(at)})`);
      st.with('profile', `INSERT INTO "Profile" (${PROFILE_COLUMNS}) SELECT * FROM (VALUES ${values.join(', ')}) AS v WHERE ${OneStatement.GUARD} ${PROFILE_CONFLICT}`);
    }
    if (this.proposals.size) {
      // One statement sees one snapshot: the old rows go and the new ones (other ids) come in together.
      st.with('proposals_gone', `DELETE FROM "Proposal" WHERE "seekerId" IN (${[...this.proposals.keys()].map((id) => st.p(id)).join(', ')}) AND ${OneStatement.GUARD}`);
      const rows = [...this.proposals.values()].flat().map((r) => `(${proposalValues(r, at).map((v, i) => st.p(v, PROPOSAL_TYPES[i])).join(', ')})`);
      if (rows.length) st.with('proposals', `INSERT INTO "Proposal" (${PROPOSAL_COLUMNS}) SELECT * FROM (VALUES ${rows.join(', ')}) AS v WHERE ${OneStatement.GUARD}`);
    }
    let n = 0;
    for (const [seekerId, shown] of this.shown) {
      for (const [when, ids] of byMoment(shown)) {
        const list = ids.map((id) => st.p(id)).join(', ');
        st.with(`shown_${n++}`, `UPDATE "Proposal" SET "shownAt" = ${ts(when)} WHERE "seekerId" = ${st.p(seekerId)} AND "shownAt" IS NULL AND ${jsonId('postgresql')} IN (${list}) AND ${OneStatement.GUARD}`);
      }
    }
    let r = 0;
    for (const [seekerId, regionId] of this.regions) {
      const region = st.p(regionId);
      st.with(`region_${r++}`, `UPDATE "Seeker" SET "regionId" = ${region} WHERE "id" = ${st.p(seekerId)} AND "regionId" IS DISTINCT FROM ${region} AND ${OneStatement.GUARD}`);
    }
    return () => undefined;
  }

  /** A seeker erased meanwhile (elsewhere): their writes are dropped and the turn commits without them. */
  async recover(error: unknown): Promise<boolean> {
    if (!isForeignKeyViolation(error)) return false;
    const seekers = [...new Set([...this.profiles.keys(), ...this.proposals.keys(), ...this.regions.keys()])];
    if (!seekers.length) return false;
    const rows = await this.sql.all<{ id: string }>(`SELECT "id" FROM "Seeker" WHERE "id" IN (${marks(seekers.length)})`, seekers);
    const existing = new Set(rows.map((r) => r.id));
    const gone = seekers.filter((id) => !existing.has(id));
    for (const id of gone) this.forget(id);
    return gone.length > 0;
  }
}
