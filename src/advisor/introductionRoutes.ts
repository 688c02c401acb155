// Mediation requests and introductions (werkgeversadviseurs and admins). An introduction is one
// row per seeker and vacancy: two advisors introducing at once get the same row, and only the one
// who created it tells the seeker and the employer. Status moves are compare-and-set.
import type { Server } from 'restify';
import { z } from 'zod';
import { ApiError } from '../errors';
import type { IntroductionRow } from '../db/mediationStore';
import { IntroductionStatusSchema } from '../mediation/introduction';
import { pseudonym } from '../mediation/pseudonym';
import { maskPii } from '../language';
import { API, parse } from './http';
import { notifyIntroduction } from './introductionNotices';
import { actor, mediatorOnly, type MediationRouteDeps } from './mediationGate';
import { vacancyReader } from './vacancyDetail';
import { isExpired } from './vacancyViews';

const NewIntroductionSchema = z.object({ vacancyId: z.string().min(1).max(100), seekerId: z.string().min(1).max(100), why: z.string().trim().min(3).max(500) });
const MoveSchema = z.object({ status: IntroductionStatusSchema.exclude(['voorgesteld']), reason: z.string().trim().max(500).optional() });
const ListSchema = z.object({ vacancyId: z.string().max(100).optional(), seekerId: z.string().max(100).optional(), status: IntroductionStatusSchema.optional() });
const RequestQuerySchema = z.object({ status: z.enum(['open', 'handled']).default('open') });

const MOVE_ERRORS = { 'not-found': 'NOT_FOUND', 'not-allowed': 'INTRODUCTION_NOT_ALLOWED', 'needs-reason': 'REASON_REQUIRED', conflict: 'INTRODUCTION_CONFLICT' } as const;

export const introductionView = (i: IntroductionRow, vacancy?: { id: string; title: string }) => ({
  id: i.id,
  vacancyId: i.vacancyId,
  seekerId: i.seekerId,
  pseudonym: pseudonym(i.seekerId),
  ...(vacancy ? { vacancy } : {}),
  advisorName: i.advisorName,
  why: i.why,
  status: i.status,
  outcomeReason: i.outcomeReason,
  history: i.history,
  createdAt: i.createdAt,
  updatedAt: i.updatedAt,
});

export function registerIntroductionRoutes(server: Server, deps: MediationRouteDeps): void {
  const { store, audit } = deps;
  const now = () => deps.now?.() ?? new Date();
  const reader = vacancyReader(deps, now);
  const titles = async (ids: string[]) => new Map((await Promise.all([...new Set(ids)].map((id) => store.vacancy(id)))).flatMap((v) => (v ? [[v.id, { id: v.id, title: v.title }] as const] : [])));

  server.get(`${API}/mediation-requests`, mediatorOnly(deps, async (req) => {
    const { status } = parse(RequestQuerySchema, req.query ?? {}, 'Expected ?status=open|handled.');
    const rows = await store.mediationRequests({ status });
    const vacancies = await titles(rows.map((r) => r.vacancyId));
    return rows.map((r) => ({ id: r.id, status: r.status, vacancy: vacancies.get(r.vacancyId) ?? { id: r.vacancyId, title: '' }, seekerId: r.seekerId, pseudonym: pseudonym(r.seekerId), createdAt: r.createdAt, handledAt: r.handledAt, handledBy: r.handledBy }));
  }, { mutates: false }));

  server.get(`${API}/introductions`, mediatorOnly(deps, async (req) => {
    const filter = parse(ListSchema, req.query ?? {}, 'Expected ?vacancyId=&seekerId=&status=voorgesteld|gesprek|aangenomen|niet-aangenomen.');
    const rows = await store.introductions(filter);
    const vacancies = await titles(rows.map((r) => r.vacancyId));
    // Each open "neem contact op" task with its introduction, as on the vacancy's page.
    const tasks = new Map((await Promise.all([...new Set(rows.filter((r) => r.status === 'voorgesteld').map((r) => r.vacancyId))].map(async (id) => { const v = await store.vacancy(id); return v ? reader.tasksOf(v) : []; }))).flat().map((t) => [t.introductionId, t]));
    return rows.map((r) => ({ ...introductionView(r, vacancies.get(r.vacancyId)), ...(tasks.has(r.id) ? { employerTask: tasks.get(r.id) } : {}) }));
  }, { mutates: false }));

  server.post(`${API}/introductions`, mediatorOnly(deps, async (req, res, advisor) => {
    const body = parse(NewIntroductionSchema, req.body);
    const vacancy = await store.vacancy(body.vacancyId);
    if (!vacancy) throw new ApiError('NOT_FOUND', 'No such vacancy.');
    if (vacancy.status !== 'published' || isExpired(vacancy, now())) throw new ApiError('VACANCY_NOT_OPEN');
    if (!(await deps.seekers.isMatchable(body.seekerId))) throw new ApiError('SEEKER_NOT_MATCHABLE');
    const why = maskPii(body.why).text;
    const { introduction, created } = await store.introduce({ vacancyId: vacancy.id, seekerId: body.seekerId, advisorId: advisor.id, advisorName: advisor.name, why }, now());
    const view = introductionView(introduction, { id: vacancy.id, title: vacancy.title });
    if (!created) return { introduction: view, created: false };
    // Who and which pair; the why itself is in the introduction's history, which an erase takes along
    // (the audit log outlives an erase, so it holds ids and statuses, never text about a person).
    await audit.write({ actor: actor(advisor), action: 'introduction.create', detail: `introduction=${introduction.id} vacancy=${vacancy.id} seeker=${body.seekerId}` });
    const notified = await notifyIntroduction(deps, introduction, vacancy, advisor);
    const task = notified.employer === 'task' ? (await reader.tasksOf(vacancy)).find((t) => t.introductionId === introduction.id) : undefined;
    res.send(201, { introduction: view, created: true, notified, ...(task ? { task } : {}) });
  }, { mutates: true }));

  server.patch(`${API}/introductions/:id`, mediatorOnly(deps, async (req, _res, advisor) => {
    const body = parse(MoveSchema, req.body, 'Expected {"status": "gesprek|aangenomen|niet-aangenomen", "reason"?: "…"}.');
    const reason = body.reason ? maskPii(body.reason).text : undefined;
    const moved = await store.move(String(req.params.id), body.status, advisor.name, reason, now());
    if (typeof moved === 'string') throw new ApiError(MOVE_ERRORS[moved], moved === 'not-found' ? 'No such introduction.' : undefined);
    await audit.write({ actor: actor(advisor), action: 'introduction.status', detail: `introduction=${moved.id} vacancy=${moved.vacancyId} status=${moved.status}${reason ? ' with-reason' : ''}` });
    const vacancy = await store.vacancy(moved.vacancyId);
    return introductionView(moved, vacancy ? { id: vacancy.id, title: vacancy.title } : undefined);
  }, { mutates: true }));
}
