// What the regional budget's console routes share: their dependencies and the budgetbeheerder gate.
// Every advisor may read applications and the budget overview; grant, refuse and pay are for
// budgetbeheerders and admins (403 FORBIDDEN_ROLE for others); a session is needed for all (401).
import type { Request, Response } from 'restify';
import { ApiError } from '../errors';
import { isBudgetManager } from '../db/advisorStore';
import type { AuditStore } from '../db/auditStore';
import type { BudgetStore } from '../db/budgetStore';
import type { SchemeCatalog } from '../budget/ledger';
import type { SessionAdvisor } from './auth';
import type { Handler, Route } from './http';
import type { MediationMessenger } from './mediationGate';

export interface BudgetDeps {
  store: BudgetStore;
  /** The regions' schemes from content (titles, maximum per person, total per year). */
  schemes: SchemeCatalog;
  /** The seeker's stored channel address, to tell them the decision. */
  seekers: { referenceOfSeeker(seekerId: string): Promise<unknown | undefined> };
  messenger: MediationMessenger;
  now?: () => Date;
}

export interface BudgetRouteDeps extends BudgetDeps {
  audit: AuditStore;
  authed: (fn: Handler, options: { mutates: boolean; admin?: boolean }) => Route;
}

/** authed() plus: only budgetbeheerders and admins. */
export function budgetManagerOnly(deps: Pick<BudgetRouteDeps, 'authed'>, fn: Handler): Route {
  return deps.authed(async (req: Request, res: Response, advisor: SessionAdvisor) => {
    if (!isBudgetManager(advisor.role)) throw new ApiError('FORBIDDEN_ROLE', 'Only budgetbeheerders and administrators may decide on applications.');
    return fn(req, res, advisor);
  }, { mutates: true });
}
