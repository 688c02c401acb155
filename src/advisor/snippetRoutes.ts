// Canned answers: admins manage them under /advisor/api/admin/snippets (403 FORBIDDEN_ROLE for
// advisors; JSON from this site; every change in the audit log, title only), advisors list them
// and get them filled in for a chat they may read (placeholders filled on the server).
import type { Server } from 'restify';
import { ApiError } from '../errors';
import type { AuditStore } from '../db/auditStore';
import { SnippetTitleTaken, type SnippetRow, type SnippetStore } from '../db/snippetStore';
import type { HandoffService } from '../handoff';
import type { ProposalOversight } from '../db/seekerStore';
import type { SessionAdvisor } from './auth';
import { API, parse, type Handler, type Route } from './http';
import { fillSnippet, PLACEHOLDERS, placeholderValues, SnippetBodySchema, SnippetChangesSchema, unknownPlaceholders } from './snippets';

export interface SnippetRouteDeps {
  snippets: SnippetStore;
  handoffs: HandoffService;
  oversight: ProposalOversight;
  audit: AuditStore;
  organisationName: string;
  authed: (fn: Handler, options: { mutates: boolean; admin?: boolean }) => Route;
}

const view = (s: SnippetRow) => ({ id: s.id, title: s.title, text: s.text, updatedAt: s.updatedAt, updatedBy: s.updatedBy });

function checkPlaceholders(text: string | undefined): void {
  const unknown = text === undefined ? [] : unknownPlaceholders(text);
  if (unknown.length) throw new ApiError('SNIPPET_PLACEHOLDER_UNKNOWN', `Unknown placeholder(s): ${unknown.map((p) => `{${p}}`).join(', ')}. Known: ${Object.keys(PLACEHOLDERS).map((p) => `{${p}}`).join(', ')}.`);
}

const titleTaken = (error: unknown): never => {
  throw error instanceof SnippetTitleTaken ? new ApiError('SNIPPET_TITLE_TAKEN') : error;
};

export function registerSnippetRoutes(server: Server, deps: SnippetRouteDeps): void {
  const ADMIN = `${API}/admin/snippets`;
  const write = { mutates: true, admin: true };
  const actor = (a: SessionAdvisor) => ({ id: a.id, name: a.name });
  const log = (a: SessionAdvisor, action: string, s: SnippetRow) => deps.audit.write({ actor: actor(a), action, detail: `snippet=${s.id} title=${s.title}` });

  server.get(`${API}/snippets`, deps.authed(async () => ({ snippets: (await deps.snippets.list()).map(view), placeholders: PLACEHOLDERS }), { mutates: false }));

  server.post(ADMIN, deps.authed(async (req, _res, admin) => {
    const body = parse(SnippetBodySchema, req.body, 'Expected {"title": "…", "text": "…"} (title 1-80, text 1-2000 characters).');
    checkPlaceholders(body.text);
    const row = await deps.snippets.create({ ...body, by: admin.name }).catch(titleTaken);
    await log(admin, 'snippet.create', row);
    return view(row);
  }, write));

  server.post(`${ADMIN}/:id`, deps.authed(async (req, _res, admin) => {
    const body = parse(SnippetChangesSchema, req.body, 'Expected {"title"?: "…", "text"?: "…"}.');
    checkPlaceholders(body.text);
    const row = await deps.snippets.update(String(req.params.id), { ...body, by: admin.name }).catch(titleTaken);
    if (!row) throw new ApiError('NOT_FOUND', 'No such snippet.');
    await log(admin, 'snippet.update', row);
    return view(row);
  }, write));

  server.del(`${ADMIN}/:id`, deps.authed(async (req, _res, admin) => {
    const row = await deps.snippets.delete(String(req.params.id));
    if (!row) throw new ApiError('NOT_FOUND', 'No such snippet.');
    await log(admin, 'snippet.delete', row);
    return { ok: true };
  }, write));

  // Filled for one chat: only for a chat this advisor may read (a closed one: holder, team, admins).
  server.get(`${API}/handoffs/:id/snippets`, deps.authed(async (req, _res, advisor) => {
    const detail = await deps.handoffs.detailFor(String(req.params.id), advisor);
    const views = await deps.oversight.viewsOf(detail.proposals.map((p) => p.id));
    const proposals = detail.proposals.map((p) => ({ ...p, nextStep: views.get(p.id)?.nextStep, notFitting: views.get(p.id)?.notFitting }));
    const values = placeholderValues({ advisorName: advisor.name, organisation: deps.organisationName, proposals });
    return { snippets: (await deps.snippets.list()).map((s) => ({ id: s.id, title: s.title, ...fillSnippet(s.text, values) })) };
  }, { mutates: false }));
}
