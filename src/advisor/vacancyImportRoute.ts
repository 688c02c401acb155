// POST /advisor/api/vacancies/import: a JSON array or a CSV file (text/csv) of vacancies from an
// applicant-tracking system (columns in the README). New externalIds become drafts, known ones are
// updated (never duplicated; a closed one is skipped); bad rows are skipped with their reason, and
// when no row is usable the answer is 422 with every row's reason.
import type { Server } from 'restify';
import { ApiError } from '../errors';
import { readImport, type ImportRow, type RowError } from '../mediation/vacancyImport';
import type { SessionAdvisor } from './auth';
import { API, checkRequestOrigin } from './http';
import { actor, mediatorOnly, type MediationRouteDeps } from './mediationGate';

export const VACANCY_IMPORT_PATH = `${API}/vacancies/import`;

/** 422 with the reason per row. */
class ImportInvalidError extends ApiError {
  constructor(readonly skipped: RowError[], detail?: string) {
    super('IMPORT_INVALID', detail);
  }

  override toJSON() {
    return { ...super.toJSON(), skipped: this.skipped };
  }
}

export function registerVacancyImportRoute(server: Server, deps: MediationRouteDeps): void {
  // Not `mutates`: that gate takes JSON only; the same origin check, with CSV allowed as well.
  server.post(VACANCY_IMPORT_PATH, mediatorOnly(deps, async (req, _res, advisor) => {
    checkRequestOrigin(req, deps.publicUrl, ['application/json', 'text/csv']);
    const read = readImport(req.body);
    if ('error' in read) throw new ImportInvalidError([], read.error);
    if (!read.rows.length) throw new ImportInvalidError(read.skipped);
    const result = { created: 0, updated: 0, skipped: [...read.skipped] };
    for (const row of read.rows) {
      const outcome = await importRow(deps, row, advisor);
      if (outcome === 'closed') result.skipped.push({ row: row.row, reason: `vacancy ${row.externalId} is closed: not changed` });
      else result[outcome]++;
    }
    result.skipped.sort((a, b) => a.row - b.row);
    await deps.audit.write({ actor: actor(advisor), action: 'vacancy.import', detail: `created=${result.created} updated=${result.updated} skipped=${result.skipped.length}` });
    return result;
  }, { mutates: false }));
}

async function importRow(deps: MediationRouteDeps, row: ImportRow, advisor: SessionAdvisor): Promise<'created' | 'updated' | 'closed'> {
  let employerId: string | undefined;
  if (row.employer) {
    const known = await deps.store.employerByOrganisation(row.employer.organisation);
    employerId = known?.id ?? (await deps.store.createEmployer({ ...row.employer, createdBy: `${advisor.name} (import)` })).id;
  }
  return deps.store.upsertImported({ externalId: row.externalId, title: row.title, data: row.data, closesAt: row.closesAt, employerId, source: 'import', createdBy: advisor.name });
}
