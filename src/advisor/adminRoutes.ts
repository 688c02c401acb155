// Account management and the audit log for admins, under /advisor/api/admin (403 FORBIDDEN_ROLE
// for advisors). A generated one-time password is in the answer once and stored only as a hash.
import type { Server } from 'restify';
import { z } from 'zod';
import type { AdvisorSummary } from '../db/advisorStore';
import type { AuditStore } from '../db/auditStore';
import { AccountChangesSchema, NewAccountSchema, NewPasswordSchema, type AccountService } from './accounts';
import type { SessionAdvisor } from './auth';
import { API, parse, type Handler, type Route } from './http';

const AuditQuerySchema = z.object({
  before: z.coerce.number().int().positive().optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  handoffId: z.string().min(1).max(100).optional(),
});

export interface AdminRouteDeps {
  accounts: AccountService;
  audit: AuditStore;
  authed: (fn: Handler, options: { mutates: boolean; admin?: boolean }) => Route;
}

const actor = (a: SessionAdvisor) => ({ id: a.id, name: a.name });

const view = (a: AdvisorSummary) => ({ id: a.id, email: a.email, name: a.name, role: a.role, team: a.team, disabled: a.disabledAt !== null, disabledAt: a.disabledAt, createdAt: a.createdAt });

export function registerAdminRoutes(server: Server, { accounts, audit, authed }: AdminRouteDeps): void {
  const ADMIN = `${API}/admin`;
  const read = { mutates: false, admin: true };
  const write = { mutates: true, admin: true };

  server.get(`${ADMIN}/advisors`, authed(async () => (await accounts.list()).map(view), read));

  server.post(`${ADMIN}/advisors`, authed(async (req, _res, admin) => {
    const { advisor, password } = await accounts.create(actor(admin), parse(NewAccountSchema, req.body));
    return { advisor: view(advisor), password };
  }, write));

  server.post(`${ADMIN}/advisors/:id`, authed(async (req, _res, admin) => view(await accounts.update(actor(admin), String(req.params.id), parse(AccountChangesSchema, req.body))), write));

  server.post(`${ADMIN}/advisors/:id/password`, authed(async (req, _res, admin) => {
    const { advisor, password } = await accounts.resetPassword(actor(admin), String(req.params.id), parse(NewPasswordSchema, req.body).password);
    return { advisor: view(advisor), password };
  }, write));

  server.get(`${ADMIN}/audit`, authed(async (req) => audit.page(parse(AuditQuerySchema, req.query ?? {}, 'Expected ?before=<entry id>&limit=1..200.')), read));
}
