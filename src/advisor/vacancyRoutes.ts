// Vacancies in the console (werkgeversadviseurs and admins): list, create, edit, publish, close.
// A vacancy is a draft until published, shown to seekers while published and before closesAt.
// Every change is in the audit log with who did it.
import type { Server } from 'restify';
import { z } from 'zod';
import { ApiError } from '../errors';
import { ClosingDateSchema } from '../mediation/vacancyImport';
import { EmployerContactSchema, VacancyDataSchema, VacancyStatusSchema } from '../mediation/vacancy';
import { maskPii } from '../language';
import { API, parse } from './http';
import { actor, mediatorOnly, type MediationRouteDeps } from './mediationGate';
import { vacancyReader } from './vacancyDetail';
import { isExpired } from './vacancyViews';

const NewVacancySchema = z.object({
  title: z.string().trim().min(1).max(200),
  data: VacancyDataSchema,
  closesAt: ClosingDateSchema,
  employer: z.object({ organisation: z.string().trim().min(1).max(200), contact: EmployerContactSchema }).optional(),
  employerId: z.string().min(1).max(100).optional(),
});
const VacancyChangesSchema = z.object({
  title: z.string().trim().min(1).max(200).optional(),
  data: VacancyDataSchema.optional(),
  closesAt: z.union([z.null(), ClosingDateSchema]).optional(),
});
const ListQuerySchema = z.object({ status: VacancyStatusSchema.optional() });
const CloseBodySchema = z.object({ reason: z.string().trim().min(3).max(300) });

export function registerVacancyRoutes(server: Server, deps: MediationRouteDeps): void {
  const { store, audit } = deps;
  const now = () => deps.now?.() ?? new Date();
  const read = { mutates: false };
  const write = { mutates: true };
  const required = async (id: string) => (await store.vacancy(id)) ?? notFound();
  const { items, detail } = vacancyReader(deps, now);

  server.get(`${API}/vacancies`, mediatorOnly(deps, async (req) => {
    const { status } = parse(ListQuerySchema, req.query ?? {}, 'Expected ?status=draft|published|closed.');
    return items(await store.vacancies(status ? { status } : {}));
  }, read));

  server.post(`${API}/vacancies`, mediatorOnly(deps, async (req, res, advisor) => {
    const body = parse(NewVacancySchema, req.body);
    let employerId = body.employerId;
    if (employerId && !(await store.employer(employerId))) throw new ApiError('BAD_REQUEST', 'Invalid body: employerId: no such employer.');
    if (!employerId && body.employer) employerId = (await store.createEmployer({ ...body.employer, createdBy: advisor.name })).id;
    const vacancy = await store.createVacancy({ title: body.title, data: body.data, closesAt: body.closesAt, employerId, source: 'console', createdBy: advisor.name });
    await audit.write({ actor: actor(advisor), action: 'vacancy.create', detail: `vacancy=${vacancy.id}` });
    res.send(201, await detail(vacancy));
  }, write));

  server.get(`${API}/vacancies/:id`, mediatorOnly(deps, async (req, _res, advisor) => {
    const vacancy = await required(String(req.params.id));
    // The detail holds the employer's contact data: who read it is on record.
    await audit.write({ actor: actor(advisor), action: 'vacancy.read', detail: `vacancy=${vacancy.id}` });
    return detail(vacancy);
  }, read));

  server.patch(`${API}/vacancies/:id`, mediatorOnly(deps, async (req, _res, advisor) => {
    const changes = parse(VacancyChangesSchema, req.body);
    const before = await required(String(req.params.id));
    if (before.status === 'closed') throw new ApiError('VACANCY_CLOSED');
    const after = (await store.updateVacancy(before.id, changes)) ?? closedMeanwhile();
    await audit.write({ actor: actor(advisor), action: 'vacancy.update', detail: `vacancy=${after.id} ${Object.keys(changes).join(',')}` });
    return detail(after);
  }, write));

  server.post(`${API}/vacancies/:id/publish`, mediatorOnly(deps, async (req, _res, advisor) => {
    const before = await required(String(req.params.id));
    if (!(await store.publish(before.id, advisor.name, now()))) {
      const current = await required(before.id);
      throw new ApiError(current.status !== 'draft' ? 'VACANCY_NOT_DRAFT' : isExpired(current, now()) ? 'VACANCY_EXPIRED' : 'VACANCY_NOT_DRAFT');
    }
    await audit.write({ actor: actor(advisor), action: 'vacancy.publish', detail: `vacancy=${before.id}` });
    return detail(await required(before.id));
  }, write));

  server.post(`${API}/vacancies/:id/close`, mediatorOnly(deps, async (req, _res, advisor) => {
    const { reason } = parse(CloseBodySchema, req.body, 'Expected {"reason": "…"} (3 to 300 characters).');
    const before = await required(String(req.params.id));
    const masked = maskPii(reason).text;
    if (!(await store.close(before.id, advisor.name, masked, now()))) throw new ApiError('VACANCY_CLOSED');
    await audit.write({ actor: actor(advisor), action: 'vacancy.close', detail: `vacancy=${before.id}` }); // the reason is on the vacancy (closedReason)
    return detail(await required(before.id));
  }, write));
}

function notFound(): never {
  throw new ApiError('NOT_FOUND', 'No such vacancy.');
}

function closedMeanwhile(): never {
  throw new ApiError('VACANCY_CLOSED');
}
